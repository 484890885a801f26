"""One index generation on disk: SQLite (articles, sentences, chunks, FTS5) + FAISS vectors.

A generation is written once (by `GenerationWriter`, in a `.partial` folder that becomes
`gen-NNNNNN` on commit) and never modified afterwards, so readers open it immutable and
need no locks. Ids come from AUTOINCREMENT and are never reused: FAISS ids (chunk ids)
stay valid when articles are removed.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embed import DIMENSION
from .errors import IndexDamaged, IndexMissing
from .facts import Fact
from .lexical import searchable
from .manifest import Manifest, file_check, fsync_dir, read_manifest, verify_files
from .models import Article, ArticleMeta

DB_NAME = "store.sqlite"
VECTORS_NAME = "vectors.faiss"
# Exact search (IndexFlatIP) up to this many chunk vectors, HNSW above. At 30k a flat
# search costs ~3 ms and its file ~46 MB; past that HNSW keeps a search at ~1 ms and, with
# the file memory-mapped, a one-shot query reads only the pages the search visits.
EXACT_MAX_VECTORS = 30_000
HNSW = {"M": 32, "ef_construction": 80, "ef_search": 128}  # recall@10 vs exact: bench/ann.py
_GENERATION = re.compile(r"^gen-(\d{6})$")
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


@dataclass(frozen=True, slots=True)
class SentenceRow:
    id: int
    article_id: str
    position: int
    start: int
    end: int
    context_start: int
    places: str


@dataclass(frozen=True, slots=True)
class ChunkRow:
    id: int
    article_id: str
    first_sentence: int
    last_sentence: int


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


def vector_index_spec(count: int) -> dict:
    """The FAISS index an index of `count` chunk vectors gets (recorded in the manifest)."""
    if count <= EXACT_MAX_VECTORS:
        return {"type": "IDMap2,Flat", "metric": "inner_product", "count": count}
    return {
        "type": f"IDMap2,HNSW{HNSW['M']},Flat",
        "metric": "inner_product",
        "count": count,
        **{key: value for key, value in HNSW.items() if key != "M"},
    }


def build_vector_index(ids: np.ndarray, vectors: np.ndarray, spec: dict):
    """A FAISS index of the type `spec` names, holding `vectors` under `ids`."""
    faiss = _import_faiss()
    if spec["type"] == "IDMap2,Flat":
        inner = faiss.IndexFlatIP(DIMENSION)
    else:
        inner = faiss.IndexHNSWFlat(DIMENSION, HNSW["M"], faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = spec["ef_construction"]
        inner.hnsw.efSearch = spec["ef_search"]
    index = faiss.IndexIDMap2(inner)
    if len(ids):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
    return index


def stored_vectors(index) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) held by an IDMap2 index, flat or HNSW (HNSW cannot remove ids, so
    an update rebuilds it from these)."""
    faiss = _import_faiss()
    ids = faiss.vector_to_array(index.id_map).astype(np.int64)
    inner = faiss.downcast_index(index.index)
    if inner.ntotal == 0:
        return ids, np.zeros((0, DIMENSION), np.float32)
    return ids, inner.reconstruct_n(0, inner.ntotal)


class IndexReader:
    """Read access to the generation the manifest names."""

    def __init__(self, index_dir: Path, verify: bool = True) -> None:
        manifest = read_manifest(index_dir)
        if manifest is None:
            raise IndexMissing(f"no index in {index_dir} (run `assistant index`)")
        self.manifest: Manifest = manifest
        self._vocabulary: frozenset[str] | None = None
        self.folder = index_dir / manifest.generation
        if verify:
            verify_files(self.folder, manifest.files)
        try:
            self._db = sqlite3.connect(
                f"{(self.folder / DB_NAME).resolve().as_uri()}?mode=ro&immutable=1",
                uri=True,
                check_same_thread=False,
            )
            self._db.execute("SELECT count(*) FROM articles").fetchone()
            faiss = _import_faiss()
            # Memory-mapped, not read: opening costs no copy, and a one-shot query's memory
            # holds only the pages its search touches (a few MB of an HNSW index).
            self._vectors = faiss.read_index(
                str(self.folder / VECTORS_NAME), faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY
            )
            ef_search = manifest.vector_index.get("ef_search")
            if ef_search:
                faiss.downcast_index(self._vectors.index).hnsw.efSearch = int(ef_search)
        except (sqlite3.DatabaseError, RuntimeError) as exc:
            raise IndexDamaged(
                f"index in {self.folder} is damaged ({str(exc).splitlines()[0][:120]})"
            ) from None
        if self._vectors.ntotal != manifest.chunks:
            raise IndexDamaged(
                f"index in {self.folder} has {self._vectors.ntotal} vectors for {manifest.chunks} chunks"
            )

    def close(self) -> None:
        self._db.close()

    # Dense and lexical search over chunks --------------------------------------------------

    def dense_chunks(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if self._vectors.ntotal == 0:
            return []
        scores, ids = self._vectors.search(query.reshape(1, -1).astype(np.float32), k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def lexical_chunks(self, match: str, k: int) -> list[tuple[int, float]]:
        # bm25() is lower-is-better; negate so every score here is higher-is-better.
        rows = self._db.execute(
            "SELECT rowid, -bm25(chunk_text, 0.5, 1.0) FROM chunk_text WHERE chunk_text MATCH ?"
            " ORDER BY bm25(chunk_text, 0.5, 1.0) LIMIT ?",
            (match, k),
        )
        return [(int(r), float(s)) for r, s in rows]

    def lexical_top_sentences(self, match: str, k: int) -> list[SentenceRow]:
        rows = self._db.execute(
            "SELECT s.id, s.article_id, s.position, s.start, s.end, s.context_start, s.places FROM sentence_text"
            " JOIN sentences AS s ON s.id = sentence_text.rowid"
            " WHERE sentence_text MATCH ? ORDER BY bm25(sentence_text) LIMIT ?",
            (match, k),
        )
        return [SentenceRow(*r) for r in rows]

    def lexical_sentences_in(
        self, match: str, article_ids: Sequence[str], k: int
    ) -> list[SentenceRow]:
        """The best bm25 sentences of some articles only ("what do Marriott's articles say
        about appealing?")."""
        if not article_ids:
            return []
        marks = ",".join("?" * len(article_ids))
        rows = self._db.execute(
            "SELECT s.id, s.article_id, s.position, s.start, s.end, s.context_start, s.places"
            " FROM sentence_text JOIN sentences AS s ON s.id = sentence_text.rowid"
            f" WHERE sentence_text MATCH ? AND s.article_id IN ({marks})"
            " ORDER BY bm25(sentence_text) LIMIT ?",
            (match, *article_ids, k),
        )
        return [SentenceRow(*r) for r in rows]

    def lexical_sentences(self, match: str, ids: Iterable[int]) -> dict[int, float]:
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT rowid, -bm25(sentence_text) FROM sentence_text"
            f" WHERE sentence_text MATCH ? AND rowid IN ({marks})",
            (match, *ids),
        )
        return {int(r): float(s) for r, s in rows}

    # Rows ------------------------------------------------------------------------------------

    def chunks(self, ids: Sequence[int]) -> dict[int, ChunkRow]:
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT id, article_id, first_sentence, last_sentence FROM chunks WHERE id IN ({marks})",
            tuple(ids),
        )
        return {r[0]: ChunkRow(*r) for r in rows}

    def sentences(self, article_id: str, first: int, last: int) -> list[SentenceRow]:
        rows = self._db.execute(
            "SELECT id, article_id, position, start, end, context_start, places FROM sentences"
            " WHERE article_id = ? AND position BETWEEN ? AND ? ORDER BY position",
            (article_id, first, last),
        )
        return [SentenceRow(*r) for r in rows]

    def sentence_vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]:
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT id, vector FROM sentences WHERE id IN ({marks})", tuple(ids)
        )
        return {r[0]: np.frombuffer(r[1], dtype=np.float16).astype(np.float32) for r in rows}

    def article_meta(self, article_id: str) -> ArticleMeta:
        row = self._db.execute(
            "SELECT id, path, format, title, outlet, published, author, url FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        keys = ("id", "path", "format", "title", "outlet", "published", "author", "url")
        return ArticleMeta(**dict(zip(keys, row, strict=True)))

    def article_body(self, article_id: str) -> str:
        row = self._db.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
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
            ("jurisdiction", jurisdiction),
            ("authority", authority),
            ("article_id", article_id),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                values.append(value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.execute(f"SELECT data FROM facts{where} ORDER BY id", values)
        return [Fact.model_validate_json(r[0]) for r in rows]

    def vocabulary(self) -> frozenset[str]:
        """Every (porter-stemmed) term the sentences use, read once from the FTS5 index."""
        if self._vocabulary is None:
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

    def published(self) -> dict[str, str | None]:
        return dict(self._db.execute("SELECT id, published FROM articles"))

    def article_ids(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY id")]


class GenerationWriter:
    """Builds the next generation from a copy of the current one; `commit` publishes it."""

    def __init__(self, index_dir: Path, base: Manifest | None) -> None:
        self.index_dir = index_dir
        index_dir.mkdir(parents=True, exist_ok=True)
        self.generation = f"gen-{_next_generation_number(index_dir):06d}"
        self.folder = index_dir / f"{self.generation}.partial"
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir()
        # Vectors are kept as arrays and the FAISS index is built once, at commit: HNSW cannot
        # remove ids, and rebuilding a flat index from arrays costs one copy.
        self._ids: list[np.ndarray] = []
        self._matrices: list[np.ndarray] = []
        self._removed: list[int] = []
        if base is not None:
            source = index_dir / base.generation
            shutil.copyfile(source / DB_NAME, self.folder / DB_NAME)
            ids, vectors = stored_vectors(_import_faiss().read_index(str(source / VECTORS_NAME)))
            self._ids.append(ids)
            self._matrices.append(vectors)
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
            db.execute(
                "INSERT INTO sentence_text (rowid, body) VALUES (?, ?)",
                (cursor.lastrowid, searchable(a.body[context:end])),
            )
        chunk_ids = []
        for position, (first, last) in enumerate(item.chunks):
            start, end = item.sentences[first][0], item.sentences[last][1]
            cursor = db.execute(
                "INSERT INTO chunks (article_id, position, first_sentence, last_sentence, start, end)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (a.id, position, first, last, start, end),
            )
            chunk_ids.append(cursor.lastrowid)
            db.execute(
                "INSERT INTO chunk_text (rowid, title, body) VALUES (?, ?, ?)",
                (cursor.lastrowid, searchable(a.title), searchable(a.body[start:end])),
            )
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

    def counts(self) -> tuple[int, int]:
        chunks = self._db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        sentences = self._db.execute("SELECT count(*) FROM sentences").fetchone()[0]
        return chunks, sentences

    def commit(self, manifest_fields: dict) -> Manifest:
        """Make the generation durable and live. Returns the manifest that was written."""
        from .manifest import write_manifest

        chunks, sentences = self.counts()
        self._db.commit()
        self._db.execute("PRAGMA optimize")
        self._db.close()
        ids = np.concatenate(self._ids) if self._ids else np.zeros(0, np.int64)
        vectors = (
            np.concatenate(self._matrices)
            if self._matrices
            else np.zeros((0, DIMENSION), np.float32)
        )
        if self._removed:
            keep = ~np.isin(ids, np.array(self._removed, dtype=np.int64))
            ids, vectors = ids[keep], vectors[keep]
        self._ids, self._matrices = [], []
        spec = vector_index_spec(len(ids))
        _import_faiss().write_index(
            build_vector_index(ids, vectors, spec), str(self.folder / VECTORS_NAME)
        )
        del vectors
        for name in (DB_NAME, VECTORS_NAME):
            _fsync_file(self.folder / name)
        files = [file_check(self.folder / name) for name in (DB_NAME, VECTORS_NAME)]
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
