"""find_money and format_money, through the public functions, as the fact extractor uses them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.datafiles import load_toml
from assistant.lexicon import lexicon
from assistant.money import Money, MoneyMention, find_money, format_money

CURRENCIES = load_toml("currencies.toml")


def _spans(text: str, mentions: list[MoneyMention]) -> list[str]:
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return [m.text for m in mentions]


def _located(text: str, expected: list[str]) -> list[tuple[int, int]]:
    """Where each expected span is, searching left to right (repeated spans are distinct)."""
    spans, position = [], 0
    for part in expected:
        start = text.index(part, position)
        spans.append((start, start + len(part)))
        position = start + len(part)
    return spans


# (text, [(span, amount, ISO code, currency as written)])
FORMATS = [
    ("€20 million", [("€20 million", "20000000", "EUR", "€")]),
    ("a fine of 20 million euros", [("20 million euros", "20000000", "EUR", "euros")]),
    ("EUR 290 million", [("EUR 290 million", "290000000", "EUR", "EUR")]),
    ("fined 290m EUR", [("290m EUR", "290000000", "EUR", "EUR")]),
    ("SEK 58 million", [("SEK 58 million", "58000000", "SEK", "SEK")]),
    ("not yet paid the 58 million kronor.", [("58 million kronor", "58000000", "SEK", "kronor")]),
    ("Spotify was fined $5.4m", [("$5.4m", "5400000", "USD", "$")]),
    ("agreed to pay US$ 20 million", [("US$ 20 million", "20000000", "USD", "US$")]),
    ("sets the fine at £12,700,000.", [("£12,700,000", "12700000", "GBP", "£")]),
    ("£7.5M", [("£7.5M", "7500000", "GBP", "£")]),
    ("a payment of €5,200,000.", [("€5,200,000", "5200000", "EUR", "€")]),
    ("€5.2 million", [("€5.2 million", "5200000", "EUR", "€")]),
    ("5.2 million euros", [("5.2 million euros", "5200000", "EUR", "euros")]),
    ("pay a 20-million-euro fine", [("20-million-euro", "20000000", "EUR", "euro")]),
    ("a 10 million euro fine", [("10 million euro", "10000000", "EUR", "euro")]),
    ("the 1.2 billion euros imposed", [("1.2 billion euros", "1200000000", "EUR", "euros")]),
    ("€1.2bn", [("€1.2bn", "1200000000", "EUR", "€")]),
    ("€1.2 billion.", [("€1.2 billion", "1200000000", "EUR", "€")]),
    ("a $368 million fine", [("$368 million", "368000000", "USD", "$")]),
    ("a £11 million fine", [("£11 million", "11000000", "GBP", "£")]),
    ("1.5 million zlotys", [("1.5 million zlotys", "1500000", "PLN", "zlotys")]),
    ("$9.4 Million by UK Regulator", [("$9.4 Million", "9400000", "USD", "$")]),
    ("$5.7M and $22M", [("$5.7M", "5700000", "USD", "$"), ("$22M", "22000000", "USD", "$")]),
    ("EUR 50,000", [("EUR 50,000", "50000", "EUR", "EUR")]),
    ("EUR50,000", [("EUR50,000", "50000", "EUR", "EUR")]),
    ("€ 5.2 million", [("€ 5.2 million", "5200000", "EUR", "€")]),
    ("€\u00a05.2\u00a0million", [("€\u00a05.2\u00a0million", "5200000", "EUR", "€")]),
    ("£7,552,800.50", [("£7,552,800.50", "7552800.50", "GBP", "£")]),
    ("€500k", [("€500k", "500000", "EUR", "€")]),
    ("$1.2b", [("$1.2b", "1200000000", "USD", "$")]),
    ("€3mn", [("€3mn", "3000000", "EUR", "€")]),
    ("£1.2 billions", [("£1.2 billions", "1200000000", "GBP", "£")]),
    ("USD1.2bn", [("USD1.2bn", "1200000000", "USD", "USD")]),
    ("5 000 zł", [("5 000 zł", "5000", "PLN", "zł")]),
    ("C$5 million", [("C$5 million", "5000000", "CAD", "C$")]),
    ("A$ 1.5m", [("A$ 1.5m", "1500000", "AUD", "A$")]),
    ("HK$10,000", [("HK$10,000", "10000", "HKD", "HK$")]),
    ("R$ 5 million", [("R$ 5 million", "5000000", "BRL", "R$")]),
    ("R5 million", [("R5 million", "5000000", "ZAR", "R")]),
    ("N2.7 billion", [("N2.7 billion", "2700000000", "NGN", "N")]),
    ("N350,000", [("N350,000", "350000", "NGN", "N")]),
    ("₦48 million", [("₦48 million", "48000000", "NGN", "₦")]),
    ("CHF 5 million", [("CHF 5 million", "5000000", "CHF", "CHF")]),
    ("¥1,000", [("¥1,000", "1000", "JPY", "¥")]),
    ("Rs 5 crore", [("Rs 5 crore", "50000000", "INR", "Rs")]),
    ("₹1,50,000", [("₹1,50,000", "150000", "INR", "₹")]),
    ("2.5 million won", [("2.5 million won", "2500000", "KRW", "won")]),
    ("20 million Swiss francs", [("20 million Swiss francs", "20000000", "CHF", "Swiss francs")]),
    # Local, plural and inflected names of the currencies regulators fine in.
    (
        "4.2 million Icelandic krónur",
        [("4.2 million Icelandic krónur", "4200000", "ISK", "Icelandic krónur")],
    ),
    ("15 milionů korun", []),  # Czech number words are not read
    ("2,5 mln korun", [("2,5 mln korun", "2500000", "CZK", "korun")]),
    ("800 000 złotych", [("800 000 złotych", "800000", "PLN", "złotych")]),
    ("CHF 90 000 Franken", [("CHF 90 000", "90000", "CHF", "CHF")]),
    ("250 000 Franken", [("250 000 Franken", "250000", "CHF", "Franken")]),
    ("fined 12 million rands", [("12 million rands", "12000000", "ZAR", "rands")]),
    ("3 billion roubles", [("3 billion roubles", "3000000000", "RUB", "roubles")]),
    ("RUB 500,000", [("RUB 500,000", "500000", "RUB", "RUB")]),
    ("1.5 million hryvnias", [("1.5 million hryvnias", "1500000", "UAH", "hryvnias")]),
    (
        "7.5 million Serbian dinars",
        [("7.5 million Serbian dinars", "7500000", "RSD", "Serbian dinars")],
    ),
    ("NGN 250 million", [("NGN 250 million", "250000000", "NGN", "NGN")]),
    ("KSh 4.5 million", [("KSh 4.5 million", "4500000", "KES", "KSh")]),
    ("RM 300,000", [("RM 300,000", "300000", "MYR", "RM")]),
    ("Rp 8.5 billion", [("Rp 8.5 billion", "8500000000", "IDR", "Rp")]),
    ("NT$1.5 million", [("NT$1.5 million", "1500000", "TWD", "NT$")]),
    ("PHP 1.2 million", [("PHP 1.2 million", "1200000", "PHP", "PHP")]),
    ("5 million baht", [("5 million baht", "5000000", "THB", "baht")]),
    ("MX$ 2 million", [("MX$ 2 million", "2000000", "MXN", "MX$")]),
    ("SAR 750,000", [("SAR 750,000", "750000", "SAR", "SAR")]),
    ("AED 1 million", [("AED 1 million", "1000000", "AED", "AED")]),
    ("5 pounds sterling", [("5 pounds sterling", "5", "GBP", "pounds sterling")]),
    # European separators, only where English cannot read them.
    ("1.234.567,89 euros", [("1.234.567,89 euros", "1234567.89", "EUR", "euros")]),
    ("€1.234,5", [("€1.234,5", "1234.5", "EUR", "€")]),
    ("€1,5 million", [("€1,5 million", "1500000", "EUR", "€")]),
    ("€1.234", [("€1.234", "1234", "EUR", "€")]),  # a dot before three digits groups them
    # A dot, an apostrophe (Swiss) or a thin space before groups of three digits groups
    # thousands; with a scale word after it the dot is a decimal point.
    ("a penalty of EUR 2.750 on the", [("EUR 2.750", "2750", "EUR", "EUR")]),
    ("fined 37.500 € for", [("37.500 €", "37500", "EUR", "€")]),
    ("DKK 12.000.000,50", [("DKK 12.000.000,50", "12000000.50", "DKK", "DKK")]),
    ("fined CHF 250'000 by", [("CHF 250'000", "250000", "CHF", "CHF")]),
    ("Fr. 1’200’000", [("Fr. 1’200’000", "1200000", "CHF", "Fr.")]),
    ("CHF 12'345.50", [("CHF 12'345.50", "12345.50", "CHF", "CHF")]),
    ("NOK 3\u2009400\u2009000", [("NOK 3\u2009400\u2009000", "3400000", "NOK", "NOK")]),
    ("€2.250 million", [("€2.250 million", "2250000", "EUR", "€")]),
    ("SEK 4.125bn", [("SEK 4.125bn", "4125000000", "SEK", "SEK")]),
    ("£0.125", [("£0.125", "0.125", "GBP", "£")]),
    # European scale abbreviations keep the dot or comma decimal.
    ("a fine of 4,8 Mio. Euro", [("4,8 Mio. Euro", "4800000", "EUR", "Euro")]),
    ("CHF 1.750 Mio.", [("CHF 1.750 Mio.", "1750000", "CHF", "CHF")]),
    ("EUR 1,1 Mrd", [("EUR 1,1 Mrd", "1100000000", "EUR", "EUR")]),
    ("2,4 mld zł", [("2,4 mld zł", "2400000000", "PLN", "zł")]),
    # Lower-case ones, as Czech, Danish, Norwegian, Swedish and Finnish copy writes them.
    ("CZK 48,7 mil.", [("CZK 48,7 mil.", "48700000", "CZK", "CZK")]),
    ("pokuta 12,5 mil. Kč", [("12,5 mil. Kč", "12500000", "CZK", "Kč")]),
    ("DKK 3,4 mio. for", [("DKK 3,4 mio.", "3400000", "DKK", "DKK")]),
    ("DKK 1,1 mia.", [("DKK 1,1 mia.", "1100000000", "DKK", "DKK")]),
    ("NOK 7,5 mill. i", [("NOK 7,5 mill.", "7500000", "NOK", "NOK")]),
    ("SEK 2,25 milj.", [("SEK 2,25 milj.", "2250000", "SEK", "SEK")]),
    ("$4.75", [("$4.75", "4.75", "USD", "$")]),
    # Words before a multiplier.
    ("two million euros", [("two million euros", "2000000", "EUR", "euros")]),
    ("a million pounds", [("a million pounds", "1000000", "GBP", "pounds")]),
    ("half a million euros", [("half a million euros", "500000", "EUR", "euros")]),
    (
        "twenty-five million dollars",
        [("twenty-five million dollars", "25000000", "USD", "dollars")],
    ),
    ("three hundred thousand euros", [("three hundred thousand euros", "300000", "EUR", "euros")]),
    ("three two-million-euro fines", [("two-million-euro", "2000000", "EUR", "euro")]),
    # Conversions in brackets or after a slash are separate amounts.
    (
        "a penalty of 100,000 euros ($110,000) a day",
        [("100,000 euros", "100000", "EUR", "euros"), ("$110,000", "110000", "USD", "$")],
    ),
    (
        "£7.5 million (€8.64 million / $8.49 million)",
        [
            ("£7.5 million", "7500000", "GBP", "£"),
            ("€8.64 million", "8640000", "EUR", "€"),
            ("$8.49 million", "8490000", "USD", "$"),
        ],
    ),
    (
        "in 2023 €5m and Article 83 €20m",
        [("€5m", "5000000", "EUR", "€"), ("€20m", "20000000", "EUR", "€")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMATS, ids=[t for t, _ in FORMATS])
def test_formats(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = find_money(text)
    assert _spans(text, found) == [span for span, *_ in expected]
    assert [(m.start, m.end) for m in found] == _located(text, [span for span, *_ in expected])
    for mention, (_, amount, code, written) in zip(found, expected, strict=True):
        assert mention.money == Money(Decimal(amount), code)
        assert mention.amount == Decimal(amount)
        assert mention.currency_text == written
        assert mention.range_end is None


def test_whole_units_have_no_fraction_or_exponent() -> None:
    (mention,) = find_money("€5.2 million")
    assert mention.money is not None
    assert str(mention.money.amount) == "5200000"


# (text, span, low, high, currency, qualifier)
RANGES = [
    ("expected between £10m and £20m.", "£10m and £20m", "10000000", "20000000", "GBP", "between"),
    ("€10-20 million", "€10-20 million", "10000000", "20000000", "EUR", None),
    ("€10–20 million", "€10–20 million", "10000000", "20000000", "EUR", None),
    ("10-20 million euros", "10-20 million euros", "10000000", "20000000", "EUR", None),
    ("£10m-£20m", "£10m-£20m", "10000000", "20000000", "GBP", None),
    ("fines of €10m to €20m", "€10m to €20m", "10000000", "20000000", "EUR", None),
    ("ranging from €10m to €20m", "€10m to €20m", "10000000", "20000000", "EUR", None),
    (
        "between €10 and €20 million",
        "€10 and €20 million",
        "10000000",
        "20000000",
        "EUR",
        "between",
    ),
    (
        "of between 10 and 20 million euros",
        "10 and 20 million euros",
        "10000000",
        "20000000",
        "EUR",
        "between",
    ),
    ("€500,000-1 million", "€500,000-1 million", "500000", "1000000", "EUR", None),
    ("$2-3bn", "$2-3bn", "2000000000", "3000000000", "USD", None),
    # A dot before three digits is a point when the scale word after the range covers both
    # ends, and groups thousands when the low end could not be in that scale.
    ("PLN 1.250-3.500 mln", "PLN 1.250-3.500 mln", "1250000", "3500000", "PLN", None),
    ("€250.000-1 million", "€250.000-1 million", "250000", "1000000", "EUR", None),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "code", "qualifier"), RANGES)
def test_ranges(
    text: str, span: str, low: str, high: str, code: str, qualifier: str | None
) -> None:
    (mention,) = find_money(text)
    assert _spans(text, [mention]) == [span]
    assert mention.money == Money(Decimal(low), code)
    assert mention.range_end == Money(Decimal(high), code)
    assert mention.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "fines of €10m and €20m",  # two fines, not a range
        "the fine was raised from €10m to €20m",  # a change, not a range
        "€20 million and €10 million",
    ],
)
def test_not_ranges(text: str) -> None:
    found = find_money(text)
    assert len(found) == 2
    assert all(m.range_end is None for m in found)


def test_a_bare_number_after_to_is_not_the_high_end() -> None:
    text = "it paid €10 to 20 people"
    (mention,) = find_money(text)
    assert (mention.text, mention.range_end) == ("€10", None)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("can be fined up to €20 million", "up to"),
        ("Up to €20 million", "up to"),
        ("more than €5m", "more than"),
        ("almost $40 million in funding", "almost"),
        ("around $3.5 million", "around"),
        ("at least €1,000", "at least"),
        ("over £2bn", "over"),
        ("nearly 20 million euros", "nearly"),
        ("about 5 million kronor", "about"),
        ("£11 million (approximately $13.5 million)", "approximately"),
        ("in excess of €10m", "in excess of"),
        ("~€5m", "~"),
        ("a fine of €5m", None),
    ],
)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    assert find_money(text)[-1].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("under penalty of 100,000 euros per day of delay", ["day"]),
        ("€100,000 per day", ["day"]),
        ("at a cost of €100,000 per overdue day)", ["day"]),
        ("a penalty of 100,000 euros ($110,000) a day would be imposed", ["day", "day"]),
        ("fine Meta NOK 1 million ($98,500) a day from next week", ["day", "day"]),
        ("a daily fine of NOK 1 million", ["day"]),
        ("€5,000 a week", ["week"]),
        ("$1m per month", ["month"]),
        ("€2 million a year", ["year"]),
        ("€100/day", ["day"]),
        ("a fine of €20m a year ago", [None]),
        ("the 20 million euros in March", [None]),
    ],
)
def test_rates(text: str, per: list[str | None]) -> None:
    assert [m.per for m in find_money(text)] == per


def test_ambiguous_currency_uses_the_callers_currency() -> None:
    text = "Its largest fine so far, kr 65 000 000 imposed on Grindr"
    (unknown,) = find_money(text)
    assert unknown.money is None
    assert unknown.amount == Decimal("65000000")
    assert (unknown.text, unknown.currency_text) == ("kr 65 000 000", "kr")
    (norwegian,) = find_money(text, default_currency="NOK")
    assert norwegian.money == Money(Decimal("65000000"), "NOK")
    assert (norwegian.start, norwegian.end) == (unknown.start, unknown.end)


@pytest.mark.parametrize(
    ("text", "default", "code"),
    [
        ("$5m", None, "USD"),  # [ambiguous_default]
        ("$5m", "AUD", "AUD"),
        ("$5m", "EUR", "USD"),  # the jurisdiction's currency is not a dollar
        ("5 million dollars", "CAD", "CAD"),
        ("5 million crowns", "CZK", "CZK"),
        ("5 million crowns", None, None),
        ("Kr 5000", "DKK", "DKK"),
        ("kr 5", "EUR", None),
        ("¥1,000", None, "JPY"),
        ("¥1,000", "CNY", "CNY"),
        ("SEK 5", "NOK", "SEK"),  # unambiguous strings ignore the default
    ],
)
def test_currency_resolution(text: str, default: str | None, code: str | None) -> None:
    (mention,) = find_money(text, default_currency=default)
    assert (mention.money.currency if mention.money else None) == code


def _read(text: str, default: str | None = None, article: str | None = None) -> list[tuple]:
    return [
        (m.text, m.money.amount if m.money else m.amount, m.money.currency if m.money else None)
        for m in find_money(text, default, article)
    ]


@pytest.mark.parametrize(
    ("text", "default", "amount", "code"),
    [
        # Latin American pesos write "$" too, with the thousands dotted or not.
        ("fined Andina Pagos $2.450.000.000", "COP", "2450000000", "COP"),
        ("a penalty of $ 3.500.000 was imposed", "CLP", "3500000", "CLP"),
        ("ordered to pay $ 8.750.000", "ARS", "8750000", "ARS"),
        ("fined Banco Norteño $1,250,000", "MXN", "1250000", "MXN"),
        ("fined Banco Norteño $1,250,000", None, "1250000", "USD"),
        ("a sanction of $ 4.000.000", "UYU", "4000000", "UYU"),
    ],
)
def test_a_peso_country_s_dollar_sign_is_its_peso(
    text: str, default: str | None, amount: str, code: str
) -> None:
    ((_, found, currency),) = _read(text, default)
    assert (found, currency) == (Decimal(amount), code)


@pytest.mark.parametrize(
    ("article", "default"),
    [
        # Wire copy marks the local dollar, or names the peso, and its bare "$" is the US one.
        ("Lakeshore Mobile will pay a C$2.4 million fine. That is about $1.75 million.", "CAD"),
        ("Tasman Energy paid NZ$900,000. That is about $540,000, its filing says.", "NZD"),
        ("Harbourline paid AUD 3 million. That is about $2 million at today's rate.", "AUD"),
        ("It paid 3 million Australian dollars. That is about $2 million.", "AUD"),
        ("Profeco fined it 45 million pesos. That is $2.6 million.", "MXN"),
    ],
)
def test_a_bare_dollar_sign_beside_a_marked_local_currency_is_the_us_dollar(
    article: str, default: str
) -> None:
    sentence = article.split(". ", 1)[1]
    assert _read(sentence, default, article)[-1][2] == "USD"
    # The same sentence in copy that never marks the local currency: "$" is the local one.
    assert _read(sentence, default)[-1][2] == default


def test_a_marked_us_dollar_leaves_the_bare_sign_local() -> None:
    article = "The OPC's $250,000 penalty is small beside the US$5 million its parent paid."
    assert [c for _, _, c in _read(article, "CAD", article)] == ["CAD", "USD"]


def test_the_local_dollar_in_brackets_makes_the_bare_sign_the_us_dollar() -> None:
    text = "Kowhai Power paid a NZ$1.5 million ($890,000) penalty"
    assert _read(text, "NZD") == [
        ("NZ$1.5 million", Decimal("1500000"), "NZD"),
        ("$890,000", Decimal("890000"), "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "default", "written", "amount", "code"),
    [
        # An amount in figures and again in words, as legal texts write it, is one amount in a
        # currency both strings can be.
        ("fined $ 9.000.000 (nine million pesos) for", "ARS", "$ 9.000.000", "9000000", "ARS"),
        ("fined $ 9.000.000 (nine million pesos) for", None, "$ 9.000.000", "9000000", None),
        ("a fine of ten thousand dollars ($10,000)", None, "ten thousand dollars", "10000", "USD"),
        ("a fine of $ 2.500.000 (two million five hundred thousand pesos)", "CLP",
         "$ 2.500.000", "2500000", "CLP"),
    ],
)  # fmt: skip
def test_an_amount_written_twice_is_one_amount(
    text: str, default: str | None, written: str, amount: str, code: str | None
) -> None:
    assert _read(text, default) == [(written, Decimal(amount), code)]


def test_an_amount_restated_in_words_does_not_mark_the_local_currency() -> None:
    article = "The AAIP fined Ruta Sur $ 9.000.000 (nine million pesos). Another paid $ 500.000."
    assert [c for _, _, c in _read(article, "ARS", article)] == ["ARS", "ARS"]
    # Written once, by name, the peso is marked: the bare "$" beside it is the US dollar.
    article = "The AAIP fined Ruta Sur 9 million pesos ($10,400). Another paid $25,000."
    assert [c for _, _, c in _read(article, "ARS", article)] == ["ARS", "USD", "USD"]


@pytest.mark.parametrize(
    "text",
    [
        "fined $ 9.000.000 (seven million pesos) for",  # not the same amount
        "fined €5 million (five million yen)",  # no currency both can be
    ],
)
def test_different_amounts_side_by_side_stay_two(text: str) -> None:
    assert len(find_money(text, "ARS")) == 2


@pytest.mark.parametrize(
    ("text", "default", "span", "amount", "code", "qualifier"),
    [
        # A fine set in a tax or indexation unit, its worth in brackets: the money is the amount,
        # and the whole is one expression, so that a qualifier before the units is read.
        ("fined Clínica Sol 120 UIT (S/ 642,000) in", None, "120 UIT (S/ 642,000)",
         "642000", "PEN", None),
        ("fines of up to 1.000 SMMLV ($1.300.000.000) apply", "COP",
         "1.000 SMMLV ($1.300.000.000)", "1300000000", "COP", "up to"),
        ("a fine of 250 monthly minimum wages (COP 325 million)", None,
         "250 monthly minimum wages (COP 325 million)", "325000000", "COP", None),
        # The worth given as an estimate is still the amount the units were worth.
        ("fined Acuícola Sur 300 UTM (about CLP 20 million) for", None,
         "300 UTM (about CLP 20 million)", "20000000", "CLP", None),
        ("fines of up to 1,000 UTA (roughly CLP 800 million) apply", None,
         "1,000 UTA (roughly CLP 800 million)", "800000000", "CLP", "up to"),
    ],
)  # fmt: skip
def test_an_amount_set_in_units_that_are_not_money(
    text: str, default: str | None, span: str, amount: str, code: str, qualifier: str | None
) -> None:
    (mention,) = find_money(text, default)
    assert (mention.text, mention.money, mention.qualifier) == (
        span,
        Money(Decimal(amount), code),
        qualifier,
    )
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chile's Unidad de Fomento has an ISO 4217 code (CLF): the units are the amount and
        # the pesos in brackets a second amount beside it, not one expression with them.
        ("was fined 40 UF (CLP 1,480,000) for", [("40 UF", "40", "CLF"),
                                                  ("CLP 1,480,000", "1480000", "CLP")]),
        ("a sanction of 2.300 UF for", [("2.300 UF", "2300", "CLF")]),
        ("the penalty, set at UF 75, was paid", [("UF 75", "75", "CLF")]),
        ("a fine of 120 Unidades de Fomento", [("120 Unidades de Fomento", "120", "CLF")]),
    ],
)  # fmt: skip
def test_a_unit_with_an_iso_code_is_a_currency(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.text, m.money) for m in find_money(text, "CLP")] == [
        (span, Money(Decimal(amount), code)) for span, amount, code in expected
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("fined it 95 widgets (S/ 508,250) in", "S/ 508,250"),  # not a unit fines are set in
        ("fined it 95 UIT (S/ 508,250, about $150,000)", "S/ 508,250"),  # not only the worth
    ],
)
def test_only_a_known_unit_with_its_worth_alone_joins_the_amount(text: str, span: str) -> None:
    assert find_money(text)[0].text == span


@pytest.mark.parametrize(
    "text",
    [
        "4%",
        "fines of up to 4% of global turnover",
        "4% of global turnover",
        "in 2023",
        "on 13 April 2023",
        "Article 83",
        "Article 83(5) GDPR",
        "GDPR Art. 6",
        "Articles 12, 15 and 17",
        "+44 20 7946 0958",
        "(555) 123-4567",
        "call 0800 123 456",
        "52 days of non-compliance",
        "1,000 people",
        "1.4 million UK children",
        "Case C-311/18",
        "the R2 road and R2-D2",
        "N95 masks, the N7 motorway and Ndeye's N 300 list",
        "5 real reasons",
        "he won 5 million votes",
        "upgrading to PHP 8 and PHP 7.4",
        "several tens of millions in total fines",
        "EURO 2024",
        "$PATH",
        "€",
        "",
    ],
)
def test_not_money(text: str) -> None:
    assert find_money(text) == []


def test_corpus_sentence() -> None:
    text = (
        "Under the GDPR, organizations can be fined up to €20 million ($19.66 million), or 4% "
        "of their annual turnover. Clearview AI has an annual turnover of around $3.5 million "
        "(€3.56 million), so the maximum fine of €20 million applies."
    )
    found = find_money(text)
    assert _spans(text, found) == [
        "€20 million",
        "$19.66 million",
        "$3.5 million",
        "€3.56 million",
        "€20 million",
    ]
    assert [m.qualifier for m in found] == ["up to", None, "around", None, None]


# --------------------------------------------------------------------------------------------
# format_money


@pytest.mark.parametrize(
    ("money", "text"),
    [
        (Money(Decimal("5200000"), "EUR"), "€5,200,000"),
        (Money(Decimal("5200000.0"), "EUR"), "€5,200,000"),
        (Money(Decimal("7552800.5"), "GBP"), "£7,552,800.50"),
        (Money(Decimal("1.125"), "EUR"), "€1.125"),  # never rounded
        (Money(Decimal("58000000"), "SEK"), "SEK 58,000,000"),
        (Money(Decimal("98500"), "USD"), "$98,500"),
        (Money(Decimal("1000"), "CAD"), "C$1,000"),
        (Money(Decimal("1000"), "JPY"), "¥1,000"),
        (Money(Decimal("1000"), "CNY"), "CN¥1,000"),
        (Money(Decimal("-5000"), "EUR"), "-€5,000"),
    ],
)
def test_format_money(money: Money, text: str) -> None:
    assert format_money(money) == text


def test_money_validates() -> None:
    with pytest.raises(TypeError):
        Money(5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money(Decimal(5), "eur")


# --------------------------------------------------------------------------------------------
# Properties

# format_money writes "PHP 5" for a code that is also a word: read back only when sizeable.
CODES = sorted(
    c["code"]
    for c in CURRENCIES["currency"]
    if c["code"].casefold() not in {w.casefold() for w in CURRENCIES.get("wordlike", [])}
)


def _owners(field: str) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for currency in CURRENCIES["currency"]:
        for value in currency[field]:
            owners.setdefault(value.casefold(), set()).add(currency["code"])
    return owners


def _unambiguous(field: str) -> list[tuple[str, str]]:
    """(string, code) pairs that name one currency, or that [ambiguous_default] settles."""
    owners, defaults = _owners(field), CURRENCIES["ambiguous_default"]
    return [
        (value, currency["code"])
        for currency in CURRENCIES["currency"]
        for value in currency[field]
        if owners[value.casefold()] == {currency["code"]} or defaults.get(value) == currency["code"]
    ]


# "R" (rand) and the other [glued] capitals need a multiplier or a thousands separator,
# tested above, and so do the symbols that are also words ([wordlike], tested below); a
# dotted symbol after a number reads as the end of a sentence.
_WORDLIKE = {w.casefold() for w in (*CURRENCIES.get("wordlike", []), *CURRENCIES["glued"])}
SYMBOLS_BEFORE = [(s, c) for s, c in _unambiguous("symbols") if s.casefold() not in _WORDLIKE]
SYMBOLS_AFTER = [
    (s, c)
    for s, c in _unambiguous("symbols")
    if s.casefold() not in _WORDLIKE and not s.endswith(".")
]
NAMES = _unambiguous("names")

amounts = st.one_of(
    st.integers(min_value=1, max_value=10**12).map(Decimal),
    st.integers(min_value=1, max_value=10**11).map(lambda n: Decimal(n) / 100),
)
millions = st.integers(min_value=1, max_value=99_999).map(lambda n: Decimal(n) / 100)
contexts = st.sampled_from(
    [("", ""), ("It was fined ", " on Tuesday."), ("(", ")"), ("a ", " fine")]
)


def _digits(amount: Decimal) -> str:
    return f"{amount:,.2f}" if amount != amount.to_integral_value() else f"{amount:,.0f}"


@st.composite
def written_amounts(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    style = draw(st.sampled_from(["symbol-before", "code-after", "million-name", "million-symbol"]))
    if style == "million-name":
        name, code = draw(st.sampled_from(NAMES))
        number = draw(millions)
        return f"{number} million {name}", number * 1_000_000, code
    if style == "million-symbol":
        symbol, code = draw(st.sampled_from(SYMBOLS_BEFORE))
        number = draw(millions)
        unit = draw(st.sampled_from(["m", " million", "M", "mn"]))
        space = " " if symbol.isalpha() else ""
        return f"{symbol}{space}{number}{unit}", number * 1_000_000, code
    amount = draw(amounts)
    if style == "symbol-before":
        symbol, code = draw(st.sampled_from(SYMBOLS_BEFORE))
        space = draw(st.sampled_from([" ", ""])) if symbol[-1].isalpha() else ""
        return f"{symbol}{space}{_digits(amount)}", amount, code
    symbol, code = draw(st.sampled_from(SYMBOLS_AFTER))
    return f"{_digits(amount)} {symbol}", amount, code


@settings(max_examples=100, deadline=None)
@given(written_amounts(), contexts)
def test_recovers_written_amounts(
    written: tuple[str, Decimal, str], context: tuple[str, str]
) -> None:
    phrase, amount, code = written
    before, after = context
    text = f"{before}{phrase}{after}"
    (mention,) = find_money(text)
    assert mention.money == Money(amount, code)
    assert (mention.start, mention.end, mention.text) == (
        len(before),
        len(before) + len(phrase),
        phrase,
    )


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(CODES), amounts)
def test_format_money_round_trips(code: str, amount: Decimal) -> None:
    text = format_money(Money(amount, code))
    (mention,) = find_money(text)
    assert mention.money == Money(amount, code)
    assert mention.text == text


# Text made of the pieces money is written with finds the corner cases sooner than st.text().
money_like = st.lists(
    st.sampled_from(
        [*"0123456789 ,.-–€$£kKmMbB%()/\u00a0", "million", "euros", "kr", "US$", "a", "two", "to",
         "and", "between", "per day", "R", "SEK", "bn", "half", "lakh"]
    ),
    max_size=20,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), money_like), st.sampled_from([None, "EUR", "NOK", "AUD"]))
def test_never_raises_and_spans_are_exact(text: str, default: str | None) -> None:
    previous_end = 0
    for mention in find_money(text, default_currency=default):
        assert text[mention.start : mention.end] == mention.text
        assert previous_end <= mention.start < mention.end
        assert mention.amount >= 0
        previous_end = mention.end


# --------------------------------------------------------------------------------------------
# The fixture articles: every amount the fact extractor is expected to cite is found there,
# with the span it will quote, when given the jurisdiction's currency as the caller will.

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def _expected_amounts() -> list[tuple[str, str, str, str, str]]:
    facts = json.loads((FIXTURES / "expected_facts.json").read_text("utf-8"))
    rows = []
    for article, article_facts in facts.items():
        for fact in article_facts:
            amounts = [fact] if fact["amount"] else []
            for item in [*amounts, *fact["other_amounts"]]:
                row = (article, fact["jurisdiction"], item["amount_text"], item["amount"])
                rows.append((*row, item["currency"]))
    return rows


@pytest.mark.parametrize(("article", "jurisdiction", "span", "amount", "code"), _expected_amounts())
def test_fixture_amounts(
    article: str, jurisdiction: str, span: str, amount: str, code: str
) -> None:
    body = (FIXTURES / f"{article}.md").read_text("utf-8").split("---\n", 2)[2]
    currency = lexicon().jurisdictions[jurisdiction].currency
    found = [(m.text, m.money) for m in find_money(body, default_currency=currency)]
    assert (span, Money(Decimal(amount), code)) in found


# --------------------------------------------------------------------------------------------
# Amounts near a fine that are not one (enforcement.toml [not_a_penalty]), through the fact
# extractor, on invented sentences.

from tests.test_facts_general import extract  # noqa: E402


def _fined(body: str, title: str = "Regulator fines a company") -> list[tuple[Decimal, str]]:
    return [(f.amount.amount, f.amount.currency) for f in extract(body, title=title) if f.amount]


@pytest.mark.parametrize(
    "aggregate",
    [
        # Simple past, plural fines and a verb that adds them up: a tally, not an action.
        "Last year the authority imposed administrative fines totalling NOK 38 million.",
        "In 2023 the regulator issued 27 penalties amounting to more than NOK 38 million.",
        "Over the decade it levied sanctions worth a combined NOK 38 million.",
        "The watchdog handed out fines with a total value of NOK 38 million in 2022.",
        "Its fines for the year came to NOK 38 million, the annual report shows.",
        "The penalties the agency imposed in 2021 totalled NOK 38 million.",
        # A yearly tally, counted or added up.
        "In 2022 the authority imposed 19 fines worth NOK 38 million.",
        "Over 2022 its inspectors handed out a combined NOK 38 million in penalties.",
        "The agency collected NOK 38 million in fines last year.",
    ],
)
def test_a_tally_of_fines_is_not_a_fine(aggregate: str) -> None:
    body = f"The Datatilsynet fined Fjordline Kjøkken AS NOK 450,000 on Tuesday. {aggregate}"
    assert _fined(body) == [(Decimal("450000"), "NOK")]


def test_penalties_agreed_in_one_settlement_are_still_an_amount() -> None:
    body = (
        "Harborview Lending agreed to pay civil penalties totalling $2.4 million to settle "
        "the state attorney general's claims."
    )
    assert _fined(body, title="Lender settles") == [(Decimal("2400000"), "USD")]


@pytest.mark.parametrize(
    "threshold",
    [
        "Because the fine exceeds PLN 500,000, the case will go to the district court.",
        "If the penalty is above PLN 500,000, the board must sign it off.",
        "Fines above PLN 500,000 are reviewed by a second panel.",
        "Under the rules, any fine exceeding PLN 500,000 needs the president's approval.",
        "The PLN 500,000 threshold for publishing a fine was crossed.",
        "The statute names PLN 500,000, above which a fine must be published.",
    ],
)
def test_a_procedural_threshold_is_not_a_fine(threshold: str) -> None:
    body = f"The UOKiK fined Wiślana Media sp. z o.o. PLN 2,300,000 last week. {threshold}"
    assert _fined(body) == [(Decimal("2300000"), "PLN")]


def test_amounts_written_the_european_way_are_fines() -> None:
    body = (
        "The Garante fined Lagunare Viaggi S.r.l. EUR 275.000 for unlawful telemarketing. "
        "A week later the Swiss FDPIC's cantonal counterpart fined Alpwerk AG CHF 18'500."
    )
    assert _fined(body) == [(Decimal("275000"), "EUR"), (Decimal("18500"), "CHF")]


@pytest.mark.parametrize(
    ("text", "written", "amount", "code"),
    [
        ("multa de R$ 4,7 milhões aplicada", "R$ 4,7 milhões", "4700000", "BRL"),
        ("a bírság 2,6 milliárd forint volt", "2,6 milliárd forint", "2600000000", "HUF"),
        ("denda Rp 13,2 miliar dijatuhkan", "Rp 13,2 miliar", "13200000000", "IDR"),
        ("denda Rp 350 juta", "Rp 350 juta", "350000000", "IDR"),
        ("amendă de 75.000 de lei", "75.000 de lei", "75000", "RON"),
        ("fined the co-op ₱1.8 million", "₱1.8 million", "1800000", "PHP"),
    ],
)
def test_local_scale_words_and_joiners_are_read(
    text: str, written: str, amount: str, code: str
) -> None:
    """Copy quoting a local figure keeps its scale word ("milhões", "miliar") and the word
    some languages put before the currency ("de lei"): both are part of the amount."""
    [mention] = find_money(text)
    assert mention.text == written
    assert mention.money == Money(Decimal(amount), code)


@pytest.mark.parametrize(
    ("text", "code"), [("1 元", "CNY"), ("fined 5 元", "CNY"), ("3 円", "JPY")]
)
def test_a_sign_of_another_script_is_no_latin_letter_needing_a_separator(
    text: str, code: str
) -> None:
    """Only a Latin letter spaced from a small figure ("L 121") is left unread; "5 元" is money."""
    (mention,) = find_money(text)
    assert mention.money is not None and mention.money.currency == code
