"""Cold one-shot questions: `python -m assistant --query … --json` as new processes.

    .venv/bin/python bench/cold.py [--runs 7] [--sizes seed,1000] [--before TREE]

For each index (the seed corpus; synthetic corpora of about N chunks, see bench/common.py),
runs the CLI N times as a new process and, in the same run, the naive path
(bench/naive_query.py: import sentence-transformers, load the model, encode, search the same
FAISS file). Reports medians, the ratio, and each process's peak RSS. `--before TREE` also
times another checkout of the project (e.g. `git archive HEAD` unpacked) on the seed corpus,
with its own index, for before/after comparisons of the cold path.
"""

from __future__ import annotations

import argparse
import shutil
import sys

from common import (
    REAL_HELP,
    ROOT,
    SEED_QUESTIONS,
    SYNTHETIC_QUESTIONS,
    WORK,
    Settings,
    TimedOut,
    machine,
    median,
    percentile,
    run_measured,
    synthetic_index,
    table,
)


def seed_index(tree=ROOT, name: str = "seed") -> Settings:
    folder = WORK / name
    settings = Settings.load(corpus=folder / "corpus", index=folder / "index")
    if not settings.corpus_dir.is_dir():
        shutil.copytree(ROOT / "corpus", settings.corpus_dir)
    run_measured(cli(tree, settings, "index"))
    return settings


def cli(tree, settings: Settings, *args: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {str(tree)!r}); from assistant.cli import main;"
        " sys.exit(main())",
        "--corpus",
        str(settings.corpus_dir),
        "--index",
        str(settings.index_dir),
        *args,
    ]


TIMEOUT = 60.0  # seconds: a question still running then is reported, not waited for


def measure(
    command_for, questions: list[str], runs: int
) -> tuple[list[float], list[float], list[str], list[float]]:
    """(wall seconds, peak RSS MB, questions that timed out, CPU seconds) over `runs` runs.
    A run that times out counts as TIMEOUT seconds in the walls (a lower bound), so a slow
    question raises the median instead of vanishing from it."""
    run_measured(command_for(questions[0]), timeout=900)  # warm the page cache; update the index
    walls, rss, slow, cpu = [], [], [], []
    for i in range(runs):
        question = questions[i % len(questions)]
        try:
            wall, peak, _ = run_measured(command_for(question), timeout=TIMEOUT, cpu=cpu)
        except TimedOut:
            slow.append(question)
            walls.append(TIMEOUT)
            continue
        walls.append(wall)
        rss.append(peak)
    return walls, rss or [float("nan")], slow, cpu or [float("nan")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--naive-runs", type=int, help="runs of the naive path (default: --runs; ~10 s each)"
    )
    parser.add_argument("--sizes", default="seed,1000", help="seed and/or chunk counts")
    parser.add_argument("--real", type=int, default=None, help=REAL_HELP)
    parser.add_argument("--before", help="another checkout to time on the seed corpus")
    args = parser.parse_args()
    print(f"cold one-shot, {args.runs} runs each · {machine()}")
    rows = []
    for size in args.sizes.split(","):
        if size == "seed":
            settings, questions, label = seed_index(), SEED_QUESTIONS, "seed"
        else:
            settings, info = synthetic_index(int(size), args.real, note=print)
            # Untimed: an index built by an older extractor re-reads its facts first (at
            # 100k chunks that takes longer than any question may).
            run_measured(cli(ROOT, settings, "index"))
            questions = SYNTHETIC_QUESTIONS
            label = f"{info['chunks']:,} chunks (sampled vectors)"
        from assistant.manifest import read_manifest

        manifest = read_manifest(settings.index_dir)
        ours, ours_rss, slow, ours_cpu = measure(
            lambda q, s=settings: cli(ROOT, s, "--query", q, "--json"), questions, args.runs
        )
        naive, naive_rss, _, naive_cpu = measure(
            lambda q, s=settings: [
                sys.executable,
                str(ROOT / "bench" / "naive_query.py"),
                str(s.index_dir),
                q,
            ],
            questions,
            args.naive_runs or args.runs,
        )
        rows.append(
            [
                label,
                manifest.vector_index["type"] if manifest else "?",
                f"{median(ours):.2f}",
                f"{percentile(ours, 90):.2f}",
                f"{median(ours_cpu):.2f}",
                f"{max(ours_rss):.0f}",
                f"{median(naive):.2f}",
                f"{median(naive_cpu):.2f}",
                f"{max(naive_rss):.0f}",
                f"{median(ours) / median(naive):.2f} (1/{median(naive) / median(ours):.1f})",
            ]
        )
        # As soon as it is measured: a later size may take an hour or fail.
        print(f"  {label}: {' | '.join(rows[-1][1:])}", flush=True)
        for question in slow:
            print(
                f"  {label}: no answer within {TIMEOUT:.0f} s (counted as {TIMEOUT:.0f} s): {question!r}"
            )
        if args.before and size == "seed":
            before_settings = seed_index(args.before, "seed-before")
            before, before_rss, _, before_cpu = measure(
                lambda q, s=before_settings: cli(args.before, s, "--query", q, "--json"),
                questions,
                args.runs,
            )
            rows.append(
                [
                    "seed, before (--before tree)",
                    "IDMap2,Flat",
                    f"{median(before):.2f}",
                    f"{percentile(before, 90):.2f}",
                    f"{median(before_cpu):.2f}",
                    f"{max(before_rss):.0f}",
                    f"{median(naive):.2f}",
                    f"{median(naive_cpu):.2f}",
                    f"{max(naive_rss):.0f}",
                    f"{median(before) / median(naive):.2f} (1/{median(naive) / median(before):.1f})",
                ]
            )
    print(
        table(
            [
                "index",
                "vector index",
                "ours median s",
                "ours p90 s",
                "ours CPU s",
                "ours peak RSS MB",
                "naive median s",
                "naive CPU s",
                "naive peak RSS MB",
                "ours / naive",
            ],
            rows,
        )
    )
    print("\ntargets: ours median <= 1.0 s and <= 1/5 of naive; at 100k <= 1.5 s and <= 400 MB")


def _load_at_end() -> None:
    import os

    print(
        f"load average at end {os.getloadavg()[0]:.1f} (2 cores: above 2, other work shared them)"
    )


if __name__ == "__main__":
    main()
    _load_at_end()
