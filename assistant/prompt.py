"""A plain prompt loop: the interactive mode when the TUI cannot run (no terminal)."""

from __future__ import annotations

import contextlib
import sys

from .config import Settings
from .errors import BadQuestion
from .render import to_text
from .session import Session


def run_prompt(settings: Settings) -> int:
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401 - line editing and history for input()
    session = Session(settings, note=lambda m: print(f"assistant: {m}", file=sys.stderr))
    session.reader()  # build or update the index before the first question
    print("Enforcement Desk — ask about the articles in the corpus. Empty line or Ctrl-D to quit.")
    while True:
        try:
            question = input("\n? ")
        except EOFError:
            print()
            return 0
        if not question.strip():
            return 0
        try:
            print(to_text(session.ask(question)))
        except BadQuestion as exc:
            print(f"assistant: {exc}", file=sys.stderr)
