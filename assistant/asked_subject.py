"""Whose step a yes/no question asks about, when it is the regulator's: "has the FCC appealed
to the Court of Appeal?" asks what the regulator did, and a sentence about the companies'
appeals ("Both companies appealed") or their lawyer's plans does not answer it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .pattern_cache import compiled

if TYPE_CHECKING:
    from .engine import Engine
    from .question_parse import Query

_OPENING = compiled(
    r"^\W*(?:and\s+)?(?:has|have|had|did|does|do|is|was|will|would)\s+(?:the\s+)?", re.I
)
# How a story refers back to a regulator it has named: "the Commission", "the watchdog".
_REGULATOR_NOUN = compiled(
    r"\b(?:the|its)\s+(?:regulator|commission|authority|watchdog|agency|ministry|inspectorate"
    r"|supervisor|directorate|office)\b",
    re.I,
)


# An acronym as the subject: a regulator a story introduced by its initials ("the Ghana
# Competition Commission (GCC)") that no list of regulators knows.
_ACRONYM = compiled(r"(?-i:[A-Z]{2,6})\b")


# A step taken by the subject, said right after it: "is the APDA *taking* the bank's case to
# …", "did the FCC *appeal* the ruling on Lotus". Not "has the FCC fine on Lotus been paid?",
# where the regulator's name only says whose fine.
_STEP_VERB = compiled(
    r"\s+(?:(?:still|now|also|ever|actually|really|already)\s+)?(?:[a-z]+ing|appeal(?:ed)?"
    r"|challeng(?:e|ed)|contest(?:ed)?|t(?:ake|aken|ook)|ask(?:ed)?|fil(?:e|ed)|lodg(?:e|ed)"
    r"|s(?:eek|ought)|go(?:ne)?|went|br(?:ing|ought)|decid(?:e|ed)|sa(?:y|id)|intend|plan)\b"
)


def regulator_is_subject(engine: Engine, query: Query) -> bool:
    """The question's subject is a regulator it names: it names no company, or the regulator
    opens the question followed by its step ("is the APDA taking the Pirinenca judgment to
    the constitutional court?" is about the APDA's step, though it names the bank)."""
    opening = _OPENING.match(query.text)
    if opening is None:
        return False
    subject_end = None
    if query.authorities:
        subject_end = next(
            (
                m.end
                for m in engine.lexicon.mentions(query.text)
                if m.kind == "authority" and _asked(m.key, query) and m.start == opening.end()
            ),
            None,
        )
    if subject_end is None and (acronym := _acronym_subject(query)) is not None:
        subject_end = opening.end() + len(acronym)
    if subject_end is None:
        return False
    return not query.respondents or _STEP_VERB.match(query.text, subject_end) is not None


def _acronym_subject(query: Query) -> str | None:
    opening = _OPENING.match(query.text)
    acronym = _ACRONYM.match(query.text, opening.end()) if opening else None
    return acronym.group() if acronym else None


def speaks_of_regulator(engine: Engine, query: Query, text: str) -> bool:
    """The sentence itself names the regulator asked about, or refers back to one."""
    acronym = _acronym_subject(query)
    return (
        bool(_REGULATOR_NOUN.search(text))
        or (acronym is not None and re.search(rf"\b{acronym}\b", text) is not None)
        or any(
            m.kind == "authority" and _asked(m.key, query) for m in engine.lexicon.mentions(text)
        )
    )


def _asked(key: str, query: Query) -> bool:
    """The question's regulators are keyed with their country ("FCC (TZ)"), a mention by name."""
    return any(a == key or a.startswith(f"{key} (") for a in query.authorities)
