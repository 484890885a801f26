"""Bring the index up to date with the corpus: re-embed only what changed, commit atomically.

Used by `assistant index`, `assistant add`, the automatic update before a question, and the
TUI's rebuild worker (which passes `progress` and `should_stop`).
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .config import Settings
from .corpus import CorpusDiff, diff_corpus
from .embed import DIMENSION, Encoder, Passage, WordPieces, load_encoder
from .errors import ArticleError, Cancelled, IndexError_
from .facts import Fact, extract_facts
from .index_keys import REFRESHED_IN_PLACE, build_key, derived_version, rebuild_key
from .ingest import load_article
from .lexicon import lexicon
from .locking import writer_lock
from .manifest import (
    SCHEMA_VERSION,
    ArticleEntry,
    Manifest,
    SkippedEntry,
    incompatibility,
    read_manifest,
    write_manifest,
)
from .models import Article
from .store import ArticleSegments, GenerationWriter, IndexReader, collect_garbage
from .text import Span, context_starts, fit_to_tokens, pack_chunks, sentences

# Chunks embedded and written per round: bounds memory on very large updates.
_CHUNKS_PER_ROUND = 2048
# A round is embedded once this many chunks are read, or every article is (see `_Reading`).
_SMALLEST_ROUND = 16
# Articles read ahead of the embedding, at most.
_QUEUED_ARTICLES = 256


@dataclass
class Progress:
    stage: str  # "reading", "embedding", "writing"
    articles_done: int
    articles_total: int
    chunks_done: int
    chunks_total: int
    elapsed: float

    @property
    def eta_seconds(self) -> float | None:
        if self.stage != "embedding" or self.chunks_done == 0:
            return None
        rate = self.chunks_done / max(self.elapsed, 1e-6)
        return (self.chunks_total - self.chunks_done) / rate


@dataclass
class UpdateSummary:
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[ArticleError] = field(default_factory=list)
    chunks: int = 0
    articles: int = 0
    seconds: float = 0.0
    rebuilt_because: str | None = None
    wrote_generation: bool = False

    def line(self) -> str:
        text = (
            f"{self.added} added, {self.changed} changed, {self.removed} removed, "
            f"{self.unchanged} unchanged"
        )
        if self.skipped:
            text += f", {len(self.skipped)} skipped"
        return f"{text} · {self.articles} articles, {self.chunks} chunks · {self.seconds:.1f} s"


ProgressFn = Callable[[Progress], None]
NoteFn = Callable[[str], None]


def update_index(
    settings: Settings,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
    should_stop: Callable[[], bool] | None = None,
    note: NoteFn | None = None,
    wait: bool = True,
    get_encoder: Callable[[], Encoder] | None = None,
) -> UpdateSummary:
    """Update (or with `rebuild`, rebuild) the index. Raises `Cancelled` if stopped early."""
    started = time.monotonic()
    say = note or (lambda _message: None)
    with writer_lock(settings.index_dir, wait=wait, on_wait=say, should_stop=should_stop):
        key = build_key(settings)
        base, reason = _usable_base(settings, key)
        collect_garbage(settings.index_dir, base.generation if base else None)
        summary = UpdateSummary(rebuilt_because=reason if base is None else None)
        if base is None and reason:
            say(f"rebuilding the index: {reason}")
        if rebuild:
            base = None
        diff = diff_corpus(settings.corpus_dir, base)
        summary.skipped = list(diff.problems)
        summary.removed = len(diff.removed)

        articles: list[Article] = []
        kept_old: set[str] = set()
        skipped_entries = {e.path.name: _skipped_entry(e) for e in diff.problems}
        for path in [*diff.added, *diff.changed]:
            try:
                articles.append(load_article(path))
            except ArticleError as error:
                summary.skipped.append(error)
                skipped_entries[path.name] = _skipped_entry(error)
                if base is not None and path.stem in base.articles:
                    kept_old.add(path.stem)  # the last good version stays searchable
        summary.added = sum(1 for a in articles if base is None or a.id not in base.articles)
        summary.changed = len(articles) - summary.added
        summary.unchanged = len(diff.unchanged) + len(diff.touched) + len(kept_old)

        entries = _carried_entries(base, diff, kept_old)
        derived = derived_version()
        refresh = base is not None and base.derived != derived
        if refresh:
            say("the extractor or its data files changed; re-reading facts (no re-embedding)")
        relex = base is not None and any(base.build.get(k) != key[k] for k in REFRESHED_IN_PLACE)
        if relex:
            say("the lexical search text changed; re-making it (no re-embedding)")
        if not articles and not diff.removed and not refresh and not relex and base is not None:
            if diff.touched or skipped_entries != base.skipped:
                write_manifest(
                    settings.index_dir,
                    base.model_copy(update={"articles": entries, "skipped": skipped_entries}),
                )
            summary.articles, summary.chunks = len(base.articles), base.chunks
            summary.seconds = time.monotonic() - started
            return summary

        writer = GenerationWriter(settings.index_dir, base)
        try:
            removed = [*diff.removed, *(a.id for a in articles if base and a.id in base.articles)]
            for ident in removed:
                writer.remove_article(ident)
            if refresh:
                _rederive(writer, list(entries))
            if relex:
                writer.remake_lexical_text()
            if articles:
                ahead = _read_ahead(articles[0])
                encoder = get_encoder() if get_encoder else load_encoder(settings.cache_dir)
                for item in _embed(
                    articles, settings, encoder, started, progress, should_stop, ahead
                ):
                    writer.add_article(item)
                    entries[item.article.id] = _entry(item, settings.corpus_dir)
            if should_stop is not None and should_stop():
                raise Cancelled("index update cancelled; the previous index is still in use")
            if progress:
                progress(
                    Progress(
                        "writing", len(articles), len(articles), 0, 0, time.monotonic() - started
                    )
                )
            manifest = writer.commit(
                {
                    "schema_version": SCHEMA_VERSION,
                    "build": key,
                    "derived": derived,
                    "articles": entries,
                    "skipped": skipped_entries,
                    "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "seconds": round(time.monotonic() - started, 3),
                }
            )
        except BaseException:
            writer.abort()
            raise
        collect_garbage(settings.index_dir, manifest.generation)
        summary.wrote_generation = True
        summary.articles, summary.chunks = len(manifest.articles), manifest.chunks
        summary.seconds = time.monotonic() - started
        return summary


def _usable_base(settings: Settings, key: dict[str, object]) -> tuple[Manifest | None, str | None]:
    """The current index if it can be updated in place, else (None, why it cannot)."""
    try:
        manifest = read_manifest(settings.index_dir)
        if manifest is None:
            return None, None
        why = incompatibility(manifest, rebuild_key(key))
        if why:
            return None, why
        # Opened, not only checksummed: an index whose vectors disagree with its chunk count
        # (or whose SQLite cannot be read) must be rebuilt, never carried into the next one.
        IndexReader(settings.index_dir, with_faiss=True).close()
        return manifest, None
    except IndexError_ as exc:
        return None, str(exc)


def _carried_entries(
    base: Manifest | None, diff: CorpusDiff, kept_old: set[str]
) -> dict[str, ArticleEntry]:
    if base is None:
        return {}
    entries = {ident: base.articles[ident] for ident in diff.unchanged}
    for path in diff.touched:
        stat = path.stat()
        entries[path.stem] = base.articles[path.stem].model_copy(
            update={"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        )
    entries.update({ident: base.articles[ident] for ident in kept_old})
    return entries


def _skipped_entry(error: ArticleError) -> SkippedEntry:
    try:
        stat = error.path.stat()
        size, mtime = stat.st_size, stat.st_mtime_ns
    except OSError:
        size, mtime = -1, -1
    return SkippedEntry(size=size, mtime_ns=mtime, error=error.problem, line=error.line)


def _entry(item: ArticleSegments, corpus_dir: Path) -> ArticleEntry:
    stat = (corpus_dir / item.article.path).stat()
    return ArticleEntry(
        path=item.article.path,
        sha256=item.article.sha256,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        chunks=len(item.chunks),
        sentences=len(item.sentences),
    )


@dataclass
class _Prepared:
    article: Article
    spans: list[Span]
    contexts: list[int]  # where each sentence's quote starts (see text.context_starts)
    chunks: list[tuple[int, int]]
    passages: list[Passage]
    # Read off the text by `derive`, in a thread of its own (`_Reading`): set with `derived`.
    places: list[str] = field(default_factory=list)  # jurisdictions each quote names
    facts: list[Fact] = field(default_factory=list)
    derived: threading.Event = field(default_factory=threading.Event)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.spans]

    def derive(self) -> None:
        self.places, self.facts = derive(self.article, self.spans, self.contexts)
        self.derived.set()


def prepare(article: Article, settings: Settings, word_pieces: WordPieces) -> _Prepared:
    """Sentences, chunks and the texts to embed for one article (no model needed); its
    places and facts are read after (`_Prepared.derive`)."""
    body, chunking = article.body, settings.chunking
    spans = sentences(body)
    counts = word_pieces.count([body[s.start : s.end] for s in spans])
    spans, counts = fit_to_tokens(body, spans, counts, chunking.max_tokens, word_pieces.offsets)
    chunks = pack_chunks(counts, chunking.max_tokens, chunking.overlap_tokens)
    contexts = [spans[i].start for i in context_starts(body, spans)]
    # The title gives every chunk its subject ("the company" is Clearview, the fine is French).
    prefix = word_pieces.truncate(article.title, chunking.title_tokens) + "\n\n"
    passages = []
    for first, last in chunks:
        start, end = spans[first].start, spans[last].end
        shift = len(prefix) - start
        # Each sentence is pooled with its context, as far as the chunk holds it.
        segments = [
            (max(contexts[i], start) + shift, spans[i].end + shift) for i in range(first, last + 1)
        ]
        passages.append(Passage(prefix + body[start:end], segments))
    return _Prepared(article, list(spans), contexts, chunks, passages)


def _embed(
    articles: Sequence[Article],
    settings: Settings,
    encoder: Encoder,
    started: float,
    progress: ProgressFn | None,
    should_stop: Callable[[], bool] | None,
    ahead: threading.Thread | None = None,
) -> Iterator[ArticleSegments]:
    done_chunks = done_articles = 0
    with _Reading(articles, settings, encoder.word_pieces, should_stop, ahead) as reading:

        def report() -> None:
            if progress:
                total = reading.expected_chunks()
                elapsed = time.monotonic() - started
                progress(
                    Progress("embedding", done_articles, len(articles), done_chunks, total, elapsed)
                )

        def advance(n: int) -> None:
            nonlocal done_chunks
            done_chunks += n
            report()

        # Embedded articles wait here for their facts: the next round is embedded meanwhile,
        # and each is written, in order, once its facts are read.
        embedded: deque[tuple[_Prepared, np.ndarray, np.ndarray]] = deque()

        def written(wait: bool) -> Iterator[ArticleSegments]:
            nonlocal done_articles
            while embedded and (wait or embedded[0][0].derived.is_set()):
                item, chunk_vectors, sentence_vectors = embedded.popleft()
                if not reading.wait_derived(item):
                    raise _Stopped
                yield ArticleSegments(
                    article=item.article,
                    sentences=item.sentences,
                    contexts=item.contexts,
                    places=item.places,
                    sentence_vectors=sentence_vectors,
                    chunks=item.chunks,
                    chunk_vectors=chunk_vectors,
                    facts=item.facts,
                )
                done_articles += 1

        try:
            for group in reading.rounds():
                report()
                passages = [p for item in group for p in item.passages]
                vectors, segment_vectors = encoder.encode_passages(
                    passages, progress=advance, should_stop=should_stop
                )
                if should_stop is not None and should_stop():
                    return
                offset = 0
                for item in group:
                    n = len(item.chunks)
                    per_chunk = segment_vectors[offset : offset + n]
                    embedded.append(
                        (item, vectors[offset : offset + n], _sentence_vectors(item, per_chunk))
                    )
                    offset += n
                yield from written(wait=False)
                report()
            yield from written(wait=True)
            report()
        except _Stopped:
            return  # stopped before an article's facts were read


class _Stopped(Exception):
    """The update stopped while an embedded article's facts were still unread."""


_END = object()


class _Reading:
    """Articles prepared for embedding (sentences, chunks) in a thread of their own and
    handed over in rounds; their places and facts read in another thread meanwhile.

    The model runs in onnxruntime outside the GIL, so reading the next articles overlaps
    embedding the last ones. Chunking an article is quick and reading its facts is not
    (~0.04 s, and ~0.2 s to set the extractor up), so the embedding waits only for the
    chunks: it starts as soon as the first `_SMALLEST_ROUND` are ready, not after the first
    articles' facts, which kept a core idle at the start of every build. A round takes
    whatever else was chunked meanwhile, up to `_CHUNKS_PER_ROUND`; an article is handed to
    the writer once its facts are read too (`wait_derived`). The queue is bounded, so a
    large update holds only a few rounds.
    """

    def __init__(
        self,
        articles: Sequence[Article],
        settings: Settings,
        word_pieces: WordPieces,
        should_stop: Callable[[], bool] | None,
        ahead: threading.Thread | None = None,
    ) -> None:
        self._articles = articles
        self._ahead = ahead  # `_read_ahead`: finished before the facts thread reads
        self._settings = settings
        self._word_pieces = word_pieces
        self._should_stop = should_stop
        self._queue: queue.Queue = queue.Queue(maxsize=_QUEUED_ARTICLES)
        self._to_derive: queue.Queue = queue.Queue()  # bounded by `_queue` and `wait_derived`
        self._abandoned = threading.Event()
        self._deriving_failed: BaseException | None = None
        self._deriving_ended = threading.Event()  # the facts thread stopped or finished
        self._read = self._read_chunks = 0
        self._thread = threading.Thread(target=self._run, name="index-reader", daemon=True)
        self._facts = threading.Thread(target=self._derive, name="index-facts", daemon=True)

    def __enter__(self) -> _Reading:
        self._thread.start()
        self._facts.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._abandoned.set()
        self._to_derive.put(_END)
        self._thread.join()
        self._facts.join()

    def expected_chunks(self) -> int:
        """Chunks of the articles read so far, plus as many per article for the rest."""
        if not self._read:
            return 0
        per_article = self._read_chunks / self._read
        return self._read_chunks + round(per_article * (len(self._articles) - self._read))

    def _stopping(self) -> bool:
        return self._abandoned.is_set() or bool(self._should_stop and self._should_stop())

    def _run(self) -> None:
        try:
            for article in self._articles:
                if self._stopping():
                    break
                item = prepare(article, self._settings, self._word_pieces)
                self._read += 1
                self._read_chunks += len(item.chunks)
                self._to_derive.put(item)
                self._hand_over(item)
        except BaseException as error:  # raised again in the embedding thread
            self._hand_over(error)
            return
        finally:
            self._to_derive.put(_END)
        self._hand_over(_END)

    def _derive(self) -> None:
        """Places and facts of each prepared article, in order (~0.04 s an article: a stop
        is checked between them)."""
        try:
            if self._ahead is not None:
                self._ahead.join()  # its set-up is this thread's: never done twice at once
            while (item := self._to_derive.get()) is not _END and not self._stopping():
                item.derive()
        except BaseException as error:  # raised again in the embedding thread
            self._deriving_failed = error
        finally:
            self._deriving_ended.set()

    def wait_derived(self, item: _Prepared) -> bool:
        """Wait for ITEM's places and facts; False if the update stopped first."""
        while not item.derived.wait(timeout=0.1):
            if self._deriving_ended.is_set() and not item.derived.is_set():
                if self._deriving_failed is not None:
                    raise self._deriving_failed
                return False
        return True

    def _hand_over(self, item: object) -> None:
        """Queue ITEM, giving up once the embedding side has stopped taking them."""
        while not self._abandoned.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def rounds(self) -> Iterator[list[_Prepared]]:
        group: list[_Prepared] = []
        size, finished = 0, False
        while not finished:
            # Wait while too little is ready to be worth a round; else take what is there.
            try:
                item = self._queue.get(block=size < _SMALLEST_ROUND)
            except queue.Empty:
                item = None
            if item is _END:
                finished = True
            elif isinstance(item, BaseException):
                raise item
            elif item is not None:
                group.append(item)
                size += len(item.chunks)
                if size < _CHUNKS_PER_ROUND:
                    continue
            if group:
                yield group
                group, size = [], 0


def _sentence_vectors(item: _Prepared, per_chunk: Sequence[np.ndarray]) -> np.ndarray:
    """A sentence in two chunks (the overlap) gets the mean of its two pooled vectors."""
    total = np.zeros((len(item.spans), DIMENSION), np.float32)
    seen = np.zeros(len(item.spans), np.float32)
    for (first, last), vectors in zip(item.chunks, per_chunk, strict=True):
        total[first : last + 1] += vectors
        seen[first : last + 1] += 1
    total /= np.maximum(seen, 1)[:, None]
    norms = np.linalg.norm(total, axis=1, keepdims=True)
    return total / np.where(norms > 0, norms, 1)


def _read_ahead(article: Article) -> threading.Thread:
    """Read the first article's facts in a thread of its own, now, while the model loads.

    The extractor sets itself up on the first article it reads (its data tables and ~1,000
    patterns from the pattern cache: ~0.07 s, more than reading an article). A build waits
    for the model (~0.1 s of a cold start, onnxruntime outside the GIL) with a core idle, and
    the set-up done then is not done while the model embeds. The reading is of the
    article's sentences before they are fitted to the model's length (which needs its
    tokenizer): what it keeps is only the set-up and what the extractor caches by text
    (each sentence's amounts, dates and parties), read again identically after. Errors are
    left to the real reading, which reports them."""

    def run() -> None:
        try:
            spans = sentences(article.body)
            contexts = [spans[i].start for i in context_starts(article.body, spans)]
            extract_facts(article, spans, contexts, lexicon())
        except Exception:  # the article's own reading reports it
            pass

    thread = threading.Thread(target=run, name="index-facts-ahead", daemon=True)
    thread.start()
    return thread


def derive(
    article: Article, spans: Sequence[Span], contexts: Sequence[int]
) -> tuple[list[str], list[Fact]]:
    """What is read off the text with the data files: places each quote names, and facts.
    Recomputed without re-embedding when the extractor or the data files change."""
    pieces = [(c, s.end) for c, s in zip(contexts, spans, strict=True)]
    places = [" ".join(sorted(p)) for p in lexicon().places_in_pieces(article.body, pieces)]
    return places, extract_facts(article, spans, contexts, lexicon())


def _rederive(writer: GenerationWriter, article_ids: Sequence[str]) -> None:
    for ident in article_ids:
        article, rows = writer.stored_article(ident)
        spans = [Span(start, end) for start, end, _ in rows]
        places, facts = derive(article, spans, [context for _, _, context in rows])
        writer.replace_derived(ident, places, facts)
