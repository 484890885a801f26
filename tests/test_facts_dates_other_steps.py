"""The day of the decision, not the day of another step told beside it: the party's appeal,
a tribunal's ruling, the harm the penalty punishes; and the day told in a sentence or a
paragraph of its own (invented articles, in the styles of wires and court reports)."""

from __future__ import annotations

from assistant.facts import Fact
from tests.test_facts_general import by_amount, extract


def _dated(fact: Fact | None) -> str | None:
    return fact.date.text if fact is not None and fact.date else None


def test_a_fine_imposed_by_a_named_body_on_a_day_is_not_dated_by_the_appeal_against_it() -> None:
    facts = extract(
        "Akwaaba Savings filed an appeal on May 14 against the GH¢2 million fine imposed by "
        "the Bank of Ghana on April 28 for breaches of its liquidity rules.\n",
        published="2025-05-20",
    )
    assert _dated(by_amount(facts, "2000000")) == "2025-04-28"


def test_a_weekday_in_a_clause_telling_the_partys_appeal_does_not_date_the_fine() -> None:
    facts = extract(
        "The Competition Commission of South Africa said on Monday it had fined Karoo Cement "
        "R45 million for price fixing, and on Thursday Karoo said it would appeal.\n",
        published="2025-01-10",
    )
    fine = by_amount(facts, "45000000")
    assert _dated(fine) != "2025-01-09"
    assert (fine.announced.text if fine.announced else None) == "2025-01-06"


def test_a_penalty_dated_in_the_next_paragraph_of_a_wire_is_dated_by_it() -> None:
    facts = extract(
        "KINGSTON, March 14 (CBW) - Jamaica's Fair Trading Commission has fined Blue Mountain "
        "Motors J$4 million for bait advertising.\n\n"
        "The penalty was imposed by the commission on Tuesday after a six-month inquiry.\n\n"
        "The dealer said it was studying the decision.\n",
        published="2025-03-14",
    )
    assert _dated(by_amount(facts, "4000000")) == "2025-03-11"


def test_a_tribunal_named_by_its_common_noun_rules_on_its_own_day_not_the_fines() -> None:
    facts = extract(
        "The Kenya Competition Authority fined Savanna Dairies KSh 12 million on Sept. 3, 2024 "
        "for abuse of buyer power, a decision upheld by the tribunal on Monday.\n",
        published="2025-02-20",
    )
    assert _dated(by_amount(facts, "12000000")) == "2024-09-03"
    (ruling,) = [f for f in facts if f.action == "ruling"]
    assert _dated(ruling) == "2025-02-17"


def test_a_court_report_dates_the_fines_by_the_sentencing_not_by_the_accident() -> None:
    facts = extract(
        "A Suva joinery has been fined FJ$18,000 after an apprentice lost three fingers in an "
        "unguarded planer at its Nabua workshop last year.\n\n"
        "Koro Island Joinery Pte Limited was sentenced in the Suva Magistrates Court on "
        "Wednesday after admitting a charge under the Health and Safety at Work Act 1996, "
        "brought by the Ministry of Employment.\n\n"
        "Its manager, Semi Rabuka, was fined FJ$1,500 for failing to supervise the "
        "apprentice.\n",
        published="2025-08-22",
    )
    assert _dated(by_amount(facts, "18000")) == "2025-08-20"
    assert _dated(by_amount(facts, "1500")) == "2025-08-20"


def test_a_notice_issued_the_next_day_is_dated_the_day_after_the_accident_told_before() -> None:
    facts = extract(
        "A Cork quarry operator has been fined €60,000 after a dumper truck overturned on an "
        "unprotected haul road.\n\n"
        "Ballyvourney Aggregates Ltd was sentenced at Cork Circuit Court on Monday.\n\n"
        "The court heard that the driver was trapped in the cab on the evening of 2 March 2024 "
        "and was freed by fire crews after three hours.\n\n"
        "Inspectors visited the quarry the following morning and issued a prohibition notice "
        "stopping all work on the haul road until edge protection was built.\n",
        published="2025-06-04",
    )
    (notice,) = [f for f in facts if f.action == "order"]
    assert _dated(notice) == "2024-03-03"


def test_a_daily_penalty_running_after_a_deadline_is_not_dated_by_the_deadline() -> None:
    facts = extract(
        "On 12 May the Energy Regulatory Commission fined Highveld Power KES 4 million for "
        "failing to report outages.\n\n"
        "The commission also imposed a daily penalty of KES 20,000 for each day that the "
        "outstanding outage reports remain unfiled after 30 June 2025.\n",
        published="2025-05-20",
    )
    assert _dated(by_amount(facts, "20000")) != "2025-06-30"


def test_late_mid_and_end_of_a_month_date_the_decision_in_the_year_before_publication() -> None:
    for opening in ("In late December", "In mid-December", "At the end of December"):
        facts = extract(
            f"{opening} the Capital Markets Authority of Uganda fined Entebbe Securities Ltd "
            "UGX 150 million for late filings.\n",
            published="2025-01-14",
        )
        assert _dated(by_amount(facts, "150000000")) == "2024-12", opening


def test_by_the_end_of_a_month_is_still_a_deadline_not_the_decisions_month() -> None:
    facts = extract(
        "The Tokyo government also issued a business improvement order requiring Sakura "
        "Cosmetics to report back by the end of September.\n",
        published="2025-07-03",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert _dated(order) is None


def test_a_day_told_after_a_past_step_is_past_though_the_sentence_looks_ahead() -> None:
    facts = extract(
        "Entebbe Securities said it would appeal the UGX 150 million fine imposed by the "
        "Capital Markets Authority of Uganda on Tuesday.\n\n"
        "Kampala Brokers said it would challenge Tuesday's decision by the authority to fine "
        "it UGX 40 million.\n",
        published="2025-03-14",
    )
    assert _dated(by_amount(facts, "150000000")) == "2025-03-11"
    assert _dated(by_amount(facts, "40000000")) == "2025-03-11"


def test_a_fine_paid_later_is_the_same_fine_whatever_other_day_its_sentence_gives() -> None:
    facts = extract(
        "On 16 June the prefecture fined Alpes Granulats SAS €30,000 for operating a crusher "
        "without a permit.\n\n"
        "Alpes Granulats paid the €30,000 fine in July, but has not paid the daily penalty, "
        "for which a payment demand was issued at the end of October.\n",
        published="2025-11-20",
    )
    assert _dated(by_amount(facts, "30000")) == "2025-06-16"


def test_a_translated_release_dates_its_decision_by_a_dotted_numeric_date() -> None:
    facts = extract(
        "By decision of 19.12.2024, the Commission for Protection of Competition fined "
        "Balkan Dairy AD BGN 1.4 million for resale price maintenance.\n",
        published="2025-01-15",
    )
    assert _dated(by_amount(facts, "1400000")) == "2024-12-19"


def test_a_press_releases_place_and_day_is_the_announcement_not_the_decision() -> None:
    facts = extract(
        "PRESS RELEASE\n\n"
        "Lisbon, 14 March 2025 — The Competition Authority has fined Tejo Logistica SA "
        "€2.3 million for taking part in a cartel. The decision was adopted on 27 February "
        "2025.\n",
        published="2025-03-14",
    )
    fine = by_amount(facts, "2300000")
    assert _dated(fine) == "2025-02-27"
    assert fine.announced is not None and fine.announced.text == "2025-03-14"


def test_a_sentence_opening_on_a_weekday_and_a_day_is_no_dateline() -> None:
    facts = extract(
        "On Tuesday, 11 March, the Competition Authority fined Tejo Logistica SA €2.3 million "
        "for taking part in a cartel.\n",
        published="2025-03-14",
    )
    assert _dated(by_amount(facts, "2300000")) == "2025-03-11"


def test_a_case_note_dates_each_ruling_by_its_fact_box_and_a_fine_of_the_same_decision() -> None:
    facts = extract(
        "**Court:** High Administrative Court of the Republic of Croatia\n"
        "**Judgment of:** 9 September 2025\n\n"
        "**Summary**\n\n"
        "The High Administrative Court partly upheld the action of the retailer Dalmacija "
        "Trgovina d.o.o. and reduced its fine from EUR 900,000 to EUR 600,000. It dismissed the "
        "separate action of the dairy Lika Mlijeko d.d., leaving its fine of EUR 150,000 "
        "unchanged.\n\n"
        "**The Agency's decision**\n\n"
        "In its decision of 12 March 2024, the Competition Agency fined Dalmacija Trgovina "
        "EUR 900,000 for imposing unfair listing fees on suppliers.\n\n"
        "In the same decision the Agency found that Lika Mlijeko had fixed resale prices with "
        "the retailer and fined Lika Mlijeko EUR 150,000.\n",
        published="2025-09-16",
    )
    assert _dated(by_amount(facts, "150000")) == "2024-03-12"
    rulings = [f for f in facts if f.action == "ruling"]
    assert rulings and all(_dated(r) == "2025-09-09" for r in rulings), [
        (r.respondent, _dated(r)) for r in rulings
    ]


def test_a_fine_a_court_annulled_keeps_the_day_it_was_imposed_on_its_party() -> None:
    facts = extract(
        "The Court of Appeal of Lisbon on 3 October overturned a penalty of €400,000 that the "
        "energy regulator ERSE had imposed on gas distributor Beira Gás Distribuição SA in "
        "March 2023. The court ruled that the inspection report was drawn up too late.\n",
        published="2024-10-10",
    )
    assert _dated(by_amount(facts, "400000")) == "2023-03"
