"""Whether an action's jurisdiction lies within a place a question names.

A country contains its states and provinces: ISO 3166-2 codes ("US-CA", "CA-QC") start with
the country's code, so "the American fines" include the California regulator's and "the
Canadian fine" Quebec's. A subdivision named in a question ("California") stays exact.
"""

from __future__ import annotations

from collections.abc import Collection


def within(jurisdiction: str | None, places: Collection[str]) -> bool:
    if jurisdiction is None:
        return False
    return jurisdiction in places or jurisdiction.partition("-")[0] in places


def sql_within(column: str, places: Collection[str]) -> tuple[str, list[str]]:
    """An SQL condition equal to `within`, as ranges an index on `column` can serve."""
    clauses, values = [], []
    for place in places:
        # Codes "XX-…" sort between "XX-" and "XX." ("." follows "-" in ASCII).
        clauses.append(f"{column} = ? OR ({column} >= ? AND {column} < ?)")
        values += [place, f"{place}-", f"{place}."]
    return ("(" + " OR ".join(clauses) + ")" if clauses else "0"), values
