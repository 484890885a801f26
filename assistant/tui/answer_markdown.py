"""An `Answer` as Markdown: the shape is Markdown syntax, every piece of text is escaped.

The engine's structure (the direct answer in bold, the working as a numbered list, the
sources as a list, [n] markers as links) is written here as Markdown. Every string taken
from the answer (which quotes articles, so anything may be in it) is made literal first:
control characters become visible escapes (`safe_text`), whitespace runs become one space
(no line can start a code block or a list), and every ASCII punctuation character is
backslash-escaped, which CommonMark defines as "this character, literally". The Markdown
widget draws text as Textual `Content`, never as Rich or Textual markup, so `[bold]` and
`**x**` from an article are shown as typed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..render import safe_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from ..models import Answer, Citation

MARKER = re.compile(r"\[(\d+)\]")
CITE_HREF = re.compile(r"^#cite-(\d+)$")
QUOTE_PREVIEW = 160  # characters of each cited quote shown under the answer
_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")  # all of ASCII's punctuation


def parser() -> MarkdownIt:
    """CommonMark without linkify (a URL in an article is text, not a link to follow)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def escape(text: str) -> str:
    """Literal text: visible control escapes, one space for any run of whitespace (so no
    line can begin a code block or a list), each ASCII punctuation character escaped."""
    flat = re.sub(r"\s+", " ", safe_text(text))
    return _PUNCTUATION.sub(lambda m: "\\" + m.group(), flat)


def marker(n: int, selected: int = 0) -> str:
    """A link to citation n. The selected one is a code span instead, styled in app.tcss (a
    link's own style would hide any other); Enter or its number opens it."""
    return f"`[{n}]`" if n == selected else f"[\\[{n}\\]](#cite-{n})"


def cited_number(href: str) -> int | None:
    match = CITE_HREF.match(href)
    return int(match.group(1)) if match else None


def with_markers(text: str, numbers: set[int], selected: int = 0) -> str:
    """`text` escaped, each [n] that names a citation made a link."""
    out: list[str] = []
    position = 0
    for match in MARKER.finditer(text):
        n = int(match.group(1))
        if n not in numbers:
            continue
        out += [escape(text[position : match.start()]), marker(n, selected)]
        position = match.end()
    out.append(escape(text[position:]))
    return "".join(out)


def lead_length(text: str) -> int:
    """The direct answer: the text up to the first full stop or colon, when that is short."""
    match = re.search(r"[.:](?=\s|$)", text[:90])
    return match.end() if match else 0


def _preview(quote: str) -> str:
    flat = " ".join(quote.split())
    if len(flat) <= QUOTE_PREVIEW:
        return flat
    return flat[:QUOTE_PREVIEW].rsplit(" ", 1)[0] + "…"


def _source_item(citation: Citation, selected: int) -> str:
    where = " · ".join(p for p in (citation.outlet, citation.published) if p) or citation.article_id
    return (
        f"- {marker(citation.n, selected)} {escape(where)} — *“{escape(_preview(citation.quote))}”*"
    )


def answer_markdown(answer: Answer, selected: int = 0) -> str:
    numbers = {c.n for c in answer.citations}
    text = " ".join(answer.answer.split())
    lead = lead_length(text)
    if lead:
        head = f"**{with_markers(text[:lead], numbers, selected)}**"
        rest = with_markers(text[lead:], numbers, selected)
        blocks = [head + rest]
    else:
        blocks = [with_markers(text, numbers, selected) or escape("…")]
    calculation = answer.calculation
    if calculation:
        formula = escape(calculation.formula.strip())
        blocks.append("**Working:**" + (f" *{formula}*" if formula else ""))
        if calculation.steps:
            blocks.append(
                "\n".join(
                    f"{i}. {with_markers(step, numbers, selected)}"
                    for i, step in enumerate(calculation.steps, 1)
                )
            )
    if answer.conflicts:
        blocks.append(
            "\\\n".join(
                "⚠ **Sources disagree:** "
                + with_markers(f"{conflict.claim} [{conflict.citation}]", numbers, selected)
                for conflict in answer.conflicts
            )
        )
    if answer.citations:
        blocks.append("\n".join(_source_item(c, selected) for c in answer.citations))
    return "\n\n".join(blocks) + "\n"
