"""The enforcement-facts table: one row per action, grouped across articles, filterable.

Shared by `assistant facts` (text, --json, --csv) and the TUI's facts view, so both show
the same rows. Nothing here computes facts; it reads what the index stored.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass

from .grouping import ActionGroup, group_facts, home_currency
from .lexicon import Lexicon
from .money import Money, format_money
from .parties import respondent_key
from .store import IndexReader


@dataclass(frozen=True)
class FactRow:
    respondent: str
    action: str
    authority: str
    jurisdiction: str
    amount: str  # "€20,000,000", or "" when no amount is stated
    amount_value: str  # "20000000" for sorting and export
    currency: str
    date: str
    statuses: str  # "not paid, disputed (claim)"
    conflicts: str  # "€10,000,000 [slashdot-…]"
    sources: int
    article_ids: tuple[str, ...]
    quote_article_id: str  # the source whose span opens the row (the chosen amount's)
    quote_start: int
    quote_end: int


def _status_text(group: ActionGroup) -> str:
    labels = []
    for status, facts in group.statuses().items():
        claims = [s for f in facts for s in f.statuses if s.status == status and s.claim_of]
        labels.append(
            status.replace("_", " ") + (" (claim)" if claims and len(claims) == len(facts) else "")
        )
    return ", ".join(sorted(labels))


def rows(
    reader: IndexReader,
    lexicon: Lexicon,
    respondent: str | None = None,
    authority: str | None = None,
    jurisdiction: str | None = None,
) -> list[FactRow]:
    """Every action in the index, filtered by respondent, regulator and place (names or codes)."""
    place = _place_code(jurisdiction, lexicon) if jurisdiction else None
    regulator = _authority_id(authority, lexicon) if authority else None
    facts = reader.facts(
        respondent_key=respondent_key(respondent) if respondent else None,
        jurisdiction=place,
        authority=regulator,
    )
    table = []
    for group in group_facts(facts, reader.published()):
        chosen = group.amount(home_currency(group, lexicon))
        conflicts = group.conflicts(chosen[0] if chosen else None)
        first = chosen[1] if chosen else group.facts[0]
        table.append(
            FactRow(
                respondent=group.respondent or "",
                action=group.action.replace("_", " ")
                + (f" (per {group.per})" if group.per else ""),
                authority=group.authority or "",
                jurisdiction=group.jurisdiction or "",
                amount=format_money(Money(chosen[0].amount, chosen[0].currency)) if chosen else "",
                amount_value=str(chosen[0].amount) if chosen else "",
                currency=chosen[0].currency if chosen else "",
                date=group.date or "",
                statuses=_status_text(group),
                conflicts="; ".join(
                    f"{format_money(Money(a.amount, a.currency))} [{f.article_id}]"
                    for a, f in conflicts
                ),
                sources=len(group.facts),
                article_ids=tuple(f.article_id for f in group.facts),
                quote_article_id=first.article_id,
                quote_start=first.start,
                quote_end=first.end,
            )
        )
    return table


def _place_code(value: str, lexicon: Lexicon) -> str:
    if value.upper() in lexicon.jurisdictions:
        return value.upper()
    places = [m.key for m in lexicon.mentions(value) if m.kind == "jurisdiction"]
    return places[0] if places else value


def _authority_id(value: str, lexicon: Lexicon) -> str:
    if value in lexicon.authorities:
        return value
    found = [m.key for m in lexicon.mentions(value) if m.kind == "authority"]
    return found[0] if found else value


COLUMNS = (
    "respondent",
    "action",
    "authority",
    "jurisdiction",
    "amount",
    "date",
    "statuses",
    "sources",
)


def to_text(table: list[FactRow]) -> str:
    if not table:
        return "No enforcement facts match.\n"
    cells = [[str(getattr(row, c)) for c in COLUMNS] for row in table]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(COLUMNS)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    conflicted = [row for row in table if row.conflicts]
    for row in conflicted:
        lines.append(
            f"! {row.respondent} {row.action} ({row.authority or row.jurisdiction}): sources disagree — {row.conflicts}"
        )
    return "\n".join(lines) + "\n"


def to_json(table: list[FactRow]) -> str:
    return json.dumps([asdict(row) for row in table], ensure_ascii=False, indent=2)


def to_csv(table: list[FactRow]) -> str:
    out = io.StringIO()
    fields = [f for f in FactRow.__dataclass_fields__ if f not in {"quote_start", "quote_end"}]
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in table:
        data = asdict(row)
        data["article_ids"] = " ".join(row.article_ids)
        writer.writerow(data)
    return out.getvalue()
