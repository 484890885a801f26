"""How long the real `assistant` TUI takes to show a usable screen, and to be ready.

    .venv/bin/python bench/tui_startup.py [--runs 5]

Builds an index of the seed corpus in a temporary folder, then launches `assistant` in a
detached tmux session (100×30) several times and polls the screen (capture-pane every
20 ms). "usable" is the first frame with the question box drawn (typing works from then on);
"ready" is the status line's "ready · N articles" (index and model open). Prints the
median and the spread; times include Python start-up. Needs tmux.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tui_tmux import SESSION, alive, build_index, keys, screen, start, tmux


def until(test, timeout: float) -> float | None:
    start_time = time.monotonic()
    while time.monotonic() - start_time < timeout:
        if test(screen()):
            return time.monotonic()
        time.sleep(0.02)
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("tmux is not installed", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tui-startup-"))
    usable: list[float] = []
    ready: list[float] = []
    try:
        corpus, index = build_index(work)
        for _ in range(args.runs):
            launched = time.monotonic()
            start(corpus, index, work)
            drawn = until(lambda s: "Ask about the articles" in s, 15)
            done = until(lambda s: "ready · " in s, 60)
            if drawn is not None:
                usable.append(drawn - launched)
            if done is not None:
                ready.append(done - launched)
            keys("C-q")
            quit_at = time.monotonic()
            while alive() and time.monotonic() - quit_at < 5:
                time.sleep(0.05)
            tmux("kill-session", "-t", SESSION)
    finally:
        tmux("kill-session", "-t", SESSION)
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'measure':<44} {'median s':>9} {'min':>6} {'max':>6} {'runs':>5}")
    for name, values in (
        ("usable (question box drawn)", usable),
        ("ready (index + model open)", ready),
    ):
        if values:
            print(
                f"{name:<44} {statistics.median(values):9.2f} {min(values):6.2f} "
                f"{max(values):6.2f} {len(values):5d}"
            )
        else:
            print(f"{name:<44} {'-':>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
