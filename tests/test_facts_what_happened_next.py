"""What happened after a measure, on invented copy: a fine paid in part, a penalty deposited,
a hearing never asked for, an order to stop something done, a challenge to one measure of
several and the court's answer to it."""

from __future__ import annotations

import pytest

from assistant.facts import Fact

from .test_facts_general import by_amount, extract


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


def of(facts: list[Fact], action: str, key: str | None = None) -> Fact:
    return next(f for f in facts if f.action == action and (key is None or f.respondent_key == key))


@pytest.mark.parametrize(
    "told",
    [
        "Nordvind Kraft has paid the first of three instalments, the agency said.",
        "Agency spokesman Lars Holm said Nordvind Kraft had already paid the first installment "
        "of DKK 1.5 million.",
        "Nordvind Kraft has paid about half of what it owes, records show.",
        "Nordvind Kraft has paid DKK 2 million so far.",
        "Nordvind Kraft has so far paid DKK 2 million of its fine.",
        "Nordvind Kraft told the paper it had already transferred the first half of its payment.",
    ],
)
def test_a_fine_paid_in_part_is_partially_paid_not_paid(told: str) -> None:
    facts = extract(
        "The Danish Energy Agency fined Nordvind Kraft A/S DKK 4.5 million in March for "
        f"misreporting its output. {told}"
    )
    fine = by_amount(facts, "4500000")
    assert "partially_paid" in statuses(fine)
    assert "paid" not in statuses(fine)


def test_a_pronoun_is_the_party_its_own_sentence_named_not_the_one_fined_last() -> None:
    facts = extract(
        "The competition commission fined PT Karya Baru Sentosa Rp 12 miliar in August. In "
        "October it fined PT Mitra Logistik Rp 3 miliar for late merger notification.\n\n"
        "Karya Baru Sentosa did not contest the decision and asked to pay in instalments; it "
        "paid the first instalment on November 8."
    )
    assert "partially_paid" in statuses(by_amount(facts, "12000000000"))
    assert not statuses(by_amount(facts, "3000000000")) & {"paid", "partially_paid"}


def test_a_penalty_deposited_under_protest_is_paid() -> None:
    facts = extract(
        "The Directorate General of Civil Aviation imposed a penalty of ₹20 lakh on Vayu "
        "Airlines Ltd for crew rest breaches. Vayu has deposited the penalty under protest and "
        "disputes the regulator's reading of the rules."
    )
    assert {"paid", "disputed"} <= statuses(by_amount(facts, "2000000"))


@pytest.mark.parametrize(
    "told",
    [
        "Brightspin did not request a hearing before the Licence Appeal Tribunal, and the "
        "commission confirmed that the penalty has been paid.",
        "The deadline to appeal the penalty passed in June, and Brightspin has paid it.",
    ],
)
def test_a_hearing_never_asked_for_is_a_penalty_not_appealed(told: str) -> None:
    facts = extract(
        "The Gaming Commission of Manitoba issued a monetary penalty of $180,000 to Brightspin "
        f"Gaming Inc. for failing to verify players' ages.\n\n{told}"
    )
    # (the tribunal named is where a hearing would have been, not a ruling's court)
    assert {"not_appealed", "paid"} <= statuses(by_amount(facts, "180000"))


def test_an_order_to_stop_is_complied_with_by_taking_the_thing_away() -> None:
    facts = extract(
        "The Consumer Ombudsman fined Skanni Verslun ehf. ISK 9 million and ordered it to stop "
        "the practices. Skanni, which had sales of ISK 41.5bn last year, removed the fake "
        "countdown banners in May, the ombudsman noted."
    )
    assert "complied" in statuses(of(facts, "order"))


def test_an_order_to_broadcast_is_complied_with_when_it_was_broadcast() -> None:
    facts = extract(
        "The Audiovisual Council fined Canal Nord SRL RON 40,000 and ordered Canal Nord to "
        "broadcast a summary of the decision for three evenings. Canal Nord broadcast the "
        "summary in May, as required."
    )
    assert "complied" in statuses(of(facts, "order"))


def test_a_regulator_suspending_a_licence_is_the_ban_not_compliance_with_it() -> None:
    facts = extract(
        "The Gaming Regulatory Authority has suspended the licence of Tembo Bet Ltd for three "
        "months over unpaid winnings. It also fined Tembo Bet UGX 40 million."
    )
    assert "complied" not in statuses(of(facts, "ban"))


def test_a_court_dismissing_a_challenge_to_the_suspension_upholds_the_suspension() -> None:
    facts = extract(
        "The Gaming Regulatory Authority has suspended the licence of Tembo Bet Ltd for three "
        "months over unpaid winnings. It also fined Tembo Bet UGX 40 million.\n\n"
        "Tembo Bet went to the High Court in Kampala to challenge the suspension, but on Monday "
        "the court dismissed its application."
    )
    assert {"appealed", "upheld"} <= statuses(of(facts, "ban"))
    assert "upheld" not in statuses(by_amount(facts, "40000000"))


def test_winnings_unpaid_are_the_breach_not_the_fine_unpaid() -> None:
    facts = extract(
        "The Gaming Regulatory Authority fined Tembo Bet Ltd UGX 40 million on Monday, citing "
        "unpaid winnings. More than 2,000 players were owed prizes that the company had failed "
        "to pay out."
    )
    assert "not_paid" not in statuses(by_amount(facts, "40000000"))


LUMEN = (
    "The Media Council fined Lumen Broadcast SRL RON 90,000 on 4 March for a talk show that "
    "presented rumours as fact.\n\n"
    "Lumen Broadcast challenged the decision before the Cluj Court of Appeal. By judgment of 10 "
    "October, the court partially admitted the action and reduced the fine to RON 30,000.\n\n"
    "The council appealed to the High Court of Cassation. On 2 June the High Court dismissed the "
    "appeal as unfounded, upholding the Court of Appeal's judgment.\n\n"
    "Lumen had paid the reduced fine of RON 30,000 in November, while the appeal was pending."
)


def test_a_fine_a_court_cut_and_the_cut_fine_paid_is_reduced_and_paid() -> None:
    fine = by_amount(extract(LUMEN), "90000")
    assert {"appealed", "reduced", "paid"} <= statuses(fine)
    assert not statuses(fine) & {"overturned", "upheld"}


def test_a_higher_court_upholding_the_lower_courts_judgment_upholds_that_ruling() -> None:
    facts = extract(LUMEN)
    first = next(f for f in facts if f.action == "ruling" and "reduced" in statuses(f))
    assert "upheld" in statuses(first)
    assert "upheld" not in statuses(by_amount(facts, "90000"))


def test_the_fine_a_court_cut_from_one_figure_to_another_is_the_one_imposed() -> None:
    facts = extract(
        "Chile's Second Environmental Court has cut the fine that the SMA imposed on mining "
        "company Minera Cerro Azul and annulled the closure of one of its sites.\n\n"
        "In a ruling dated 3 March, the court partially upheld the company's claim and reduced "
        "the fine from 2,000 to 1,200 annual tax units, equivalent to about CLP 980 million.\n\n"
        "The SMA fined Minera Cerro Azul S.A. 2,000 UTA, then about CLP 1,640 million, in May "
        "2024 for exceeding its approved extraction rate.",
        title="Court cuts SMA fine on Minera Cerro Azul",
    )
    fine = by_amount(facts, "1640000000")
    assert {"appealed", "reduced"} <= statuses(fine)
    assert "overturned" not in statuses(fine)


def test_a_clause_that_leaves_out_its_subject_is_about_the_party_before() -> None:
    facts = extract(
        "The Competition Commission fined Zuri Rides Ltd KSh 80 million and directed Zuri Rides "
        "to remove the exclusivity clauses from its driver contracts within 60 days.\n\n"
        "Zuri Rides has published its fares since March, the commission said, but has not "
        "removed the exclusivity clauses. It has also not paid the fine."
    )
    assert "not_complied" in statuses(of(facts, "order"))
    assert "not_paid" in statuses(by_amount(facts, "80000000"))


def test_neither_the_fine_nor_the_daily_fines_paid_and_a_reconsideration_asked() -> None:
    facts = extract(
        "Kenya's Energy and Petroleum Regulatory Authority (EPRA) is still waiting for Rift "
        "Power Distribution Ltd (RPDL) to file its investment plan.\n\n"
        "In an order dated 2 May, EPRA fined RPDL KSh 40 million for outages, and imposed a "
        "continuing fine of KSh 500,000 for each day of delay in filing the plan. By 30 June "
        "RPDL had paid neither the KSh 40 million nor any of the daily fines, EPRA said.\n\n"
        "RPDL has asked EPRA to reconsider, citing flood damage."
    )
    fine = next(f for f in facts if f.action == "fine")
    daily = next(f for f in facts if f.amount and f.amount.amount == 500000)
    for fact in (fine, daily):
        assert {"not_paid", "appealed"} <= statuses(fact)


def test_a_subject_of_two_parties_joined_by_and_is_both_of_theirs() -> None:
    facts = extract(
        "The Labour Inspectorate fined Dijkstra Logistiek B.V. € 300.000 for tachograph fraud. "
        "It also fined Mr Piet Hendriks, the company's director, € 30.000 in his personal "
        "capacity.\n\n"
        "Dijkstra Logistiek B.V. and Mr Hendriks have already lodged an objection."
    )
    for amount in ("300000", "30000"):
        assert "appealed" in statuses(by_amount(facts, amount))


def test_upholding_a_regulators_finding_while_cutting_its_fine_is_no_fine_upheld() -> None:
    facts = extract(
        "The Court of Appeal in Lisbon on Tuesday reduced a €800,000 fine imposed by the data "
        "protection authority on Ondamar SA to €300,000, while upholding the authority's main "
        "finding that Ondamar had no legal basis for its marketing calls."
    )
    assert "upheld" not in statuses(by_amount(facts, "800000"))


# --- Several parties' fates, each told in its own paragraph ---------------------------------


def _three_cement_makers() -> list[Fact]:
    return extract(
        "Croatia's Competition Agency fined three cement makers in March for sharing out "
        "customers.\n\n"
        "The agency fined Ararat Cement d.d. €9 million. Hrazdan Cement d.o.o. was fined €4 "
        "million, and Lori Building Materials d.o.o. was fined €1.5 million.\n\n"
        "**Hrazdan paid in May**\n\n"
        "Hrazdan Cement did not appeal and paid its fine in full in May, the agency said.\n\n"
        "**Ararat loses in court**\n\n"
        "Ararat Cement challenged the decision in the Administrative Court. On 2 September the "
        "Administrative Court rejected its claim and upheld the €9 million fine. Ararat has "
        "since appealed again and has not paid any part of the fine.\n\n"
        "**Lori paying in instalments**\n\n"
        "Lori Building Materials did not go to court. Under an instalment plan it has so far "
        "paid €500,000 of its fine."
    )


def test_a_party_that_did_not_go_to_court_did_not_appeal() -> None:
    assert "not_appealed" in statuses(by_amount(_three_cement_makers(), "1500000"))


def test_it_is_the_party_its_paragraph_named_last_not_the_one_whose_measure_was_told_last() -> None:
    facts = _three_cement_makers()
    assert "partially_paid" in statuses(by_amount(facts, "1500000"))
    assert "partially_paid" not in statuses(by_amount(facts, "4000000"))


def test_a_fine_a_court_upheld_by_its_sum_is_the_one_told_before_with_it() -> None:
    facts = _three_cement_makers()
    fine = by_amount(facts, "9000000")  # one fact: the sum restated is no second fine
    assert "upheld" in statuses(fine)
    assert "upheld" not in statuses(by_amount(facts, "4000000"))
    (ruling,) = [f for f in facts if f.action == "ruling"]
    assert ruling.amount is None


def test_a_court_upholding_a_fine_by_its_sum_upholds_that_partys_fine_of_several() -> None:
    facts = extract(
        "The Competition Council of Lithuania fined UAB Baltic Fuel €3 million and UAB Nemunas "
        "Oil €1 million for price fixing.\n\n"
        "On 5 May the Vilnius Regional Administrative Court rejected Baltic Fuel's claim and "
        "upheld the €3 million fine."
    )
    assert "upheld" in statuses(by_amount(facts, "3000000"))
    assert "upheld" not in statuses(by_amount(facts, "1000000"))


def test_a_court_upholding_one_of_a_partys_two_fines_by_its_sum_upholds_that_one() -> None:
    facts = extract(
        "The Competition Council of Lithuania fined UAB Baltic Fuel €3 million for price fixing. "
        "In a separate decision it fined Baltic Fuel €1 million for misleading the "
        "investigators.\n\n"
        "On 5 May the Vilnius Regional Administrative Court rejected Baltic Fuel's claim and "
        "upheld the €3 million fine."
    )
    assert "upheld" in statuses(by_amount(facts, "3000000"))
    assert "upheld" not in statuses(by_amount(facts, "1000000"))


@pytest.mark.parametrize(
    "told",
    [
        "Fines of the authority may be challenged by an action before the Administrative Court "
        "within two months. Kaunas Grain filed such an action on 3 June.",
    ],
)
def test_a_challenge_told_by_reference_is_an_appeal(told: str) -> None:
    facts = extract(
        "The State Food and Veterinary Service fined UAB Kaunas Grain €48,000 in May for "
        f"storing feed in unsafe conditions.\n\n{told}"
    )
    assert "appealed" in statuses(by_amount(facts, "48000"))


def test_a_complaint_against_his_fine_is_his_appeal() -> None:
    facts = extract(
        "The State Food and Veterinary Service fined UAB Kaunas Grain €48,000 in May for "
        "storing feed in unsafe conditions. Its warehouse manager, Jonas Petraitis, was fined "
        "€1,500.\n\n"
        "Petraitis has lodged a complaint against his fine with the Kaunas District Court."
    )
    assert "appealed" in statuses(by_amount(facts, "1500"))
    assert "appealed" not in statuses(by_amount(facts, "48000"))


def test_a_decision_annulled_as_a_whole_annuls_its_order_on_that_party_too() -> None:
    facts = extract(
        "The Supreme Administrative Court has annulled the decision by which the Commission for "
        "Protection of Competition fined Sofia Tickets AD €400,000 for abusing its dominant "
        "position.\n\n"
        "In its decision of 2 March 2023, the commission had found that Sofia Tickets imposed "
        "exclusivity on concert halls. In addition to the fine, the commission ordered Sofia "
        "Tickets to end the exclusive contracts within 60 days. In the same decision it fined "
        "Arena Plovdiv EOOD €50,000; Arena Plovdiv paid and did not appeal."
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert "overturned" in statuses(order)
    assert "overturned" not in statuses(by_amount(facts, "50000"))


def test_an_appeal_dismissed_in_its_entirety_leaves_the_order_told_with_the_fine_standing() -> None:
    facts = extract(
        "The Competition Authority of Kenya fined Rafiki Rides Ltd KSh 300 million on 4 June "
        "2024 for abusing its buyer power over drivers. In the same decision, the authority "
        "ordered Rafiki Rides to scrap its exclusivity terms within 90 days.\n\n"
        "On Monday the Competition Tribunal dismissed Rafiki Rides' appeal in its entirety."
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert "upheld" in statuses(order)
    assert "upheld" in statuses(by_amount(facts, "300000000"))


def test_what_each_party_of_a_list_did_next_is_its_own_and_keeps_the_decision_s_day() -> None:
    facts = extract(
        "The Competition Council's decision of 3 March 2025 found that three cement makers had "
        "fixed prices. "
        "It fined Andes Cement SA 4.1 million soles, Pacifico Materiales SAC 2.2 million soles "
        "and Norte Concretos SA 900,000 soles.\n\n"
        "Pacifico Materiales did not appeal and paid its 2.2 million soles fine in full in May, "
        "the council told Gestión.\n\n"
        "Norte Concretos, the smallest of the three, did not go to court but asked for time to "
        "pay. Under an instalment plan signed in June it has so far paid 300,000 soles of its "
        "900,000 soles fine.\n",
        published="2025-08-01",
    )
    assert len([f for f in facts if f.action == "fine"]) == 3
    paid = by_amount(facts, "2200000")
    assert statuses(paid) == {"not_appealed", "paid"}
    part = by_amount(facts, "900000")
    assert "partially_paid" in statuses(part)
    assert not statuses(by_amount(facts, "4100000"))
    for fact in (paid, part):
        assert fact.date is not None and fact.date.text == "2025-03-03"


def test_half_a_fine_paid_with_the_rest_still_owed_is_paid_in_part_not_reduced() -> None:
    facts = extract(
        "The Reserve Bank fined Kiri Savings Ltd NZ$400,000 and Tasman Credit Union NZ$250,000 "
        "on 4 March.\n\n"
        "Tasman Credit Union has paid half of its penalty and agreed a payment plan for the "
        "rest. Kiri Savings paid half of the fine under the early-payment discount.\n",
        published="2025-06-02",
    )
    assert statuses(by_amount(facts, "250000")) == {"partially_paid"}
    assert statuses(by_amount(facts, "400000")) == {"reduced"}


@pytest.mark.parametrize(
    "said",
    [
        "said it would file a grievance against the decision with the authority's review board",
        "said it would seek an amparo before the federal courts",
        "said it plans to seek judicial review of the decision",
    ],
)
def test_a_challenge_by_another_name_is_disputed_by_the_company_that_says_it(said: str) -> None:
    facts = extract(
        "The Comisión Nacional de Valores fined brokerage Pampas Andes Securities ARS 30 "
        "million on 12 May for weak client checks. The commission also banned the firm's "
        "compliance head, Lucía Ferraro, for a year, citing the Securities Market Law.\n\n"
        f"Pampas Andes {said}.\n",
        published="2025-06-02",
    )
    assert statuses(by_amount(facts, "30000000")) == {"disputed"}
    assert not statuses(of(facts, "ban"))


def test_what_she_paid_is_the_settlement_of_the_person_called_by_her_surname() -> None:
    facts = extract(
        "The Ontario Securities Commission ordered Lakeview Mining Corp. to pay an "
        "administrative penalty of $500,000 on 2 June.\n\n"
        "A former director of the company, Anne Dubois, settled earlier. Under a settlement "
        "approved on 3 March, Ms. Dubois agreed to pay $25,000. She has paid the amount in full.",
        published="2025-06-20",
    )
    assert statuses(by_amount(facts, "25000")) == {"paid"}
    assert not statuses(by_amount(facts, "500000"))


def test_has_paid_half_of_the_fine_is_a_part_paid_not_a_reduction() -> None:
    # The rest is told sentences later; nothing says half settles it.
    facts = extract(
        "Lakeshore Water has paid half of the KSh 40 million fine the Water Services "
        "Regulatory Board imposed on it in March, the board said on Monday.\n\n"
        "The remaining KSh 20 million falls due at the end of September under a payment plan."
    )
    fine = by_amount(facts, "40000000")
    found = {s.status for s in fine.statuses}
    assert "partially_paid" in found and "reduced" not in found


def test_has_paid_half_of_the_fine_under_an_early_payment_discount_is_a_reduction() -> None:
    facts = extract(
        "The data protection agency fined Marlow Foods €2 million in May. Marlow Foods has "
        "paid half of the €2 million fine, the reduction the law grants for paying early."
    )
    assert "reduced" in {s.status for s in by_amount(facts, "2000000").statuses}
