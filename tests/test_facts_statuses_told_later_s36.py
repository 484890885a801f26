"""What happened next, told in other words than the ones the extractor knew (invented copy,
other countries and regulators): a fine paid in a relative clause, paid without a fight, an
appeal told as a reference to a tribunal or a challenge in the past simple, a formal hearing
asked for, a review applied for, money set aside (no annulment), a measure a court left
standing, a decision varied, and the thing ordered told done by a noun or a certificate."""

from __future__ import annotations

import pytest

from assistant.facts import Fact

from .test_facts_general import by_amount, extract


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


def orders(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.action == "order"]


# --- Paid, or not, told of the measure ------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "a penalty which was paid",
        "a fine that has since been paid in full",
        "a penalty which was duly paid",
    ],
)
def test_a_fine_told_paid_in_a_relative_clause_is_paid(told: str) -> None:
    facts = extract(
        "The Rwanda Utilities Regulatory Authority also recalled that in 2022 it fined Kigali "
        f"Cement Ltd RWF 40 million for dust emissions, {told}."
    )
    assert "paid" in statuses(by_amount(facts, "40000000"))


def test_a_fine_never_paid_is_not_paid() -> None:
    facts = extract(
        "In 2020 the Mines Commission fined Tarkwa Ridge Gold Ltd GH₵ 2 million after a cyanide "
        "spill, but according to local campaigners that penalty was never paid."
    )
    fine = by_amount(facts, "2000000")
    assert "not_paid" in statuses(fine)
    assert "paid" not in statuses(fine)


@pytest.mark.parametrize(
    "told",
    [
        "That company paid without contesting the fine.",
        "The operator paid in full without challenging the penalty.",
    ],
)
def test_paid_without_contesting_is_paid_and_not_appealed(told: str) -> None:
    facts = extract(
        "Last year the Transport Board fined Baltic Shuttle OÜ EUR 12,500 for running buses "
        f"without valid inspections. {told}"
    )
    fine = by_amount(facts, "12500")
    assert {"paid", "not_appealed"} <= statuses(fine)
    assert "disputed" not in statuses(fine)


# --- Challenges -----------------------------------------------------------------------------


def test_a_review_the_company_will_apply_for_is_disputed() -> None:
    facts = extract(
        "The Hanoi Department of Industry and Trade fined Saigon Fresh Mart JSC VND 350 million "
        "for misleading discount labels. Saigon Fresh Mart said it will apply for administrative "
        "reconsideration within the legal time limit."
    )
    fine = by_amount(facts, "350000000")
    assert "disputed" in statuses(fine)
    assert "appealed" not in statuses(fine)


@pytest.mark.parametrize(
    "told",
    [
        "Andes Capital has referred the decision to the Securities Appeals Tribunal.",
        "Andes Capital challenged the decision.",
        "Andes Capital applied to the Council of State for annulment.",
        "Andes Capital requested an administrative hearing last week to contest the penalty.",
    ],
)
def test_a_challenge_told_otherwise_is_an_appeal(told: str) -> None:
    facts = extract(
        "The Superintendency of Securities fined Andes Capital S.A. USD 180,000 for failing to "
        f"disclose conflicts of interest. {told}"
    )
    assert "appealed" in statuses(by_amount(facts, "180000"))


def test_a_hearing_asked_for_without_a_forum_stays_the_company_s_side() -> None:
    facts = extract(
        "The Consumer Credit Office imposed a penalty of $9,000 on Prairie Quick Loans Ltd. "
        "for overcharging borrowers. The lender has asked for a hearing to contest the penalty."
    )
    fine = by_amount(facts, "9000")
    assert "disputed" in statuses(fine)
    assert "appealed" not in statuses(fine)


def test_the_findings_challenged_in_a_statement_are_no_appeal() -> None:
    facts = extract(
        "The Competition Commission fined Lusaka Millers Ltd ZMW 4 million for price fixing. "
        "Lusaka Millers challenged the findings in a statement on Tuesday."
    )
    assert "appealed" not in statuses(by_amount(facts, "4000000"))


# --- Money put aside is no annulment ----------------------------------------------------------


def test_money_set_aside_for_compensation_annuls_nothing() -> None:
    facts = extract(
        "The Malawi Environmental Protection Authority fined Shire Sugar Ltd MWK 90 million "
        "after effluent killed fish in the Shire River. The company has set aside MWK 300 "
        "million for compensation to affected households, it said."
    )
    fine = by_amount(facts, "90000000")
    assert "overturned" not in statuses(fine)
    assert "appealed" not in statuses(fine)


# --- What the court left standing, or varied --------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "The KSh 30 million fine therefore stands.",
        "The fine was left intact.",
    ],
)
def test_a_fine_a_court_left_standing_is_upheld(told: str) -> None:
    facts = extract(
        "The Communications Authority fined Rift Telecom Ltd KSh 30 million for poor service. "
        "Rift Telecom went to the High Court, which dismissed the case in a judgment of 3 May. "
        f"{told}"
    )
    fine = by_amount(facts, "30000000")
    assert {"upheld", "appealed"} <= statuses(fine)


def test_the_council_of_state_dismissing_the_application_upholds_the_fine() -> None:
    facts = extract(
        "The regulator fined Volta Télécom SA XOF 500 million for failing to report traffic "
        "data. Volta Télécom applied for annulment. The Council of State dismissed the "
        "application in its entirety."
    )
    assert "upheld" in statuses(by_amount(facts, "500000000"))


def test_an_order_a_court_did_not_disturb_is_upheld() -> None:
    facts = extract(
        "The Data Protection Office fined Nordbank AS NOK 2 million and ordered it to delete the "
        "marketing lists. Nordbank appealed to the Privacy Appeals Board, which cut the fine. "
        "The deletion order was not disturbed."
    )
    assert "upheld" in {s for o in orders(facts) for s in statuses(o)}


def test_a_decision_varied_and_a_new_figure_set_is_a_fine_reduced() -> None:
    facts = extract(
        "The Supreme Court heard the appeal of Lagoon Energy SA against a fine of XAF 800 "
        "million imposed by the energy regulator. Weighing the duration of the breach, it "
        "reformed the decision and set the sanction at XAF 500 million."
    )
    assert "reduced" in statuses(by_amount(facts, "800000000"))


# --- The thing ordered, told done ---------------------------------------------------------------


def test_the_installation_ordered_told_certified_is_complied_with() -> None:
    facts = extract(
        "The Penang Department of Environment fined Bayan Towers Sdn Bhd RM 80,000 for dust "
        "from its building site and ordered it to install a wheel-washing system within two "
        "weeks. The washing system was finally certified on 12 March."
    )
    assert "complied" in {s for o in orders(facts) for s in statuses(o)}


def test_the_work_ordered_told_completed_by_a_noun_is_complied_with() -> None:
    facts = extract(
        "The telecoms regulator fined Andean Mobile SA PEN 2 million and ordered it to complete "
        "the upgrade of its rural masts before 30 June.\n\nThe fine was later cut by a court. "
        "According to the regulator, Andean Mobile reported completion of the upgrade in May."
    )
    assert "complied" in {s for o in orders(facts) for s in statuses(o)}


# --- A measure told left out of the challenge -------------------------------------------------


def test_an_order_told_unchallenged_loses_the_appeal_a_general_statement_gave_it() -> None:
    facts = extract(
        "The Communications Regulator fined Tigris Net LLC IQD 900 million and ordered it to "
        "extend coverage to 40 villages. Both operators fined that day applied to the "
        "Administrative Court for annulment, and Tigris Net obtained a stay of payment in May. "
        "The coverage order was not challenged."
    )
    assert "appealed" in statuses(by_amount(facts, "900000000"))
    (order,) = orders(facts)
    assert "not_appealed" in statuses(order)
    assert "appealed" not in statuses(order)


@pytest.mark.parametrize(
    "told",
    ["That order was not part of the appeal.", "The replacement order was not before the court."],
)
def test_an_order_left_out_of_the_appeal_was_not_appealed(told: str) -> None:
    facts = extract(
        "The energy regulator fined Patagonia Gas SA ARS 80 million and ordered it to replace "
        "3,000 faulty meters. Patagonia Gas appealed the fine to the federal court, which "
        f"reduced it to ARS 50 million. {told}"
    )
    (order,) = orders(facts)
    assert "not_appealed" in statuses(order)
    assert "appealed" not in statuses(order)


# --- Several parties, the measures told in an earlier section ---------------------------------


def test_neither_respondent_paid_reaches_back_past_a_section_heading() -> None:
    facts = extract(
        "**Johannesburg** – The Financial Sector Conduct Authority has fined Karoo Crypto "
        "Traders (Pty) Ltd R4 million and its director Thabo Mokoena R1.5 million for running "
        "an unregistered investment scheme.\n\nThe authority found that the scheme took in "
        "about R30 million from 900 investors.\n\n**Debarments**\n\nMokoena is debarred from "
        "acting as a financial services representative for 15 years. Karoo Crypto Traders is "
        "prohibited from offering any financial product.\n\nNeither of the respondents has paid "
        "the penalties imposed.\n"
    )
    assert "not_paid" in statuses(by_amount(facts, "4000000"))
    assert "not_paid" in statuses(by_amount(facts, "1500000"))


# --- The order's deadline disputed ------------------------------------------------------------


def test_a_deadline_called_unrealistic_disputes_the_order_not_the_fine() -> None:
    facts = extract(
        "The Water Resources Authority has fined Lake Victoria Breweries Ltd KSh 5 million after "
        "effluent from its plant reached the Nyando River. The authority also ordered the "
        "company to install a new treatment plant within 60 days.\n\nLake Victoria Breweries "
        'said on Tuesday that it would pay the fine, but that the 60-day deadline was "unrealistic".\n'
    )
    (order,) = orders(facts)
    assert "disputed" in statuses(order)
    assert "disputed" not in statuses(by_amount(facts, "5000000"))


# --- A court annulling one of two fines, by its sum ---------------------------------------------


def test_the_fine_a_court_annuls_by_its_sum_is_annulled_not_cut() -> None:
    facts = extract(
        "The Competition Council fined Kaunas Dairy UAB EUR 120,000 and its distributor Pieno "
        "Logistika UAB EUR 30,000 for resale price maintenance. Both companies challenged the "
        "decision.\n\nThe Regional Administrative Court reduced the dairy's fine to EUR 80,000, "
        "finding the infringement shorter than the council had held. On the distributor, the "
        "court found no evidence that it had agreed to the prices. The court annulled the EUR "
        "30,000 fine in full.\n\nKaunas Dairy said it had already paid the reduced amount."
    )
    fine = by_amount(facts, "30000")
    assert "overturned" in statuses(fine)
    assert not {"reduced", "paid"} & statuses(fine)


def test_a_fine_a_court_names_by_its_sum_is_the_one_told_before() -> None:
    """The sentence's party read from context (the bank named just before), not named in it:
    the fine of that sum told before, not a second fine of the bank's."""
    from assistant.fact_model import Located
    from assistant.fact_rulings import _fines_a_court_restates

    body = (
        "The Agency fined the bank 60.000 euros and Lovćen Osiguranje AD 15.000 euros. "
        "The Court annulled the 15.000 euros fine in full."
    )
    facts = extract(body)
    (told,) = [f for f in facts if f.amount and f.amount.text == "15.000 euros"]
    at = body.index("The Court")
    again = told.model_copy(
        update={
            "respondent": Located(text="Lovćen Banka", start=at, end=at),
            "amount": told.amount.model_copy(
                update={"start": body.rindex("15.000"), "end": body.rindex("15.000") + 12}
            ),
            "start": at,
            "end": len(body),
            "mentions": [(at, len(body))],
        }
    )
    facts = [*facts, again]
    _fines_a_court_restates(facts, body)
    assert again not in facts
    assert (at, len(body)) in told.mentions
