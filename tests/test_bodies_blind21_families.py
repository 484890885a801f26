"""Bodies first met in blind set 21, on invented copy: two countries' competition commissions
that go by one English name and one set of initials ("Commission for Protection of
Competition", "KZK"), told apart by the article's country."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def test_a_skopje_story_about_the_kzk_is_north_macedonias() -> None:
    facts = extract(
        "SKOPJE - The Commission for Protection of Competition (KZK) fined dairy group Bitola "
        "Mleko DOOEL EUR 95,000 in denar equivalent for fixing milk prices with two rivals in "
        "North Macedonia, the commission said on Tuesday."
    )
    fact = by_amount(facts, "95000")
    assert fact.jurisdiction == "MK"


def test_a_macedonian_story_naming_the_commission_in_cyrillic_is_north_macedonias() -> None:
    facts = extract(
        "The Commission for Protection of Competition (Комисија за заштита на конкуренцијата) "
        "fined Ohrid Tours DOOEL EUR 12,000 in denar equivalent for a merger it did not notify."
    )
    assert by_amount(facts, "12000").jurisdiction == "MK"


def test_a_belgrade_story_about_the_kzk_is_still_serbias() -> None:
    facts = extract(
        "BELGRADE - Serbia's Commission for Protection of Competition (KZK) fined retailer "
        "Dunav Market d.o.o. RSD 48 million for abusing its position with suppliers."
    )
    fact = by_amount(facts, "48000000")
    assert (fact.authority, fact.jurisdiction) == ("KZK", "RS")


def test_a_body_named_in_the_sentence_itself_still_decides() -> None:
    facts = extract(
        "The Financial Conduct Authority fined Thameside Brokers Ltd £2.4 million on Tuesday "
        "for failing to report suspicious trades.\n\nIn April, the Prudential Regulation "
        "Authority fined Mercia Bank plc £900,000 for weak liquidity reporting."
    )
    assert by_amount(facts, "900000").authority == "PRA"


def test_a_sofia_story_about_the_commission_for_protection_of_competition_is_bulgarias() -> None:
    facts = extract(
        "SOFIA - Bulgaria's Commission for Protection of Competition fined fuel retailer "
        "Rodopi Petrol EAD BGN 1.4 million for fixing pump prices, it said on Monday."
    )
    assert by_amount(facts, "1400000").jurisdiction == "BG"
