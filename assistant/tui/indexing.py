"""Index work on screen: the progress bar of an update, and the notice that offers one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.style import Style
from textual.widgets import Label, ProgressBar, Static

from ..render import safe_text

if TYPE_CHECKING:
    from ..indexer import Progress


def progress_text(title: str, p: Progress) -> str:
    if p.stage == "embedding":
        text = (
            f"{title}: {p.chunks_done}/{p.chunks_total} chunks · "
            f"{p.articles_done}/{p.articles_total} articles"
        )
        if p.eta_seconds is not None:
            text += f" · about {p.eta_seconds:.0f} s left"
        return text + " · Esc cancels"
    if p.stage == "writing":
        return f"{title}: writing the new index…"
    return f"{title}: {p.stage}… · Esc cancels"


class IndexBar(Vertical):
    """A label and a ProgressBar of chunks embedded; hidden when no update runs."""

    def compose(self) -> ComposeResult:
        yield Label(id="index-label")
        yield ProgressBar(id="index-progress", show_eta=False)

    def start(self, title: str) -> None:
        self.title = title
        self.last: Progress | None = None
        self.query_one(Label).update(f"{title}: starting… · Esc cancels")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.display = True

    def show(self, progress: Progress) -> None:
        self.last = progress
        self.query_one(Label).update(progress_text(self.title, progress))
        if progress.chunks_total:
            self.query_one(ProgressBar).update(
                total=progress.chunks_total, progress=progress.chunks_done
            )

    def say(self, text: str) -> None:
        self.query_one(Label).update(Content(safe_text(text)))

    def stop(self) -> None:
        self.display = False


class IndexNotice(Static):
    """One line offering to bring a stale index up to date (F5), or to be dismissed."""

    def offer(self, because: str) -> None:
        self.update(
            Content.assemble(
                ("⚠ ", "bold $text-warning"),
                safe_text(because[:1].upper() + because[1:]),
                ". ",
                ("Update now (F5)", Style.from_meta({"@click": "app.update_index"})),
                " · ",
                ("Later", Style.from_meta({"@click": "app.dismiss_notice"})),
            )
        )
        self.display = True

    def dismiss(self) -> None:
        self.display = False
