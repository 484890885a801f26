"""The figure the sanctioned party gives, when it disputes the regulator's: "and what does the
operator say the figure is?" — "Highlands Tel's chief executive told PBW the company had been
notified of a penalty of K2.8 million, not K4.8 million". Read from a sentence in which the
party (or its officer, lawyer or spokesperson) is the one speaking; a figure the sentence
denies ("not K4.8 million") is the one disputed, not the party's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .money import Money, find_money
from .parties import fold
from .pattern_cache import compiled

if TYPE_CHECKING:  # readers imports question_parse, which reads ASKS_PARTY_FIGURE
    from .readers import Quote

# The question: the party's own account of a sum.
ASKS_PARTY_FIGURE = compiled(
    r"^\W*(?:(?:and|so|but)\s+)?(?:what|how\s+much|which)\b[^?]*?"
    r"\b(?:does|did|do)\s+"
    # the party, by a noun or its name; never the body that fined it
    r"(?!(?:the\s+|its\s+)?(?:[\w'’-]+\s+)?(?:regulator|authority|commission|court|tribunal"
    r"|agency|ministry|board|judge|council|government|watchdog|prosecutor|office|service"
    r"|department|bureau|inspectorate|ico|fca|sec)\b)"
    r"(?:the\s+|its\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:say|claim|insist|reckon)\b"
    r"[^?]*\b(?:figure|fine|penalty|amount|sum|it\s+(?:is|was))\b",
    re.I,
)
# The party speaking: "the company said", "X chief executive Peter Kaupa told", "X's lawyer
# says" — the party itself or one of its people, never "a NICTA spokeswoman said".
_ITS_PEOPLE = (
    r"(?:chief\s+executive|ceo|managing\s+director|chair(?:man|woman|person)?"
    r"|spokes(?:man|woman|person)|lawyers?|counsel|general\s+manager|director)"
)
_SAYS = r"(?:said|says|told|claim(?:s|ed)|insist(?:s|ed)|maintain(?:s|ed)|argu(?:es|ed))"
_COMPANY_SPEAKS = compiled(
    rf"\b(?:the\s+(?:company|operator|firm|bank)(?:['’]s\s+{_ITS_PEOPLE})?)\s+{_SAYS}\b", re.I
)


def _party_speaks(folded: str, key: str) -> bool:
    """Whether the party (named by its key, or as "the company") or one of its people speaks
    in the sentence."""
    if _COMPANY_SPEAKS.search(folded):
        return True
    name = re.escape(key)
    return bool(
        re.search(
            rf"\b{name}\b[\w\s'’.-]{{0,30}}?(?:['’]s\s+)?(?:\b{_ITS_PEOPLE}\b[\w\s.-]{{0,40}}?)?"
            rf"\b{_SAYS}\b",
            folded,
        )
    )


_DENIED_BEFORE = compiled(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+)?$", re.I)


def party_figure(
    quotes: list[Quote],
    respondents: tuple[str, ...],
    articles: set[str],
    local: dict[str, str] | None = None,
) -> tuple[Money, Quote] | None:
    """The first sum a sentence of the party's own articles has the party give. `local`: each
    article's own currency, for a bare sign ("K2.8 million" in a Papua New Guinea story)."""
    for quote in quotes:
        if quote.article_id not in articles:
            continue
        text = quote.text
        folded = fold(text)
        if not any(_party_speaks(folded, key) for key in respondents):
            continue
        for mention in find_money(text, (local or {}).get(quote.article_id)):
            if mention.money is None or mention.money.amount <= 0:
                continue
            if _DENIED_BEFORE.search(text[max(0, mention.start - 20) : mention.start]):
                continue
            return mention.money, quote
    return None
