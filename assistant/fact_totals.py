"""A lead's round figure over several parties whose own amounts the article lists next.

"The Competition Council fines three road-marking companies EUR 2.1 million … SIA A – EUR
1 284 500; SIA B – EUR 611 300; SIA C – EUR 214 000", "Three producers have agreed to pay more
than 320 million dirhams … A will pay 184.6 million, B 96 million and C 41.2 million": the
lead's figure is the parts' sum told roughly (rounded, "more than", "about"), not an action
of its own. `fact_passes._drop_totals` drops sums that add up exactly; this drops the
rounded ones, and only over several parties.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from .actions import MONETARY
from .fact_conversions import _fold_conversions
from .fact_model import Fact
from .fact_passes import _over_several_parties
from .numbers import SMALL_COUNT_WORDS
from .pattern_cache import compiled

# How a lead tells a sum roughly: the sum is at least, at most or near the figure.
_AT_LEAST = compiled(r"\b(?:more\s+than|over|at\s+least|just\s+over|upwards\s+of)\W*$", re.I)
_AT_MOST = compiled(r"\b(?:nearly|almost|just\s+under|up\s+to|close\s+to)\W*$", re.I)


def _precision(amount: Decimal) -> Decimal:
    """The figure's last written digit's place: 2,100,000 → 100,000; 320 million → 10
    million; 1,284,500 → 100."""
    unit = Decimal(1)
    if amount <= 0 or amount != amount.to_integral_value():
        return unit
    value = int(amount)
    while value % 10 == 0:
        value //= 10
        unit *= 10
    return unit


def _near(total: Decimal, parts: Decimal, before: str) -> bool:
    unit = _precision(total)
    if unit < 1000:
        return False  # a figure told to the last unit is exact: `_drop_totals`' case
    if _AT_LEAST.search(before):
        return total <= parts < total + unit
    if _AT_MOST.search(before):
        return total - unit < parts <= total
    return abs(parts - total) <= unit / 2


def _drop_rounded_totals(facts: list[Fact], body: str) -> list[Fact]:
    """Facts without the rounded sums over several parties the article itemises after them."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    totals = []
    for total in monetary:
        assert total.amount is not None
        if not _over_several_parties(total, body):
            continue
        before = body[max(0, total.amount.start - 30) : total.amount.start]
        parts = [
            f
            for f in monetary
            if f is not total
            and f.amount.currency == total.amount.currency
            and f.amount.start > total.amount.start
            and f.amount.amount < total.amount.amount
            and not set(f.mentions) & set(total.mentions)
        ]
        # Each party's own amount: told for different parties.
        for size in (2, 3, 4, 5):
            if any(
                len({p.respondent.text.casefold() for p in group if p.respondent}) == size
                and _near(total.amount.amount, sum(p.amount.amount for p in group), before)
                for group in itertools.combinations(parts[:12], size)
            ):
                totals.append(total)
                break
    return [f for f in facts if f not in totals]


# A figure the copy calls the sum of what it lists: "a total of", "combined", "together" before
# it, "in all", "in total", "altogether" after it.
_CALLED_BEFORE = compiled(
    r"\b(?:a\s+total\s+of|in\s+total|totall?(?:ing|ed)|combined|together|altogether)"
    r"(?:\s+(?:more\s+than|over|nearly|almost|about|around|some|roughly|just\s+(?:over|under)))?"
    r"\W*$",
    re.I,
)
# Parties counted by what they are: "importers", "operators", "pharmacies", "banks".
_PARTIES_NOUN = r"(?:[a-z]+(?:ers|ors|ies|ants|ents|ists|ns)|companies|firms|banks|groups|parties)"
# The total's clause counts its parties: "Three of Morocco's largest feed producers have agreed
# to pay a total of …", "fined four importers a combined …".
_COUNTED = compiled(
    rf"\b(?:{SMALL_COUNT_WORDS}|\d+)\s+(?:of\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?"
    rf"{_PARTIES_NOUN}\b",
    re.I,
)
# The counted parties are the sum's own: "fined four importers a combined …", "ordered three
# banks to pay a total of …" (not "fined X a total of …, the largest of three fines").
_COUNTED_SUM = compiled(
    rf"\b(?:{SMALL_COUNT_WORDS}|\d+)\s+(?:other\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?"
    rf"{_PARTIES_NOUN}\s+"
    r"(?:(?:to\s+pay|a|an)\s+)?(?:combined|total\s+of|cumulative)\b[^.;]{0,20}$",
    re.I,
)
_CALLED_AFTER = compiled(r"^\W{0,3}(?:in\s+(?:all|total)|altogether|combined)\b", re.I)
# How far after a lead its itemised parts may be told (a notice's numbered items).
_PARTS_REACH = 2500


def _adds_up(total: Fact, group: tuple[Fact, ...], before: str) -> bool:
    assert total.amount is not None
    parts = sum(p.amount.amount for p in group if p.amount is not None)
    return parts == total.amount.amount or _near(total.amount.amount, parts, before)


def _drop_called_totals(facts: list[Fact], body: str) -> list[Fact]:
    """Facts without the sums the copy calls totals of amounts it itemises as actions of their
    own: after a list in its sentence ("A Ltd (GH₵1.2 million), B (GH₵450,000) and C
    (GH₵310,000), a total of GH₵1.96 million"; "… — €4.1 million in all"), or before items each
    told in a sentence of its own ("X has been fined a total of NT$18 million … 1. X is fined
    NT$12 million … 2. X is fined NT$6 million"). Parts told in one sentence after the total
    ("Of this amount, €90 million is imposed on A and €60 million on B") split the action: it
    stays."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    totals = []
    for total in monetary:
        assert total.amount is not None
        before = body[max(0, total.amount.start - 30) : total.amount.start]
        after = body[total.amount.end : total.amount.end + 20]
        if not (_CALLED_BEFORE.search(before) or _CALLED_AFTER.match(after)):
            continue
        same = [
            f
            for f in monetary
            if f is not total
            and f.amount.currency == total.amount.currency
            and f.amount.amount < total.amount.amount
        ]
        listed = [
            f
            for f in same
            if set(f.mentions) & set(total.mentions) and f.amount.start < total.amount.start
        ]
        apart = [
            f
            for f in same
            if not set(f.mentions) & set(total.mentions)
            and total.amount.end < f.amount.start < total.amount.end + _PARTS_REACH
            and (f.date is None or total.date is None or f.date.text == total.date.text)
        ]
        told = max(s for s, _ in total.mentions if s <= total.amount.start)
        several = _COUNTED.search(body, told, total.amount.start) is not None
        if _itemised(total, listed, apart, several, before):
            totals.append(total)
        elif several and _COUNTED_SUM.search(body, told, total.amount.start):
            # "when it fined two operators a combined Shs1.2 billion": the sum over parties
            # counted, not named — no party's action, whether or not their shares are told.
            totals.append(total)
    kept = _drop_breakdowns([f for f in facts if f not in totals], body)
    # The last of the drops of figures that are no action: a fine told before, converted in a
    # sentence of its own, is that fine's other amount.
    return _fold_conversions(kept, body)


# What a split of one fine names its parts by: "on the first charge", "for the second
# discharge", "on each count", "for the two breaches".
_BY_CHARGE = compiled(
    r"\b(?:charges?|counts?|offen[cs]es?|breach(?:es)?|violations?|infringements?|first"
    r"|second|third|each|respectively)\b",
    re.I,
)


def _drop_breakdowns(facts: list[Fact], body: str) -> list[Fact]:
    """ "A builder has been fined $40,000 … The company was fined $25,000 on the first charge
    and $15,000 on the second, a total of $40,000": a fine told once, then split by charge (or
    count, or breach) in a later sentence that tells the total again. The split amounts are the
    told fine's parts, of its own kind, adding up to it exactly: not actions of their own —
    when they are the told fine's party's (or no party's) and the sentence splits by charge
    (other parties' fines as much as it, "together as much as the $40,000 imposed on A",
    stay)."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    parts: list[Fact] = []
    for total in monetary:
        assert total.amount is not None
        for start, end in sorted(total.mentions)[1:]:
            if start <= total.amount.start:
                continue  # the total's own sentence: what it lists is `_drop_totals`' case
            if not _BY_CHARGE.search(body, start, end):
                continue
            inside = [
                f
                for f in monetary
                if f is not total
                and f not in parts
                and f.action == total.action
                and f.amount.currency == total.amount.currency
                and f.amount.amount < total.amount.amount
                and start <= f.amount.start < end
                and f.respondent_key in (None, total.respondent_key)
            ]
            for size in (2, 3, 4):
                group = next(
                    (
                        g
                        for g in itertools.combinations(inside[:8], size)
                        if sum(p.amount.amount for p in g) == total.amount.amount
                    ),
                    None,
                )
                if group:
                    parts += group
                    break
    return [f for f in facts if f not in parts]


def _itemised(
    total: Fact, listed: list[Fact], apart: list[Fact], several: bool, before: str
) -> bool:
    """Two to five parts add up to the total: different parties' sums listed before it in its
    sentence, or sums told after it each in a sentence of its own (or for different parties,
    when the total's clause counts them)."""
    for size in (2, 3, 4, 5):
        if any(
            len({p.respondent_key for p in group}) == size and _adds_up(total, group, before)
            for group in itertools.combinations(listed[-8:], size)
        ):
            return True
        if any(
            (
                len({p.mentions[0] for p in group}) == size
                or (several and len({p.respondent_key for p in group}) == size)
            )
            and _adds_up(total, group, before)
            for group in itertools.combinations(apart[:8], size)
        ):
            return True
    return False
