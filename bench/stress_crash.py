"""kill -9 `assistant index` at random moments, over and over, and check nothing is lost.

    .venv/bin/python bench/stress_crash.py [--iterations 40] [--filler 12] [--seed 1]

Each round changes the corpus (adds, edits or removes an article) or not, starts `assistant
index` (an update), `assistant index --rebuild`, or a first build into an empty folder, and
kills it with SIGKILL after a random delay within the time the longest run of that kind
took when it was left to finish (a full build until one has). Then:

- the live manifest is the one from before or a new complete one, never anything between;
- the live generation is whole: manifest chunks == FAISS ntotal == chunks rows == FTS rows,
  the same for sentences, no orphan rows, FAISS ids == chunk ids (tests/reliability_helpers);
- a question answers from it (asked while this script holds the writer lock, so the answer
  comes from the index as the kill left it, not from an update);
- the corpus is byte for byte what this script made it;
- every few rounds, and at the end, `assistant index` runs to completion and leaves no
  partial generation behind.
Prints one row per kind of round.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from stress_common import (
    assistant,
    filler_article,
    folders,
    fresh,
    load_note,
    popen,
    seed_corpus,
    table,
)

from assistant.locking import writer_lock
from assistant.manifest import read_manifest
from tests.reliability_helpers import assert_consistent, corpus_state

QUESTION = "has Clearview paid the Italian fine?"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=40)
    parser.add_argument("--filler", type=int, default=12, help="extra articles (longer runs)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    root = fresh("crash")
    corpus, index = seed_corpus(root / "corpus"), root / "index"
    for n in range(args.filler):
        filler_article(corpus, n)
    started = time.monotonic()
    result = assistant(*folders(corpus, index), "index")
    full_run = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    print(f"stress_crash: {load_note()}; a full build takes {full_run:.1f} s", file=sys.stderr)

    stats: dict[str, Counter] = defaultdict(Counter)
    # How long each kind of run takes when it is not killed: the kill comes within that time,
    # so that updates (much shorter than a full build) are mostly killed too.
    expected = {"update": full_run, "rebuild": full_run, "first-build": full_run}
    finished_once: set[str] = set()
    failures: list[str] = []
    next_filler = args.filler
    for round_number in range(1, args.iterations + 1):
        mode = rng.choice(["update", "update", "rebuild", "first-build"])
        if mode == "first-build":
            shutil.rmtree(index)
        if mode != "rebuild":
            next_filler = _change_corpus(corpus, rng, next_filler)
        expected_corpus = corpus_state(corpus)
        before = _manifest_bytes(index)
        command = [*folders(corpus, index), "index", *(["--rebuild"] if mode == "rebuild" else [])]
        process = popen(*command)
        delay = rng.uniform(0.0, expected[mode] * 1.1)
        launched = time.monotonic()
        while process.poll() is None and time.monotonic() < launched + delay:
            time.sleep(0.02)
        took = time.monotonic() - launched
        process.send_signal(signal.SIGKILL)  # nothing happens if it has finished
        process.communicate()
        outcome = "finished" if process.returncode == 0 else "killed"
        if outcome == "finished":  # the longest finished run of its kind (a full build until one)
            expected[mode] = max(took, expected[mode]) if mode in finished_once else took
            finished_once.add(mode)
        stats[mode][outcome] += 1
        try:
            _check(corpus, index, before, expected_corpus, mode)
            stats[mode]["checks passed"] += 1
        except (AssertionError, subprocess.TimeoutExpired) as error:
            failures.append(f"round {round_number} ({mode}, {outcome} at {delay:.2f} s): {error}")
            stats[mode]["checks FAILED"] += 1
        if round_number % 5 == 0:
            _complete(corpus, index, stats[mode], failures, round_number)
    _complete(corpus, index, stats["final"], failures, args.iterations)

    rows = [
        [
            mode,
            sum(c[k] for k in ("finished", "killed")),
            c["killed"],
            c["finished"],
            c["checks passed"],
            c["checks FAILED"],
            c["completions"],
        ]
        for mode, c in sorted(stats.items())
    ]
    print(
        table(["round", "runs", "killed", "finished", "checks ok", "FAILED", "index to end"], rows)
    )
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


def _change_corpus(corpus: Path, rng: random.Random, next_filler: int) -> int:
    fillers = sorted(corpus.glob("*-filler-*.md"))
    action = rng.choice(["add", "edit", "remove", "none"])
    if action == "add" or not fillers:
        filler_article(corpus, next_filler, rng=rng)
        return next_filler + 1
    victim = rng.choice(fillers)
    if action == "edit":
        victim.write_text(victim.read_text() + f"\nThe fine was raised again ({rng.random()}).\n")
    elif action == "remove":
        victim.unlink()
    return next_filler


def _manifest_bytes(index: Path) -> bytes | None:
    try:
        return (index / "manifest.json").read_bytes()
    except FileNotFoundError:
        return None


def _check(
    corpus: Path, index: Path, before: bytes | None, expected: dict[str, str], mode: str
) -> None:
    after = _manifest_bytes(index)
    assert corpus_state(corpus) == expected, "the corpus changed"
    if after is None:
        assert before is None, "the manifest disappeared"
        return  # a first build killed before its commit: no index, nothing half-built
    if after != before:
        assert json.loads(after)["generation"] != (
            json.loads(before)["generation"] if before else None
        ), "a different manifest names the same generation"
    assert_consistent(index)
    with writer_lock(index):  # answer from the index as the kill left it
        result = assistant(*folders(corpus, index), "--query", QUESTION, "--json", timeout=300)
    assert result.returncode == 0, f"query failed: {result.stderr.strip()}"
    assert json.loads(result.stdout)["citations"], "no citations"


def _complete(corpus: Path, index: Path, stats: Counter, failures: list[str], when: int) -> None:
    result = assistant(*folders(corpus, index), "index")
    try:
        assert result.returncode == 0, result.stderr.strip()
        manifest = assert_consistent(index)
        assert not list(index.glob("*.partial")), "a partial generation was left behind"
        assert len(manifest.articles) == len(list(corpus.glob("*.md")))
        assert read_manifest(index) is not None
        stats["completions"] += 1
    except AssertionError as error:
        failures.append(f"completion after round {when}: {error}")


if __name__ == "__main__":
    sys.exit(main())
