"""Days told as an offset from the decision told before: "In a separate judgment handed down
two days later, on Thursday, …", "A week later, the PTAC fined …". The day is the earlier
decision's (of the same kind: a ruling after a ruling) plus the offset — not the weekday
counted back from the publication date, nor the earlier decision's own day inherited.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import find_dates
from .fact_model import Fact, Located
from .numbers import _UNITS
from .pattern_cache import compiled

# "two days later", "a week later", "three weeks afterwards", "10 days after that"
_LATER = compiled(
    r"\b(?P<count>a|an|one|\d{1,2}|" + "|".join(_UNITS) + r")\s+(?P<unit>days?|weeks?)\s+"
    r"(?:later|afterwards|after\s+that|on)\b",
    re.I,
)


def _offset(count: str, unit: str) -> int | None:
    n = 1 if count.lower() in {"a", "an"} else _UNITS.get(count.lower())
    if n is None:
        n = int(count) if count.isdigit() else None
    if not n:
        return None
    return n * (7 if unit.lower().startswith("week") else 1)


def _own_day(fact: Fact) -> bool:
    """Whether the fact's date is written in one of its own sentences."""
    return fact.date is not None and any(s <= fact.date.start < e for s, e in fact.mentions)


def _full_day(fact: Fact) -> date | None:
    if fact.date is None or len(fact.date.text) != 10:
        return None
    return date.fromisoformat(fact.date.text)


def days_later(body: str, facts: list[Fact], published: str | None) -> None:
    """A measure whose sentence dates it only "N days (weeks) later" is of the day N days after
    the last measure of its kind told before it with a day of its own — if the weekday the
    sentence may add agrees ("two days later, on Thursday")."""
    ordered = sorted(facts, key=lambda f: f.mentions[0][0])
    for index, fact in enumerate(ordered):
        told, end = fact.mentions[0]
        later = _LATER.search(body, told, end)
        if later is None:
            continue
        offset = _offset(later["count"], later["unit"])
        if offset is None:
            continue
        # a day written in figures in its own sentence is its own ("on 14 May, two days later")
        own = body[fact.date.start : fact.date.end] if _own_day(fact) and fact.date else ""
        if any(c.isdigit() for c in own):
            continue
        ruling = fact.action == "ruling"
        before = [
            f
            for f in ordered[:index]
            if (f.action == "ruling") == ruling
            and f.mentions[0][0] < told
            and _full_day(f) is not None
            and not any(s <= later.start() < e for s, e in f.mentions)
        ]
        if not before:
            continue
        anchor = _full_day(before[-1])
        assert anchor is not None
        day = anchor + timedelta(days=offset)
        # the weekday the sentence names, if any, must be that day's
        weekdays = [
            d
            for d in find_dates(body[later.end() : min(end, later.end() + 30)], published)
            if d.relative and d.date is not None
        ]
        if weekdays and weekdays[0].date.weekday() != day.weekday():
            continue
        fact.date = Located(text=day.isoformat(), start=later.start(), end=later.end())
