"""Retrieval quality on the hand-written question set: recall@5 and MRR per mode.

    .venv/bin/python bench/retrieval.py [--index DIR] [--misses]

Builds (or updates) the index of the project's corpus first. Prints a table.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402
from assistant.evaluate import load_cases, score_retrieval  # noqa: E402
from assistant.retrieve import Retriever  # noqa: E402
from assistant.session import Session  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", help="index folder (default: the project's)")
    parser.add_argument("--cases", default=str(ROOT / "tests" / "data" / "retrieval.jsonl"))
    parser.add_argument("--misses", action="store_true", help="list the questions not found")
    args = parser.parse_args()
    session = Session(Settings.load(index=args.index), note=lambda m: print(m, file=sys.stderr))
    retriever = Retriever(session.reader(), session.encoder, session.lexicon)
    cases = load_cases(Path(args.cases))
    print(f"{len(cases)} questions, top 5 evidence spans\n")
    print(f"{'mode':<8} {'recall@5':>9} {'MRR':>6} {'ms/question':>12}")
    for mode in ("dense", "lexical", "hybrid"):
        started = time.perf_counter()
        score = score_retrieval(retriever, cases, mode)
        per_question = (time.perf_counter() - started) * 1000 / len(cases)
        print(f"{mode:<8} {score.recall:>9.3f} {score.mrr:>6.3f} {per_question:>12.1f}")
        if args.misses:
            for case in score.misses:
                print(f"    miss: {case.question!r} -> {case.article_id}: {case.phrase!r}")


if __name__ == "__main__":
    main()
