"""The help screen: keys, and how to read an answer."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# Enforcement Desk

Ask a question about the enforcement actions in your articles and press **Enter**.
The answer comes first; each claim carries a numbered citation **[n]** to the exact
sentences it rests on. Calculations show their working. A yellow border means *the
sources don't say*; "Sources disagree" lists sources that give another figure.

| Key | Does |
|---|---|
| Enter | ask the question (you can keep typing while it is answered) |
| ↑ / ↓ | earlier questions (kept between runs) |
| Ctrl+O | choose a citation of the last answer: ←/→ or 1–9, then Enter (or click a [n]) |
| Tab / Shift+Tab | move between the question box, the answers and the sources panel |
| Esc | close the sources panel · cancel an index update |
| Ctrl+T | facts view: a table of every enforcement action (filter, sort, Enter opens the source) |
| F5 | update the index with new or changed articles |
| Ctrl+R | rebuild the index from scratch (Esc cancels; questions keep using the old index) |
| Ctrl+Y | copy the last answer with its citations |
| Ctrl+S | export the conversation to Markdown |
| Ctrl+N | new conversation (follow-up questions start afresh) |
| Ctrl+L | light / dark theme |
| Ctrl+P | command palette: every action by name |
| F1 | this help · Ctrl+Q quits |

Follow-up questions inherit what they leave out: "How much was the Italian fine?", then
"and the Greek one?". Add articles with `assistant add FILE…`, then press F5.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(HELP)
