"""African regulators, places and currencies from the region's data files
(`assistant/data/*/africa.toml`), read through the real extractor on invented one-sentence
articles: amount, currency, authority and jurisdiction of each."""

from __future__ import annotations

import pytest

from tests.test_facts_general import assert_the_one_fine, extract

CASES = [
    (
        "The Central Bank of Nigeria fined Harbourline Bank N450 million on Tuesday for "
        "breaching its foreign exchange rules.",
        "450000000",
        "NGN",
        "CBN",
        "NG",
    ),
    (
        "Senegal's Autorité de Régulation des Télécommunications et des Postes (ARTP) fined "
        "the operator Sahel Mobile 1.2 billion CFA francs for poor network quality.",
        "1200000000",
        "XOF",
        "ARTP (SN)",
        "SN",
    ),
    (
        "In Cameroon, the Agence de Régulation des Télécommunications imposed a fine of 800 "
        "million FCFA on Kumba Telecom for failing to register SIM cards.",
        "800000000",
        "XAF",
        "ART (CM)",
        "CM",
    ),
    (
        "The Bank of Zambia fined Copperbelt Savings K3 million for anti-money laundering "
        "failures.",
        "3000000",
        "ZMW",
        "Bank of Zambia",
        "ZM",
    ),
    (
        "The Postal and Telecommunications Regulatory Authority of Zimbabwe fined Lowveld "
        "Networks US$150,000 over a data breach.",
        "150000",
        "USD",
        "POTRAZ",
        "ZW",
    ),
    (
        "Mauritius' Financial Services Commission imposed a penalty of Rs 2 million on Ebene "
        "Fiduciary Ltd for late filings.",
        "2000000",
        "MUR",
        "FSC (MU)",
        "MU",
    ),
    (
        "The Bank of Uganda fined Kampala Trust Bank 500 million shillings for breaching "
        "lending rules.",
        "500000000",
        "UGX",
        "Bank of Uganda",
        "UG",
    ),
    (
        "The Fair Competition Commission fined Kilimanjaro Breweries TSh 2.5 billion for "
        "abusing its dominant position in Tanzania.",
        "2500000000",
        "TZS",
        "FCC (TZ)",
        "TZ",
    ),
    (
        "The Capital Markets Authority Uganda fined Nile Brokers UGX 90 million for misleading "
        "investors.",
        "90000000",
        "UGX",
        "CMA (UG)",
        "UG",
    ),
    (
        "Algeria's Commission d'Organisation et de Surveillance des Opérations de Bourse "
        "(COSOB) fined Oran Capital 20 million dinars for insider dealing.",
        "20000000",
        "DZD",
        "COSOB",
        "DZ",
    ),
    (
        "The Central Bank of Egypt fined Delta Exchange 5 million Egyptian pounds for "
        "unlicensed currency trading.",
        "5000000",
        "EGP",
        "Central Bank of Egypt",
        "EG",
    ),
    (
        "The National Bank of Ethiopia fined Abay Microfinance 3 million birr for breaching "
        "its reserve requirements.",
        "3000000",
        "ETB",
        "NBE",
        "ET",
    ),
    (
        "The Reserve Bank of Malawi fined Shire Commercial Bank MK240 million for breaches "
        "of the anti-money laundering law.",
        "240000000",
        "MWK",
        "RBM",
        "MW",
    ),
    (
        "Morocco's Autorité Marocaine du Marché des Capitaux fined Atlas Gestion 1.5 million "
        "dirhams for late disclosures.",
        "1500000",
        "MAD",
        "AMMC",
        "MA",
    ),
    (
        "The Namibian Competition Commission fined Etosha Cement N$4 million for price fixing.",
        "4000000",
        "NAD",
        "NaCC",
        "NA",
    ),
    # Mauritius's utilities regulator (blind set 19's country, invented copy).
    (
        "Mauritius's Utility Regulatory Authority imposed a penalty of Rs 1.2m on Moka Energy "
        "Ltd for missing data returns.",
        "1200000",
        "MUR",
        "URA (MU)",
        "MU",
    ),
    # Botswana (blind set 20's country, invented copy): its press writes the pula "P6.8
    # million", "P250 000"; its Competition Tribunal by its bare English name (four other
    # countries' tribunals have it too: the story's country settles it).
    (
        "Botswana's Competition and Consumer Authority fined Molepolole Wholesalers P1.2 "
        "million for price fixing.",
        "1200000",
        "BWP",
        "CCA (BW)",
        "BW",
    ),
    (
        "The Competition Tribunal fined Serowe Cement P3.5 million for abusing its dominant "
        "position in Botswana.",
        "3500000",
        "BWP",
        "Competition Tribunal of Botswana",
        "BW",
    ),
    (
        "Botswana's CCA fined Maun Motors P200 000 for misleading advertisements.",
        "200000",
        "BWP",
        "CCA (BW)",
        "BW",
    ),
    (
        "The High Court of Botswana reduced the fine on Palapye Foods to P900 000.",
        "900000",
        "BWP",
        "High Court of Botswana",
        "BW",
    ),
]


# Bare "francs" is the franc of the article's country (the Swiss franc without one).
CASES.append(
    (
        "The Banque de la République du Burundi fined Gitega Microfinance 40 million francs "
        "for breaching its liquidity rules.",
        "40000000",
        "BIF",
        "BRB (BI)",
        "BI",
    )
)


@pytest.mark.parametrize("body,amount,currency,authority,jurisdiction", CASES)
def test_african_fine_is_read_whole(body, amount, currency, authority, jurisdiction) -> None:
    assert_the_one_fine(body, amount, currency, authority, jurisdiction)


def test_an_ivorian_conseil_d_etat_is_cote_d_ivoire_s_not_frances():
    """ "The Conseil d'État" is France's and Côte d'Ivoire's highest administrative court:
    the country the sentence names settles which."""
    (ruling,) = extract(
        "Côte d'Ivoire's Conseil d'État dismissed Yamoussoukro Telecom's appeal against "
        "ARTCI's decision."
    )
    assert (ruling.action, ruling.authority, ruling.jurisdiction) == (
        "ruling",
        "Conseil d'État (CI)",
        "CI",
    )
    (ruling,) = [
        f
        for f in extract(
            "The Conseil d'État upheld the €20 million fine the CNIL imposed on Octave Media."
        )
        if f.action == "ruling"
    ]
    assert (ruling.authority, ruling.jurisdiction) == ("Conseil d'État", "FR")


def test_a_francophone_supreme_court_is_named_in_english():
    """English copy calls Senegal's Cour suprême "the Supreme Court": the fact names it so."""
    body = (
        "The ARTP fined Teranga Mobile 250 millions de FCFA for poor coverage in Dakar. "
        "On 9 July the Supreme Court of Senegal rejected Teranga Mobile's application to "
        "suspend the fine."
    )
    rulings = [f for f in extract(body) if f.action == "ruling"]
    assert rulings
    assert {f.authority for f in rulings} == {"Supreme Court of Senegal"}
