"""One exchange of the chat: the question, then the `Answer` with choosable [n] markers.

The answer is drawn by Textual's Markdown widget from `answer_markdown`, which writes the
engine's structure as Markdown and escapes every piece of the answer's text, so article
text is shown literally. The [n] markers are links: a click opens the source, and so do
←/→ then Enter, or the number, while the answer has the focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from ..render import safe_text
from .answer_markdown import answer_markdown, cited_number, parser

if TYPE_CHECKING:
    from textual.widgets import Markdown

    from ..models import Answer, Citation

KIND_TITLES = {
    "status": "Status",
    "amount": "Amount",
    "date": "Date",
    "count": "Count",
    "entity": "Who / what",
    "calculation": "Calculation",
    "passage": "Passage",
    "not_found": "The sources don't say",
}


class QuestionView(Static):
    def __init__(self, question: str) -> None:
        super().__init__(Content.assemble(("› ", "bold $text-accent"), safe_text(question)))


class AnswerView(Vertical, can_focus=True):
    """An answer; ←/→ choose a citation, Enter or its number opens it, a click too."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Previous source", show=False),
        Binding("right", "move(1)", "Next source", show=False),
        Binding("enter", "open_selected", "Open"),
        *(Binding(str(n), f"open_citation({n})", f"Open [{n}]", show=False) for n in range(1, 10)),
    ]

    selected: reactive[int] = reactive(0, init=False)

    class CitationChosen(Message):
        def __init__(self, view: AnswerView, citation: Citation) -> None:
            super().__init__()
            self.view = view
            self.citation = citation

    def __init__(self, question: str) -> None:
        super().__init__(classes="-pending")
        self.question = question
        self.answer: Answer | None = None
        self.error: str | None = None
        self.border_title = "Looking through the articles…"
        self._markdown: Markdown | None = None
        self.drawn = False  # the answer (or the error) is on screen

    def compose(self) -> ComposeResult:
        if self.answer is None and self.error is None:  # not already answered meanwhile
            yield Static(Content.styled("…", "$text-muted"), classes="answer-note")

    @property
    def markdown_source(self) -> str:
        """The Markdown drawn now (the selected marker depends on the focus)."""
        if self.answer is None:
            return ""
        return answer_markdown(self.answer, self.selected if self.has_focus else 0)

    async def set_answer(self, answer: Answer) -> None:
        """Show `answer`; returns once it is drawn (its height known)."""
        from textual.widgets import Markdown  # markdown-it loads with the first answer

        self.answer = answer
        self.remove_class("-pending")
        self.set_class(not answer.found, "-not-found")
        self.border_title = (
            "The sources don't say" if not answer.found else KIND_TITLES[answer.kind]
        )
        if answer.as_of and answer.found and answer.kind == "status":
            self.border_subtitle = f"as of {answer.as_of}"
        if self.has_focus and answer.citations:
            self.set_reactive(AnswerView.selected, 1)
        self._markdown = Markdown(self.markdown_source, parser_factory=parser, open_links=False)
        await self.remove_children()
        await self.mount(self._markdown)
        self.drawn = True

    async def set_error(self, message: str) -> None:
        self.error = message
        self.remove_class("-pending")
        self.add_class("-error")
        self.border_title = "Not answered"
        await self.remove_children()
        await self.mount(Static(Content(safe_text(message)), classes="answer-note"))
        self.drawn = True

    def _redraw(self) -> None:
        if self._markdown is not None:
            self._markdown.update(self.markdown_source)

    def watch_selected(self) -> None:
        self._redraw()

    @property
    def citations(self) -> list[Citation]:
        return self.answer.citations if self.answer else []

    def on_focus(self) -> None:
        if self.citations and not self.selected:
            self.selected = 1
        else:
            self._redraw()

    def on_blur(self) -> None:
        self._redraw()

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        n = cited_number(event.href)
        if n is not None:
            self.action_open_citation(n)

    def action_move(self, step: int) -> None:
        if self.citations:
            self.selected = (self.selected - 1 + step) % len(self.citations) + 1

    def action_open_selected(self) -> None:
        if self.selected:
            self.action_open_citation(self.selected)

    def action_open_citation(self, n: int) -> None:
        for citation in self.citations:
            if citation.n == n:
                self.selected = n
                self.post_message(self.CitationChosen(self, citation))
                return
