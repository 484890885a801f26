"""Courts as the deciding authority, the dates of actions decided together, and what is
stated about a measure afterwards — on invented sentences (no fixture's wording)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.facts import Fact
from assistant.parties import respondent_key

from .test_facts_general import by_amount, extract, labels


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


def rulings(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.action == "ruling"]


# --- Courts named in their own language ---------------------------------------------------


def test_a_court_named_in_its_own_language_rules() -> None:
    facts = extract(
        "Not every sanction survives. On 14 May the Cour d'appel de Paris annulled the €300,000 "
        "fine the CNIL imposed in 2022 on Brasserie Lumière SAS, ruling that the inspection "
        "had been unlawful."
    )
    (ruling,) = rulings(facts)
    assert (ruling.authority, ruling.jurisdiction) == ("Paris Court of Appeal", "FR")
    assert ruling.date is not None and ruling.date.text == "2024-05-14"
    assert "overturned" in statuses(ruling)


def test_german_and_spanish_courts_are_named_with_their_seat_or_rank() -> None:
    facts = extract(
        "The Bavarian data protection office fined Alpenmilch GmbH €120,000 in 2023. In April "
        "the Oberlandesgericht München reduced the fine to €45,000.",
        published="2024-06-03",
    )
    assert [(r.authority, r.amount.text if r.amount else None) for r in rulings(facts)] == [
        ("Oberlandesgericht München", "€45,000")
    ]
    facts = extract(
        "The AEPD fined Telefonía Brava S.L. €900,000 in 2021. On 2 May the Tribunal Supremo "
        "upheld that fine."
    )
    (ruling,) = rulings(facts)
    assert (ruling.authority, ruling.jurisdiction) == ("Supreme Court of Spain", "ES")


def test_the_date_of_the_fine_a_court_annulled_is_not_the_court_s() -> None:
    facts = extract(
        "In March the Tribunale di Milano annulled the €80,000 fine the Garante imposed in "
        "2023 on Ortofrutta S.r.l."
    )
    (ruling,) = rulings(facts)
    assert ruling.date is not None and ruling.date.text == "2024-03"


# --- What is said of a measure afterwards ---------------------------------------------------


def test_a_court_staying_a_penalty_means_it_is_under_appeal() -> None:
    facts = extract(
        "Earlier this month the Bombay High Court stayed a 3 crore rupee penalty that SEBI "
        "imposed in March on brokerage Kautilya Securities Ltd, on condition that it deposit a "
        "quarter of the amount. The court will hear Kautilya's appeal in August."
    )
    penalty = by_amount(facts, "30000000")
    assert "appealed" in statuses(penalty)
    assert penalty.date is not None and penalty.date.text == "2024-03"  # imposed, not stayed
    facts = extract(
        "The Court of Appeal granted a stay of the £400,000 fine the ICO imposed on Harrow "
        "Lettings Ltd last year."
    )
    assert "appealed" in statuses(by_amount(facts, "400000"))


def test_a_penalty_never_collected_is_not_paid() -> None:
    facts = extract(
        "In 2019 the Federal Court ordered the operator of the now-defunct Banksia Academy to "
        "pay $40 million, a penalty that has never been recovered because the company went "
        "into administration."
    )
    assert "not_paid" in statuses(by_amount(facts, "40000000"))


def test_paying_part_of_a_fine_to_close_the_case_is_paid_and_reduced_not_appealed() -> None:
    facts = extract(
        "ROME – Rivabella Gas S.p.A. has settled its case with the Garante by paying half of "
        "the €600,000 fine imposed in May.\n\n"
        "Under Italian law a company can settle the dispute by paying half of the fine within "
        "the time limit for challenging the decision in court, giving up the right to appeal."
    )
    fine = by_amount(facts, "600000")
    assert statuses(fine) == {"paid", "reduced"}


def test_a_case_brought_against_another_company_is_no_appeal_of_the_main_one() -> None:
    facts = extract(
        "Alder Homes Ltd will pay a $1.2-million penalty to settle allegations of misleading "
        "advertising, the Competition Bureau announced.\n\n"
        "In May the bureau filed an application with the Competition Tribunal against "
        "furniture retailer Lindqvist Möbler Inc., alleging hidden fees. Lindqvist is "
        "contesting the case."
    )
    assert statuses(by_amount(facts, "1200000")) == set()


def test_a_choice_to_contest_told_as_fact_is_an_appeal() -> None:
    facts = extract(
        "The AEPD fined Solmar Telecom S.L. €300,000 in April. Solmar could have paid less by "
        "acknowledging responsibility, the agency said, but decided to challenge the fine."
    )
    assert "appealed" in statuses(by_amount(facts, "300000"))


# --- Courts that decide ----------------------------------------------------------------------


def test_a_penalty_ordered_after_a_court_s_finding_is_the_court_s_with_its_orders() -> None:
    facts = extract(
        "Training firm Harbourview Colleges has been ordered to pay $9 million (US$5.9 million) "
        "in penalties after the Federal Court found its recruiters misled students.\n\n"
        "In a judgment handed down in Sydney on Thursday, Justice Priya Raman said the firm "
        "had acted unconscionably. The Australian Competition and Consumer Commission (ACCC) "
        "brought the case.\n\n"
        "The ACCC had sought $14 million.\n\n"
        "The court also ordered Harbourview to run a compliance program for two years and to "
        "contribute to the ACCC's costs.\n\n"
        "Its former admissions director, Paul Renner, was ordered to pay a separate penalty of "
        "$120,000."
    )
    penalty = by_amount(facts, "9000000")
    assert (penalty.authority, penalty.jurisdiction) == ("Federal Court of Australia", "AU")
    (order,) = [f for f in facts if f.action == "order"]
    assert order.authority == "Federal Court of Australia"
    assert by_amount(facts, "120000").authority == "Federal Court of Australia"
    # the Thursday before publication (Monday 3 June 2024)
    assert {f.date.text if f.date else None for f in (penalty, order)} == {"2024-05-30"}


def test_a_court_named_as_the_agent_of_a_passive_order_imposed_the_penalty() -> None:
    facts = extract(
        "Meridian Telecom Ltd was ordered by the Delhi High Court to pay a penalty of 40 lakh "
        "rupees for ignoring the regulator's directions."
    )
    penalty = by_amount(facts, "4000000")
    assert (penalty.authority, penalty.jurisdiction) == ("Delhi High Court", "IN")


def test_a_currency_sign_is_not_the_place_of_the_action() -> None:
    facts = extract(
        "The Commerce Commission brought the case. Kauri Foods Ltd was fined $300,000 "
        "(US$180,000) for misleading claims about its honey."
    )
    assert by_amount(facts, "300000").jurisdiction == "NZ"


# --- Dates of measures decided together ----------------------------------------------------


def test_measures_told_as_part_of_a_dated_decision_take_its_date() -> None:
    facts = extract(
        "On 12 March 2024 the Garante fined Lumina Casa S.r.l. €200,000. It also issued an "
        "injunction ordering the company to delete the recordings, accompanied by a penalty of "
        "€1,000 per day of delay."
    )
    dated = {f.action: f.date.text if f.date else None for f in facts}
    assert dated == {"fine": "2024-03-12", "order": "2024-03-12", "penalty_payment": "2024-03-12"}


def test_a_periodic_penalty_for_not_doing_what_was_just_ordered_takes_the_order_s_date() -> None:
    facts = extract(
        "On 2 February 2024 the AP fined Brandwacht B.V. €80,000.\n\n"
        "Alongside the fine, the AP ordered Brandwacht to stop filming its staff. Failing "
        "that, it will owe a penalty payment of €2,000 per day."
    )
    periodic = by_amount(facts, "2000")
    assert periodic.date is not None and periodic.date.text == "2024-02-02"


def test_a_measure_also_made_is_dated_by_the_decision_not_the_later_ruling_told_first() -> None:
    facts = extract(
        "An appeal bench of the Federal Court on Tuesday cut the civil penalty imposed on "
        "Tidewater Health Pty Ltd from A$ 900,000 to A$ 600,000.\n\n"
        "On 3 June 2023, a judge of the Federal Court ordered Tidewater to pay a civil penalty "
        "of A$ 900,000. The judge also made an order requiring Tidewater to commission an "
        "outside audit of its systems.\n\n"
        "The appeal bench left the audit order undisturbed."
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is not None and order.date.text == "2023-06-03"
    assert "upheld" in statuses(order)
    assert "upheld" not in statuses(by_amount(facts, "900000"))


def test_a_settlement_takes_the_date_its_agreement_was_registered_or_announced() -> None:
    facts = extract(
        "Alder Homes Ltd will pay a $1.2-million penalty to settle allegations of misleading "
        "advertising, the Competition Bureau announced Friday.\n\n"
        "Under a consent agreement registered with the Competition Tribunal on May 21, Alder "
        "will also pay $90,000 toward the bureau's costs.",
        title="Alder Homes settles with Competition Bureau",
    )
    assert by_amount(facts, "1200000").date.text == "2024-05-21"
    facts = extract(
        "On May 9, 2024, the California Privacy Protection Agency announced a Stipulated Final "
        "Order with Redwood Trail Outfitters. Under the order, Redwood Trail will pay an "
        "administrative fine of $95,000.",
        title="CPPA order against Redwood Trail",
    )
    assert by_amount(facts, "95000").date.text == "2024-05-09"


def test_a_tribunal_dismissing_the_party_s_challenge_upheld_the_fine() -> None:
    facts = extract(
        "In a separate matter, the Upper Tribunal in March dismissed a reference brought by "
        "Marlow Finance Ltd against the FCA's decision to fine it £240,000."
    )
    fine = by_amount(facts, "240000")
    assert {"upheld", "appealed"} <= statuses(fine)
    (ruling,) = rulings(facts)
    assert "upheld" in statuses(ruling)


def test_redress_paid_to_customers_is_not_the_fine_paid() -> None:
    facts = extract(
        "The FCA fined Quayside Lending Ltd £1.8 million on 4 March.\n\n"
        "Separately from the penalty, Quayside has paid about £6 million to around 9,000 "
        "borrowers under a redress scheme."
    )
    assert "paid" not in statuses(by_amount(facts, "1800000"))


def test_a_court_described_not_named_is_the_one_court_the_article_names() -> None:
    facts = extract(
        "WARSAW, June 3 (Wire) - Poland's top administrative court on Wednesday upheld a "
        "PLN 1.2 million fine imposed on publisher Wisła Media S.A. by the country's data "
        "protection office.\n\n"
        "The Naczelny Sąd Administracyjny said the penalty, imposed by UODO in May 2022, was "
        "proportionate to the number of readers affected."
    )
    (ruling,) = rulings(facts)
    assert (ruling.authority, ruling.jurisdiction) == (
        "Supreme Administrative Court of Poland",
        "PL",
    )
    assert (
        ruling.date is not None and ruling.date.text == "2024-05-29"
    )  # Wednesday, not the dateline
    (fine,) = [f for f in facts if f.action == "fine"]
    assert fine.authority == "UODO"  # the regulator's story, though a court is named as often
    # the sentence naming who imposed it and when is about that fine too
    assert len(fine.mentions) == 2
    assert fine.date is not None and fine.date.text == "2022-05"


def test_a_court_that_fixed_the_fine_at_a_new_figure_ruled_that_figure() -> None:
    facts = extract(
        "The data protection office fined Rheinkraft GmbH €250,000 in 2023. In May the "
        "Landgericht Köln found the amount disproportionate and fixed the fine at €90,000."
    )
    (ruling,) = rulings(facts)
    assert (ruling.authority, ruling.amount.text) == ("Landgericht Köln", "€90,000")
    assert not [f for f in facts if f.action == "fine" and f.amount.text == "€90,000"]


def test_a_challenge_names_the_measure_it_seeks_to_undo() -> None:
    facts = extract(
        "The PIPC imposed a penalty surcharge of ₩900 million on Sora Games Co. on May 14. "
        "The commission also fined Sora ₩5 million for notifying users late.\n\n"
        "Sora has paid the ₩5 million fine, but it has filed suit in the Seoul Administrative "
        "Court to cancel the surcharge."
    )
    assert "appealed" in statuses(by_amount(facts, "900000000"))
    assert statuses(by_amount(facts, "5000000")) == {"paid"}


def test_a_court_refusing_what_a_party_asked_is_a_ruling() -> None:
    facts = extract(
        "UODO fined Kestrel Freight sp. z o.o. PLN 2 million in March.\n\n"
        "Kestrel asked the Regional Administrative Court in Kraków to suspend enforcement "
        "while its appeal is heard, but the court rejected the application in May."
    )
    (ruling,) = rulings(facts)
    assert ruling.authority == "Kraków Regional Administrative Court"
    assert ruling.respondent is not None and ruling.respondent.text.startswith("Kestrel")


# --- Statuses in translated and plain copy ---------------------------------------------------


def test_a_complaint_about_a_fee_is_its_appeal_and_none_made_is_none() -> None:
    facts = extract(
        "The Labour Inspection Authority fined Nordvik Stillas AS an infringement fee of NOK "
        "400 000. Nordvik Stillas has complained about the infringement fee. The complaint "
        "will be treated by the Directorate.",
        title="Nordvik Stillas",
    )
    assert "appealed" in statuses(by_amount(facts, "400000"))
    facts = extract(
        "The Labour Inspection Authority fined Bremnes Rør AS an infringement fee of NOK "
        "90 000. The company has not complained.",
        title="Bremnes Rør",
    )
    fee = by_amount(facts, "90000")
    assert "not_appealed" in statuses(fee) and "appealed" not in statuses(fee)


def test_an_order_not_complied_with_and_its_coercive_fine_are_not_complied_with() -> None:
    facts = extract(
        "The Working Environment Authority ordered Solberg Transport ApS to register the "
        "drivers' hours by 1 May. The order is not complied with, and a coercive fine of DKK "
        "5 000 per day now runs.",
        title="Solberg Transport",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert "not_complied" in statuses(order)
    assert "not_complied" in statuses(by_amount(facts, "5000"))


def test_less_paid_than_imposed_is_paid_and_reduced_with_no_court() -> None:
    facts = extract(
        "Portugal's telecoms regulator ANACOM fined Ligar Telecom S.A. €600,000 for "
        "overcharging roaming customers. The company admitted the breach before the decision "
        "was taken. The amount actually paid was €360,000.",
        title="Ligar Telecom fined",
    )
    fine = by_amount(facts, "600000")
    assert {"paid", "reduced"} <= statuses(fine)
    assert "appealed" not in statuses(fine)


def test_a_fee_said_to_be_paid_is_paid() -> None:
    facts = extract(
        "The Work Environment Authority fined Holmsund Bygg AB an infringement fee of SEK "
        "120 000 in January. The fee is paid.",
        title="Holmsund Bygg",
    )
    assert "paid" in statuses(by_amount(facts, "120000"))


# --- A court reviewing a regulator's earlier fine -------------------------------------------

_TRIBUNAL_STORY = (
    "THE HAGUE — The Trade and Industry Appeals Tribunal (CBb) on Thursday lowered the fine "
    "imposed on Dutch dredging firm Kustwerk B.V. for a harbour-works cartel, but dismissed in "
    "full the appeal brought by Belgian rival Scheldt Marine NV.\n\n"
    "The Netherlands Authority for Consumers and Markets (ACM) fined the two firms in a "
    "decision of 2 June 2022. Kustwerk was fined €6.2 million and Scheldt Marine €3.4 million.\n\n"
    "In the Kustwerk case, the tribunal found that the ACM had overstated how long Kustwerk "
    "took part. Recomputing the penalty for the shorter period, the tribunal set it at "
    "€4.8 million. No question was referred to the Court of Justice.\n\n"
    "In the second case, the same chamber rejected all four of Scheldt Marine's grounds. The "
    "€3.4 million fine stands."
)
_TRIBUNAL_TITLE = "CBb trims Kustwerk's dredging cartel fine, rejects Scheldt Marine appeal"


def test_fines_a_court_reviews_are_the_regulators_that_imposed_them() -> None:
    facts = extract(_TRIBUNAL_STORY, title=_TRIBUNAL_TITLE, published="2025-09-12")
    fines = [f for f in facts if f.action == "fine"]
    assert sorted(f.amount.text for f in fines) == ["€3.4 million", "€6.2 million"]
    assert {f.authority for f in fines} == {"ACM"}


def test_a_court_setting_a_fine_anew_is_a_ruling_on_the_party_of_its_case() -> None:
    facts = extract(_TRIBUNAL_STORY, title=_TRIBUNAL_TITLE, published="2025-09-12")
    ruling = by_amount(facts, "4800000")
    assert ruling.action == "ruling"  # the court's figure, not a new fine
    assert ruling.respondent_key == "kustwerk"  # the case the paragraph tells
    assert "reduced" in statuses(ruling)
    assert statuses(by_amount(facts, "6200000")) >= {"appealed", "reduced"}


def test_a_court_rejecting_every_plea_of_a_party_upholds_its_fine() -> None:
    facts = extract(_TRIBUNAL_STORY, title=_TRIBUNAL_TITLE, published="2025-09-12")
    (upheld,) = [f for f in rulings(facts) if f.respondent_key == "scheldt"]
    assert upheld.authority == "CBb"  # the same chamber: the tribunal, not another court
    assert "upheld" in statuses(upheld)
    assert statuses(by_amount(facts, "3400000")) >= {"appealed", "upheld"}
    # the appeal dismissed is Scheldt Marine's, not the one that won a cut
    assert "upheld" not in statuses(by_amount(facts, "6200000"))


# --- Appeals boards ----------------------------------------------------------------------


def test_an_appeals_board_cutting_a_penalty_is_a_ruling_by_that_board() -> None:
    facts = extract(
        "The state's environmental regulator fined Cedar Bend Lumber $175,000 in March 2024 "
        "for stormwater violations at its Alder Creek yard. Cedar Bend took the case to the "
        "Shorelines Hearings Board. In a decision issued last October, the board lowered the "
        "penalty to $110,000.",
        published="2025-02-10",
    )
    ruling = by_amount(facts, "110000")
    assert ruling.action == "ruling"
    assert ruling.authority == "Shorelines Hearings Board"
    assert ruling.respondent_key == "cedar"
    assert "reduced" in statuses(ruling)
    assert statuses(by_amount(facts, "175000")) >= {"appealed", "reduced"}


def test_a_companys_board_is_no_appeals_board() -> None:
    facts = extract(
        "The regulator fined Harlow Foods £60,000 in May. Harlow's board approved paying "
        "the penalty in full, and the board cut the dividend to 4p."
    )
    assert [f.action for f in facts] == ["fine"]


# --- Appeals told in other words ----------------------------------------------------------


def test_going_to_a_named_court_to_challenge_two_measures_appeals_both() -> None:
    facts = extract(
        "The Communications Authority of Kenya fined Savanna Telecom Ltd KSh 90 million on "
        "4 March for failing to verify prepaid subscribers. The authority also directed "
        "Savanna to disconnect all unverified lines within 14 days. Savanna has gone to the "
        "High Court in Nairobi to challenge both the fine and the directive."
    )
    fine = next(f for f in facts if f.action == "fine")
    order = next(f for f in facts if f.action == "order")
    assert "appealed" in statuses(fine)
    assert "appealed" in statuses(order)  # "both the fine and the directive"


def test_neither_party_having_appealed_is_not_appealed_for_each() -> None:
    facts = extract(
        "The Capital Markets Authority fined Baobab Securities Ltd KES 12 million on 3 May. "
        "Kwame Osei, its former chief executive, was fined KES 3 million. Wanjiru Kamau, the "
        "firm's auditor, was fined KES 1 million.\n\n"
        "Ms Kamau has filed an appeal with the tribunal. Neither the firm nor Mr Osei has "
        "appealed so far.",
        title="Baobab Securities fined over client money",
    )
    firm, osei, kamau = (by_amount(facts, n) for n in ("12000000", "3000000", "1000000"))
    for fact in (firm, osei):
        assert "not_appealed" in statuses(fact)
        assert "appealed" not in statuses(fact)  # Ms Kamau's appeal is hers
    assert "appealed" in statuses(kamau)


@pytest.mark.parametrize(
    "ruled",
    [
        "In April, the administrative court of Lyon rejected the operator's application to "
        "annul the €45,000 fine.",
        "The Administrative Court of Lyon has dismissed Rhodanis's action for annulment of "
        "the €45,000 fine.",
    ],
)
def test_a_court_rejecting_the_party_s_bid_to_annul_the_fine_upheld_it(ruled: str) -> None:
    facts = extract(
        "The prefect of the Rhône fined waste operator Rhodanis SAS €45,000 in 2024 for "
        f"storing tyres without a permit.\n\n{ruled}",
        title="Rhodanis loses challenge to fine",
    )
    assert {"upheld", "appealed"} <= statuses(by_amount(facts, "45000"))


def test_whose_appeal_against_the_decision_a_court_decided_is_the_party_fined() -> None:
    facts = extract(
        "- The Regional Court has cut a penalty imposed by the telecoms regulator from "
        "CZK 9 million to CZK 3 million.\n\n"
        "On 2 June 2025 the Regional Court in Brno partially upheld the appeal of Moravia "
        "Telekom a.s. against a decision of the regulator and reduced the penalty to "
        "CZK 3 million.\n\n"
        "**Related**\n\n"
        "In a separate decision, the regulator imposed a penalty of CZK 500,000 on cable "
        "operator Hanácký Kabel s.r.o. for late reporting.",
        title="Court cuts telecoms fine",
    )
    assert by_amount(facts, "9000000").respondent_key == respondent_key("Moravia Telekom a.s.")


# --- A court's hearing carried to what its judge did there --------------------------------


def test_a_judge_s_sanction_is_the_court_named_before_on_the_day_of_the_hearing() -> None:
    facts = extract(
        "Petra Lindqvist, 51, of Mill Lane, appeared at Wakefield Magistrates' Court on "
        "Thursday, where she admitted three breaches of the Health and Safety at Work etc. "
        "Act 1974.\n\n"
        "District Judge Omar Haddad fined Lindqvist £4,200 and imposed a prohibition order "
        "banning her from running a care home. Her firm, Brookside Care Ltd, was fined "
        "£18,500 for the same breaches.",
        published="2024-06-07",
    )
    for fact in (by_amount(facts, "4200"), by_amount(facts, "18500")):
        assert (fact.authority, fact.jurisdiction) == ("Wakefield Magistrates' Court", "GB")
        assert fact.date is not None and fact.date.text == "2024-06-06"


def test_a_court_s_passive_sanctions_in_the_next_sentence_are_the_same_court_s() -> None:
    facts = extract(
        "On Monday the Federal Court ordered Kestrel Finance Pty Ltd to pay penalties of "
        "$4.1 million for unconscionable conduct. Kestrel's managing director, Lena Voss, "
        "was ordered to pay a penalty of $250,000 and was disqualified from managing "
        "corporations for four years, in a case brought by ASIC.",
        published="2024-06-07",
    )
    director = by_amount(facts, "250000")
    assert director.authority == by_amount(facts, "4100000").authority
    assert director.authority and "Federal Court" in director.authority
    assert director.date is not None and director.date.text == "2024-06-03"


def test_the_court_later_in_an_article_is_the_court_named_before() -> None:
    facts = extract(
        "The Federal Court of Australia ordered Wattle Homes Pty Ltd to pay $3 million in "
        "penalties on Monday.\n\n**Earlier cases**\n\n"
        "In March, the Court ordered Ridgeline Roofing Pty Ltd to pay $900,000 in penalties "
        "in a case brought by the ACCC.",
        published="2024-06-07",
    )
    assert by_amount(facts, "900000").authority == "Federal Court of Australia"


def test_a_french_court_named_in_lower_case_is_the_court_ruling() -> None:
    facts = extract(
        "The prefect of the Gironde fined Vinoterra SAS €25,000 in 2023 for discharging "
        "effluent into the Garonne.\n\n"
        "On 3 May, the administrative court of Bordeaux (tribunal administratif de Bordeaux) "
        "rejected the company's application to annul the €25,000 fine."
    )
    (ruling,) = rulings(facts)
    assert ruling.authority == "tribunal administratif de Bordeaux"


def test_the_tribunal_of_english_copy_is_no_court_s_own_name() -> None:
    from assistant.fact_rulings import _COURT

    assert [m.group() for m in _COURT.finditer("the tribunal said the fine was fair")] == []


def test_the_same_chamber_s_second_judgment_is_of_the_same_day_not_the_decision_s() -> None:
    facts = extract(
        "The EU's General Court on Thursday cut the fine imposed on Belgian brewer Hopfen "
        "NV but dismissed the appeal brought by Dutch rival Gerstwerk BV.\n\n"
        "The European Commission fined the two companies in a decision of 2 March 2022, "
        "finding that they had fixed beer prices. Hopfen was fined €14 million and "
        "Gerstwerk €6 million.\n\n"
        "**Gerstwerk loses**\n\n"
        "In Case T-101/22, the same chamber rejected all of Gerstwerk's pleas.",
        published="2024-06-07",
    )
    second = [
        r for r in rulings(facts) if "Gerstwerk" in (r.respondent.text if r.respondent else "")
    ]
    assert second, [(r.respondent, r.date) for r in rulings(facts)]
    assert second[-1].date is not None and second[-1].date.text == "2024-06-06"


def test_a_further_measure_the_court_also_granted_is_of_the_judgment_s_day() -> None:
    facts = extract(
        "On Wednesday the Federal Court ordered Tidewater Loans Pty Ltd to pay a penalty of "
        "$1.2 million for misleading interest-rate advertising.\n\n"
        "**Penalty**\n\n"
        "The ASIC had asked for $3 million.\n\n"
        "**Other orders**\n\n"
        "The Court also granted an injunction restraining Tidewater, for two years, from "
        "advertising rates it does not offer.",
        published="2024-06-07",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is not None and order.date.text == "2024-06-05"


def test_a_tribunal_is_named_without_the_country_that_owns_it_even_of_two_words() -> None:
    facts = extract(
        "Sri Lanka's Consumer Credit Tribunal on Friday fined Kandy Quick Loans (Pvt) Ltd "
        "Rs. 4.5 million after a referral by the Central Bank.",
        title="Tribunal fines lender",
    )
    assert by_amount(facts, "4500000").authority == "Consumer Credit Tribunal"


def test_the_tribunal_is_the_tribunal_named_before_not_a_court_named_since() -> None:
    facts = extract(
        "Sri Lanka's Consumer Credit Tribunal on Friday fined Kandy Quick Loans (Pvt) Ltd "
        "Rs. 4.5 million after a referral by the Central Bank.\n\n"
        "Kandy Quick Loans said it may appeal to the Court of Appeal in Colombo.\n\n"
        "In a separate matter, the tribunal fined Galle Easy Credit Ltd Rs. 900,000.",
        title="Tribunal fines lenders",
    )
    assert by_amount(facts, "900000").authority == "Consumer Credit Tribunal"


def test_a_fine_passed_at_a_court_is_that_courts_and_an_address_is_no_party() -> None:
    facts = extract(
        "Harbour Lane Shellfish Ltd, which runs two oyster boats out of Whitstable, was fined "
        "£35,000 at Canterbury Magistrates' Court on Monday.\n\n"
        "Its skipper Tom Ridley, 52, of Marine Parade, Whitstable, was fined £1,500.",
        title="Oyster firm and skipper fined",
    )
    company = by_amount(facts, "35000")
    assert company.authority == "Canterbury Magistrates' Court"
    skipper = by_amount(facts, "1500")
    assert skipper.respondent is not None
    assert respondent_key(skipper.respondent.text, personal=True) == "ridley"


def test_what_the_company_admitted_is_the_companys_not_its_directors() -> None:
    facts = extract(
        "Tamar Valley Joinery Ltd was fined £24,000 at Truro Magistrates' Court on Friday.\n\n"
        "Its director Mark Polglase, 58, was fined £2,000.\n\n"
        "The company pleaded guilty to an offence under section 14 of the Factories Act 1961.",
        title="Joinery firm and director fined",
    )
    assert labels(by_amount(facts, "24000")) == {"Factories Act 1961 Sec. 14"}
    assert labels(by_amount(facts, "2000")) == set()


def test_one_judgment_ruling_on_several_parties_fines_is_a_ruling_for_each() -> None:
    facts = extract(
        "The Polish competition office UOKiK fined three dairies for a cartel in 2022.\n\n"
        "On Monday the Regional Court in Gdańsk reduced the fine on Mleczarnia Bałtyk S.A. from "
        "PLN 40 mln to PLN 30 mln, upheld the fine on Serowar Kaszuby sp. z o.o., and annulled "
        "the decision as regards Jogurtownia Żuławy S.A.",
        title="Court rules on dairy cartel fines",
    )
    ruled = {respondent_key(f.respondent.text) for f in rulings(facts) if f.respondent}
    assert ruled == {"mleczarnia", "serowar", "jogurtownia"}


def test_a_court_dismissing_the_party_s_challenge_upholds_the_measure() -> None:
    # No "to annul" after it: what the application was for is told in the sentence before.
    facts = extract(
        "The rail inspectorate fined Ferrovia Nord SpA €40,000. Ferrovia Nord went to the "
        "Regional Administrative Court to challenge the fine, but in June the court rejected "
        "its challenge."
    )
    assert "upheld" in statuses(by_amount(facts, "40000"))


# --- Outcomes of one judgment, party by party -----------------------------------------------


def test_a_judgment_gives_each_party_the_outcome_of_its_own_clause() -> None:
    facts = extract(
        "The Competition Office fined Alder Stavby a.s. CZK 40 mil. and Birchwood Roads s.r.o. "
        "CZK 10 mil. in 2023 and banned Birchwood Roads s.r.o. from public tenders.\n\n"
        "On Monday the Regional Court in Ostrava reduced the fine on Alder Stavby a.s. to "
        "CZK 30 mil. and annulled the decision as regards Birchwood Roads s.r.o., sending "
        "that part of the case back to the office.",
        published="2025-09-10",
    )

    def statuses(action: str, who: str) -> set[str]:
        fact = next(f for f in facts if f.action == action and f.respondent.text.startswith(who))
        return {s.status for s in fact.statuses}

    assert "overturned" not in statuses("fine", "Alder")
    assert "reduced" not in statuses("fine", "Birchwood")
    assert "overturned" in statuses("fine", "Birchwood")
    assert "overturned" in statuses("ban", "Birchwood")  # the whole decision, as regards it


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Hale has not, so far as we are aware, challenged her suspension.",
        "Kestrel said it accepted the order and would not contest the fine.",
    ],
)
def test_a_party_not_challenging_the_measure_has_not_appealed(sentence: str) -> None:
    facts = extract(
        "The Civil Aviation Authority fined Kestrel Air Ltd £40,000 on 6 May and suspended the "
        f"licence of its training captain, Jo Hale, for three months.\n\n{sentence}"
    )
    assert any(s.status == "not_appealed" for f in facts for s in f.statuses)


# --- A court's new figure is the court's, never another fine by the regulator -------------


_FINED = "The Energy Regulatory Office fined Norte Cimentos SA €12 million in 2023. "


@pytest.mark.parametrize(
    ("told", "figure"),
    [
        ("On 3 March the Lisbon Court of Appeal reduced it to about €7 million.", "7000000"),
        ("On 3 March the Lisbon Court of Appeal raised the fine to €15 million.", "15000000"),
        ("On 3 March the Lisbon Court of Appeal increased the penalty to €15m.", "15000000"),
        ("On 3 March the Lisbon Court of Appeal halved the fine, to €6 million.", "6000000"),
        (
            "On 3 March the Lisbon Court of Appeal partially upheld the claim and reduced the "
            "fine to 5,000 monthly units, equivalent to around €7 million (US$7.6 million).",
            "7000000",
        ),
    ],
)
def test_a_court_s_figure_is_its_ruling_not_a_new_fine(told: str, figure: str) -> None:
    facts = extract(_FINED + told, published="2024-03-10")
    fines = [f for f in facts if f.action == "fine"]
    assert [f.date.text if f.date else None for f in fines] == ["2023"], fines
    (ruling,) = rulings(facts)
    assert ruling.amount is not None and ruling.amount.amount == Decimal(figure)
    assert ruling.authority == "Lisbon Court of Appeal"


def test_a_court_confirming_the_fine_by_its_sum_sets_no_figure_of_its_own() -> None:
    facts = extract(
        _FINED + "On 3 March the Lisbon Court of Appeal confirmed the €12 million fine.",
        published="2024-03-10",
    )
    fine = by_amount(facts, "12000000")  # the one fine, told again
    assert fine.action == "fine" and "upheld" in statuses(fine)
    (ruling,) = rulings(facts)
    assert ruling.amount is None and ruling.authority == "Lisbon Court of Appeal"


def test_by_how_much_a_court_cut_a_fine_is_no_one_s_fine() -> None:
    facts = extract(
        _FINED + "On 3 March the Lisbon Court of Appeal reduced the fine by €5 million.",
        published="2024-03-10",
    )
    assert sorted(f.amount.text for f in facts if f.amount) == ["€12 million"]
    assert len(rulings(facts)) == 1


def test_a_court_hearing_that_something_rose_is_no_ruling() -> None:
    facts = extract(
        _FINED + "On 3 March the Lisbon Court of Appeal heard that profits increased to €50m.",
        published="2024-03-10",
    )
    assert rulings(facts) == []


# --- A court told of by a pronoun, an acronym, a fact box ----------------------------------


def test_it_after_a_sentence_about_a_court_is_the_court_even_after_an_opening_phrase() -> None:
    facts = extract(
        "The Danish Financial Supervisory Authority fined Nordhavn Pension A/S DKK 4 million "
        "in May 2023 for weak controls.\n\n"
        "The Copenhagen Commercial Court has shown it will revisit such fines. In a judgment of "
        "12 March 2025, it reduced the fine imposed by the authority in 2021 on broker Sundby "
        "Capital ApS from DKK 900,000 to DKK 450,000, citing the firm's cooperation."
    )
    (ruling,) = rulings(facts)
    assert ruling.amount is not None and ruling.amount.amount == Decimal("450000")
    assert ruling.date is not None and ruling.date.text == "2025-03-12"
    assert {"appealed", "reduced"} <= statuses(by_amount(facts, "900000"))


def test_a_court_named_in_its_own_language_goes_by_the_initials_given_in_brackets() -> None:
    facts = extract(
        "**Court:** Tribunal Administrativo de Círculo de Lisboa (TACL), Portugal\n"
        "**Judgment:** Acórdão No. 88/2025, 9 June 2025\n\n"
        "The TACL has annulled the decision by which the Autoridade da Concorrência fined "
        "Bilhetes Lusos S.A. €410,000 for abuse of dominance.\n\n"
        "In 2022, by contrast, the TACL upheld the authority's fine of €95,000 on Transportes "
        "Minho Lda."
    )
    found = rulings(facts)
    assert [f.authority for f in found] == ["TACL", "TACL"]
    assert found[0].date is not None and found[0].date.text == "2025-06-09"
    assert found[1].date is not None and found[1].date.text == "2022"
    assert "overturned" in statuses(by_amount(facts, "410000"))


def test_a_court_rejecting_the_party_s_appeal_is_a_ruling_upholding_its_fine() -> None:
    facts = extract(
        "The Administrative Court of Ruritania on Tuesday annulled a €40,000 fine that the "
        "consumer agency had imposed on the retailer Kestrel Stores for misleading labels.\n\n"
        "In a second judgment handed down the same day, the court rejected an appeal by "
        "furniture maker Birchwood Interiors, leaving in place a fine of €18,000 for selling "
        "unsafe cots."
    )
    ruled = {f.respondent.text: f for f in rulings(facts)}
    assert set(ruled) == {"Kestrel Stores", "Birchwood Interiors"}
    assert "upheld" in statuses(by_amount(facts, "18000"))


def test_a_figure_the_judgment_confirmed_had_set_is_the_lower_court_s_ruling() -> None:
    facts = extract(
        "In March 2024 the Competition Authority of Ruritania fined the bakery chain Pekara "
        "Novak €4 million for abusing its dominance.\n\nOn Wednesday the Supreme Court of "
        "Cassation dismissed the Competition Authority's appeal on points of law and confirmed "
        "the judgment of the Belgrade Court of Appeal, which had reduced the fine on the bakery "
        "chain from €4 million to €2,500,000. The decision is final."
    )
    by_court = {f.authority: f for f in rulings(facts)}
    assert by_court.pop("Belgrade Court of Appeal").amount.amount == Decimal("2500000")
    # The top court: by its name, or as Serbia's listed one now that Belgrade places it.
    (top,) = by_court.values()
    assert top.amount is None


def test_a_court_name_two_countries_share_is_the_story_s_country_s_court() -> None:
    # "Supreme Court of Justice" is Moldova's and the Dominican Republic's: in a story about
    # Moldova's energy regulator, Moldova's.
    facts = extract(
        "Moldova's energy regulator ANRE fined gas supplier Prut Gaz Distribuție MDL 2.1 "
        "million in May 2024 for billing customers on estimated readings.\n\n"
        "Prut Gaz appealed. On 3 December 2025 the Supreme Court of Justice (Curtea Supremă de "
        "Justiție, CSJ) dismissed the supplier's appeal and upheld the fine in full.",
        published="2025-12-10",
    )
    ruling = next(f for f in facts if f.action == "ruling")
    assert (ruling.authority, ruling.jurisdiction) == ("CSJ (MD)", "MD")
