"""Who acted and on whom, written the ways copy from other countries writes them.

Every article here is invented (bodies, companies, sums): the regulators are named the way
their own press names them — after a place's possessive, with a short form another country's
body also goes by, in full once and then without the place, or only by the words a listed
body of another country is called — and the parties as a unit of a group, a business
described before its name, a list after a colon, or a company with its chief named beside it.
"""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def test_a_listed_name_after_another_place_s_possessive_is_that_place_s_body() -> None:
    # Abu Dhabi's FSRA is listed as the "Financial Services Regulatory Authority" too.
    facts = extract(
        "Ontario's Financial Services Regulatory Authority has fined mortgage brokerage "
        "Maple Leaf Lending Inc. $120,000 for dealing without a licence."
    )
    fine = by_amount(facts, "120000")
    assert (fine.authority, fine.jurisdiction) == ("FSRA (CA-ON)", "CA-ON")
    assert fine.amount.currency == "CAD"


def test_a_short_form_another_country_s_body_goes_by_names_the_one_the_name_places() -> None:
    # "CAAB" is listed for Bangladesh's civil aviation authority.
    facts = extract(
        "The Civil Aviation Authority of Botswana (CAAB) has fined Kalahari Air P120,000 for "
        "flying with an expired maintenance certificate. The CAAB said the airline had paid."
    )
    fine = by_amount(facts, "120000")
    assert (fine.authority, fine.jurisdiction) == ("CAAB (BW)", "BW")
    assert fine.amount.currency == "BWP"


def test_an_unlisted_body_after_a_province_s_possessive_is_the_province_s() -> None:
    facts = extract(
        "Manitoba's Liquor, Gaming and Cannabis Authority fined a Winnipeg bar, the Red River "
        "Tap House, $7,500 for serving minors."
    )
    fine = by_amount(facts, "7500")
    assert (fine.authority, fine.jurisdiction) == ("Liquor, Gaming and Cannabis Authority", "CA-MB")
    assert fine.respondent.text == "Red River Tap House"


def test_a_body_a_sum_was_imposed_by_with_the_sum_between() -> None:
    facts = extract(
        "The company was fined K80,000 by the National Fisheries Authority of Papua New "
        "Guinea for misreporting its catch, the authority said on Friday.",
        title="Pacific Tuna Co fined over catch reports",
    )
    fine = by_amount(facts, "80000")
    assert fine.authority == "National Fisheries Authority of Papua New Guinea"
    assert fine.jurisdiction == "PG"


def test_a_body_named_in_full_then_without_its_place_is_still_that_body() -> None:
    # The UK's CAA is listed as the "Civil Aviation Authority".
    facts = extract(
        "The Kenya Civil Aviation Authority has opened an audit of small carriers. On Monday "
        "the Civil Aviation Authority fined Skyward Express KSh 2 million for flying with "
        "unlicensed pilots."
    )
    fine = by_amount(facts, "2000000")
    assert (fine.authority, fine.jurisdiction) == ("KCAA", "KE")


def test_a_body_named_without_its_place_in_another_country_s_story_is_that_country_s() -> None:
    facts = extract(
        "The Civil Aviation Authority said on Monday it had fined the carrier $50,000 for "
        "repeated delays on its Nairobi route.",
        title="Regulator fines Delta Airways over delays",
    )
    fine = by_amount(facts, "50000")
    assert (fine.authority, fine.jurisdiction) == ("KCAA", "KE")


def test_the_council_after_a_council_named_is_that_council() -> None:
    # "it fined" after "The Council has …": the council, not the court named last.
    facts = extract(
        "On Wednesday the Supreme Court of Justice (Curtea Supremă de Justiție, CSJ) "
        "dismissed the Competition Council's appeal and confirmed the judgment of the Chișinău "
        "Court of Appeal, which had cut the fine on the bakery chain Franzeluța Nord from MDL 4 "
        "million to MDL 2.5 million.\n\n**Another file**\n\nThe Council has less to celebrate "
        "elsewhere. In May 2025 it fined fuel retailer Petrom Sud MDL 900,000 for failing to "
        "answer an information request. In December, the Chișinău Court of Appeal annulled "
        "that fine."
    )
    fine = by_amount(facts, "900000")
    assert (fine.authority, fine.jurisdiction) == ("Consiliul Concurenței (MD)", "MD")


def test_a_complaints_arbiter_acting_is_a_body() -> None:
    facts = extract(
        "Malta's Arbiter for Financial Services has fined Valletta Credit Bank plc €12,000 "
        "for failing to answer a complaint."
    )
    fine = by_amount(facts, "12000")
    assert (fine.authority, fine.jurisdiction) == ("Arbiter for Financial Services", "MT")


def test_an_indefinite_article_opens_no_court_s_name() -> None:
    facts = extract(
        "A Federal High Court in Abuja fined Zenith Haulage Ltd N10 million for illegal "
        "mining, the court registrar said."
    )
    fine = by_amount(facts, "10000000")
    assert "A " not in (fine.authority or "")
    assert fine.jurisdiction == "NG"


def test_a_group_s_unit_named_after_it_is_the_party() -> None:
    facts = extract(
        "Malawi's communications regulator MACRA has fined Airtel Africa's local unit, Airtel "
        "Malawi plc, MK500 million for poor network quality."
    )
    assert by_amount(facts, "500000000").respondent.text.startswith("Airtel Malawi")


def test_every_party_of_a_list_after_a_colon_with_one_letter_signs() -> None:
    facts = extract(
        "The Central Bank of Eswatini has fined three banks for breaching anti-money-laundering "
        "rules: Swazi Trust Bank (E1.2 million), Lubombo Bank (E800,000) and Mbabane Savings "
        "Bank (E450,000)."
    )
    assert [by_amount(facts, a).respondent.text for a in ("1200000", "800000", "450000")] == [
        "Swazi Trust Bank",
        "Lubombo Bank",
        "Mbabane Savings Bank",
    ]


def test_one_sum_after_a_company_and_its_chief_is_the_company_s() -> None:
    facts = extract(
        "The Financial Services Commission of Jamaica has fined Kingston Wealth Ltd and its "
        "chief executive, Marcia Brown, J$4 million for operating an unregistered scheme."
    )
    assert by_amount(facts, "4000000").respondent.text == "Kingston Wealth Ltd"


def test_a_court_seated_in_a_place_of_two_words_is_that_place_s() -> None:
    facts = extract(
        "The Provincial Court of British Columbia fined Kelowna contractor Summit Roofing Ltd "
        "$45,000 for a fall that injured a worker."
    )
    fine = by_amount(facts, "45000")
    assert fine.jurisdiction == "CA-BC"
    assert fine.authority == "British Columbia Provincial Court"


def test_a_ministry_named_by_fields_of_several_words() -> None:
    facts = extract(
        "Namibia's Ministry of Labour, Industrial Relations and Employment Creation fined "
        "Windhoek security firm Guardian Shield N$80,000 for underpaying guards."
    )
    fine = by_amount(facts, "80000")
    assert fine.authority == "Ministry of Labour, Industrial Relations and Employment Creation"
    assert fine.jurisdiction == "NA"


def test_the_party_a_headline_says_the_regulator_hits() -> None:
    facts = extract(
        "The Nigerian Communications Commission imposed a N2 billion fine on the operator for "
        "failing to disconnect unregistered SIM cards.",
        title="Regulator hits Sahara Telecom with record penalty",
    )
    assert by_amount(facts, "2000000000").respondent.text == "Sahara Telecom"


def test_a_state_s_agency_whose_name_ends_in_a_listed_one_s_is_its_own() -> None:
    # The US EPA is listed as the "Environmental Protection Agency".
    facts = extract(
        "The Lagos State Environmental Protection Agency (LASEPA) fined Ikeja nightclub Vibes "
        "Lounge N2 million for noise pollution. LASEPA said the club had been warned twice."
    )
    fine = by_amount(facts, "2000000")
    assert (fine.authority, fine.jurisdiction) == (
        "LASEPA",
        "NG-LA",
    )  # Lagos State (ISO 3166-2 NG-LA)


def test_a_statutory_officer_fining_in_their_own_name() -> None:
    facts = extract(
        "The Registrar of Companies fined Gaborone firm Okavango Holdings P10,000 for failing "
        "to file annual returns."
    )
    fine = by_amount(facts, "10000")
    assert (fine.authority, fine.jurisdiction) == ("Registrar of Companies", "BW")


def test_each_party_of_a_list_with_what_it_must_pay() -> None:
    facts = extract(
        "Those fined were Alpha Freight Ltd, which must pay K2 million, and Beta Haulage Ltd, "
        "which must pay K1 million, the Malawi Competition and Fair Trading Commission said."
    )
    assert by_amount(facts, "2000000").respondent.text == "Alpha Freight Ltd"
    assert by_amount(facts, "1000000").respondent.text == "Beta Haulage Ltd"


def test_a_court_whose_name_ends_in_a_listed_court_s_but_gives_its_own_place() -> None:
    # The CJEU is listed as the "Court of Justice".
    facts = extract(
        "The Ontario Court of Justice fined Hamilton steel mill Bayfront Steel Inc. $300,000 "
        "for a worker's injury."
    )
    fine = by_amount(facts, "300000")
    assert (fine.authority, fine.jurisdiction) == ("Ontario Court of Justice", "CA-ON")


def test_a_body_after_a_possessive_of_two_words_is_named_without_it() -> None:
    facts = extract(
        "Western Australia's Department of Mines, Industry Regulation and Safety fined Pilbara "
        "Iron Pty Ltd $250,000 over a haul-truck death."
    )
    fine = by_amount(facts, "250000")
    assert fine.authority == "Department of Mines, Industry Regulation and Safety"
    assert fine.jurisdiction == "AU-WA"
