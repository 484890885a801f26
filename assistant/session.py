"""The core's front door: an open corpus + index + encoder that answers questions.

The CLI (`--query`, the prompt loop), the TUI and the tests all go through `Session`, so
there is one code path from a question to an `Answer`. Nothing here imports Textual.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .config import Settings
from .corpus import diff_corpus
from .embed import Encoder, EncoderLoader, load_encoder
from .errors import IndexError_
from .index_keys import build_key, derived_version
from .ingest import article_stats, require_corpus_dir
from .lexicon import Lexicon, lexicon
from .locking import is_locked
from .manifest import (
    MANIFEST_NAME,
    ManifestHead,
    incompatibility,
    listing_digest,
    read_manifest,
    read_manifest_head,
)
from .onnx_export import onnx_path
from .store import IndexReader

# The indexer (and the extractor it imports) loads only for an update, the answer engine only
# for a question: `assistant index` never pays for importing the engine (~0.3 s).
if TYPE_CHECKING:
    from .engine import Engine
    from .indexer import NoteFn, ProgressFn, UpdateSummary
    from .models import Answer


@dataclass
class Freshness:
    manifest: ManifestHead | None  # without the per-article entries when nothing changed
    stale_because: str | None  # None when the index matches the corpus

    @property
    def fresh(self) -> bool:
        return self.stale_because is None


def check_freshness(settings: Settings) -> Freshness:
    """Is the index there, intact enough to open, built the same way, and in step with the corpus?"""
    require_corpus_dir(settings.corpus_dir)
    try:
        head = read_manifest_head(settings.index_dir)
    except IndexError_ as exc:
        return Freshness(None, str(exc))
    if head is None:
        return Freshness(None, "there is no index yet")
    why = incompatibility(head, build_key(settings))
    if why:
        return Freshness(head, f"the index is out of date: {why}")
    if head.derived != derived_version():
        return Freshness(head, "the fact extractor or its data files changed")
    # The common case, decided without the per-article entries: every file has the name,
    # size and mtime the index saw (at 28,000 articles: ~0.2 s instead of ~0.5 s).
    if head.listing and listing_digest(article_stats(settings.corpus_dir)) == head.listing:
        return Freshness(head, None)
    try:
        manifest = read_manifest(settings.index_dir)
    except IndexError_ as exc:
        return Freshness(None, str(exc))
    if manifest is None:
        return Freshness(None, "there is no index yet")
    diff = diff_corpus(settings.corpus_dir, manifest)
    if diff.has_changes:
        return Freshness(manifest, f"the corpus changed since the last update ({diff.describe()})")
    return Freshness(manifest, None)


# Seconds a full freshness check stays good while nothing cheap to see has changed.
FULL_CHECK_INTERVAL = 10.0


def _signature(settings: Settings) -> tuple:
    """What changes when an article is added, removed or renamed, or an index committed."""
    out = []
    for path in (settings.corpus_dir, settings.index_dir / MANIFEST_NAME):
        try:
            stat = path.stat()
            out.append((stat.st_ino, stat.st_mtime_ns, stat.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


class Session:
    def __init__(
        self,
        settings: Settings,
        note: NoteFn | None = None,
        encoder_loader: EncoderLoader | None = None,
        auto_update: bool = True,
    ) -> None:
        self.settings = settings
        # False for the TUI: it offers the update instead, and answers from the open index
        # (switching to a newer one once an update, its own or another process's, commits).
        self.auto_update = auto_update
        self.note: NoteFn = note or (lambda _message: None)
        self.lexicon: Lexicon = lexicon()
        self._encoder: Encoder | None = None
        self._encoder_loader = encoder_loader  # started early by a one-shot question
        self._reader: IndexReader | None = None
        self._engine: Engine | None = None
        self._lock = threading.RLock()
        self._checked_signature: tuple | None = None
        self._checked_at = 0.0
        # Its own lock: loading the encoder must not hold up opening the index.
        self._encoder_lock = threading.Lock()

    # Resources, opened on first use ----------------------------------------------------------

    @property
    def encoder(self) -> Encoder:
        with self._encoder_lock:
            if self._encoder is None and self._encoder_loader is not None:
                self._encoder = self._encoder_loader.result()
                self._encoder_loader = None
            if self._encoder is None:
                if not onnx_path(self.settings.cache_dir).is_file():
                    self.note(
                        "preparing the embedding model for first use (once per machine, ~10 s)…"
                    )
                self._encoder = load_encoder(self.settings.cache_dir)
            return self._encoder

    def reader(self, auto_update: bool | None = None) -> IndexReader:
        """The current index, brought up to date with the corpus first when `auto_update`
        (by default, the session's `auto_update`)."""
        if auto_update is None:
            auto_update = self.auto_update
        with self._lock:
            if auto_update:
                self._refresh_if_stale()
            else:
                self._follow_commits()
            if self._reader is None:
                try:
                    self._reader = IndexReader(self.settings.index_dir)
                except IndexError_ as exc:
                    if not auto_update:
                        raise
                    self.note(f"{exc}; rebuilding it from the corpus")
                    self.update(rebuild=True)
                    self._reader = IndexReader(self.settings.index_dir)
            return self._reader

    def _refresh_if_stale(self) -> None:
        # A full check stats every article (~50 ms at 25,000 articles). Between questions
        # asked in quick succession it is skipped unless something cheap to see changed: a
        # file added, removed or renamed (the folder's mtime) or a new manifest.
        signature = _signature(self.settings)
        if (
            self._reader is not None
            and signature == self._checked_signature
            and time.monotonic() - self._checked_at < FULL_CHECK_INTERVAL
        ):
            return
        freshness = check_freshness(self.settings)
        current = self._reader.manifest.generation if self._reader else None
        if freshness.fresh:
            if freshness.manifest and freshness.manifest.generation != current:
                self._reopen()  # another process committed a newer generation
            self._checked_signature, self._checked_at = signature, time.monotonic()
            return
        if is_locked(self.settings.index_dir) and freshness.manifest is not None:
            self.note(
                "another process is updating the index; answering from the last complete index"
            )
            return
        self.note(f"{freshness.stale_because}; updating the index…")
        summary = self.update()
        self.note(f"index updated: {summary.line()}")

    def _follow_commits(self) -> None:
        """Switch to a generation committed since the reader was opened; never update."""
        signature = _signature(self.settings)
        if self._reader is None or signature == self._checked_signature:
            return
        try:
            manifest = read_manifest_head(self.settings.index_dir)
        except IndexError_:
            return  # keep answering from the open index
        if manifest is not None and manifest.generation != self._reader.manifest.generation:
            self._reopen()
        self._checked_signature = signature

    def _reopen(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    # What users do --------------------------------------------------------------------------

    def ask(self, question: str, history: Sequence[str] = ()) -> Answer:
        """Answer a question; `history` is the conversation so far (earlier questions)."""
        from .answer import passage_answer
        from .question import clean_question

        text = clean_question(question, self.lexicon, self.settings.max_question_chars)
        engine = self.engine()
        if not engine.reader.article_count:
            return passage_answer(text, [])
        return engine.answer(text, list(history))

    def engine(self) -> Engine:
        """The answer engine over the current index, made on first use (and again after the
        index changes). The TUI calls it at start so its first question is not slowed."""
        from .engine import Engine
        from .retrieve import Retriever

        reader = self.reader()
        if self._engine is None or self._engine.reader is not reader:
            self._engine = Engine(
                reader, Retriever(reader, self.encoder, self.lexicon), self.lexicon
            )
        return self._engine

    def update(
        self,
        rebuild: bool = False,
        progress: ProgressFn | None = None,
        should_stop: Callable[[], bool] | None = None,
        wait: bool = True,
    ) -> UpdateSummary:
        """Update the index; the open reader keeps serving the old generation until this returns."""
        from .indexer import update_index

        summary = update_index(
            self.settings,
            rebuild=rebuild,
            progress=progress,
            should_stop=should_stop,
            note=self.note,
            wait=wait,
            get_encoder=lambda: self.encoder,
        )
        with self._lock:
            for error in summary.skipped:
                self.note(f"skipped {error}")
            self._reopen()
        return summary

    def close(self) -> None:
        with self._lock:
            self._reopen()
