"""A question for the judge of a case: "which judge heard X's appeal?", "who was the judge?".

Court reporting names the judge by a judicial title before the name ("Justice Refilwe
Sechele agreed in part", "Judge Simon Lange adopted a starting point", "District Judge Ann
Cole fined …", "Magistrate N. Hamutenya …"). The user asks for that person, not for the
court: the answer is the titled name in the party's story, the one written nearest to what
the story says about the party. The titles are data (`data/people.toml` offices).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from .people import titles

# "which judge", "what judge", "who was the judge", "name of the judge", "the judge's name"
ASKS_JUDGE = re.compile(
    r"^\W*(?:and\s+)?(?:which|what)\s+(?:\w+\s+)?(?:judges?|justices?|magistrates?)\b"
    r"|\bwho\s+(?:is|was|were|are)\s+the\s+(?:\w+\s+)?(?:judges?|justices?|magistrates?)\b"
    r"|\bname\s+of\s+the\s+(?:\w+\s+)?(?:judges?|justice|magistrate)\b"
    r"|\b(?:judge|justice|magistrate)['’]s\s+name\b",
    re.I,
)

# Capitalised words after a title that make it an institution, not a person: "Justice
# Department", "Judge Advocate General".
_NOT_A_PERSON = re.compile(
    r"\b(?:Department|Ministry|Minister|Court|Advocate|Office|Division|Secretary|Act|League)\b"
)


@cache
def _titled() -> re.Pattern[str]:
    judicial = sorted(
        (t for t in titles(offices=True) if re.search(r"judge|justice|magistrate", t, re.I)),
        key=len,
        reverse=True,
    )
    words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in judicial)
    name = r"(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][\w'’-]+){0,3}"
    # "Judge Simon Lange", "Mr Justice Sechele", "Magistrate N. Hamutenya"
    return re.compile(rf"\b(?:{words})\s+(?P<name>{name})")


def judge_named(
    articles: Sequence[str], body: Callable[[str], str], near: Callable[[str], Sequence[int]]
) -> tuple[str, str, int] | None:
    """The judge a story names by title: (name, article, position), the one nearest to a
    position `near` gives for its article (where the story tells of the party), else the
    first in the first article that names one."""
    best = None
    for rank, article_id in enumerate(articles):
        text = body(article_id)
        anchors = list(near(article_id))
        for m in _titled().finditer(text):
            name = m.group("name")
            if _NOT_A_PERSON.search(name):
                continue
            distance = min((abs(m.start() - a) for a in anchors), default=len(text))
            key = (rank, distance, m.start())
            if best is None or key < best[0]:
                best = (key, name, article_id, m.start())
    return None if best is None else best[1:]
