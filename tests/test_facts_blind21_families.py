"""Reading families first met in blind set 21, on invented copy: a local currency written with
a "$" sign and its own word after the figure, a country's letter for its currency, and figures
an article tells that are not sanctions (a market value, a sum repaid, a part of a fine paid, a
running total, the usual size of earlier fines)."""

from __future__ import annotations

from assistant.money import find_money
from tests.test_facts_general import extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.currency} {f.amount.amount}" for f in facts if f.amount}


# --- A "$" sign with the currency's word after the figure ----------------------------------


def test_a_dollar_sign_with_the_tala_after_it_is_tala() -> None:
    [mention] = find_money("The company was fined $25,000 tala on the first charge.")
    assert mention.money is not None and mention.money.currency == "WST"
    assert mention.text == "$25,000 tala"


def test_a_dollar_sign_with_the_paanga_after_it_is_one_fine_in_paanga() -> None:
    facts = extract(
        "NUKU'ALOFA - The Magistrate's Court has fined a Kolofo'ou fuel retailer, Hala Fuels "
        "Ltd, $5,000 pa'anga for selling petrol from an unlicensed pump.\n\nThe Ministry of "
        "Trade and Economic Development brought the case."
    )
    assert _amounts(facts) == {"TOP 5000"}


def test_a_dollar_sign_with_a_scaled_figure_and_the_word_after_it() -> None:
    facts = extract(
        "The Samoa Central Bank fined money transfer operator Pacific Remit Ltd $1.2 million "
        "tala on Friday for breaches of the Money Laundering Prevention Act 2007."
    )
    assert _amounts(facts) == {"WST 1200000"}


def test_a_plain_dollar_sign_in_american_copy_stays_dollars() -> None:
    facts = extract(
        "The Occupational Safety and Health Administration fined Ridgeway Builders Inc. "
        "$40,000 on Monday after a worker fell from a roof in Tulsa."
    )
    assert _amounts(facts) == {"USD 40000"}


# --- A country's own letter for its currency ------------------------------------------------


def test_lesotho_copy_writes_maloti_with_an_m() -> None:
    facts = extract(
        "The Lesotho Communications Authority (LCA) fined Maseru Mobile (Pty) Ltd M1.2 million "
        "on 4 March for failing to register SIM cards, its chief executive said."
    )
    assert _amounts(facts) == {"LSL 1200000"}


def test_an_m_before_a_figure_elsewhere_is_no_loti() -> None:
    facts = extract(
        "The Federal Trade Commission fined Ridgeway Motors Inc. $2 million on Monday; the "
        "dealer sold M350,000 units of a recalled part, the agency said."
    )
    assert "LSL 350000" not in _amounts(facts)
