"""A sentence of its own that converts a fine told before ("The penalty on X, about $93,000
at today's exchange rate, …", "The ₱2.5 million fine works out to roughly US$43,000"): the
converted figure is that fine's other amount, never a fine of its own (invented copy)."""

from __future__ import annotations

from tests.test_facts_general import extract


def _fines(facts) -> list[tuple[str, str, list[str]]]:
    return [
        (str(f.amount.amount), f.amount.currency, [o.currency for o in f.other_amounts])
        for f in facts
        if f.amount is not None
    ]


def test_an_appositive_conversion_of_the_named_party_s_penalty() -> None:
    facts = extract(
        "NAIROBI - The Communications Authority of Kenya on Tuesday fined Rift Valley Telecom "
        "KSh 12 million for failing to register SIM cards.\n\n"
        "The authority also fined Lakeside Mobile KSh 4 million for late reporting.\n\n"
        "The penalty on Rift Valley Telecom, roughly US$93,000 at today's exchange rate, is "
        "small next to the operator's revenue, analysts said."
    )
    fines = _fines(facts)
    assert [(a, c) for a, c, _ in fines] == [("12000000", "KES"), ("4000000", "KES")]
    assert fines[0][2] == ["USD"] and fines[1][2] == []


def test_a_fine_that_works_out_to_another_currency() -> None:
    facts = extract(
        "MANILA - The Department of Trade and Industry has fined appliance retailer Bagong "
        "Liwanag Corp. ₱2.5 million for selling uncertified electric fans.\n\n"
        "The ₱2.5 million fine works out to roughly US$43,000.\n\n"
        "The company said it would appeal."
    )
    fines = _fines(facts)
    assert [(a, c) for a, c, _ in fines] == [("2500000", "PHP")]
    assert fines[0][2] == ["USD"]


def test_a_penalty_that_translates_into_euros() -> None:
    facts = extract(
        "WARSAW - Poland's UOKiK fined online lender Szybka Pożyczka sp. z o.o. PLN 3.2 million "
        "on Monday for unfair loan terms.\n\n"
        "That penalty translates into about €740,000."
    )
    fines = _fines(facts)
    assert [(a, c) for a, c, _ in fines] == [("3200000", "PLN")]
    assert fines[0][2] == ["EUR"]


def test_a_new_fine_in_another_currency_stays_its_own() -> None:
    facts = extract(
        "The Financial Conduct Authority fined Harbour Brokers Ltd £2 million on Monday.\n\n"
        "The US Securities and Exchange Commission separately fined its American arm "
        "$1.5 million for the same failings."
    )
    assert [(a, c) for a, c, _ in _fines(facts)] == [("2000000", "GBP"), ("1500000", "USD")]


def test_the_figure_in_the_subject_names_the_fine_converted() -> None:
    facts = extract(
        "ACCRA - The Food and Drugs Authority fined Kumasi Foods Ltd GH₵120,000 on Monday for "
        "selling expired baby formula.\n\n"
        "In a separate case, the authority fined Tema Bakeries GH₵30,000 for unlabelled "
        "bread.\n\n"
        "The GH₵120,000 fine works out to about US$9,800."
    )
    fines = _fines(facts)
    assert [(a, c) for a, c, _ in fines] == [("120000", "GHS"), ("30000", "GHS")]
    assert fines[0][2] == ["USD"] and fines[1][2] == []
