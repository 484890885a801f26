"""Keeping lexical search bounded on large indexes.

FTS5 scores every row an OR-query matches, and bm25 first counts every row that holds each
query term: the cost of a question grows with the postings of its terms. Words like "fine"
or "penalty" are in a large share of an enforcement corpus, so at 100,000 chunks one
question would score hundreds of thousands of rows (~1 s per query).

`Planner.prune` therefore drops the most common terms of a query while the postings of the
terms kept exceed `POSTINGS_BUDGET`, rarest first, always keeping the rarest. Common terms
carry the least bm25 weight (their IDF is lowest) and are the ones that make an OR-query
match most of the index: this is the "common terms" cut-off of classic search engines.
Below the budget (any corpus up to a few thousand chunks) the query is left as it is.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable

from .pattern_cache import compiled

# Postings a lexical query may touch: a few ms of FTS5 scoring on this machine.
POSTINGS_BUDGET = 4_000
_QUOTED = compiled(r'"((?:[^"]|"")*)"')
_TOKEN = compiled(r"[^\W_]+")


def _fold(word: str) -> str:
    """As FTS5's unicode61 tokenizer with remove_diacritics 2 sees a word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Planner:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._vocab_tables: set[str] = set()
        self._df: dict[tuple[str, str], int] = {}
        self._plans: dict[tuple[str, str], str] = {}

    def prune(self, match: str, table: str) -> str:
        """`match` (an OR of quoted terms, as `lexical.fts_query` writes it) without its most
        common terms when it would touch more than POSTINGS_BUDGET rows of `table`."""
        key = (table, match)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._prune(match, table)
            if len(self._plans) > 1000:
                self._plans.clear()
            self._plans[key] = plan
        return plan

    def _prune(self, match: str, table: str) -> str:
        quoted = [m.group(0) for m in _QUOTED.finditer(match)]
        if not quoted or " OR ".join(quoted) != match:
            return match  # not a query this module knows how to read: leave it alone
        try:
            counts = [self._phrase_rows(q[1:-1].replace('""', '"'), table) for q in quoted]
        except sqlite3.DatabaseError:
            return match
        if sum(counts) <= POSTINGS_BUDGET:
            return match
        keep: set[int] = set()
        total = 0
        for count, index in sorted((c, i) for i, c in enumerate(counts)):
            if keep and total + count > POSTINGS_BUDGET:
                break
            keep.add(index)
            total += count
        return " OR ".join(q for i, q in enumerate(quoted) if i in keep)

    def _phrase_rows(self, phrase: str, table: str) -> int:
        """Rows holding the phrase, at most (the fewest rows any of its words is in)."""
        from .lexical import _stemmer

        words = _stemmer().stemWords([_fold(w) for w in _TOKEN.findall(phrase)])
        # A word the stemmer spells differently from FTS5 reads as 0 rows: kept, never dropped.
        return min((self._rows(word, table) for word in words), default=0)

    def _rows(self, token: str, table: str) -> int:
        key = (table, token)
        if key not in self._df:
            vocab = f"vocab_{table}"
            if table not in self._vocab_tables:
                self._db.execute(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{vocab} USING fts5vocab(main, {table}, row)"
                )
                self._vocab_tables.add(table)
            row = self._db.execute(
                f"SELECT doc FROM temp.{vocab} WHERE term = ?", (token,)
            ).fetchone()
            if len(self._df) > 50_000:
                self._df.clear()
            self._df[key] = int(row[0]) if row else 0
        return self._df[key]


def id_ranges(ids: Iterable[int], gap: int = 0) -> list[tuple[int, int]]:
    """Sorted ids as inclusive (first, last) runs, ids at most `gap` apart sharing one: the
    sentences of one chunk are consecutive, so a question's candidates make a few runs."""
    runs: list[tuple[int, int]] = []
    for i in sorted(set(ids)):
        if runs and i <= runs[-1][1] + 1 + gap:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs
