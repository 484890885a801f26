"""One exchange of the chat: the question, then the `Answer` with choosable [n] markers.

Everything shown comes from the `Answer`; article text (quotes, names) is passed through
`safe_text` and put into `Content` objects as literal text, never parsed as markup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Static

from ..render import safe_text

if TYPE_CHECKING:
    from ..models import Answer, Citation

MARKER = re.compile(r"\[(\d+)\]")
QUOTE_PREVIEW = 160  # characters of each cited quote shown under the answer
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


def _click(n: int) -> Style:
    return Style.from_meta({"@click": f"open_citation({n})"})


def marked(text: str, numbers: set[int], selected: int) -> Content:
    """`text` (already safe) with each [n] that names a citation styled and clickable."""
    content = Content(text)
    for match in MARKER.finditer(text):
        n = int(match.group(1))
        if n not in numbers:
            continue
        start, end = match.span()
        content = content.stylize(_click(n), start, end)
        if n == selected:
            content = content.stylize("reverse", start, end)
    return content


def lead_length(text: str) -> int:
    """The direct answer: the text up to the first full stop or colon, when that is short."""
    match = re.search(r"[.:](\s|$)", text[:90])
    return match.end() if match else 0


def _preview(quote: str) -> str:
    flat = " ".join(quote.split())
    if len(flat) <= QUOTE_PREVIEW:
        return flat
    return flat[:QUOTE_PREVIEW].rsplit(" ", 1)[0] + "…"


def _source_line(citation: Citation, selected: int) -> Content:
    where = " · ".join(p for p in (citation.outlet, citation.published) if p) or citation.article_id
    marker = Content.styled(f"[{citation.n}]", _click(citation.n))
    if citation.n == selected:
        marker = marker.stylize("reverse")
    return Content.assemble(
        marker,
        " ",
        (safe_text(where), "$text-muted"),
        " — ",
        (f"“{safe_text(_preview(citation.quote))}”", "italic"),
    )


def answer_content(answer: Answer, selected: int = 0) -> Content:
    numbers = {c.n for c in answer.citations}
    text = safe_text(answer.answer)
    lead = lead_length(text)
    body = marked(text, numbers, selected)
    if lead:
        body = body.stylize_before("bold" if answer.found else "bold $text-warning", 0, lead)
    parts: list[Content] = [body]
    calculation = answer.calculation
    if calculation:
        parts.append(Content(""))
        parts.append(
            Content.assemble(("Working: ", "bold"), (safe_text(calculation.formula), "italic"))
        )
        parts += [
            marked(f"  {i}. {safe_text(step)}", numbers, selected)
            for i, step in enumerate(calculation.steps, 1)
        ]
    if answer.conflicts:
        parts.append(Content(""))
        for conflict in answer.conflicts:
            claim = marked(f"{safe_text(conflict.claim)} [{conflict.citation}]", numbers, selected)
            parts.append(Content.assemble(("⚠ Sources disagree: ", "bold $text-warning"), claim))
    if answer.citations:
        parts.append(Content(""))
        parts += [_source_line(c, selected) for c in answer.citations]
    return Content("\n").join(parts)


class QuestionView(Static):
    def __init__(self, question: str) -> None:
        super().__init__(Content.assemble(("› ", "bold $text-accent"), safe_text(question)))


class AnswerView(Widget, can_focus=True):
    """An answer; ←/→ choose a citation, Enter or its number opens it, a click too."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Previous source", show=False),
        Binding("right", "move(1)", "Next source", show=False),
        Binding("enter", "open_selected", "Open"),
        *(Binding(str(n), f"open_citation({n})", f"Open [{n}]", show=False) for n in range(1, 10)),
    ]

    selected: reactive[int] = reactive(0)

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

    def set_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.remove_class("-pending")
        self.set_class(not answer.found, "-not-found")
        self.border_title = (
            "The sources don't say" if not answer.found else KIND_TITLES[answer.kind]
        )
        if answer.as_of and answer.found and answer.kind == "status":
            self.border_subtitle = f"as of {answer.as_of}"
        if self.has_focus and answer.citations:
            self.selected = 1
        self.refresh(layout=True)

    def set_error(self, message: str) -> None:
        self.error = message
        self.remove_class("-pending")
        self.add_class("-error")
        self.border_title = "Not answered"
        self.refresh(layout=True)

    def render(self) -> Content:
        if self.answer is not None:
            return answer_content(self.answer, self.selected if self.has_focus else 0)
        if self.error is not None:
            return Content.styled(safe_text(self.error), "$text-error")
        return Content.styled("…", "$text-muted")

    @property
    def citations(self) -> list[Citation]:
        return self.answer.citations if self.answer else []

    def on_focus(self) -> None:
        if self.citations and not self.selected:
            self.selected = 1
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

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
