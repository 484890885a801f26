"""The sources panel: a cited article beside the chat, the cited span highlighted in place."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ..render import safe_text
from .backend import Source

# Bold and underlined as well as coloured, so the span stays visible under NO_COLOR.
HIGHLIGHT = "bold underline $text on $warning 35%"


def heading(source: Source) -> Content:
    meta = source.meta
    number = (f"[{source.n}] ", "bold $text-accent") if source.n else ""
    lines = [Content.assemble(number, (safe_text(meta.title), "bold"))]
    where = " · ".join(p for p in (meta.outlet, meta.published) if p) or "unknown outlet, undated"
    lines.append(
        Content.assemble(
            (safe_text(where), "$text-muted"),
            (f" · chars {source.start}–{source.end}", "$text-muted"),
        )
    )
    if meta.url:
        lines.append(Content.styled(safe_text(meta.url), "underline $text-muted"))
    return Content("\n").join(lines)


def _span(source: Source) -> tuple[int, int]:
    """The span clamped to the body; (0, 0) when it does not point into it."""
    length = len(source.body)
    start, end = max(0, min(source.start, length)), max(0, min(source.end, length))
    return (start, end) if end > start else (0, 0)


def article_content(source: Source) -> Content:
    start, end = _span(source)
    body = source.body
    # Escape each part separately so the highlight offsets survive the escaping.
    return Content.assemble(
        safe_text(body[:start]),
        (safe_text(body[start:end]), HIGHLIGHT),
        safe_text(body[end:]),
    )


class ArticleBody(Static):
    """The article text; once its width is known, it asks the panel to scroll to the span."""

    def on_resize(self) -> None:
        panel = self.query_ancestor(SourcesPanel)
        panel.call_after_refresh(panel.scroll_to_span)


class SourcesPanel(Vertical):
    """Shown when a citation is chosen: the heading stays on top, the article scrolls.
    Esc (from the chat) closes it."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.source: Source | None = None

    def compose(self) -> ComposeResult:
        yield from ()  # the parts come after the app's first frame (start-up time)

    def on_mount(self) -> None:
        self.call_after_refresh(self._add_parts)

    def _add_parts(self) -> None:
        if not self.children:
            self.mount_all(
                [
                    Static(id="source-head"),
                    VerticalScroll(ArticleBody(id="source-body"), id="source-scroll"),
                ]
            )

    def show(self, source: Source) -> None:
        self._add_parts()
        self.source = source
        self.query_one("#source-head", Static).update(heading(source))
        self.query_one("#source-body", Static).update(article_content(source))
        self.border_title = "Source"
        self.display = True
        self.call_after_refresh(self.scroll_to_span)

    @property
    def highlighted(self) -> str:
        """The text the panel highlights (what a reader sees marked)."""
        if self.source is None:
            return ""
        start, end = _span(self.source)
        return self.source.body[start:end]

    def scroll_to_span(self) -> None:
        """Put the first line of the highlight near the top of the panel."""
        if self.source is None:
            return
        body = self.query_one("#source-body", Static)
        width = body.content_region.width or body.size.width
        start, _ = _span(self.source)
        before = Content(safe_text(self.source.body[:start]))
        # Content wraps the way the Static draws it, so this is the span's first line.
        line = len(before.wrap(width)) - 1 if width and start else 0
        self.query_one("#source-scroll", VerticalScroll).scroll_to(
            y=max(0, line - 2), animate=False
        )
