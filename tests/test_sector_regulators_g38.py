"""Sector regulators of countries the data files lacked (bench/regulator_coverage.py finds the
gaps): an article naming one by its acronym or full name gets that body and its country, not
an unlisted body or a regulator of another country. Invented articles through `extract`."""

from __future__ import annotations

import pytest

from .test_facts_general import by_amount, extract

_CASES = [
    # (article, title, amount, authority id, country)
    (
        "HARARE — MCAZ on Friday fined Mazowe Pharmaceuticals (Pvt) Ltd US$12,000 "
        "for distributing unregistered antibiotics, inspectors having found 40 cartons of "
        "the product at the company's warehouse.",
        "MCAZ fines drug wholesaler",
        "12000",
        "MCAZ",
        "ZW",
    ),
    (
        "Dushanbe — The Antimonopoly Service under the Government of the Republic of "
        "Tajikistan fined LLC Pamir Cement TJS 96,000 for raising prices in breach of a "
        "dominant position, the agency said on Monday.",
        "Tajik cement maker fined for abusing dominant position",
        "96000",
        "Antimonopoly Service (TJ)",
        "TJ",
    ),
    (
        "VILNIUS — VVKT has imposed a fine of EUR 15,000 on pharmacy chain Vaistinė Ąžuolas "
        "UAB for selling prescription drugs online without a licence.",
        "Pharmacy chain fined EUR 15,000",
        "15000",
        "VVKT",
        "LT",
    ),
    (
        "ATHENS — Food safety authority EFET fined supermarket operator Aigaio Markets SA "
        "EUR 48,000 after inspectors found expired dairy products in 11 stores.",
        "EFET fines supermarket chain",
        "48000",
        "EFET",
        "GR",
    ),
    (
        "Monrovia — LERC on Tuesday fined power distributor Bong Energy Inc. US$25,000 for "
        "unlicensed supply to households.",
        "LERC fines power distributor",
        "25000",
        "LERC",
        "LR",
    ),
    (
        "Taipei — The TFDA fined cosmetics importer Formosa Glow Co. NT$1.2 million for "
        "selling creams containing banned dyes; the company had ignored two earlier warnings.",
        "TFDA fines cosmetics importer",
        "1200000",
        "TFDA",
        "TW",
    ),
    (
        "BELGRADE — ALIMS has fined online retailer Zdravo Shop d.o.o. RSD 1,500,000 for "
        "advertising a prescription-only slimming drug on social media.",
        "Online retailer fined over drug advertising",
        "1500000",
        "ALIMS",
        "RS",
    ),
    (
        "TÓRSHAVN — Kappingareftirlitið has fined building supplier P/F Byggivørur kr. 350.000 "
        "for agreeing prices with two competitors.",
        "Building supplier fined for price agreement",
        "350000",
        "Kappingareftirlitið",
        "FO",
    ),
    (
        "The CQC has fined care home operator Meadowbank Care Ltd £40,000 after a resident "
        "was left without prescribed medication for five days at its home in Leeds.",
        "Care home operator fined £40,000",
        "40000",
        "CQC",
        "GB",
    ),
]


@pytest.mark.parametrize(("body", "title", "amount", "authority", "country"), _CASES)
def test_a_newly_listed_regulator_is_found_with_its_country(
    body: str, title: str, amount: str, authority: str, country: str
) -> None:
    fine = by_amount(extract(body, title=title, published="2026-03-02"), amount)
    assert (fine.authority, fine.jurisdiction) == (authority, country)
