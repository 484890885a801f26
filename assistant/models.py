"""The objects that cross boundaries: files, the index, JSON and the screen.

`Answer` is the contract of DESIGN.md: `--json` prints exactly `Answer.to_json()`, the CLI
text and the TUI render the same object and compute nothing themselves.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, field_validator

from .pattern_cache import compiled

PARTIAL_DATE = compiled(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _decimal_to_json(value: Decimal) -> int | float:
    # Whole units stay integers (20000000, not 2E+7); fractions keep their digits.
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# Money and other exact quantities: Decimal inside, a JSON number outside.
JsonDecimal = Annotated[Decimal, PlainSerializer(_decimal_to_json, when_used="json")]


class ArticleMeta(BaseModel):
    """What the front matter (or the page) says about an article, plus where it lives."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    author: str | None = None
    url: str | None = None
    path: str  # file name inside the corpus folder
    format: Literal["md", "txt", "html"]

    @field_validator("published")
    @classmethod
    def _partial_iso_date(cls, value: str | None) -> str | None:
        if value is not None and not PARTIAL_DATE.match(value):
            raise ValueError(f"published must be YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
        return value


class Article(ArticleMeta):
    """An article ready to index. `body` is normalised text; every span points into it."""

    body: str
    sha256: str  # of the file's bytes: the index re-reads an article only when this changes


class Citation(BaseModel):
    """One numbered source span. `quote == article.body[start:end]`, exactly."""

    n: int
    article_id: str
    title: str
    outlet: str | None
    published: str | None
    url: str | None = None
    start: int
    end: int
    quote: str


class MoneyValue(BaseModel):
    amount: JsonDecimal
    currency: str  # ISO 4217


class NumberValue(BaseModel):
    number: JsonDecimal
    unit: str


class DateValue(BaseModel):
    date: str  # ISO 8601


Value = MoneyValue | NumberValue | DateValue


class CalculationInput(BaseModel):
    name: str
    value: str  # as shown to the user, e.g. "€100,000 per day"
    citation: int | None = None  # the [n] it came from; None when the user supplied it


class Calculation(BaseModel):
    formula: str
    steps: list[str]
    inputs: list[CalculationInput]


class Conflict(BaseModel):
    """A source that disagrees with the answer, with what it says instead."""

    claim: str
    citation: int


Kind = Literal["status", "amount", "date", "count", "entity", "calculation", "passage", "not_found"]


class Answer(BaseModel):
    question: str
    kind: Kind
    found: bool
    verdict: Literal["yes", "no"] | None = None
    value: Value | None = None
    answer: str
    calculation: Calculation | None = None
    citations: list[Citation] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    as_of: str | None = None

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
