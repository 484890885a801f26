"""What follow-ups, round-ups and explainers say happened after a decision, on invented copy:
instalments paid so far, another party's payment, a fine's status kept off the periodic
penalty decided with it."""

from __future__ import annotations

import pytest

from assistant.facts import Fact

from .test_facts_general import by_amount, extract


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


_FINED = (
    "The Energy Regulatory Authority fined Balkan Grid Operator d.o.o. EUR 2.4 million in "
    "January for repeated supply interruptions. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Balkan Grid Operator agreed to pay in six instalments. Two instalments have been paid "
        "so far, with the rest due by December.",
        "Balkan Grid Operator agreed to pay in four instalments. The first two instalments have "
        "been paid on time, the authority said.",
        "Balkan Grid Operator has paid two of the four instalments, the authority said.",
        "Balkan Grid Operator has paid most of that fine, the authority said.",
        "Six months on, Balkan Grid Operator is paying off its fine in instalments.",
        "Balkan Grid Operator agreed to pay it in three equal instalments. It paid the first in "
        "March and the second in May; the third falls due in July.",
    ],
)
def test_instalments_paid_so_far_are_a_fine_paid_in_part(told: str) -> None:
    facts = extract(_FINED + told)
    fine = by_amount(facts, "2400000")
    assert "partially_paid" in statuses(fine)
    assert "paid" not in statuses(fine)


def test_every_instalment_paid_is_not_a_part() -> None:
    facts = extract(
        _FINED + "Balkan Grid Operator agreed to pay in six instalments. All six "
        "instalments have been paid."
    )
    assert "partially_paid" not in statuses(by_amount(facts, "2400000"))


def test_instalments_are_the_fines_not_the_daily_penalty_decided_with_it() -> None:
    facts = extract(
        "The telecoms regulator fined Savanna Mobile SA KES 900 million in March. It also "
        "imposed a daily penalty of KES 2 million until it submits a coverage plan. Savanna "
        "Mobile is paying off its fine in instalments, but refuses to pay the daily penalties."
    )
    assert "partially_paid" in statuses(by_amount(facts, "900000000"))
    assert "partially_paid" not in statuses(by_amount(facts, "2000000"))


def test_the_fine_itself_is_not_the_daily_penalty() -> None:
    facts = extract(
        "The telecoms regulator fined Savanna Mobile SA KES 900 million in March. It also "
        "imposed a daily penalty of KES 2 million until it submits a coverage plan. Savanna "
        "Mobile did not appeal the fine itself. It has gone to court over the daily penalty."
    )
    assert "not_appealed" in statuses(by_amount(facts, "900000000"))
    assert "not_appealed" not in statuses(by_amount(facts, "2000000"))


def test_the_other_operator_is_not_the_story_s_party() -> None:
    facts = extract(
        "The telecoms regulator fined Savanna Mobile SA KES 900 million in March for "
        "poor coverage. Savanna Mobile has not paid.\n\n**The other operator paid in full**\n\n"
        "Lakeside Telecom Ltd, fined KES 50 million in the same decision, paid in April."
    )
    assert "paid" not in statuses(by_amount(facts, "900000000"))


def test_instalments_with_no_sum_named_are_the_fines_not_the_daily_penalty() -> None:
    facts = extract(
        "The telecoms regulator fined Savanna Mobile SA KES 900 million in March. It also "
        "imposed a daily penalty of KES 2 million until it submits a coverage plan.\n\n"
        "Savanna Mobile asked to spread its payments. The first two instalments have been paid "
        "on time, the regulator said."
    )
    assert "partially_paid" in statuses(by_amount(facts, "900000000"))
    assert "partially_paid" not in statuses(by_amount(facts, "2000000"))


def test_a_fine_the_agency_set_at_a_figure_and_a_court_annulled_is_overturned_not_reduced() -> None:
    facts = extract(
        "The Administrative Court on Monday annulled a EUR 310,000 fine that the consumer "
        "authority had imposed on retailer Marktplatz Nord GmbH, finding it had not been heard.\n\n"
        "The authority fined Marktplatz Nord in 2024 for misleading price labels and set the "
        "fine at 2 per cent of its turnover, then EUR 310,000."
    )
    fine = next(f for f in facts if f.action == "fine")
    assert "overturned" in statuses(fine)
    assert "reduced" not in statuses(fine)


def test_a_statement_naming_no_party_is_the_one_its_section_named_last() -> None:
    facts = extract(
        "The district court fined Nordkap Trawling AS NOK 900,000 for exceeding its quota.\n\n"
        "The skipper of the trawler, Ole Brekke (47), was fined NOK 40,000. He paid the fine "
        "the same afternoon, the court clerk confirmed."
    )
    assert "paid" in statuses(by_amount(facts, "40000"))
    assert "paid" not in statuses(by_amount(facts, "900000"))


_ORDERED = (
    "The Water Services Regulator fined Lagoa Azul Águas S.A. EUR 400,000 in May and ordered "
    "the utility to submit a five-year leak-reduction plan within 60 days.\n\n"
)


@pytest.mark.parametrize(
    "told",
    [
        "**Late, but delivered**\n\nThe leak-reduction plan was not submitted until 3 October.",
        "**Late, but delivered**\n\nThe company only delivered a "
        "complete plan on 3 October, records show.",
        "The regulator confirmed in October that the plan had been submitted.",
    ],
)
def test_the_thing_ordered_told_done_by_name_is_complied(told: str) -> None:
    facts = extract(_ORDERED + told)
    order = next(f for f in facts if f.action == "order")
    assert "complied" in statuses(order)


def test_the_thing_ordered_told_still_not_done_is_not_complied() -> None:
    facts = extract(_ORDERED + "Five months on, the plan has still not been submitted.")
    order = next(f for f in facts if f.action == "order")
    assert "not_complied" in statuses(order)
    assert "complied" not in statuses(order)


def test_contracts_ordered_changed_and_told_amended_are_complied() -> None:
    facts = extract(
        "The Competition Council fined Vinaria Sud SRL MDL 2 million and ordered it to remove "
        "the exclusivity clauses from all its distribution contracts within 90 days. Vinaria "
        "Sud amended its contracts within the deadline but challenged the fine in court."
    )
    order = next(f for f in facts if f.action == "order")
    assert "complied" in statuses(order)


def test_an_order_not_challenged_told_with_the_order_as_subject_is_not_appealed() -> None:
    facts = extract(
        "The regulator fined Baltic Fibre SIA EUR 80,000 and ordered it to refund the "
        "overcharged customers. Baltic Fibre has appealed the fine to the Administrative "
        "District Court. The refund order has not been challenged."
    )
    order = next(f for f in facts if f.action == "order")
    assert "not_appealed" in statuses(order)
    assert "not_appealed" not in statuses(by_amount(facts, "80000"))


def test_that_part_of_the_decision_is_the_measure_told_just_before() -> None:
    facts = extract(
        "The Competition Council fined Vinaria Sud SRL MDL 2 million for abusing its dominant "
        "position; the company took the fine to court, which cut it by half.\n\n"
        "The council also ordered Vinaria Sud to drop the exclusivity clauses from its "
        "distribution contracts. That part of the decision was never challenged."
    )
    order = next(f for f in facts if f.action == "order")
    assert "not_appealed" in statuses(order)
    assert "not_appealed" not in statuses(by_amount(facts, "2000000"))


def test_the_other_two_have_not_denies_the_statement_of_the_rest_of_the_list() -> None:
    facts = extract(
        "In July the committee fined three builders a combined EUR 2.7 million for rigging "
        "tenders. Stroy Alfa LLC was fined EUR 1.5 million, Beton Plus LLC EUR 900,000 and "
        "Kirpich Servis LLC EUR 300,000.\n\n"
        "Stroy Alfa has lodged an appeal against the decision in the economic court; the other "
        "two have not."
    )
    assert "appealed" in statuses(by_amount(facts, "1500000"))
    for amount in ("900000", "300000"):
        assert "not_appealed" in statuses(by_amount(facts, amount))
        assert "appealed" not in statuses(by_amount(facts, amount))


@pytest.mark.parametrize(
    "told",
    [
        "That fine is still under review at the Administrative Tribunal.",
        "The fine is now before the Supreme Court.",
        "Pampa Datos said it had filed a grievance with the authority's Grievances Committee.",
        "Pampa Datos has challenged the fine, its lawyers said.",
    ],
)
def test_a_fine_before_a_court_or_a_grievances_committee_is_appealed(told: str) -> None:
    facts = extract(
        f"In 2024 the regulator fined Pampa Datos S.A. ARS 90 million over an outage. {told}"
    )
    assert "appealed" in statuses(by_amount(facts, "90000000"))


def test_a_revocation_challenged_is_appealed() -> None:
    facts = extract(
        "The central bank revoked the qualification certificate of Nodir Karimov, the "
        "compliance officer of Ipak Pay LLC. Mr Karimov has separately challenged the "
        "revocation of his certificate."
    )
    assert "appealed" in statuses(next(f for f in facts if f.action == "ban"))


def test_a_court_that_dismissed_the_claim_confirming_the_fine_upheld_it() -> None:
    facts = extract(
        "In 2023 the central bank fined payment firm Lumo Pay AMD 6 million for late reports. "
        "The company argued the bank had misread its data, but the Administrative Court "
        "dismissed the claim in a judgment of 9 May 2025, confirming the fine in full."
    )
    fine = by_amount(facts, "6000000")
    assert {"upheld", "appealed"} <= statuses(fine)


def test_a_name_is_not_its_word_in_lower_case() -> None:
    facts = extract(
        "The utilities regulator fined Harbour Light Company Limited J$4 million for late "
        "outage reports.\n\n"
        "In Mauritius, the regulator fined Sunfield Power Ltée Rs 1.5m for withholding data. "
        "Sunfield Power, which runs a solar farm in the north of the harbour district, disputes "
        "the penalty. It has not paid either amount."
    )
    assert "not_paid" in statuses(by_amount(facts, "1500000"))
    assert "not_paid" not in statuses(by_amount(facts, "4000000"))


def test_the_party_a_sentence_opens_with_not_the_newsletter_it_told() -> None:
    facts = extract(
        "The utilities regulator fined Harbour Light Company Limited J$4 million for late "
        "outage reports.\n\n"
        "Harbour Light told *Power & Pipes* it accepts the findings and has paid the penalty."
    )
    assert "paid" in statuses(by_amount(facts, "4000000"))


def test_the_law_on_a_decision_under_review_is_no_appeal() -> None:
    facts = extract(
        "The committee fined Karpaty Oil LLC UAH 12 million in 2024. Karpaty Oil did not go to "
        "court. Under the law, the time limit for paying a fine is suspended while the decision "
        "is under review in court."
    )
    assert "appealed" not in statuses(by_amount(facts, "12000000"))


def test_each_party_of_a_listed_subject_has_the_status() -> None:
    facts = extract(
        "The unit fined Coral Bay Bank Rs. 2 million, Palm Grove Insurance Rs. 800,000 and "
        "Teak Leasing PLC Rs. 600,000, and Lagoon Finance Rs. 1 million.\n\n"
        "According to the unit's notices, Coral Bay Bank, Palm Grove Insurance and Teak "
        "Leasing have paid their penalties. Lagoon Finance has not yet paid."
    )
    for amount in ("2000000", "800000", "600000"):
        assert "paid" in statuses(by_amount(facts, amount))
    assert "paid" not in statuses(by_amount(facts, "1000000"))
