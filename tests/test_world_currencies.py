"""Every currency as its own country's press writes it: "B$750,000" in Nassau, "Q4,850,000.00"
in Guatemala City, "D12 million" in Banjul, "K2.4 billion" in Lilongwe, "DA 120 million" in
Algiers. The country is told as real articles tell it (a regulator, a dateline, a URL), and the
same letters elsewhere are no money ("Q3 results", a "D" grade, "K-pop", a "DA"). Invented
articles throughout, read through `extract_facts`."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_facts_general import extract


def _amounts(body: str, **meta) -> list[tuple[Decimal, str]]:
    return [(f.amount.amount, f.amount.currency) for f in extract(body, **meta) if f.amount]


# One article per family of forms the data had not known: (body, ISO code, amount).
LOCAL_FORMS = [
    # Dollars with their country's prefix; "B$" is also Brunei's, so the country decides.
    (
        "NASSAU, March 3 — The Utilities Regulation and Competition Authority (URCA) has fined "
        "Island Reach Telecom Ltd B$420,000 for missing its network outage reporting deadlines.",
        "BSD",
        "420000",
    ),
    (
        "BANDAR SERI BEGAWAN — The Authority for Info-communications Technology Industry of "
        "Brunei Darussalam (AITI) fined Kelana Net Sdn Bhd B$85,000 for unlicensed services.",
        "BND",
        "85000",
    ),
    (
        "BRIDGETOWN, Barbados — Barbados's Fair Trading Commission imposed a fine of "
        "BDS$95,000 on Carlisle Motors Inc. for misleading advertising of used cars.",
        "BBD",
        "95000",
    ),
    # Single letters read only in their country's copy, glued to a sizeable figure.
    (
        "GUATEMALA CITY — The Superintendencia de Competencia de Guatemala fined Transportes "
        "del Norte, S.A. Q1,250,000.00 for sharing customers with two rivals.",
        "GTQ",
        "1250000",
    ),
    (
        "BANJUL — The Public Utilities Regulatory Authority (PURA) has fined Gambia mobile "
        "operator Sahel Wave D4.5 million for poor quality of service.",
        "GMD",
        "4500000",
    ),
    (
        "LILONGWE — Malawi's Competition and Fair Trading Commission has fined Mulanje Tea "
        "Traders K350 million for abusing its dominant position in leaf buying.",
        "MWK",
        "350000000",
    ),
    # The bare word two countries share ("kwacha"): the article's country decides.
    (
        "BLANTYRE — Malawi's Competition and Fair Trading Commission fined Shire Millers 45 "
        "million kwacha for fixing maize flour prices.",
        "MWK",
        "45000000",
    ),
    # Letters and abbreviations that are also initials, read in their country's copy.
    (
        "ALGIERS — Algeria's postal and electronic communications regulator ARPCE fined "
        "Numidia Télécom DA 85 million for failing to meet its coverage obligations.",
        "DZD",
        "85000000",
    ),
    (
        "FREETOWN — The Bank of Sierra Leone fined Kono Community Bank Le 2.5 million for "
        "breaching its know-your-customer rules.",
        "SLE",
        "2500000",
    ),
    (
        "TRIPOLI — The Central Bank of Libya fined Sahara Commercial Bank LD 3 million for "
        "foreign-exchange violations.",
        "LYD",
        "3000000",
    ),
    (
        "KINSHASA — The ARPTC fined mobile operator Lualaba Connect FC 450 million for "
        "failing to register SIM cards.",
        "CDF",
        "450000000",
    ),
    # Shillings written "Sh", cedis written "GH¢", riyals "SR": the country decides.
    (
        "NAIROBI — The Competition Authority of Kenya has fined Savannah Dairies Sh12 million "
        "for misleading labels on its yoghurt.",
        "KES",
        "12000000",
    ),
    (
        "ACCRA — The Bank of Ghana has fined Osu Rural Bank GH¢2.4 million for breaching "
        "anti-money laundering rules.",
        "GHS",
        "2400000",
    ),
    (
        "RIYADH — The Saudi Central Bank (SAMA) fined Najd Finance Company SR 1.5 million for "
        "violating consumer protection rules.",
        "SAR",
        "1500000",
    ),
    (
        "VICTORIA, Seychelles — The Central Bank of Seychelles fined Mahé Bureau de Change "
        "SR 250,000 for failing to report suspicious transactions.",
        "SCR",
        "250000",
    ),
    # CFA francs as French, Spanish and wire copy write them; the country says whose.
    (
        "DAKAR — Senegal's telecoms regulator ARTP fined operator Teranga Mobile 750 million "
        "CFA for failing to meet its coverage obligations.",
        "XOF",
        "750000000",
    ),
    (
        "MALABO, Equatorial Guinea — The Equatorial Guinean government fined Bioko Petroleum "
        "S.A. 2,5 millones de francos CFA for breaching its environmental permit.",
        "XAF",
        "2500000",
    ),
    # Old currencies in older copy: the Zimbabwe dollar written "Z$".
    (
        "HARARE — The Reserve Bank of Zimbabwe fined Msasa Bureau de Change Z$40 million in "
        "2019 for trading foreign currency above the official rate.",
        "ZWL",
        "40000000",
    ),
]


@pytest.mark.parametrize(("body", "code", "amount"), LOCAL_FORMS)
def test_a_currency_as_its_country_s_press_writes_it(body: str, code: str, amount: str) -> None:
    assert _amounts(body) == [(Decimal(amount), code)]


# The same letters outside their country's copy, or not before a sizeable figure: no money.
NOT_MONEY = [
    "The SEC fined Halvard Capital $2 million after its Q3 2,000-account review found errors.",
    "The FTC fined Crestline Toys $1.2 million; its K-pop figures carried a D grade for safety.",
    "The Manhattan DA 2,000 pages of evidence show it: the SEC fined Corvid LLC $500,000.",
    "The SEC fined Orbis Fund $750,000; its Q4 results came out on Q4 2025 day.",
]


@pytest.mark.parametrize("body", NOT_MONEY)
def test_the_same_letters_elsewhere_are_no_money(body: str) -> None:
    assert all(code == "USD" for _, code in _amounts(body)), _amounts(body)
    assert len(_amounts(body)) == 1


def test_a_dollar_sign_in_a_us_story_stays_the_us_dollar() -> None:
    body = "WASHINGTON — The Federal Trade Commission fined Bluegate Media $3.5 million."
    assert _amounts(body) == [(Decimal("3500000"), "USD")]


def test_a_us_dollar_conversion_is_no_place_a_section_is_about() -> None:
    body = (
        "GUATEMALA CITY — The Superintendencia de Competencia de Guatemala sanctioned two "
        "suppliers.\n\n**The sanctions**\n\n"
        "The Board fined Insumos del Sur, S.A. Q2,400,000.00 (approximately US$310,000) for "
        "rigging bids.\n\n"
        "It also fined the firm's manager, Mr. Rodrigo Paz Alvarado, Q150,000.00 for his part."
    )
    assert _amounts(body) == [(Decimal("2400000"), "GTQ"), (Decimal("150000"), "GTQ")]
