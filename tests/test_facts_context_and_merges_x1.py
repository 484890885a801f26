"""Facts filled in from the facts around them, on invented copy: a round-up's section that
names no regulator is not the section before's story; "the same bureau" is the body named
last; a digest's table row and its prose are one fine; a cell naming several parties is no
fine of its own."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract

ROUND_UP = (
    "Welcome to this month's banking round-up.\n\n"
    "### Mauritius: insurer's bank fined over screening\n\n"
    "The Bank of Mauritius fined Port Louis Commercial Bank Rs 4 million for weak sanctions "
    "screening. The bank said it had paid the penalty and upgraded its systems, which it "
    "described as a routine matter. Analysts said the fine was modest by regional "
    "standards and unlikely to affect the bank's dividend.\n\n"
    "### Namibia: money lender penalised\n\n"
    "The central bank penalised Windhoek Quick Loans N$250,000 for lending without "
    "affordability checks. The lender has 30 days to appeal.\n"
)


def test_a_section_naming_no_regulator_does_not_take_the_one_before() -> None:
    fact = by_amount(extract(ROUND_UP), "250000")
    assert fact.authority != "Bank of Mauritius"
    assert fact.jurisdiction != "MU"


SAME_BUREAU = (
    "GABORONE, May 6 - Gaborone City Consumer Affairs Bureau said on Tuesday it fined "
    "Kgale Savings Ltd P 1.2 million for failing to disclose loan charges.\n\n"
    "Inspectors found 214 deposits above the threshold that were never reported between "
    "January and October last year. The company said it accepted the findings and had "
    "appointed a new compliance officer, a former auditor with two decades of experience "
    "in the sector, to review every branch's procedures before the end of the year.\n\n"
    "Kgale Savings has about 60,000 depositors and eleven branches across the country, "
    "according to its latest annual report, and holds assets of some P 900 million.\n\n"
    "Officials said inspections of deposit-taking institutions would continue through "
    "the rest of the year, with a focus on rural branches where cash use remains high, "
    "and that a consultation on new reporting thresholds would open in September.\n\n"
    "Kgale Savings appealed, and on 2 May the Gaborone High Court upheld the fine.\n\n"
    "It is not the first such case. In 2023, the same bureau fined Serowe Credit "
    "P 300,000 for similar reporting failures."
)


def test_a_country_s_section_tells_the_story_of_its_regulator_the_lead_named() -> None:
    body = ROUND_UP.replace(
        "Welcome to this month's banking round-up.",
        "Welcome to this month's banking round-up: the Bank of Mauritius and the Bank of "
        "Namibia both announced penalties.",
    )
    fact = by_amount(extract(body), "250000")
    assert (fact.authority, fact.jurisdiction) == ("Bank of Namibia", "NA")


def test_the_same_bureau_is_the_body_named_last_before() -> None:
    fact = by_amount(extract(SAME_BUREAU, published="2025-05-06"), "300000")
    assert fact.authority == "Gaborone City Consumer Affairs Bureau"


DIGEST = (
    "Our quarterly look at consumer enforcement in smaller markets.\n\n"
    "| Country | Authority | Company | Fine | Date |\n"
    "|---|---|---|---|---|\n"
    "| Georgia | Competition and Consumer Protection Agency | Kartli Motors LLC "
    "| GEL 850,000 (about US$315,000) | 14 Mar 2025 |\n"
    "| Jordan | Amman Magistrates' Consumer Bench | Petra Mart Co. | JOD 60,000 "
    "(about US$84,600) | 20 Mar 2025 |\n"
    "| Kyrgyzstan | Antimonopoly Regulation Service | Alatoo Telecom; Issyk Net "
    "| KGS 12 million in total | 27 Mar 2025 |\n\n"
    "**Jordan: grocery chain fined over unmarked prices**\n\n"
    "A consumer bench of the Amman magistrates fined grocery chain Petra Mart Co. JOD 60,000 "
    "(about US$84,600) for selling goods without shelf prices in 31 branches. The chain said "
    "it would comply.\n"
)


def test_a_table_row_and_its_prose_are_one_fine_in_the_row_s_country() -> None:
    found = [f for f in extract(DIGEST, published="2025-04-02") if f.amount]
    petra = [f for f in found if f.respondent and "Petra" in f.respondent.text]
    assert len(petra) == 1, [(f.authority, f.jurisdiction) for f in petra]
    # the conversion's dollars name no country; the row's country column does
    assert petra[0].jurisdiction == "JO"


def test_a_row_naming_several_parties_is_no_fine_of_its_own() -> None:
    found = [f for f in extract(DIGEST, published="2025-04-02") if f.amount]
    assert not [f for f in found if f.amount.currency == "KGS"]


def test_a_conversion_s_currency_does_not_name_the_fine_s_country() -> None:
    body = (
        "ALMATY, June 3 (KBW) -- The Agency for Protection and Development of Competition said "
        "on Monday it fined two pharmacy chains for coordinated price rises.\n\n"
        "According to decisions published on the agency's website, Dari Pharm LLP was fined "
        "310 million tenge for raising prices of 42 medicines in step with a rival during "
        "the spring, the regulator said in a statement on its findings.\n\n"
        "The largest penalty, 1.9 billion tenge (around 3.8 million U.S. dollars), was imposed "
        "on Zhetysu Med LLP, which operates 180 pharmacies, for leading the coordination."
    )
    fact = by_amount(extract(body, published="2025-06-03"), "1900000000")
    assert fact.jurisdiction != "US"
