"""Days a digest's summary table gives the measures its prose tells: a newsletter opens on

    | Country | Regulator | Firm             | Measure | Date        |
    |---------|-----------|------------------|---------|-------------|
    | Bhutan  | RMA       | Druk Lhaden Ltd  | Fine    | 6 Nov 2025  |

and its section on Bhutan then says only "The RMA fined Druk Lhaden Ltd Nu. 2.5 million …":
the row is where the copy dates that decision, for the fine and the orders told with it.
Only a measure the prose leaves undated takes the row's day (or one it dates by the same
month only); an earlier case a section recalls ("in July 2023 the bank was fined") keeps its
own date.
"""

from __future__ import annotations

import re

from .article_context import _ArticleContext
from .dates import find_dates
from .fact_fields import _located_date
from .fact_model import Fact, Located
from .fact_tables import _DATE, _PARTY, _RULE, _cells, _column, _header, _line_end
from .fact_told_days import _EARLIER  # a case the section recalls: "had previously fined"
from .parties import respondent_key
from .pattern_cache import compiled

# A table's rule line: "|---|:---:|---|" (found only where a line starts with "|")
_RULE_LINE = compiled(r"^[ \t]*\|[ \t]*:?-{3,}[^\n]*$", re.M)
# Several parties in one cell: "Delta Feed Mills; Sinai Agro; El Obour Feeds", "A and B"
_PARTY_SEPARATOR = compiled(r"\s*(?:;|/|<br\s*/?>|\band\b|&)\s*", re.I)

# "Earlier in the month, the APDP served a formal notice on …": an item of the period the
# digest covers (its table dates it), not an earlier case recalled.
_WITHIN_THE_PERIOD = compiled(
    r"earlier\s+(?:in|during)\s+(?:the|this|that)\s+(?:same\s+)?(?:month|week|fortnight)\b",
    re.I,
)


# A sum written in a row: "T$250,000", "VT 4,500,000", "EUR 1.3 million" (its figures only)
_FIGURES = compiled(r"(?<![\w.,])\d{1,3}(?:[,.  ]\d{3})+(?![\d])|(?<![\w.,])\d{4,}(?![\d])")


def _figures(text: str) -> set[str]:
    return {re.sub(r"\D", "", m.group()) for m in _FIGURES.finditer(text)}


def _rows_days(
    body: str, ctx: _ArticleContext
) -> tuple[dict[str, dict[str, Located]], dict[str, dict[str, Located]]]:
    """Each party a dated table row names (by its key) and the days its rows give; likewise
    each sum its rows write (by its figures)."""
    days: dict[str, dict[str, Located]] = {}
    sums: dict[str, dict[str, Located]] = {}
    for rule in _RULE_LINE.finditer(body):
        if _RULE.fullmatch(rule.group()) is None:
            continue
        header = _header(body, rule.end() + 1)  # the line above this rule, if a row
        if header is None:
            continue
        head = [body[s:e].strip("*_ ") for s, e in _cells(body, *header)]
        date_column = _column(head, _DATE, set())
        party_column = _column(head, _PARTY, {date_column})
        if date_column is None or party_column is None:
            continue
        start = rule.end() + 1
        while start < len(body):
            end = _line_end(body, start)
            cells = _cells(body, start, end)
            if cells is None:
                break
            start = end + 1
            if len(cells) != len(head):
                continue
            at, until = cells[date_column]
            dates = [d for d in find_dates(body[at:until], ctx.published) if d.month]
            if len(dates) != 1:
                continue
            day = _located_date(dates[0], at)
            for i, (cell_start, cell_end) in enumerate(cells):
                if i != date_column:
                    for figures in _figures(body[cell_start:cell_end]):
                        sums.setdefault(figures, {}).setdefault(day.text, day)
            party = body[slice(*cells[party_column])].strip("*_ ")
            for name in _PARTY_SEPARATOR.split(party):
                if name[:1].isupper() and (key := respondent_key(name)):
                    days.setdefault(key, {}).setdefault(day.text, day)
    return days, sums


def _row_key(fact_key: str, days: dict[str, dict[str, Located]]) -> str | None:
    """The row party a fact's respondent is: the same name, or one the other begins."""
    if fact_key in days:
        return fact_key
    found = [
        key for key in days if fact_key.startswith(f"{key} ") or key.startswith(f"{fact_key} ")
    ]
    return found[0] if len(found) == 1 else None


def date_from_tables(body: str, facts: list[Fact], ctx: _ArticleContext) -> None:
    """Dates the undated measures against a party a dated summary table row names."""
    if not ctx.published or "\n|" not in body:
        return
    days, sums = _rows_days(body, ctx)
    if not days:
        return
    for fact in facts:
        if fact.action == "ruling":
            continue
        if fact.date is not None and len(fact.date.text) != 7:
            continue
        key = _row_key(fact.respondent_key, days) if fact.respondent_key else None
        if key is not None and len(days[key]) == 1:
            row_days = days[key]
        elif (row_days := _row_of_the_sum(body, fact, sums)) is None:
            continue
        ((day, located),) = row_days.items()
        told, end = fact.mentions[0]
        if body[told:end].lstrip().startswith("|") or (
            (earlier := _EARLIER.search(body, told, end))
            and not _WITHIN_THE_PERIOD.match(body, earlier.start())
        ):
            continue
        if fact.date is not None and not day.startswith(fact.date.text):
            continue  # dated by a month of its own: another decision, or its wrong's
        fact.date = located


def _row_of_the_sum(
    body: str, fact: Fact, sums: dict[str, dict[str, Located]]
) -> dict[str, Located] | None:
    """The one dated row writing the fact's sum, where its party is not one a row names (the
    section calls it otherwise: "The court imposed a fine of T$250,000" under "| 3 Jun | Tonga
    | … | T$250,000 |")."""
    if fact.amount is None:
        return None
    figures = _figures(body[fact.amount.start : fact.amount.end])
    if len(figures) != 1:
        return None
    found = sums.get(figures.pop())
    return found if found and len(found) == 1 else None
