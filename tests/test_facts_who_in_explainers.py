"""Who a measure is on in copy that recaps several cases (explainers, round-ups): a name
written with a legal form is a company's however personal it reads, a party introduced by a
bare description ("mobile operator X") is what "the operator" stands for, and a bare "it"
after a penalty in the same sentence is that penalty's party."""

from __future__ import annotations

from tests.test_facts_general import extract


def _who(facts, action: str) -> list[str]:
    return [f.respondent.text for f in facts if f.action == action and f.respondent]


def test_a_name_written_with_a_legal_form_is_a_company() -> None:
    facts = extract(
        "## What was the biggest case?\n\nIn March the agency fined grain trader Bahor Don Sog' "
        "JSC 2.1 billion tenge for fixing prices. The company was also ordered to cut its "
        "prices to the January level.\n\n## And the cartel?\n\nIn July the agency fined Altyn "
        "Mebel LLC 400 million tenge and Dala Furniture LLC 300 million tenge for rigging tenders.",
        title="Altyn Mebel LLC among companies fined by Kazakhstan's competition agency",
    )
    assert _who(facts, "order") == ["Bahor Don Sog"]


def test_a_bare_description_is_what_the_noun_stands_for() -> None:
    facts = extract(
        "## Consumer cases\n\nThe Competition Authority of Kenya's largest case involved mid-sized bank Kestrel Finance. In May the "
        "commission found its adverts misleading. It fined the bank KSh 20 million.\n\n"
        "## Cartels\n\nIn June it fined Nyota Cement Ltd KES 90 million and Rift Building "
        "Supplies Ltd KES 40 million, and Nyota Cement Ltd again KES 5 million."
    )
    fines = {int(f.amount.amount): f.respondent.text for f in facts if f.amount}
    assert fines[20_000_000] == "Kestrel Finance"


def test_it_after_a_penalty_in_the_same_sentence_is_that_party() -> None:
    facts = extract(
        "## Telecoms\n\nThe main case concerned broadband provider Andes Net. The regulator "
        "fined the provider 90,000 soles and ordered it to refund customers within 30 days.\n\n"
        "## Banks\n\nSeparately, it fined Banco Pacifico S.A. 400,000 soles, Banco Pacifico "
        "S.A. being the main bank in the story, and Banco Pacifico S.A. paid."
    )
    assert _who(facts, "order") == ["Andes Net"]


def test_the_company_is_the_party_sanctioned_since_an_older_description() -> None:
    facts = extract(
        "In a separate development, Portugal's supreme administrative court annulled a "
        "€90,000 fine that the CNPD had imposed on logistics company Alder Freight S.A. over "
        "its tracking of drivers.\n\nSlovenia's Information Commissioner fined debt-collection "
        "agency Birch Recovery d.o.o. EUR 50,000 for calling debtors' employers. The "
        "Commissioner also ordered the company to delete the data it had collected."
    )
    assert _who(facts, "order") == ["Birch Recovery d.o.o."]


def test_a_description_starting_the_sentence_is_what_the_noun_stands_for() -> None:
    facts = extract(
        "## Consumer cases\n\nThe Competition Authority of Kenya fined Nyota Cement Ltd KSh 90 "
        "million in June; Nyota Cement Ltd has appealed.\n\n## Refunds\n\nAirline Jambo Sky "
        "escaped a fine. After complaints about cancelled flights, the authority issued a "
        "binding order in May requiring the airline to refund passengers within 30 days."
    )
    assert _who(facts, "order") == ["Jambo Sky"]


def test_a_new_value_of_the_unit_fines_are_counted_in_is_no_fine() -> None:
    facts = extract(
        "The Agency for Competition Protection fined dairy Sut Ota LLC 2,000 times the "
        "monthly calculation index, or 7.4 million tenge, in March.\n\n*The monthly "
        "calculation index was raised to 3,932 tenge from 1 January; fines imposed before "
        "that date use the previous figure of 3,692 tenge.*"
    )
    assert {int(f.amount.amount) for f in facts if f.amount} == {7_400_000}
    facts = extract(
        "Victoria's EPA fined Kestrel Quarries Pty Ltd $9,246 in May. The value of a penalty "
        "unit rises to $198.19 on 1 July, when fines for the same offence will go up."
    )
    assert {int(f.amount.amount) for f in facts if f.amount} == {9246}


def test_a_currency_code_before_a_figure_is_no_regulator() -> None:
    # "MGA" is also the Malta Gaming Authority's acronym.
    facts = extract(
        "ANTANANARIVO - Madagascar's telecoms regulator ARTEC has fined mobile operator "
        "Telma Mobile MGA 500 million for failing to meet coverage obligations in 2024."
    )
    fines = [f for f in facts if f.amount]
    assert [(f.amount.currency, int(f.amount.amount)) for f in fines] == [("MGA", 500_000_000)]
    assert all(f.authority != "MGA" for f in facts)
