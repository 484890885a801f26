"""What a fact is: the pydantic models stored in the index, and when two amounts agree.

Kept apart from the extractor (`facts.py`) so that answering a question, which reads stored
facts, never imports the extraction rules and compiles their patterns (~0.1 s of a one-shot
query's start-up).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from .models import JsonDecimal
from .parties import respondent_key
from .pattern_cache import compiled

Action = Literal["fine", "penalty_payment", "order", "ban", "appeal", "ruling", "settlement"]


class Located(BaseModel):
    """A value and where in the article body it was read."""

    text: str
    start: int
    end: int


class Amount(Located):
    amount: JsonDecimal
    currency: str


class Status(BaseModel):
    status: str  # paid | partially_paid | not_paid | complied | not_complied | appealed | not_appealed | overturned | reduced | upheld | disputed
    start: int  # the sentence (with the context it needs) that says so
    end: int
    claim_of: str | None = (
        None  # the party whose claim it is ("Clearview AI says …"), else reported as fact
    )


class Fact(BaseModel):
    article_id: str
    action: Action
    respondent: Located | None = None
    respondent_personal: bool = False  # a person the article introduces: keyed by surname
    authority: str | None = None  # id in authorities.toml
    authority_at: Located | None = None
    jurisdiction: str | None = None  # ISO 3166 / "EU" / "US-NY"
    amount: Amount | None = None
    per: str | None = None  # "day" for periodic penalties
    other_amounts: list[Amount] = Field(default_factory=list)  # the same sum in other currencies
    variants: list[Amount] = Field(
        default_factory=list
    )  # the same sum written otherwise ("€35.3m")
    date: Located | None = None  # `text` is the ISO date ("2023-04-13", "2022-10", "2022")
    announced: Located | None = None
    provisions: list[Located] = Field(default_factory=list)  # `text` is the label "GDPR Art. 6"
    statuses: list[Status] = Field(default_factory=list)
    start: int  # the quote that states the fact (sentence plus the context it needs)
    end: int
    mentions: list[tuple[int, int]] = Field(default_factory=list)  # every sentence stating it

    @property
    def respondent_key(self) -> str | None:
        if self.respondent is None:
            return None
        return respondent_key(self.respondent.text, personal=self.respondent_personal)


_MULTIPLIERS = {
    "k": 3,
    "thousand": 3,
    "m": 6,
    "mn": 6,
    "mln": 6,
    "million": 6,
    "b": 9,
    "bn": 9,
    "billion": 9,
}
_WRITTEN_NUMBER = compiled(
    r"(\d[\d,]*(?:\.(\d+))?)\s*-?\s*(k|thousand|mn|mln|m|million|bn|b|billion)?\b", re.I
)


def rounding(amount: Amount) -> Decimal:
    """One unit of the last digit written: "£7.5M" may be £7,552,800 (copy truncates as often
    as it rounds), so it is ±£100,000; "£7,552,800" is exact to the pound."""
    match = _WRITTEN_NUMBER.search(amount.text)
    if not match:
        return Decimal(0)
    decimals = len(match.group(2) or "")
    exponent = _MULTIPLIERS.get((match.group(3) or "").casefold(), 0)
    return Decimal(1).scaleb(exponent - decimals)


def same_sum(a: Amount, b: Amount) -> bool:
    """Equal, or equal as far as the less precise figure says: £7.5M and £7,552,800 agree."""
    if a.currency != b.currency:
        return False
    return abs(a.amount - b.amount) <= max(rounding(a), rounding(b))
