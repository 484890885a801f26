"""Europe's regulators, courts, places and currencies (assistant/data/*/europe.toml): one
invented sentence per country, read through the real extractor, gives the amount, its
currency, the authority and the country."""

from __future__ import annotations

import pytest

from tests.test_facts_general import assert_the_one_fine, extract

CASES = [
    # body, amount, currency, authority, jurisdiction
    (
        "Albania's telecoms regulator AKEP fined the mobile operator Vodaliq 12 million lekë "
        "on Tuesday for failing to meet coverage obligations in Tirana.",
        "12000000",
        "ALL",
        "AKEP",
        "AL",
    ),
    (
        "The Macedonian Commission for Protection of Competition fined the dairy Mlekara Vardar "
        "45 million denars for fixing milk prices in Skopje.",
        "45000000",
        "MKD",
        "KZK (MK)",
        "MK",
    ),
    (
        "The Central Bank of Bosnia and Herzegovina said on Monday it had fined the exchange "
        "office Drina Mjenjačnica 150,000 convertible marks over anti-money-laundering failures.",
        "150000",
        "BAM",
        "CBBH",
        "BA",
    ),
    (
        "Russia's Federal Antimonopoly Service fined the ride-hailing firm Taksoff 3.2 billion "
        "roubles for abusing its dominant position in Moscow.",
        "3200000000",
        "RUB",
        "FAS (RU)",
        "RU",
    ),
    (
        "The National Bank of the Republic of Belarus fined the lender Minskprombank 2.4 million "
        "Belarusian roubles for breaching capital rules.",
        "2400000",
        "BYN",
        "NBRB",
        "BY",
    ),
    (
        "The Jersey Financial Services Commission fined the trust company Harbourline Trustees "
        "£420,000 for failing to check the source of clients' wealth.",
        "420000",
        "GBP",
        "JFSC",
        "JE",
    ),
    (
        "Bankitalia fined the payment institution Pagafacile €3.5 million for "
        "failing to safeguard customers' funds.",
        "3500000",
        "EUR",
        "Banca d'Italia",
        "IT",
    ),
    (
        "URE fined the gas trader Gazomir 18 million zloty for failing to keep mandatory reserves.",
        "18000000",
        "PLN",
        "URE",
        "PL",
    ),
    (
        "The Malta Gaming Authority fined the online casino operator Spinvale Ltd €310,000 over "
        "weak customer due diligence.",
        "310000",
        "EUR",
        "MGA",
        "MT",
    ),
    (
        "The ESBK, which supervises casinos, fined the operator Lacasino SA 1.1 million "
        "Swiss francs for letting banned players gamble.",
        "1100000",
        "CHF",
        "ESBK",
        "CH",
    ),
    (
        "The Kraftfahrt-Bundesamt fined the carmaker Vollmer Automobile €25 million over "
        "defeat devices in its diesel vans.",
        "25000000",
        "EUR",
        "KBA",
        "DE",
    ),
    (
        "The European Central Bank fined the lender Banca Lagunare €4.6 million for "
        "misreporting its risk-weighted assets.",
        "4600000",
        "EUR",
        "ECB",
        "EU",
    ),
    (
        "Montenegro's Agency for Electronic Communications and Postal Services (EKIP) fined the "
        "operator Telekom Podgorica €80,000 for overcharging roaming customers.",
        "80000",
        "EUR",
        "EKIP",
        "ME",
    ),
    (
        "The Central Bank of Kosovo fined the microlender Kredi Dardania €50,000 for "
        "breaching consumer lending rules in Pristina.",
        "50000",
        "EUR",
        "CBK (XK)",
        "XK",
    ),
    # Albania's administrative courts (blind set 19's country, invented copy).
    (
        "Albania's Administrative Court of Appeal reduced the fine on Adriatik Cement sh.a. "
        "to ALL 20 million.",
        "20000000",
        "ALL",
        "Administrative Court of Appeal of Albania",
        "AL",
    ),
    # Bosnia and Herzegovina (blind set 20's country, invented copy): its Competition Council
    # by the English name other countries' councils share, its state court as "Court of BiH".
    (
        "In Bosnia and Herzegovina, the Competition Council fined the brewery Vrbas Pivo d.d. "
        "KM 150.000 for tying its distributors to exclusive contracts.",
        "150000",
        "BAM",
        "Konkurencijsko vijeće",
        "BA",
    ),
    # "BAM" before a sum is the convertible mark, not Morocco's central bank.
    (
        "Bosnia's Competition Council fined the dairy Zvornik Mljekara BAM 125,000 for "
        "refusing to supply a rival distributor.",
        "125000",
        "BAM",
        "Konkurencijsko vijeće",
        "BA",
    ),
    (
        "The Banking Agency of Republika Srpska fined Banjaluka Kredit a.d. KM 60.000 for "
        "breaching liquidity rules.",
        "60000",
        "BAM",
        "ABRS",
        # An entity's own regulator: the entity's ISO 3166-2 code, as for a state's or a
        # province's (Republika Srpska is a place of its own since 2026-11-25).
        "BA-SRP",
    ),
    (
        "The Court of BiH reduced the fine on Sarajevo Petrol d.o.o. to KM 640.000.",
        "640000",
        "BAM",
        "Court of Bosnia and Herzegovina",
        "BA",
    ),
]


@pytest.mark.parametrize("body,amount,currency,authority,jurisdiction", CASES)
def test_european_enforcement_sentence(body, amount, currency, authority, jurisdiction):
    assert_the_one_fine(body, amount, currency, authority, jurisdiction)


def test_court_named_again_by_its_english_name_is_the_listed_court():
    """A court introduced with its own name and called by its bare English one afterwards
    ("the Market Court") is the listed court of the story's country in every ruling."""
    body = (
        "The Market Court (Markkinaoikeus) has reduced the fine the Finnish Competition and "
        "Consumer Authority imposed on the builder Rakennus Pohjola Oy from €4 million to "
        "€2.5 million.\n\n"
        "In a separate judgment the same week, the Market Court annulled the €300,000 fine "
        "imposed on the retailer Kauppa Lappi Oy."
    )
    rulings = [f for f in extract(body) if f.action == "ruling"]
    assert rulings
    assert {f.authority for f in rulings} == {"Market Court of Finland"}
    assert {f.jurisdiction for f in rulings} == {"FI"}
