"""How long a measure lasts: "for how long can't X sell flexible-date packages?", "how long
is the suspension?", "how long was the ban?". The answer is the length the sentence about
the measure states — "suspended … from selling … for 90 days", "a six-month ban", "for a
period of two years" — not any number of days in the sources: a deadline ("within 15
days") or an age ("a year on") says nothing about how long the measure runs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .numbers import NumberMention, find_durations
from .pattern_cache import compiled
from .question_parse import ASKS_HOW_LONG
from .readers import Quote, Reading, _focus_score

__all__ = ["ASKS_HOW_LONG", "length_words", "read_duration"]

# What a stated length reads like: "for 90 days", "for a period of two years", "for up to
# three months", "for another six months".
_FOR_BEFORE = compiled(
    r"\bfor\s+(?:a\s+(?:further\s+)?(?:period|term)\s+of\s+|up\s+to\s+|another\s+|a\s+further\s+"
    r"|at\s+least\s+)?$",
    re.I,
)
# "a six-month ban", "a 12-month suspension", "two-year licence suspension"
_MEASURE_AFTER = compiled(
    r"(?:[\s-]+(?:long|[a-z]+))?[\s-]+(?:ban|suspension|bar|prohibition|disqualification"
    r"|moratorium|freeze|closure|exclusion|debarment|restriction|embargo|probation|monitorship"
    r"|period)\b",
    re.I,
)


# "how long does X have to appeal?": the time it is given to act, "has 15 days to do so".
# Not "for how long does it have to report?": how long an obligation lasts.
_GIVEN_TIME_ASKED = compiled(
    r"(?<!for\s)\bhow\s+long\s+(?:do|does|did)\s+[^?]*?\bha(?:ve|d)\s+to\b", re.I
)
_GIVEN_BEFORE = compiled(r"\b(?:has|have|had|given|gets?|got)\s+(?:only\s+|just\s+)?$", re.I)
_GIVEN_AFTER = compiled(r"\s+(?:to|in\s+which\s+to)\b", re.I)


def _states_length(text: str, mention: NumberMention, given_time: bool) -> bool:
    """Whether the text states the length at MENTION in the form asked: the time given to
    act when that is asked (a ban's "for 120 days" is not the time to appeal), else how
    long a measure runs."""
    if given_time:
        return bool(
            _GIVEN_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            and _GIVEN_AFTER.match(text, mention.end)
        )
    return bool(
        _FOR_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        or _MEASURE_AFTER.match(text, mention.end)
    )


def read_duration(question: str, quotes: Sequence[Quote], focus: Sequence[str]) -> Reading | None:
    """The length a passage states for the measure asked about: the one nearest the
    question's words, the better-ranked passage first on a tie. "How long does X have to
    appeal?" also reads the time given ("has 15 days to do so")."""
    given_time = bool(_GIVEN_TIME_ASKED.search(question))
    candidates = []
    for rank, quote in enumerate(quotes):
        for mention in find_durations(quote.text):
            if mention.unit in {"hour", "minute", "second"} or not _states_length(
                quote.text, mention, given_time
            ):
                continue
            score = _focus_score(quote.text, mention.start, mention.end, focus)
            if score <= 0:
                continue  # a length nothing the question asks about is near
            reading = Reading(mention, quote, mention.start, mention.end)
            candidates.append((score, rank, reading))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c[0], -c[1], -c[2].start))[2]


def length_words(mention: NumberMention) -> tuple[int | float, str]:
    """The number and its unit, as a count answer shows them: (90, "days")."""
    value = mention.value
    number = int(value) if value == int(value) else float(value)
    return number, mention.unit + ("" if number == 1 else "s")
