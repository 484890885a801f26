"""The Asia-Pacific data files (assistant/data/*/asia_pacific.toml) through the real extractor.

Invented one-sentence articles, one country or territory each: the fine's amount, its
currency, the body that imposed it and the body's jurisdiction are all read.
"""

from __future__ import annotations

import pytest

from tests.test_facts_general import assert_the_one_fine

CASES = [
    (
        "The Bank of the Lao PDR fined Vientiane Remit ₭41,000,000 for unlicensed transfers.",
        "41000000",
        "LAK",
        "BOL",
        "LA",
    ),
    (
        "Bursa Malaysia fined Klang Valley Holdings Bhd RM1.2 million for late disclosure.",
        "1200000",
        "MYR",
        "Bursa Malaysia",
        "MY",
    ),
    (
        "Kuwait's central bank fined Gulf Star Exchange 50,000 dinars for lapses in its "
        "anti-money laundering controls.",
        "50000",
        "KWD",
        "CBK (KW)",
        "KW",
    ),
    (
        "The Central Bank of Jordan fined Petra Microfinance JD15,000 over weak customer checks.",
        "15000",
        "JOD",
        "CBJ",
        "JO",
    ),
    (
        "The Communications, Space and Technology Commission fined Zain KSA 5 million riyals.",
        "5000000",
        "SAR",
        "CST (SA)",
        "SA",
    ),
    (
        "The State Bank of Pakistan fined Indus Commercial Bank Rs 45 million for violating "
        "foreign exchange rules.",
        "45000000",
        "PKR",
        "SBP",
        "PK",
    ),
    (
        "The National Bank of Cambodia fined Mekong Microfinance 400 million riels.",
        "400000000",
        "KHR",
        "NBC (KH)",
        "KH",
    ),
    (
        "The Central Bank of the Republic of Azerbaijan fined Caspian Credit 80,000 manat.",
        "80000",
        "AZN",
        "CBAR",
        "AZ",
    ),
    (
        "The Bank of Papua New Guinea fined Highlands Savings K2.5 million for breaching "
        "prudential standards.",
        "2500000",
        "PGK",
        "BPNG",
        "PG",
    ),
    (
        "Iran's central bank fined Persian Gulf Bank 20 billion rials.",
        "20000000000",
        "IRR",
        "Central Bank of Iran",
        "IR",
    ),
    (
        "The Georgian National Communications Commission fined Silknet 150,000 lari.",
        "150000",
        "GEL",
        "GNCC",
        "GE",
    ),
    (
        "The NSW Environment Protection Authority fined Hunter Haulage $45,000 for polluting a "
        "creek near Newcastle.",
        "45000",
        "AUD",
        "NSW EPA",
        "AU-NSW",
    ),
    (
        "The Monetary Authority of Macao fined Cotai Remittance 300,000 patacas.",
        "300000",
        "MOP",
        "AMCM",
        "MO",
    ),
    (
        "The People's Bank of China fined Shenzhen Paytech 8.5 million yuan for anti-money "
        "laundering failures.",
        "8500000",
        "CNY",
        "PBOC",
        "CN",
    ),
    (
        "Bangko Sentral ng Pilipinas fined Manila Rural Bank 12 million pesos for reporting lapses.",
        "12000000",
        "PHP",
        "BSP",
        "PH",
    ),
    (
        "The Uzbek central bank fined Samarkand Invest 500 million soums.",
        "500000000",
        "UZS",
        "CBU (UZ)",
        "UZ",
    ),
    (
        "The Lebanese Capital Markets Authority fined Cedar Securities 2 billion Lebanese pounds.",
        "2000000000",
        "LBP",
        "CMA (LB)",
        "LB",
    ),
    # Blind set 19's countries, in invented copy: Uzbekistan's competition body by its
    # everyday name and the "sum" spelling, its economic courts, Oman's utilities regulator
    # and "RO", Kuwait's CMA by its press name.
    (
        "Uzbekistan's Competition Committee fined Samarkand Bread LLC 375 million sum for "
        "misleading adverts.",
        "375000000",
        "UZS",
        "Uzbek Competition Committee",
        "UZ",
    ),
    (
        "The Committee for the Development of Competition and Protection of Consumer Rights "
        "fined Fergana Textile JSC UZS 500 million for abusing its dominant position.",
        "500000000",
        "UZS",
        "Uzbek Competition Committee",
        "UZ",
    ),
    (
        "The Competition Committee fined Fergana Textile JSC 800 million soʻm for bid rigging.",
        "800000000",
        "UZS",
        "Uzbek Competition Committee",
        "UZ",
    ),
    (
        "On 3 June the Tashkent Inter-District Economic Court cut the fine on Samarkand Bread "
        "LLC to 200 million soums.",
        "200000000",
        "UZS",
        "Tashkent Inter-District Economic Court",
        "UZ",
    ),
    (
        "Oman's Authority for Public Services Regulation fined Dhofar Water Company RO 40,000 "
        "for supply interruptions in Salalah.",
        "40000",
        "OMR",
        "APSR (OM)",
        "OM",
    ),
    (
        "Kuwait's CMA fined Al-Rawda Holding Co KD 60,000 for late disclosure.",
        "60000",
        "KWD",
        "CMA (KW)",
        "KW",
    ),
    (
        "The Jordanian TRC fined Aqaba Net JD30,000 for poor service quality.",
        "30000",
        "JOD",
        "TRC (JO)",
        "JO",
    ),
    (
        "The PNG Securities Commission fined Madang Timber Ltd K150,000 for late disclosure.",
        "150000",
        "PGK",
        "SCPNG",
        "PG",
    ),
    # "TRC" alone is Jordan's and Sri Lanka's telecoms regulator: the country settles it.
    (
        "Sri Lanka's TRC fined Kandy Mobile Rs. 5 million for unsolicited SMS marketing.",
        "5000000",
        "LKR",
        "TRCSL",
        "LK",
    ),
    # Philippine papers write the peso "P25 million" (a letter Botswana's pula shares: read
    # only where the country writes it).
    (
        "The Philippine Competition Commission fined Cebu Grains Corp. P25 million for "
        "failing to notify a merger.",
        "25000000",
        "PHP",
        "PCC (PH)",
        "PH",
    ),
]


def test_a_p_before_a_figure_is_money_only_where_the_country_writes_it() -> None:
    """ "P" is the pula's and the Philippine peso's sign, glued to its figure: in an article
    of neither country it is no amount."""
    from assistant.money import find_money

    assert [m.money for m in find_money("fined P6.8 million")] == [None]
    assert [str(m.money.amount) for m in find_money("fined P6.8 million", "BWP")] == ["6800000"]
    assert find_money("its P2 incidents rose", "BWP") == []


@pytest.mark.parametrize(("text", "amount", "currency", "authority", "jurisdiction"), CASES)
def test_a_fine_in_the_region_is_read_whole(
    text: str, amount: str, currency: str, authority: str, jurisdiction: str
) -> None:
    assert_the_one_fine(text, amount, currency, authority, jurisdiction)
