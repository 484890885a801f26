"""Regulators, sanction words and amounts that are not sanctions, as enforcement copy outside
the usual data-protection and competition beat writes them. Invented sentences only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from assistant.dates import find_dates
from assistant.provisions import find_instruments, find_provisions
from assistant.text import sentences
from tests.test_facts_general import by_amount, extract


def test_indias_securities_regulator_is_named_by_its_acronym() -> None:
    facts = extract(
        "SEBI has imposed a penalty of ₹40 lakh on Kestrel Ceramics Ltd for misstating "
        "its revenue in its offer document."
    )
    fine = by_amount(facts, "4000000")
    assert fine.authority == "SEBI" and fine.jurisdiction == "IN"


def test_a_securities_regulator_outside_europe_fines_in_its_own_country() -> None:
    facts = extract(
        "The Australian Securities and Investments Commission fined Bellbird Wealth Pty Ltd "
        "A$75,000 for misleading fee statements."
    )
    fine = by_amount(facts, "75000")
    assert fine.authority == "ASIC" and fine.jurisdiction == "AU"


def test_a_state_environment_agency_fines_in_its_state() -> None:
    facts = extract(
        "The Washington Department of Ecology fined Cedar Point Plating Inc. $96,000 for "
        "discharging nickel into a creek."
    )
    fine = by_amount(facts, "96000")
    assert fine.authority == "Washington Department of Ecology"
    assert fine.jurisdiction == "US-WA"


def test_the_federal_environment_agency_is_named_by_its_acronym() -> None:
    facts = extract("The EPA fined Redhaven Chemicals LLC $310,000 over leaking storage tanks.")
    fine = by_amount(facts, "310000")
    assert fine.authority == "EPA" and fine.jurisdiction == "US"


def test_a_labour_inspectorate_gives_an_infringement_fee_which_is_a_fine() -> None:
    facts = extract(
        "The Norwegian Labour Inspection Authority has given Vestkyst Rør AS an infringement "
        "fee of NOK 320 000 for breaching the working hours rules."
    )
    fine = by_amount(facts, "320000")
    assert fine.action == "fine"
    assert fine.authority == "Arbeidstilsynet" and fine.jurisdiction == "NO"


def test_a_coercive_fine_per_day_is_a_penalty_payment() -> None:
    facts = extract(
        "The Danish Working Environment Authority set a coercive fine of DKK 5,000 per day "
        "on Holmsted Byg A/S until it installs guard rails."
    )
    assert by_amount(facts, "5000").action == "penalty_payment"


def test_the_maximum_a_periodic_penalty_can_reach_is_no_penalty() -> None:
    facts = extract(
        "The Swedish Work Environment Authority fined Norrbacka Verkstad AB SEK 90,000. "
        "The daily fine can accumulate to a maximum amount of SEK 2,000,000."
    )
    assert [f.amount.amount for f in facts if f.amount] == [90000]


def test_nigerias_telecoms_regulator_fines_in_naira_written_with_its_sign() -> None:
    facts = extract(
        "The Nigerian Communications Commission has fined Sahel Wireless Ltd ₦200 million for "
        "ignoring its directions on call quality."
    )
    fine = by_amount(facts, "200000000")
    assert fine.authority == "Nigerian Communications Commission"
    assert fine.amount.currency == "NGN"


def test_what_a_fine_could_in_principle_have_reached_is_no_fine() -> None:
    facts = extract(
        "The Kenyan data commissioner fined Mavuno Lenders Ltd 4 million shillings. At 2% of "
        "its turnover the penalty could in principle have reached about 90 million shillings."
    )
    assert [f.amount.amount for f in facts if f.amount] == [4000000]


def test_nigerian_copy_writes_the_naira_as_a_capital_n_before_the_digits() -> None:
    facts = extract("The NCC fined Sahel Wireless Ltd N2.3 billion for failing to bar lines.")
    fine = by_amount(facts, "2300000000")
    assert fine.amount.currency == "NGN"
    assert fine.respondent.text == "Sahel Wireless Ltd"


def test_a_rand_amount_glued_to_its_letter_is_not_the_end_of_the_name() -> None:
    facts = extract("The Information Regulator fined Karoo Telecom R5 million for the breach.")
    assert by_amount(facts, "5000000").respondent.text == "Karoo Telecom"


def test_indian_sections_with_two_capitals_keep_both() -> None:
    found = find_provisions(
        "The whole time member levied the penalty under Section 15HB of the SEBI Act, not "
        "Section 15A."
    )
    assert [(p.instrument, p.number) for p in found] == [("SEBI Act", "15HB"), ("SEBI Act", "15A")]


def test_laws_cited_by_number_or_code_chapter_are_the_listed_laws() -> None:
    found = find_instruments(
        "The tribunal applied Lei 12.529/2011 to the cartel; the county relied on "
        "Chapter 90.48 RCW."
    )
    assert [law for law, _, _ in found] == ["Law 12,529/2011", "RCW 90.48"]


def test_an_appeals_boards_ruling_cutting_a_penalty_is_no_new_fine() -> None:
    facts = extract(
        "The EPA fined Kestrel Paper Co. $90,000 on March 3, 2023. Kestrel appealed to the "
        "Environmental Appeals Board. In an October ruling, the board reduced the penalty to "
        "$55,000."
    )
    assert [f.amount.amount for f in facts if f.action == "fine" and f.amount] == [90000]


def test_polands_competition_and_consumer_law_is_cited_by_its_english_title() -> None:
    found = find_provisions(
        "UOKiK found that the lender breached Article 24 of the Act on Competition and "
        "Consumer Protection."
    )
    assert [(p.instrument, p.number) for p in found] == [
        ("Polish Competition and Consumer Protection Act", "24")
    ]


def test_a_day_written_as_an_ordinal_with_a_full_stop_is_a_date_inside_the_sentence() -> None:
    text = (
        "The daily penalty of DKK 4 000 applies from 7. September 2025 until the guard rails "
        "are fitted. The firm has complained."
    )
    first = sentences(text)[0]
    assert text[first.start : first.end].endswith("are fitted.")
    (found,) = find_dates(text, "2025-10-01")
    assert found.date == date(2025, 9, 7)


def test_a_number_ending_a_sentence_before_a_month_is_no_day() -> None:
    text = "The board voted 5 to 2. May 2024 brought a new chair."
    assert all(found.day is None for found in find_dates(text, "2024-06-01"))


def test_a_state_securities_regulator_fines_in_its_state() -> None:
    facts = extract(
        "California's Department of Financial Protection and Innovation fined Sunridge "
        "Lending Inc. $150,000 for unlicensed loan brokering."
    )
    fine = by_amount(facts, "150000")
    assert fine.authority == "DFPI" and fine.jurisdiction == "US-CA"


def test_rupees_written_rs_are_the_regulators_countrys() -> None:
    pakistan = extract(
        "The Competition Commission of Pakistan fined Ravi Foods (Pvt) Ltd Rs 40 million "
        "for fixing the price of flour."
    )
    fine = by_amount(pakistan, "40000000")
    assert (fine.amount.currency, fine.authority, fine.jurisdiction) == ("PKR", "CCP", "PK")
    sri_lanka = extract(
        "The Central Bank of Sri Lanka fined Galle Harbour Finance Rs. 2 million for late reports."
    )
    assert by_amount(sri_lanka, "2000000").amount.currency == "LKR"
    india = extract("SEBI fined Kestrel Ceramics Ltd Rs 2 crore for misstating its revenue.")
    assert by_amount(india, "20000000").amount.currency == "INR"


def test_african_and_panamanian_signs_name_their_currencies() -> None:
    facts = extract(
        "The Zambia Information and Communications Technology Authority fined Lusaka Fibre "
        "Ltd K1.2 million for outages. The Bank of Namibia fined Kalahari Mutual N$1.5 million "
        "for late returns. Panama's ASEP fined Istmo Agua S.A. B/.250,000 for supply cuts. The "
        "Uganda Communications Commission fined Pearl Mobile Ltd Shs2.4 billion for unregistered "
        "SIM cards."
    )
    got = {
        code: (by_amount(facts, amount).amount.currency, by_amount(facts, amount).jurisdiction)
        for code, amount in [
            ("ZMW", "1200000"),
            ("NAD", "1500000"),
            ("PAB", "250000"),
            ("UGX", "2400000000"),
        ]
    }
    assert got == {
        "ZMW": ("ZMW", "ZM"),
        "NAD": ("NAD", "NA"),
        "PAB": ("PAB", "PA"),
        "UGX": ("UGX", "UG"),
    }


def test_a_glued_k_is_the_kwacha_only_with_a_multiplier_or_separator() -> None:
    facts = extract(
        "ZICTA fined Copper Link Ltd K800,000 for outages; its K9 units and 120K subscribers "
        "were not concerned."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("800000")]
