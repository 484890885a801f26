"""Checks shared by the reliability tests and the stress scripts in bench/.

`assert_consistent` is the definition of "no partial article, chunk or vector is visible":
what the live manifest names agrees with itself in every table and in the FAISS file.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from assistant.manifest import Manifest, read_manifest, verify_files
from assistant.store import DB_NAME, VECTORS_NAME


def corpus_state(folder: Path) -> dict[str, str]:
    """Every entry of the corpus folder (hidden ones too) with its content hash: the corpus
    is never modified by indexing, damage or repair."""
    state = {}
    for path in sorted(folder.iterdir()):
        if path.is_symlink():
            state[path.name] = f"link to {path.readlink()}"
        elif path.is_file():
            state[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            state[path.name] = "folder"
    return state


def index_counts(index_dir: Path) -> dict[str, int]:
    """Row and vector counts of the live generation, checked against each other."""
    import faiss

    manifest = read_manifest(index_dir)
    assert manifest is not None, f"no manifest in {index_dir}"
    folder = index_dir / manifest.generation
    verify_files(folder, manifest.files)
    db = sqlite3.connect(f"{(folder / DB_NAME).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:

        def one(sql: str) -> int:
            return db.execute(sql).fetchone()[0]

        counts = {
            "manifest_articles": len(manifest.articles),
            "manifest_chunks": manifest.chunks,
            "manifest_sentences": manifest.sentences,
            "articles": one("SELECT count(*) FROM articles"),
            "chunks": one("SELECT count(*) FROM chunks"),
            "chunk_text": one("SELECT count(*) FROM chunk_text"),
            "sentences": one("SELECT count(*) FROM sentences"),
            "sentence_text": one("SELECT count(*) FROM sentence_text"),
            "orphan_chunks": one(
                "SELECT count(*) FROM chunks WHERE article_id NOT IN (SELECT id FROM articles)"
            ),
            "orphan_sentences": one(
                "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
            ),
            "orphan_facts": one(
                "SELECT count(*) FROM facts WHERE article_id NOT IN (SELECT id FROM articles)"
            ),
        }
        chunk_ids = {r[0] for r in db.execute("SELECT id FROM chunks")}
        stored_ids = {r[0] for r in db.execute("SELECT id FROM articles")}
        per_article = dict(
            db.execute("SELECT article_id, count(*) FROM chunks GROUP BY article_id")
        )
    finally:
        db.close()
    vectors = faiss.read_index(str(folder / VECTORS_NAME))
    counts["vectors"] = vectors.ntotal
    vector_ids = set(faiss.vector_to_array(vectors.id_map).tolist())
    assert vector_ids == chunk_ids, "FAISS ids differ from the chunk ids"
    assert stored_ids == set(manifest.articles), "stored articles differ from the manifest"
    for ident, entry in manifest.articles.items():
        assert per_article.get(ident, 0) == entry.chunks, f"{ident}: chunk count differs"
    return counts


def assert_consistent(index_dir: Path) -> Manifest:
    counts = index_counts(index_dir)
    assert (
        counts["manifest_chunks"] == counts["chunks"] == counts["chunk_text"] == counts["vectors"]
    ), counts
    assert counts["manifest_sentences"] == counts["sentences"] == counts["sentence_text"], counts
    assert counts["manifest_articles"] == counts["articles"], counts
    assert counts["orphan_chunks"] == counts["orphan_sentences"] == counts["orphan_facts"] == 0
    manifest = read_manifest(index_dir)
    assert manifest is not None
    return manifest
