"""The conversation as Markdown (export) and one answer as plain text (clipboard).

Both reuse the CLI's text rendering so that every rendering shows the same answer; article
text passes through `safe_text`, so no terminal escape reaches a file or the clipboard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..render import citation_line, safe_text, to_text

if TYPE_CHECKING:
    from ..models import Answer


def clipboard_text(answer: Answer) -> str:
    return f"Q: {safe_text(answer.question)}\n\n{to_text(answer)}"


def _quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in safe_text(text).splitlines())


def answer_markdown(answer: Answer) -> str:
    parts = [f"## {safe_text(answer.question)}", "", safe_text(answer.answer), ""]
    if answer.calculation:
        parts.append(f"**Working:** {safe_text(answer.calculation.formula)}")
        parts.append("")
        parts += [f"{i}. {safe_text(step)}" for i, step in enumerate(answer.calculation.steps, 1)]
        parts.append("")
    for conflict in answer.conflicts:
        parts.append(f"- **Sources disagree:** {safe_text(conflict.claim)} [{conflict.citation}]")
    if answer.conflicts:
        parts.append("")
    if answer.as_of and answer.found:
        parts += [f"*Sources as of {safe_text(answer.as_of)}.*", ""]
    for citation in answer.citations:
        title = safe_text(citation.title)
        link = f"[{title}]({safe_text(citation.url)})" if citation.url else title
        parts.append(f"**[{citation.n}]** {link} — {citation_line(citation)}")
        parts.append("")
        parts.append(_quote_block(" ".join(citation.quote.split())))
        parts.append("")
    return "\n".join(parts)


def conversation_markdown(answers: Sequence[Answer], when: dt.datetime | None = None) -> str:
    stamp = (when or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    header = f"# Enforcement Desk — conversation of {stamp}\n\n"
    return header + "\n".join(answer_markdown(a) for a in answers)


def export_conversation(answers: Sequence[Answer], folder: Path) -> Path:
    """Write the conversation to a new Markdown file in `folder`; returns its path."""
    now = dt.datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    base = f"enforcement-desk-{now:%Y%m%d-%H%M%S}"
    path = folder / f"{base}.md"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"{base}-{counter}.md"
    path.write_text(conversation_markdown(answers, now), encoding="utf-8")
    return path
