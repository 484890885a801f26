"""Amounts on invented copy: the unit a redenominated currency's amount is in ("Le 800
million (old leones)"), and figures that tell the size of a firm or of a case (assets,
profits, the value of contracts, bail, compensation owed to customers), not a penalty."""

from __future__ import annotations

from assistant.money import find_money
from tests.test_facts_general import extract


def _amounts(facts) -> set[tuple[str, str]]:
    return {(f"{f.amount.amount}", f.amount.currency) for f in facts if f.amount}


# --- Old and new units of a redenominated currency -----------------------------------------


def test_a_note_in_brackets_puts_an_amount_in_the_old_unit() -> None:
    facts = extract(
        "Sierra Leone's Environment Protection Agency fined Tonkolili Sands Ltd NLe 90,000 "
        "on Monday. In 2019 the Agency fined Bumbuna Quarries Le 450 million (old leones) "
        "for a similar breach.",
        title="Sierra Leone EPA fines sand miner",
    )
    assert ("450000000", "SLL") in _amounts(facts)
    assert ("90000", "SLE") in _amounts(facts)


def test_old_units_of_other_redenominated_currencies() -> None:
    cases = [
        ("fined the distributor GH¢ 50 million (old cedis) in 2006", "GHS", "GHC"),
        ("fined the importer TL 5 trillion (in old lira) in 2003", "TRY", "TRL"),
        ("fined the mine K2 billion (old currency) in 2011", "ZMW", "ZMK"),
        ("fined the bakery 30 million old Belarusian roubles", "BYN", "BYR"),
        ("fined the trawler UM 3 million (old ouguiyas)", "MRU", "MRO"),
        ("fined the trader 2 billion old lei in 2004", "RON", "ROL"),
    ]
    for text, home, unit in cases:
        [money] = find_money(text, home)
        assert money.money.currency == unit, text


def test_an_amount_without_a_note_stays_in_the_unit_in_use() -> None:
    assert find_money("fined it NLe 150,000 (about US$6,600)", "SLE")[0].money.currency == "SLE"
    assert find_money("fined it GHC 5,000 for late filing", "GHS")[0].money.currency == "GHS"
    assert find_money("fined it GHC 5,000 for late filing")[0].money.currency == "GHS"
    assert find_money("a fine of 30 million roubles", "BYN")[0].money.currency == "BYN"
    # A note naming another money is no unit of this one: "(new manats)" of the Azerbaijani
    # manat is the manat in use.
    assert find_money("fined it 1.2 million manats (new manats)", "AZN")[0].money.currency == "AZN"
