"""A price rise the copy states with both figures, as a percentage: "increased the wholesale
price of cement from TJS 980 to TJS 1,350 per tonne", asked "by what percent did X put up its
price?". Competition and consumer stories tell the overcharge this way; the question wants
the change over the old price, not a fine.
"""

from __future__ import annotations

import itertools
import re

from .calc import Input
from .money import find_money
from .parties import fold
from .pattern_cache import compiled
from .readers import Quote

# The question: a percentage asked of a rise in what something cost.
_ASKS_RISE = compiled(
    r"\b(?:by\s+)?(?:what|how\s+much|which)\s+(?:percentage|per\s*cent|percent|%)"
    r"[^?]*\b(?:put\s+up|rais\w*|increas\w*|hik\w*|lift\w*|push\w*\s+up|jack\w*\s+up|ris[ei]\w*"
    r"|went\s+up|go\s+up|gone\s+up|mark\w*\s+up)\b",
    re.I,
)
_PRICE_WORDS = r"(?:prices?|tariffs?|fees?|charges?|rates?|fares?|premiums?|rents?)"
_ASKS_PRICE = compiled(rf"\b{_PRICE_WORDS}\b", re.I)
# The copy: a rise verb, then what rose, then "from A to B" (A the old price).
_RISE_BEFORE = compiled(
    r"\b(?:increas\w*|rais\w*|hik\w*|put\s+up|push\w*\s+up|lift\w*|jack\w*\s+up|ros[ei]\w*|went\s+up)\b"
    rf"[^.;]{{0,80}}?\b{_PRICE_WORDS}\b[^.;]{{0,60}}?\bfrom\s+$",
    re.I,
)


def asks_price_rise(text: str) -> bool:
    return bool(_ASKS_RISE.search(text) and _ASKS_PRICE.search(text))


def price_rise(
    quotes: list[Quote], respondents: tuple[str, ...], cite_quote
) -> tuple[Input, Input] | None:
    """The old and the new price of the first passage that states a rise from one to the
    other, in one currency; a passage must name the party asked about when one is named."""
    for quote in quotes[:8]:
        folded = fold(quote.text)
        if respondents and not any(key in folded for key in respondents):
            continue
        money = [m for m in find_money(quote.text) if m.money is not None and m.money.amount > 0]
        for first, second in itertools.pairwise(money):
            if first.money.currency != second.money.currency:
                continue
            if not re.fullmatch(r"\s+to\s+", quote.text[first.end : second.start]):
                continue
            if not _RISE_BEFORE.search(quote.text[max(0, first.start - 160) : first.start]):
                continue
            if not first.money.amount < second.money.amount:
                continue
            cited = cite_quote(quote)
            return (
                Input("the price before the rise", first.money, cited),
                Input("the price after it", second.money, cited),
            )
    return None
