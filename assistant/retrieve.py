"""From a question to the sentences that best answer it, each an exact span of an article.

1. Chunks: dense (FAISS inner product on MiniLM vectors) and lexical (FTS5 bm25, with the
   question's places and regulators expanded from the lexicon), fused by reciprocal rank
   fusion (k = 60, as in Cormack et al. and the Haystack/LlamaIndex retrievers).
2. Sentences of the best chunks, ranked by fusing their own dense score (vectors pooled at
   index time) and bm25, with the rank of the chunk they came from as a prior.
3. A sentence is scored and cited as a unit with the sentences its subject is in (found at
   index time, see `text.context_starts`), so "None of these penalties have been paid" is
   found by "the Italian fine" and quoted with the sentence naming Italy.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy as np

from .embed import DIMENSION, Encoder
from .lexical import fts_query, query_terms, synonyms_of
from .lexicon import Lexicon
from .shapes import expected_shape, has_shape
from .store import IndexReader, SentenceRow, SentenceScores

Mode = Literal["hybrid", "dense", "lexical"]

RRF_K = 60  # chunk-level fusion constant
SENTENCE_RRF_K = 10  # sentence lists are short; a smaller k keeps the top ranks decisive
CANDIDATE_CHUNKS = 30  # per retriever
CHUNKS_TO_SENTENCES = 8  # fused chunks whose sentences are ranked
CHUNK_PRIOR_WEIGHT = 0.5
LEXICAL_SENTENCES = 20  # best bm25 sentences added to the candidates
# A sentence with the kind of thing the question asks for (a date for "when…") gets this
# much of a first-rank vote.
SHAPE_WEIGHT = 0.5
# A quote naming a place the question names ("the Italian fine": Italy, the Garante) gets up
# to this much of a first-rank vote: the question's slots are strong evidence of topic.
PLACE_WEIGHT = 1.0
# Lexical chunks whose sentences are read while the model encodes the question: twice the
# chunks fused for sentences, since dense search moves some of them down.
PREFETCHED_CHUNKS = 2 * CHUNKS_TO_SENTENCES
_SHAPES_KEPT = 50_000  # sentences whose shape a retriever remembers (~5 MB)


@dataclass(frozen=True)
class Evidence:
    article_id: str
    start: int
    end: int
    score: float
    sentence_ids: tuple[int, ...]


def reciprocal_rank_fusion(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> dict[int, float]:
    scores: dict[int, float] = defaultdict(float)
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            scores[item] += 1.0 / (k + rank + 1)
    return dict(scores)


def _ranked(scores: dict[int, float]) -> list[int]:
    return sorted(scores, key=lambda item: -scores[item])


@cache
def _encoding_thread() -> ThreadPoolExecutor:
    """One thread for the whole process, started on first use: retrievers come and go with
    index generations (a long TUI session reopens many), and each owning a thread would
    leave idle ones behind. Questions are asked one at a time per session."""
    return ThreadPoolExecutor(1, thread_name_prefix="encode-question")


class Retriever:
    def __init__(self, reader: IndexReader, encoder: Encoder, lexicon: Lexicon) -> None:
        self.reader = reader
        self.encoder = encoder
        self.lexicon = lexicon
        self._prefetched: tuple[str, Future[np.ndarray]] | None = None
        # Whether a sentence has the shape a question wants (a money pattern over every
        # currency: ~60 µs a sentence): a property of the indexed text, so kept. Bounded.
        self._shapes: dict[tuple[int, str], bool] = {}

    def prefetch(self, question: str) -> None:
        """Start encoding `question` now, so the caller's own work (parsing it) runs while
        the model does; `search` with the same text picks the vector up."""
        self._prefetched = (question, self._encoding(question))

    def _encoding(self, question: str) -> Future[np.ndarray]:
        prefetched, self._prefetched = self._prefetched, None
        if prefetched is not None and prefetched[0] == question:
            return prefetched[1]
        started = threading.Event()
        future = _encoding_thread().submit(
            self.encoder.encode_queries, [question], before_run=started.set
        )
        # Wait (without the GIL) until the model runs, which releases the GIL. Otherwise
        # the encoding thread waits for the GIL until this thread next blocks (~1 ms of
        # parsing and SQLite calls later) or for Python's 5 ms switch interval, and its
        # tokenizing and the model start that much later.
        while not started.wait(0.05):
            if future.done():  # failed before the model ran: `result()` raises it
                break
        return future

    def _has_shape(self, sentence: SentenceRow, shape: str) -> bool:
        key = (sentence.id, shape)
        known = self._shapes.get(key)
        if known is None:
            if len(self._shapes) >= _SHAPES_KEPT:
                self._shapes.clear()
            quote = self.body(sentence.article_id)[sentence.start : sentence.end]
            known = self._shapes[key] = has_shape(quote, shape)
        return known

    def body(self, article_id: str) -> str:
        return self.reader.article_body(article_id)

    def search(self, question: str, k: int = 5, mode: Mode = "hybrid") -> list[Evidence]:
        terms = query_terms(question, self.lexicon.stopwords)
        match = fts_query(terms, [*self.lexicon.expand(question), *synonyms_of(question)])
        use_dense, use_lexical = mode != "lexical", mode != "dense" and bool(match)
        # The model encodes the question on another thread while SQLite runs the lexical
        # queries here: both release the GIL, so a warm question costs the longer of the
        # two instead of their sum (each is ~5-15 ms at 100,000 chunks).
        encoding = self._encoding(question) if use_dense else None
        lexical_chunks, top_sentences = [], []
        if use_lexical:
            lexical_chunks = [c for c, _ in self.reader.lexical_chunks(match, CANDIDATE_CHUNKS)]
            # Sentences that match well on their own, wherever their chunk ranks.
            top_sentences = self.reader.lexical_top_sentences(match, LEXICAL_SENTENCES)
        candidates = _Candidates(self.reader, match if use_lexical else "", encoding is not None)
        if encoding is not None and not encoding.done():
            # While the model runs, the sentences of the best lexical chunks, which the fused
            # ranking mostly picks: afterwards only the chunks dense search adds are read.
            candidates.add(lexical_chunks[:PREFETCHED_CHUNKS], top_sentences)
        query_vector = encoding.result()[0] if encoding is not None else None

        chunk_rankings = []
        if query_vector is not None:
            chunk_rankings.append(
                [c for c, _ in self.reader.dense_chunks(query_vector, CANDIDATE_CHUNKS)]
            )
        if use_lexical:
            chunk_rankings.append(lexical_chunks)
        fused_chunks = _ranked(reciprocal_rank_fusion(chunk_rankings))[:CHUNKS_TO_SENTENCES]
        if not fused_chunks:
            return []

        candidates.add(fused_chunks, top_sentences)
        sentences, chunk_rank = _chunk_sentences(fused_chunks, candidates.rows)
        sentences += [row for row in top_sentences if row.id not in chunk_rank]
        ids = [s.id for s in sentences]
        sentence_rankings: list[list[int]] = []
        if query_vector is not None:
            found, vectors = candidates.matrix(ids)
            dense = dict(zip(found, (vectors @ query_vector).tolist(), strict=True))
            sentence_rankings.append(_ranked(dense))
        if use_lexical:
            lexical = self.reader.lexical_sentences(match, ids, candidates.scores)
            sentence_rankings.append(_ranked(lexical))
        scores = reciprocal_rank_fusion(sentence_rankings, k=SENTENCE_RRF_K)
        shape = expected_shape(question)
        places = self.lexicon.places(question)
        naming = {s.id for s in sentences if places and places.intersection(s.places.split())}
        # Like IDF: naming Italy singles a quote out; naming France, when every candidate
        # does, says nothing.
        place_bonus = PLACE_WEIGHT * (1 - len(naming) / max(len(sentences), 1))
        first_rank = 1.0 / (SENTENCE_RRF_K + 1)
        for sentence in sentences:
            scores.setdefault(sentence.id, 0.0)
            if shape and self._has_shape(sentence, shape):
                scores[sentence.id] += SHAPE_WEIGHT * first_rank
            if sentence.id in naming:
                scores[sentence.id] += place_bonus * first_rank
            if sentence.id in chunk_rank:
                scores[sentence.id] += CHUNK_PRIOR_WEIGHT / (
                    SENTENCE_RRF_K + chunk_rank[sentence.id] + 1
                )
        by_id = {s.id: s for s in sentences}
        return self._evidence([by_id[i] for i in _ranked(scores) if i in by_id], scores, k)

    def _evidence(
        self, ranked: list[SentenceRow], scores: dict[int, float], k: int
    ) -> list[Evidence]:
        chosen: list[Evidence] = []
        seen_text: set[tuple[str, str]] = set()
        for sentence in ranked:
            if len(chosen) == k:
                break
            body = self.body(sentence.article_id)
            text = _dedupe_key(body[sentence.start : sentence.end])
            if (sentence.article_id, text) in seen_text:
                continue  # the same sentence repeated on one page (leads, teasers)
            seen_text.add((sentence.article_id, text))
            candidate = Evidence(
                sentence.article_id,
                sentence.context_start,
                sentence.end,
                scores[sentence.id],
                (sentence.id,),
            )
            merged = False
            for index, other in enumerate(chosen):
                if _overlap(other, candidate):
                    chosen[index] = Evidence(
                        other.article_id,
                        min(other.start, candidate.start),
                        max(other.end, candidate.end),
                        other.score,
                        tuple(sorted(set(other.sentence_ids) | set(candidate.sentence_ids))),
                    )
                    merged = True
                    break
            if not merged:
                chosen.append(candidate)
        return chosen


def _chunk_sentences(
    chunk_ids: list[int], rows: dict[int, list[SentenceRow]]
) -> tuple[list[SentenceRow], dict[int, int]]:
    """The chunks' sentences, best chunk first, and the rank of the chunk each came from."""
    sentences: dict[int, SentenceRow] = {}
    chunk_rank: dict[int, int] = {}
    for rank, chunk_id in enumerate(chunk_ids):
        for sentence in rows[chunk_id]:
            sentences.setdefault(sentence.id, sentence)
            chunk_rank.setdefault(sentence.id, rank)
    return list(sentences.values()), chunk_rank


class _Candidates:
    """What one search reads about its candidate sentences (rows, stored vectors, bm25),
    read in bulk for the chunks and sentences given to `add`, so part of it can be read
    before the question's vector is there and the rest after. Lives for one search."""

    def __init__(self, reader: IndexReader, match: str, with_vectors: bool) -> None:
        self._reader = reader
        self._match = match  # "" when the search is dense only
        self._with_vectors = with_vectors  # False when it is lexical only
        self.rows: dict[int, list[SentenceRow]] = {}  # by chunk id
        self._vector_row: dict[int, int] = {}  # sentence id -> row of one of `_matrices`
        self._matrices: list[np.ndarray] = []
        self._matrix_of: dict[int, int] = {}  # sentence id -> index into `_matrices`
        self.scores: SentenceScores | None = None
        self._seen: set[int] = set()  # sentence ids read

    def add(self, chunk_ids: Sequence[int], sentences: Sequence[SentenceRow] = ()) -> None:
        new_chunks = [c for c in dict.fromkeys(chunk_ids) if c not in self.rows]
        if new_chunks:
            found = self._reader.chunk_sentences(new_chunks)
            for chunk_id in new_chunks:
                self.rows[chunk_id] = found.get(chunk_id, [])
        ids = [s.id for c in new_chunks for s in self.rows[c]] + [s.id for s in sentences]
        new_ids = [i for i in dict.fromkeys(ids) if i not in self._seen]
        if not new_ids:
            return
        self._seen.update(new_ids)
        if self._with_vectors:
            found_ids, matrix = self._reader.sentence_matrix(new_ids)
            number = len(self._matrices)
            self._matrices.append(matrix)
            for row, sentence_id in enumerate(found_ids):
                self._vector_row[sentence_id] = row
                self._matrix_of[sentence_id] = number
        if self._match:
            fresh = self._reader.sentence_scores(self._match, new_ids)
            if self.scores is not None:
                fresh = SentenceScores(
                    self._match, self.scores.ids | fresh.ids, {**self.scores.scores, **fresh.scores}
                )
            self.scores = fresh

    def matrix(self, ids: Sequence[int]) -> tuple[list[int], np.ndarray]:
        """As `IndexReader.sentence_matrix(ids)` returns them (ascending ids, each once)."""
        found = sorted(i for i in set(ids) if i in self._matrix_of)
        if not found:
            return [], np.zeros((0, DIMENSION), np.float32)
        return found, np.stack(
            [self._matrices[self._matrix_of[i]][self._vector_row[i]] for i in found]
        )


_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _dedupe_key(text: str) -> str:
    """Equal for the same sentence repeated with different quote marks or spacing."""
    return " ".join(text.translate(_TYPOGRAPHY).split()).casefold()


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end
