"""CPU of reading facts (and places) off articles read for the first time, set-up excluded.

    .venv/bin/python bench/first_reading.py [runs]

A process first reads the 80 articles of blind sets 10-19 (the extractor's set-up, its data
and patterns, and the alternations their words call for), then the 24 seed and dev articles,
which it has not read: that second figure is what facts cost per article in a build, apart
from the ~0.2 s of set-up a build process pays once. CPU time (`time.process_time`), each
run a new process: steadier than timing whole builds, whose embedding varies by more than
extraction costs on a shared machine (README, Performance).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import glob, time
from pathlib import Path
from assistant import indexer
from assistant.ingest import load_article
from assistant.text import context_starts, sentences

def prepared(paths):
    out = []
    for path in paths:
        article = load_article(Path(path))
        spans = sentences(article.body)
        out.append((article, spans, [spans[i].start for i in context_starts(article.body, spans)]))
    return out

warm = prepared(sorted(glob.glob("tests/fixtures/blind_1?/*.md")))
target = prepared(sorted(glob.glob("corpus/*.md")) + sorted(glob.glob("tests/fixtures/dev_articles/*.md")))
started = time.process_time()
for item in warm:
    indexer.derive(*item)
middle = time.process_time()
for item in target:
    indexer.derive(*item)
print(middle - started, time.process_time() - middle, len(warm), len(target))
"""


def main(runs: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _RUN],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        results.append((float(out[0]), float(out[1])))
    warm, target = zip(*results, strict=True)
    print(
        f"first reading of {out[3]} articles after {out[2]} others, CPU, median of {runs}: "
        f"{statistics.median(target):.3f} s (range {min(target):.3f}-{max(target):.3f}); "
        f"the {out[2]} before it (with set-up): {statistics.median(warm):.2f} s"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
