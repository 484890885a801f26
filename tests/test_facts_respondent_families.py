"""Whom a sanction is against, on invented copy (round 2 of S26): a news lead describing the
party ("A Suva bakery has been fined …") and naming it in the next sentence; a list of
parties each with its own sum."""

from __future__ import annotations

from tests.test_facts_general import extract


def _who(facts, amount: int) -> set[str | None]:
    return {
        f.respondent.text if f.respondent else None
        for f in facts
        if f.amount and f.amount.amount == amount
    }


# --- A lead describing the party, the next sentence naming it ------------------------------


def test_a_lead_describing_a_firm_takes_the_name_the_next_sentence_gives() -> None:
    facts = extract(
        "An Auckland scaffolding firm has been fined $85,000 after a worker fell through a "
        "fragile roof in Onehunga.\n\nSkyline Scaffolding Ltd was sentenced in the Manukau "
        "District Court on Friday after WorkSafe prosecuted it under the Health and Safety at "
        "Work Act 2015."
    )
    assert _who(facts, 85000) == {"Skyline Scaffolding Ltd"}


def test_a_lead_describing_a_pharmacy_takes_the_name_in_the_same_paragraph() -> None:
    facts = extract(
        "A Lusaka pharmacy was fined K200,000 on Thursday for selling expired antibiotics. "
        "Chilenje Pharmacy Ltd admitted the charge before the Lusaka Magistrates Court, the "
        "Zambia Medicines Regulatory Authority said."
    )
    assert _who(facts, 200000) == {"Chilenje Pharmacy Ltd"}


def test_a_lead_describing_a_wholesaler_and_its_manager_names_the_wholesaler() -> None:
    facts = extract(
        "A Kisumu grain wholesaler and its stores manager were fined KSh 900,000 on Monday for "
        "selling maize contaminated with aflatoxin.\n\nLakeside Cereals Ltd was fined KSh "
        "700,000, while its stores manager, Otieno Were, was fined KSh 200,000."
    )
    assert _who(facts, 700000) == {"Lakeside Cereals Ltd"}
    assert _who(facts, 900000) <= {"Lakeside Cereals Ltd"}


def test_a_lead_whose_next_sentence_names_only_the_regulator_keeps_its_description() -> None:
    facts = extract(
        "A Sydney demolition company has been fined $300,000 after a wall collapsed onto a "
        "footpath.\n\nSafeWork NSW said the company had failed to brace the wall."
    )
    assert _who(facts, 300000) == {"Sydney demolition company"}


def test_a_lead_followed_by_another_case_does_not_take_its_party() -> None:
    facts = extract(
        "A Nairobi supermarket has been fined KSh 500,000 for selling expired milk, the Kenya "
        "Bureau of Standards said.\n\nSeparately, Mombasa Millers Ltd was fined KSh 200,000 "
        "for selling underweight flour."
    )
    assert "Mombasa Millers Ltd" not in _who(facts, 500000)


def test_a_bold_lead_and_a_byline_before_the_name() -> None:
    facts = extract(
        "**A Durban packaging manufacturer has been fined R1.2 million after a forklift "
        "crushed a worker.**\n\n*By Thandi Nkosi, court reporter*\n\nUmgeni Cartons (Pty) Ltd "
        "was sentenced in the Durban Magistrate's Court on Wednesday."
    )
    assert _who(facts, 1200000) == {"Umgeni Cartons (Pty) Ltd"}


# --- A list of parties, each with its own sum ----------------------------------------------


def test_two_people_fined_each_with_a_one_letter_currency() -> None:
    facts = extract(
        "LUSAKA - The Energy Regulation Board fined Jonas Mbewe K40,000 and Grace Tembo K25,000 "
        "for selling fuel without a licence in Kabwe."
    )
    assert _who(facts, 40000) == {"Jonas Mbewe"}
    assert _who(facts, 25000) == {"Grace Tembo"}


def test_a_subject_fined_and_a_second_party_with_its_own_sum() -> None:
    facts = extract(
        "Two directors of a Kitwe transport firm were sentenced by the Zambia Competition and "
        "Consumer Protection Commission on Monday. Mwila Banda was fined ZMW 150,000 and Chanda "
        "Phiri ZMW 90,000."
    )
    assert _who(facts, 90000) == {"Chanda Phiri"}


def test_a_list_whose_second_item_says_what_the_party_is() -> None:
    facts = extract(
        "The Financial Conduct Authority fined the broker Thamesgate Capital Ltd £4.1 million "
        "and the payments firm Ludgate Pay Ltd £1.3 million for failing to check their clients."
    )
    assert _who(facts, 4100000) == {"Thamesgate Capital Ltd"}
    assert _who(facts, 1300000) == {"Ludgate Pay Ltd"}


def test_a_list_item_with_its_own_description_is_not_read_without_its_sum() -> None:
    # "and the compliance officer" has no sum of its own: no second party of the list
    facts = extract(
        "The Central Bank fined Harbour Trust Bank N50 million and the bank's compliance "
        "officer was suspended for six months."
    )
    assert _who(facts, 50000000) == {"Harbour Trust Bank"}


# --- A person told as a plural company's ("Mumias Holdings' director") ----------------------


def test_a_plural_company_s_director_fined_is_the_director() -> None:
    facts = extract(
        "The Public Procurement Regulatory Authority fined Mumias Holdings' procurement "
        "director, Peter Wekesa, KSh 2.5 million personally for splitting tenders."
    )
    assert _who(facts, 2500000) == {"Peter Wekesa"}


def test_a_plural_company_s_chief_executive_fined_in_rand() -> None:
    facts = extract(
        "The Financial Sector Conduct Authority fined Cape Holdings' chief executive, Pieter "
        "Botha, R500,000 for market manipulation."
    )
    assert _who(facts, 500000) == {"Pieter Botha"}


# --- A permission taken from the company's person, named in apposition ---------------------


def _banned(facts) -> set[str | None]:
    return {f.respondent.text if f.respondent else None for f in facts if f.action == "ban"}


def test_a_registration_of_its_pharmacist_suspended_is_the_pharmacist_s() -> None:
    facts = extract(
        "Harbour Pharmacy Ltd was fined €20,000 by the Pharmaceutical Society of Ireland. The "
        "regulator suspended the registration of its supervising pharmacist, Aoife Byrne."
    )
    assert _banned(facts) == {"Aoife Byrne"}


def test_a_licence_of_its_engineer_revoked_is_the_engineer_s() -> None:
    facts = extract(
        "Kestrel Air Services was fined $45,000 by the Civil Aviation Authority. The authority "
        "also revoked the licence of its chief engineer, Tomasz Nowak."
    )
    assert _banned(facts) == {"Tomasz Nowak"}


def test_its_own_licence_suspended_is_the_company_s() -> None:
    facts = extract(
        "Kestrel Air Services was fined $45,000 by the Civil Aviation Authority. The authority "
        "also suspended its operating licence for 30 days."
    )
    assert _banned(facts) == {"Kestrel Air Services"}


# --- Who agreed to, accepted or consented to a sanction ------------------------------------


def test_a_company_agreeing_to_a_civil_penalty_is_its_party() -> None:
    facts = extract(
        "**Which case was largest?**\n\nCoastline Pipeline Company. In a consent agreement "
        "signed on March 3, 2025, Coastline agreed to a civil penalty of $4 million over late "
        "leak reports. The Pipeline and Hazardous Materials Safety Administration said the "
        "company had waited nine months to report.\n\n**And smaller operators?**\n\nIn May, "
        "gathering-line operator Redrock Midstream LLC agreed to pay $600,000."
    )
    assert _who(facts, 4000000) == {"Coastline"} or _who(facts, 4000000) == {
        "Coastline Pipeline Company"
    }


def test_a_company_accepting_a_fine_is_its_party() -> None:
    facts = extract(
        "The Food Safety Authority of Ireland said Brightwater Foods Ltd had accepted a fine of "
        "€250,000 for mislabelling allergens, after Kerrygold Dairies was warned last year."
    )
    assert _who(facts, 250000) == {"Brightwater Foods Ltd"}


def test_a_regulator_agreeing_to_a_lower_penalty_is_not_the_party() -> None:
    facts = extract(
        "After talks, the Securities Commission agreed to a reduced penalty of RM2 million "
        "for Kenanga Jaya Bhd, which had admitted the breaches."
    )
    assert not _who(facts, 2000000) & {"Securities Commission", "SC"}


def test_accepting_the_fine_told_before_adds_no_fine() -> None:
    facts = extract(
        "The Hamburg data protection commissioner fined Elbstrom Energie GmbH €80,000 for "
        "sending advertising e-mails without consent. Elbstrom accepted the fine and has paid it."
    )
    assert len(facts) == 1 and facts[0].respondent.text == "Elbstrom Energie GmbH"


# --- A case cited by its name ("A v Regulator"): the party is the side that is no regulator -


def test_a_cited_case_s_fine_is_the_applicant_s() -> None:
    facts = extract(
        "The ruling follows two earlier challenges to the Commission:\n\n"
        "- *Kestrel Foods Ltd v Competition Commission* (judgment of 3 May 2022): the High "
        "Court upheld a R300,000 fine for bid rigging.\n"
        "- *Sahel Cement Ltd v Competition Commission* (2023): the court cut a R12 million fine "
        "to R8 million.\n\n"
        "The Competition Commission fined Umgeni Sugar Ltd R40 million on Monday."
    )
    assert _who(facts, 300000) == {"Kestrel Foods Ltd"}
    assert _who(facts, 40000000) == {"Umgeni Sugar Ltd"}


def test_a_regulator_s_case_against_a_party_is_that_party_s() -> None:
    facts = extract(
        "The Financial Services Authority fined Seychelles Trust Co SCR 2 million on Monday. "
        "In Financial Services Authority v Mahé Capital Ltd (2021), the Supreme Court restored "
        "a fine of SCR 500,000 that a tribunal had cancelled."
    )
    assert _who(facts, 500000) == {"Mahé Capital Ltd"}


# --- A Q&A answer opening on the bare name of the party ------------------------------------


def test_an_answer_opening_on_a_bare_name_is_the_party_of_its_description() -> None:
    facts = extract(
        "**Q: Who was fined first?**\n\nAtlas Mining Holdings. In March the Authority fined "
        "the miner $2 million for failing to notify its purchase of a smelter.\n\n"
        "**Q: Anyone else?**\n\nOrion Metals Ltd was fined $500,000 in May."
    )
    assert _who(facts, 2000000) == {"Atlas Mining Holdings"}


def test_an_answer_opening_on_a_bare_name_is_the_party_of_it() -> None:
    facts = extract(
        "**Which case was the largest?**\n\nOrion Metals Ltd was fined $500,000 in May.\n\n"
        "**And the brewer?**\n\nKilima Breweries Holdings. The Commission fined the brewer "
        "$275,000 in October."
    )
    assert _who(facts, 275000) == {"Kilima Breweries Holdings"}
