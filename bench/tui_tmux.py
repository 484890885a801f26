"""Drive the real `assistant` TUI in a real terminal (tmux) and check what a person would see.

    .venv/bin/python bench/tui_tmux.py [--keep]

Builds an index of the seed corpus in a temporary folder, starts `assistant` inside a
detached tmux session (100×30), types as a user would (send-keys) and reads the screen
(capture-pane). Prints one line per check with how long it took; exits 1 if any failed.
Needs tmux (`apt-get install -y tmux`). Not part of the test suite: it takes ~1 minute
and depends on a terminal multiplexer.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
SESSION = f"enforcement-desk-{os.getpid()}"
WIDTH, HEIGHT = 100, 30


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def alive() -> bool:
    return (
        subprocess.run(["tmux", "has-session", "-t", SESSION], capture_output=True).returncode == 0
    )


def screen(escapes: bool = False) -> str:
    return tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", SESSION)


def keys(*names: str) -> None:
    tmux("send-keys", "-t", SESSION, *names)


def type_text(text: str) -> None:
    tmux("send-keys", "-t", SESSION, "-l", text)


def wait_for(test: Callable[[str], bool], timeout: float) -> float | None:
    """Seconds until `test(screen)` holds, or None after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if test(screen()):
            return time.monotonic() - start
        time.sleep(0.05)
    return None


GREYS = {0, 7, 8, 15, 16, 231, *range(232, 256)}  # xterm-256 black, white and the grey ramp


def chromatic(text: str) -> list[str]:
    """Colour escapes that are not a grey (Textual renders NO_COLOR as monochrome)."""
    found = []
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        parts = params.split(";")
        for i, part in enumerate(parts[:-2]):
            if part in ("38", "48") and parts[i + 1] == "5" and int(parts[i + 2]) not in GREYS:
                found.append(params)
            if part in ("38", "48") and parts[i + 1] == "2" and len(set(parts[i + 2 : i + 5])) > 1:
                found.append(params)
        found += [p for p in parts if p.isdigit() and (30 <= int(p) <= 37 or 40 <= int(p) <= 47)]
    return found


class Checks:
    def __init__(self) -> None:
        self.failed = 0
        print(f"{'check':<62} {'result':<6} {'seconds':>8}")
        print("-" * 78)

    def record(self, name: str, seconds: float | None, ok: bool | None = None) -> bool:
        ok = seconds is not None if ok is None else ok
        shown = f"{seconds:8.2f}" if seconds is not None else "       -"
        print(f"{name:<62} {'ok' if ok else 'FAIL':<6} {shown}")
        if not ok:
            self.failed += 1
            print("    screen was:\n" + "\n".join("    │" + line for line in screen().splitlines()))
        return ok


def build_index(work: Path) -> tuple[Path, Path]:
    corpus, index = work / "corpus", work / "index"
    corpus.mkdir()
    for path in (ROOT / "corpus").glob("*.md"):
        shutil.copy2(path, corpus / path.name)
    subprocess.run(
        [str(PYTHON), "-m", "assistant", "--corpus", str(corpus), "--index", str(index), "index"],
        check=True,
        capture_output=True,
    )
    return corpus, index


def start(corpus: Path, index: Path, work: Path, extra_env: str = "") -> None:
    command = (
        f"cd {work} && XDG_STATE_HOME={work / 'state'} {extra_env} "
        f"{PYTHON} -m assistant --corpus {corpus} --index {index}"
    )
    tmux("new-session", "-d", "-s", SESSION, "-x", str(WIDTH), "-y", str(HEIGHT), command)


def main() -> int:
    if shutil.which("tmux") is None:
        print("tmux is not installed (apt-get install -y tmux)", file=sys.stderr)
        return 2
    keep = "--keep" in sys.argv
    work = Path(tempfile.mkdtemp(prefix="tui-tmux-"))
    checks = Checks()
    try:
        corpus, index = build_index(work)
        started = time.monotonic()
        start(corpus, index, work)
        checks.record(
            "the UI is drawn (seconds from launch, Python start-up included)",
            wait_for(lambda s: "Enforcement Desk" in s, 10),
        )
        ready = wait_for(lambda s: "ready · 5 articles" in s, 30)
        checks.record(
            "ready: index and model loaded (seconds from launch)",
            None if ready is None else time.monotonic() - started,
        )
        checks.record("example questions on the empty chat", wait_for(lambda s: "Try one" in s, 1))

        type_text("has Clearview paid the Italian fine?")
        checks.record(
            "typed text shows in the question box", wait_for(lambda s: "Italian fine?" in s, 2)
        )
        keys("Enter")
        checks.record(
            "the answer starts with No. and cites [1]",
            wait_for(lambda s: re.search(r"│ No\. .*\[1\]", s, re.S) is not None, 20),
        )
        checks.record("status answers show their date", wait_for(lambda s: "as of 20" in s, 2))

        keys("C-o", "1")  # typed together: Ctrl+O must move the focus before "1" arrives
        checks.record(
            "a citation opens its article beside the chat",
            wait_for(lambda s: "Source" in s and "chars 3484" in s, 5),
        )
        keys("Escape")
        checks.record("Esc closes the sources panel", wait_for(lambda s: "chars 3484" not in s, 3))

        type_text("How much was the Italian fine?")
        keys("Enter")
        wait_for(lambda s: "Garante" in s, 20)
        type_text("and the Greek one?")
        keys("Enter")
        checks.record(
            "a follow-up inherits the conversation", wait_for(lambda s: "Greece" in s, 20)
        )

        keys("Up")
        checks.record(
            "↑ recalls the last question",
            wait_for(lambda s: s.count("and the Greek one?") >= 2, 3),
        )
        keys("C-u")

        keys("C-t")
        checks.record(
            "the facts view lists actions",
            wait_for(lambda s: "Enforcement facts · 18 actions" in s, 10),
        )
        keys("C-f")
        type_text("italian")
        checks.record("the facts filter narrows the rows", wait_for(lambda s: "1 of " in s, 3))
        keys("Escape")
        checks.record(
            "Esc returns to the chat", wait_for(lambda s: "Ask about the articles" in s, 3)
        )

        keys("C-r")
        checks.record(
            "Ctrl+R rebuilds with a progress line",
            wait_for(lambda s: "Rebuilding the index" in s, 5),
        )
        wait_for(lambda s: " chunks · " in s, 60)  # embedding, the longest stage
        keys("Escape")
        checks.record(
            "Esc cancels it (seconds until the 'cancelled' notice)",
            wait_for(lambda s: "update cancelled" in s, 10),
        )
        time.sleep(0.5)
        keys("C-r")
        type_text("typing while it rebuilds")
        checks.record(
            "typing stays live during the rebuild",
            wait_for(lambda s: "typing while it rebuilds" in s, 1),
        )
        keys("C-u")
        checks.record(
            "the rebuild ends with a summary notification",
            wait_for(lambda s: "Index updated" in s or "5 articles, 27 chunks" in s, 120),
        )

        keys("C-q")
        start_quit = time.monotonic()
        while alive() and time.monotonic() - start_quit < 10:
            time.sleep(0.05)
        checks.record("Ctrl+Q quits", None if alive() else time.monotonic() - start_quit)
        tmux("kill-session", "-t", SESSION)

        # NO_COLOR: the same screen with no colour escapes at all.
        start(corpus, index, work, extra_env="NO_COLOR=1")
        wait_for(lambda s: "ready · 5 articles" in s, 30)
        checks.record("NO_COLOR: only greys on screen", 0.0, ok=not chromatic(screen(escapes=True)))
        keys("C-q")
        time.sleep(0.5)
    finally:
        tmux("kill-session", "-t", SESSION)
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    print("-" * 78)
    print("all checks passed" if not checks.failed else f"{checks.failed} check(s) failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
