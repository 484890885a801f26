"""How many are still waiting: "how many customers still haven't got their refund?" when the
source says how many have been served out of how many ("has credited 41,300 of roughly
52,800 eligible customers"). The ones left are the whole less the ones served — worked out
and shown, each figure cited. A sentence that states the ones left outright ("about 14,200
customers are still waiting") answers first, as written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .pattern_cache import compiled
from .readers import Quote, _counted_nouns, counted_nouns

# The question asks for the ones not (yet) served: "still haven't got", "not yet refunded",
# "are yet to", "still waiting", "how many remain".
ASKS_LEFT = compiled(
    r"\b(?:still\s+(?:not|ha(?:ve|s)(?:\s*n['’]?o?t|\s+not)|waiting|awaiting|without|owed|to\s+(?:be|get|receive))"
    r"|not\s+(?:yet|been)|yet\s+to|(?:are|is)\s+(?:still\s+)?left|remain(?:s|ing)?|outstanding"
    r"|haven['’]?t|hasn['’]?t|have\s+not|has\s+not)\b",
    re.I,
)
# Words of a clause about the ones not served: such a clause states what is left itself.
NOT_DONE = compiled(
    r"\b(?:not|n['’]t|yet|still|waiting|await\w*|remain\w*|outstanding|without|unpaid|pending)\b",
    re.I,
)
# The verb serving the part: "has credited 41,300 of", "41,300 of … customers had been refunded".
_DONE_BEFORE = compiled(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?[a-z]+(?:ed|paid|given|got|sent|made|received)\s+$",
    re.I,
)
_DONE_AFTER = compiled(
    r"\s+(?:have|has|had|were|was)\s+(?:now\s+|already\s+|so\s+far\s+|been\s+)*"
    r"(?:[a-z]+ed|paid|repaid|given|got|received|sent|made)\b",
    re.I,
)
_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+"
_ROUGHLY = r"(?P<rough>(?:about|around|roughly|some|nearly|approximately|an\s+estimated)\s+)?"


@dataclass(frozen=True)
class PartOfWhole:
    done: int
    whole: int
    quote: Quote
    noun: str  # as the source writes it: "customers"
    rough: bool  # the whole is given roughly: "of roughly 52,800"


def asks_left(question: str) -> bool:
    return bool(counted_nouns(question)) and bool(ASKS_LEFT.search(question))


def _clause(text: str, start: int, end: int) -> str:
    opening = max(text.rfind(c, 0, start) for c in ".;")
    closing = min((i for i in (text.find(c, end) for c in ".;") if i >= 0), default=len(text))
    return text[opening + 1 : closing]


def read_part_of_whole(question: str, quotes: Sequence[Quote]) -> PartOfWhole | None:
    """The first passage saying how many of how many of the counted noun were served."""
    for noun in counted_nouns(question):
        nouns = _counted_nouns(noun)
        pattern = re.compile(
            rf"(?P<done>{_FIGURE})\s+(?:out\s+)?of\s+(?:the\s+)?{_ROUGHLY}(?P<whole>{_FIGURE})\s+"
            rf"(?:[a-z-]+\s+){{0,2}}?(?P<noun>(?:{nouns})s?)\b",
            re.I,
        )
        for quote in quotes:
            for match in pattern.finditer(quote.text):
                text = quote.text
                before = text[max(0, match.start() - 40) : match.start()]
                after = text[match.end() : match.end() + 60]
                if not (_DONE_BEFORE.search(before) or _DONE_AFTER.match(after)):
                    continue
                clause = _clause(text, match.start(), match.end())
                if NOT_DONE.search(clause):
                    continue  # "41,300 of 52,800 are still waiting": the ones left, as said
                done = int(match.group("done").replace(",", ""))
                whole = int(match.group("whole").replace(",", ""))
                if done <= whole:
                    noun_written = match.group("noun").casefold()
                    return PartOfWhole(done, whole, quote, noun_written, bool(match.group("rough")))
    return None
