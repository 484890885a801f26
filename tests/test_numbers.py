"""parse_number_words, find_numbers and find_durations, through the public functions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.numbers import find_durations, find_numbers, parse_number_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two", "2"),
        ("Two", "2"),
        ("twenty-one", "21"),
        ("twenty one", "21"),
        ("a hundred", "100"),
        ("one hundred", "100"),
        ("three hundred and forty two", "342"),
        ("three hundred forty-two", "342"),
        ("dozen", "12"),
        ("a dozen", "12"),
        ("two dozen", "24"),
        ("a million", "1000000"),
        ("two million", "2000000"),
        ("one thousand two hundred and five", "1205"),
        ("nine hundred and ninety nine thousand", "999000"),
        ("zero", "0"),
        ("twenty-first", "21"),
        ("third", "3"),
        ("one hundredth", "100"),
        ("1,234", "1234"),
        ("5.2", "5.2"),
        ("1 000 000", "1000000"),
        ("1.5 million", "1500000"),
        ("21st", "21"),
    ],
)
def test_parse_number_words(text: str, value: str) -> None:
    assert parse_number_words(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "three of four", "two three", "hundred", "million", "a", "and", "twenty twenty",
     "nineteen ninety", "two and three", "thousand two", "one million two million", "4%", "many"],
)  # fmt: skip
def test_parse_number_words_rejects(text: str) -> None:
    assert parse_number_words(text) is None


def _mentions(text: str) -> list[tuple[str, Decimal, str | None]]:
    found = find_numbers(text)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return [(m.text, m.value, m.unit) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("billing Clearview for 52 days of non-compliance", [("52 days", "52", "day")]),
        ("it had two months to comply", [("two months", "2", "month")]),
        ("three of four", [("three", "3", None), ("four", "4", None)]),
        ("4% of global turnover", [("4%", "4", "percent")]),
        ("4 percent", [("4 percent", "4", "percent")]),
        ("more than 90 per cent", [("90 per cent", "90", "percent")]),
        ("close to 3 %", [("3 %", "3", "percent")]),
        ("four percent", [("four percent", "4", "percent")]),
        ("a two-month deadline", [("two-month", "2", "month")]),
        ("a two month deadline", [("two month", "2", "month")]),
        ("within 90 days", [("90 days", "90", "day")]),
        ("1,000 people", [("1,000", "1000", None)]),
        ("1.4 million UK children", [("1.4 million", "1400000", None)]),
        ("more than 20 billion images", [("20 billion", "20000000000", None)]),
        ("the 72-hour deadline", [("72-hour", "72", "hour")]),
        ("a six-month campaign", [("six-month", "6", "month")]),
        ("30 calendar days", [("30 calendar days", "30", "day")]),
        ("two more months", [("two more months", "2", "month")]),
        ("one year", [("one year", "1", "year")]),
        ("3 weeks", [("3 weeks", "3", "week")]),
        ("1.25 seconds", [("1.25 seconds", "1.25", "second")]),
        ("ten minutes or more", [("ten minutes", "10", "minute")]),
        ("three hundred and forty two", [("three hundred and forty two", "342", None)]),
        ("between two and three months", [("two", "2", None), ("three months", "3", "month")]),
        ("a dozen regulators", [("a dozen", "12", None)]),
        ("a hundred days", [("a hundred days", "100", "day")]),
        ("1 000 000 people", [("1 000 000", "1000000", None)]),
        ("on 12 May 2023", [("12", "12", None), ("2023", "2023", None)]),
        ("Article 5(1)(c)", [("5", "5", None), ("1", "1", None)]),
        ("100,000 euros a day", [("100,000", "100000", None)]),
        # European grouping: dots, apostrophes, thin spaces; a scale word keeps the point.
        ("2.400 complaints", [("2.400", "2400", None)]),
        ("1.250.000 subscribers", [("1.250.000", "1250000", None)]),
        ("18'000 customers", [("18'000", "18000", None)]),
        ("3.250 million records", [("3.250 million", "3250000", None)]),
        ("0.125 seconds", [("0.125 seconds", "0.125", "second")]),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _mentions(text) == [(span, Decimal(value), unit) for span, value, unit in expected]


def test_spans_point_into_the_text() -> None:
    text = "Clearview AI now has two months to comply, then 100,000 euros per day."
    first, second = find_numbers(text)
    assert (first.start, first.end) == (21, 31)
    assert text[second.start : second.end] == "100,000"


@pytest.mark.parametrize(
    "text",
    [
        "4G networks",
        "MP3",
        "the 21st century",
        "a day",
        "anyone",
        "Articles 12,15",
        "",
        "no numbers",
    ],
)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clearview had two months, then 52 days of non-compliance; 4% and 1,000 people.",
            [("two months", "2", "month"), ("52 days", "52", "day")],
        ),
        ("Sephora must report for a period of two years", [("two years", "2", "year")]),
        ("the 30-day cure period", [("30-day", "30", "day")]),
        ("within the 72-hour deadline", [("72-hour", "72", "hour")]),
        ("a penalty of 100,000 euros a day", []),  # a rate, not a duration
        ("in 2023, the 4% cap", []),
        ("within a year", []),  # "a" alone is not counted
    ],
)
def test_find_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_durations(text)
    assert [(m.text, m.value, m.unit) for m in found] == [
        (span, Decimal(value), unit) for span, value, unit in expected
    ]


# --------------------------------------------------------------------------------------------
# Properties

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, joiner: str) -> list[str]:
    words = []
    if n >= 100:
        words += [_ONES[n // 100], "hundred"]
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(_TENS[n // 10] + (joiner + _ONES[n % 10] if n % 10 else ""))
    elif n or not words:
        words.append(_ONES[n])
    return words


def _english(n: int, joiner: str) -> str:
    """An independent spelling of n, British style ("three hundred and forty-two")."""
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        if n >= scale:
            words += _below_thousand(n // scale, joiner) + ([name] if name else [])
            n %= scale
    return " ".join(words)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1), st.sampled_from(["-", " "]))
def test_spelt_numbers_parse(n: int, joiner: str) -> None:
    assert parse_number_words(_english(n, joiner)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_digit_numbers_parse(n: int) -> None:
    assert parse_number_words(f"{n:,}") == n
    assert parse_number_words(str(n)) == n


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["day", "week", "month", "year"]),
    st.booleans(),
)
def test_durations_in_a_sentence(n: int, unit: str, hyphen: bool) -> None:
    phrase = f"{n}-{unit}" if hyphen else f"{_english(n, '-')} {unit}s"
    text = f"The regulator gave it a {phrase} deadline."
    (duration,) = find_durations(text)
    assert (duration.value, duration.unit, duration.text) == (n, unit, phrase)
    assert duration.start == text.index(phrase)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_and_spans_are_exact(text: str) -> None:
    for mention in find_numbers(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.value >= 0
    for mention in find_durations(text):
        assert mention.unit in {"day", "week", "month", "year", "hour", "minute", "second"}
