"""Recognisers for the shapes answers take in text: money, dates, counts.

Used to prefer sentences that can answer the kind of question asked ("when…" wants a date,
"how much…" an amount). Currency words come from currencies.toml.
"""

from __future__ import annotations

import re
from functools import cache

from .datafiles import load_toml

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|(?:in|since|until|by|from|last|early|late|mid-?)\s+(?:{_MONTHS})\b|(?:{_MONTHS})\s+(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d(?:-\d\d)?\b|\b(?:in|since|until|by|from|of)\s+(?:19|20)\d\d\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:last|this|next)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:yesterday|today)\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred)\b", re.I
)


@cache
def _money() -> re.Pattern[str]:
    data = load_toml("currencies.toml")
    words = {w for c in data["currency"] for w in (*c["names"], *c["symbols"])}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    number = r"\d[\d,.\s]*(?:\s*(?:million|billion|bn|m|k|thousand))?"
    return re.compile(
        rf"(?:(?<![\w])(?:{alternation})\s?{number})|(?:{number}\s?(?:{alternation})(?![\w]))",
        re.IGNORECASE,
    )


def has_money(text: str) -> bool:
    return _money().search(text) is not None


def has_date(text: str) -> bool:
    return _DATE.search(text) is not None


def has_number(text: str) -> bool:
    return _NUMBER.search(text) is not None


# "when", "what/which year", or the word "date" itself — but not the idiom "to date".
_ASKS_DATE = re.compile(
    r"^\W*when\b|\b(?:what|which) (?:date|day|year|month|time)\b|(?<!\bto )\bdated?\b",
    re.I,
)
_ASKS_MONEY = re.compile(
    r"\bhow (?:much|big|large|high|steep)\b|\bwhat (?:amount|sum|figure)\b|\bin (?:dollars|euros|pounds|[a-z]+ currency)\b"
    r"|\bhow much money\b",
    re.I,
)
_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumber of\b", re.I)


def expected_shape(question: str) -> str | None:
    """ "date", "money", "number" or None: what an answering sentence is likely to contain."""
    if _ASKS_DATE.search(question):
        return "date"
    if _ASKS_MONEY.search(question):
        return "money"
    if _ASKS_COUNT.search(question):
        return "number"
    return None


def has_shape(text: str, shape: str) -> bool:
    return {"date": has_date, "money": has_money, "number": has_number}[shape](text)
