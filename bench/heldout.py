"""The held-out sets: totals only, never their contents.

    .venv/bin/python bench/heldout.py [N ...]   (default: every tests/heldout/blind_N)

Each set is eight articles, a table of their facts and forty questions, written by someone
who never saw the code and never opened by the developers: the only honest measure of how
the rules carry over to copy they were not made on (the sets under tests/fixtures were
each measured once like this, then opened). Prints the fact bench's totals and the answer
evaluation's total; an index for each set is built in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELD = ROOT / "tests" / "heldout"


def main(numbers: list[str]) -> int:
    folders = [HELD / f"blind_{n}" for n in numbers] or sorted(HELD.glob("blind_*"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    for folder in folders:
        n = folder.name.removeprefix("blind_")
        facts = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "facts.py"), "--set", f"held{n}"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        with tempfile.TemporaryDirectory() as tmp:
            assistant = [sys.executable, "-m", "assistant", "--corpus", str(folder), "--index", tmp]
            subprocess.run(
                [*assistant, "index"], cwd=ROOT, env=env, capture_output=True, check=True
            )
            answers = (
                subprocess.run(
                    [*assistant, "eval", str(HELD / f"blind{n}_questions.jsonl"), "--quiet"],
                    cwd=ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                )
                .stdout.strip()
                .splitlines()
            )
        print(facts)
        print(f"held{n:<5} answers {answers[-1] if answers else '(no result)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
