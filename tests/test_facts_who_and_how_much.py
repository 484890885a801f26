"""Who was sanctioned and how much, on invented sentences: lists of parties each with its own
sum, respondents that are no parties, and figures that are not sanctions (totals, payments
made, exchange rates)."""

from __future__ import annotations

from test_facts_general import by_amount, extract


def _who(facts, amount: str) -> str | None:
    fact = by_amount(facts, amount)
    return fact.respondent.text if fact.respondent else None


def test_each_party_of_a_wire_list_after_was_fined_is_its_own_sum_s() -> None:
    facts = extract(
        "The Competition Council of Ruritania said on Tuesday it had fined three bakeries for "
        "fixing bread prices.\n\nPekara Novak d.o.o. was fined 50.200.000 korunas, Hleb "
        "Zvezda a.d. 30.100.000 korunas and Zito Market d.o.o. 10.200.000 korunas, the "
        "council said."
    )
    assert _who(facts, "50200000") == "Pekara Novak d.o.o."
    assert _who(facts, "30100000") == "Hleb Zvezda a.d."
    assert _who(facts, "10200000") == "Zito Market d.o.o."


def test_a_list_with_conversions_in_brackets_keeps_each_party() -> None:
    facts = extract(
        "Kazakhstan's competition agency fined four fuel traders for sharing price plans. "
        "It fined Altyn Fuel LLP KZT 42.6 million (about $0.09 million), Sary Oil LLP KZT 30.1 "
        "million, Aral Petro LLP KZT 20.2 million and Shymkent Gas JSC KZT 15.3 million."
    )
    assert _who(facts, "30100000") == "Sary Oil LLP"
    assert _who(facts, "20200000") == "Aral Petro LLP"
    assert _who(facts, "15300000") == "Shymkent Gas JSC"


def test_a_list_after_a_colon_with_amounts_in_brackets() -> None:
    facts = extract(
        "The National Bank of Ukraine has sanctioned three lenders for late reports. The fines "
        "imposed were: Dnipro Savings and Credit Ltd (UAH 1.4 million), Karpaty Bank PLC "
        "(UAH 600,000) and Polissia Finance Ltd (UAH 250,000)."
    )
    assert _who(facts, "1400000") == "Dnipro Savings and Credit Ltd"
    assert _who(facts, "600000") == "Karpaty Bank PLC"
    assert _who(facts, "250000") == "Polissia Finance Ltd"
