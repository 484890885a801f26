"""Regulators the data files do not list, read from how an article introduces them.

Every regulator and wording here is invented or absent from `authorities.toml`: a data file
can never list them all, so the extractor must read a body the way copy introduces it.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.fact_check import compare
from assistant.lexicon import lexicon
from assistant.models import Article
from assistant.unlisted_bodies import article_lexicon, unlisted_bodies
from tests.test_facts_general import by_amount, extract


def article(body: str, title: str = "Enforcement news", **meta) -> Article:
    return Article(
        id="invented",
        title=title,
        published="2024-06-03",
        path="invented.md",
        format="md",
        body=body,
        sha256="0",
        **meta,
    )


def test_a_name_with_its_short_form_in_brackets_is_the_acting_regulator() -> None:
    facts = extract(
        "The Maritime Safety Directorate (MSD) has fined ferry operator Fjordlink AS "
        "NOK 2.4 million for sailing with too few crew. It is the largest penalty the MSD "
        "has imposed on a passenger operator."
    )
    fine = by_amount(facts, "2400000")
    assert (fine.authority, fine.jurisdiction) == ("MSD", "NO")  # NOK: only Norway's


def test_a_name_in_its_own_language_with_an_english_gloss() -> None:
    facts = extract(
        "Kalastusvirasto (Finnish Fisheries Agency) has imposed a penalty fee of €40,000 on "
        "Saimaa Trawlers Oy for landing undersized catch."
    )
    fine = by_amount(facts, "40000")
    # The country from the gloss's demonym: the euro says none.
    assert (fine.authority, fine.jurisdiction) == ("Kalastusvirasto", "FI")


def test_the_country_is_the_one_the_name_opens_with() -> None:
    facts = extract(
        "The Canadian Food Inspection Agency on Thursday fined Maple Crest Dairies "
        "$85,000 over mislabelled allergens, the agency said."
    )
    fine = by_amount(facts, "85000")
    assert (fine.authority, fine.jurisdiction) == ("Canadian Food Inspection Agency", "CA")


def test_an_office_named_by_its_seat_and_its_country_from_the_domain() -> None:
    body = (
        "On 3 May the prefect of the Var ordered Azur Plastiques SAS to stop discharging "
        "into the river and imposed an administrative fine of €12,000. The prefecture said "
        "the company had ignored two warnings."
    )
    facts = extract(body, url="https://varmatin.example.fr/faits-divers/azur")
    fine = by_amount(facts, "12000")
    assert fine.authority is not None and "Var" in fine.authority
    assert fine.jurisdiction == "FR"  # the euro is many countries'; the .fr domain one


def test_a_one_word_name_acting_takes_its_country_from_its_section() -> None:
    body = (
        "## New Zealand: RoadSafeNZ fines courier\n\n"
        "RoadSafeNZ fined Kiwi Parcels Ltd $45,000 after drivers exceeded their hours.\n\n"
        "## Ireland\n\nA quieter week in Dublin."
    )
    fine = by_amount(extract(body), "45000")
    assert (fine.authority, fine.jurisdiction) == ("RoadSafeNZ", "NZ")


def test_a_name_described_as_a_regulator_before_it_is_one() -> None:
    fine = by_amount(
        extract(
            "Rail safety regulator Trackwise has fined Lowmoor Lines £640,000 after a "
            "derailment injured two passengers."
        ),
        "640000",
    )
    assert (fine.authority, fine.jurisdiction) == ("Trackwise", "GB")  # £: only Britain's


def test_a_name_described_as_a_regulator_after_it_is_one() -> None:
    fine = by_amount(
        extract(
            "Aquarev, the Portuguese water watchdog, said on Friday it had fined utility "
            "Águas do Sado €95,000 for late leak repairs. The penalty was imposed by "
            "Aquarev under its 2021 rules."
        ),
        "95000",
    )
    assert (fine.authority, fine.jurisdiction) == ("Aquarev", "PT")


def test_a_name_described_as_a_regulator_that_enforces_nothing_is_none() -> None:
    # Described, but never acting: an analyst's comment, and a company described by a regulator.
    text = (
        "Analysts at Hartwell, the lender the energy regulator once criticised, expect "
        "prices to rise. Marlow Foods, the regulator's biggest target, declined to comment. "
        "Energy regulator Voltara Tuesday published its annual report."
    )
    assert unlisted_bodies(article(text), lexicon()) == []


def test_names_that_enforce_nothing_are_no_regulators() -> None:
    text = (
        "The Board of Directors of Northwind Freight met on Monday. Its Customer Service "
        "Department answered 4,000 calls. Home Service Ltd imposed new prices on customers."
    )
    assert unlisted_bodies(article(text), lexicon()) == []


def test_a_wire_service_is_no_regulator_but_a_body_publishing_its_release_is() -> None:
    text = "The Port Authority of Valdora (PAV) fined Brisa Shipping 50,000 złoty."
    wire = unlisted_bodies(article(text, outlet="Coastal Wire Service — wire report"), lexicon())
    assert [b.id for b in wire] == ["PAV"]
    release = article(
        "We have fined Brisa Shipping 50,000 złoty.",
        outlet="Harbour Safety Board of Valdora — press release",
    )
    assert [b.english_name for b in unlisted_bodies(release, lexicon())] == [
        "Harbour Safety Board of Valdora"
    ]


def test_a_listed_regulator_s_short_form_keeps_its_listed_name() -> None:
    facts = extract(
        "The Information Commissioner's Office (ICO) fined Brightwave Ltd £120,000. The ICO "
        "ordered the company to delete the data."
    )
    assert by_amount(facts, "120000").authority == "ICO"


def test_a_body_one_article_introduces_is_that_article_s_alone() -> None:
    text = "The Inland Waterways Inspectorate (IWI) fined Rhenus Barge GmbH NOK 30,000."
    local = article_lexicon(article(text), lexicon())
    assert [m.key for m in local.mentions("the IWI said") if m.kind == "authority"] == ["IWI"]
    assert not [m for m in lexicon().mentions("the IWI said") if m.kind == "authority"]


def test_a_table_may_name_the_body_by_any_of_the_names_the_article_gives_it() -> None:
    text = (
        "The Court of Competition and Consumer Protection aside, the Agency for Rail "
        "Transport (UTK, Urząd Transportu Kolejowego) fined PolTrain PLN 600,000."
    )
    item = article(text)
    facts = {"invented": extract(text)}
    fine = by_amount(facts["invented"], "600000")
    assert fine.authority == "UTK"
    wanted = {
        "invented": [
            {
                "action": "fine",
                "respondent": "PolTrain",
                "authority": "Agency for Rail Transport",
                "jurisdiction": "PL",
                "amount": "600000",
                "currency": "PLN",
                "evidence": "fined PolTrain PLN 600,000",
            }
        ]
    }
    bodies = {"invented": text}
    assert not compare(facts, bodies, wanted, lexicon()).perfect
    local = {"invented": article_lexicon(item, lexicon())}
    report = compare(facts, bodies, wanted, lexicon(), local)
    assert report.perfect, report.wrong
    assert fine.amount is not None and fine.amount.amount == Decimal("600000")


def test_a_court_named_in_full_then_by_its_short_form_is_one_court() -> None:
    body = (
        "- The Court of Energy and Water Disputes has cut a penalty imposed by the regulator "
        "from PLN 3 million to PLN 1.1 million.\n\n"
        "On 12 May 2025 the Court of Energy and Water Disputes (Sąd Energii i Wód, SEW) "
        "partially upheld the appeal of Odra Prąd S.A. against the regulator's decision and "
        "reduced the penalty to PLN 1,100,000."
    )
    rulings = [f for f in extract(body) if f.action == "ruling"]
    # What a court hears ("of Energy and Water Disputes") is not where it sits; given with its
    # own-language name, it keeps its English one.
    assert [f.authority for f in rulings] == ["Court of Energy and Water Disputes"], [
        (f.authority, f.amount) for f in rulings
    ]


def test_the_bench_compares_courts_by_any_name_the_article_gives_them() -> None:
    text = (
        "Austria's Federal Supply Court (Bundesliefergericht, BLG) cut the fine imposed on "
        "Tauern Kabel GmbH to €40,000."
    )
    local = article_lexicon(article(text), lexicon(), courts=True)
    names = {m.key for m in local.mentions("Federal Supply Court") if m.kind == "authority"}
    assert names == {m.key for m in local.mentions("BLG") if m.kind == "authority"} != set()
    # The extractor itself leaves courts to fact_rulings.py.
    assert not unlisted_bodies(article(text), lexicon())


def test_sector_regulators_in_the_news_are_listed_with_their_country() -> None:
    # Energy, water, pensions, road-safety and financial-crime regulators, named the way
    # copy names them: they come from the data file, not from how the article introduces them.
    cases = {
        "Ofwat fined Tamar Valley Water £3.1 million for sewage spills.": ("Ofwat", "GB"),
        "The Pensions Regulator fined trustee firm Hallam Trust £40,000.": ("TPR", "GB"),
        "NHTSA fined carmaker Rivetto Motors $12 million over late recall reports.": (
            "NHTSA",
            "US",
        ),
        "AUSTRAC fined Coral Coast Bank A$45 million over unreported transfers.": (
            "AUSTRAC",
            "AU",
        ),
    }
    for sentence, expected in cases.items():
        fine = next(f for f in extract(sentence) if f.amount is not None)
        assert (fine.authority, fine.jurisdiction) == expected, sentence


def test_a_listed_body_named_in_full_then_by_its_initials_goes_by_them_here() -> None:
    body = (
        "The Nigerian Communications Commission on 4 March fined Kora Telecom Ltd N800 "
        "million for selling pre-registered SIM cards. NCC said the lines had been used in "
        "fraud."
    )
    here = article_lexicon(article(body), lexicon())
    assert [m.key for m in here.mentions("NCC") if m.kind == "authority"] == [
        "Nigerian Communications Commission"
    ]
    # the data files' lexicon leaves the shared initials out
    assert not [m for m in lexicon().mentions("NCC") if m.kind == "authority"]


def test_initials_opening_another_name_are_not_the_body_s() -> None:
    body = (
        "The Nigerian Communications Commission fined Kora Telecom Ltd N800 million. "
        "Security firm NCC Group said the breach was avoidable."
    )
    here = article_lexicon(article(body), lexicon())
    assert not [m for m in here.mentions("NCC") if m.kind == "authority"]


def test_a_directorate_general_with_a_quoted_short_form() -> None:
    text = (
        'The Directorate General of Inland Shipping ("DGIS") has fined ferry operator Ganga '
        "Ferries ₹12 lakh for overloading."
    )
    bodies = unlisted_bodies(article(text), lexicon())
    assert [(b.id, b.english_name, b.jurisdiction) for b in bodies] == [
        ("DGIS", "Directorate General of Inland Shipping", "IN")  # ₹: only India's
    ]


def test_a_conversion_into_dollars_does_not_make_a_section_american() -> None:
    body = (
        "Intro paragraph about the month's cases.\n\n"
        "## 1. Tarang Telecom\n\n"
        "The TRAIX fined Tarang Telecom ₹40 lakh (about US$48,000) on 3 March for "
        "unsolicited calls."
    )
    fine = by_amount(extract(body), "4000000")
    assert (fine.authority, fine.jurisdiction) == ("TRAIX", "IN")


def test_a_ministry_named_with_a_list_of_its_fields_is_one_body() -> None:
    facts = extract(
        "**SEOUL** — Korea's Ministry of Trade, Industry and Energy (MOTIE) has ordered Hanbit "
        "Chemical to pay a surcharge of ₩2.4 billion for falsified safety reports."
    )
    fine = by_amount(facts, "2400000000")
    assert (fine.authority, fine.jurisdiction) == ("MOTIE", "KR")


def test_a_city_government_issuing_orders_is_the_issuer_also_as_the_city_government() -> None:
    facts = extract(
        "Japan's consumer agency fined Kumo Foods K.K. ¥12 million on 2 June.\n\n"
        "In a parallel action, the Osaka Prefectural Government, which licenses the company's "
        "sales office, ordered Kumo Foods to suspend its sales business for ten days. The "
        "Osaka government also issued a business improvement order requiring Kumo Foods to "
        "retrain its staff."
    )
    measures = [(f.action, f.authority) for f in facts if f.action in {"ban", "order"}]
    assert measures == [
        ("ban", "Osaka Prefectural Government"),
        ("order", "Osaka Prefectural Government"),
    ]


def test_a_place_inside_a_regulators_name_does_not_stand_for_another_regulator() -> None:
    facts = extract(
        "The Gaming and Lottery Commission of Ontario (GLCO) has issued a monetary penalty of "
        "$60,000 to Northern Reels Inc. for advertising bonuses."
    )
    fine = by_amount(facts, "60000")
    assert (fine.authority, fine.amount.currency) == ("GLCO", "CAD")


def test_a_commission_approving_a_settlement_is_the_one_settling() -> None:
    facts = extract(
        "The Arizona Racing Commission on Tuesday approved a stipulation for settlement under "
        "which Desert Downs LLC will pay $400,000."
    )
    assert by_amount(facts, "400000").authority == "Arizona Racing Commission"


def test_a_listed_body_goes_by_the_short_form_it_defines_in_brackets() -> None:
    # "DEC" is not the initials of the full name (NYSDEC) and no data file lists it alone:
    # several states have one. The release defines it, so here it is this one.
    body = (
        "The New York State Department of Environmental Conservation (DEC) today announced "
        "an agreement with Hudson Barge Fuels Inc. over a diesel spill in the Hudson River.\n\n"
        "DEC fined the terminal operator Kingsbridge Tank Storage LLC $45,000 for late spill "
        "reports."
    )
    here = article_lexicon(article(body), lexicon())
    assert [m.key for m in here.mentions("DEC") if m.kind == "authority"] == ["NYSDEC"]
    assert not [m for m in lexicon().mentions("DEC") if m.kind == "authority"]
    fine = by_amount(extract(body), "45000")
    assert fine.authority == "NYSDEC"


# --- Bodies of a state, province or city ------------------------------------------------


def test_a_body_named_with_its_province_or_city_is_that_place_s() -> None:
    # ISO 3166-2: Guangdong is CN-GD, Kaohsiung TW-KHH; neither body is listed.
    province = extract(
        "GUANGZHOU, May 3 -- The Guangdong Provincial Administration for Market Regulation "
        "has fined Pearl Delta Dairy Co., Ltd. 2.3 million yuan for false advertising, the "
        "administration said on Friday."
    )
    assert by_amount(province, "2300000").jurisdiction == "CN-GD"
    city = extract(
        "KAOHSIUNG, March 2 -- The Kaohsiung City Environmental Protection Bureau fined "
        "Harbor Steel Corp. NT$800,000 on Monday for dust emissions."
    )
    fine = by_amount(city, "800000")
    assert (fine.authority, fine.jurisdiction) == (
        "Kaohsiung City Environmental Protection Bureau",
        "TW-KHH",
    )


def test_the_state_department_is_the_department_of_the_state_the_article_is_about() -> None:
    facts = extract(
        "SALEM, Oregon — State regulators have fined a Portland trucking company. The state "
        "Department of Environmental Quality fined Cascade Haulers LLC $96,000 for diesel "
        "spills, and the department ordered it to clean the site by June."
    )
    assert {(f.authority, f.jurisdiction) for f in facts} == {
        ("Oregon Department of Environmental Quality", "US-OR")
    }


def test_a_state_body_goes_by_its_initials_without_its_state() -> None:
    facts = extract(
        "TALLAHASSEE — The Florida Public Service Commission on Tuesday fined Gulf Breeze "
        "Water Co. $240,000 for repeated boil-water notice failures. The PSC also ordered the "
        "utility to replace 4 miles of mains. The PSC fined the company $15,000 in 2022."
    )
    assert {(f.authority, f.jurisdiction) for f in facts} == {("Florida PSC", "US-FL")}


# --- Round-ups: a table's rows and a section's country ---------------------------------

_ROUND_UP = """Our quarterly round-up of penalties in small financial centres.

### At a glance

| Jurisdiction | Regulator | Firm | Amount |
|---|---|---|---|
| Tonga | Royal Remittance Authority (RRA) | Nuku'alofa Remit Ltd | T$90,000 |
| Samoa | Central Bank of Samoa (CBS) | Apia Exchange Ltd | WS$120,000 |
| Samoa | CBS | Vailima Money Ltd | WS$40,000 |

### Tonga: remitter fined

The RRA fined Nuku'alofa Remit Ltd T$90,000 for failing to verify customers.

### Samoa: two money changers fined

The watchdog fined Apia Exchange Ltd WS$120,000 for late reports, and the regulator also
fined Vailima Money Ltd WS$40,000.
"""


def test_a_body_in_a_round_up_s_table_is_the_country_of_its_row() -> None:
    (body,) = unlisted_bodies(article(_ROUND_UP), lexicon())
    assert (body.id, body.jurisdiction) == ("RRA", "TO")


def test_the_watchdog_in_a_country_s_section_is_that_country_s_regulator() -> None:
    facts = extract(_ROUND_UP)
    assert {(f.amount.text, f.authority) for f in facts if f.amount} == {
        ("T$90,000", "RRA"),
        ("WS$120,000", "Central Bank of Samoa"),
        ("WS$40,000", "Central Bank of Samoa"),
    }


# --- Names cut short, names closing with their country, newsrooms -----------------------


def test_a_name_closing_with_its_country_and_a_coded_short_form() -> None:
    # "EMA" is the European Medicines Agency in the data files; here it is Zambia's agency.
    facts = extract(
        "The Environmental Management Agency Zambia (EMA-ZM) has fined Copperbelt Smelters "
        "Plc K2,000,000 for acid mist emissions at its Kitwe plant. EMA said the company must "
        "also install scrubbers within 60 days.",
        title="EMA fines Copperbelt smelter K2 million over acid mist",
    )
    assert {(f.action, f.authority, f.jurisdiction) for f in facts} == {
        ("fine", "EMA-ZM", "ZM"),
        ("order", "EMA-ZM", "ZM"),
    }


def test_a_body_named_in_full_once_then_by_its_first_words_keeps_its_full_name() -> None:
    facts = extract(
        "| Country | Regulator | Firm |\n|---|---|---|\n"
        "| Kyrgyzstan | State Agency for Antimonopoly Regulation | Bishkek Cement OJSC |\n\n"
        "The State Agency fined Bishkek Cement OJSC 3 million soms for refusing to supply "
        "distributors."
    )
    assert by_amount(facts, "3000000").authority == "State Agency for Antimonopoly Regulation"


def test_a_news_agency_reporting_is_no_regulator() -> None:
    text = (
        "PORT LOUIS, June 3 (MNA) - The Civil Aviation Department has fined Island Hopper Ltd "
        "Rs 500,000 for late refunds, the department said. The carrier was also ordered to "
        "refund all passengers within 30 days.\n\n(Reporting by MNA desk)"
    )
    outlet = "Mauritius News Agency (MNA)"
    assert [b.id for b in unlisted_bodies(article(text, outlet=outlet), lexicon())] == [
        "Civil Aviation Department"
    ]
    facts = extract(text, outlet=outlet)
    assert {f.authority for f in facts} == {"Civil Aviation Department"}


def test_a_name_opening_with_a_direction_is_its_country_s_body() -> None:
    # Ghana has an Eastern Region (GH-EP); "Eastern" opening a body's name says no region.
    facts = extract(
        "ACCRA, May 2 — The Eastern Fisheries Commission (EFC) has fined Volta Catch Ltd "
        "GH₵50,000 for using banned nets, the commission said."
    )
    assert {(f.authority, f.jurisdiction) for f in facts} == {("EFC", "GH")}
