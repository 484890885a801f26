"""Dates as enforcement copy tells them, round 2 (invented articles, through `extract_facts`).

Family A — a statute named by its number and day ("Decree No. 2015/3759/PM of 3 September
2015 laying down …", "Regulation (EU) 2016/679 of 27 April 2016", "Law No. 12/2019 of 4 March
2019 on …"): the rule broken or relied on, not a decision. Its day never dates a measure;
the decision's own day, told once at the top, dates the measures told after it.

Family B — a decision told once against parties it counts by whatever they are ("imposed
sanctions on two holders of mobile licences", "fined three pharmacies"), each party's measures
told in its own section after it: all of them that decision's, on its day.
"""

from __future__ import annotations

from assistant.facts import Fact
from tests.test_facts_general import by_amount, extract


def _dated(fact: Fact) -> str | None:
    return fact.date.text if fact.date else None


def _by_action(facts: list[Fact], action: str) -> Fact:
    found = [f for f in facts if f.action == action]
    assert len(found) == 1, [(f.action, f.amount) for f in facts]
    return found[0]


def test_a_decrees_day_in_the_second_section_does_not_date_the_measures() -> None:
    facts = extract(
        "*Niamey, 12 March 2025.*\n\n"
        "The Regulatory Authority for Electronic Communications (ARCEP) informs the public "
        "that, by decisions dated 10 March 2025, its Director General imposed sanctions on two holders of mobile licences. The "
        "decisions follow an audit carried out between January and February 2025.\n\n"
        "**1. Sahel Mobile S.A.**\n\n"
        "Pursuant to Article 40 of Law No. 2018-45 of 12 July 2018 on electronic "
        "communications, ARCEP has imposed on Sahel Mobile a fine of XOF 900 million.\n\n"
        "Sahel Mobile is further ordered to submit a network plan within 30 days.\n\n"
        "**2. Tenere Telecom S.A.**\n\n"
        "The audit found that Tenere Telecom activated SIM cards without identifying the "
        "subscribers as required by Decree No. 2017/211/PM of 4 May 2017 laying down the "
        "rules on subscriber identification.\n\n"
        "ARCEP has imposed on Tenere Telecom a fine of XOF 300 million.\n",
        published="2025-03-12",
    )
    assert _dated(by_amount(facts, "900000000")) == "2025-03-10"
    assert _dated(by_amount(facts, "300000000")) == "2025-03-10"


def test_a_regulations_day_cited_after_the_fine_is_not_a_decision() -> None:
    facts = extract(
        "The Data Protection Commission announced today that at its meeting of 14 October "
        "2024 it decided to fine Baltic Retail Group EUR 240,000.\n\n"
        "The company had kept CCTV footage of customers for three years. The Commission found "
        "that this breached Article 5(1)(e) of Regulation (EU) 2016/679 of 27 April 2016.\n\n"
        "The Commission also ordered Baltic Retail Group to delete the footage within 30 "
        "days.\n",
        published="2024-10-17",
    )
    assert _dated(by_amount(facts, "240000")) == "2024-10-14"
    assert _dated(_by_action(facts, "order")) == "2024-10-14"


def test_a_decree_that_is_the_decision_still_dates_its_fine() -> None:
    # Not every decree is a statute cited: "By Decree No. 88 of 2 June 2025, the Minister
    # fined …" is the decision itself, and its day the fine's.
    facts = extract(
        "By Ministerial Decision No. 88 of 2 June 2025, the Minister of Trade fined Kinshasa "
        "Sugar Refineries CDF 50 000 000 for hoarding.\n",
        published="2025-06-05",
    )
    assert _dated(by_amount(facts, "50000000")) == "2025-06-02"


def test_a_decrees_day_told_after_an_undated_fine_is_not_its_day() -> None:
    facts = extract(
        "The Communications Authority has fined Kilima Mobile Ltd KES 45 million for "
        "activating SIM cards without registering their subscribers.\n\n"
        "The authority found that more than 80,000 lines had been activated in breach of the "
        "SIM registration regulations, read with Decree No. 2015/101 of 3 March 2015.\n\n"
        "The authority also ordered Kilima Mobile to disconnect every unregistered line within "
        "14 days.\n",
        published="2025-06-04",
    )
    assert _dated(by_amount(facts, "45000000")) != "2015-03-03"
    assert _dated(_by_action(facts, "order")) != "2015-03-03"


def test_a_wires_fine_is_not_dated_by_the_decree_its_breach_is_measured_against() -> None:
    facts = extract(
        "LUSAKA, June 4 (Wire) - The Energy Regulation Board has fined Chambeshi Fuels Ltd "
        "K1.2 million for selling underweight cylinders of liquefied petroleum gas, the "
        "regulator said on Wednesday.\n\n"
        "Inspectors found that the company had filled cylinders below the minimum weight set "
        "by Statutory Instrument No. 36 of 2021 and Decree No. 17/2019 of 8 August 2019 on gas "
        "cylinders.\n\n"
        "The board also directed Chambeshi Fuels to recall the cylinders.\n",
        published="2025-06-04",
    )
    assert _dated(by_amount(facts, "1200000")) != "2019-08-08"
    assert _dated(_by_action(facts, "order")) != "2019-08-08"


# Family C — the day someone spoke ("X said in a statement on Wednesday that it would pay the
# penalty", "the company said on 5 March it would challenge the decision taken by …") is never
# a decision's day, even after the story's own announcement day was read.


def test_a_banks_statement_day_does_not_date_the_fines_its_regulator_imposed_on_tuesday() -> None:
    facts = extract(
        "KAMPALA, March 6 (Wire) - The Capital Markets Authority fined two stockbrokers a "
        "combined 900 million shillings on Tuesday for trading client shares without consent.\n\n"
        "Crested Securities was fined 600 million shillings and Nile Brokers Ltd 300 million "
        "shillings, the authority said.\n\n"
        "Crested said in a statement on Thursday that it would pay the penalty in the interest "
        "of good relations with the regulator.\n",
        published="2025-03-06",
    )
    assert _dated(by_amount(facts, "600000000")) == "2025-03-04"
    assert _dated(by_amount(facts, "300000000")) == "2025-03-04"


def test_a_companys_reply_day_after_the_fine_is_not_the_fines_day() -> None:
    facts = extract(
        "The Competition Commission of Pakistan announced on 12 August 2025 that it has "
        "imposed a penalty of Rs 75 million on Indus Cement Ltd for taking part in a "
        "price-fixing cartel.\n\n"
        "Indus Cement said on 14 August 2025 that it would challenge the order issued by the "
        "Commission before the Competition Appellate Tribunal.\n",
        published="2025-08-16",
    )
    assert _dated(by_amount(facts, "75000000")) != "2025-08-14"


def test_a_decision_day_told_before_the_word_said_still_dates_the_fine() -> None:
    facts = extract(
        "The Financial Services Commission fined Andes Seguros S.A. CLP 40 million. The "
        "decision was adopted on 2 May 2025, the commission said on Friday.\n",
        published="2025-05-09",
    )
    assert _dated(by_amount(facts, "40000000")) == "2025-05-02"


# Family D — a court summary's fact box gives the judgment's day once ("**Date of judgment:**
# 27 June 2025", "Decided: 3 May 2024"); the ruling the summary tells later has that day, not
# a day from the history of the case.


def test_a_case_summarys_date_of_judgment_dates_the_ruling_told_below() -> None:
    facts = extract(
        "**Case:** Harbour Freight Lines Ltd v Fair Competition Commission, Appeal No. 7 of "
        "2024\n\n"
        "**Court:** Fair Competition Tribunal\n\n"
        "**Date of judgment:** 12 May 2025\n\n"
        "**Background**\n\n"
        "On 3 October 2023 the Fair Competition Commission fined Harbour Freight Lines Ltd "
        "TZS 1.8 billion for fixing freight rates with two other carriers.\n\n"
        "**Held**\n\n"
        "The Tribunal found that the Commission had not shown that Harbour Freight took part "
        "in the meetings. The Tribunal therefore set aside the fine.\n",
        published="2025-05-20",
    )
    assert _dated(by_amount(facts, "1800000000")) == "2023-10-03"
    assert _dated(_by_action(facts, "ruling")) == "2025-05-12"


def test_a_decided_line_dates_the_courts_ruling_not_the_regulators_fine() -> None:
    facts = extract(
        "Decided: 4 March 2024\n\n"
        "In a decision of 19 June 2022 the Authority fined Valdemar Foods A/S DKK 3 million "
        "for misleading labels. The Maritime and Commercial High Court upheld the fine.\n",
        published="2024-03-10",
    )
    assert _dated(by_amount(facts, "3000000")) == "2022-06-19"
    assert _dated(_by_action(facts, "ruling")) == "2024-03-04"


# Family E — a suspension told with its effective day ("with effect from 1 May", "effective
# April 1") in a sentence whose only other day is when someone said, confirmed or announced it:
# the suspension's day is the day it took effect. Told with the day it was decided ("On 3
# March the regulator suspended … with effect from 1 April"), it keeps that day.


def test_a_suspension_confirmed_on_a_weekday_has_its_effective_day() -> None:
    facts = extract(
        "The Maritime Authority of Jamaica confirmed on Monday that it had suspended the "
        "operating licence of Blue Reef Ferries Ltd for three months with effect from June 1, "
        "2025, after an inspection found lifejackets missing on two vessels.\n",
        published="2025-06-04",
    )
    assert _dated(_by_action(facts, "ban")) == "2025-06-01"


def test_an_announced_suspension_with_an_effective_date_has_that_date() -> None:
    facts = extract(
        "The Insurance Regulatory Authority said on 10 March 2025 that it had suspended Pwani "
        "Assurance Ltd's licence to write new motor business, effective 1 March 2025, because "
        "the insurer had fallen below its solvency margin.\n",
        published="2025-03-12",
    )
    assert _dated(_by_action(facts, "ban")) == "2025-03-01"


def test_a_suspension_decided_on_a_day_keeps_that_day() -> None:
    facts = extract(
        "On 3 March 2025 the Civil Aviation Authority suspended the air operator certificate "
        "of Savanna Air Charters with effect from 1 April 2025.\n",
        published="2025-03-05",
    )
    assert _dated(_by_action(facts, "ban")) == "2025-03-03"


# Family F — the time of the wrong told in the fine's "for …" clause ("fined X B$750,000 for
# failing to notify customers and the authorities during a network outage last year"): the
# wrong's time, not the fine's; the decision told once after ("said in a determination issued
# on Monday") dates the fine.


def test_a_wrong_told_last_year_leaves_the_fine_to_the_determination_issued_on_monday() -> None:
    facts = extract(
        "KINGSTOWN, March 6 (Wire) - The telecoms regulator has fined Grenadine Mobile Ltd "
        "EC$400,000 for failing to warn customers and emergency services promptly during a "
        "two-day network outage last year.\n\n"
        "The National Telecommunications Regulatory Commission (NTRC) said in a determination "
        "issued on Monday that the operator breached its licence conditions.\n",
        published="2025-03-06",
    )
    assert _dated(by_amount(facts, "400000")) == "2025-03-03"


def test_a_wrong_of_last_month_leaves_the_fine_to_the_dated_ruling() -> None:
    facts = extract(
        "The Civil Aviation Authority has fined Kestrel Airways NZ$120,000 for overbooking "
        "passengers on dozens of domestic flights and failing to compensate them last month.\n\n"
        "In a decision dated 4 March 2025, the authority found that the airline had ignored "
        "its own overbooking limits.\n",
        published="2025-03-07",
    )
    assert _dated(by_amount(facts, "120000")) == "2025-03-04"


def test_a_fine_imposed_last_year_keeps_its_year() -> None:
    facts = extract(
        "Last year the Financial Services Authority fined Orchard Brokers Ltd £60,000 for "
        "late regulatory returns. The firm has since paid.\n",
        published="2025-03-07",
    )
    assert _dated(by_amount(facts, "60000")) == "2024"


# Family G — an agreement entered on a day told once ("On September 24, 2025, X and OSHA
# entered into a settlement agreement …"), its terms told after in a sentence whose only day
# is when a judge or panel later approved it ("Under the agreement, which an administrative
# law judge approved on October 2, X will pay $310,000"): the settlement's day is the day the
# parties agreed. With no day of its own told, the approval's day stays.


def test_terms_under_an_agreement_approved_later_have_the_day_it_was_entered() -> None:
    facts = extract(
        "On June 3, 2025, Harbor Chemicals LLC and the Environmental Protection Agency signed "
        "a consent agreement resolving violations found at its Tacoma plant. Under the "
        "agreement, which the Regional Judicial Officer approved on June 12, Harbor will pay a "
        "civil penalty of $95,000 and will install leak detection equipment.\n",
        published="2025-06-20",
    )
    assert _dated(by_amount(facts, "95000")) == "2025-06-03"


def test_a_settlement_reached_then_approved_by_a_panel_has_the_day_it_was_reached() -> None:
    facts = extract(
        "Mapleview Securities Inc. reached a settlement with the Ontario Securities Commission "
        "on 2 April 2025 over its failure to supervise two advisers.\n\n"
        "Under the settlement, which a panel of the Commission approved on 17 April 2025, "
        "Mapleview agreed to pay an administrative penalty of $450,000.\n",
        published="2025-04-22",
    )
    assert _dated(by_amount(facts, "450000")) == "2025-04-02"


def test_a_settlement_dated_only_by_its_approval_keeps_that_day() -> None:
    facts = extract(
        "Under a settlement agreement approved by the Commission on October 8, 2024, Ms. Dana "
        "Marsh agreed to pay an administrative penalty of $40,000.\n",
        published="2024-10-15",
    )
    assert _dated(by_amount(facts, "40000")) == "2024-10-08"


def test_a_lawyer_telling_radio_on_wednesday_does_not_date_the_same_days_fine() -> None:
    facts = extract(
        "The Posts and Telecommunications Regulatory Authority announced on Tuesday that it "
        "had suspended the licence of internet provider Kivu Net SARL for one month.\n\n"
        "In a separate decision the same day, the authority imposed a fine of USD 2 million on "
        "mobile operator Lac Mobile SA for missing its coverage obligations. Lac Mobile has "
        "challenged the decision before the Council of State, its legal director told local "
        "radio on Wednesday.\n",
        published="2026-05-22",
    )
    # (told by the day it was announced, as the suspension it goes with)
    fine = by_amount(facts, "2000000")
    assert (fine.date or fine.announced).text == "2026-05-19"


def test_a_chief_executive_telling_a_wire_on_a_day_is_not_the_orders_day() -> None:
    facts = extract(
        "The Energy Regulatory Commission fined Tamarind Power Ltd 3 million rupees on 6 May "
        "2025 for billing customers for estimated readings.\n\n"
        "Tamarind will appeal the decision of the commission, its chief executive told the "
        "wire on 14 May 2025.\n",
        published="2025-05-16",
    )
    assert _dated(by_amount(facts, "3000000")) == "2025-05-06"
