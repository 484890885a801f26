"""Big inputs: 10,000 tiny articles, a 50 MB article, and the longest article accepted.

    .venv/bin/python bench/stress_scale.py [--articles 10000] [--long-chars 500000]

1. `--articles` tiny articles (one or two sentences each): `assistant index` from scratch,
   then a no-change `assistant index`, a `--query` that must cite the one article
   answering it first and give its amount, `status`, and an update after adding one.
2. A 50 MB text file beside the seed articles: refused in one line (the file limit is
   `ingest.MAX_ARTICLE_BYTES`), without being read, and the rest is indexed.
3. One article of `--long-chars` characters (at most `ingest.MAX_BODY_CHARS`, 1,000,000,
   about 2,000 chunks): indexed, with its time and peak memory.
Each row gives wall time and the peak resident memory of that process (wait4's ru_maxrss).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from stress_common import (
    COMPANIES,
    PYTHON,
    REGULATORS,
    folders,
    fresh,
    load_note,
    seed_corpus,
    table,
)

from assistant.ingest import MAX_ARTICLE_BYTES, MAX_BODY_CHARS
from tests.reliability_helpers import assert_consistent


def run(*args: str) -> tuple[int, float, float, str, str]:
    """exit code, seconds, peak RSS in MB, stdout, stderr of `assistant ARGS`."""
    started = time.monotonic()
    process = subprocess.Popen(
        [PYTHON, "-m", "assistant", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ,
    )
    # Read both pipes to the end before reaping, so a chatty child never blocks on a pipe.
    stdout, stderr = process.stdout.read(), process.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, time.monotonic() - started, usage.ru_maxrss / 1024, stdout, stderr


SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "be", "du"]


def coined_name(n: int) -> str:
    """A made-up company name that no other article shares ("Kalominex Ltd")."""
    word = "".join(SYLLABLES[int(d)] for d in f"{n:05d}") + "x"
    return f"{word.capitalize()} {['Ltd', 'SA', 'GmbH', 'BV', 'Inc'][n % 5]}"


def tiny_articles(folder: Path, count: int) -> tuple[str, str, int]:
    """Writes them; returns a question that only one article answers, its id and the fine."""
    rng = random.Random(7)
    target = min(42, count - 1)
    asked = ("", "", 0)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        regulator, company = rng.choice(REGULATORS), coined_name(n)
        amount = rng.randint(1, 999) * 1000
        text = f"The {regulator} fined {company} €{amount:,} on {rng.randint(1, 28)} March 2024."
        if n % 3 == 0:
            text += f" {company} said it would appeal."
        (folder / f"tiny-{n:05d}.txt").write_text(f"{company} fined\n{text}\n")
        if n == target:
            asked = (f"How much did the {regulator} fine {company}?", f"tiny-{n:05d}", amount)
    return asked


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--long-chars", type=int, default=500_000)
    args = parser.parse_args()
    print(f"stress_scale: {load_note()}", file=sys.stderr)
    rows: list[list[object]] = []
    failures: list[str] = []

    def record(label: str, result: tuple[int, float, float, str, str], expect: int = 0) -> str:
        code, seconds, rss, stdout, stderr = result
        summary = (stdout.strip().splitlines() or [""])[-1][:90]
        rows.append([label, code, seconds, rss, summary])
        if code != expect:
            failures.append(f"{label}: exit {code}: {stderr.strip()[-500:]}")
        return stderr

    # 1. Many tiny articles.
    root = fresh("scale")
    corpus, index = root / "corpus", root / "index"
    question, answering, amount = tiny_articles(corpus, args.articles)
    where = folders(corpus, index)
    record(f"index {args.articles:,} tiny articles", run(*where, "index"))
    record("index again (no change)", run(*where, "index"))
    code, seconds, rss, stdout, stderr = run(*where, "--query", question, "--json")
    record("--query --json", (code, seconds, rss, "", stderr))
    try:
        answer = json.loads(stdout) if code == 0 else {}
        first = answer["citations"][0]["article_id"] if answer.get("citations") else None
        rows[-1][-1] = f"{question} → {answer.get('value')} [1] {first}"
        assert first == answering, f"cites {first} first, not {answering}"
        assert answer["value"]["amount"] == amount, f"{answer['value']} is not €{amount:,}"
    except (AssertionError, ValueError, KeyError, TypeError) as error:
        failures.append(f"--query over tiny articles: {error}")
    record("status", run(*where, "status"))
    (corpus / "tiny-new.txt").write_text("New fine\nThe ICO fined Newco £5,000 on 1 April 2024.\n")
    record("index after adding one", run(*where, "index"))
    try:
        manifest = assert_consistent(index)
        assert len(manifest.articles) == args.articles + 1
    except AssertionError as error:
        failures.append(f"tiny articles: {error}")

    # 2. A 50 MB article.
    root = fresh("huge")
    corpus, index = seed_corpus(root / "corpus"), root / "index"
    line = b"The regulator fined the company one million euros for a breach of the rules. " * 12
    with open(corpus / "2024-01-01-huge.txt", "wb") as handle:
        handle.write((line + b"\n") * (50 * 1024 * 1024 // (len(line) + 1)))
    stderr = record("index with a 50 MB article", run(*folders(corpus, index), "index"), expect=4)
    limit = f"the limit is {MAX_ARTICLE_BYTES // 2**20} MiB"
    if limit not in stderr:
        failures.append(f"50 MB article: no clear refusal: {stderr.strip()[-300:]}")
    else:
        rows[-1][-1] = next(ln for ln in stderr.splitlines() if limit in ln)[-90:]

    # 3. The longest article accepted (or the length asked for).
    chars = min(args.long_chars, MAX_BODY_CHARS)
    root = fresh("long")
    corpus, index = root / "corpus", root / "index"
    corpus.mkdir()
    rng = random.Random(3)
    sentences, size = [], 0
    while size < chars - 200:
        regulator, company = rng.choice(REGULATORS), rng.choice(COMPANIES)
        sentence = f"The {regulator} fined {company} €{rng.randint(1, 999)} million in case {len(sentences)}."
        sentences.append(sentence + ("\n\n" if len(sentences) % 8 == 7 else " "))
        size += len(sentences[-1])
    (corpus / "2024-01-01-long.txt").write_text("A very long article\n" + "".join(sentences))
    record(f"index one {chars:,}-character article", run(*folders(corpus, index), "index"))
    try:
        assert_consistent(index)
    except AssertionError as error:
        failures.append(f"long article: {error}")

    print(table(["run", "exit", "seconds", "peak RSS MB", "last line"], rows))
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
