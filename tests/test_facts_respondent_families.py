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
