"""A penalty charged per week or per month rather than per day ("forfeits €25,000 for every
week that it is late, up to a maximum of €1 million"): after how many weeks it reaches its
maximum, and what N weeks late come to. The rate is a recorded action's, read back from a
passage of its own articles that states it, with the maximum stated beside it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import calc
from .calc import Input, Result
from .grouping import ActionGroup
from .money import Money, find_money
from .pattern_cache import compiled
from .question_parse import Query
from .readers import Quote

PERIODS = ("week", "month")

# "how many weeks", "after how many months": the periods asked for.
_HOW_MANY = compiled(r"\bhow\s+many\s+(week|month)s\b", re.I)
_CAP_ASKED = compiled(r"\b(?:cap(?:ped)?|maximum|max|ceiling|limit)\b", re.I)
# What N periods late come to: "how much for six weeks late", "if it is 8 weeks late, what
# does it owe?"
_SUM_ASKED = compiled(
    r"\bhow\s+much\b|\bwhat\b[^?]{0,40}\b(?:owe|cost|forfeit|pay|total|come\s+to|run\s+up)",
    re.I,
)
# Before the maximum, in the rate's sentence: "up to a maximum of €1 million", "capped at".
_UP_TO = compiled(
    r"\b(?:up\s+to|maximum|max\.?|capped\s+at|cap\s+of|ceiling\s+of|no\s+more\s+than|limit\s+of)"
    r"\s+(?:(?:a|the|an?\s+overall|a\s+total|total)\s+)?(?:(?:maximum|cap|total)\s+)?(?:of\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class Periodic:
    rate: Money
    period: str
    group: ActionGroup
    quote: Quote
    cap: Money | None


def periodic_penalty(groups: list[ActionGroup], quotes: list[Quote]) -> Periodic | None:
    """The first weekly or monthly penalty among `groups` whose rate a passage of its own
    articles states, with the maximum that passage gives after it, if any."""
    for group in groups:
        chosen = group.amount() if group.per in PERIODS else None
        if chosen is None:
            continue
        rate = Money(chosen[0].amount, chosen[0].currency)
        articles = {f.article_id for _, f in group.amounts()}
        found = None
        for quote in quotes:
            if quote.article_id not in articles:
                continue
            amounts = [m for m in find_money(quote.text, rate.currency) if m.money is not None]
            if not any(m.money == rate for m in amounts):
                continue
            cap = next(
                (
                    m.money
                    for m in amounts
                    if m.money.currency == rate.currency
                    and m.money.amount > rate.amount
                    and _UP_TO.search(quote.text[max(0, m.start - 40) : m.start])
                ),
                None,
            )
            if cap is not None:
                return Periodic(rate, group.per, group, quote, cap)
            found = found or Periodic(rate, group.per, group, quote, None)
        if found is not None:
            return found
    return None


def route_periodic(
    query: Query,
    groups: list[ActionGroup],
    quotes: list[Quote],
    cite_fact: Callable[[ActionGroup], int],
    cite_quote: Callable[[Quote], int],
) -> tuple[Result, str] | None:
    """(result, value kind) for a question about a weekly or monthly penalty, or None."""
    text = query.text
    asked = _HOW_MANY.search(text)
    counted = [(n, unit) for n, unit in query.durations if unit in PERIODS]
    if not asked and not (counted and _SUM_ASKED.search(text)):
        return None
    penalty = periodic_penalty(groups, quotes)
    if penalty is None:
        return None
    cited = cite_quote(penalty.quote)
    rate = Input(f"penalty per {penalty.period}", penalty.rate, cited)
    cap = Input("maximum of the penalty", penalty.cap, cited) if penalty.cap else None
    if asked and asked.group(1).casefold() == penalty.period and _CAP_ASKED.search(text):
        if cap is None:
            return None
        return calc.periods_to_cap(cap, rate, penalty.period), f"{penalty.period}s"
    same = [n for n, unit in counted if unit == penalty.period]
    if same and not asked:
        count = Input(f"{penalty.period}s late (stated in the question)", same[0])
        return calc.periodic_accrual(rate, count, penalty.period, cap), "money"
    return None
