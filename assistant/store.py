"""One index generation on disk: SQLite (articles, sentences, chunks, FTS5) + FAISS vectors.

A generation is written once (by `GenerationWriter`, in a `.partial` folder that becomes
`gen-NNNNNN` on commit) and never modified afterwards, so readers open it immutable and
need no locks. Ids come from AUTOINCREMENT and are never reused: FAISS ids (chunk ids)
stay valid when articles are removed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embed import DIMENSION
from .errors import IndexDamaged, IndexMissing
from .fact_model import Fact
from .lexical import searchable
from .manifest import (
    VERIFIED_NAME,
    Manifest,
    ManifestHead,
    file_check,
    fsync_dir,
    read_manifest_head,
    verify_files,
)
from .models import Article, ArticleMeta
from .pattern_cache import compiled
from .places import sql_within
from .postings import Planner, id_ranges

DB_NAME = "store.sqlite"
VECTORS_NAME = "vectors.faiss"
# A flat (exact) index's ids and vectors also as plain arrays: a question then searches them
# with numpy and never imports FAISS (~0.1 s of a one-shot question's start-up).
FLAT_IDS_NAME = "flat_ids.npy"
FLAT_VECTORS_NAME = "flat_vectors.npy"
# Exact search (IndexFlatIP) up to this many chunk vectors, an inverted file (IVF) above.
# At 30k a flat search costs ~3 ms; past that IVF scans only `nprobe` of `nlist` clusters
# (~2 ms at 100k) and, memory-mapped, a one-shot query reads only those clusters' pages.
# IVF over HNSW: on clustered vectors HNSW (M=32, efSearch up to 1024) reached recall@10
# 0.73-0.88 against exact search, IVF 0.99 (bench/ann.py); and IVF removes ids in place,
# so updates never rebuild it.
EXACT_MAX_VECTORS = 30_000
NPROBE = 16  # clusters searched per query: recall@10 >= 0.95 (bench/ann.py)
_GENERATION = compiled(r"^gen-(\d{6})$")
# Porter stemming so "fines" finds "fined"; diacritics folded so "Garante" finds "garanté".
_TOKENIZE = "porter unicode61 remove_diacritics 2"

SCHEMA = f"""
CREATE TABLE articles (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, format TEXT NOT NULL, title TEXT NOT NULL,
    outlet TEXT, published TEXT, author TEXT, url TEXT, sha256 TEXT NOT NULL, body TEXT NOT NULL
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL, position INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    context_start INTEGER NOT NULL,  -- the quote starts here: earlier sentences it needs
    places TEXT NOT NULL,  -- jurisdiction codes the quote names, space-separated
    vector BLOB NOT NULL  -- float16[{DIMENSION}], pooled from the chunk's token embeddings
);
CREATE UNIQUE INDEX sentences_by_article ON sentences(article_id, position);
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL, position INTEGER NOT NULL,
    first_sentence INTEGER NOT NULL, last_sentence INTEGER NOT NULL,  -- sentence positions
    start INTEGER NOT NULL, end INTEGER NOT NULL
);
CREATE INDEX chunks_by_article ON chunks(article_id);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL, action TEXT NOT NULL,
    respondent_key TEXT, authority TEXT, jurisdiction TEXT,
    data TEXT NOT NULL  -- facts.Fact as JSON: every field with its span
);
CREATE INDEX facts_by_respondent ON facts(respondent_key);
CREATE INDEX facts_by_jurisdiction ON facts(jurisdiction);
CREATE INDEX facts_by_article ON facts(article_id);
CREATE VIRTUAL TABLE chunk_text USING fts5(title, body, tokenize='{_TOKENIZE}');
CREATE VIRTUAL TABLE sentence_text USING fts5(body, tokenize='{_TOKENIZE}');
"""


# Written at each commit, for readers: the sentences' vocabulary as a plain table (listing
# it from FTS5 walks every posting), an index that answers `published()` without
# reading every article's row (each holds its body), facts by regulator (a question
# naming only the regulator must not read every fact), and articles by outlet.
_READ_FAST = """
CREATE INDEX IF NOT EXISTS articles_published ON articles(id, published);
CREATE INDEX IF NOT EXISTS facts_by_authority ON facts(authority);
CREATE INDEX IF NOT EXISTS articles_by_outlet ON articles(outlet, id);
CREATE TABLE IF NOT EXISTS sentence_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
DELETE FROM sentence_terms;
CREATE VIRTUAL TABLE temp.commit_terms USING fts5vocab(main, sentence_text, row);
INSERT INTO sentence_terms SELECT term FROM temp.commit_terms;
DROP TABLE temp.commit_terms;
"""


@dataclass(frozen=True, slots=True)
class SentenceRow:
    id: int
    article_id: str
    position: int
    start: int
    end: int
    context_start: int
    places: str


@dataclass(frozen=True)
class SentenceScores:
    """-bm25 for one FTS5 match of the sentences among `ids` that match it."""

    match: str
    ids: frozenset[int]
    scores: dict[int, float]


@dataclass(frozen=True)
class ArticleSegments:
    """What the indexer computed for one article, ready to store."""

    article: Article
    sentences: Sequence[tuple[int, int]]
    contexts: Sequence[int]
    places: Sequence[str]
    sentence_vectors: np.ndarray  # (n_sentences, DIMENSION)
    chunks: Sequence[tuple[int, int]]  # inclusive sentence positions
    chunk_vectors: np.ndarray  # (n_chunks, DIMENSION)
    facts: Sequence[Fact] = ()


def _import_faiss():
    import faiss

    return faiss


def _nlist(count: int) -> int:
    # At least ~40 training points per cluster (FAISS's own guidance).
    band = 512 if count <= 60_000 else 1024 if count <= 500_000 else 4096
    return max(1, min(band, count // 40))


def vector_index_spec(count: int) -> dict:
    """The FAISS index an index of `count` chunk vectors gets (recorded in the manifest)."""
    if count <= EXACT_MAX_VECTORS:
        return {"type": "IDMap2,Flat", "metric": "inner_product", "count": count}
    nlist = _nlist(count)
    return {
        "type": f"IVF{nlist},Flat",
        "metric": "inner_product",
        "count": count,
        "nlist": nlist,
        "nprobe": NPROBE,
    }


def build_vector_index(ids: np.ndarray, vectors: np.ndarray, spec: dict):
    """A FAISS index of the type `spec` names, holding `vectors` under `ids`."""
    faiss = _import_faiss()
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if spec["type"] == "IDMap2,Flat":
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(DIMENSION))
    else:
        index = faiss.IndexIVFFlat(
            faiss.IndexFlatIP(DIMENSION), DIMENSION, spec["nlist"], faiss.METRIC_INNER_PRODUCT
        )
        index.nprobe = spec["nprobe"]
        # Trained on a fixed-seed sample: the same vectors give the same clusters.
        rng = np.random.default_rng(0)
        sample = rng.choice(len(vectors), min(len(vectors), spec["nlist"] * 40), replace=False)
        index.train(vectors[np.sort(sample)])
    if len(ids):
        index.add_with_ids(vectors, ids)
    return index


def stored_vectors(index) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) held by an index this module wrote (for rebuilding it as another type)."""
    faiss = _import_faiss()
    if isinstance(index, faiss.IndexIDMap2):
        ids = faiss.vector_to_array(index.id_map).astype(np.int64)
        inner = faiss.downcast_index(index.index)
        if inner.ntotal == 0:
            return ids, np.zeros((0, DIMENSION), np.float32)
        return ids, inner.reconstruct_n(0, inner.ntotal)
    lists = faiss.extract_index_ivf(index).invlists
    all_ids, all_vectors = [], []
    for number in range(lists.nlist):
        size = lists.list_size(number)
        if size:
            all_ids.append(faiss.rev_swig_ptr(lists.get_ids(number), size).copy())
            codes = faiss.rev_swig_ptr(lists.get_codes(number), size * lists.code_size)
            all_vectors.append(np.frombuffer(codes.copy(), np.float32).reshape(size, DIMENSION))
    if not all_ids:
        return np.zeros(0, np.int64), np.zeros((0, DIMENSION), np.float32)
    return np.concatenate(all_ids).astype(np.int64), np.concatenate(all_vectors)


_META_CACHE_SIZE = 4096
# Bodies are quoted again by every answer that cites them (~10 reads a question); a few
# hundred kept is a few MB even for long regulator releases.
_BODY_CACHE_SIZE = 256
_FACT_CACHE_SIZE = 10_000  # ~6 KB a parsed fact: ≤ 60 MB; a question at 100k reads ≤ ~1,500


class IndexReader:
    """Read access to the generation the manifest names."""

    def __init__(self, index_dir: Path, verify: bool = True, with_faiss: bool = False) -> None:
        """`with_faiss`: also open (and count) the FAISS file when numpy arrays would serve,
        as an update must before building on this generation."""
        manifest = read_manifest_head(index_dir)
        if manifest is None:
            raise IndexMissing(f"no index in {index_dir} (run `assistant index`)")
        self.manifest: ManifestHead = manifest
        self._vocabulary: frozenset[str] | None = None
        # Articles' metadata (frozen models) as read: an answer cites or filters by the same
        # few articles a dozen times. The generation is immutable, so nothing goes stale.
        self._meta: dict[str, ArticleMeta] = {}
        self._bodies: dict[str, str] = {}
        self._facts: dict[int, Fact] = {}  # by row id: see `_parsed_facts`
        self.folder = index_dir / manifest.generation
        if verify:
            verify_files(self.folder, manifest.files)
        try:
            self._db = sqlite3.connect(
                f"{(self.folder / DB_NAME).resolve().as_uri()}?mode=ro&immutable=1",
                uri=True,
                check_same_thread=False,
            )
            (self.article_count,) = self._db.execute("SELECT count(*) FROM articles").fetchone()
            self._planner = Planner(self._db)
            self._top_scores: tuple[str, dict[int, float]] = ("", {})
            self._vectors = None
            self._flat: tuple[np.ndarray, np.ndarray] | None = None
            self.vector_count = -1
            if {FLAT_IDS_NAME, FLAT_VECTORS_NAME} <= {f.name for f in manifest.files}:
                # .npy read as a read-only memory map: plain numbers, never pickled objects.
                self._flat = (
                    np.lib.format.open_memmap(self.folder / FLAT_IDS_NAME, mode="r"),
                    np.lib.format.open_memmap(self.folder / FLAT_VECTORS_NAME, mode="r"),
                )
                self.vector_count = len(self._flat[0])
            if self._flat is None or with_faiss:  # approximate, or written before the arrays
                faiss = self._faiss = _import_faiss()
                # Memory-mapped, not read: opening costs no copy, and a one-shot query's
                # memory holds only the pages its search touches (a few MB of an IVF index).
                self._vectors = faiss.read_index(
                    str(self.folder / VECTORS_NAME), faiss.IO_FLAG_MMAP_IFC
                )
                nprobe = manifest.vector_index.get("nprobe")
                if nprobe:
                    faiss.extract_index_ivf(self._vectors).nprobe = int(nprobe)
                if self.vector_count not in (-1, self._vectors.ntotal):
                    raise IndexDamaged(
                        f"index in {self.folder} has {self._vectors.ntotal} vectors in FAISS"
                        f" and {self.vector_count} in its arrays"
                    )
                self.vector_count = self._vectors.ntotal
        except (sqlite3.DatabaseError, RuntimeError, ValueError, OSError) as exc:
            raise IndexDamaged(
                f"index in {self.folder} is damaged ({str(exc).splitlines()[0][:120]})"
            ) from None
        if self.vector_count != manifest.chunks or (
            self._flat is not None and self._flat[1].shape != (manifest.chunks, DIMENSION)
        ):
            raise IndexDamaged(
                f"index in {self.folder} has {self.vector_count} vectors for {manifest.chunks} chunks"
            )

    def close(self) -> None:
        self._db.close()

    # Dense and lexical search over chunks --------------------------------------------------

    def dense_chunks(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if self.vector_count == 0:
            return []
        if self._flat is not None:  # exact inner product, as IndexFlatIP computes it
            ids, vectors = self._flat
            scores = vectors @ np.asarray(query, dtype=np.float32)
            k = min(k, len(scores))
            top = np.argpartition(-scores, k - 1)[:k]
            top = top[np.argsort(-scores[top], kind="stable")]
            return [(int(ids[i]), float(scores[i])) for i in top]
        # One query is microseconds of work for a flat index and a few lists for IVF: OpenMP
        # threads cost more than they save (on 2 busy cores, 16 ms instead of 0.3 ms). The
        # setting belongs to the calling thread only, so builds elsewhere keep every core.
        self._faiss.omp_set_num_threads(1)
        scores, ids = self._vectors.search(query.reshape(1, -1).astype(np.float32), k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def lexical_chunks(self, match: str, k: int) -> list[tuple[int, float]]:
        # bm25() is lower-is-better; negate so every score here is higher-is-better.
        rows = self._db.execute(
            "SELECT rowid, -bm25(chunk_text, 0.5, 1.0) FROM chunk_text WHERE chunk_text MATCH ?"
            " ORDER BY bm25(chunk_text, 0.5, 1.0) LIMIT ?",
            (self._planner.prune(match, "chunk_text"), k),
        )
        return [(int(r), float(s)) for r, s in rows]

    def lexical_top_sentences(self, match: str, k: int) -> list[SentenceRow]:
        # The best k by bm25 first, then their rows: joining inside the ranked query made
        # SQLite look up the row of every match before sorting (twice the time at 1,000
        # chunks, where a query matches ~2,000 sentences).
        best = self._db.execute(
            "SELECT rowid, -bm25(sentence_text) FROM sentence_text"
            " WHERE sentence_text MATCH ? ORDER BY bm25(sentence_text) LIMIT ?",
            (self._planner.prune(match, "sentence_text"), k),
        ).fetchall()
        # Kept for `lexical_sentences`, which is asked next for the same query and would
        # otherwise open an FTS5 cursor per article to score these again.
        self._top_scores = (match, {int(r): float(score) for r, score in best})
        return self._sentence_rows([int(r) for r, _ in best])

    def lexical_some_sentences(self, match: str, k: int) -> list[SentenceRow]:
        """Any k sentences matching, unranked: the first k in index order. For evidence that
        only needs to be typical, not best: ranking a common word's every match by bm25
        costs ~150 ms at 100,000 chunks, stopping after k costs nothing."""
        some = self._db.execute(
            "SELECT rowid FROM sentence_text WHERE sentence_text MATCH ? LIMIT ?",
            (self._planner.prune(match, "sentence_text"), k),
        ).fetchall()
        return self._sentence_rows([int(r) for (r,) in some])

    def lexical_sentences_in(
        self, match: str, article_ids: Sequence[str], k: int
    ) -> list[SentenceRow]:
        """The best bm25 sentences of some articles only ("what do Marriott's articles say
        about appealing?")."""
        if not article_ids:
            return []
        marks = ",".join("?" * len(article_ids))
        # An article's sentences have consecutive ids: score those ranges only.
        runs = self._db.execute(
            f"SELECT min(id), max(id) FROM sentences WHERE article_id IN ({marks}) GROUP BY article_id",
            tuple(article_ids),
        ).fetchall()
        scores = self._scores_in_ranges(match, runs)
        return self._sentence_rows(sorted(scores, key=lambda i: scores[i], reverse=True)[:k])

    def _sentence_rows(self, ids: Sequence[int]) -> list[SentenceRow]:
        """The sentences with these ids, in the order given."""
        if not ids:
            return []
        rows = {
            r[0]: SentenceRow(*r)
            for r in self._db.execute(
                "SELECT id, article_id, position, start, end, context_start, places FROM sentences"
                f" WHERE id IN ({','.join('?' * len(ids))})",
                tuple(ids),
            )
        }
        return [rows[i] for i in ids if i in rows]

    def lexical_sentences(
        self, match: str, ids: Iterable[int], scored: SentenceScores | None = None
    ) -> dict[int, float]:
        """-bm25 of those of `ids` that match. `scored`: `sentence_scores` of the same match
        worked out earlier for ids that may cover these (then no query is run)."""
        wanted = set(ids)
        if not wanted:
            return {}
        known_match, known = self._top_scores
        scores = {i: known[i] for i in wanted if i in known} if known_match == match else {}
        wanted -= scores.keys()
        if not wanted:
            return scores
        if scored is not None and scored.match == match and wanted <= scored.ids:
            # In the order the query below returns them (ascending id): ties keep their order.
            scores.update((i, scored.scores[i]) for i in sorted(wanted) if i in scored.scores)
            return scores
        scores.update(self.sentence_scores(match, wanted).scores)
        return scores

    def sentence_scores(self, match: str, ids: Iterable[int]) -> SentenceScores:
        """-bm25 of those of `ids` that match, in ascending id order."""
        wanted = frozenset(ids)
        # Ranges a few sentences apart are merged: each range costs FTS5 a pass over the
        # query terms' postings, each extra row in a range only its score.
        in_ranges = self._scores_in_ranges(match, id_ranges(wanted, gap=24))
        scores = {i: score for i, score in in_ranges.items() if i in wanted}
        return SentenceScores(match, wanted, scores)

    def _scores_in_ranges(self, match: str, runs: Sequence[tuple[int, int]]) -> dict[int, float]:
        """-bm25 of the sentences in some id ranges that match. FTS5 seeks to each range (an
        `IN` list of rowids would make it score every match in the index first)."""
        match = self._planner.prune(match, "sentence_text")
        scores: dict[int, float] = {}
        for start in range(0, len(runs), 200):  # SQLite allows 500 terms in a compound select
            batch = runs[start : start + 200]
            sql = " UNION ALL ".join(
                [
                    "SELECT rowid, -bm25(sentence_text) FROM sentence_text"
                    " WHERE sentence_text MATCH ? AND rowid BETWEEN ? AND ?"
                ]
                * len(batch)
            )
            values = [v for first, last in batch for v in (match, first, last)]
            scores.update((int(r), float(score)) for r, score in self._db.execute(sql, values))
        return scores

    # Rows ------------------------------------------------------------------------------------

    def sentences(self, article_id: str, first: int, last: int) -> list[SentenceRow]:
        rows = self._db.execute(
            "SELECT id, article_id, position, start, end, context_start, places FROM sentences"
            " WHERE article_id = ? AND position BETWEEN ? AND ? ORDER BY position",
            (article_id, first, last),
        )
        return [SentenceRow(*r) for r in rows]

    def chunk_sentences(self, chunk_ids: Sequence[int]) -> dict[int, list[SentenceRow]]:
        """Each chunk's sentences in order, by chunk id: one query for all of them."""
        marks = ",".join("?" * len(chunk_ids))
        rows = self._db.execute(
            "SELECT c.id, s.id, s.article_id, s.position, s.start, s.end, s.context_start,"
            " s.places FROM chunks c JOIN sentences s ON s.article_id = c.article_id"
            " AND s.position BETWEEN c.first_sentence AND c.last_sentence"
            f" WHERE c.id IN ({marks}) ORDER BY c.id, s.position",
            tuple(chunk_ids),
        )
        found: dict[int, list[SentenceRow]] = {}
        for chunk_id, *sentence in rows:
            found.setdefault(chunk_id, []).append(SentenceRow(*sentence))
        return found

    def sentence_matrix(self, ids: Sequence[int]) -> tuple[list[int], np.ndarray]:
        """The stored vectors of these sentences as one (n, DIMENSION) float32 matrix, and
        the ids of its rows (ascending, each once): one conversion for all of them, not one
        array per sentence."""
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT id, vector FROM sentences WHERE id IN ({marks}) ORDER BY id", tuple(ids)
        ).fetchall()
        blob = b"".join(r[1] for r in rows)
        matrix = np.frombuffer(blob, dtype=np.float16).reshape(len(rows), DIMENSION)
        return [r[0] for r in rows], matrix.astype(np.float32)

    def article_meta(self, article_id: str) -> ArticleMeta:
        known = self._meta.get(article_id)
        if known is not None:
            return known
        row = self._db.execute(
            "SELECT id, path, format, title, outlet, published, author, url FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        keys = ("id", "path", "format", "title", "outlet", "published", "author", "url")
        meta = ArticleMeta(**dict(zip(keys, row, strict=True)))
        if len(self._meta) >= _META_CACHE_SIZE:
            self._meta.clear()  # bounded: a session over 100k articles keeps a few thousand
        self._meta[article_id] = meta
        return meta

    def article_body(self, article_id: str) -> str:
        known = self._bodies.get(article_id)
        if known is not None:
            return known
        row = self._db.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        if len(self._bodies) >= _BODY_CACHE_SIZE:
            self._bodies.clear()
        self._bodies[article_id] = row[0]
        return row[0]

    def facts(
        self,
        respondent_key: str | None = None,
        jurisdiction: str | None = None,
        authority: str | None = None,
        article_id: str | None = None,
    ) -> list[Fact]:
        """Stored facts, filtered on indexed columns (no scan of the whole table when filtered)."""
        clauses, values = [], []
        for column, value in (
            ("respondent_key", respondent_key),
            ("authority", authority),
            ("article_id", article_id),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                values.append(value)
        if jurisdiction is not None:  # the place or within it: "CA" reads "CA-QC" too
            clause, more = sql_within("jurisdiction", [jurisdiction])
            clauses.append(clause)
            values += more
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.execute(f"SELECT id, data FROM facts{where} ORDER BY id", values)
        return self._parsed_facts(rows)

    def fact_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM facts").fetchone()[0]

    def facts_about(self, authorities: Sequence[str], places: Iterable[str]) -> list[Fact]:
        """What the actions of these regulators or in these places can be grouped from: the
        facts naming one of them, and the same respondents' facts that name no place (a
        fact naming a regulator always names its place). Read through indexes: at 100,000
        chunks a regulator has ~1,200 facts of 82,000."""
        authorities, places = list(authorities), list(places)
        if not authorities and not places:
            return self.facts()
        in_places, place_values = sql_within("jurisdiction", places)
        named = f"authority IN ({','.join('?' * len(authorities))}) OR {in_places}"
        rows = self._db.execute(
            f"SELECT id, data FROM facts WHERE {named} UNION SELECT id, data FROM facts"
            " WHERE jurisdiction IS NULL AND respondent_key IN"
            f" (SELECT respondent_key FROM facts WHERE {named}) ORDER BY id",
            [*authorities, *place_values, *authorities, *place_values],
        )
        return self._parsed_facts(rows)

    def _parsed_facts(self, rows: Iterable[tuple[int, str]]) -> list[Fact]:
        """Facts from (id, JSON) rows, each parsed once per reader: parsing is ~75 µs a fact,
        and a company's or regulator's facts are read by most questions about it (hundreds
        at 100,000 chunks). Facts are never modified after they are read."""
        facts = []
        for ident, data in rows:
            fact = self._facts.get(ident)
            if fact is None:
                if len(self._facts) >= _FACT_CACHE_SIZE:
                    self._facts.clear()
                fact = self._facts[ident] = Fact.model_validate_json(data)
            facts.append(fact)
        return facts

    def vocabulary(self) -> frozenset[str]:
        """Every (porter-stemmed) term the sentences use, read once per reader."""
        if self._vocabulary is None:
            try:  # listed at commit: fts5vocab would walk every posting (~2 s at 100k chunks)
                self._vocabulary = frozenset(
                    r[0] for r in self._db.execute("SELECT term FROM sentence_terms")
                )
                return self._vocabulary
            except sqlite3.OperationalError:
                pass  # a generation written before the list existed
            try:
                self._db.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, sentence_text, row)"
                )
                self._vocabulary = frozenset(
                    r[0] for r in self._db.execute("SELECT term FROM temp.terms")
                )
            except sqlite3.DatabaseError:
                self._vocabulary = frozenset()
        return self._vocabulary

    def sentence_at(self, article_id: str, position: int) -> tuple[int, int] | None:
        """The (start, end) of the sentence holding a character position, with its context."""
        row = self._db.execute(
            "SELECT context_start, end FROM sentences WHERE article_id = ? AND start <= ? AND ? < end"
            " ORDER BY start DESC LIMIT 1",
            (article_id, position, position),
        ).fetchone()
        return (row[0], row[1]) if row else None

    def respondent_keys(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT DISTINCT respondent_key FROM facts") if r[0]}

    def authorities_named(self, known: Container[str]) -> dict[str, str | None]:
        """The regulators facts name that are not in `known`, with their country: those the
        extractor read from how articles introduce them (`unlisted_bodies`). The distinct
        names come from an index; only the unknown ones' rows are read."""
        unknown = [
            a
            for (a,) in self._db.execute("SELECT DISTINCT authority FROM facts")
            if a and a not in known
        ]
        found: dict[str, str | None] = {}
        for name in unknown:
            row = self._db.execute(
                "SELECT jurisdiction FROM facts WHERE authority = ? AND jurisdiction IS NOT NULL",
                (name,),
            ).fetchone()
            found[name] = row[0] if row else None
        return found

    def articles_from_outlets(self, names: set[str]) -> set[str]:
        """Articles whose outlet's name contains one of `names`, every word of it ("according
        to the Slashdot summary", "per the Privacy Ledger"): "Murray Link Telecom" is a
        company, not the "Telecom Compliance Report". The distinct outlets are read from an
        index, not every article's row."""
        if not names:
            return set()
        phrases = [set(name.split()) for name in names if name.split()]
        outlets = [
            outlet
            for (outlet,) in self._db.execute(
                "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL"
            )
            if any(
                phrase <= set(outlet.replace("(", " ").replace(")", " ").split())
                for phrase in phrases
            )
        ]
        if not outlets:
            return set()
        return {
            r[0]
            for r in self._db.execute(
                f"SELECT id FROM articles WHERE outlet IN ({','.join('?' * len(outlets))})",
                outlets,
            )
        }

    def titles_mention(self, stem: str) -> bool:
        """Whether an article's title holds `stem` (a word's stem): a headline's word
        ("ILT fines three hauliers") is the article's even when its body never repeats it.
        Asked only about a question's words the sentences lack, so one scan is rare."""
        escaped = stem.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        row = self._db.execute(
            "SELECT 1 FROM articles WHERE title LIKE ? ESCAPE '\\' LIMIT 1", (f"%{escaped}%",)
        ).fetchone()
        return row is not None

    def published(self) -> dict[str, str | None]:
        return dict(self._db.execute("SELECT id, published FROM articles"))

    def published_dates(self) -> PublishedDates:
        """`published()` read as asked: a question needs the dates of a few articles, and
        reading all of them costs ~60 ms at 28,000 articles (a one-shot question's)."""
        return PublishedDates(self)

    def article_ids(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY id")]


class PublishedDates:
    """Article id -> publication date, read through `IndexReader.article_meta` (which keeps
    the rows it has read): the `get` and truth value of the dict `IndexReader.published`
    returns, which is all its users need."""

    def __init__(self, reader: IndexReader) -> None:
        self._reader = reader

    def get(self, article_id: str, default: str | None = None) -> str | None:
        try:
            return self._reader.article_meta(article_id).published
        except KeyError:
            return default

    def __bool__(self) -> bool:
        return bool(self._reader.article_count)


class GenerationWriter:
    """Builds the next generation from a copy of the current one; `commit` publishes it."""

    def __init__(self, index_dir: Path, base: Manifest | None) -> None:
        self.index_dir = index_dir
        index_dir.mkdir(parents=True, exist_ok=True)
        self.generation = f"gen-{_next_generation_number(index_dir):06d}"
        self.folder = index_dir / f"{self.generation}.partial"
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir()
        # New vectors are kept as arrays and the FAISS index is written once, at commit: the
        # base index updated in place while its type (and IVF clustering) stays right for the
        # new size, else rebuilt from the stored vectors.
        self._ids: list[np.ndarray] = []
        self._matrices: list[np.ndarray] = []
        self._removed: list[int] = []
        self._base_index = None
        self._base_spec: dict = {}
        if base is not None:
            source = index_dir / base.generation
            shutil.copyfile(source / DB_NAME, self.folder / DB_NAME)
            self._base_index = _import_faiss().read_index(str(source / VECTORS_NAME))
            self._base_spec = base.vector_index
            self._db = sqlite3.connect(self.folder / DB_NAME)
        else:
            self._db = sqlite3.connect(self.folder / DB_NAME)
            self._db.executescript(SCHEMA)
        # A partial generation is thrown away if the process dies, so no journal is needed.
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")

    def remove_article(self, article_id: str) -> None:
        db = self._db
        chunk_ids = [
            r[0] for r in db.execute("SELECT id FROM chunks WHERE article_id = ?", (article_id,))
        ]
        db.execute(
            "DELETE FROM chunk_text WHERE rowid IN (SELECT id FROM chunks WHERE article_id = ?)",
            (article_id,),
        )
        db.execute(
            "DELETE FROM sentence_text WHERE rowid IN (SELECT id FROM sentences WHERE article_id = ?)",
            (article_id,),
        )
        db.execute("DELETE FROM chunks WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        db.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))
        self._removed.extend(chunk_ids)

    def add_article(self, item: ArticleSegments) -> None:
        db, a = self._db, item.article
        db.execute(
            "INSERT INTO articles (id, path, format, title, outlet, published, author, url, sha256, body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id,
                a.path,
                a.format,
                a.title,
                a.outlet,
                a.published,
                a.author,
                a.url,
                a.sha256,
                a.body,
            ),
        )
        for position, ((start, end), context, places, vector) in enumerate(
            zip(item.sentences, item.contexts, item.places, item.sentence_vectors, strict=True)
        ):
            cursor = db.execute(
                "INSERT INTO sentences (article_id, position, start, end, context_start, places, vector)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (a.id, position, start, end, context, places, vector.astype(np.float16).tobytes()),
            )
            self._index_sentence_text([(cursor.lastrowid, a.body, context, end)])
        chunk_ids = []
        for position, (first, last) in enumerate(item.chunks):
            start, end = item.sentences[first][0], item.sentences[last][1]
            cursor = db.execute(
                "INSERT INTO chunks (article_id, position, first_sentence, last_sentence, start, end)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (a.id, position, first, last, start, end),
            )
            chunk_ids.append(cursor.lastrowid)
            self._index_chunk_text([(cursor.lastrowid, a.title, a.body, start, end)])
        self._insert_facts(item.facts)
        if chunk_ids:
            self._ids.append(np.array(chunk_ids, dtype=np.int64))
            self._matrices.append(np.asarray(item.chunk_vectors, dtype=np.float32))

    def _insert_facts(self, facts: Sequence[Fact]) -> None:
        self._db.executemany(
            "INSERT INTO facts (article_id, action, respondent_key, authority, jurisdiction, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    f.article_id,
                    f.action,
                    f.respondent_key,
                    f.authority,
                    f.jurisdiction,
                    f.model_dump_json(),
                )
                for f in facts
            ],
        )

    def stored_article(self, article_id: str) -> tuple[Article, list[tuple[int, int, int]]]:
        """An article as stored, with its (start, end, context_start) sentence spans."""
        row = self._db.execute(
            "SELECT id, path, format, title, outlet, published, author, url, sha256, body"
            " FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        keys = (
            "id",
            "path",
            "format",
            "title",
            "outlet",
            "published",
            "author",
            "url",
            "sha256",
            "body",
        )
        spans = self._db.execute(
            "SELECT start, end, context_start FROM sentences WHERE article_id = ? ORDER BY position",
            (article_id,),
        ).fetchall()
        return Article(**dict(zip(keys, row, strict=True))), spans

    def replace_derived(
        self, article_id: str, places: Sequence[str], facts: Sequence[Fact]
    ) -> None:
        """New places and facts for an article whose text and vectors are unchanged."""
        self._db.executemany(
            "UPDATE sentences SET places = ? WHERE article_id = ? AND position = ?",
            [(p, article_id, i) for i, p in enumerate(places)],
        )
        self._db.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))
        self._insert_facts(facts)

    def _index_sentence_text(self, rows: Iterable[tuple[int, str, int, int]]) -> None:
        """FTS5 text of sentences, each (rowid, article body, quote start, end)."""
        self._db.executemany(
            "INSERT INTO sentence_text (rowid, body) VALUES (?, ?)",
            [(row, searchable(body[context:end])) for row, body, context, end in rows],
        )

    def _index_chunk_text(self, rows: Iterable[tuple[int, str, str, int, int]]) -> None:
        """FTS5 text of chunks, each (rowid, article title, article body, start, end)."""
        self._db.executemany(
            "INSERT INTO chunk_text (rowid, title, body) VALUES (?, ?, ?)",
            [
                (row, searchable(title), searchable(body[start:end]))
                for row, title, body, start, end in rows
            ],
        )

    def remake_lexical_text(self) -> None:
        """Every stored sentence's and chunk's lexical search text made again from the stored
        bodies and spans (after `searchable` changed), as `add_article` makes it: nothing is
        re-embedded."""
        db = self._db
        db.execute("DELETE FROM sentence_text")
        db.execute("DELETE FROM chunk_text")
        for article_id, title, body in db.execute("SELECT id, title, body FROM articles"):
            self._index_sentence_text(
                (row, body, context, end)
                for row, context, end in db.execute(
                    "SELECT id, context_start, end FROM sentences WHERE article_id = ?",
                    (article_id,),
                )
            )
            self._index_chunk_text(
                (row, title, body, start, end)
                for row, start, end in db.execute(
                    "SELECT id, start, end FROM chunks WHERE article_id = ?", (article_id,)
                )
            )

    def counts(self) -> tuple[int, int]:
        chunks = self._db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        sentences = self._db.execute("SELECT count(*) FROM sentences").fetchone()[0]
        return chunks, sentences

    def commit(self, manifest_fields: dict) -> Manifest:
        """Make the generation durable and live. Returns the manifest that was written."""
        from .manifest import write_manifest

        chunks, sentences = self.counts()
        self._db.commit()
        self._db.executescript(_READ_FAST)
        self._db.execute("PRAGMA optimize")
        self._db.close()
        spec = self._write_vectors()
        names = [DB_NAME, VECTORS_NAME]
        if spec["type"] == "IDMap2,Flat":
            names += [FLAT_IDS_NAME, FLAT_VECTORS_NAME]
        for name in names:
            _fsync_file(self.folder / name)
        files = [file_check(self.folder / name) for name in names]
        final = self.index_dir / self.generation
        os.replace(self.folder, final)
        fsync_dir(self.index_dir)
        manifest = Manifest(
            generation=self.generation,
            files=files,
            chunks=chunks,
            sentences=sentences,
            vector_index=spec,
            **manifest_fields,
        )
        write_manifest(self.index_dir, manifest)
        return manifest

    def _write_vectors(self) -> dict:
        """Write vectors.faiss; returns its spec (see `vector_index_spec`)."""
        removed = np.array(sorted(set(self._removed)), dtype=np.int64)
        ids = np.concatenate(self._ids) if self._ids else np.zeros(0, np.int64)
        vectors = (
            np.concatenate(self._matrices)
            if self._matrices
            else np.zeros((0, DIMENSION), np.float32)
        )
        if len(removed):
            keep = ~np.isin(ids, removed)
            ids, vectors = ids[keep], vectors[keep]
        base = self._base_index
        count = len(ids) + (base.ntotal - len(removed) if base is not None else 0)
        spec = vector_index_spec(count)
        same = {k: v for k, v in spec.items() if k != "count"} == {
            k: v for k, v in self._base_spec.items() if k != "count"
        }
        if base is not None and same:
            if len(removed):
                base.remove_ids(removed)
            if len(ids):
                base.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
            index = base
        else:
            if base is not None:
                base_ids, base_vectors = stored_vectors(base)
                keep = ~np.isin(base_ids, removed)
                ids = np.concatenate([base_ids[keep], ids])
                vectors = np.concatenate([base_vectors[keep], vectors])
            index = build_vector_index(ids, vectors, spec)
        if index.ntotal != count:
            raise IndexDamaged(f"vector count {index.ntotal} != {count} while writing the index")
        _import_faiss().write_index(index, str(self.folder / VECTORS_NAME))
        for name in (FLAT_IDS_NAME, FLAT_VECTORS_NAME):  # copied from the previous generation
            (self.folder / name).unlink(missing_ok=True)
        if spec["type"] == "IDMap2,Flat":
            flat_ids, flat_vectors = stored_vectors(index)
            np.save(self.folder / FLAT_IDS_NAME, flat_ids.astype(np.int64))
            np.save(self.folder / FLAT_VECTORS_NAME, np.ascontiguousarray(flat_vectors, np.float32))
        self._ids, self._matrices, self._base_index = [], [], None
        return spec

    def abort(self) -> None:
        try:
            self._db.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _next_generation_number(index_dir: Path) -> int:
    numbers = [0]
    for entry in index_dir.iterdir():
        match = _GENERATION.match(entry.name.removesuffix(".partial"))
        if match:
            numbers.append(int(match.group(1)))
    return max(numbers) + 1


def collect_garbage(index_dir: Path, live: str | None) -> None:
    """Remove partial generations (a killed update's) and all but two complete ones.

    Call under the writer lock. Besides the live generation, the newest other complete one
    is kept, so a reader that read the previous manifest a moment ago can still open it.
    """
    complete = sorted(
        (e.name for e in index_dir.iterdir() if e.is_dir() and _GENERATION.match(e.name)),
        reverse=True,
    )
    keep = {live, *[name for name in complete if name != live][:1]}
    for entry in index_dir.iterdir():
        if (
            entry.is_dir()
            and entry.name not in keep
            and _GENERATION.match(entry.name.removesuffix(".partial"))
        ):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(f"{VERIFIED_NAME}.") and entry.name.endswith(".tmp"):
            entry.unlink(missing_ok=True)  # a reader killed while noting a verified copy
