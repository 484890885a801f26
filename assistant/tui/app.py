"""The Enforcement Desk app: a chat that shows its sources.

`build_app` is the factory shared by `assistant` (cli.py) and the tests. The UI is built at
once; opening the index and loading the model happen in a worker thread, and so do
questions (`Chat`), index updates (`IndexBar`), the facts table and opening an article,
so typing never waits. What the app says about the index (start-up, the status line,
updates) is in `index_control.py`; this module has the layout, asking, the sources panel,
the facts view, and copy/export/help.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from ..config import Settings
from ..errors import AssistantError
from .answer_view import AnswerView
from .backend import Backend, IndexState, Source
from .chat import Chat
from .commands import app_commands
from .export import clipboard_text, export_conversation
from .facts_view import FactsScreen
from .history import HistoryInput, InputHistory, default_history_path
from .index_control import IndexControl
from .indexing import IndexBar, IndexNotice
from .messages import FactsLoaded, Note, SourceLoaded
from .sources import SourcesPanel
from .welcome import EXAMPLES, Welcome

if TYPE_CHECKING:
    from ..facts_table import FactRow
    from ..indexer import Progress, UpdateSummary
    from ..models import Answer, Citation


class EnforcementDeskApp(IndexControl, App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "Enforcement Desk"
    AUTO_FOCUS = "#question"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help"),
        # Priority: the focus moves as the key arrives, so a number typed next picks a source.
        Binding("ctrl+o", "choose_citation", "Cite", priority=True),
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
        self.last_export: Path | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="body"):
            with Vertical(id="chat-column"):
                yield IndexNotice(id="notice")
                yield Chat(self.backend, self.examples, id="chat")
                yield IndexBar(self.backend, id="index-bar")
                question = HistoryInput(
                    self.history,
                    id="question",
                    placeholder="Ask about the articles… (Enter asks, ↑ earlier questions)",
                )
                question.cursor_blink = self._cursor_blink
                yield question
            yield SourcesPanel(id="sources")
        yield Footer(compact=True)

    # The parts, found on the chat screen (the app's own queries search the top screen only).

    @property
    def main(self) -> Screen:
        return self.screen_stack[0]

    @property
    def chat(self) -> Chat:
        return self.main.query_one(Chat)

    @property
    def sources(self) -> SourcesPanel:
        return self.main.query_one(SourcesPanel)

    @property
    def index_bar(self) -> IndexBar:
        return self.main.query_one(IndexBar)

    @property
    def answers(self) -> list[Answer]:
        return self.chat.answers

    @property
    def conversation(self) -> list[str]:
        return self.chat.conversation

    @property
    def indexing(self) -> bool:
        return self.index_bar.running

    @property
    def last_progress(self) -> Progress | None:
        return self.index_bar.last_progress

    @property
    def last_summary(self) -> UpdateSummary | None:
        return self.index_bar.last_summary

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
        field = self.main.query_one(HistoryInput)
        field.remember(message.question)
        self.main.set_focus(field)
        self.ask(message.question)

    def ask(self, question: str) -> AnswerView:
        """Show the question at once; it is answered in a worker, one question at a time."""
        return self.chat.ask(question)

    def show_answer(self, answer: Answer) -> AnswerView:
        """Add a saved answer to the conversation, as if it had just been asked."""
        return self.chat.show_answer(answer)

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
        self.main.set_focus(self.main.query_one(HistoryInput))

    def action_choose_citation(self) -> None:
        view = self.chat.last_with_sources()
        if view is None:
            self.notify("No answer with sources yet.", severity="warning")
            return
        self.main.set_focus(view)
        self.chat.scroll_to_widget(view, animate=False)

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
            self._load_facts()
        return screen

    def _load_facts(self) -> None:
        self.run_worker(
            self._facts_in_thread, thread=True, group="facts", exclusive=True, exit_on_error=False
        )

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

    def reload_facts(self) -> None:
        """Read the facts again if the facts view is open (after an index update)."""
        if any(isinstance(screen, FactsScreen) for screen in self.screen_stack):
            self._load_facts()

    @on(FactsScreen.SourceChosen)
    def _fact_source(self, message: FactsScreen.SourceChosen) -> None:
        if isinstance(self.screen, FactsScreen):
            self.screen.dismiss(None)
        self._open_source(partial(self.backend.fact_source, message.row))

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
        self.chat.clear_conversation()
        if self.index_state:
            self.call_after_refresh(self._apply_state, self.index_state)
        self.action_focus_question()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        from .help import HelpScreen  # Markdown (markdown-it) loads on first use, not at start

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_focus_question(self) -> None:
        self.main.set_focus(self.main.query_one(HistoryInput))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_index":
            return self.indexing
        on_chat = self.screen is self.main
        if action == "close_sources":
            return on_chat and bool(self.sources.display)
        # Choosing and copying act on the chat, which other screens hide.
        return on_chat or action not in ("choose_citation", "copy_answer")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from app_commands(self)


def build_app(settings: Settings, **options) -> EnforcementDeskApp:
    """The app for `settings`. Options: history_path, export_dir, examples, cursor_blink, theme."""
    return EnforcementDeskApp(settings, **options)
