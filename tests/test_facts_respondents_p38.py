"""Who a sanction is against, on invented copy (classes first met in blind sets 35 and 36): a
place named after the amount or before the verb is no party ("on Stewart Island", "in
Tucson, the company is barred", "across the Midlands"); a company told as the topic of its
sentence ("Concerning the Alpha Bank, … impose on it a fine"); parties put before the
sanction in translated copy ("pronounced to X a fine …, and to Mr Y a fine …"); a list of
parties "assessed" penalties "respectively"; a case settled "against" a party; the Crown in a
case's name ("R v X")."""

from __future__ import annotations

from decimal import Decimal

from assistant.lexicon import lexicon
from assistant.parties import respondents
from tests.test_facts_general import extract


def _fines(facts) -> set[tuple[str, Decimal]]:
    return {(f.respondent.text, f.amount.amount) for f in facts if f.amount and f.respondent}


def _parties(facts) -> set[str]:
    return {f.respondent.text for f in facts if f.respondent}


def test_the_party_issued_with_a_notice_not_the_island_named_after_the_amount() -> None:
    facts = extract(
        "The Department of Conservation issued Waitaki Timber Ltd with an infringement notice "
        "of NZ$45,000 for clearing native bush on Stewart Island outside its consented area."
    )
    assert _fines(facts) == {("Waitaki Timber Ltd", Decimal(45000))}


def test_a_city_before_the_company_barred_is_no_party() -> None:
    facts = extract(
        "Saguaro Staffing LLC, based in Mesa, placed minors in night shifts at bottling "
        "plants, investigators said. Under a consent decree entered Tuesday by U.S. District "
        "Judge Ana Ruiz in Tucson, the company is also permanently barred from employing "
        "anyone under 16."
    )
    assert facts
    assert "Tucson" not in _parties(facts)


def test_a_region_inside_a_lead_s_description_is_no_party() -> None:
    facts = extract(
        "A roofing contractor that repairs schools across the Midlands will pay £200,000 in "
        "penalties after a worker fell through a skylight, the Health and Safety Executive "
        "said. Kestrel Roofing Ltd, based in Derby, admitted breaching the rules."
    )
    assert "Midlands" not in _parties(facts)


def test_parties_assessed_penalties_respectively() -> None:
    facts = extract(
        "The agency said that two of the grocers supplied by Northgate, Birchway Foods Inc. "
        "and Lakeview Grocers Co., were assessed civil money penalties of $48,000 and $21,500, "
        "respectively, for their own labelling violations."
    )
    fines = _fines(facts)
    assert ("Birchway Foods Inc", Decimal(48000)) in fines
    assert ("Lakeview Grocers Co", Decimal(21500)) in fines


def test_the_topic_of_the_sentence_is_what_it_stands_for() -> None:
    facts = extract(
        "TBILISI, May 3. The National Bank of Georgia fined the exchange office Rustavi "
        "Valuta LLC and the individual entrepreneur Nodar Kapanadze 20,000 lari each for "
        "unidentified transactions.\n\n"
        "Concerning the Alpha Credit Bank, the Board decided to impose on it a fine of "
        "1,200,000 lari for unreported suspicious transactions."
    )
    assert ("Alpha Credit Bank", Decimal(1_200_000)) in _fines(facts)


def test_translated_copy_naming_each_party_before_its_fine() -> None:
    facts = extract(
        "The Securities Commission of Montenegro pronounced to Lovćen Broker a.d. a fine in "
        "the amount of EUR 12.000, and to Mr. Marko Vuković a fine of EUR 2.000."
    )
    fines = _fines(facts)
    assert ("Lovćen Broker a.d.", Decimal(12000)) in fines
    assert not any(who == "Lovćen Broker a.d." and amount == 2000 for who, amount in fines)


def test_sanctioned_also_the_chain_with_a_fine() -> None:
    facts = extract(
        "The health commission of Nuevo León fined the dairy Lácteos del Norte 300,000 pesos. "
        "The commission sanctioned also the restaurant chain Tortas La Güera with a fine of "
        "85,000 pesos for keeping meat at unsafe temperatures."
    )
    assert ("Tortas La Güera", Decimal(85000)) in _fines(facts)


def test_a_case_settled_against_a_party() -> None:
    facts = extract(
        "The state health agency fined Seagrove Manor $40,000 in May. In June the agency "
        "settled its case against Pelican Point Assisted Living, a Tampa facility, which "
        "agreed to pay $15,000 and surrender its licence."
    )
    assert ("Pelican Point Assisted Living", Decimal(15000)) in _fines(facts)


def test_the_crown_in_a_case_name_is_no_party() -> None:
    # (a title naming the case: its first party would be the story's main one)
    title = "Appeal court raises spill fine: what R v Athabasca Midstream means for operators"
    assert [p.name for p in respondents(title, lexicon())] == ["Athabasca Midstream"]


def test_a_court_s_fine_after_the_company_pleaded_guilty_in_a_round_up() -> None:
    facts = extract(
        "**Fiji: trawler owner fined**\n\n"
        "The owner of the trawler *Ocean Star 7*, Pacific Deep Fishing Ltd, pleaded guilty in "
        "the Magistrate's Court at Lautoka to fishing inside a marine reserve. The court "
        "imposed a fine of FJ$120,000 and ordered the forfeiture of the catch.\n\n"
        "**Samoa: hatchery discharge**\n\n"
        "The environment ministry fined Apia Aqua Farms Ltd WS$9,000 after its hatchery "
        "discharged untreated water. Apia Aqua Farms Ltd paid the fine. Apia Aqua Farms Ltd "
        "also agreed to upgrade its treatment plant."
    )
    assert ("Pacific Deep Fishing Ltd", Decimal(120000)) in _fines(facts)


def test_a_company_named_in_apposition_with_its_legal_form_s_full_stop() -> None:
    facts = extract(
        "The Court of King's Bench fined Athabasca Midstream Ltd $240,000 for the spill. The "
        "contractor that had delayed the valve repairs, Peace River Valve Services Inc., was "
        "separately fined $30,000 on a related count."
    )
    assert ("Peace River Valve Services Inc", Decimal(30000)) in _fines(facts)
