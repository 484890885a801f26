"""A measure's date: the measures of one decision told in several sentences and paragraphs
have the day of the decision told first, whatever a later decision or a later event's day
says (invented articles)."""

from __future__ import annotations

from assistant.facts import Fact
from tests.test_facts_general import by_amount, extract


def _dated(fact: Fact) -> str | None:
    return fact.date.text if fact.date else None


def test_measures_told_at_the_same_time_keep_the_decisions_day_not_a_later_events() -> None:
    facts = extract(
        "Marisol Telecom has paid the fine the regulator imposed in March, but disputes the "
        "daily penalties.\n\n"
        "**Background**\n\n"
        "On 3 March, ARCEP fined Marisol Telecom EUR 2 million for missing its coverage "
        "obligations in rural districts.\n\n"
        "The regulator at the same time ordered the operator to repair 30 masts by 30 April "
        "2025, and warned that a daily penalty of EUR 10,000 would apply for every day after "
        "that deadline.\n\n"
        "The deadline was missed. ARCEP said its inspectors verified on 19 May that the work was "
        "finished, which means the daily penalty ran for the whole of May.\n",
        published="2025-06-20",
    )
    assert _dated(by_amount(facts, "2000000")) == "2025-03-03"
    assert _dated(by_amount(facts, "10000")) == "2025-03-03"
    (order,) = [f for f in facts if f.action == "order"]
    assert _dated(order) == "2025-03-03"


def test_an_also_measure_paragraphs_on_is_not_dated_by_the_later_decision_liquidating_it() -> None:
    facts = extract(
        "**A heavy fine in January**\n\n"
        "On 9 January 2025, the Autorité de régulation des communications électroniques (ARCEP) "
        "imposed a fine of EUR 4 million on Vireo Mobile SA for failing to meet its licence "
        "obligations.\n\n"
        "The regulator relied on Article L36-11 of the Postal and Electronic Communications "
        "Code.\n\n"
        "ARCEP also ordered Vireo to submit a network plan by 1 March 2025, with a penalty of "
        "EUR 20,000 per day of delay.\n\n"
        "**Late**\n\n"
        "In a decision of 2 May 2025, ARCEP liquidated the penalty at EUR 600,000.\n",
        published="2025-06-02",
    )
    assert _dated(by_amount(facts, "4000000")) == "2025-01-09"
    assert _dated(by_amount(facts, "20000")) == "2025-01-09"


def test_the_same_decision_named_under_another_heading_has_that_decisions_day() -> None:
    facts = extract(
        "**The decision**\n\n"
        "By Decision No. 77 of 12 March 2024, the Competition Council fined building-materials "
        "maker Ferroval SA RON 9 million for abusing its dominant position.\n\n"
        "**The appeal**\n\n"
        "Ferroval challenged the fine before the Bucharest Court of Appeal, which cut it to "
        "RON 6 million on 3 February 2025.\n\n"
        "**The distributor**\n\n"
        "The same Competition Council decision fined distributor Cartel Trans SRL RON 1 million. It did "
        "not appeal.\n",
        published="2025-02-10",
    )
    assert _dated(by_amount(facts, "1000000")) == "2024-03-12"


def test_a_wires_dateline_does_not_date_a_measure_told_apart_from_the_fine() -> None:
    facts = extract(
        "NAIROBI, May 14 (Eastwire) - Kenya's Competition Tribunal on Tuesday fined grocery "
        "chain Mavuno Stores KSh 40 million for abusing its buyer power over suppliers.\n\n"
        "The tribunal found that Mavuno had delayed payments to small suppliers for up to "
        "180 days.\n\n"
        "Apart from the fine, the tribunal ordered the retailer to refund KSh 12 million in "
        "listing fees to about 300 suppliers within 90 days.\n",
        published="2025-05-14",
    )
    assert _dated(by_amount(facts, "40000000")) == "2025-05-13"
    (order,) = [f for f in facts if f.action == "order"]
    assert _dated(order) == "2025-05-13"


def test_the_same_day_as_a_named_partys_decision_is_that_decisions_day() -> None:
    facts = extract(
        "On 12 March 2025, the Communications Authority fined Tamarind Mobile Ltd KSh 90 "
        "million for poor call quality.\n\n"
        "Tamarind appealed. On 4 June, the High Court rejected its application to suspend the "
        "decision pending the ruling on the merits.\n\n"
        "On the same day as the Tamarind decision, the Communications Authority fined the "
        "smaller operator Kilima Net KSh 8 million for similar failings.\n",
        published="2025-06-20",
    )
    assert _dated(by_amount(facts, "8000000")) == "2025-03-12"


def test_a_decision_adopted_on_a_weekday_dates_the_fine_the_wires_dateline_announced() -> None:
    for place in ("LIMA", "BOGOTÁ"):
        facts = extract(
            f"{place}, March 6 (Andes Wire) - The competition regulator SIC has fined coffee "
            "exporter Cafetal Andino 2,400 million pesos for fixing prices, the regulator said on "
            "Thursday.\n\n"
            "The superintendency adopted the decision on Tuesday after a two-year "
            "investigation.\n",
            published="2025-03-06",
        )
        fine = by_amount(facts, "2400000000")
        assert _dated(fine) == "2025-03-04", place
        assert fine.announced is not None and fine.announced.text == "2025-03-06"


def test_a_sentence_opening_on_the_day_a_body_acted_dates_its_measures_told_next() -> None:
    facts = extract(
        "**The Council's decision**\n\n"
        "On 14 March 2024 the Plenum of the Competition Council found that SRL Vesta Retail had "
        "imposed unfair listing fees on its suppliers. The chain had charged the fees since "
        "2019.\n\n"
        "The Council held that this infringed Article 11 of Law No. 183/2012 on Competition and "
        "imposed a fine of MDL 4 million.\n\n"
        "**The appeal**\n\n"
        "Vesta challenged only the fine. On 3 April 2025, the Chișinău Court of Appeal accepted "
        "that the abuse had been proven but found the turnover wrongly calculated. It reduced "
        "the fine to MDL 3 million.\n",
        published="2025-06-10",
    )
    assert _dated(by_amount(facts, "4000000")) == "2024-03-14"
    assert _dated(by_amount(facts, "3000000")) == "2025-04-03"


def test_the_period_a_wrong_lasted_does_not_date_its_fine() -> None:
    facts = extract(
        "Telecoms regulator OSIPTEL imposed a fine of S/ 420,000 on mobile operator Costa Verde "
        "Móvil S.A.C. for failing to meet coverage standards in four regions during 2024.\n\n"
        "The fine was issued by the regulator's sanctions directorate on March 3. Costa Verde "
        "has asked for it to be reconsidered.\n",
        published="2025-03-20",
    )
    assert _dated(by_amount(facts, "420000")) == "2025-03-03"


def test_what_a_press_release_reports_undated_was_announced_the_day_of_the_release() -> None:
    facts = extract(
        "Columbus, OH – The Ohio Environmental Protection Agency (Ohio EPA) today announced that "
        "Buckeye Renderers LLC will pay a civil penalty of $640,000 for air permit violations at "
        "its plant in Marion.\n\n"
        "Inspectors found that the plant's odour scrubbers had been bypassed for months.\n\n"
        "The company's maintenance contractor, Lakeside Mechanical Inc., signed a separate "
        "order and agreed to pay a civil penalty of $45,000.\n",
        published="2025-09-16",
    )
    contractor = by_amount(facts, "45000")
    assert contractor.date is None
    assert contractor.announced is not None and contractor.announced.text == "2025-09-16"


def test_another_regulators_also_is_not_a_measure_of_the_decision_told_before() -> None:
    facts = extract(
        "Last year, the CNIL ordered Facemesh Inc to stop collecting photos of people in France "
        "and to delete their data.\n\n"
        "This is not the only fine imposed on Facemesh. The Dutch Data Protection Authority has "
        "also imposed a penalty of €9 million for similar reasons.\n",
        published="2025-05-06",
    )
    assert _dated(by_amount(facts, "9000000")) != "2024"


def test_a_paragraph_opening_on_a_separate_decision_made_public_has_its_own_day() -> None:
    facts = extract(
        "On 10 February, the Energy and Water Utilities Regulatory Authority (EWURA) fined "
        "Pwani Power Ltd TSh 90 million for repeated outages in Tanga.\n\n"
        "**Fuel stations fined**\n\n"
        "In a separate decision published on its website last Friday, EWURA fined two fuel "
        "retailers for selling petrol above the cap price. Mto Petroleum was fined TSh 6 "
        "million and Kilele Oil TSh 4 million.\n",
        published="2025-03-19",
    )
    for amount in ("6000000", "4000000"):
        fact = by_amount(facts, amount)
        assert _dated(fact) == "2025-03-14", amount
        assert fact.announced is not None and fact.announced.text == "2025-03-14", amount


def test_a_day_opening_a_sentence_whose_subject_is_another_body_does_not_date_the_fine() -> None:
    facts = extract(
        "**Rivalta Telecom: fine reduced on appeal**\n\n"
        "Earlier this month, the Council of State partially upheld an appeal by Rivalta Telecom "
        "S.p.A. On 6 May it confirmed the AGCM's finding that Rivalta had billed customers for "
        "unrequested services, but cut the fine from EUR 3 mln to EUR 2.1 mln.\n",
        published="2025-05-20",
    )
    assert _dated(by_amount(facts, "3000000")) != "2025-05-06"


def test_what_the_same_settlement_requires_has_its_day_whoever_the_copy_credits() -> None:
    facts = extract(
        "## New Jersey: $2.1m settlement with Harbor Crest Casino\n\n"
        "The New Jersey Casino Control Commission on Tuesday approved a stipulation of "
        "settlement under which Harbor Crest Casino LLC will pay $2.1m to resolve a complaint "
        "filed by the Division of Gaming Enforcement. The division alleged that the Atlantic "
        "City casino failed to file suspicious activity reports.\n\n"
        "Under the same settlement the company's former chief operating officer, Martin Greer, "
        "will pay a $150,000 fine and surrender his casino key employee licence. He agreed not "
        "to reapply for any New Jersey casino licence for eight years.\n",
        published="2025-08-15",
    )
    (ban,) = [f for f in facts if f.action == "ban"]
    assert _dated(ban) == "2025-08-12"
