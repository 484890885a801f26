"""A sum over several parties read from the one sentence that lists their amounts: "fines were
imposed on A, B and C in the amount of TJS 187,500, TJS 150,000 and TJS 112,500
respectively", "A, B and C were fined 50,000 som each". Regulators' releases state a joint
decision this way; when no recorded action holds those parties, the sentence still does, and
a question asking the sum over as many parties ("what did the three companies pay between
them") is answered from it, every figure cited to it.
"""

from __future__ import annotations

import itertools
import re

from .calc import Input
from .money import find_money
from .numbers import SMALL_COUNT_WORDS, parse_number_words
from .pattern_cache import compiled
from .readers import Quote

# Between two amounts of one list: ", ", " and ", ", and ".
_LIST_GAP = compiled(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_RESPECTIVELY = compiled(r"\s*,?\s*respectively\b", re.I)
# "50,000 som each", "each fined 50,000 som"
_EACH_AFTER = compiled(r"\s*(?:\([^)]{0,40}\)\s*)?(?:\w+\s+)?each\b", re.I)
# "A, B and C were fined": the clause before the verb, whose listed names are counted.
_FINED_VERB = compiled(
    r"\s+(?:were|have\s+been|had\s+been|are)\s+(?:each\s+)?(?:fined|penali[sz]ed|sanctioned)\b",
    re.I,
)
_CAPITALISED = compiled(r"\b[A-Z]")


def _names_before(clause: str) -> int:
    """How many names a clause ends with, "A, B and C" counted from its end: the last after
    "and", then the comma-separated ones before it while each is a short name (an opening
    "According to the resolution of the Board from June 10," is none)."""
    head, sep, _ = clause.rpartition(" and ")
    if not sep:
        return 1
    count = 1
    for item in reversed(head.split(",")):
        item = item.strip()
        if not item or len(item.split()) > 6 or not _CAPITALISED.search(item):
            break
        count += 1
    return count


# The question's count of parties: "the three exchange offices", "both banks".
_COUNT_ASKED = compiled(rf"\b(?:the\s+({SMALL_COUNT_WORDS}|\d+)|(both))\s+", re.I)


def asked_count(text: str) -> int | None:
    match = _COUNT_ASKED.search(text)
    if match is None:
        return None
    if match.group(2):
        return 2
    word = match.group(1)
    if word.isdigit():
        return int(word)
    value = parse_number_words(word)
    return int(value) if value is not None else None


def listed_amounts(quote: Quote, count: int) -> list[Input] | None:
    """`count` amounts of one currency the sentence gives to as many parties, or None."""
    text = quote.text
    money = [m for m in find_money(text) if m.money is not None and m.money.amount > 0]
    for i in range(len(money) - count + 1):
        run = money[i : i + count]
        if len({m.money.currency for m in run}) != 1:
            continue
        gaps_ok = all(
            _LIST_GAP.fullmatch(text[a.end : b.start]) for a, b in itertools.pairwise(run)
        )
        if count > 1 and gaps_ok and _RESPECTIVELY.match(text, run[-1].end):
            return [Input(f"amount {n + 1} listed", m.money) for n, m in enumerate(run)]
    for m in money:
        if not _EACH_AFTER.match(text, m.end):
            continue
        verb = next(reversed(list(_FINED_VERB.finditer(text, 0, m.start))), None)
        if verb is not None and _names_before(text[: verb.start()]) == count:
            return [Input(f"amount {n + 1} (each)", m.money) for n in range(count)]
    return None


def listed_sum(question: str, quotes: list[Quote], cite_quote) -> list[Input] | None:
    """The amounts of the best passage that lists as many as the question counts parties."""
    count = asked_count(question)
    if count is None or count < 2:
        return None
    for quote in quotes[:6]:
        amounts = listed_amounts(quote, count)
        if amounts:
            cited = cite_quote(quote)
            return [Input(i.name, i.value, cited) for i in amounts]
    return None
