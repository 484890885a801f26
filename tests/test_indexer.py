from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.embed import MAX_SEQ_TOKENS, Encoder, Passage, load_encoder
from assistant.errors import Cancelled, IndexBusy, IndexDamaged
from assistant.indexer import update_index
from assistant.locking import writer_lock
from assistant.manifest import read_manifest
from assistant.session import Session, check_freshness
from assistant.store import IndexReader
from tests.conftest import SEED_CORPUS, write_article


class CountingEncoder:
    """The real encoder, counting what it is asked to embed (and able to fail on demand)."""

    def __init__(self, encoder: Encoder, fail_after: int | None = None) -> None:
        self.encoder = encoder
        self.word_pieces = encoder.word_pieces
        self.passages = 0
        self.fail_after = fail_after

    def encode_passages(self, passages: list[Passage], **kwargs):
        self.passages += len(passages)
        if self.fail_after is not None and self.passages > self.fail_after:
            raise RuntimeError("simulated crash while embedding")
        return self.encoder.encode_passages(passages, **kwargs)


@pytest.fixture(scope="module")
def real_encoder(offline_environment: Path) -> Encoder:
    return load_encoder(offline_environment)


def update(settings: Settings, encoder: CountingEncoder, **kwargs):
    return update_index(settings, get_encoder=lambda: encoder, **kwargs)


@pytest.fixture(scope="module")
def built_seed(tmp_path_factory: pytest.TempPathFactory, real_encoder: Encoder) -> Settings:
    """The seed corpus indexed once for this module; tests get copies (see `indexed`)."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in SEED_CORPUS.glob("*.md"):
        shutil.copy2(path, corpus / path.name)
    settings = Settings.load(corpus=corpus, index=tmp_path_factory.mktemp("index"))
    update(settings, CountingEncoder(real_encoder))
    return settings


@pytest.fixture
def indexed(built_seed: Settings, settings: Settings) -> Settings:
    """`settings` (a private corpus copy) with a private copy of the built index."""
    for path in settings.corpus_dir.iterdir():
        path.unlink()
    for path in built_seed.corpus_dir.iterdir():
        shutil.copy2(path, settings.corpus_dir / path.name)
    shutil.copytree(built_seed.index_dir, settings.index_dir)
    return settings


def edit_manifest(settings: Settings, change: Callable[[dict], object]) -> None:
    """Rewrite the live manifest with `change` applied to its JSON (as an older or another
    build of the program would have written it)."""
    path = settings.index_dir / "manifest.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def answer_ids(settings: Settings, encoder: Encoder, text: str) -> list[int]:
    reader = IndexReader(settings.index_dir)
    try:
        return [c for c, _ in reader.dense_chunks(encoder.encode_queries([text])[0], 5)]
    finally:
        reader.close()


def test_first_build_indexes_everything_within_the_model_limit(
    settings: Settings, real_encoder: Encoder
) -> None:
    counting = CountingEncoder(real_encoder)
    summary = update(settings, counting)
    assert (summary.added, summary.changed, summary.removed, summary.unchanged) == (5, 0, 0, 0)
    manifest = read_manifest(settings.index_dir)
    assert manifest is not None and len(manifest.articles) == 5
    assert counting.passages == manifest.chunks == summary.chunks > 5
    reader = IndexReader(settings.index_dir)
    rows = reader._db.execute(
        "SELECT c.article_id, c.start, c.end, a.title FROM chunks c JOIN articles a ON a.id = c.article_id"
    )
    for _article, start, end, _title in rows:
        body = reader.article_body(_article)
        pieces = real_encoder.word_pieces.count([body[start:end]])[0]
        assert pieces <= settings.chunking.max_tokens
        assert pieces + settings.chunking.title_tokens + 2 <= MAX_SEQ_TOKENS
    assert summary.line().startswith("5 added, 0 changed, 0 removed, 0 unchanged · 5 articles, ")


def test_update_reembeds_only_what_changed(
    indexed: Settings, corpus: Path, real_encoder: Encoder
) -> None:
    settings = indexed
    before = read_manifest(settings.index_dir)

    unchanged = CountingEncoder(real_encoder)
    summary = update(settings, unchanged)
    assert unchanged.passages == 0 and summary.unchanged == 5 and not summary.wrote_generation
    assert read_manifest(settings.index_dir).generation == before.generation

    new = write_article(
        corpus,
        "2024-03-05-acme",
        "The Dutch authority fined Acme €5 million on Tuesday. Acme will appeal.",
    )
    changed = sorted(corpus.glob("2023-05-10-slashdot*.md"))[0]
    changed.write_text(changed.read_text() + "\nAn added closing line about the fine.\n")
    removed = sorted(corpus.glob("2022-10-20-*.md"))[0]
    removed.unlink()
    counting = CountingEncoder(real_encoder)
    summary = update(settings, counting)
    after = read_manifest(settings.index_dir)
    assert (summary.added, summary.changed, summary.removed, summary.unchanged) == (1, 1, 1, 3)
    assert (
        counting.passages == after.articles[new.stem].chunks + after.articles[changed.stem].chunks
    )
    assert removed.stem not in after.articles and new.stem in after.articles
    # Chunks of untouched articles keep their ids: FAISS ids survive deletions.
    reader = IndexReader(settings.index_dir)
    kept = {
        r[0]
        for r in reader._db.execute("SELECT id FROM chunks WHERE article_id LIKE '2022-10-hipaa%'")
    }
    assert kept and reader.vector_count == after.chunks
    reader.close()
    hits = answer_ids(settings, real_encoder, "Dutch authority fined Acme five million euros")
    assert hits[0] not in kept


def test_touched_file_is_not_reembedded(
    indexed: Settings, corpus: Path, real_encoder: Encoder
) -> None:
    settings = indexed
    path = next(corpus.glob("*.md"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    counting = CountingEncoder(real_encoder)
    update(settings, counting)
    assert counting.passages == 0
    assert read_manifest(settings.index_dir).articles[path.stem].mtime_ns == path.stat().st_mtime_ns


def test_unchanged_corpus_is_fresh_without_parsing_the_per_article_entries(
    indexed: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.manifest as manifest_module
    import assistant.session as session_module

    settings = indexed
    assert read_manifest(settings.index_dir).listing  # written at commit
    manifest_module._parsed.clear()  # nothing parsed yet in this process, as in a one-shot

    def whole_manifest(_index_dir: Path):
        raise AssertionError("the per-article entries were parsed")

    with monkeypatch.context() as patched:
        patched.setattr(session_module, "read_manifest", whole_manifest)
        freshness = check_freshness(settings)
        assert freshness.fresh and not hasattr(freshness.manifest, "articles")

    path = sorted(corpus.glob("*.md"))[0]
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert check_freshness(settings).fresh  # touched, same bytes: compared in full, unchanged
    text = path.read_text()
    path.write_text(text.replace("fine", "FINE", 1))  # same size, new bytes
    assert "1 changed" in check_freshness(settings).stale_because
    path.write_text(text)
    write_article(corpus, "2024-03-05-acme", "The Dutch authority fined Acme €5 million.")
    assert "1 added" in check_freshness(settings).stale_because


def test_manifest_written_before_the_listing_digest_is_still_checked_in_full(
    indexed: Settings, corpus: Path
) -> None:
    settings = indexed
    edit_manifest(settings, lambda data: data.pop("listing"))
    assert check_freshness(settings).fresh
    sorted(corpus.glob("*.md"))[-1].unlink()
    assert "1 removed" in check_freshness(settings).stale_because


def test_rebuild_reembeds_everything(indexed: Settings, real_encoder: Encoder) -> None:
    settings = indexed
    first = read_manifest(settings.index_dir)
    counting = CountingEncoder(real_encoder)
    summary = update(settings, counting, rebuild=True)
    assert summary.added == 5 and counting.passages == first.chunks
    assert read_manifest(settings.index_dir).generation != first.generation


def test_crash_mid_update_leaves_previous_index_answering(
    indexed: Settings, corpus: Path, real_encoder: Encoder
) -> None:
    settings = indexed
    before = read_manifest(settings.index_dir)
    expected = answer_ids(settings, real_encoder, "has Clearview paid the Italian fine?")
    for i in range(8):
        write_article(
            corpus,
            f"2024-01-0{i + 1}-new-{i}",
            f"Regulator number {i} fined company {i} €{i + 1} million. " * 20,
        )
    with pytest.raises(RuntimeError, match="simulated crash"):
        update(settings, CountingEncoder(real_encoder, fail_after=3))
    assert read_manifest(settings.index_dir) == before
    assert answer_ids(settings, real_encoder, "has Clearview paid the Italian fine?") == expected
    assert not list(settings.index_dir.glob("*.partial"))
    summary = update(settings, CountingEncoder(real_encoder))
    assert summary.added == 8


def test_cancel_keeps_the_old_index(indexed: Settings, corpus: Path, real_encoder: Encoder) -> None:
    settings = indexed
    before = read_manifest(settings.index_dir)
    write_article(corpus, "2024-02-01-late", "A late article about a fine. " * 50)
    with pytest.raises(Cancelled):
        update(settings, CountingEncoder(real_encoder), should_stop=lambda: True)
    assert read_manifest(settings.index_dir) == before


def test_a_stop_while_facts_are_read_cancels_and_keeps_the_old_index(
    indexed: Settings, corpus: Path, real_encoder: Encoder, monkeypatch
) -> None:
    """A stop asked for once the chunks are embedding but while facts are still being read
    (their own thread) cancels the update: no hang waiting for facts never read."""
    from assistant import indexer

    settings = indexed
    before = read_manifest(settings.index_dir)
    for i in range(6):
        write_article(corpus, f"2024-04-0{i + 1}-stop-{i}", f"Agency {i} fined firm {i} $5. " * 30)
    read: list[str] = []
    original = indexer.derive
    monkeypatch.setattr(indexer, "derive", lambda a, *r: (read.append(a.id), original(a, *r))[1])
    with pytest.raises(Cancelled):
        update(settings, CountingEncoder(real_encoder), should_stop=lambda: len(read) >= 2)
    assert 2 <= len(read) < 6
    assert read_manifest(settings.index_dir) == before


def test_bad_article_is_skipped_reported_and_not_retried_until_fixed(
    settings: Settings, corpus: Path, real_encoder: Encoder
) -> None:
    bad = corpus / "broken.md"
    bad.write_text("---\ntitle: [oops\n---\nBody\n")
    summary = update(settings, CountingEncoder(real_encoder))
    assert summary.added == 5 and len(summary.skipped) == 1
    assert str(summary.skipped[0]).startswith(f"{bad}:2: front matter is not valid YAML")
    assert check_freshness(settings).fresh  # a known-bad file does not make the index stale
    again = update(settings, CountingEncoder(real_encoder))
    assert len(again.skipped) == 1 and again.added == 0
    bad.write_text(
        "---\ntitle: Fixed\noutlet: X\npublished: '2024-01-02'\n---\nThe authority fined Acme.\n"
    )
    fixed = update(settings, CountingEncoder(real_encoder))
    assert fixed.added == 1 and not fixed.skipped


def test_article_that_turns_bad_keeps_its_last_good_version(
    indexed: Settings, corpus: Path, real_encoder: Encoder
) -> None:
    settings = indexed
    path = next(corpus.glob("2023-05-10-techcrunch*.md"))
    path.write_bytes(b"\xff\xfe not utf-8 any more")
    summary = update(settings, CountingEncoder(real_encoder))
    assert len(summary.skipped) == 1 and "not UTF-8" in str(summary.skipped[0])
    assert path.stem in read_manifest(settings.index_dir).articles
    assert path.read_bytes() == b"\xff\xfe not utf-8 any more"  # the corpus is never touched


def test_two_files_with_one_id_are_both_skipped(
    settings: Settings, corpus: Path, real_encoder: Encoder
) -> None:
    write_article(corpus, "dup", "The regulator fined someone.")
    (corpus / "dup.txt").write_text("Dup\nAnother text.\n")
    summary = update(settings, CountingEncoder(real_encoder))
    assert summary.added == 5 and len(summary.skipped) == 2
    assert all("article id 'dup' is used by dup.md and dup.txt" in str(e) for e in summary.skipped)


def test_incompatible_index_is_rebuilt_with_a_note(
    indexed: Settings, real_encoder: Encoder
) -> None:
    settings = indexed
    edit_manifest(settings, lambda data: data["build"]["model"].update(name="some-other-model"))
    notes: list[str] = []
    counting = CountingEncoder(real_encoder)
    summary = update_index(settings, get_encoder=lambda: counting, note=notes.append)
    assert summary.added == 5 and counting.passages > 0
    assert any("different model" in n for n in notes)


def test_a_new_lexical_version_remakes_the_search_text_without_re_embedding(
    indexed: Settings, real_encoder: Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade that changes only how text is made searchable (`lexical.searchable`) must
    not cost a newsroom's corpus a full re-embed: the FTS text is re-made from the stored
    bodies, the vectors and every id kept."""
    settings = indexed
    before = read_manifest(settings.index_dir)
    assert before is not None
    ids_before = answer_ids(settings, real_encoder, "Clearview fine Italy")
    import assistant.index_keys as index_keys
    import assistant.store as store

    monkeypatch.setattr(index_keys, "LEXICAL_VERSION", before.build["lexical_version"] + 1)
    monkeypatch.setattr(store, "searchable", lambda text: text + " zzlexmark")
    notes: list[str] = []
    counting = CountingEncoder(real_encoder)
    summary = update_index(settings, get_encoder=lambda: counting, note=notes.append)
    assert counting.passages == 0, "nothing may be re-embedded"
    assert summary.wrote_generation and summary.rebuilt_because is None
    assert any("lexical search text changed" in n for n in notes), notes
    after = read_manifest(settings.index_dir)
    assert (
        after is not None and after.build["lexical_version"] == before.build["lexical_version"] + 1
    )
    assert (after.chunks, after.sentences) == (before.chunks, before.sentences)
    assert answer_ids(settings, real_encoder, "Clearview fine Italy") == ids_before
    reader = IndexReader(settings.index_dir)
    try:
        assert len(reader.lexical_chunks("zzlexmark", 1000)) == after.chunks
        assert len(reader.lexical_top_sentences("zzlexmark", 10_000)) == after.sentences
    finally:
        reader.close()
    # and the next update finds nothing to do
    assert not update_index(settings, get_encoder=lambda: counting).wrote_generation


@pytest.mark.parametrize("damage", ["truncate", "flip", "manifest"])
def test_damaged_index_is_detected_and_rebuilt(
    indexed: Settings, real_encoder: Encoder, damage: str
) -> None:
    settings = indexed
    manifest = read_manifest(settings.index_dir)
    vectors = settings.index_dir / manifest.generation / "vectors.faiss"
    if damage == "truncate":
        vectors.write_bytes(vectors.read_bytes()[:-100])
    elif damage == "flip":
        data = bytearray(vectors.read_bytes())
        data[len(data) // 2] ^= 0xFF
        vectors.write_bytes(bytes(data))
    else:
        (settings.index_dir / "manifest.json").write_text('{"schema_version": 1, "generation": ')
    with pytest.raises(IndexDamaged):
        IndexReader(settings.index_dir)
    notes: list[str] = []
    session = Session(settings, note=notes.append)
    answer = session.ask("has Clearview paid the Italian fine?")
    assert answer.citations and any("rebuild" in n or "updating" in n for n in notes)


def test_second_writer_waits_or_refuses(settings: Settings, real_encoder: Encoder) -> None:
    with writer_lock(settings.index_dir), pytest.raises(IndexBusy, match="another process"):
        update(settings, CountingEncoder(real_encoder), wait=False)


def test_empty_corpus_gives_an_empty_index(tmp_path: Path, real_encoder: Encoder) -> None:
    (tmp_path / "empty").mkdir()
    settings = Settings.load(corpus=tmp_path / "empty", index=tmp_path / "index")
    summary = update(settings, CountingEncoder(real_encoder))
    assert summary.articles == 0 and summary.chunks == 0
    answer = Session(settings).ask("has Clearview paid the Italian fine?")
    assert not answer.found and not answer.citations


def test_sentence_vectors_are_stored_for_every_sentence(
    indexed: Settings, real_encoder: Encoder
) -> None:
    settings = indexed
    reader = IndexReader(settings.index_dir)
    ids = [r[0] for r in reader._db.execute("SELECT id FROM sentences")]
    found, vectors = reader.sentence_matrix(ids)
    norms = np.linalg.norm(vectors, axis=1)
    assert len(set(found)) == len(ids) == read_manifest(settings.index_dir).sentences
    assert np.allclose(norms, 1.0, atol=1e-2)


def test_large_index_is_approximate_and_stays_right_through_updates(
    indexed: Settings, corpus: Path, real_encoder: Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the threshold the vectors go to an IVF index (updated in place, rebuilt from the
    stored vectors when its clustering changes); the manifest records it and search finds."""
    import faiss

    from assistant import store

    monkeypatch.setattr(store, "EXACT_MAX_VECTORS", 10)
    settings = indexed
    update(settings, CountingEncoder(real_encoder), rebuild=True)

    def vector_ids() -> set[int]:
        manifest = read_manifest(settings.index_dir)
        assert manifest.vector_index["type"].startswith("IVF")
        index = faiss.read_index(str(settings.index_dir / manifest.generation / "vectors.faiss"))
        reader = IndexReader(settings.index_dir)
        chunks = {r[0] for r in reader._db.execute("SELECT id FROM chunks")}
        reader.close()
        ids, _ = store.stored_vectors(index)
        assert set(ids.tolist()) == chunks and manifest.vector_index["count"] == len(chunks)
        return chunks

    vector_ids()
    new = write_article(corpus, "2024-03-05-acme", "The Dutch authority fined Acme €5 million.")
    update(settings, CountingEncoder(real_encoder))
    vector_ids()
    hits = answer_ids(settings, real_encoder, "Dutch authority fined Acme five million euros")
    reader = IndexReader(settings.index_dir)
    acme = {
        r[0] for r in reader._db.execute("SELECT id FROM chunks WHERE article_id = ?", (new.stem,))
    }
    reader.close()
    assert hits[0] in acme
    new.unlink()
    update(settings, CountingEncoder(real_encoder))
    assert not acme & vector_ids()


def test_a_copied_index_is_hashed_whole_once_then_by_sample(
    indexed: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "restored"
    shutil.copytree(indexed.index_dir, copy)  # new inodes and times: every stamp differs
    whole: list[str] = []
    real_digest = hashlib.file_digest

    def counting(handle, name):  # type: ignore[no-untyped-def]
        whole.append(Path(handle.name).name)
        return real_digest(handle, name)

    monkeypatch.setattr(hashlib, "file_digest", counting)
    IndexReader(copy).close()
    files = {f.name for f in read_manifest(copy).files}
    assert sorted(whole) == sorted(files)  # hashed whole, found right, remembered
    whole.clear()
    IndexReader(copy).close()
    assert whole == []  # the same copy again: the bounded check
    generation = copy / read_manifest(copy).generation
    vectors = generation / "vectors.faiss"
    data = bytearray(vectors.read_bytes())
    data[len(data) // 3] ^= 0x01  # a later write: new stamp, so hashed whole again
    vectors.write_bytes(bytes(data))
    with pytest.raises(IndexDamaged, match="checksum"):
        IndexReader(copy)


def test_untouched_files_are_checked_by_sample_and_rewritten_ones_in_full(
    indexed: Settings,
) -> None:
    settings = indexed
    manifest = read_manifest(settings.index_dir)
    assert all(f.stamp and f.sample_sha256 for f in manifest.files)
    IndexReader(settings.index_dir).close()  # stamps match: the bounded check passes
    vectors = settings.index_dir / manifest.generation / "vectors.faiss"
    data = bytearray(vectors.read_bytes())
    data[len(data) // 3] ^= 0x01  # one bit, away from the sampled blocks
    vectors.write_bytes(bytes(data))  # rewritten: new stamp, so the whole file is hashed
    with pytest.raises(IndexDamaged, match="checksum"):
        IndexReader(settings.index_dir)


def test_a_flat_index_is_searched_with_numpy_as_faiss_would_and_without_importing_it(
    seed_settings: Settings, real_encoder: Encoder, run_cli
) -> None:
    import faiss

    reader = IndexReader(seed_settings.index_dir)
    generation = seed_settings.index_dir / reader.manifest.generation
    exact = faiss.read_index(str(generation / "vectors.faiss"))
    assert reader.manifest.vector_index["type"] == "IDMap2,Flat" and reader._flat is not None
    for text in ["Clearview fined in Italy", "overdue penalty payment", "x"]:
        query = real_encoder.encode_queries([text])[0]
        scores, ids = exact.search(query.reshape(1, -1), 8)
        ours = reader.dense_chunks(query, 8)
        assert [i for i, _ in ours] == [int(i) for i in ids[0]]
        assert np.allclose([s for _, s in ours], scores[0], atol=1e-5)
    reader.close()
    folders = ["--corpus", str(seed_settings.corpus_dir), "--index", str(seed_settings.index_dir)]
    script = (
        "import sys; from assistant.cli import main; main(sys.argv[1:]);"
        " print('faiss' in sys.modules, file=sys.stderr)"
    )
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", script, *folders, "--query", "Has Clearview paid?", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "False"  # FAISS never loaded


def test_every_module_the_extractor_imports_is_in_the_derived_version() -> None:
    """Editing any module the extractor runs re-extracts stored facts: each one it imports is
    hashed into `derived_version`, or named as one that cannot change what it reads."""
    import subprocess
    import sys

    from assistant.index_keys import _DERIVED_FROM, NOT_DERIVING

    listing = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, assistant.facts; print(' '.join(m.split('.')[1] + '.py' "
            "for m in sys.modules if m.startswith('assistant.') and m.count('.') == 1))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "facts.py" in listing
    assert sorted(set(listing) - set(_DERIVED_FROM) - NOT_DERIVING) == []


def test_articles_read_while_others_embed_give_the_same_index_in_many_rounds(
    built_seed: Settings, settings: Settings, real_encoder: Encoder, monkeypatch
) -> None:
    """Articles are read in a thread and handed over in rounds (`indexer._Reading`): with a
    round per article or two, every chunk, sentence vector and fact is the one-round build's."""
    from assistant import indexer

    monkeypatch.setattr(indexer, "_SMALLEST_ROUND", 1)
    monkeypatch.setattr(indexer, "_CHUNKS_PER_ROUND", 3)
    monkeypatch.setattr(indexer, "_QUEUED_ARTICLES", 1)
    counting = CountingEncoder(real_encoder)
    calls: list[int] = []
    original = counting.encode_passages
    counting.encode_passages = lambda p, **k: (calls.append(len(p)), original(p, **k))[1]
    update(settings, counting)
    assert len(calls) > 2 and sum(calls) == read_manifest(built_seed.index_dir).chunks
    one, many = IndexReader(built_seed.index_dir), IndexReader(settings.index_dir)
    try:
        query = "SELECT article_id, start, end FROM chunks ORDER BY article_id, start"
        assert list(one._db.execute(query)) == list(many._db.execute(query))
        facts = "SELECT * FROM facts ORDER BY 1"
        assert list(one._db.execute(facts)) == list(many._db.execute(facts))
        ids = [r[0] for r in one._db.execute("SELECT id FROM sentences ORDER BY id")]
        _, a = one.sentence_matrix(ids)
        _, b = many.sentence_matrix(ids)
        assert np.min(np.sum(a * b, axis=1)) > 0.9999
    finally:
        one.close()
        many.close()


def test_an_article_that_fails_to_read_mid_build_fails_the_update_and_keeps_the_index(
    indexed: Settings, corpus: Path, real_encoder: Encoder, monkeypatch
) -> None:
    from assistant import indexer

    settings = indexed
    before = read_manifest(settings.index_dir)
    for i in range(6):
        write_article(corpus, f"2024-03-0{i + 1}-more-{i}", f"Agency {i} fined firm {i} $5. " * 30)
    original = indexer.prepare

    def failing(article, *args):
        if article.id.endswith("more-4"):
            raise RuntimeError("simulated failure while reading")
        return original(article, *args)

    monkeypatch.setattr(indexer, "prepare", failing)
    monkeypatch.setattr(indexer, "_SMALLEST_ROUND", 1)
    with pytest.raises(RuntimeError, match="simulated failure while reading"):
        update(settings, CountingEncoder(real_encoder))
    assert read_manifest(settings.index_dir) == before
    assert not list(settings.index_dir.glob("*.partial"))


def test_facts_that_fail_to_read_mid_build_fail_the_update_and_keep_the_index(
    indexed: Settings, corpus: Path, real_encoder: Encoder, monkeypatch
) -> None:
    """Facts are read in a thread of their own while the chunks embed (`indexer._Reading`):
    an error there reaches the update as an error while reading does, and nothing is kept."""
    from assistant import indexer

    settings = indexed
    before = read_manifest(settings.index_dir)
    for i in range(6):
        write_article(corpus, f"2024-03-0{i + 1}-more-{i}", f"Agency {i} fined firm {i} $5. " * 30)
    original = indexer.derive

    def failing(article, *args):
        if article.id.endswith("more-3"):
            raise RuntimeError("simulated failure while reading facts")
        return original(article, *args)

    monkeypatch.setattr(indexer, "derive", failing)
    monkeypatch.setattr(indexer, "_SMALLEST_ROUND", 1)
    with pytest.raises(RuntimeError, match="simulated failure while reading facts"):
        update(settings, CountingEncoder(real_encoder))
    assert read_manifest(settings.index_dir) == before
    assert not list(settings.index_dir.glob("*.partial"))


def test_the_first_article_is_read_ahead_while_the_model_loads_and_changes_no_fact(
    built_seed: Settings, settings: Settings, real_encoder: Encoder, monkeypatch
) -> None:
    """`indexer._read_ahead` reads the first article's facts before the model is asked for,
    so that the extractor's set-up is done while a core would idle; the facts thread waits
    for it, and an error in it is left to the article's own reading (here: none, since
    only the reading ahead fails). The index's facts are a build's without it."""
    import threading
    import time

    from assistant import indexer

    original = indexer.extract_facts
    calls: list[tuple[str, float, float]] = []

    def recorded(*args):
        name, started = threading.current_thread().name, time.monotonic()
        try:
            if name == "index-facts-ahead":
                raise RuntimeError("simulated failure while reading ahead")
            return original(*args)
        finally:
            calls.append((name, started, time.monotonic()))

    monkeypatch.setattr(indexer, "extract_facts", recorded)
    update(settings, CountingEncoder(real_encoder))
    ahead = [c for c in calls if c[0] == "index-facts-ahead"]
    assert len(ahead) == 1
    assert all(start >= ahead[0][2] for name, start, _ in calls if name == "index-facts")
    one, two = IndexReader(built_seed.index_dir), IndexReader(settings.index_dir)
    try:
        facts = "SELECT * FROM facts ORDER BY 1"
        assert list(one._db.execute(facts)) == list(two._db.execute(facts))
    finally:
        one.close()
        two.close()
