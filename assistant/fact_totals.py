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
from .fact_model import Fact
from .fact_passes import _over_several_parties

# How a lead tells a sum roughly: the sum is at least, at most or near the figure.
_AT_LEAST = re.compile(r"\b(?:more\s+than|over|at\s+least|just\s+over|upwards\s+of)\W*$", re.I)
_AT_MOST = re.compile(r"\b(?:nearly|almost|just\s+under|up\s+to|close\s+to)\W*$", re.I)


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
