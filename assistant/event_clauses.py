"""Whether a date stands in a clause reporting another kind of event than the question's.

A round-up reports several steps of one case in a sentence: "Simba Bet went to the High
Court to challenge the suspension, but on Wednesday the court dismissed its application".
Asked "when did the board suspend the licence?", the Wednesday is the court's. The date's
own clause (up to a comma, a "but", a semicolon or the sentence's end) names the
event it dates by its verb; the kinds of event and their verbs are data
(`data/events.toml`).
"""

from __future__ import annotations

import re
from functools import cache

from .datafiles import load_toml
from .pattern_cache import compiled

# A clause ends at a comma (an aside, a new subject) or before "but"/"whereas".
_BOUNDARY = compiled(r"[;.,—–]|\b(?:but|whereas)\b", re.I)


@cache
def _kinds() -> dict[str, re.Pattern[str]]:
    data = load_toml("events.toml")["events"]
    return {
        kind: compiled(r"\b(?:" + "|".join(words) + r")\b", re.I) for kind, words in data.items()
    }


def _kinds_in(text: str) -> set[str]:
    return {kind for kind, pattern in _kinds().items() if pattern.search(text)}


# The verb a "when" question dates: "when did the BCLB suspend …", "when was X fined".
_ASKED = compiled(
    r"\bwhen\s+(?:did|was|were|has|had|is|does)\s+(?P<rest>.*)$",
    re.I,
)


def asked_kinds(question: str) -> set[str]:
    """The kinds of event a "when" question asks about, from its words after "when did/was"
    ("suspend", "fined"); empty when it names none."""
    match = _ASKED.search(question)
    return _kinds_in(match.group("rest")) if match else set()


def dates_another_event(text: str, start: int, end: int, asked: set[str]) -> bool:
    """Whether the date at text[start:end] stands in a clause reporting only events of kinds
    other than the asked ones. A clause reporting no event kind at all is given the benefit
    of the doubt."""
    if not asked:
        return False
    before = [m.end() for m in _BOUNDARY.finditer(text, 0, start)]
    after = _BOUNDARY.search(text, end)
    clause = text[before[-1] if before else 0 : after.start() if after else len(text)]
    clause = clause.replace(text[start:end], " ")
    found = _kinds_in(clause)
    return bool(found) and not (found & asked)
