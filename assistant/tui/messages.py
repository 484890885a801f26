"""What the worker threads tell the app (posted with `post_message`, which is thread-safe)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from ..facts_table import FactRow
    from ..indexer import Progress, UpdateSummary
    from ..lexicon import Lexicon
    from ..models import Answer
    from .answer_view import AnswerView
    from .backend import IndexState, Source


class Loaded(Message):
    def __init__(self, state: IndexState) -> None:
        super().__init__()
        self.state = state


class LoadFailed(Message):
    def __init__(self, problem: str) -> None:
        super().__init__()
        self.problem = problem


class Answered(Message):
    def __init__(self, view: AnswerView, answer: Answer) -> None:
        super().__init__()
        self.view = view
        self.answer = answer


class AskFailed(Message):
    def __init__(self, view: AnswerView, problem: str) -> None:
        super().__init__()
        self.view = view
        self.problem = problem


class IndexProgress(Message):
    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress


class IndexFinished(Message):
    """An update ended: with a summary, cancelled, or with a problem; `state` is the index now."""

    def __init__(
        self,
        summary: UpdateSummary | None = None,
        cancelled: bool = False,
        problem: str | None = None,
        state: IndexState | None = None,
    ) -> None:
        super().__init__()
        self.summary = summary
        self.cancelled = cancelled
        self.problem = problem
        self.state = state


class IndexStale(Message):
    """The corpus changed since the index was built: the app offers an update."""

    def __init__(self, because: str) -> None:
        super().__init__()
        self.because = because


class Note(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class FactsLoaded(Message):
    def __init__(self, rows: list[FactRow], lexicon: Lexicon) -> None:
        super().__init__()
        self.rows = rows
        self.lexicon = lexicon


class SourceLoaded(Message):
    def __init__(self, source: Source) -> None:
        super().__init__()
        self.source = source
