"""Load: many questions in one process, and many one-shot processes at once.

    .venv/bin/python bench/stress_load.py [--questions 1000] [--processes 50]

1. `Session.ask` `--questions` times in one process (the dev question set, cycled, with
   follow-up histories; every third question is new text with its own numbers): resident
   memory after the first hundred and at the end; the growth must stay under 50 MB. Time
   per question.
2. `--processes` one-shot `assistant --query … --json` processes, two at a time: every one
   exits 0, its JSON parses, every quote is exactly `body[start:end]`, and the answer text is
   the one the library gives for the same question.
Prints two tables; exits 1 if a check fails.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time

from stress_common import (
    ROOT,
    assistant,
    folders,
    fresh,
    load_note,
    popen,
    rss_mb,
    seed_corpus,
    table,
)

from assistant.config import Settings
from assistant.errors import BadQuestion
from assistant.session import Session

GROWTH_LIMIT_MB = 50


def dev_questions() -> list[tuple[str, list[str]]]:
    cases = []
    for line in (ROOT / "tests" / "data" / "dev_questions.jsonl").read_text().splitlines():
        if line.strip():
            case = json.loads(line)
            cases.append((case["question"], list(case.get("history") or [])))
    return cases


UNIQUE_TEMPLATES = [
    "How many days of non-compliance does €{m}.{k}M cover at €100,000 a day?",
    "What is the most a GDPR fine could be for a company with a turnover of €{m}{k} million?",
    "What is {k} days after {d} March 2023?",
    "Did the CNIL fine Company{n} €{m} million?",
]


def unique_question(n: int) -> str:
    return UNIQUE_TEMPLATES[n % len(UNIQUE_TEMPLATES)].format(
        n=n, m=n % 97 + 1, k=n % 10, d=n % 28 + 1
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=50)
    args = parser.parse_args()
    root = fresh("load")
    corpus, index = seed_corpus(root / "corpus"), root / "index"
    assert assistant(*folders(corpus, index), "index").returncode == 0
    print(f"stress_load: {load_note()}", file=sys.stderr)
    failures: list[str] = []

    # 1. One process, many questions.
    session = Session(Settings.load(corpus=corpus, index=index))
    cases = dev_questions()
    readings: list[tuple[int, float]] = []
    times: list[float] = []
    reference: dict[str, str] = {}
    for n in range(1, args.questions + 1):
        # Every third question is new text (its own numbers), so that anything kept per
        # question, not only per distinct dev question, would show as growth.
        question, history = cases[(n - 1) % len(cases)] if n % 3 else (unique_question(n), [])
        started = time.perf_counter()
        try:
            answer = session.ask(question, history)
            if not history:
                reference.setdefault(question, answer.answer)
        except BadQuestion:
            pass
        times.append(time.perf_counter() - started)
        if n % 100 == 0:
            gc.collect()
            readings.append((n, rss_mb()))
    baseline = next((mb for n, mb in readings if n == 100), readings[0][1])
    growth = max(mb for _, mb in readings) - baseline
    if growth > GROWTH_LIMIT_MB:
        failures.append(f"memory grew {growth:.1f} MB after the first 100 questions")
    print(
        table(
            ["questions", "RSS MB", "growth since 100"],
            [[n, mb, mb - baseline] for n, mb in readings],
        )
    )
    print(
        f"\n{args.questions} questions: {statistics.mean(times) * 1000:.0f} ms mean, "
        f"{sorted(times)[int(len(times) * 0.95) - 1] * 1000:.0f} ms p95; "
        f"growth after the first 100: {growth:.1f} MB (limit {GROWTH_LIMIT_MB})\n"
    )

    # 2. One-shot processes, two at a time.
    bodies = {p.stem: session.reader().article_body(p.stem) for p in corpus.glob("*.md")}
    singles = [q for q, history in cases if not history and q in reference]
    durations: list[float] = []
    ok = 0
    for pair in range(0, args.processes, 2):
        questions = [
            singles[(pair + i) % len(singles)] for i in range(min(2, args.processes - pair))
        ]
        started = time.perf_counter()
        running = [popen(*folders(corpus, index), "--query", q, "--json") for q in questions]
        for question, process in zip(questions, running, strict=True):
            stdout, stderr = process.communicate(timeout=600)
            try:
                assert process.returncode == 0, f"exit {process.returncode}: {stderr.strip()}"
                answer = json.loads(stdout)
                for c in answer["citations"]:
                    assert bodies[c["article_id"]][c["start"] : c["end"]] == c["quote"], "quote"
                assert answer["answer"] == reference[question], "differs from the library"
                ok += 1
            except (AssertionError, json.JSONDecodeError, KeyError) as error:
                failures.append(f"one-shot {question!r}: {error}")
        durations.append(time.perf_counter() - started)
    print(
        table(
            ["one-shot processes", "correct", "pairs", "s per pair (mean)", "s per pair (max)"],
            [[args.processes, ok, len(durations), statistics.mean(durations), max(durations)]],
        )
    )
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
