"""A fining sentence often gives the price the breach was about — what was sold or charged,
the capped price it broke, a fee raised from one sum to another. Those sums are the breach,
not sanctions; the sanction beside them stays. Articles invented for this test."""

from __future__ import annotations

import pytest

from tests.test_facts_general import extract


@pytest.mark.parametrize(
    ("text", "fines"),
    [
        (
            "The regulator fined Kigali Fuel Ltd RWF 2 million for selling petrol at RWF 1,700 "
            "a litre instead of the capped RWF 1,600.",
            ["RWF 2 million"],
        ),
        (
            "The authority fined the taxi operator $2,000 for charging passengers a $15 booking "
            "fee that it did not disclose.",
            ["$2,000"],
        ),
        (
            "The Telecommunications Regulatory Authority fined Cedar Mobile LBP 500 million for "
            "raising its monthly subscription from $5 to $9 without approval.",
            ["LBP 500 million"],
        ),
        (
            "Inspectors found that Harbour Pharmacy sold paracetamol for €9 a pack, above the "
            "official retail price of €4, and the agency fined it €12,000.",
            ["€12,000"],
        ),
        # still sanctions: a fee that is the penalty, a fine for selling, two parties' fines
        (
            "WorkSafe issued Kapiti Timber Ltd a $9,000 infringement fee after a worker was hurt.",
            ["$9,000"],
        ),
        (
            "The court fined Lakeside Liquor Ltd $5,000 for selling alcohol to minors and its "
            "manager $1,500.",
            ["$5,000", "$1,500"],
        ),
        (
            "The Commission fined Alpine Telecom CHF 300,000, and the court later cut the fine "
            "from CHF 300,000 to CHF 200,000.",
            None,  # whatever the ruling does, the fine stays
        ),
    ],
)
def test_prices_in_a_fining_sentence_are_not_fines(text: str, fines: list[str] | None) -> None:
    found = [f.amount.text for f in extract(text, published="2025-05-01") if f.action == "fine"]
    if fines is None:
        assert "CHF 300,000" in found
    else:
        assert found == fines
