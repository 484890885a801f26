"""A party said not to have been sanctioned: "was the association itself fined?" is answered
No by "No fine was imposed on the association", even when the story reports fines on others
(which a recorded action would otherwise answer Yes with)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .pattern_cache import compiled
from .readers import Quote
from .spared import _SENTENCE

_SANCTION = r"(?:fines?|penalt(?:y|ies)|sanctions?|surcharges?)"
# "No fine was imposed on the association", "no penalty has been levied against X".
_NONE_IMPOSED = compiled(
    rf"\bno\s+(?:[\w-]+\s+)?{_SANCTION}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:imposed|levied|issued)\s+(?:on|against|upon)\s+(?P<who>[^,.;:]{1,80})",
    re.I,
)
# "The association was not fined", "X itself was not sanctioned", "X was never penalised".
_NOT_FINED = compiled(
    r"(?P<who>(?:[\w&.'’-]+\s+){1,6}?)(?:itself\s+)?(?:was|were|has\s+not\s+been|have\s+not\s+been)\s+"
    r"(?:not\s+|never\s+)?(?:itself\s+)?(?:fined|sanctioned|penali[sz]ed)\b",
    re.I,
)
_NEGATION = compiled(r"\b(?:not|never)\b", re.I)
# Words of a question that say what is asked, not who: they must not make the match.
_ASKING = frozenset(
    {
        *("was", "were", "has", "have", "had", "did", "does", "the", "itself", "also"),
        *("fined", "fine", "sanctioned", "penalised", "penalized", "sanction", "penalty"),
        *("actually", "really", "ever", "any"),
    }
)


def said_not_sanctioned(
    article_ids: Sequence[str],
    body: Callable[[str], str],
    quote: Callable[[str, int, int], Quote],
    question_words: Iterable[str],
) -> Quote | None:
    """The sentence of these articles saying the party the question describes ("the poultry
    association") was not sanctioned: the party there shares a word of the question."""
    words = {w.casefold() for w in question_words if len(w) > 3 and w.casefold() not in _ASKING}
    if not words:
        return None
    for article_id in article_ids:
        text = body(article_id)
        for sentence in _SENTENCE.finditer(text):
            said = sentence.group()
            for pattern in (_NONE_IMPOSED, _NOT_FINED):
                for match in pattern.finditer(said):
                    verb = match.group()[match.end("who") - match.start() :]
                    if pattern is _NOT_FINED and not _NEGATION.search(verb):
                        continue
                    who = {w.casefold() for w in re.findall(r"\w+", match.group("who"))}
                    if who & words:
                        return quote(article_id, sentence.start(), sentence.end())
    return None
