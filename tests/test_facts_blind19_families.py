"""Reading families first met in blind set 19, on invented copy: case numbers holding a
currency's letters, a judge's surname acting, a regulator's unit acting for it, payees and
figures that are no sanction."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.currency} {f.amount.amount}" for f in facts if f.amount}


def test_a_case_number_holding_a_currency_code_is_no_amount() -> None:
    facts = extract(
        "Quito, 4 May 2025. The Telecommunications Regulation Agency (ARCOTEL) reports that, "
        "through Resolution ARC-DJ-SAN-TL 0092/2025 of 2 May 2025, it imposed a fine of "
        "USD 84,500 on the operator Andes Movil S.A. for a 12-hour outage."
    )
    assert _amounts(facts) == {"USD 84500"}
    assert by_amount(facts, "84500").jurisdiction != "TR"


def test_a_judge_named_by_surname_is_not_the_authority() -> None:
    facts = extract(
        "MONCTON — A Moncton sawmill has been fined $45,000 after a worker lost two fingers."
        "\n\nRiverbend Lumber Ltd. pleaded guilty in New Brunswick provincial court in Moncton "
        "to one count under New Brunswick's Occupational Health and Safety Act.\n\nJudge Helen "
        "McKenzie imposed the fine on Monday, accepting a joint recommendation from the Crown."
    )
    fact = by_amount(facts, "45000")
    assert "McKenzie" not in (fact.authority or "")


def test_a_regulator_s_unit_acting_is_the_regulator() -> None:
    facts = extract(
        "DOHA, March 3 - The Qatar Financial Markets Authority (QFMA) has fined Al Waha "
        "Holding QAR 500,000 for late disclosure, a filing showed.\n\nThe authority's "
        "Market Conduct Board issued the decision on Sunday. In January, the authority's "
        "Market Conduct Board fined broker Lusail Securities QAR 90,000 for weak controls. "
        "Under the law, the Market Conduct Board can impose fines of up to QAR 1 million."
    )
    assert by_amount(facts, "90000").authority == "QFMA"


def test_the_exchange_a_company_is_listed_on_is_not_the_authority() -> None:
    facts = extract(
        "DOHA, March 3 - The Qatar Financial Markets Authority (QFMA) has fined Qatar Stock "
        "Exchange-listed Al Waha Holding QAR 500,000 for late disclosure.\n\nIts chairman, "
        "Khalid Al-Mannai, was fined QAR 50,000 and barred from sitting on the board of any "
        "company listed on the Qatar Stock Exchange for two years."
    )
    assert by_amount(facts, "500000").authority == "QFMA"
    assert by_amount(facts, "50000").authority == "QFMA"


def test_the_treasury_paid_into_is_not_the_respondent_nor_disgorgement_a_settlement() -> None:
    facts = extract(
        "On May 2, 2025, the Commodity Futures Trading Commission approved a settlement with "
        "Ridgeline Power Trading LLC. Under the agreement, Ridgeline Power Trading will pay a "
        "civil penalty of $2,300,000 to the United States Treasury and disgorge $640,000, plus "
        "interest, to affected customers."
    )
    assert _amounts(facts) == {"USD 2300000"}
    assert by_amount(facts, "2300000").respondent.text == "Ridgeline Power Trading"


def test_unjust_profits_are_no_settlement_figure() -> None:
    facts = extract(
        "On May 2, 2025, the Commodity Futures Trading Commission approved a settlement with "
        "Ridgeline Power Trading LLC. According to the settlement, the scheme produced unjust "
        "profits of about $640,000."
    )
    assert _amounts(facts) == set()


def test_a_penalty_proposed_in_an_order_to_show_cause_is_no_fine() -> None:
    facts = extract(
        "In March 2025, the Commission issued an Order to Show Cause to Pinecrest Energy LLC, "
        "proposing a civil penalty of $9 million for alleged manipulation."
    )
    assert _amounts(facts) == set()


def test_a_liquidated_periodic_penalty_is_no_new_penalty() -> None:
    facts = extract(
        "In March 2026 the Telecommunications Authority ordered Volta Net to restore service "
        "within 15 days, with an astreinte of €20,000 per day of delay. In a decision of 4 "
        "June 2026, the authority liquidated the astreinte at €640,000 and gave the operator "
        "thirty days to pay."
    )
    assert "EUR 640000" not in _amounts(facts)


def test_daily_penalties_that_accumulated_are_no_new_penalty() -> None:
    facts = extract(
        "Tallis Mobile has paid half of its fine but is contesting a further €72,000 in daily "
        "penalties that accumulated while its network stayed down, the regulator said."
    )
    assert "EUR 72000" not in _amounts(facts)


def test_a_legal_cap_is_no_fine() -> None:
    facts = extract(
        "The Civil Aviation Authority fined Skyline Air €400,000 for breaching crew rest "
        "rules. The Aviation Act caps the penalty at €1 million per case."
    )
    assert _amounts(facts) == {"EUR 400000"}


def test_an_earlier_record_fine_told_for_comparison_is_no_fine() -> None:
    facts = extract(
        "The Telecommunications Authority fined Volta Net €2.4 million for a week-long outage. "
        "By way of comparison, the authority's previous largest fine, €1.1 million, was "
        "imposed on another operator in 2019."
    )
    assert _amounts(facts) == {"EUR 2400000"}


def test_money_credited_back_to_customers_is_no_fine() -> None:
    facts = extract(
        "The Energy Regulatory Office fined Northgrid €900,000 for missed reconnection "
        "deadlines. The office stressed that the fine is separate from the €2.1 million that "
        "Northgrid has already credited to customers' bills as automatic compensation."
    )
    assert _amounts(facts) == {"EUR 900000"}


def test_a_gift_the_company_values_is_no_fine() -> None:
    facts = extract(
        "The Telecommunications Authority fined Volta Net €300,000 for the outage. Apart from "
        "the sanction, Volta Net has topped up affected subscribers with free minutes, which it "
        "values at €1,000 per subscriber."
    )
    assert _amounts(facts) == {"EUR 300000"}


def test_the_year_of_the_harm_after_which_a_fine_came_is_not_the_fine_s_date() -> None:
    facts = extract(
        "HALIFAX — A Truro bakery has been fined $40,000 after a worker's hand was burned in "
        "an unguarded oven in 2024.",
        published="2025-11-28",
    )
    assert by_amount(facts, "40000").date is None


def test_a_judge_imposing_the_fine_on_a_weekday_dates_the_fine_told_before() -> None:
    facts = extract(
        "HALIFAX — A Truro bakery has been fined $40,000 after a worker's hand was burned in "
        "an oven.\n\nJudge Laura Pike imposed the fine on Tuesday, accepting a joint "
        "recommendation from the Crown and defence.",
        published="2025-11-28",
    )
    assert by_amount(facts, "40000").date.text == "2025-11-25"
