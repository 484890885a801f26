"""Minutes of fuzzing: tests/test_fuzz.py with every example count multiplied, then whole
questions through `Session.ask` over the seed index.

    .venv/bin/python bench/stress_fuzz.py [--scale 40] [--questions 400]

The first part is the suite's own properties (front matter, sentences and chunks, facts read
off any text, money/dates/numbers/provisions, question cleaning and parsing) at `--scale`
times their suite example counts. The second asks `--questions` generated questions: only
`BadQuestion` may escape, every answer has text, and every citation quotes its article
exactly. Prints a table; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import Counter

from stress_common import ROOT, assistant, folders, fresh, load_note, seed_corpus, table


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=40)
    parser.add_argument("--questions", type=int, default=400)
    args = parser.parse_args()
    print(f"stress_fuzz: {load_note()}", file=sys.stderr)
    rows = []

    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fuzz.py"],
        cwd=ROOT,
        env={**os.environ, "FUZZ_SCALE": str(args.scale)},
        capture_output=True,
        text=True,
    )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "?"
    rows.append(["tests/test_fuzz.py", f"x{args.scale}", summary, time.monotonic() - started])
    if result.returncode != 0:
        print(result.stdout[-6000:])

    started = time.monotonic()
    failures, counts = ask_fuzzed(args.questions)
    rows.append(
        [
            "Session.ask",
            f"{args.questions} ({counts['answered']} answered, {counts['refused']} refused)",
            f"{len(failures)} failed" if failures else "all passed",
            time.monotonic() - started,
        ]
    )
    print(table(["target", "examples", "result", "seconds"], rows))
    for failure in failures[:20]:
        print("FAIL", failure)
    return 1 if result.returncode or failures else 0


def ask_fuzzed(count: int) -> tuple[list[str], Counter]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from assistant.config import Settings
    from assistant.errors import BadQuestion
    from assistant.session import Session
    from tests.test_fuzz import QUESTION_BITS, mixed

    root = fresh("fuzz")
    corpus, index = seed_corpus(root / "corpus"), root / "index"
    assert assistant(*folders(corpus, index), "index").returncode == 0
    session = Session(Settings.load(corpus=corpus, index=index))
    reader = session.reader()
    failures: list[str] = []
    counts: Counter = Counter()

    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(question=mixed(QUESTION_BITS, 14), follow_up=st.booleans())
    def ask(question: str, follow_up: bool) -> None:
        history = ["How much was the Italian fine?"] if follow_up else []
        try:
            answer = session.ask(question, history)
        except BadQuestion:
            counts["refused"] += 1
            return
        except Exception as error:  # collected, not raised: keep going, report them all
            failures.append(f"{question!r}: {type(error).__name__}: {error}")
            return
        counts["answered"] += 1
        problems = [] if answer.answer else ["empty answer"]
        for citation in answer.citations:
            body = reader.article_body(citation.article_id)
            if body[citation.start : citation.end] != citation.quote:
                problems.append(f"citation {citation.n} does not quote its span")
        if problems:
            failures.append(f"{question!r}: {'; '.join(problems)}")

    ask()
    return failures, counts


if __name__ == "__main__":
    sys.exit(main())
