"""The conversation: questions and their answers, answered one at a time in a worker thread.

A question shows at once with a pending answer; the next one waits its turn, so a
follow-up is sent with every earlier question of the conversation as its history.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll

from ..errors import AssistantError
from .answer_view import AnswerView, QuestionView
from .backend import internal_error
from .messages import Answered, AskFailed, IndexStale
from .welcome import Welcome

if TYPE_CHECKING:
    from ..models import Answer
    from .backend import Backend


class Chat(VerticalScroll):
    def __init__(self, backend: Backend, examples: Sequence[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.backend = backend
        self.examples = list(examples)
        self.answers: list[Answer] = []  # for copy and export
        self.conversation: list[str] = []  # earlier questions: the history of a follow-up
        self._queue: deque[tuple[str, AnswerView]] = deque()
        self._asking: AnswerView | None = None

    def compose(self) -> ComposeResult:
        yield Welcome(self.examples)

    @property
    def welcome(self) -> Welcome | None:
        found = self.query(Welcome)
        return found.first() if found else None

    def _start_exchange(self, question: str) -> AnswerView:
        if self.welcome is not None:
            self.welcome.remove()
        view = AnswerView(question)
        self.mount_all([QuestionView(question), view])
        return view

    def ask(self, question: str) -> AnswerView:
        view = self._start_exchange(question)
        self.call_after_refresh(self.scroll_end, animate=False)
        self._queue.append((question, view))
        self._next_question()
        return view

    def show_answer(self, answer: Answer) -> AnswerView:
        """Add an answer computed elsewhere (a saved one), as if it had been asked."""
        view = self._start_exchange(answer.question)
        self._record(view, answer)
        return view

    def clear_conversation(self) -> None:
        """Start afresh: earlier questions no longer inform follow-ups."""
        self._queue.clear()
        self.answers.clear()
        self.conversation.clear()
        self.remove_children()
        self.mount(Welcome(self.examples))

    def last_with_sources(self) -> AnswerView | None:
        views = [view for view in self.query(AnswerView) if view.citations]
        return views[-1] if views else None

    def _next_question(self) -> None:
        if self._asking is not None or not self._queue:
            return
        question, view = self._queue.popleft()
        self._asking = view
        history = list(self.conversation)  # read now: the previous answer is in
        self.run_worker(
            partial(self._answer_in_thread, question, history, view),
            thread=True,
            group="ask",
            exit_on_error=False,
        )

    def _answer_in_thread(self, question: str, history: list[str], view: AnswerView) -> None:
        try:
            self.post_message(Answered(view, self.backend.ask(question, history)))
        except AssistantError as exc:
            self.post_message(AskFailed(view, str(exc)))
            return
        except Exception as exc:
            self.post_message(AskFailed(view, internal_error(exc)))
            return
        # Articles added while the app runs: the answer came from the index as it is, and the
        # app offers the update (it never updates behind the user's back).
        try:
            because = self.backend.stale_because()
        except AssistantError:
            return
        if because:
            self.post_message(IndexStale(because))

    @on(Answered)
    def _answered(self, message: Answered) -> None:
        self._asking = None
        if message.view.is_attached:  # not cleared by "new conversation" meanwhile
            self._record(message.view, message.answer)
        self._next_question()

    @on(AskFailed)
    def _ask_failed(self, message: AskFailed) -> None:
        self._asking = None
        if message.view.is_attached:
            self.call_later(self._show_error, message.view, message.problem)
        self._next_question()

    async def _show_error(self, view: AnswerView, problem: str) -> None:
        await view.set_error(problem)
        self.call_after_refresh(self._reveal, view)

    def _record(self, view: AnswerView, answer: Answer) -> None:
        self.answers.append(answer)
        self.conversation.append(view.question)
        self.call_later(self._show, view, answer)

    async def _show(self, view: AnswerView, answer: Answer) -> None:
        await view.set_answer(answer)  # drawn: its height is known
        self.call_after_refresh(self._reveal, view)

    def _reveal(self, view: AnswerView) -> None:
        """Scroll so the answer's first line shows; a long answer starts at the top."""
        if view.outer_size.height + 2 > self.scrollable_content_region.height:
            self.scroll_to_widget(view, top=True, animate=False)
        else:
            self.scroll_end(animate=False)
