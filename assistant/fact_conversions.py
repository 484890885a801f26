"""A fine told before, converted in a sentence of its own.

"The penalty on Himal Sky, about $18,700 at current exchange rates, is modest", "The ₱2.5
million fine works out to roughly US$43,000", "That penalty translates into about €740,000":
the sentence's subject is a fine the article has already told, and the figure after it is
that fine in another currency for readers elsewhere. It is no action of its own but the told
fine's other amount (as a bracketed conversion is: `fact_sentences._split_conversions`).
`fact_sentences._RESTATED_AS` reads "is equivalent to"; this reads the appositive and the
verbs of converting, which need the fine they convert to be in another currency.
"""

from __future__ import annotations

import re

from .actions import MONETARY
from .fact_model import Fact
from .parties import fold
from .pattern_cache import compiled

_APPROX = r"(?:about|around|roughly|some|approximately|nearly|almost|just\s+(?:over|under))"
# The told fine as the sentence's subject, up to the converted figure. The sentence starts
# there: a sentence that fines someone first ("X was fined …, about $5,000") is not this.
_CONVERTED = compiled(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:the|that|this|its|their)\s+"
    r"(?P<what>(?:\S+\s+){0,3}?)(?:fine|penalty|sanction|sum|amount)s?"
    # whose fine: "on Himal Sky", "imposed on the bank", "against Acme Ltd"
    r"(?P<whose>\s+(?:(?:imposed\s+)?on|against|for)\s+(?:[\w'’&.-]+\s+){0,4}?[\w'’&.-]+)?"
    r"(?:\s*,\s*(?P<apposed>" + _APPROX + r")"
    r"|\s+(?:(?:is|was|which\s+is)\s+)?(?P<verb>(?:works?|worked|comes?|came)\s+out\s+(?:to|at)"
    r"|translates?\s+(?:in)?to|translated\s+(?:in)?to|converts?\s+(?:in)?to|is\s+worth"
    r"|(?:comes?|came|amounts?|amounted)\s+to)(?:\s+" + _APPROX + r")?)\s*$",
    re.I,
)
# "… at current exchange rates", "at today's rate": the figure is a conversion.
_AT_A_RATE = compiled(
    r"^\s*(?:at\s+(?:current|today['’]s|the\s+current)\s+(?:exchange\s+)?rates?)", re.I
)
# Verbs that say "converted" on their own; "comes to", "amounts to" need a rough figure or a
# rate after ("The fine amounts to €5 million" can be how a fine is first told).
_CONVERTING = compiled(r"\b(?:out|translat\w*|convert\w*|worth)\b", re.I)
_ROUGH_END = compiled(_APPROX + r"$", re.I)
_REACH = 120  # the told fine's subject: a few words before the figure


def _conversion_of(fact: Fact, body: str) -> re.Match[str] | None:
    assert fact.amount is not None
    told = _CONVERTED.search(body, max(0, fact.amount.start - _REACH), fact.amount.start)
    if told is None:
        return None
    if told["apposed"] or _AT_A_RATE.match(body, fact.amount.end, fact.amount.end + 40):
        return told
    verb = told["verb"] or ""
    if _CONVERTING.search(verb) or _ROUGH_END.search(verb):
        return told
    return None


def _told_fine(
    converted: Fact, told: re.Match[str], facts: list[Fact], skip: list[Fact]
) -> tuple[Fact | None, list[Fact]]:
    """The fine told before that the sentence's subject names, and the facts read from the
    subject's own figure ("The $45,000 fine": the told fine again). The fine is found by its
    figure, by its party ("The penalty on X"), else it is the last one told."""
    assert converted.amount is not None
    at = converted.amount.start
    named = [
        f
        for f in facts
        if f.amount is not None and told.start("what") <= f.amount.start < told.end("what")
    ]
    before = [
        f
        for f in facts
        if f.amount is not None
        and f.action in MONETARY
        and f not in skip
        and f not in named
        and f.amount.start < told.start()
        and f.amount.currency != converted.amount.currency
    ]
    if not before:
        return None, []
    whose = fold(told["whose"] or "")
    by_figure = [
        f
        for f in before
        if any(
            f.amount
            and n.amount
            and (f.amount.amount, f.amount.currency) == (n.amount.amount, n.amount.currency)
            for n in named
        )
    ]
    by_party = [
        f
        for f in before
        if whose and f.respondent and fold(f.respondent.text).split()[0] in whose.split()
    ]
    chosen = by_figure or by_party or before
    target = max(chosen, key=lambda f: max(s for s, _ in f.mentions if s < at))
    return target, named if by_figure else []


def _fold_conversions(facts: list[Fact], body: str) -> list[Fact]:
    """Facts without the amounts that convert a fine told before: each is that fine's other
    amount (in a currency it does not have yet)."""
    found = []
    for fact in facts:
        if fact.amount is None or fact.action not in MONETARY or fact.per is not None:
            continue
        if told := _conversion_of(fact, body):
            found.append((fact, told))
    converting = [f for f, _ in found]
    dropped: list[Fact] = []
    for fact, told in found:
        target, again = _told_fine(fact, told, facts, converting)
        if target is None:
            continue
        assert fact.amount is not None and target.amount is not None
        if fact.amount.currency not in {o.currency for o in target.other_amounts}:
            target.other_amounts.append(fact.amount)
        dropped += [fact, *again]
    return [f for f in facts if f not in dropped]
