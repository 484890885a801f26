"""The Enforcement Desk app: a chat that shows its sources.

`build_app` is the factory shared by `assistant` (cli.py) and the tests. The UI is built at
once; opening the index and loading the model happen in a worker thread, and so do
questions, index updates, the facts table and opening an article, so typing never waits.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from ..config import Settings
from ..errors import AssistantError, Cancelled
from ..render import safe_text
from .answer_view import AnswerView, QuestionView
from .backend import Backend, IndexState, Source
from .export import clipboard_text, export_conversation
from .facts_view import FactsScreen
from .help import HelpScreen
from .history import HistoryInput, InputHistory, default_history_path
from .indexing import IndexBar, IndexNotice
from .messages import (
    Answered,
    AskFailed,
    FactsLoaded,
    IndexFinished,
    IndexProgress,
    Loaded,
    LoadFailed,
    Note,
    SourceLoaded,
)
from .sources import SourcesPanel
from .welcome import EXAMPLES, Welcome, empty_corpus_message

if TYPE_CHECKING:
    from ..facts_table import FactRow
    from ..indexer import Progress, UpdateSummary
    from ..models import Answer, Citation

PROGRESS_INTERVAL = 0.1  # seconds between progress messages from the indexing thread


def _internal(exc: Exception) -> str:
    return f"internal error: {type(exc).__name__}: {exc} (please report it)"


class EnforcementDeskApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "Enforcement Desk"
    AUTO_FOCUS = "#question"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+o", "choose_citation", "Cite"),
        Binding("ctrl+t", "facts", "Facts"),
        Binding("ctrl+r", "rebuild_index", "Rebuild"),
        Binding("f5", "update_index", "Update index", show=False),
        Binding("ctrl+y", "copy_answer", "Copy"),
        Binding("ctrl+s", "export", "Export", show=False),
        Binding("ctrl+n", "new_conversation", "New conversation", show=False),
        Binding("ctrl+l", "toggle_theme", "Light/dark", show=False),
        Binding("escape", "cancel_index", "Cancel"),
        Binding("escape", "close_sources", "Close"),
    ]

    def __init__(
        self,
        settings: Settings,
        history_path: Path | None = None,
        export_dir: Path | None = None,
        examples: Sequence[str] = EXAMPLES,
        cursor_blink: bool = True,
        theme: str | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.backend = Backend(settings, note=lambda text: self.post_message(Note(text)))
        self.history = InputHistory(history_path or default_history_path())
        self.export_dir = export_dir or Path.cwd()
        self.examples = list(examples)
        self._cursor_blink = cursor_blink
        if theme:
            self.theme = theme
        self.ready = False  # the index and the model are open
        self.index_state: IndexState | None = None
        self.answers: list[Answer] = []  # this conversation, for copy and export
        self.conversation: list[str] = []  # earlier questions, passed as follow-up history
        self._queue: deque[tuple[str, AnswerView]] = deque()
        self._asking: AnswerView | None = None
        self.indexing = False
        self._stop = threading.Event()
        self.last_progress: Progress | None = None
        self.last_summary: UpdateSummary | None = None
        self.last_export: Path | None = None

    # Layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="body"):
            with Vertical(id="chat-column"):
                yield IndexNotice(id="notice")
                with VerticalScroll(id="chat"):
                    yield Welcome(self.examples)
                yield IndexBar(id="index-bar")
                question = HistoryInput(
                    self.history,
                    id="question",
                    placeholder="Ask about the articles… (Enter asks, ↑ earlier questions)",
                )
                question.cursor_blink = self._cursor_blink
                yield question
            yield SourcesPanel(id="sources")
        yield Footer(compact=True)

    @property
    def main(self) -> Screen:
        """The chat screen (the app's queries would search only the screen on top)."""
        return self.screen_stack[0]

    def on_mount(self) -> None:
        self._set_status("loading the index and the model…")
        self.run_worker(self._load, thread=True, group="load", exit_on_error=False)

    def on_unmount(self) -> None:
        self._stop.set()  # an update in progress stops at its next check; the old index stays

    def _set_status(self, text: str) -> None:
        self.main.query_one("#status", Static).update(
            Content.assemble(("Enforcement Desk", "bold"), " · ", safe_text(text))
        )

    @property
    def chat(self) -> VerticalScroll:
        return self.main.query_one("#chat", VerticalScroll)

    @property
    def sources(self) -> SourcesPanel:
        return self.main.query_one(SourcesPanel)

    # Start-up -----------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            self.post_message(Loaded(self.backend.load()))
        except AssistantError as exc:
            self.post_message(LoadFailed(str(exc)))
        except Exception as exc:
            self.post_message(LoadFailed(_internal(exc)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        state = message.state
        if state.needs_build:
            self._start_index(rebuild=False, title="Building the index")
            return
        self._apply_state(state)
        if state.stale_because:
            self.main.query_one(IndexNotice).offer(state.stale_because)

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self._set_status("cannot open the corpus or the index")
        for welcome in self.main.query(Welcome):
            welcome.show_problem(message.problem)
        self.notify(message.problem, severity="error", markup=False)

    def _apply_state(self, state: IndexState) -> None:
        self.index_state = state
        self.ready = True
        if state.articles == 0:
            self._set_status("no articles yet")
            for welcome in self.main.query(Welcome):
                welcome.show_problem(empty_corpus_message(self.settings.corpus_dir))
        else:
            self._set_status(f"ready · {state.articles} articles · {state.chunks} chunks")
            for welcome in self.main.query(Welcome):
                welcome.show_examples()

    @on(Note)
    def _note(self, message: Note) -> None:
        text = message.text
        if self.indexing and text.startswith("another process is updating the index"):
            text = "the index is being updated; answering from the current index"
        self.notify(text[:1].upper() + text[1:], markup=False, timeout=5)

    # Asking -------------------------------------------------------------------------------

    @on(Input.Submitted, "#question")
    def _submitted(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        field = self.main.query_one(HistoryInput)
        field.remember(question)
        field.value = ""
        self.ask(question)

    @on(Welcome.ExampleChosen)
    def _example(self, message: Welcome.ExampleChosen) -> None:
        self.main.query_one(HistoryInput).remember(message.question)
        self.main.query_one(HistoryInput).focus()
        self.ask(message.question)

    def ask(self, question: str) -> AnswerView:
        """Show the question at once; it is answered in a worker, one question at a time."""
        for welcome in self.main.query(Welcome):
            welcome.remove()
        view = AnswerView(question)
        self.chat.mount_all([QuestionView(question), view])
        self.call_after_refresh(self.chat.scroll_end, animate=False)
        self._queue.append((question, view))
        self._next_question()
        return view

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
        except Exception as exc:
            self.post_message(AskFailed(view, _internal(exc)))

    @on(Answered)
    def _answered(self, message: Answered) -> None:
        self._asking = None
        view = message.view
        if view.is_attached:  # not cleared by "new conversation" meanwhile
            view.set_answer(message.answer)
            self.answers.append(message.answer)
            self.conversation.append(view.question)
            self.call_after_refresh(self._reveal, view)
        self._next_question()

    @on(AskFailed)
    def _ask_failed(self, message: AskFailed) -> None:
        self._asking = None
        if message.view.is_attached:
            message.view.set_error(message.problem)
            self.call_after_refresh(self._reveal, message.view)
        self._next_question()

    def show_answer(self, answer: Answer) -> AnswerView:
        """Add an answer computed elsewhere (a saved one) to the conversation, as if asked."""
        for welcome in self.main.query(Welcome):
            welcome.remove()
        view = AnswerView(answer.question)
        self.chat.mount_all([QuestionView(answer.question), view])
        view.set_answer(answer)
        self.answers.append(answer)
        self.conversation.append(answer.question)
        self.call_after_refresh(self._reveal, view)
        return view

    def _reveal(self, view: AnswerView) -> None:
        """Scroll so the answer's first line shows; a long answer starts at the top."""
        chat = self.chat
        if view.outer_size.height + 2 > chat.scrollable_content_region.height:
            chat.scroll_to_widget(view, top=True, animate=False)
        else:
            chat.scroll_end(animate=False)

    # Citations and the sources panel ------------------------------------------------------

    @on(AnswerView.CitationChosen)
    def _citation_chosen(self, message: AnswerView.CitationChosen) -> None:
        self.open_citation(message.citation)

    def open_citation(self, citation: Citation) -> None:
        self._open_source(
            partial(
                self.backend.article, citation.article_id, citation.start, citation.end, citation.n
            )
        )

    def _open_source(self, load: Callable[[], Source]) -> None:
        self.run_worker(
            partial(self._source_in_thread, load),
            thread=True,
            group="source",
            exclusive=True,
            exit_on_error=False,
        )

    def _source_in_thread(self, load: Callable[[], Source]) -> None:
        try:
            source = load()
        except (AssistantError, KeyError) as exc:
            self.post_message(Note(f"cannot open the source: {exc}"))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(SourceLoaded(source))

    @on(SourceLoaded)
    def _source_loaded(self, message: SourceLoaded) -> None:
        self.sources.show(message.source)
        self.refresh_bindings()

    def action_close_sources(self) -> None:
        self.sources.display = False
        self.refresh_bindings()
        self.main.query_one(HistoryInput).focus()

    def action_choose_citation(self) -> None:
        views = [view for view in self.main.query(AnswerView) if view.citations]
        if not views:
            self.notify("No answer with sources yet.", severity="warning")
            return
        views[-1].focus()
        self.chat.scroll_to_widget(views[-1], animate=False)

    # Facts view ---------------------------------------------------------------------------

    def action_facts(self) -> None:
        if isinstance(self.screen, FactsScreen):
            self.screen.dismiss(None)
        else:
            self.show_facts()

    def show_facts(self, rows: list[FactRow] | None = None) -> FactsScreen:
        """Open the facts view with `rows`, or with the index's rows read in a worker."""
        screen = FactsScreen()
        self.push_screen(screen)
        if rows is not None:
            screen.set_rows(rows)
        else:
            self.run_worker(
                self._facts_in_thread,
                thread=True,
                group="facts",
                exclusive=True,
                exit_on_error=False,
            )
        return screen

    def _facts_in_thread(self) -> None:
        try:
            self.post_message(FactsLoaded(self.backend.facts(), self.backend.lexicon))
        except AssistantError as exc:
            self.post_message(Note(f"cannot read the facts: {exc}"))

    @on(FactsLoaded)
    def _facts_loaded(self, message: FactsLoaded) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, FactsScreen):
                screen.set_rows(message.rows, message.lexicon)

    @on(FactsScreen.SourceChosen)
    def _fact_source(self, message: FactsScreen.SourceChosen) -> None:
        if isinstance(self.screen, FactsScreen):
            self.screen.dismiss(None)
        self._open_source(partial(self.backend.fact_source, message.row))

    # Index updates ------------------------------------------------------------------------

    def action_rebuild_index(self) -> None:
        self._start_index(rebuild=True, title="Rebuilding the index")

    def action_update_index(self) -> None:
        self._start_index(rebuild=False, title="Updating the index")

    def action_dismiss_notice(self) -> None:
        self.main.query_one(IndexNotice).dismiss()

    def _start_index(self, rebuild: bool, title: str) -> None:
        if self.indexing:
            self.notify("The index is already being updated (Esc cancels).", severity="warning")
            return
        self.indexing = True
        self._stop.clear()
        self.last_progress = None
        self.main.query_one(IndexNotice).dismiss()
        self.main.query_one(IndexBar).start(title)
        self._set_status(
            f"{title.lower()}…" + (" · questions use the current index" if self.ready else "")
        )
        self.refresh_bindings()
        self.run_worker(
            partial(self._index_in_thread, rebuild),
            thread=True,
            group="index",
            exit_on_error=False,
        )

    def _index_in_thread(self, rebuild: bool) -> None:
        worker = get_current_worker()
        last = 0.0

        def progress(p: Progress) -> None:
            nonlocal last
            now = time.monotonic()
            final = p.stage != "embedding" or p.chunks_done >= p.chunks_total
            if final or now - last >= PROGRESS_INTERVAL:
                last = now
                self.post_message(IndexProgress(p))

        def should_stop() -> bool:
            return self._stop.is_set() or worker.is_cancelled

        try:
            summary = self.backend.update(rebuild, progress, should_stop)
        except Cancelled:
            self.post_message(IndexFinished(cancelled=True))
            return
        except AssistantError as exc:
            self.post_message(IndexFinished(problem=str(exc)))
            return
        except Exception as exc:
            self.post_message(IndexFinished(problem=_internal(exc)))
            return
        try:
            state = self.backend.refresh()  # questions from now on use the new index
        except AssistantError as exc:
            self.post_message(IndexFinished(summary, problem=str(exc)))
            return
        self.post_message(IndexFinished(summary, state=state))

    @on(IndexProgress)
    def _index_progress(self, message: IndexProgress) -> None:
        self.last_progress = message.progress
        self.main.query_one(IndexBar).show(message.progress)

    @on(IndexFinished)
    def _index_finished(self, message: IndexFinished) -> None:
        self.indexing = False
        self.main.query_one(IndexBar).stop()
        self.refresh_bindings()
        if message.cancelled:
            self.notify(
                "Index update cancelled; the previous index is still in use.",
                title="Index",
                severity="warning",
            )
        elif message.problem:
            self.notify(message.problem, title="Index", severity="error", markup=False)
        if message.summary:
            self.last_summary = message.summary
            self.notify(f"index: {message.summary.line()}", title="Index updated", markup=False)
            for error in message.summary.skipped:
                self.notify(f"skipped {error}", severity="warning", markup=False, timeout=10)
        if message.state:
            self._apply_state(message.state)
            if any(isinstance(s, FactsScreen) for s in self.screen_stack):
                self.run_worker(self._facts_in_thread, thread=True, group="facts", exclusive=True)
        elif self.index_state:
            self._apply_state(self.index_state)
        else:
            self._set_status("no index yet · F5 builds it")

    def action_cancel_index(self) -> None:
        self._stop.set()
        self.main.query_one(IndexBar).say("Cancelling… the current index stays in use")

    # Copy, export, conversation, theme, help ----------------------------------------------

    def action_copy_answer(self) -> None:
        focused = self.focused
        if isinstance(focused, AnswerView) and focused.answer is not None:
            answer = focused.answer
        elif self.answers:
            answer = self.answers[-1]
        else:
            self.notify("There is no answer to copy yet.", severity="warning")
            return
        self.copy_to_clipboard(clipboard_text(answer))
        self.notify(f"Copied the answer and its {len(answer.citations)} citations.", title="Copied")

    def action_export(self) -> None:
        if not self.answers:
            self.notify("There is nothing to export yet.", severity="warning")
            return
        try:
            self.last_export = export_conversation(self.answers, self.export_dir)
        except OSError as exc:
            self.notify(f"cannot export: {exc}", severity="error", markup=False)
            return
        self.notify(f"Conversation saved to {self.last_export}", title="Exported", markup=False)

    def action_new_conversation(self) -> None:
        self._queue.clear()
        self.answers.clear()
        self.conversation.clear()
        self.chat.remove_children()
        self.chat.mount(Welcome(self.examples))
        if self.index_state:
            self.call_after_refresh(self._apply_state, self.index_state)
        self.main.query_one(HistoryInput).focus()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_focus_question(self) -> None:
        self.main.query_one(HistoryInput).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_index":
            return self.indexing
        if action == "close_sources":
            return bool(self.sources.display) and not isinstance(self.screen, FactsScreen)
        # Choosing and copying act on the chat, which the facts view hides.
        return not (
            action in ("choose_citation", "copy_answer") and isinstance(self.screen, FactsScreen)
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        command = SystemCommand
        yield command("Ask a question", "Go to the question box", self.action_focus_question)
        yield command(
            "Choose a citation",
            "Select a source of the last answer (Ctrl+O)",
            self.action_choose_citation,
        )
        if self.answers:
            for citation in self.answers[-1].citations:
                where = " · ".join(p for p in (citation.outlet, citation.published) if p)
                yield command(
                    f"Open source {citation.n} of the last answer",
                    escape(safe_text(f"{where} — {citation.title}")),
                    partial(self.open_citation, citation),
                )
        if self.sources.display:
            yield command(
                "Close the sources panel", "Back to the chat (Esc)", self.action_close_sources
            )
        yield command(
            "Facts view",
            "Table of the enforcement actions the articles state (Ctrl+T)",
            self.action_facts,
        )
        yield command(
            "Update index", "Index new or changed articles (F5)", self.action_update_index
        )
        yield command(
            "Rebuild index",
            "Re-index every article from scratch (Ctrl+R; Esc cancels)",
            self.action_rebuild_index,
        )
        if self.indexing:
            yield command(
                "Cancel index update", "Keep the current index (Esc)", self.action_cancel_index
            )
        yield command(
            "Copy last answer",
            "With its citations, to the clipboard (Ctrl+Y)",
            self.action_copy_answer,
        )
        yield command(
            "Export conversation", "Save the conversation as Markdown (Ctrl+S)", self.action_export
        )
        yield command(
            "New conversation",
            "Clear the chat; follow-ups start afresh (Ctrl+N)",
            self.action_new_conversation,
        )
        yield command(
            "Toggle light/dark theme",
            "Switch between light and dark (Ctrl+L)",
            self.action_toggle_theme,
        )
        yield command("Help", "Keys and how to read an answer (F1)", self.action_help)


def build_app(settings: Settings, **options) -> EnforcementDeskApp:
    """The app for `settings`. Options: history_path, export_dir, examples, cursor_blink, theme."""
    return EnforcementDeskApp(settings, **options)
