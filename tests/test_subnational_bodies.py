"""Regulators of states, provinces and financial free zones, read as their place's.

Invented enforcement news (companies, people, amounts and wording are made up). A body of a
state or a special zone carries its ISO 3166-2 code in the data files, so a fine it imposes is
that place's ("AE-DU", "BR-RJ", "IN-MH"), not only its country's; an acronym several
countries' bodies share ("ANAC", "ASF") is settled by the country the article names.
"""

from __future__ import annotations

import pytest

from assistant.lexicon import lexicon
from tests.test_facts_general import assert_the_one_fine


@pytest.mark.parametrize(
    "body,amount,currency,authority,jurisdiction",
    [
        (
            "The Dubai Financial Services Authority (DFSA) fined Marwan Crescent Advisory "
            "USD 310,000 for failing to verify its clients' source of funds.",
            "310000",
            "USD",
            "DFSA (AE)",
            "AE-DU",
        ),
        (
            "Procon-RJ fined the gym chain Academia Copacabana Forte R$ 240.000 for "
            "charging cancellation fees its contracts did not mention.",
            "240000",
            "BRL",
            "Procon-RJ",
            "BR-RJ",
        ),
        (
            "Procon Minas Gerais fined supermarket group Serra Azul Alimentos R$ 1,2 milhão "
            "for displaying shelf prices lower than those charged at the till.",
            "1200000",
            "BRL",
            "Procon-MG",
            "BR-MG",
        ),
        (
            "The Maharashtra Pollution Control Board fined Konkan Dyechem Pvt Ltd Rs 45 lakh "
            "for discharging untreated effluent into a creek near Taloja.",
            "4500000",
            "INR",
            "MPCB",
            "IN-MH",
        ),
        (
            "The Gujarat Electricity Regulatory Commission imposed a penalty of Rs 10 lakh on "
            "a distribution company for missing its reliability targets.",
            "1000000",
            "INR",
            "GERC",
            "IN-GJ",
        ),
        (
            "Abu Dhabi Global Market's Financial Services Regulatory Authority fined Qasr "
            "Pearl Custody Ltd USD 95,000 over late suspicious transaction reports.",
            "95000",
            "USD",
            "FSRA (AE)",
            "AE-AZ",
        ),
        (
            "LISBON — Portugal's aviation regulator ANAC fined regional carrier Douro Air "
            "28.000 euros for failing to pay passengers compensation after cancellations.",
            "28000",
            "EUR",
            "ANAC (PT)",
            "PT",
        ),
    ],
)
def test_a_sub_national_or_free_zone_regulators_fine_is_its_places(
    body: str, amount: str, currency: str, authority: str, jurisdiction: str
) -> None:
    assert_the_one_fine(body, amount, currency, authority, jurisdiction)


@pytest.mark.parametrize(
    "text,authority",
    [
        ("In Lisbon, ANAC fined the airline for overbooking.", "ANAC (PT)"),
        ("In Rome, ANAC fined the contracting authority.", "ANAC (IT)"),
        ("In Lisbon, the ASF fined the insurer.", "ASF (PT)"),
        ("The Land Court of Queensland ruled against the miner.", "Land Court of Queensland"),
        ("The São Paulo State Court of Justice (TJ-SP) annulled the fine.", "TJ-SP"),
    ],
)
def test_shared_and_state_names_name_the_right_body(text: str, authority: str) -> None:
    found = {m.key for m in lexicon().mentions(text) if m.kind == "authority"}
    assert authority in found, found


@pytest.mark.parametrize(
    "body,amount,currency,authority,jurisdiction",
    [
        (
            "The HCAA fined charter airline Aegean Breeze Air €18,000 for keeping "
            "passengers on the tarmac for five hours without water.",
            "18000",
            "EUR",
            "HCAA",
            "GR",
        ),
        (
            "Turkey's SHGM fined low-cost carrier Bosphorus Wings 950,000 lira over "
            "late refunds for cancelled flights.",
            "950000",
            "TRY",
            "SHGM",
            "TR",
        ),
    ],
)
def test_a_smaller_countrys_aviation_regulators_fine(
    body: str, amount: str, currency: str, authority: str, jurisdiction: str
) -> None:
    assert_the_one_fine(body, amount, currency, authority, jurisdiction)
