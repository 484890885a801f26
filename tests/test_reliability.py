"""Reliability and safety (issue 7): nothing lost, nothing executed, no crash a user can cause.

The quick versions of each guarantee; the long ones (random kill loops, minutes of fuzzing,
load) are in bench/stress_*.py (`make stress`). Not repeated here: what tests/test_cli.py,
test_indexer.py and test_ingest.py already cover (kill -9 during a rebuild, a truncated or
bit-flipped FAISS file, an old schema or another model, the basic bad files and questions).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget

from assistant.adding import add_articles, safe_name
from assistant.cli import main
from assistant.config import Settings
from assistant.embed import Encoder, load_encoder
from assistant.errors import ArticleError, BadQuestion, IndexError_
from assistant.indexer import update_index
from assistant.ingest import MAX_ARTICLE_BYTES, MAX_BODY_CHARS, load_article
from assistant.locking import writer_lock
from assistant.manifest import file_check, read_manifest
from assistant.question import clean_question
from assistant.session import Session
from assistant.status import describe, duplicate_groups
from assistant.store import DB_NAME, FLAT_IDS_NAME, FLAT_VECTORS_NAME, VECTORS_NAME, IndexReader
from tests.conftest import RunCli, write_article
from tests.reliability_helpers import assert_consistent, corpus_state
from tests.test_tui import make_app, pilot_test, until

ROOT = Path(__file__).resolve().parents[1]
ITALIAN = "has Clearview paid the Italian fine?"
# Seconds a hostile input may take before a test calls it a hang (not a speed limit).
HANG = 60
# Bytes a terminal acts on: ESC, other C0 controls but tab and newline, DEL, and the C1
# controls as UTF-8 (0xC2 0x80-0x9F; U+009B is a one-character CSI).
RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


class Ready:
    """An `EncoderLoader` that already holds the encoder: sessions share one model."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    def result(self) -> Encoder:
        return self.encoder


@pytest.fixture(scope="module")
def encoder(offline_environment: Path) -> Encoder:
    return load_encoder(offline_environment)


def session(settings: Settings, encoder: Encoder, notes: list[str] | None = None) -> Session:
    return Session(
        settings, note=notes.append if notes is not None else None, encoder_loader=Ready(encoder)
    )


def update(settings: Settings, encoder: Encoder, **options):
    return update_index(settings, get_encoder=lambda: encoder, **options)


def tiny_corpus(folder: Path) -> Path:
    """Two short articles: an index of them builds in about a second."""
    folder.mkdir(parents=True)
    write_article(
        folder,
        "2022-03-09-garante",
        "The Italian Garante fined Clearview AI €20 million in March 2022. "
        "Clearview has not paid the fine, the authority said.",
        title="Garante fines Clearview",
    )
    write_article(
        folder,
        "2023-05-10-cnil",
        "The CNIL imposed an overdue penalty of €5.2 million on Clearview AI on 13 April 2023.",
        title="CNIL penalty",
    )
    return folder


@pytest.fixture
def tiny(tmp_path: Path, encoder: Encoder) -> Settings:
    settings = Settings.load(corpus=tiny_corpus(tmp_path / "corpus"), index=tmp_path / "index")
    update(settings, encoder)
    return settings


def folders(settings: Settings) -> list[str]:
    return ["--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]


def one_line(stderr: str) -> str:
    assert stderr.count("\n") == 1 and stderr.startswith("assistant: "), stderr
    assert "Traceback" not in stderr
    return stderr


# Crash safety -------------------------------------------------------------------------------

# Runs `assistant ARGS` with SIGKILL at one step of the commit protocol (see index/README.md).
CRASH_AT = """
import os, signal, sys
import assistant.manifest as manifest, assistant.store as store

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

point = sys.argv[1]
if point == "writing":  # the new generation is half written
    add_article = store.GenerationWriter.add_article
    def once_then_die(self, item):
        add_article(self, item)
        die()
    store.GenerationWriter.add_article = once_then_die
elif point == "renamed":  # the generation folder is complete, the manifest not yet replaced
    manifest.write_manifest = die
    if hasattr(store, "write_manifest"):
        store.write_manifest = die
elif point == "manifest-written":  # the new manifest is on disk under its temporary name
    replace = os.replace
    def replace_or_die(source, target, *args, **kwargs):
        if str(target).endswith("manifest.json"):
            die()
        return replace(source, target, *args, **kwargs)
    os.replace = replace_or_die
from assistant.cli import main
sys.exit(main(sys.argv[2:]))
"""
CRASH_POINTS = ("writing", "renamed", "manifest-written")


def test_kill_9_at_each_step_of_an_update_keeps_the_previous_index(
    seed_settings: Settings, tmp_path: Path, encoder: Encoder
) -> None:
    """SIGKILL at each step of an update's commit: the previous generation stays live and
    whole, it answers, and the next update completes and cleans up."""
    cases = {}
    for point in CRASH_POINTS:
        shutil.copytree(seed_settings.corpus_dir, tmp_path / point / "corpus")
        shutil.copytree(seed_settings.index_dir, tmp_path / point / "index")
        settings = Settings.load(
            corpus=tmp_path / point / "corpus", index=tmp_path / point / "index"
        )
        for i in range(2):
            write_article(
                settings.corpus_dir, f"2024-03-0{i + 1}-new", f"The ICO fined Firm{i} £{i + 1}m."
            )
        before = (settings.index_dir / "manifest.json").read_bytes()
        process = subprocess.Popen(
            [sys.executable, "-c", CRASH_AT, point, *folders(settings), "index"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=os.environ,
        )
        cases[point] = (settings, before, process, corpus_state(settings.corpus_dir))
    for point, (settings, before, process, corpus) in cases.items():
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == -signal.SIGKILL, (point, stderr.decode())
        assert (settings.index_dir / "manifest.json").read_bytes() == before, point
        manifest = assert_consistent(settings.index_dir)
        assert not any(ident.endswith("-new") for ident in manifest.articles)
        with writer_lock(settings.index_dir):  # answer from it as it is, no update first
            answer = session(settings, encoder).ask(ITALIAN)
        assert answer.citations, point
        summary = update(settings, encoder)
        assert summary.added == 2, point
        manifest = assert_consistent(settings.index_dir)
        assert {"2024-03-01-new", "2024-03-02-new"} <= set(manifest.articles)
        assert not list(settings.index_dir.glob("*.partial"))
        assert corpus_state(settings.corpus_dir) == corpus


def test_kill_9_during_a_first_build_leaves_no_index_and_the_next_build_completes(
    tmp_path: Path, encoder: Encoder
) -> None:
    settings = Settings.load(corpus=tiny_corpus(tmp_path / "corpus"), index=tmp_path / "index")
    result = subprocess.run(
        [sys.executable, "-c", CRASH_AT, "writing", *folders(settings), "index"],
        capture_output=True,
        env=os.environ,
        timeout=300,
    )
    assert result.returncode == -signal.SIGKILL
    assert read_manifest(settings.index_dir) is None  # nothing half-built is ever visible
    with pytest.raises(IndexError_, match="no index"):
        IndexReader(settings.index_dir)
    assert update(settings, encoder).added == 2
    assert_consistent(settings.index_dir)
    assert not list(settings.index_dir.glob("*.partial"))


# Concurrency -------------------------------------------------------------------------------


def test_index_no_wait_refuses_with_exit_6_while_another_update_runs(
    run_cli: RunCli, tiny: Settings
) -> None:
    with writer_lock(tiny.index_dir):
        result = run_cli(*folders(tiny), "index", "--no-wait")
    assert result.returncode == 6
    assert f"another process (pid {os.getpid()}) is updating the index" in one_line(result.stderr)
    assert result.stdout == ""


def test_second_index_waits_for_the_first_then_completes(tiny: Settings) -> None:
    write_article(tiny.corpus_dir, "2024-01-01-late", "The AP fined Late BV €1 million.")
    with writer_lock(tiny.index_dir):
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant", *folders(tiny), "index"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ,
        )
        assert process.stderr is not None
        lines = iter(process.stderr.readline, "")  # blocks until the process says something
        waiting = next((line for line in lines if "waiting for" in line), "")
        assert f"waiting for another process (pid {os.getpid()})" in waiting
        assert process.poll() is None
    stdout, _ = process.communicate(timeout=300)
    assert process.returncode == 0 and "index: 1 added" in stdout
    assert_consistent(tiny.index_dir)


def test_query_during_an_update_answers_from_the_last_complete_index(
    run_cli: RunCli, tiny: Settings
) -> None:
    before = (tiny.index_dir / "manifest.json").read_bytes()
    write_article(tiny.corpus_dir, "2024-01-01-late", "The AP fined Late BV €1 million.")
    with writer_lock(tiny.index_dir):  # as `assistant index` holds it while it builds
        result = run_cli(*folders(tiny), "--query", ITALIAN, "--json")
    assert result.returncode == 0, result.stderr
    assert "answering from the last complete index" in result.stderr
    assert json.loads(result.stdout)["citations"]
    assert (tiny.index_dir / "manifest.json").read_bytes() == before


def test_two_sessions_updating_at_once_stay_consistent(tiny: Settings, encoder: Encoder) -> None:
    """The TUI's rebuild and a CLI update at the same moment, in one process (flock is per
    open file, so the two sessions exclude each other as two processes would)."""
    write_article(tiny.corpus_dir, "2024-02-02-both", "The CNIL fined Both SA €3 million.")
    first, second = session(tiny, encoder), session(tiny, encoder)
    errors: list[BaseException] = []
    answers = []

    def run(action) -> None:
        try:
            action()
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=(lambda: first.update(rebuild=True),)),
        threading.Thread(target=run, args=(lambda: second.update(),)),
        threading.Thread(
            target=run, args=(lambda: answers.append(session(tiny, encoder).ask(ITALIAN)),)
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    manifest = assert_consistent(tiny.index_dir)
    assert "2024-02-02-both" in manifest.articles and len(manifest.articles) == 3
    assert answers and answers[0].citations
    assert update(tiny, encoder).wrote_generation is False  # nothing left to do
    assert first.ask(ITALIAN).citations and second.ask(ITALIAN).citations


@pilot_test
async def test_tui_rebuild_and_cli_rebuild_at_once_stay_consistent(
    tiny: Settings, tmp_path: Path
) -> None:
    """Ctrl+R in the TUI and `assistant index --rebuild` in another process, released at
    the same moment: one waits for the other, both complete, the index is whole, and the
    TUI answers from the old index meanwhile and from the newest one afterwards."""
    write_article(tiny.corpus_dir, "2024-02-02-both", "The CNIL fined Both SA €3 million.")
    app = make_app(tiny, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.ready, "the ready state")
        with writer_lock(tiny.index_dir):  # both writers start while a third holds the lock
            await pilot.press("ctrl+r")
            assert app.indexing
            cli = subprocess.Popen(
                [sys.executable, "-m", "assistant", *folders(tiny), "index", "--rebuild"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=os.environ,
            )
            assert cli.stderr is not None
            waiting = await asyncio.to_thread(cli.stderr.readline)
            assert "waiting for another process" in waiting, waiting
            await pilot.press(*ITALIAN, "enter")  # answered from the last complete index
            await until(pilot, lambda: len(app.answers) >= 1, "the answer during the rebuilds")
            assert app.indexing and app.answers[0].citations
        stdout, stderr = await asyncio.to_thread(cli.communicate, timeout=300)
        await until(pilot, lambda: not app.indexing, "the TUI rebuild", timeout=300)
        assert cli.returncode == 0 and "index: " in stdout, stderr
        assert app.last_summary is not None and app.last_summary.articles == 3
        manifest = assert_consistent(tiny.index_dir)
        assert "2024-02-02-both" in manifest.articles
        await pilot.press(*"How much did the CNIL fine Both SA?", "enter")
        await until(pilot, lambda: len(app.answers) >= 2, "the answer after the rebuilds")
        assert any(c.article_id == "2024-02-02-both" for c in app.answers[1].citations)
        # The TUI reads the generation that was committed last, whichever writer that was.
        assert app.backend.session.reader().manifest.generation == manifest.generation
    assert not list(tiny.index_dir.glob("*.partial"))


# Corruption --------------------------------------------------------------------------------


def _flip(path: Path, at: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    data[int(len(data) * at)] ^= 0xFF
    path.write_bytes(bytes(data))


def _reseal(settings: Settings) -> None:
    """Record the current files' checksums in the manifest, as a buggy or foreign writer
    would: only the content checks can then tell."""
    path = settings.index_dir / "manifest.json"
    data = json.loads(path.read_text())
    folder = settings.index_dir / data["generation"]
    data["files"] = [file_check(folder / f["name"]).model_dump() for f in data["files"]]
    path.write_text(json.dumps(data))


def _fewer_vectors(settings: Settings) -> None:
    import faiss
    import numpy as np

    manifest = read_manifest(settings.index_dir)
    path = settings.index_dir / manifest.generation / VECTORS_NAME
    vectors = faiss.read_index(str(path))
    first = faiss.vector_to_array(vectors.id_map)[:1]
    vectors.remove_ids(np.array(first, dtype=np.int64))
    faiss.write_index(vectors, str(path))
    flat = path.parent / FLAT_VECTORS_NAME  # the arrays a flat index is searched from
    if flat.exists():
        np.save(flat, np.load(flat)[1:])
        np.save(path.parent / FLAT_IDS_NAME, np.load(path.parent / FLAT_IDS_NAME)[1:])
    _reseal(settings)


def _damage(settings: Settings, how: str) -> None:
    manifest = read_manifest(settings.index_dir)
    folder = settings.index_dir / manifest.generation
    path = settings.index_dir / "manifest.json"
    if how == "sqlite-bit-flip":
        _flip(folder / DB_NAME)
    elif how == "sqlite-truncated":
        (folder / DB_NAME).write_bytes((folder / DB_NAME).read_bytes()[:4096])
    elif how == "sqlite-header-resealed":
        _flip(folder / DB_NAME, at=0.0)  # "SQLite format 3" no more
        _reseal(settings)
    elif how == "generation-missing":
        shutil.rmtree(folder)
    elif how == "manifest-empty":
        path.write_bytes(b"")
    elif how == "manifest-binary":
        path.write_bytes(os.urandom(256))
    elif how == "manifest-future-schema":
        data = json.loads(path.read_text())
        data["schema_version"] = 99
        path.write_text(json.dumps(data))
    elif how == "manifest-other-chunking":
        data = json.loads(path.read_text())
        data["build"]["chunking"]["max_tokens"] = 128
        path.write_text(json.dumps(data))
    elif how == "vectors-disagree":
        _fewer_vectors(settings)
    else:
        raise AssertionError(how)


DAMAGE = (
    "sqlite-bit-flip",
    "sqlite-truncated",
    "sqlite-header-resealed",
    "generation-missing",
    "manifest-empty",
    "manifest-binary",
    "manifest-future-schema",
    "manifest-other-chunking",
    "vectors-disagree",
)


@pytest.mark.parametrize("how", DAMAGE)
def test_damaged_index_is_detected_and_a_question_rebuilds_it(
    tiny: Settings, encoder: Encoder, how: str
) -> None:
    corpus = corpus_state(tiny.corpus_dir)
    _damage(tiny, how)
    if how != "manifest-other-chunking":  # readable, just built another way
        with pytest.raises(IndexError_) as caught:
            IndexReader(tiny.index_dir)
        assert "\n" not in str(caught.value)
    notes: list[str] = []
    answer = session(tiny, encoder, notes).ask(ITALIAN)
    assert answer.citations and any("rebuild" in n or "updating" in n for n in notes), notes
    assert_consistent(tiny.index_dir)
    assert corpus_state(tiny.corpus_dir) == corpus


@pytest.mark.parametrize("how", ["vectors-disagree", "sqlite-header-resealed"])
def test_index_command_rebuilds_a_damaged_base_instead_of_building_on_it(
    tiny: Settings, encoder: Encoder, how: str
) -> None:
    _damage(tiny, how)
    write_article(tiny.corpus_dir, "2024-01-01-late", "The AP fined Late BV €1 million.")
    notes: list[str] = []
    summary = update_index(tiny, get_encoder=lambda: encoder, note=notes.append)
    assert summary.added == 3 and any("rebuilding the index" in n for n in notes), notes
    assert_consistent(tiny.index_dir)
    IndexReader(tiny.index_dir).close()


def test_status_reports_damage_in_one_line_with_the_fix(
    tiny: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = corpus_state(tiny.corpus_dir)
    _damage(tiny, "vectors-disagree")
    assert main([*folders(tiny), "status"]) == 0
    state = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("state")]
    assert len(state) == 1 and "damaged" in state[0]
    assert "vectors for" in state[0] and "run `assistant index --rebuild`" in state[0]
    assert main([*folders(tiny), "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "damaged"
    assert corpus_state(tiny.corpus_dir) == corpus


def test_an_index_folder_that_is_a_file_is_an_index_error_not_a_bug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tiny_corpus(tmp_path / "corpus")
    (tmp_path / "index").write_text("not a folder")
    code = main(["--corpus", str(corpus), "--index", str(tmp_path / "index"), "index"])
    err = capsys.readouterr().err
    assert code == 5 and "internal error" not in err, err
    one_line(err)


# No code from data -------------------------------------------------------------------------

# What could run code while loading data: pickle and its relatives, YAML's full loaders,
# eval/exec, numpy's pickled arrays, torch.load (pickle inside).
UNSAFE_LOADERS = re.compile(
    r"\bimport\s+(?:pickle|cPickle|dill|joblib|shelve|marshal)\b"
    r"|\bfrom\s+(?:pickle|dill|joblib|shelve|marshal)\s+import\b"
    r"|\b(?:pickle|dill|joblib|marshal)\.loads?\("
    r"|\byaml\.(?:load|unsafe_load|full_load|load_all)\("
    r"|Loader\s*=\s*yaml\.(?:Loader|UnsafeLoader|FullLoader)"
    r"|allow_pickle\s*=\s*True|\btorch\.load\(|\bnp\.load\("
    r"|(?<![\w.])(?:eval|exec)\(|\b__import__\("
)


def test_no_code_path_loads_data_with_anything_that_can_run_code() -> None:
    offenders = []
    for path in sorted((ROOT / "assistant").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if UNSAFE_LOADERS.search(code):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, offenders
    # The index is JSON, SQLite, FAISS's own binary format and .npy arrays opened as memory
    # maps (which refuse object arrays); front matter is safe_load.
    store = (ROOT / "assistant" / "store.py").read_text()
    assert "faiss.read_index" in store or "read_index(" in store
    assert 'open_memmap(self.folder / FLAT_VECTORS_NAME, mode="r")' in store
    assert "yaml.safe_load(" in (ROOT / "assistant" / "ingest.py").read_text()


@pytest.mark.parametrize(
    "front",
    [
        "title: !!python/object/apply:os.system ['touch {marker}']",
        "title: !!python/object/new:subprocess.Popen [['touch', '{marker}']]",
        "!!python/name:os.system\ntitle: x",
        'title: x\nextra: !!python/object/apply:builtins.eval [\'open("{marker}", "w")\']',
    ],
)
def test_python_tags_in_front_matter_are_refused_and_never_run(
    tmp_path: Path, front: str, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = tmp_path / "executed"
    path = tmp_path / "evil.md"
    path.write_text(f"---\n{front.format(marker=marker)}\n---\nThe CNIL fined Acme.\n")
    with pytest.raises(ArticleError, match="front matter is not valid YAML") as caught:
        load_article(path)
    assert str(caught.value).startswith(f"{path}:")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert main(["--corpus", str(corpus), "--index", str(tmp_path / "ix"), "add", str(path)]) == 4
    one_line(capsys.readouterr().err)
    assert not marker.exists() and not list(corpus.iterdir())


def test_html_is_reduced_to_text_scripts_and_entities_never_run(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    page = tmp_path / "page.html"
    page.write_text(
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><head><title>Acme fined</title><script>document.title='SCRIPT-RAN'</script>"
        "<style>body{background:url(http://example.invalid/track)}</style></head><body><article>"
        "<p>The Dutch authority fined Acme five million euros on Tuesday for unlawful processing"
        " of customer data, the regulator said in a statement. &xxe;</p>"
        "<p>Acme said it would appeal the decision in court.<script>alert('SCRIPT-RAN')</script>"
        "<img src=x onerror=\"alert('ONERROR')\"></p></article>"
        "<iframe src='javascript:alert(1)'>IFRAME</iframe></body></html>"
    )
    article = load_article(page)
    assert "fined Acme five million euros" in " ".join(article.body.split())
    for never in ("SCRIPT-RAN", "TOP-SECRET", "ONERROR", "example.invalid", "javascript:"):
        assert never not in article.body and never not in article.title


# Display safety ----------------------------------------------------------------------------

HOSTILE_BODY = (
    "The Dutch AP fined Hostile BV \x1b[31m€4 million\x1b[0m on 2 May 2024 \x1b]8;;http://evil."
    "example\x07[here]\x1b]8;;\x07 for tracking \x9b2J users \u202eevil\u202c [bold red]with[/bold red]"
    " [link=http://evil.example]cookies[/link], the regulator said. Hostile BV appealed the fine."
    " **Markdown** `code` <b>html</b> \x07\x08 \x7f"
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, offline_environment: Path) -> Settings:
    """Articles with terminal escapes, markup, other scripts, Unicode edge cases and a
    duplicate, indexed once by the CLI for this module."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = tiny_corpus(root / "corpus")
    # .txt: the title is the first line, escapes and all (YAML refuses control characters).
    (corpus / "2024-05-02-hostile.txt").write_text(f"Hostile \x1b[2J title\n{HOSTILE_BODY}\n")
    (corpus / "2024-05-03-unicode.md").write_text(
        "---\ntitle: Unicode edge cases\noutlet: Test Wire\npublished: '2024-05-03'\n---\n"
        "Die Datenschutzbehörde verhängte ein Bußgeld von 3 Mio. Euro gegen Ünïcode GmbH. "
        "La CNIL a infligé une amende de 2 millions d’euros à Société Générale. "
        "فرضت الهيئة غرامة قدرها مليون يورو على الشركة. "
        "监管机构对该公司罚款100万欧元。 "
        "The regulator fined Emoji Ltd 👩‍👩‍👧‍👦🇪🇺 €7 million. "
        "Combining: Liberte\u0301s, Z\u0335a\u0335l\u0335g\u0335o\u0335. "
        "Mangled: the spokesperson added.Ĭlearview was also contacted, Ī said ×.\n",
        encoding="utf-8",
    )
    for name in ("2024-05-04-copy-a", "2024-05-04-copy-b"):
        write_article(corpus, name, "The ICO fined Twice Ltd £2 million.", title=name)
    (corpus / "\x1b[31mred\x1b[0m.md").write_bytes(b"")  # skipped: its name is shown safely
    index = root / "index"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "--corpus",
            str(corpus),
            "--index",
            str(index),
            "index",
        ],
        capture_output=True,
        env=os.environ,
        timeout=300,
    )
    assert result.returncode == 4, result.stderr  # the empty file is skipped, the rest indexed
    for stream in (result.stdout, result.stderr):
        assert not RAW_CONTROL.search(stream.replace(b"\r\x1b[2K", b"")), stream
    stderr = result.stderr.decode()
    assert "\\x1b[31mred\\x1b[0m.md: empty file" in stderr
    assert "the same text is under 2 ids, all kept: 2024-05-04-copy-a, 2024-05-04-copy-b" in stderr
    return Settings.load(corpus=corpus, index=index)


def run_bytes(*args: str) -> subprocess.CompletedProcess[bytes]:
    """`assistant ARGS` with stdout and stderr as the bytes a terminal would receive."""
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        env=os.environ,
        timeout=300,
    )


def test_cli_text_shows_article_escapes_and_markup_literally(hostile: Settings) -> None:
    result = run_bytes(*folders(hostile), "--query", "How much did the Dutch AP fine Hostile BV?")
    assert result.returncode == 0, result.stderr
    assert not RAW_CONTROL.search(result.stdout), result.stdout
    shown = result.stdout.decode()
    assert not BIDI.search(shown)
    assert "\\x1b[31m" in shown and "\\x9b" in shown and "\\u202e" in shown
    assert "[bold red]with[/bold red]" in shown and "[link=http://evil.example]" in shown


def test_cli_json_escapes_controls_and_quotes_exactly(hostile: Settings) -> None:
    result = run_bytes(*folders(hostile), "--query", "Did Hostile BV appeal the fine?", "--json")
    assert result.returncode == 0, result.stderr
    assert not RAW_CONTROL.search(result.stdout) and not BIDI.search(result.stdout.decode())
    answer = json.loads(result.stdout)
    reader = IndexReader(hostile.index_dir)
    try:
        for citation in answer["citations"]:
            body = reader.article_body(citation["article_id"])
            assert body[citation["start"] : citation["end"]] == citation["quote"]
        assert any("\x1b" in c["quote"] for c in answer["citations"])  # escaped, not lost
    finally:
        reader.close()


def test_status_and_facts_output_is_escaped_and_flags_duplicates(
    hostile: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*folders(hostile), "status"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "skipped  \\x1b[31mred\\x1b[0m.md: empty file" in out
    assert "same     2024-05-04-copy-a = 2024-05-04-copy-b" in out
    report = describe(hostile)
    assert report["duplicates"] == [["2024-05-04-copy-a", "2024-05-04-copy-b"]]
    for options in ([], ["--json"], ["--csv"]):
        assert main([*folders(hostile), "facts", *options]) == 0
        captured = capsys.readouterr()
        assert not RAW_CONTROL.search(captured.out.encode()) and not BIDI.search(captured.out)


def test_other_scripts_and_unicode_edge_cases_index_and_quote_exactly(
    hostile: Settings, encoder: Encoder
) -> None:
    ask = session(hostile, encoder).ask
    reader = IndexReader(hostile.index_dir)
    try:
        body = reader.article_body("2024-05-03-unicode")
        assert "Libertés" in body  # NFC
        rows = reader.sentences("2024-05-03-unicode", 0, 10_000)
        assert len(rows) >= 6
        for row in rows:
            quote = body[row.start : row.end]
            assert quote and quote == quote.strip() and row.context_start <= row.start
        for question in (
            "How much did the regulator fine Emoji Ltd?",
            "Which company did the Datenschutzbehörde fine?",
            "Was Ĭlearview contacted?",
        ):
            for citation in ask(question).citations:
                text = reader.article_body(citation.article_id)
                assert text[citation.start : citation.end] == citation.quote
    finally:
        reader.close()


def _drawn(widget: Widget) -> str:
    """The characters the terminal shows inside `widget`, lines joined, spaces collapsed
    (so text wrapped at a space reads as it was written)."""
    strips = widget.app.screen._compositor.render_strips()
    region = widget.content_region.intersection(Region(0, 0, *widget.app.size))
    lines = [strips[y].crop(region.x, region.right).text for y in range(region.y, region.bottom)]
    return " ".join(" ".join(lines).split())


@pilot_test
async def test_tui_shows_article_escapes_and_markup_literally(
    hostile: Settings, tmp_path: Path
) -> None:
    """What the TUI draws for a hostile article, read back off the screen: markup and
    Markdown as written, escapes as visible text, no control character drawn."""
    app = make_app(hostile, tmp_path)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.press(*"How much did the Dutch AP fine Hostile BV?", "enter")
        await until(pilot, lambda: len(app.answers) >= 1, "the answer")
        cited = [c for c in app.answers[0].citations if c.article_id == "2024-05-02-hostile"]
        assert cited, app.answers[0]
        app.open_citation(cited[0])
        await until(pilot, lambda: app.sources.source is not None, "the sources panel")
        await pilot.pause(0.2)
        chat, source = _drawn(app.chat), _drawn(app.sources)
    for shown in (chat, source):
        assert not RAW_CONTROL.search(shown.encode()) and not BIDI.search(shown), shown
        assert "\\x1b[31m" in shown, shown
    assert "Hostile \\x1b[2J title" in source  # the title, from the first line
    for literal in (
        "[bold red]with[/bold red]",
        "[link=http://evil.example]cookies[/link]",
        "**Markdown** `code` <b>html</b>",
        "\\x9b2J",
        "\\u202eevil\\u202c",
    ):
        assert literal in source, (literal, source)


def test_duplicate_content_is_kept_and_flagged(tiny: Settings, encoder: Encoder) -> None:
    shutil.copy(
        tiny.corpus_dir / "2022-03-09-garante.md", tiny.corpus_dir / "2022-03-09-garante-copy.md"
    )
    update(tiny, encoder)
    assert {"2022-03-09-garante", "2022-03-09-garante-copy"} <= set(
        read_manifest(tiny.index_dir).articles
    )
    assert duplicate_groups(tiny.index_dir) == [["2022-03-09-garante", "2022-03-09-garante-copy"]]


# Paths -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../x.md", "x.md"),
        ("..\\..\\windows\\x.md", "windows-x.md"),
        ("/etc/passwd.md", "passwd.md"),
        ("CON.md", "article-CON.md"),
        ("nul.txt", "article-nul.txt"),
        ("com1.md", "article-com1.md"),
        ("LPT9.HTML", "article-LPT9.html"),
        ("aux.backup.md", "article-aux.backup.md"),
        ("README.md", "article-README.md"),
        (".hidden.md", "hidden.md"),
        ("Ünïcödé ☃ (final).md", "Unicode-final.md"),
        ("🔥.md", "article.md"),
        ("غرامة.md", "article.md"),
        ("a" * 300 + ".md", "a" * 120 + ".md"),
        ("x" * 119 + "-----y.md", "x" * 119 + ".md"),
        ("name\twith\nbreaks\x1b[31m.md", "name-with-breaks-31m.md"),
    ],
)
def test_safe_name_is_portable_and_stays_in_the_folder(name: str, expected: str) -> None:
    assert safe_name(Path(name)) == expected


def test_add_writes_only_inside_the_corpus(tmp_path: Path) -> None:
    corpus = tiny_corpus(tmp_path / "corpus")
    outside = tmp_path / "outside"
    outside.mkdir()
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    parent_file = write_article(tmp_path / "a", "up", "The ICO fined Up Ltd £1m.")
    dotted = nested / ".." / "up.md"  # ../ in the argument
    absolute = write_article(outside, "absolute", "The ICO fined Abs Ltd £1m.").resolve()
    link = tmp_path / "link.md"
    link.symlink_to(write_article(outside, "target", "The ICO fined Link Ltd £1m."))
    added = add_articles(corpus, [dotted, absolute, link])
    assert added == ["up.md", "absolute.md", "link.md"]
    assert not (corpus / "link.md").is_symlink()  # a copy, never a link out of the corpus
    assert (corpus / "up.md").read_bytes() == parent_file.read_bytes()
    assert sorted(p.name for p in outside.iterdir()) == ["absolute.md", "target.md"]
    assert not [p for p in corpus.iterdir() if p.name.startswith(".")]  # no temporary left


def test_add_never_writes_through_a_link_in_the_corpus(tmp_path: Path) -> None:
    corpus = tiny_corpus(tmp_path / "corpus")
    victim = tmp_path / "victim.md"
    (corpus / "new.md").symlink_to(victim)  # dangling: points outside, at nothing yet
    (tmp_path / "in").mkdir()
    source = write_article(tmp_path / "in", "new", "The ICO fined New Ltd £1m.")
    with pytest.raises(ArticleError, match="already exists in the corpus folder"):
        add_articles(corpus, [source])
    assert not victim.exists() and (corpus / "new.md").is_symlink()


def test_add_refuses_bad_paths_in_one_line_and_copies_nothing(tmp_path: Path) -> None:
    corpus = tiny_corpus(tmp_path / "corpus")
    before = corpus_state(corpus)
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.md"
    with open(huge, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    folder = tmp_path / "folder.md"
    folder.mkdir()
    good = write_article(tmp_path, "good", "The ICO fined Good Ltd £1m.")
    for bad, problem in (
        (fifo, "not a regular file"),
        (huge, "the limit is 16 MiB"),
        (folder, "is a folder"),
        (tmp_path / "missing.md", "no such file"),
        (Path(f"{tmp_path}/nul\x00.md"), "invalid file name"),
    ):
        started = time.monotonic()
        with pytest.raises(ArticleError, match=problem) as caught:
            add_articles(corpus, [good, bad])
        # A hang guard, not a speed measure (those live in bench/): a billion-laughs document
        # would run for minutes; a loaded 2-core machine can take seconds for a real one.
        assert time.monotonic() - started < HANG and "\n" not in str(caught.value)
    assert corpus_state(corpus) == before


def test_add_is_all_or_none_when_placing_fails_part_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tiny_corpus(tmp_path / "corpus")
    before = corpus_state(corpus)
    first = write_article(tmp_path, "first", "The ICO fined First Ltd £1m.")
    second = write_article(tmp_path, "second", "The ICO fined Second Ltd £1m.")
    link = os.link
    calls = []

    def link_then_fail(source, target, *args, **kwargs):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return link(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "link", link_then_fail)
    monkeypatch.setattr(os, "open", _fail_exclusive_create(os.open))
    with pytest.raises(OSError, match="No space"):
        add_articles(corpus, [first, second])
    assert corpus_state(corpus) == before


def _fail_exclusive_create(real_open):
    def fake(path, flags, *args, **kwargs):
        if flags & os.O_EXCL:
            raise OSError(28, "No space left on device")
        return real_open(path, flags, *args, **kwargs)

    return fake


def test_add_refuses_an_id_that_differs_only_in_case(tmp_path: Path) -> None:
    corpus = tiny_corpus(tmp_path / "corpus")
    source = write_article(tmp_path, "2023-05-10-CNIL", "The CNIL fined Case SA €1m.")
    with pytest.raises(ArticleError, match="already exists in the corpus"):
        add_articles(corpus, [source])


# Bad questions and files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        ("\x00\x07\x1b", "empty"),
        ("\u200b\u200b\ufeff", "empty"),  # zero-width and BOM only
        ("x" * 1001, "limit is 1,000"),
        ("ما هي الغرامة التي فرضتها الهيئة؟", "not in English"),  # RTL
        ("罚款是多少", "not in English"),
        ("Какой штраф наложил CNIL?", "not in English"),
        ("¿Cuál fue la multa impuesta a Clearview?", "Spanish"),
        ("Hoeveel was de boete van de AP?", "Dutch"),
        ("Qual foi a multa aplicada?", "Portuguese"),
        ("Wie hoch war die Strafe gegen Clearview?", "German"),
    ],
)
def test_bad_questions_are_refused_in_one_line(question: str, problem: str, lexicon) -> None:
    with pytest.raises(BadQuestion, match=problem) as caught:
        clean_question(question, lexicon, 1000)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "question",
    [
        "x" * 1000,
        "Has Clearview paid the fine imposed by the Commission nationale de l'informatique et des libertés?",
        "Did the Autoriteit Persoonsgegevens fine Uber?",
        "Was the fine paid?",
        "🔥🔥 has Clearview paid? 🇮🇹",
        "has\x1b[31m Clearview \udcffpaid?",  # a stray escape, a byte argv could not decode
        "Liberte\u0301s",
    ],
)
def test_unusual_but_english_questions_are_accepted(question: str, lexicon) -> None:
    text = clean_question(question, lexicon, 1000)
    assert text and not any(c in text for c in "\x00\x1b\udcff") and "\u0301" not in text


@pytest.fixture(scope="module")
def lexicon():
    from assistant.lexicon import lexicon

    return lexicon()


ODD_QUESTIONS = [
    '"fine" OR NEAR(clearview paid) AND NOT *',  # FTS5 query syntax
    "'; DROP TABLE articles; --",
    "fine^ -clearview + {CNIL} : column:body",
    "How many days does €5.2M cover at €100,000 a day from 31 February 2023?",
    "What is 1e309 euros in pounds at 1e-400 to the pound?",
    "What is the maximum GDPR fine for a company with a turnover of €99999999999999999999999 trillion?",
    "How many days between 1 January 0001 and 31 December 9999?",
    "Has " + "Clearview " * 90 + "paid?",
    "€€€ £££ $$$ ¥¥¥?",
    "Was Ĭlearview × fined? 👩‍👩‍👧‍👦",
    "[bold red]Has Clearview paid?[/bold red] [link=http://x]y[/link]",
    "When was the fine " + "a" * 900 + "?",
]


@pytest.mark.parametrize("question", ODD_QUESTIONS, ids=lambda q: q[:40])
def test_odd_questions_get_answers_not_exceptions(seed_session: Session, question: str) -> None:
    answer = seed_session.ask(question)
    assert answer.answer
    for citation in answer.citations:
        body = seed_session.reader().article_body(citation.article_id)
        assert body[citation.start : citation.end] == citation.quote


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"---\ntitle: t\npublished: 2023-02-31\n---\nBody.\n", "YAML cannot read"),
        (b"---\n!!timestamp\n---\nBody.\n", "YAML cannot read"),
        (b"---\ntitle: " + b"[" * 700 + b"]" * 700 + b"\n---\nBody\n", "nested too deeply"),
        (b"---\ntitle: " + b"x" * (70 * 1024) + b"\n---\nBody\n", "longer than 64 KiB"),
        (b'---\ntitle: "\\ud800"\n---\nBody\n', "invalid character"),
        ("---\ntitle: x\n---\nBody\n".encode("utf-16"), "save the file as UTF-8"),
        (
            b"---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
            b"title: *d\n---\nBody\n",
            "'title' must be text",
        ),
    ],
    ids=[
        "impossible-date",
        "bare-tag",
        "deep-nesting",
        "huge",
        "surrogate",
        "utf-16",
        "alias-bomb",
    ],
)
def test_hostile_front_matter_is_one_article_error(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    started = time.monotonic()
    with pytest.raises(ArticleError, match=problem) as caught:
        load_article(path)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(f"{path}")
    assert time.monotonic() - started < HANG  # a hang guard, as above


def test_a_50_mb_article_is_refused_quickly_and_the_rest_is_indexed(
    tmp_path: Path, encoder: Encoder
) -> None:
    settings = Settings.load(corpus=tiny_corpus(tmp_path / "corpus"), index=tmp_path / "index")
    huge = settings.corpus_dir / "2024-01-01-huge.txt"
    with open(huge, "wb") as handle:  # 50 MB of text that is not sparse on purpose: realistic
        line = b"The regulator fined the company one million euros for a breach. " * 16 + b"\n"
        handle.write(line * (50 * 1024 * 1024 // len(line)))
    started = time.monotonic()
    summary = update(settings, encoder)
    assert time.monotonic() - started < 60
    assert summary.added == 2 and len(summary.skipped) == 1
    assert f"the limit is {MAX_ARTICLE_BYTES // 2**20} MiB" in str(summary.skipped[0])
    long_text = settings.corpus_dir / "2024-01-02-long.txt"
    long_text.write_text("Long\n" + "The regulator fined it. " * (MAX_BODY_CHARS // 20))
    with pytest.raises(ArticleError, match="characters long; the limit is 1,000,000"):
        load_article(long_text)
