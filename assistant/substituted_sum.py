"""The sum a court put in place of another, as the copy writes it: "substituting a fine of
$600,000 for the $180,000 imposed at trial", "a penalty of €2m in place of the €5m", "replaced
the fine with one of £40,000". Read when no ruling with its own sum is recorded, for a
question asking what replaced the first figure.
"""

from __future__ import annotations

import re

from .money import Money, find_money
from .pattern_cache import compiled
from .readers import Quote

# Before the new sum: "substituting (a fine of)", "substituted (a penalty of)", "replaced it
# with (one of)".
_NEW_BEFORE = compiled(
    r"\b(?:substitut\w*|replac\w*\s+(?:it|them|the\s+\w+|its\s+\w+)\s+with)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:fine|penalty|sentence|sum|amount|one)\s+)?(?:of\s+)?$",
    re.I,
)
# After it: "… for the $180,000", "… in place of the €5m", "… instead of".
_OLD_AFTER = compiled(r"\s+(?:for|in\s+place\s+of|instead\s+of)\s+(?:the\s+|an?\s+)?\S", re.I)


def substituted_sum(quotes: list[Quote]) -> tuple[Money, Quote] | None:
    """The first new sum a passage says was put in place of another, with the passage."""
    for quote in quotes:
        for mention in find_money(quote.text):
            if mention.money is None:
                continue
            before = quote.text[max(0, mention.start - 60) : mention.start]
            if _NEW_BEFORE.search(before) and _OLD_AFTER.match(quote.text, mention.end):
                return mention.money, quote
    return None
