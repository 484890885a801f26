"""The core as the TUI uses it: every call here is slow and runs in a worker thread.

One `Session` answers questions, opens articles and reads the facts; a gate serialises
those calls, because a question and a refresh must not close the reader under each
other. That session never updates the index by itself: when the corpus has changed, the
app offers an update and questions are answered from the index as it is until one commits.
Index updates run in a second, short-lived `Session` so that questions asked meanwhile
keep using the open (old) index until the update commits. Nothing here imports Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..config import Settings
from ..errors import IndexError_

if TYPE_CHECKING:  # the core's heavy modules load in the worker thread, not before the UI
    from ..facts_table import FactRow
    from ..indexer import NoteFn, ProgressFn, UpdateSummary
    from ..lexicon import Lexicon
    from ..models import Answer, ArticleMeta
    from ..session import Session


def internal_error(exc: Exception) -> str:
    """One line for a bug (anything not an `AssistantError`), shown instead of a crash."""
    return f"internal error: {type(exc).__name__}: {exc} (please report it)"


@dataclass(frozen=True)
class IndexState:
    """What the status line shows, and whether the app must build or offer an update."""

    articles: int = 0
    chunks: int = 0
    needs_build: bool = False  # no usable index: it must be built before answering
    stale_because: str | None = None  # an index exists but the corpus or build changed


@dataclass(frozen=True)
class Source:
    """An article opened in the sources panel, with the span to highlight."""

    meta: ArticleMeta
    body: str
    start: int
    end: int
    n: int | None = None  # the citation number, when opened from an answer


class Backend:
    def __init__(self, settings: Settings, note: NoteFn) -> None:
        self.settings = settings
        self.note = note
        self._session: Session | None = None
        self._gate = threading.Lock()
        self._created = threading.Lock()

    @property
    def session(self) -> Session:
        """Created on first use, in a worker: importing the core takes a second."""
        with self._created:
            if self._session is None:
                from ..session import Session

                self._session = Session(self.settings, note=self.note, auto_update=False)
            return self._session

    @property
    def lexicon(self) -> Lexicon:
        return self.session.lexicon

    def load(self) -> IndexState:
        """Open the index and the model (the slow start), without updating anything."""
        from ..indexer import build_key
        from ..manifest import incompatibility
        from ..session import check_freshness

        freshness = check_freshness(self.settings)  # raises CorpusError for a missing folder
        manifest = freshness.manifest
        # An index built another way (model, chunking) cannot answer: it is rebuilt at once.
        if manifest is None or incompatibility(manifest, build_key(self.settings)):
            return IndexState(needs_build=True, stale_because=freshness.stale_because)
        with self._gate:
            try:
                reader = self.session.reader(auto_update=False)
            except IndexError_ as exc:
                return IndexState(needs_build=True, stale_because=str(exc))
            # The model and the answer engine now, not on the first question.
            self.session.engine()
            return IndexState(
                reader.article_count,
                reader.manifest.chunks,
                False,
                freshness.stale_because,
            )

    def refresh(self) -> IndexState:
        """Switch to the newest complete index (after an update) and report its size."""
        with self._gate:
            reader = self.session.reader()
            return IndexState(reader.article_count, reader.manifest.chunks)

    def ask(self, question: str, history: Sequence[str]) -> Answer:
        """Answer from the open index, even a stale one (the app offers the update)."""
        with self._gate:
            try:
                self.session.reader()
            except IndexError_:
                # No usable index at all (the first build is running, or failed): wait for
                # it, or build it, as `assistant --query` would.
                self.session.reader(auto_update=True)
            return self.session.ask(question, list(history))

    def stale_because(self) -> str | None:
        """Why the index no longer matches the corpus (checked after each answer), or None."""
        from ..session import check_freshness

        return check_freshness(self.settings).stale_because

    def facts(self) -> list[FactRow]:
        from .. import facts_table

        with self._gate:
            return facts_table.rows(self.session.reader(), self.session.lexicon)

    def article(self, article_id: str, start: int, end: int, n: int | None = None) -> Source:
        with self._gate:
            reader = self.session.reader()
            return Source(
                reader.article_meta(article_id), reader.article_body(article_id), start, end, n
            )

    def fact_source(self, row: FactRow) -> Source:
        """The article whose span a facts row quotes."""
        return self.article(row.quote_article_id, row.quote_start, row.quote_end)

    def update(
        self, rebuild: bool, progress: ProgressFn, should_stop: Callable[[], bool]
    ) -> UpdateSummary:
        """Update or rebuild the index; raises `Cancelled` when `should_stop` says so."""
        from ..session import Session

        writer = Session(self.settings, note=self.note)
        try:
            return writer.update(rebuild=rebuild, progress=progress, should_stop=should_stop)
        finally:
            writer.close()

    def close(self) -> None:
        with self._gate:
            if self._session is not None:
                self._session.close()
