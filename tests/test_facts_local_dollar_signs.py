"""A bare "$" is the local currency where the local press writes its own money that way —
Tonga's pa'anga, Samoa's tala, the Fijian and Namibian dollars, Macau's pataca — and stays
US dollars in those countries' copy when written "US$", and in other countries' copy.
Articles invented for this test."""

from __future__ import annotations

import pytest

from tests.test_facts_general import extract


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "Tonga's Ministry of Trade fined Nuku'alofa Traders $5,000 for selling expired food.",
            "TOP",
        ),
        (
            "The Fiji Competition and Consumer Commission fined Suva Hardware Ltd $15,000 for overpricing rice.",
            "FJD",
        ),
        (
            "Samoa's Ministry of Commerce fined Apia Motors $3,000 for failing to display prices.",
            "WST",
        ),
        (
            "The Bank of Namibia fined Windhoek Forex CC $250,000 for breaching exchange control rules.",
            "NAD",
        ),
        (
            "Macau's Economic Services Bureau fined Lotus Mart $20,000 for overcharging shoppers.",
            "MOP",
        ),
        (
            "The Fiji Competition and Consumer Commission fined Suva Hardware Ltd US$15,000 for overpricing rice.",
            "USD",
        ),
        (
            "The US Federal Trade Commission fined Fiji Water LLC $1.5 million for misleading claims.",
            "USD",
        ),
    ],
)
def test_a_bare_dollar_sign_is_the_countrys_own_money(text: str, currency: str) -> None:
    facts = [f for f in extract(text, published="2025-05-01") if f.amount]
    assert [f.amount.currency for f in facts] == [currency]
