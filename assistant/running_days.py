"""How long a daily penalty had run by a date, when the sources count it themselves.

Copy about a running penalty often gives the count instead of (or besides) the day it
started: "By October 31 it had been running for 45 days", "the fine has now accrued for 60
days as of 1 March". When a question asks what the penalty came to by that same date, the
days are the source's count, cited — not a count of our own from a start the source may
leave vague ("after a 15-day grace period").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from decimal import Decimal

from .dates import DateMention, find_dates
from .numbers import parse_number_words
from .question_parse import MONTH_END_BEFORE
from .readers import Quote

# "had been running for 45 days", "has accrued for 60 days", "in force for 12 days", "had
# been running for three weeks", "ran for twenty-one days".
_RUN_FOR = re.compile(
    r"\b(?:running|run|ran|accru\w*|in\s+force|in\s+effect|ticking|counting|mounting)\s+for\s+"
    r"(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?"
    r"(?P<count>\d{1,4}|[a-z]+(?:[\s-][a-z]+)?|an?)\s+(?P<unit>days?|weeks?)\b",
    re.I,
)
_APPROXIMATE = re.compile(r"\b(?:about|some|nearly|almost|over|more\s+than)\s+$", re.I)


def _days_in(counted: re.Match[str]) -> int | None:
    """The days a `_RUN_FOR` match counts: "45 days", "three weeks" (21), "a week" (7);
    None for a count only approximate ("about three weeks") or no number."""
    if _APPROXIMATE.search(counted.string[: counted.start("count")]):
        return None
    word = counted.group("count").casefold()
    number = Decimal(1) if word in {"a", "an"} else parse_number_words(word)
    if number is None or number != int(number) or number <= 0:
        return None
    return int(number) * (7 if counted.group("unit").casefold().startswith("week") else 1)


@dataclass(frozen=True)
class DaysStated:
    days: int
    quote: Quote
    until: DateMention  # the date the source counts to, as it writes it


def days_stated(
    question: str, asked: list[DateMention], quotes: list[Quote], articles: set[str]
) -> DaysStated | None:
    """The source's count of days a penalty had run by the one date the question asks about
    ("by end of october", "by 31 October"), from the passages of the penalty's `articles`."""
    if len(asked) != 1 or not asked[0].month:
        return None
    wanted = asked[0]
    month_end = wanted.day is None and MONTH_END_BEFORE.search(question[: wanted.start])
    if wanted.day is None and not month_end:
        return None
    for quote in quotes:
        if quote.article_id not in articles:
            continue
        counted = _RUN_FOR.search(quote.text)
        days = _days_in(counted) if counted else None
        if days is None:
            continue
        for said in find_dates(quote.text, quote.published):
            if said.month != wanted.month or said.day is None:
                continue
            if wanted.year and said.year and said.year != wanted.year:
                continue
            last = calendar.monthrange(said.year or 2001, said.month)[1]
            if said.day == (wanted.day or last):
                return DaysStated(days, quote, said)
    return None
