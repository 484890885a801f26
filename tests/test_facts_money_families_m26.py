"""Reading families met in blind sets 22 and 23, on invented copy: a decision written as a
list of parties with their fines (the item telling more after its figure), conversions in
brackets, and figures that are no sanction (sums collected, a year's totals, costs, fees)."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.amount}" for f in facts if f.amount}


# --- A decision written as a list of parties with their fines ------------------------------


def test_a_listed_fine_may_tell_why_after_its_figure() -> None:
    facts = extract(
        "The Competition Commission of Namibia has fined three tyre importers for fixing "
        "prices.\n\nThe Commission imposed the following fines:\n\n"
        "- Kalahari Tyres (Pty) Ltd: N$2,400,000, as the importer that organised the scheme;\n"
        "- Etosha Wheel Centre CC: N$910,000;\n"
        "- Walvis Tyre Depot (Pty) Ltd: N$455,000, after a 40 per cent reduction for "
        "cooperating with the investigation.\n"
    )
    assert by_amount(facts, "2400000").respondent.text == "Kalahari Tyres (Pty) Ltd"
    assert by_amount(facts, "910000").respondent.text == "Etosha Wheel Centre CC"
    assert by_amount(facts, "455000").respondent.text == "Walvis Tyre Depot (Pty) Ltd"


def test_a_listed_party_may_be_written_in_bold() -> None:
    facts = extract(
        "The Moroccan Competition Council said on Tuesday it had sanctioned two egg producers."
        "\n\nThe Council set the fines as follows:\n\n"
        "- **Oeufs de l'Atlas SA**: MAD 3,200,000 (about EUR 295,000);\n"
        "- **Ferme Souss Avicole**: MAD 1,150,000, reduced by a quarter for its cooperation.\n"
    )
    first = by_amount(facts, "3200000")
    assert first.respondent.text == "Oeufs de l'Atlas SA"
    assert [a.currency for a in first.other_amounts] == ["EUR"]
    assert by_amount(facts, "1150000").respondent.text == "Ferme Souss Avicole"
    assert _amounts(facts) == {"3200000", "1150000"}


def test_a_list_of_turnover_under_a_fining_paragraph_is_no_list_of_fines() -> None:
    facts = extract(
        "The Fair Trading Commission fined Coral Bay Dairies BDS$95,000 for misleading "
        "labels.\n\nThe dairies' turnover last year was:\n\n"
        "- Coral Bay Dairies Ltd: BDS$12,400,000, the largest in the market;\n"
        "- Speightstown Farms Inc: BDS$3,100,000.\n"
    )
    assert _amounts(facts) == {"95000"}


# --- A total over a party and its people, each share told after ----------------------------


def test_a_total_over_a_company_and_its_manager_is_no_fine_of_its_own() -> None:
    facts = extract(
        "A Lautoka hardware retailer and its store manager were on Friday fined a total of "
        "$48,000 for selling unsafe gas cylinders.\n\nCoastline Hardware Ltd was fined "
        "$40,000, while the manager, Vilive Naidu, was fined $8,000 when they appeared before "
        "the Lautoka Magistrates Court."
    )
    assert _amounts(facts) == {"40000", "8000"}


def test_a_bank_and_its_chief_executive_fined_in_total_then_apart() -> None:
    facts = extract(
        "The Reserve Bank of Malawi fined Lakeshore Bank and its chief executive a combined "
        "K150 million on Monday. Lakeshore Bank must pay K120 million. Its chief executive, "
        "Mr. Tiwonge Banda, must pay K30 million and may not hold office for two years."
    )
    assert _amounts(facts) == {"120000000", "30000000"}
    assert by_amount(facts, "120000000").respondent.text == "Lakeshore Bank"


def test_a_share_a_named_party_must_pay_beside_another_measure() -> None:
    facts = extract(
        "ACCRA, May 4 - The Bank of Ghana fined three savings companies a combined GH₵ 9 "
        "million on Monday for breaching liquidity rules.\n\nAdom Savings was fined GH₵ 5 "
        "million. Kumasi Thrift Ltd must pay GH₵ 3 million and has been barred from opening "
        "new branches for a year. Tema Credit Ltd was fined GH₵ 1 million."
    )
    assert _amounts(facts) == {"5000000", "3000000", "1000000"}
    assert by_amount(facts, "3000000").respondent.text == "Kumasi Thrift Ltd"
    assert by_amount(facts, "3000000").action == "fine"


def test_what_the_rules_say_firms_must_pay_is_no_fine() -> None:
    facts = extract(
        "The Bank of Ghana fined Adom Savings GH₵ 5 million on Monday. Under the rules, "
        "savings companies must pay GH₵ 2,000 into a guarantee fund for each new branch."
    )
    assert _amounts(facts) == {"5000000"}


def test_a_total_for_one_party_alone_is_its_fine() -> None:
    facts = extract(
        "The Fiji Competition and Consumer Commission fined Coastline Hardware Ltd a total of "
        "$48,000 on Friday for selling unsafe gas cylinders."
    )
    assert _amounts(facts) == {"48000"}


# --- Rates, prices and thresholds told inside a fining sentence ---------------------------


def test_a_price_rate_in_a_fining_sentence_is_no_fine() -> None:
    facts = extract(
        "On 4 March the Consumer Credit Office fined Quickdraw Loans Ltd. $22,000 after finding "
        "that it had charged borrowers more than the maximum $17 per $100 lent."
    )
    assert _amounts(facts) == {"22000"}


def test_a_threshold_of_the_breach_is_no_second_fine() -> None:
    facts = extract(
        "The Bank of Jamaica imposed a fine of J$9,000,000 on cambio Harbour Exchange Ltd for "
        "failing to identify customers making transactions above J$250,000 and to report "
        "suspicious activity."
    )
    assert _amounts(facts) == {"9000000"}


def test_a_price_per_litre_told_by_critics_is_no_fine() -> None:
    facts = extract(
        "The Energy Regulatory Office fined Delta Petroleum Ltd GH₵ 80,000 on Monday for "
        "selling diluted diesel. Critics say the fine is small compared with the margin on "
        "diluted fuel, estimated at GH₵ 2 per litre."
    )
    assert _amounts(facts) == {"80000"}


# --- Sums run up under a periodic penalty, paid or unpaid ---------------------------------


def test_daily_fines_that_built_up_and_were_paid_are_no_new_penalty() -> None:
    facts = extract(
        "The Fair Trading Commission fined Harbour Motors BDS$60,000 and ordered it to pay "
        "BDS$1,000 for each day it failed to publish a correction.\n\nThe correction ran 9 "
        "days late. The company paid the BDS$9,000 in daily fines that had built up."
    )
    assert _amounts(facts) == {"60000", "1000"}


def test_the_daily_penalties_still_unpaid_are_no_new_penalty() -> None:
    facts = extract(
        "The Rwanda Utilities Regulatory Authority fined Savannah Telecom Rwf 5 million in March "
        "and imposed a daily penalty of Rwf 50,000 until it restored the service.\n\nThe Rwf "
        "1.4 million in "
        "daily penalties has not been paid, the regulator said."
    )
    assert _amounts(facts) == {"5000000", "50000"}


def test_penalty_sums_collected_by_the_regulator_are_no_new_fine() -> None:
    facts = extract(
        "The Central Bank imposed a penalty payment of €3,000 per day on Harbour Trust B.V. "
        "until it completed its client files.\n\nThe bank collected the forfeited penalty "
        "sums of €48,000 for 16 days, which Harbour Trust paid under protest."
    )
    assert _amounts(facts) == {"3000"}


# --- A year's statistics and earlier unnamed cases ----------------------------------------


def test_a_years_count_of_fines_and_its_highest_is_no_fine() -> None:
    facts = extract(
        "The Financial Services Commission fined Atlas Trust Ltd MUR 2,000,000 on 3 March.\n\n"
        "For context: in 2024 the FSC published 7 administrative fines against management "
        "companies, the highest being MUR 1,500,000."
    )
    assert _amounts(facts) == {"2000000"}


def test_an_earlier_penalty_of_another_unnamed_firm_surpassed_is_background() -> None:
    facts = extract(
        "Kestrel Capital agreed to pay an administrative penalty of $240,000 to the Alberta "
        "Securities Commission on March 2.\n\nIt is the commission's largest such settlement, "
        "surpassing the $150,000 penalty agreed by another dealer in 2021."
    )
    assert _amounts(facts) == {"240000"}


def test_an_earlier_year_case_against_an_unnamed_shop_is_background() -> None:
    facts = extract(
        "The consumer agency fined the Nova Mart chain 30 million kwanzas on Monday for "
        "selling expired food.\n\nIn 2022, the agency closed a supermarket in Viana for two "
        "weeks and fined it Kz 8 milhões for similar breaches."
    )
    assert len([f for f in facts if f.amount]) == 1


def test_the_cost_of_a_recall_is_no_penalty() -> None:
    facts = extract(
        "Kestrel Motors agreed to a civil penalty of $40 million under a consent order with "
        "NHTSA on 3 June.\n\nThe company's own estimate of the cost of the recall itself, at "
        "about $150 million, dwarfs the penalty."
    )
    assert _amounts(facts) == {"40000000"}


def test_the_cost_of_remediation_put_at_a_figure_is_no_fine() -> None:
    facts = extract(
        "The Environmental Protection Agency fined Lagoon Chemicals Ltd €90,000 on Tuesday for "
        "the spill. Engineers put the cost of the clean-up of the estuary at €1.2 million."
    )
    assert _amounts(facts) == {"90000"}


# --- A conversion in brackets is the fact's other amount ------------------------------------


def test_a_conversion_written_in_french_words_is_the_other_amount() -> None:
    facts = extract(
        "DAKAR - On 4 March, the Autorité de Régulation des Télécommunications et des Postes "
        "(ARTP) of Senegal imposed a fine of 2,1 milliards de FCFA (about 3,2 millions "
        "d'euros) on Teranga Mobile SA for poor service quality."
    )
    fine = by_amount(facts, "2100000000")
    assert [(a.currency, str(a.amount)) for a in fine.other_amounts] == [("EUR", "3200000")]


def test_millions_of_euros_with_a_curly_apostrophe() -> None:
    from assistant.money import find_money

    found = [m.money for m in find_money("une amende de 2,5 millions d’euros") if m.money]
    assert [(m.currency, str(m.amount)) for m in found] == [("EUR", "2500000")]


def test_a_french_word_after_de_is_no_currency() -> None:
    from assistant.money import find_money

    assert [m.text for m in find_money("une amende de 300 000 d'autres sanctions")] == []


# --- An earlier case of a named party, told as the sum a regulator imposed on it ------------


def test_the_sum_a_regulator_imposed_on_a_named_party_before_is_a_fine() -> None:
    facts = extract(
        "The Bank of Jamaica fined Harbour Exchange Ltd J$9 million on Monday.\n\nThe previous "
        "record was the J$4 million it imposed on Montego Cambio Ltd in 2022."
    )
    assert by_amount(facts, "4000000").respondent.text == "Montego Cambio Ltd"
    assert by_amount(facts, "4000000").action == "fine"


def test_the_sum_the_authority_levied_on_a_named_bank() -> None:
    facts = extract(
        "The Central Bank of Seychelles fined Mahé Savings Bank SCR 900,000 on 2 May. That "
        "exceeds the SCR 500,000 the central bank levied on Praslin Trust Bank in 2021."
    )
    assert by_amount(facts, "500000").respondent.text == "Praslin Trust Bank"


def test_the_sum_imposed_on_an_unnamed_office_stays_background() -> None:
    facts = extract(
        "The Bank of Jamaica fined Harbour Exchange Ltd J$9 million on Monday.\n\nThe previous "
        "record was the J$4 million it imposed on a cambio in 2022."
    )
    assert _amounts(facts) == {"9000000"}
