"""Reading families first met in blind set 20, on invented copy: a decision written as a list
of parties before a colon, figures told for comparison or as part of a penalty rather than as
new penalties."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.currency} {f.amount.amount}" for f in facts if f.amount}


def test_a_listed_decision_names_each_party_before_its_colon() -> None:
    facts = extract(
        "The Competition Authority of Kenya said on Monday that it had fined two cement "
        "makers for sharing out customers.\n\nThe Authority imposed the following fines:\n\n"
        "- Rift Valley Cement Ltd: a fine of KES 48,200,000;\n"
        "- Athi Plains Building Supplies Ltd: a fine of KES 12,750,000.\n"
    )
    assert by_amount(facts, "48200000").respondent.text == "Rift Valley Cement Ltd"
    assert by_amount(facts, "12750000").respondent.text == "Athi Plains Building Supplies Ltd"


def test_an_earlier_fine_told_in_a_since_clause_is_no_new_penalty() -> None:
    facts = extract(
        "KAMPALA, May 3 - The Uganda Communications Commission (UCC) has fined mobile operator "
        "Nile Wave Telecom 900 million shillings over a two-day outage.\n\nThe penalty is the "
        "largest the commission has imposed since 2020, when it fined a rival operator 400 "
        "million shillings for missing coverage targets."
    )
    assert _amounts(facts) == {"UGX 900000000"}


def test_a_record_against_an_unnamed_party_is_background() -> None:
    facts = extract(
        "The Jamaica Financial Services Commission (FSC) fined broker Blue Mountain Securities "
        "J$4 million on 12 March for late filings.\n\nFor comparison, the FSC's biggest penalty "
        "to date remains the J$30 million imposed on a pension fund administrator in 2021."
    )
    assert _amounts(facts) == {"JMD 4000000"}


def test_a_proposed_new_cap_is_no_fine() -> None:
    facts = extract(
        "The Jamaica Financial Services Commission (FSC) fined Port Royal Asset Managers J$2 "
        "million in June for weak controls.\n\nThe FSC is also consulting on raising the "
        "maximum administrative penalty under the Securities Act from J$5 million to J$20 "
        "million."
    )
    assert _amounts(facts) == {"JMD 2000000"}


def test_an_instalment_already_paid_is_no_new_penalty() -> None:
    facts = extract(
        "The Croatian Competition Agency fined dairy group Slavonka d.d. EUR 1.200.000,00 in "
        "March 2024.\n\nSlavonka has since paid the second of four instalments of the fine, "
        "EUR 300.000,00, the agency said."
    )
    assert _amounts(facts) == {"EUR 1200000"}


def test_a_share_of_the_penalty_is_no_penalty_of_its_own() -> None:
    facts = extract(
        "The Oregon Department of Environmental Quality (DEQ) fined Willamette Pulp LLC "
        "$120,000 on Tuesday for odour violations.\n\nOf the penalty, $30,000 will go to a "
        "community air-monitoring project."
    )
    assert _amounts(facts) == {"USD 120000"}


def _orders(facts) -> set[str]:
    return {f.respondent.text for f in facts if f.action == "order" and f.respondent}


def test_an_order_to_both_companies_is_one_order_each() -> None:
    facts = extract(
        "The Competition Council fined retailer Drina Market KM 1.200.000,00 on 5 May 2024 for "
        "fixing resale prices. It also fined dairy Bosna Mlijeko d.d. KM 300.000,00.\n\nThe "
        "Council ordered both companies to terminate the practices within 30 days."
    )
    assert _orders(facts) == {"Drina Market", "Bosna Mlijeko d.d."}


def test_an_order_requiring_both_respondents_is_one_order_each() -> None:
    facts = extract(
        "On December 1, 2025, the Commodity Futures Trading Commission (CFTC) settled charges "
        "against Birch Commodities LLC and its trader Ivo Petrov for spoofing. Birch agreed to "
        "pay a $2 million civil monetary penalty and Petrov agreed to pay a civil monetary "
        "penalty of $150,000.\n\nThe order also requires both respondents to cease and desist "
        "from further violations of the Commodity Exchange Act."
    )
    assert _orders(facts) == {"Birch", "Petrov"}


def test_a_spaced_letter_sign_is_read_only_in_its_country_s_copy() -> None:
    honduran = extract(
        "Tegucigalpa, 2 June 2025. The Commission for the Defence and Promotion of Competition "
        "(CDPC) fined coffee roaster Tostadores Lenca, S. de R.L. L 3,420,000.00 for fixing "
        "prices with a rival."
    )
    assert _amounts(honduran) == {"HNL 3420000"}
    elsewhere = extract(
        "The Spanish competition authority (CNMC) fined Lácteos Norte S.L. for fixing prices; "
        "the appendix lists a figure of L 3,420,000.00 beside it."
    )
    assert not any(f.amount and f.amount.currency == "HNL" for f in elsewhere)


def test_a_title_with_its_full_stop_keeps_the_person_fined() -> None:
    facts = extract(
        "The Commission for the Defence and Promotion of Competition (CDPC) of Honduras fined "
        "Cafetalera Montaña Verde, S.A. de C.V. L 4,650,000.00 for fixing prices.\n\nThe "
        "Commission also imposed a personal fine of L 1,180,000.00 on Mr. Rolando Baide, "
        "general manager of Cafetalera Montaña Verde, for negotiating the deal."
    )
    assert by_amount(facts, "1180000").respondent.text == "Rolando Baide"


def test_several_parties_fined_a_total_is_no_one_s_fine() -> None:
    facts = extract(
        "The Competition Authority of Kenya fined Mombasa Millers Ltd KES 30 million on Monday "
        "for bid rigging.\n\nIn 2019 the Authority fined four maize mills a total of KES 12 "
        "million for price coordination, a decision later confirmed by the courts."
    )
    assert _amounts(facts) == {"KES 30000000"}


def test_a_party_named_after_its_parent_is_the_one_fined() -> None:
    facts = extract(
        "DAKAR - The telecoms regulator ARTP fined operator Teranga Mobile 900 million CFA "
        "francs on 4 March for poor service.\n\nIn December ARTP also fined the payments "
        "subsidiary of Teranga Mobile, Teranga Pay, 120 million CFA francs for late refunds, "
        "and ordered it to repay the customers affected."
    )
    assert by_amount(facts, "120000000").respondent.text == "Teranga Pay"
    orders = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in orders] == ["Teranga Pay"]


def test_a_tax_number_s_country_prefix_is_no_amount() -> None:
    facts = extract(
        "Bucharest, 3 March 2025. The Romanian Competition Council fined Carpatic Distributie "
        "SRL (VAT number RO 18345672) RON 2,400,000 for rigging bids for school meals."
    )
    assert _amounts(facts) == {"RON 2400000"}
