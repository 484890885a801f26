"""Sentences stating a figure the answer gives or works out, cited beside it so the reader
can check one against the other: the user's own inputs to a calculation, a count worked out
from the actions reported, a sub-total of the amounts added up.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from .dates import find_dates
from .money import Money, find_money
from .numbers import find_numbers, parse_number_words
from .readers import Quote
from .text import sentences

# Where a sentence is: article id, start, end.
Where = tuple[str, int, int]

# A sentence stating a sum of several penalties: "a total of €1,186,000", "combined".
_TOTAL_WORD = re.compile(r"\b(?:total\w*|combined|altogether|in\s+all|together)\b", re.I)
_SANCTION_VERB = re.compile(
    r"\b(?:fined|penalised|penalized|sanctioned|ordered|banned|barred|imposed|slapped)\b", re.I
)
# "four road builders": a number followed by a plural noun within three words.
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z]+s\b")


def stating_quotes(quotes: Sequence[Quote], stated: Sequence[str], most: int = 3) -> list[Quote]:
    """Up to `most` passages stating the calculation's inputs, one for each input first: a
    rate the sources repeat in three sentences must not crowd out the one sentence stating
    the total the user gave ("At €100,000 a day, how many days does €5.2m cover?")."""
    chosen: list[Quote] = []
    for value in stated:
        first = next((q for q in quotes if mentions_input(q.text, value)), None)
        if first is not None and first not in chosen:
            chosen.append(first)
    for quote in quotes:
        if quote not in chosen and any(mentions_input(quote.text, v) for v in stated):
            chosen.append(quote)
    return chosen[:most]


def mentions_input(text: str, shown: str) -> bool:
    """Does a passage state this input? Compared by value: "£7,500,000" is "£7.5 million",
    "13 April 2023" is "April 13", "2 months" is "two months"."""
    folded = " ".join(text.split()).casefold()
    if "%" in shown:
        return shown.casefold() in folded.replace(" %", "%")
    money = [m.money for m in find_money(shown) if m.money]
    if money:
        return any(m.money == money[0] for m in find_money(text))
    dates = [d.date for d in find_dates(shown, None) if d.date]
    if dates:
        return (
            any(d.date == dates[0] for d in find_dates(text, "2100-01-01") if d.date)
            or shown.casefold() in folded
        )
    if re.fullmatch(r"\d+ (?:months?|days?|years?)", shown.casefold()):
        number, unit = shown.split()
        # "2 months" is "two months": the number written in words before the unit
        return shown.casefold() in folded or any(
            parse_number_words(m.group(1)) == int(number)
            for m in re.finditer(rf"\b([a-z]+) {unit.rstrip('s')}", folded)
        )
    return shown.casefold() in folded


def count_stated(number: int, articles: Sequence[str], body: Callable[[str], str]) -> Where | None:
    """The sentence of the counted actions' articles that states their number with the
    sanction: "fined four road builders for rigging tenders"."""
    for article_id in articles:
        text = body(article_id)
        for span in sentences(text):
            sentence = text[span.start : span.end]
            if not _SANCTION_VERB.search(sentence):
                continue
            for mention in find_numbers(sentence):
                if (
                    mention.value == number
                    and mention.unit is None
                    and _PLURAL_AFTER.match(sentence, mention.end)
                    and _SANCTION_VERB.search(sentence[max(0, mention.start - 40) : mention.start])
                ):
                    return article_id, span.start, span.end
    return None


def subtotal_stated(
    amounts: Sequence[Money], articles: Sequence[str], body: Callable[[str], str]
) -> tuple[Money, str, int, int] | None:
    """A total the sources state for some of the amounts added up: "fined three hauliers a
    total of €1,186,000" when the question adds the director's fine too."""
    if not 3 <= len(amounts) <= 10:
        return None
    sums = {
        Money(sum((m.amount for m in subset), Decimal(0)), subset[0].currency)
        for size in range(2, len(amounts))
        for subset in itertools.combinations(amounts, size)
        if len({m.currency for m in subset}) == 1
    }
    for article_id in articles:
        text = body(article_id)
        for span in sentences(text):
            sentence = text[span.start : span.end]
            if not _TOTAL_WORD.search(sentence):
                continue
            for mention in find_money(sentence):
                if mention.money in sums and mention.per is None:
                    return mention.money, article_id, span.start, span.end
    return None
