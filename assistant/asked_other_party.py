"""A "who"/"which" question that names a party and asks for another: "which insurers bought
the lonestar driving data", "who at catskill had to give up his licence", "who dumped the
soil for minera x". The party the question already names is never the answer to it — when
the passages give only that name, the sources do not name the one asked for.

Not when the named party may itself be the answer: a choice ("X or Y"), or a question about
who was sanctioned or paid ("which company in the X case was fined?").
"""

from __future__ import annotations

import re

from .pattern_cache import compiled

_ASKS_WHO = compiled(
    r"^\W*(?:(?:and|so|but)\s+)?(?:who|whom|which|what\s+(?:company|firm|party))\b", re.I
)
# What a question asks about the party the sources sanctioned: it may name that party.
_ABOUT_THE_SANCTIONED = compiled(
    r"\b(?:fine[ds]?|fining|penal\w*|sanction\w*|pa(?:y|id|ys|ying)|settle\w*|ban(?:ned)?"
    r"|barred|punish\w*|censured|appeal\w*|challeng\w*|charged|convicted|sentenced)\b"
    r"|\s(?:or|versus|vs\.?)\s",
    re.I,
)


def asks_other_party(question: str) -> bool:
    """Whether the question asks who or which party did something, other than the party
    it names (whose sanction or payment it does not ask about)."""
    return bool(_ASKS_WHO.match(question)) and not _ABOUT_THE_SANCTIONED.search(question)


# "who at catskill …", "who from the bank …", "which of X's people …": one of its people.
_ASKS_PERSON_AT = compiled(
    r"^\W*(?:(?:and|so|but)\s+)?who\s+(?:at|from|in|inside|within)\b|\b(?:which|what)\s+(?:person|executive|manager|director|officer|employee)\b",
    re.I,
)


def asks_person_at(question: str) -> bool:
    """Whether the question asks for a person of the party it names ("who at X …")."""
    return bool(_ASKS_PERSON_AT.search(question))


# "which lenders bought …", "what insurers …": the kind of party asked for, by its noun.
_WHICH_KIND = compiled(
    r"^\W*(?:(?:and|so|but)\s+)?(?:which|what)\s+(?!of\b|one\b)(?P<kind>[a-z][\w-]*)\b", re.I
)


def asks_which_kind(question: str) -> str | None:
    """The noun a "which <noun> …" question asks its party by, else None."""
    match = _WHICH_KIND.match(question)
    return match.group("kind") if match else None
