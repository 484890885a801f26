"""The command palette (Ctrl+P): every action of the app by name, with its key."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.markup import escape

from ..render import safe_text

if TYPE_CHECKING:
    from .app import EnforcementDeskApp


def app_commands(app: EnforcementDeskApp) -> Iterator[SystemCommand]:
    command = SystemCommand
    yield command("Ask a question", "Go to the question box", app.action_focus_question)
    yield command(
        "Choose a citation",
        "Select a source of the last answer (Ctrl+O)",
        app.action_choose_citation,
    )
    if app.answers:
        for citation in app.answers[-1].citations:
            where = " · ".join(p for p in (citation.outlet, citation.published) if p)
            yield command(
                f"Open source {citation.n} of the last answer",
                escape(safe_text(f"{where} — {citation.title}")),  # article text: never markup
                partial(app.open_citation, citation),
            )
    if app.sources.display:
        yield command("Close the sources panel", "Back to the chat (Esc)", app.action_close_sources)
    yield command(
        "Facts view",
        "Table of the enforcement actions the articles state (Ctrl+T)",
        app.action_facts,
    )
    yield command("Update index", "Index new or changed articles (F5)", app.action_update_index)
    yield command(
        "Rebuild index",
        "Re-index every article from scratch (Ctrl+R; Esc cancels)",
        app.action_rebuild_index,
    )
    if app.indexing:
        yield command(
            "Cancel index update", "Keep the current index (Esc)", app.action_cancel_index
        )
    yield command(
        "Copy last answer", "With its citations, to the clipboard (Ctrl+Y)", app.action_copy_answer
    )
    yield command(
        "Export conversation", "Save the conversation as Markdown (Ctrl+S)", app.action_export
    )
    yield command(
        "New conversation",
        "Clear the chat; follow-ups start afresh (Ctrl+N)",
        app.action_new_conversation,
    )
    yield command(
        "Toggle light/dark theme", "Switch between light and dark (Ctrl+L)", app.action_toggle_theme
    )
    yield command("Help", "Keys and how to read an answer (F1)", app.action_help)
