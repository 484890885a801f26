"""Writers and readers at the same time, for real: processes and threads, no simulated locks.

    .venv/bin/python bench/stress_concurrency.py [--rounds 3] [--filler 12]

- two `assistant index --rebuild` started together: both succeed, one after the other (the
  second says it is waiting), and the index is whole afterwards;
- `assistant index --no-wait` while a rebuild runs: exit 6 and one line naming the holder;
- one-shot `--query` processes, one after another, for as long as a rebuild runs: each
  answers, with citations, from the last complete index (never a partial one);
- two `Session` objects in threads rebuilding and updating in turn while a third thread
  asks questions (the TUI's worker and a CLI rebuild in one process): no error, whole index.
Prints a table.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time

from stress_common import (
    QUESTIONS,
    assistant,
    filler_article,
    folders,
    fresh,
    load_note,
    popen,
    seed_corpus,
    table,
)

from assistant.config import Settings
from assistant.locking import is_locked
from assistant.session import Session
from tests.reliability_helpers import assert_consistent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--filler", type=int, default=12)
    args = parser.parse_args()
    root = fresh("concurrency")
    corpus, index = seed_corpus(root / "corpus"), root / "index"
    for n in range(args.filler):
        filler_article(corpus, n)
    assert assistant(*folders(corpus, index), "index").returncode == 0
    print(f"stress_concurrency: {load_note()}", file=sys.stderr)
    rows: list[list[object]] = []
    failures: list[str] = []

    for round_number in range(args.rounds):
        # Two rebuilds at once.
        first = popen(*folders(corpus, index), "index", "--rebuild")
        # The second writer and --no-wait start once the first holds the lock: on a busy
        # machine the first can take seconds to start, and a fixed sleep made it a race.
        deadline = time.monotonic() + 120
        while not is_locked(index) and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        second = popen(*folders(corpus, index), "index", "--rebuild")
        busy = assistant(*folders(corpus, index), "index", "--no-wait")
        queries = answered = 0
        while first.poll() is None:  # questions while the first rebuild runs
            result = assistant(*folders(corpus, index), "--query", QUESTIONS[queries % 8], "--json")
            queries += 1
            if result.returncode == 0 and json.loads(result.stdout)["found"] is not None:
                answered += 1
            else:
                failures.append(
                    f"query during rebuild: {result.returncode} {result.stderr.strip()}"
                )
        first.communicate()
        _, err_second = second.communicate()
        ok = first.returncode == second.returncode == 0
        waited = "waiting for another process" in err_second
        refused = busy.returncode == 6 and "is updating the index" in busy.stderr
        if not (ok and waited):
            failures.append(
                f"round {round_number}: two rebuilds: {first.returncode} {second.returncode} {err_second[-300:]}"
            )
        if not refused:
            failures.append(
                f"round {round_number}: --no-wait gave {busy.returncode}: {busy.stderr.strip()}"
            )
        try:
            assert_consistent(index)
            whole = "yes"
        except AssertionError as error:
            whole = "NO"
            failures.append(f"round {round_number}: {error}")
        rows.append(
            [
                "two rebuilds + queries",
                round_number + 1,
                ok and waited,
                refused,
                f"{answered}/{queries}",
                whole,
            ]
        )

    # Two sessions in one process, and a reader thread.
    settings = Settings.load(corpus=corpus, index=index)
    sessions = [Session(settings), Session(settings)]
    asker = Session(settings)
    errors: list[BaseException] = []
    stop = threading.Event()
    asked = 0

    def writer(session: Session, rebuild: bool) -> None:
        try:
            for _ in range(args.rounds):
                session.update(rebuild=rebuild)
        except BaseException as exc:
            errors.append(exc)

    def reader() -> None:
        nonlocal asked
        try:
            while not stop.is_set():
                if not asker.ask(QUESTIONS[asked % 8]).answer:
                    raise AssertionError("empty answer")
                asked += 1
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=writer, args=(sessions[0], True)),
        threading.Thread(target=writer, args=(sessions[1], False)),
    ]
    asking = threading.Thread(target=reader)
    asking.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    asking.join()
    try:
        assert_consistent(index)
        whole = "yes"
    except AssertionError as error:
        whole = "NO"
        failures.append(f"sessions: {error}")
    failures += [f"sessions: {type(e).__name__}: {e}" for e in errors]
    rows.append(
        ["two sessions + asker thread", args.rounds, not errors, "-", f"{asked} asked", whole]
    )
    print(
        table(
            ["scenario", "rounds", "writers ok", "--no-wait exit 6", "answered", "index whole"],
            rows,
        )
    )
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
