"""Warm questions through the library: question -> Answer with the model loaded.

    .venv/bin/python bench/warm.py [--repeat 5] [--sizes seed,1000]

`Session.ask` is timed per question (after one untimed pass that opens everything), and so
is retrieval alone (`Retriever.search`, which includes encoding the question), so the
answer engine's added time is visible. Also times the full freshness check (stat of every
article + manifest) that a session runs before a question at most every
`session.FULL_CHECK_INTERVAL` seconds, or at once when a file is added or removed.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import time

from common import (
    REAL_HELP,
    SEED_QUESTIONS,
    SYNTHETIC_QUESTIONS,
    machine,
    percentile,
    synthetic_index,
    table,
)

from assistant.manifest import read_manifest
from assistant.retrieve import Retriever
from assistant.session import Session, check_freshness

FIRST_ANSWER_LIMIT = 30.0  # seconds


@contextlib.contextmanager
def deadline(seconds: float):
    """Interrupt the (pure Python) work inside after `seconds`, with TimeoutError."""

    def expire(_signum, _frame):
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def ms(values: list[float], p: float) -> str:
    return f"{percentile(values, p) * 1000:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="seed,1000")
    parser.add_argument("--real", type=int, default=None, help=REAL_HELP)
    args = parser.parse_args()
    from cold import seed_index

    print(f"warm questions, {args.repeat} passes over 8 questions · {machine()}")
    rows = []
    for size in args.sizes.split(","):
        if size == "seed":
            settings, questions, label = seed_index(), SEED_QUESTIONS, "seed"
        else:
            settings, info = synthetic_index(int(size), args.real, note=print)
            questions, label = (
                SYNTHETIC_QUESTIONS,
                f"synthetic ({info['real']} real + sampled vectors)",
            )
        session = Session(settings)
        if not check_freshness(settings).fresh:  # untimed: see cold.py
            session.update()
        answered, first_pass = [], []
        for q in questions:  # open the index, load the encoder, fill caches
            try:
                started = time.perf_counter()
                with deadline(FIRST_ANSWER_LIMIT):
                    session.ask(q)
                first_pass.append(time.perf_counter() - started)
                answered.append(q)
            except TimeoutError:
                print(f"  {label}: no answer within {FIRST_ANSWER_LIMIT:.0f} s, left out: {q!r}")
        questions = answered
        if not questions:
            continue
        retriever = Retriever(session.reader(), session.encoder, session.lexicon)
        asks, asks_cpu, searches, checks = [], [], [], []
        for _ in range(args.repeat):
            for q in questions:
                started, cpu = time.perf_counter(), time.process_time()
                session.ask(q)
                asks.append(time.perf_counter() - started)
                asks_cpu.append(time.process_time() - cpu)  # all of this process's threads
                # The session reopens its reader when the index changed (a commit by another
                # process, or the extractor's data edited): search what the session searches.
                reader = session.reader(auto_update=False)
                if retriever.reader is not reader:
                    retriever = Retriever(reader, session.encoder, session.lexicon)
                started = time.perf_counter()
                retriever.search(q, k=5)
                searches.append(time.perf_counter() - started)
            started = time.perf_counter()
            check_freshness(settings)
            checks.append(time.perf_counter() - started)
        manifest = read_manifest(settings.index_dir)
        rows.append(
            [
                label,
                f"{manifest.chunks:,}",
                manifest.vector_index["type"],
                ms(asks, 50),
                ms(asks, 90),
                ms(asks, 99),
                ms(asks_cpu, 50),
                # Each question's first ask: nothing about it cached yet (the first question
                # also opens the index and loads the encoder, hence the median).
                ms(first_pass, 50),
                ms(searches, 50),
                ms(searches, 90),
                f"{(percentile(asks, 50) - percentile(searches, 50)) * 1000:.1f}",
                ms(checks, 50),
            ]
        )
        session.close()
    print(
        table(
            [
                "index",
                "chunks",
                "vector index",
                "ask p50 ms",
                "ask p90 ms",
                "ask p99 ms",
                "ask CPU p50 ms",
                "first pass p50 ms",
                "retrieval p50 ms",
                "retrieval p90 ms",
                "engine added p50 ms",
                "full freshness check ms",
            ],
            rows,
        )
    )
    print("\ntargets: ask p50 <= 10 ms (seed), <= 30 ms (100k); engine added <= 20 ms")


def _load_at_end() -> None:
    import os

    print(
        f"load average at end {os.getloadavg()[0]:.1f} (2 cores: above 2, other work shared them)"
    )


if __name__ == "__main__":
    main()
    _load_at_end()
