"""The Americas' regulators, places and currencies (assistant/data/*/americas.toml) read by the
real extractor, on invented one-sentence articles: each names a body of its country and an
amount in its currency, written as that country's press writes it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_facts_general import assert_the_one_fine, extract

CASES = [
    (
        "Bolivia's Financial System Supervisory Authority (ASFI) fined Banco Altiplano Norte "
        "S.A. Bs 2.4 million for failing to report suspicious transactions.",
        "2400000",
        "BOB",
        "ASFI",
        "BO",
    ),
    (
        "Venezuela's Sudeban fined Banco Llanero Oriental Bs. 45,000,000 for failing to meet "
        "its lending quotas.",
        "45000000",
        "VES",
        "Sudeban",
        "VE",
    ),
    (
        "Guatemala's Superintendency of Banks fined Financiera Petén Sur 3.2 million quetzales "
        "for weak anti-money-laundering controls.",
        "3200000",
        "GTQ",
        "Superintendencia de Bancos (GT)",
        "GT",
    ),
    (
        "The National Banking and Insurance Commission (CNBS) fined Seguros Ulúa Norte 4.5 "
        "million lempiras for paying claims late.",
        "4500000",
        "HNL",
        "CNBS",
        "HN",
    ),
    (
        "Nicaragua's Siboif fined Banco Cocibolca Azul C$ 12 million for breaching its capital "
        "requirements.",
        "12000000",
        "NIO",
        "Siboif",
        "NI",
    ),
    (
        "The Jamaica Fair Trading Commission fined Blue Mountain Grocers Ltd J$25 million for "
        "misleading price advertisements.",
        "25000000",
        "JMD",
        "Fair Trading Commission (JM)",
        "JM",
    ),
    (
        "The Trinidad and Tobago Securities and Exchange Commission fined Caroni Harbour "
        "Capital Ltd TT$850,000 for late filings.",
        "850000",
        "TTD",
        "TTSEC",
        "TT",
    ),
    (
        "The Cayman Islands Monetary Authority fined Seven Mile Fiduciary Ltd CI$320,000 for "
        "breaches of the anti-money laundering regulations.",
        "320000",
        "KYD",
        "CIMA",
        "KY",
    ),
    (
        "The Eastern Caribbean Central Bank fined Windward Isles Credit Union EC$150,000 for "
        "failing to file its returns on time.",
        "150000",
        "XCD",
        "ECCB",
        "ECCU",  # the currency union's own code, as EU bodies have "EU"
    ),
    (
        "Cofepris fined Laboratorios Sierra Alta 3.5 million pesos for selling unregistered "
        "medicines in Mexico.",
        "3500000",
        "MXN",
        "Cofepris",
        "MX",
    ),
    (
        "Sunafil fined Textiles Misti Andina S.A.C. S/ 250,000 after a worker was injured at "
        "its plant in Arequipa, Peru.",
        "250000",
        "PEN",
        "Sunafil",
        "PE",
    ),
    (
        "Haiti's CONATEL fined Artibonite Mobile S.A. 25 million gourdes for poor service quality.",
        "25000000",
        "HTG",
        "CONATEL (HT)",
        "HT",
    ),
    (
        "The British Columbia Securities Commission fined Okanagan Ridge Capital Corp. C$1.2 "
        "million for misleading investors.",
        "1200000",
        "CAD",
        "BCSC",
        "CA-BC",
    ),
    (
        "The Public Utility Commission of Texas fined Pecos Valley Power LLC $1.8 million for "
        "violating wholesale market rules.",
        "1800000",
        "USD",
        "PUCT",
        "US-TX",
    ),
    (
        "Suriname's central bank (CBvS) fined Saramacca Wisselkantoor SRD 1.5 million for "
        "breaching exchange rate rules.",
        "1500000",
        "SRD",
        "CBvS",
        "SR",
    ),
    # Blind set 19's countries, in invented copy: Bolivia's ATT by the English name of its
    # releases, Nova Scotia's provincial court.
    (
        "The Authority for the Regulation and Oversight of Telecommunications and Transport "
        "fined Yungas Net S.A. Bs 250.000,00 for a service outage in Cochabamba.",
        "250000",
        "BOB",
        "ATT (BO)",
        "BO",
    ),
    (
        "Tidewater Lumber Ltd. was fined $45,000 in Nova Scotia provincial court in "
        "Bridgewater after pleading guilty under the Occupational Health and Safety Act.",
        "45000",
        "CAD",
        "Provincial Court of Nova Scotia",
        "CA-NS",
    ),
    # Blind set 20's, in invented copy: Honduras's CDPC by the British spelling of its English
    # name and the lempira as "Lps."; an exchange's disciplinary committee fining a member,
    # which is not the CFTC.
    (
        "The Commission for the Defence and Promotion of Competition fined Cementos del Norte "
        "Lps. 3,400,000.00 for abusing its dominant position in Honduras.",
        "3400000",
        "HNL",
        "CDPC (HN)",
        "HN",
    ),
    (
        "A CME Business Conduct Committee panel fined Lakeshore Trading LLC $90,000 for wash "
        "trades in Eurodollar futures.",
        "90000",
        "USD",
        "CME Group Business Conduct Committee",
        "US",
    ),
    (
        "A NYMEX Business Conduct Committee panel fined Gulf Crude Partners $60,000 for "
        "exceeding position limits.",
        "60000",
        "USD",
        "NYMEX Business Conduct Committee",
        "US",
    ),
]


@pytest.mark.parametrize(("body", "amount", "currency", "authority", "jurisdiction"), CASES)
def test_an_americas_fine_is_read_with_its_regulator_currency_and_country(
    body: str, amount: str, currency: str, authority: str, jurisdiction: str
) -> None:
    assert_the_one_fine(body, amount, currency, authority, jurisdiction)


def test_turkish_lira_symbol_is_not_read_in_a_resolution_number():
    """ "TL" in a resolution number ("RAR-TL 0145/2025") is no amount of Turkish lira; a fine
    in lira still is."""
    body = (
        "Under resolution ATT-DJ-RAR-TL 0188/2025, Bolivia's ATT fined Yungas Net S.A. "
        "Bs 80.500,00 for late reports."
    )
    assert all(f.amount is None or f.amount.currency != "TRY" for f in extract(body))
    fines = [f for f in extract("The Competition Board fined Anadolu Gida TL 2.4 million.")]
    assert [(f.amount.amount, f.amount.currency) for f in fines if f.amount] == [
        (Decimal("2400000"), "TRY")
    ]
