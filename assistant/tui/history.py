"""Questions asked before, recalled with up/down and kept between runs in a small JSON file."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

LIMIT = 500


def default_history_path() -> Path:
    """Per user, not per index: `$XDG_STATE_HOME/enforcement-desk/history.json`."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "enforcement-desk" / "history.json"


class InputHistory:
    def __init__(self, path: Path | None, limit: int = LIMIT) -> None:
        self.path = path
        self.limit = limit
        self.entries: list[str] = self._load()

    def _load(self) -> list[str]:
        if self.path is None:
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []  # no file yet, or a damaged one: start afresh rather than fail
        questions = data.get("questions") if isinstance(data, dict) else None
        if not isinstance(questions, list):
            return []
        return [q for q in questions if isinstance(q, str) and q.strip()][-self.limit :]

    def add(self, question: str) -> None:
        question = question.strip()
        if not question:
            return
        if self.entries and self.entries[-1] == question:
            return
        self.entries.append(question)
        del self.entries[: -self.limit]
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        # History is a convenience: a read-only home must not stop anyone asking.
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(".partial")
            partial.write_text(
                json.dumps({"questions": self.entries}, ensure_ascii=False, indent=1),
                encoding="utf-8",
            )
            partial.replace(self.path)


class HistoryInput(Input):
    """An Input whose up/down walk through earlier questions, keeping the unsent draft."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history_previous", "Previous question", show=False),
        Binding("down", "history_next", "Next question", show=False),
    ]

    def __init__(self, history: InputHistory, **kwargs) -> None:
        super().__init__(**kwargs)
        self.history = history
        self._position: int | None = None  # index into history.entries while browsing
        self._draft = ""

    def _show(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)

    def action_history_previous(self) -> None:
        entries = self.history.entries
        if not entries:
            return
        if self._position is None:
            self._draft = self.value
            self._position = len(entries)
        if self._position > 0:
            self._position -= 1
            self._show(entries[self._position])

    def action_history_next(self) -> None:
        if self._position is None:
            return
        self._position += 1
        if self._position >= len(self.history.entries):
            self._position = None
            self._show(self._draft)
        else:
            self._show(self.history.entries[self._position])

    def remember(self, question: str) -> None:
        """Record a question that was sent and stop browsing."""
        self.history.add(question)
        self._position = None
        self._draft = ""
