"""The day of the decision an article tells apart from the sentence stating its measures: a
board approving the fine told before, a dated order naming the parties whose measures the
article goes on to tell (invented articles)."""

from __future__ import annotations

from assistant.facts import Fact
from tests.test_facts_general import by_amount, extract


def _dated(fact: Fact) -> str | None:
    return fact.date.text if fact.date else None


def test_a_wires_fine_is_dated_by_the_board_approving_it_not_left_to_the_day_it_was_said() -> None:
    facts = extract(
        "NAIROBI, March 13 (Wire) - The Communications Authority of Kenya has fined Safari Tel "
        "KSh 20 million over repeated dropped calls in Mombasa, the regulator said on Thursday.\n\n"
        "The authority's board approved the penalty at a meeting on Tuesday, finding that the "
        "operator had breached its licence.\n\n"
        "The authority also ordered Safari Tel to upgrade 40 base stations within 60 days.\n",
        published="2025-03-13",
    )
    assert _dated(by_amount(facts, "20000000")) == "2025-03-11"
    (order,) = [f for f in facts if f.action == "order"]
    assert _dated(order) == "2025-03-11"


def test_a_council_ratifying_the_sanction_on_a_weekday_dates_the_fine() -> None:
    facts = extract(
        "Lisbon - Portugal's competition authority, the Autoridade da Concorrência, has fined "
        "builder Construtora Atlântica EUR 3.2 million for bid rigging, it said on Friday.\n\n"
        "The authority's board ratified the sanction on Wednesday after hearing the company.\n",
        published="2025-05-09",
    )
    assert _dated(by_amount(facts, "3200000")) == "2025-05-07"


def test_a_dated_order_naming_two_parties_dates_the_measures_told_under_a_later_heading() -> None:
    facts = extract(
        "**Client Alert**\n\n"
        "On Tuesday, the Securities and Exchange Commission (SEC) issued an order simultaneously "
        "filing and settling charges against Brightwater Advisers LLC and its founder, Paul "
        "Marsh, for misleading clients about fees.\n\n"
        "**The Conduct**\n\n"
        "According to the order, between March 2020 and May 2023 Marsh charged clients fees "
        "that the firm's brochure did not disclose.\n\n"
        "**The Sanctions**\n\n"
        "Without admitting or denying the findings, Brightwater agreed to pay a $2 million civil "
        "penalty. Marsh agreed to pay a civil penalty of $150,000 and is barred from the "
        "securities industry for three years.\n\n"
        "**Background**\n\n"
        "In 2019, FINRA fined Brightwater $40,000 for late filings.\n",
        published="2025-06-19",
    )
    assert _dated(by_amount(facts, "2000000")) == "2025-06-17"
    assert _dated(by_amount(facts, "150000")) == "2025-06-17"
    assert _dated(by_amount(facts, "40000")) == "2019"


def test_a_decision_adopted_against_a_company_and_its_director_dates_each_ones_measures() -> None:
    facts = extract(
        "On 14 May 2025 the Croatian Competition Agency (AZTN) adopted a decision against olive "
        "oil producer Jadran Ulje d.d. and its director, Marko Babić, over a price-fixing "
        "scheme.\n\n"
        "**What the agency found**\n\n"
        "Between 2019 and 2022 the company agreed prices with two rivals.\n\n"
        "**Penalties**\n\n"
        "Jadran Ulje must pay a fine of EUR 410,000. Babić must pay a fine of EUR 12,000.\n",
        published="2025-05-20",
    )
    assert _dated(by_amount(facts, "410000")) == "2025-05-14"
    assert _dated(by_amount(facts, "12000")) == "2025-05-14"


def test_an_announcement_of_an_order_issued_earlier_does_not_date_it_by_the_announcement() -> None:
    facts = extract(
        "On 20 May 2025, the Ghana Data Protection Commission announced that it had issued an "
        "order against Volta Pay Limited, imposing a penalty of GH₵ 400,000. The order is dated "
        "12 May 2025.\n\n"
        "Volta Pay must also appoint a data protection officer within 30 days.\n",
        published="2025-05-22",
    )
    assert _dated(by_amount(facts, "400000")) == "2025-05-12"


def test_a_tribunals_fine_does_not_take_the_day_of_the_high_court_judgment_reviewing_it() -> None:
    facts = extract(
        "The Competition Tribunal of Zambia fined Savanna Foods Ltd K2 million for abusing its "
        "dominance in maize milling. Savanna appealed to the High Court.\n\n"
        "In a judgment delivered on 9 June 2025, the High Court reduced the fine to K1.2 "
        "million.\n",
        published="2025-06-20",
    )
    fine = by_amount(facts, "2000000")
    assert fine.action == "fine" and _dated(fine) != "2025-06-09"
    assert _dated(by_amount(facts, "1200000")) == "2025-06-09"


def test_an_upheld_tribunal_penalty_keeps_no_day_of_the_judgment_upholding_it() -> None:
    facts = extract(
        "Kenya's Competition Tribunal ordered Mara Cement to pay a penalty of KSh 40 million. "
        "The company appealed.\n\n"
        "In a judgment handed down on 3 March 2025, the High Court of Kenya upheld the "
        "penalty.\n",
        published="2025-03-10",
    )
    assert _dated(by_amount(facts, "40000000")) != "2025-03-03"
    (ruling,) = [f for f in facts if f.action == "ruling"]
    assert _dated(ruling) == "2025-03-03"


def test_the_month_of_the_wrong_a_fine_is_for_is_not_the_fines_date() -> None:
    facts = extract(
        "The Environment Agency said on Friday it had accepted an enforcement undertaking from "
        "Severn Creameries, which will pay £40,000 to a river trust.\n\n"
        "In a separate case announced the same day, the agency fined Shropshire pig farmer Tom "
        "Allard £6,500 for a slurry lagoon overflow in February that polluted a brook.\n",
        published="2025-06-07",
    )
    fine = by_amount(facts, "6500")
    assert _dated(fine) != "2025-02"
    assert (fine.date or fine.announced).text == "2025-06-06"


def test_a_penalty_for_late_filings_in_a_month_is_dated_by_its_decision_not_that_month() -> None:
    facts = extract(
        "On 12 May 2025 the Securities Commission Malaysia issued a decision against Bayu "
        "Resources Bhd.\n\n"
        "The commission penalised Bayu Resources RM250,000 for late filings in January 2024.\n",
        published="2025-05-20",
    )
    assert _dated(by_amount(facts, "250000")) == "2025-05-12"


def test_a_monthly_round_ups_undated_items_take_its_month() -> None:
    facts = extract(
        "*This issue covers the enforcement actions of October 2024.*\n\n"
        "### Kenya: ODPC fines Jambo Lenders\n\n"
        "The Office of the Data Protection Commissioner (ODPC) fined digital lender Jambo "
        "Lenders KSh 2.5 million for sending debt-shaming messages to borrowers' contacts.\n\n"
        "### Nigeria: NDPC penalises Okoro Health\n\n"
        "The Nigeria Data Protection Commission (NDPC) imposed a fine of ₦12 million on Okoro "
        "Health Ltd on 14 October for exposing patient records.\n",
        title="Africa privacy enforcement round-up",
        published="2024-11-05",
    )
    assert _dated(by_amount(facts, "2500000")) == "2024-10"
    assert _dated(by_amount(facts, "12000000")) == "2024-10-14"


def test_a_round_ups_month_in_its_title_dates_an_item_but_not_an_earlier_case_recalled() -> None:
    facts = extract(
        "Our monthly look at securities enforcement in the Gulf.\n\n"
        "## Oman\n\n"
        "The Financial Services Authority fined broker Muscat Trade SAOC OMR 20,000 for "
        "failing to segregate client money. The broker had previously been fined OMR 5,000 "
        "in 2022.\n",
        title="Gulf securities enforcement digest (March 2025)",
        published="2025-04-08",
    )
    assert _dated(by_amount(facts, "20000")) == "2025-03"
    assert _dated(by_amount(facts, "5000")) == "2022"


def test_an_article_that_is_no_round_up_leaves_an_undated_fine_undated() -> None:
    facts = extract(
        "The Financial Services Authority fined broker Muscat Trade SAOC OMR 20,000 for "
        "failing to segregate client money.\n",
        title="Oman regulator fines broker (March 2025 decision)",
        published="2025-04-08",
    )
    assert _dated(by_amount(facts, "20000")) is None


def test_the_same_decisions_day_refines_the_month_its_fine_was_told_by() -> None:
    facts = extract(
        "In June 2024, the CNIL fined retailer Maison Lumière EUR 2 million for keeping "
        "customer data too long. In the same decision, dated 12 June 2024, it ordered the "
        "company to delete the records within three months.\n",
        published="2025-01-10",
    )
    assert _dated(by_amount(facts, "2000000")) == "2024-06-12"


def test_the_same_decisions_day_refines_a_fine_told_by_its_year_only() -> None:
    facts = extract(
        "Last year the Garante fined Roma Consegne S.r.l. EUR 1.5 million over its couriers' "
        "geolocation. In the same decision, dated 3 May 2024, the Garante banned the company "
        "from processing biometric data.\n",
        published="2025-02-10",
    )
    assert _dated(by_amount(facts, "1500000")) == "2024-05-03"


def test_a_court_summarys_fact_box_dates_the_ruling_not_the_reviewed_decisions_day() -> None:
    facts = extract(
        "**Court:** Supreme Administrative Court of Bulgaria\n"
        "**Judgment of:** 3 March 2025\n\n"
        "**Summary**\n\n"
        "The Supreme Administrative Court partly upheld the appeal of Balkan Fuels AD against "
        "the decision of the Commission for Protection of Competition of 12 May 2023, and "
        "reduced the fine from BGN 1,200,000 to BGN 800,000.\n\n"
        "**The decision**\n\n"
        "In its decision of 12 May 2023, the Commission fined Balkan Fuels BGN 1,200,000, "
        "about 2% of its turnover in 2022.\n",
        published="2025-03-20",
    )
    assert _dated(by_amount(facts, "800000")) == "2025-03-03"
    assert _dated(by_amount(facts, "1200000")) == "2023-05-12"


def test_the_year_of_a_turnover_a_fine_is_measured_by_is_not_the_fines_date() -> None:
    facts = extract(
        "On 4 April 2025 the Croatian Competition Agency (AZTN) adopted a decision against "
        "Jadran Ulje d.d.\n\n"
        "The agency fined Jadran Ulje EUR 410,000, roughly 1.5% of its sales in 2023.\n",
        published="2025-04-10",
    )
    assert _dated(by_amount(facts, "410000")) == "2025-04-04"


def test_a_round_ups_item_saying_its_decision_has_no_day_keeps_none() -> None:
    facts = extract(
        "Our monthly look at privacy enforcement in the Gulf (March 2025).\n\n"
        "## Qatar\n\n"
        "The National Cyber Security Agency fined Doha Deliveries QAR 300,000 for keeping "
        "customers' ID copies without a legal basis. The agency did not say when the decision "
        "was taken.\n",
        title="Gulf privacy round-up",
        published="2025-04-08",
    )
    assert _dated(by_amount(facts, "300000")) is None
