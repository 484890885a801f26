"""Reading families first met in blind set 21, on invented copy: a local currency written with
a "$" sign and its own word after the figure, a country's letter for its currency, and figures
an article tells that are not sanctions (a market value, a sum repaid, a part of a fine paid, a
running total, the usual size of earlier fines)."""

from __future__ import annotations

from assistant.money import find_money
from tests.test_facts_general import extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.currency} {f.amount.amount}" for f in facts if f.amount}


# --- A "$" sign with the currency's word after the figure ----------------------------------


def test_a_dollar_sign_with_the_tala_after_it_is_tala() -> None:
    [mention] = find_money("The company was fined $25,000 tala on the first charge.")
    assert mention.money is not None and mention.money.currency == "WST"
    assert mention.text == "$25,000 tala"


def test_a_dollar_sign_with_the_paanga_after_it_is_one_fine_in_paanga() -> None:
    facts = extract(
        "NUKU'ALOFA - The Magistrate's Court has fined a Kolofo'ou fuel retailer, Hala Fuels "
        "Ltd, $5,000 pa'anga for selling petrol from an unlicensed pump.\n\nThe Ministry of "
        "Trade and Economic Development brought the case."
    )
    assert _amounts(facts) == {"TOP 5000"}


def test_a_dollar_sign_with_a_scaled_figure_and_the_word_after_it() -> None:
    facts = extract(
        "The Samoa Central Bank fined money transfer operator Pacific Remit Ltd $1.2 million "
        "tala on Friday for breaches of the Money Laundering Prevention Act 2007."
    )
    assert _amounts(facts) == {"WST 1200000"}


def test_a_plain_dollar_sign_in_american_copy_stays_dollars() -> None:
    facts = extract(
        "The Occupational Safety and Health Administration fined Ridgeway Builders Inc. "
        "$40,000 on Monday after a worker fell from a roof in Tulsa."
    )
    assert _amounts(facts) == {"USD 40000"}


# --- A country's own letter for its currency ------------------------------------------------


def test_lesotho_copy_writes_maloti_with_an_m() -> None:
    facts = extract(
        "The Lesotho Communications Authority (LCA) fined Maseru Mobile (Pty) Ltd M1.2 million "
        "on 4 March for failing to register SIM cards, its chief executive said."
    )
    assert _amounts(facts) == {"LSL 1200000"}


def test_an_m_before_a_figure_elsewhere_is_no_loti() -> None:
    facts = extract(
        "The Federal Trade Commission fined Ridgeway Motors Inc. $2 million on Monday; the "
        "dealer sold M350,000 units of a recalled part, the agency said."
    )
    assert "LSL 350000" not in _amounts(facts)


# --- Figures that are not sanctions ------------------------------------------------------


def test_a_market_value_told_for_scale_is_no_fine() -> None:
    facts = extract(
        "The Capital Markets Authority fined Nairobi-listed Savanna Breweries KES 15 million "
        "on Monday for late disclosure of a profit warning.\n\nSavanna's market "
        "capitalisation is about KES 42 billion, so the fine is small change, analysts said."
    )
    assert _amounts(facts) == {"KES 15000000"}


def test_a_market_value_after_the_figure_or_with_stands_at_is_no_fine() -> None:
    facts = extract(
        "Peru's SMV fined Andes Retail S.A.A. PEN 1.2 million in May for insider dealing by "
        "two directors, whose company has a market value that stands at roughly PEN 3.4 billion."
    )
    assert _amounts(facts) == {"PEN 1200000"}


def test_the_usual_size_of_earlier_fines_is_no_fine() -> None:
    facts = extract(
        "The Securities Commission fined broker Delta Trust 300 million kip in April for "
        "trading on client accounts.\n\nUntil then the commission's fines rarely exceeded 20 "
        "million kip, and most cases ended with a warning."
    )
    assert _amounts(facts) == {"LAK 300000000"}


def test_typical_earlier_penalties_told_as_mostly_around_are_no_fine() -> None:
    facts = extract(
        "The Financial Services Regulatory Authority fined Kestrel Payments Ltd GHS 2 million on "
        "3 May for anti-money-laundering failures. Its penalties were mostly around GHS 50,000 "
        "before 2024, and the average fine was GHS 80,000."
    )
    assert _amounts(facts) == {"GHS 2000000"}


def test_a_sum_repaid_to_clients_beside_a_penalty_is_no_settlement() -> None:
    facts = extract(
        "The Alberta Securities Commission approved a settlement under which Prairie Wealth "
        "Inc. agreed to pay an administrative penalty of $200,000.\n\nThe panel noted that "
        "the firm had voluntarily repaid $1.4 million to affected investors before the "
        "settlement, and had reimbursed about $90,000 in fees to clients under the settlement."
    )
    assert _amounts(facts) == {"CAD 200000"}


def test_what_a_daily_penalty_has_accrued_is_no_new_fine() -> None:
    facts = extract(
        "Iraq's Communications and Media Commission fined Horizon Telecom IQD 2 billion in "
        "January and imposed a daily penalty of IQD 25 million until it restores service "
        "in Basra.\n\nHorizon missed the deadline. The regulator said on Sunday that the "
        "penalty had by then been running for 60 days and had accrued IQD 1.5 billion."
    )
    assert _amounts(facts) == {"IQD 2000000000", "IQD 25000000"}


def test_a_penalty_that_has_racked_up_is_no_new_penalty() -> None:
    facts = extract(
        "The Energy Regulatory Office fined distributor PowerGrid Sp. z o.o. PLN 400,000 and "
        "ordered it to connect the waiting customers.\n\nSince the deadline passed, the "
        "company has racked up PLN 600,000 in penalties under the fine's periodic element, "
        "according to the regulator."
    )
    assert _amounts(facts) == {"PLN 400000"}


def test_an_amount_in_local_equivalent_with_its_conversion_in_brackets() -> None:
    facts = extract(
        "The Commission for Protection of Competition fined bakery chain Zito Pekara EUR 60,000 "
        "in denar equivalent (MKD 3,690,000) on 4 March for fixing bread prices."
    )
    fact = next(f for f in facts if f.amount)
    assert _amounts(facts) == {"EUR 60000"}
    assert [o.currency for o in fact.other_amounts] == ["MKD"]


def test_a_fine_told_after_a_word_on_the_usual_sanctions_is_still_a_fine() -> None:
    facts = extract(
        "The Capital Markets Authority, whose sanctions are usually warnings, on Friday fined "
        "Zeta Bank KES 20 million for misleading investors, an amount its fines rarely reach."
    )
    assert _amounts(facts) == {"KES 20000000"}


# --- Costs told before their figure --------------------------------------------------------


def test_costs_of_the_investigation_beside_a_settled_penalty_are_no_settlement() -> None:
    facts = extract(
        "The British Columbia Securities Commission approved a settlement with Coastal Mint "
        "Capital Ltd.\n\n- Coastal Mint agreed to pay an administrative penalty of $300,000 "
        "under section 161 of the Securities Act, and costs of the investigation of $28,000;\n"
        "- it must retain an independent monitor for two years."
    )
    assert _amounts(facts) == {"CAD 300000"}


def test_prosecution_costs_beside_a_fine_are_no_fine() -> None:
    facts = extract(
        "Wessex Haulage Ltd was fined £18,000 at Bristol Magistrates' Court on Monday and "
        "ordered to pay prosecution costs of £2,150 after a forklift crushed a driver's foot, "
        "the Health and Safety Executive said."
    )
    assert _amounts(facts) == {"GBP 18000"}


def test_investigation_costs_totalling_a_sum_are_no_penalty() -> None:
    facts = extract(
        "The Ontario Securities Commission ordered Maple Bridge Advisors Inc. to pay an "
        "administrative penalty of $75,000 and investigation costs totalling $19,400."
    )
    assert _amounts(facts) == {"CAD 75000"}


# --- A fine told once, then broken down by charge ------------------------------------------


def test_a_fine_broken_down_by_charge_with_its_total_again_is_one_fine() -> None:
    facts = extract(
        "A Suva bakery has been fined $18,000 after a worker lost a hand in a dough mixer.\n\n"
        "Island Loaf Bakery Ltd was sentenced in the Suva Magistrates Court on Monday.\n\n"
        "The company was fined $12,000 on the charge of failing to guard the machine and "
        "$6,000 on the charge of failing to train its staff, a total of $18,000."
    )
    assert {f.amount.amount for f in facts if f.amount} == {18000}


def test_a_fine_broken_down_by_count_told_as_in_all_is_one_fine() -> None:
    facts = extract(
        "The Environment Protection Authority has fined Riverbend Tannery Pty Ltd $90,000 for "
        "discharging chromium into the Murray River.\n\nThe court imposed $60,000 for the "
        "first discharge and $30,000 for the second, $90,000 in all, Riverbend said."
    )
    assert {f.amount.amount for f in facts if f.amount} == {90000}


def test_two_parties_fines_adding_up_to_a_third_are_kept() -> None:
    facts = extract(
        "The Competition Commission fined Alpha Foods Ltd KES 30 million in March for price "
        "fixing.\n\nIn the same decision it fined Beta Mills Ltd KES 20 million and Gamma "
        "Grain Ltd KES 10 million."
    )
    assert _amounts(facts) == {"KES 30000000", "KES 20000000", "KES 10000000"}


# --- A notice that stops the work at a site ------------------------------------------------


def _orders(facts) -> list[str | None]:
    return [f.respondent.text if f.respondent else None for f in facts if f.action == "order"]


def test_a_prohibition_notice_stopping_work_is_an_order_on_the_company() -> None:
    facts = extract(
        "Lautoka Steelworks Ltd has been fined $20,000 after a worker fell through a roof.\n\n"
        "Ministry inspectors visited the site the next day and issued a prohibition notice "
        "stopping all work at height until guard rails were installed."
    )
    assert _orders(facts) == ["Lautoka Steelworks Ltd"]


def test_a_notice_halting_demolition_work_is_an_order() -> None:
    facts = extract(
        "Kingsway Demolition Ltd was fined £30,000 at Leeds Crown Court on Friday.\n\nThe "
        "Health and Safety Executive had served a prohibition notice halting all demolition "
        "work after a wall collapsed onto a pavement in 2023."
    )
    assert _orders(facts) == ["Kingsway Demolition Ltd"]


def test_a_notice_told_as_a_rule_is_no_order() -> None:
    facts = extract(
        "Kingsway Demolition Ltd was fined £30,000 at Leeds Crown Court on Friday.\n\n"
        "Inspectors can issue a prohibition notice stopping work where there is a risk of "
        "serious injury."
    )
    assert _orders(facts) == []
