"""The command line as a user runs it: a subprocess, real folders, real model."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.ingest import load_article
from tests.conftest import SEED_CORPUS, RunCli, write_article

SUMMARY = re.compile(
    r"^index: (\d+) added, (\d+) changed, (\d+) removed, (\d+) unchanged(?:, (\d+) skipped)?"
    r" · (\d+) articles, (\d+) chunks · \d+\.\d s$",
    re.M,
)
ANSWER_KEYS = {
    "question",
    "kind",
    "found",
    "verdict",
    "value",
    "answer",
    "calculation",
    "citations",
    "conflicts",
    "as_of",
}
CITATION_KEYS = {"n", "article_id", "title", "outlet", "published", "url", "start", "end", "quote"}


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A corpus and an index built by `assistant index`, shared read-only by this module."""
    corpus = tmp_path_factory.mktemp("cli-corpus")
    for path in SEED_CORPUS.glob("*.md"):
        shutil.copy2(path, corpus / path.name)
    index = tmp_path_factory.mktemp("cli-index")
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
        text=True,
        env=os.environ,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return corpus, index


@pytest.fixture
def private(built: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """Copies of the built corpus and index that a test may change."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(built[0], corpus)
    shutil.copytree(built[1], index)
    return corpus, index


def folders(pair: tuple[Path, Path]) -> list[str]:
    return ["--corpus", str(pair[0]), "--index", str(pair[1])]


def test_query_prints_numbered_evidence_with_sources(
    run_cli: RunCli, built: tuple[Path, Path]
) -> None:
    result = run_cli(*folders(built), "--query", "has Clearview paid the Italian fine?")
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    assert "none of these penalties have been paid" in " ".join(result.stdout.split())
    lines = result.stdout.splitlines()
    assert any(line.startswith("[1] “") for line in lines)
    assert re.search(
        r"^    The HIPAA Guide · 2022-10 · 2022-10-hipaa-guide-[\w-]+ · chars \d+–\d+$",
        result.stdout,
        re.M,
    )
    assert result.stderr == ""  # a fresh index: nothing to say


def test_json_answer_follows_the_contract_and_quotes_exactly(
    run_cli: RunCli, built: tuple[Path, Path]
) -> None:
    result = run_cli(
        *folders(built),
        "--query",
        "when did the CNIL impose the overdue penalty payment?",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) == ANSWER_KEYS
    assert answer["found"] is True and answer["citations"]
    bodies = {p.stem: load_article(p).body for p in built[0].glob("*.md")}
    for n, citation in enumerate(answer["citations"], start=1):
        assert set(citation) == CITATION_KEYS and citation["n"] == n
        assert (
            bodies[citation["article_id"]][citation["start"] : citation["end"]] == citation["quote"]
        )
    assert answer["as_of"] == max(c["published"] for c in answer["citations"])


def test_first_query_builds_the_missing_index(run_cli: RunCli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    result = run_cli(
        "--corpus",
        str(corpus),
        "--index",
        str(tmp_path / "index"),
        "--query",
        "Who fined Clearview?",
    )
    assert result.returncode == 0, result.stderr
    assert "there is no index yet; updating the index" in result.stderr
    assert (tmp_path / "index" / "manifest.json").exists()


def test_stale_index_is_updated_before_answering(
    run_cli: RunCli, private: tuple[Path, Path]
) -> None:
    write_article(
        private[0],
        "2024-03-05-acme",
        "The Dutch AP fined Acme Logistics €7 million on Tuesday for tracking drivers.",
    )
    result = run_cli(*folders(private), "--query", "How much was Acme Logistics fined?")
    assert result.returncode == 0, result.stderr
    assert "the corpus changed since the last update (1 added); updating the index" in result.stderr
    assert "index updated: 1 added" in result.stderr
    assert "Acme Logistics €7 million" in result.stdout


def test_index_and_rebuild_print_one_summary_line(
    run_cli: RunCli, private: tuple[Path, Path]
) -> None:
    result = run_cli(*folders(private), "index")
    assert result.returncode == 0
    match = SUMMARY.fullmatch(result.stdout.strip())
    assert match and match.group(1, 2, 3, 4) == ("0", "0", "0", "5")
    result = run_cli(*folders(private), "index", "--rebuild")
    match = SUMMARY.fullmatch(result.stdout.strip())
    assert result.returncode == 0 and match and match.group(1, 4) == ("5", "0")
    assert re.search(r"embedding: \d+/\d+ chunks, \d/5 articles", result.stderr)


def test_add_copies_validates_and_indexes_md_txt_html(
    run_cli: RunCli, private: tuple[Path, Path], tmp_path: Path
) -> None:
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    md = write_article(incoming, "2024-03-05-acme", "The Dutch AP fined Acme €7 million.")
    txt = incoming / "Acme Appeal (final).txt"
    txt.write_text("Acme appeals\nAcme said on Monday it had appealed the €7 million fine.\n")
    html = incoming / "page.html"
    html.write_text(
        "<html><head><title>Garante fines Beta</title><meta property='og:site_name' content='Example'></head>"
        "<body><article><p>The Italian Garante fined Beta SpA 3 million euros for unlawful marketing "
        "calls, the authority said on Friday. Beta said it would comply with the order.</p></article></body></html>"
    )
    result = run_cli(*folders(private), "add", str(md), str(txt), str(html))
    assert result.returncode == 0, result.stderr
    assert (
        "added 2024-03-05-acme.md" in result.stdout
        and "added Acme-Appeal-final.txt" in result.stdout
    )
    assert SUMMARY.search(result.stdout).group(1) == "3"
    assert (private[0] / "page.html").read_bytes() == html.read_bytes()
    answer = json.loads(
        run_cli(
            *folders(private), "--query", "How much did the Garante fine Beta?", "--json"
        ).stdout
    )
    assert any(c["article_id"] == "page" for c in answer["citations"])


def test_add_refuses_to_overwrite_and_copies_nothing_when_one_file_is_bad(
    run_cli: RunCli, private: tuple[Path, Path], tmp_path: Path
) -> None:
    existing = next(private[0].glob("*.md"))
    clash = tmp_path / existing.name
    clash.write_text("---\ntitle: Other\n---\nDifferent text.\n")
    before = sorted(p.name for p in private[0].iterdir())
    result = run_cli(*folders(private), "add", str(clash))
    assert result.returncode == 4 and "already exists in the corpus" in result.stderr
    good = write_article(tmp_path, "good", "Fine text.")
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [x\n---\nBody\n")
    result = run_cli(*folders(private), "add", str(good), str(bad))
    assert result.returncode == 4 and f"{bad}:2:" in result.stderr
    assert sorted(p.name for p in private[0].iterdir()) == before
    assert existing.read_text() != clash.read_text()
    no_traceback(result)


def test_add_cannot_write_outside_the_corpus(
    run_cli: RunCli, private: tuple[Path, Path], tmp_path: Path
) -> None:
    sneaky = tmp_path / "x" / ".." / "..secret name!.md"
    (tmp_path / "x").mkdir()
    write_article(tmp_path, "..secret name!", "The regulator fined someone.")
    result = run_cli(*folders(private), "add", str(sneaky))
    assert result.returncode == 0, result.stderr
    assert (private[0] / "secret-name.md").exists()
    assert (
        not (private[0].parent / "..secret name!.md").exists()
        or (tmp_path / "..secret name!.md").exists()
    )


def test_status_reports_places_sizes_and_staleness(
    run_cli: RunCli, private: tuple[Path, Path]
) -> None:
    result = run_cli(*folders(private), "status")
    assert result.returncode == 0
    assert f"corpus   {private[0]}" in result.stdout and "5 articles" in result.stdout
    assert "all-MiniLM-L6-v2" in result.stdout and "state    up to date" in result.stdout
    (private[0] / "new.txt").write_text("New\nThe ICO fined a council £50,000.\n")
    report = json.loads(run_cli(*folders(private), "status", "--json").stdout)
    assert report["state"] == "stale" and "1 added" in report["problem"]


def test_environment_variables_point_at_other_folders(
    run_cli: RunCli, private: tuple[Path, Path]
) -> None:
    env = {"ASSISTANT_CORPUS": str(private[0]), "ASSISTANT_INDEX": str(private[1])}
    result = run_cli("status", "--json", env=env)
    report = json.loads(result.stdout)
    assert report["corpus"] == str(private[0]) and report["index"] == str(private[1])
    # Flags win over the environment.
    result = run_cli("--corpus", "/nonexistent/folder", "status", "--json", env=env)
    assert json.loads(result.stdout)["corpus"] == "/nonexistent/folder"


@pytest.mark.parametrize(
    ("question", "code", "message"),
    [
        ("", 3, "the question is empty"),
        ("   ", 3, "the question is empty"),
        ("what " * 4000, 3, "the limit is 1,000"),
        ("Quelle amende la CNIL a-t-elle infligée à Clearview ?", 3, "looks like French"),
    ],
)
def test_bad_questions_get_one_line_and_exit_3(
    run_cli: RunCli, built: tuple[Path, Path], question: str, code: int, message: str
) -> None:
    result = run_cli(*folders(built), "--query", question)
    assert result.returncode == code and message in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    no_traceback(result)


def test_missing_corpus_folder_exits_4(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(
        "--corpus",
        str(tmp_path / "nope"),
        "--index",
        str(tmp_path / "index"),
        "--query",
        "Who was fined?",
    )
    assert (
        result.returncode == 4
        and "corpus folder" in result.stderr
        and "does not exist" in result.stderr
    )
    assert result.stderr.count("\n") == 1
    no_traceback(result)


def test_index_with_bad_files_reports_each_and_exits_4(
    run_cli: RunCli, private: tuple[Path, Path]
) -> None:
    (private[0] / "empty.md").write_bytes(b"")
    (private[0] / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (private[0] / "latin1.txt").write_bytes("Amende de 20 millions d’euros".encode("cp1252"))
    result = run_cli(*folders(private), "index")
    assert result.returncode == 4
    for name, problem in (
        ("empty.md", "empty file"),
        ("binary.txt", "binary file"),
        ("latin1.txt", "not UTF-8"),
    ):
        assert re.search(rf"skipped .*{name}(:\d+)?: {problem}", result.stderr), result.stderr
    assert SUMMARY.search(result.stdout).group(5) == "3"
    no_traceback(result)


@pytest.mark.parametrize("damage", ["truncated-faiss", "old-schema"])
def test_damaged_or_old_index_is_rebuilt_on_query(
    run_cli: RunCli, private: tuple[Path, Path], damage: str
) -> None:
    manifest_path = private[1] / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    if damage == "truncated-faiss":
        faiss_file = private[1] / manifest["generation"] / "vectors.faiss"
        faiss_file.write_bytes(faiss_file.read_bytes()[:200])
    else:
        manifest["schema_version"] = 0
        manifest_path.write_text(json.dumps(manifest))
    result = run_cli(*folders(private), "--query", "has Clearview paid the Italian fine?", "--json")
    assert result.returncode == 0, result.stderr
    assert "rebuilding" in result.stderr and json.loads(result.stdout)["citations"]
    assert len([p for p in private[0].iterdir()]) == 5  # the corpus is untouched
    no_traceback(result)


def test_query_never_imports_textual(built: tuple[Path, Path]) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from assistant.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['--corpus', {str(built[0])!r}, '--index', {str(built[1])!r}, '--query', 'Who fined Clearview?'])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'torch', 'sentence_transformers'))\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_index_loads_no_answer_engine_and_leaves_no_model_thread_running(
    private: tuple[Path, Path],
) -> None:
    """`assistant index` imports the extractor, not the answer engine (a third of a small
    build's start-up), and waits for the model it loaded in the background even when there
    was nothing to embed."""
    code = (
        "import sys, io, contextlib, threading\n"
        "from assistant.cli import main\n"
        "for rebuild in (['--rebuild'], []):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        f"        main(['--corpus', {str(private[0])!r}, '--index', {str(private[1])!r}, 'index', *rebuild])\n"
        "print(sorted(m for m in ('assistant.engine', 'assistant.answer') if m in sys.modules))\n"
        "print(sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "[]"]


def test_a_refused_question_leaves_no_model_thread_running(private: tuple[Path, Path]) -> None:
    """A question refused at once (too long) must not exit while the model still loads in
    the background: a thread inside onnxruntime at shutdown can abort the process."""
    code = (
        "import io, contextlib, threading, time\n"
        "import assistant.embed as embed\n"
        "load = embed.Encoder.__init__\n"
        # the model loading slower than the question is refused, as on a busy machine
        "def slow(self, *a, **k):\n"
        "    time.sleep(1.5)\n"
        "    load(self, *a, **k)\n"
        "embed.Encoder.__init__ = slow\n"
        "from assistant.cli import main\n"
        "with contextlib.redirect_stderr(io.StringIO()):\n"
        f"    code = main(['--corpus', {str(private[0])!r}, '--index', {str(private[1])!r}, '--query', 'what ' * 4000])\n"
        "print(code)\n"
        "print(sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["3", "[]"]


def test_kill_9_during_rebuild_leaves_previous_index_answering(
    run_cli: RunCli, private: tuple[Path, Path]
) -> None:
    for i in range(12):  # enough text that the rebuild runs for a few seconds
        write_article(
            private[0],
            f"2024-01-{i + 1:02d}-filler",
            f"The authority {i} fined company {i} €{i + 1} million. " * 40,
        )
    assert run_cli(*folders(private), "index").returncode == 0
    before = (private[1] / "manifest.json").read_bytes()
    for delay in (0.5, 1.5, 3.0):
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant", *folders(private), "index", "--rebuild"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=os.environ,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        manifest = (private[1] / "manifest.json").read_bytes()
        assert (
            manifest == before
            or json.loads(manifest)["generation"] != json.loads(before)["generation"]
        )
        result = run_cli(
            *folders(private), "--query", "has Clearview paid the Italian fine?", "--json"
        )
        assert result.returncode == 0 and json.loads(result.stdout)["citations"], result.stderr
        before = (private[1] / "manifest.json").read_bytes()
    final = run_cli(*folders(private), "index")
    assert final.returncode == 0 and not list(private[1].glob("*.partial"))
