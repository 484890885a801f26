"""Fines a digest gives as a table rather than in sentences: each row a party, its sum in the
column whose heading names the sanction, perhaps the regulator and the date in columns of
their own.

    | Company           | Regulator                      | Penalty  |
    |-------------------|--------------------------------|----------|
    | Baltic Freight AS | Estonian Competition Authority | €120,000 |

A row states no verb: what it is comes from the header ("Fine", "Penalty", "Settlement") or,
under a header that only says "Amount", from the line the table follows ("Fines issued in
March"). The rows are read only where a line starts with "|", so prose costs nothing.
"""

from __future__ import annotations

import re

from .actions import MONETARY, find_actions
from .article_context import _ArticleContext
from .dates import find_dates
from .fact_fields import _amount, _located_date
from .fact_model import Fact, Located
from .fact_sentences import _acting_regulators, _split_conversions
from .models import Article
from .money import find_money
from .pattern_cache import compiled
from .text import Span

_ROW = compiled(r"[ \t]*\|(?P<cells>.*)\|[ \t]*$")
# The line under the header: "|---|:---:|---|"
_RULE = compiled(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_PARTY = compiled(
    r"\b(?:compan(?:y|ies)|firms?|entit(?:y|ies)|respondents?|part(?:y|ies)|names?|operators?"
    r"|business(?:es)?|banks?|licensees?|persons?|defendants?|undertakings?|offenders?"
    r"|organi[sz]ations?|controllers?|issuers?|brokers?|employers?|who)\b",
    re.I,
)
_REGULATOR = compiled(
    r"\b(?:regulators?|authorit(?:y|ies)|agenc(?:y|ies)|imposed\s+by|by|bod(?:y|ies)|supervisors?"
    r"|courts?)\b",
    re.I,
)
_PLACE = compiled(r"\b(?:country|countries|jurisdictions?|markets?|state)\b", re.I)
# A cell naming several parties: "Delta Mills; Sinai Agro", "A, B and C", one per line.
_SEVERAL = compiled(r";|<br\s*/?>|\n|,[^,]+,?\s+(?:and|&)\s+\S", re.I)
_DATE = compiled(r"\b(?:date|decided|imposed\s+on|issued\s+on|when)\b", re.I)
_AMOUNT = compiled(r"\b(?:amounts?|sums?)\b", re.I)
_EMPHASIS = compiled(r"^(?:\*\*|__)(.*?)(?:\*\*|__)$")


def _cells(body: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of a table line's cells (stripped), or None for a line that is no row."""
    row = _ROW.match(body, start, end)
    if row is None or row.end() != end:
        return None
    cells = []
    position = row.start("cells")
    for cell in body[position : row.end("cells")].split("|"):
        stripped = cell.strip()
        offset = position + cell.find(stripped) if stripped else position
        cells.append((offset, offset + len(stripped)))
        position += len(cell) + 1
    return cells


def _lines_up(body: str, line_start: int):
    """The lines before `line_start`, nearest first, as (start, end)."""
    end = line_start - 1
    while end > 0:
        start = body.rfind("\n", 0, end) + 1
        yield start, end
        end = start - 1


def _header(body: str, line_start: int) -> tuple[int, int] | None:
    """The table's header line (start, end): the line above the rule under it, with only
    rows between the rule and `line_start`."""
    lines = _lines_up(body, line_start)
    for start, end in lines:
        if (rule := _RULE.match(body, start, end)) is not None and rule.end() == end:
            header = next(lines, None)
            if header is None or _cells(body, *header) is None:
                return None
            return header
        if _cells(body, start, end) is None:
            return None
    return None


def _caption_kind(body: str, table_start: int) -> str | None:
    """The sanction the nearest line above the table names: "Fines issued in March"."""
    for start, end in _lines_up(body, table_start):
        line = body[start:end]
        if line.strip():
            kinds = [m.kind for m in find_actions(line) if m.kind in MONETARY]
            return kinds[0] if kinds else None
    return None


def table_facts(article: Article, span: Span, ctx: _ArticleContext) -> list[Fact] | None:
    """The facts the table rows in `span` state; None when `span` is not in a table."""
    body = article.body
    line_start = body.rfind("\n", 0, span.start) + 1
    if body[line_start : line_start + 4].lstrip(" \t")[:1] != "|":
        return None
    header = _header(body, line_start)
    if header is None:
        if _cells(body, line_start, _line_end(body, line_start)) is None:
            return None
        return []  # the header itself, or a table with none: nothing to read
    head = [body[s:e].strip("*_ ") for s, e in _cells(body, header[0], header[1]) or []]
    kinds = {i: [m.kind for m in find_actions(h) if m.kind in MONETARY] for i, h in enumerate(head)}
    money_column = next((i for i, k in kinds.items() if k), None)
    if money_column is not None:
        action = kinds[money_column][0]
    else:
        money_column = next((i for i, h in enumerate(head) if _AMOUNT.search(h)), None)
        action = _caption_kind(body, header[0]) if money_column is not None else None
    if money_column is None or action is None:
        return []
    party_column = next(
        (i for i, h in enumerate(head) if i != money_column and _PARTY.search(h)),
        0 if money_column else None,
    )
    if party_column is None:
        return []
    taken = {money_column, party_column}
    regulator_column = _column(head, _REGULATOR, taken)
    date_column = _column(head, _DATE, taken)
    place_column = _column(head, _PLACE, taken | {regulator_column})
    facts = []
    start = line_start
    while start < span.end:
        end = _line_end(body, start)
        cells = _cells(body, start, end)
        if cells is not None and len(cells) == len(head):
            fact = _row_fact(
                article,
                ctx,
                cells,
                (start, end),
                action,
                money_column,
                party_column,
                regulator_column,
                date_column,
                place_column,
            )
            if fact is not None:
                facts.append(fact)
        start = end + 1
    return facts


def _column(head: list[str], heading: re.Pattern[str], taken: set[int]) -> int | None:
    """The first column not `taken` whose heading `heading` finds, if any."""
    return next((i for i, h in enumerate(head) if i not in taken and heading.search(h)), None)


def _line_end(body: str, start: int) -> int:
    end = body.find("\n", start)
    return len(body) if end < 0 else end


def _row_fact(
    article: Article,
    ctx: _ArticleContext,
    cells: list[tuple[int, int]],
    line: tuple[int, int],
    action: str,
    money_column: int,
    party_column: int,
    regulator_column: int | None,
    date_column: int | None,
    place_column: int | None = None,
) -> Fact | None:
    body = article.body
    money_at, money_end = cells[money_column]
    cell = body[money_at:money_end]
    money = [m for m in find_money(cell, ctx.currency(line[1]), body) if m.money is not None]
    # "Fine of AZN 2.4 million (about US$1.41 million)": the row's amount and its conversion.
    money, conversions = _split_conversions(cell, money)
    party_at, party_end = cells[party_column]
    party = body[party_at:party_end]
    if (bold := _EMPHASIS.match(party)) is not None:
        party_at += party.find(bold[1])
        party = bold[1]
        party_end = party_at + len(party)
    if len(money) != 1 or not party[:1].isupper() or _SEVERAL.search(party):
        return None  # (a sum over several parties is none of theirs: the prose splits it)
    fact = Fact(
        article_id=article.id,
        action=action,
        respondent=Located(text=party, start=party_at, end=party_end),
        start=line[0],
        end=line[1],
        amount=_amount(money[0], money_at),
        other_amounts=[_amount(c, money_at) for c in conversions.get(money[0].start, [])],
        mentions=[line],
    )
    regulators = (
        _acting_regulators(body[slice(*cells[regulator_column])], *cells[regulator_column], ctx)
        if regulator_column is not None
        else []
    )
    # The row's own country column: "| Lebanon | Single Criminal Judge, Beirut | … |".
    places = (
        ctx.lexicon.places(body[slice(*cells[place_column])]) if place_column is not None else ()
    )
    place = next(iter(places)) if len(places) == 1 else None
    stated = regulator_column is not None and body[slice(*cells[regulator_column])].strip("-–— ")
    if regulators:
        fact.authority, fact.jurisdiction = regulators[0].authority, regulators[0].jurisdiction
    elif (
        not stated
        and (authority := ctx.regulator_before(line[0])) is not None
        # No regulator in the row: the one named last before, unless it is another country's.
        and place in {None, ctx.lexicon.authorities[authority].jurisdiction}
    ):
        fact.authority = authority
        fact.jurisdiction = ctx.lexicon.authorities[authority].jurisdiction
    # (a body the data files lack, named in its cell, is not the one named before it)
    fact.jurisdiction = fact.jurisdiction or place
    if date_column is not None and ctx.published:
        at, end = cells[date_column]
        dates = find_dates(body[at:end], ctx.published)
        if dates:
            fact.date = _located_date(dates[0], at)
    return fact
