"""Days a release or report gives its decisions once, in a sentence of their own, for the
measures it then tells without a date:

- the meeting that took them: "At its meeting held on Monday 14 October 2024, the Board of
  Directors adopted the following decisions:" and then "Decision No. 3. Should X fail …, a
  further penalty of BD 750 shall accrue …" (a numbered list, headings between or not);
- the day they were made public, told in the opening: "The Authority published its latest
  enforcement action on Tuesday.", "The sanction was announced last Friday at a press
  briefing." — the announcement day of the measures told with no day of their own.

An earlier case the copy recalls ("In 2024 the Commission fined …", "had previously fined")
keeps its own date; a court's ruling is never the regulator's meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .article_context import _ArticleContext
from .dates import find_dates
from .fact_fields import _located_date
from .fact_model import Fact, Located
from .fact_passes import _ANOTHER_DECISION
from .fact_rulings import _is_court
from .name_lookup import lookup_form
from .needles import compile_guarded
from .pattern_cache import compiled
from .text import Span

# "At its regular meeting held on Friday", "at the plenary session of 3 March", "in its
# sitting on 12 May": the words right before the meeting's day.
_MEETING_BEFORE = compiled(
    r"\b(?:meeting|session|sitting)\b(?:\s+(?:held|convened|which\s+took\s+place))?"
    r"\s+(?:on|of)\s+(?:the\s+)?$",
    re.I,
)
# A sentence opening on the day ("On 31 October 2025 …", "On 12 March, …") that tells a
# sitting held or cases considered: "a regular meeting of the Commission for consideration of
# cases was held", "the Board considered six cases", "the Collegium met and examined".
_OPENS_ON = compiled(r"\W*(?:on\s+)?", re.I)
# (guarded by its words: most sentences tell no sitting, and are told so without the search)
_SAT = compile_guarded(
    r"\b(?:meeting|session|sitting)\b[^.;]{0,120}?\b(?:was\s+held|took\s+place|convened)\b"
    r"|\b(?:held|convened)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\b"
    r"|\b(?:considered|examined|reviewed|heard)\s+(?:[\w-]+\s+){0,3}?(?:cases|matters"
    r"|complaints|files|proceedings)\b",
    re.I,
)
# … at which the body decided: "adopted the following decisions", "concluded two enforcement
# proceedings", "decided as follows", "resolved to impose", "took the decisions set out below".
_DECIDED_THERE = compiled(
    # (or "pronounced measures against", as Slavic copy renders "izrekla mjere")
    r"\b(?:adopted|took|decided|resolved|concluded|approved|imposed|issued|determined"
    r"|pronounced|handed\s+down)\b",
    re.I,
)
# An opening that tells when the measures were made public: "published its latest
# enforcement action on Tuesday", "The sanction was announced last Friday".
_MADE_PUBLIC = compiled(
    r"\b(?:announced|published|made\s+public|released|unveiled|disclosed)\b[^.;]{0,60}$", re.I
)
_SAID = compiled(r"\b(?:said|announced|confirmed|reported)\b[^.;,]{0,20}?\bon\s+$", re.I)
_ENFORCEMENT_WORD = compiled(
    r"\b(?:enforcement|sanctions?|fines?|penalt(?:y|ies)|decisions?|actions?|measures?"
    r"|orders?|outcome)\b",
    re.I,
)
# A case the copy recalls as earlier: "had previously fined", "was fined in the past"
_EARLIER = compiled(r"\b(?:previously|earlier|formerly|in\s+the\s+past|years?\s+ago)\b", re.I)


def _states_a_fact(span: Span, facts: list[Fact]) -> bool:
    return any(
        s <= span.start < e or span.start <= s < span.end for f in facts for s, e in f.mentions
    )


def _undated_measures(body: str, facts: list[Fact], after: int, ctx: _ArticleContext) -> list[Fact]:
    """The measures told after `after` with no date of their own, not an earlier case, not
    a court's, not another decision's."""
    found = []
    for fact in facts:
        told, end = fact.mentions[0]
        if (
            told >= after
            and fact.date is None
            and fact.action != "ruling"
            and not _is_court(fact.authority, fact.authority_at, ctx)
            and not _EARLIER.search(body, told, end)
            and not _ANOTHER_DECISION.search(body, told, end)
        ):
            found.append(fact)
    return found


def meetings_day(
    body: str, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """The day of the meeting that took the decisions dates the measures told after it."""
    if not ctx.published:
        return
    for index, span in enumerate(sentences):
        text = body[span.start : span.end]
        sat = _SAT.pattern.search(text) if _SAT.may_match(lookup_form(text)) else None
        if "meeting" not in text and "session" not in text and "sitting" not in text and not sat:
            continue
        for d in find_dates(text, ctx.published):
            if not d.day:
                continue
            if _MEETING_BEFORE.search(text, max(0, d.start - 60), d.start):
                if not _DECIDED_THERE.search(text, d.end):
                    continue
            elif not (
                sat
                and sat.start() > d.start
                and _OPENS_ON.fullmatch(text, 0, d.start)
                and not _states_a_fact(span, facts)
                and _decided_there_or_next(body, sentences, index, d.end)
            ):
                continue
            day = _located_date(d, span.start)
            for fact in _undated_measures(body, facts, span.end, ctx):
                fact.date = day
            return


def _decided_there_or_next(body: str, sentences: Sequence[Span], index: int, after: int) -> bool:
    """Whether the sitting's sentence, or the one after it, tells the decisions taken there:
    "… was held. By the results of consideration of 6 cases, the Commission adopted the
    following decisions:"."""
    span = sentences[index]
    if _DECIDED_THERE.search(body[span.start : span.end], after):
        return True
    if index + 1 >= len(sentences):
        return False
    following = sentences[index + 1]
    return bool(_DECIDED_THERE.search(body, following.start, following.end))


def made_public_day(
    body: str, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """An opening sentence telling (and stating no measure of its own) the day the story's
    measures were made public: their announcement day, where they have none."""
    if not ctx.published:
        return
    for index, span in enumerate(sentences[:4]):
        text = body[span.start : span.end]
        if _states_a_fact(span, facts):
            if index < 2 and (day := _day_said(text, span, ctx)):
                # "SHANGHAI (Wire) -- The bureau said on Wednesday it fined two chains and a
                # platform a combined …": the day the story's measures told after were
                # made public, each firm's share and the orders alike
                for fact in _undated_measures(body, facts, span.end, ctx):
                    if fact.announced is None:
                        fact.announced = day
                return
            continue
        for d in find_dates(text, ctx.published):
            if not d.day or d.start < 1:
                continue
            before = text[: d.start]
            said = _MADE_PUBLIC.search(before)
            if said is None or not _ENFORCEMENT_WORD.search(text, 0, d.start):
                continue
            day = _located_date(d, span.start)
            _announce(body, facts, span, day, ctx)
            return


def _day_said(text: str, span: Span, ctx: _ArticleContext) -> Located | None:
    """The day a lead says the regulator spoke: "… said on Wednesday it fined …"."""
    for d in find_dates(text, ctx.published):
        if d.day and _SAID.search(text, max(0, d.start - 40), d.start):
            return _located_date(d, span.start)
    return None


def _announce(body: str, facts: list[Fact], span: Span, day: Located, ctx: _ArticleContext) -> None:
    # The lead told before it ("X has fined Y … last month. The sanction was announced last
    # Friday"): the measures it tells, dated at most by words with no number in them.
    for fact in facts:
        told = fact.mentions[0][0]
        if told >= span.start or fact.announced is not None or fact.action == "ruling":
            continue
        written = body[fact.date.start : fact.date.end] if fact.date else ""
        if fact.date is None or not any(c.isdigit() for c in written):
            fact.announced = day
    for fact in _undated_measures(body, facts, span.end, ctx):
        if fact.announced is None:
            fact.announced = day
