"""Index updates on screen: the worker with its progress bar, and the notice offering one.

The update runs in a thread (`Backend.update`, a second Session), posting throttled
progress messages; Esc sets an event that the indexer polls between batches, so a
cancelled update stops before it commits and the old index stays in use. `IndexFinished`
bubbles up to the app when the update ends, however it ends.
"""

from __future__ import annotations

import threading
import time
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.style import Style
from textual.widgets import Label, ProgressBar, Static
from textual.worker import get_current_worker

from ..errors import AssistantError, Cancelled
from ..render import safe_text
from .backend import internal_error
from .messages import IndexFinished, IndexProgress

if TYPE_CHECKING:
    from ..indexer import Progress, UpdateSummary
    from .backend import Backend

PROGRESS_INTERVAL = 0.1  # seconds between progress messages from the indexing thread


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
    """A label and a ProgressBar of chunks embedded; shown while an update runs."""

    def __init__(self, backend: Backend, **kwargs) -> None:
        super().__init__(**kwargs)
        self.backend = backend
        self.running = False
        self.title = ""
        self.last_progress: Progress | None = None
        self.last_summary: UpdateSummary | None = None
        self._stop = threading.Event()

    def compose(self) -> ComposeResult:
        yield from ()  # the parts come after the app's first frame (start-up time)

    def on_mount(self) -> None:
        self.call_after_refresh(self._add_parts)

    def _add_parts(self) -> None:
        if not self.children:
            self.mount_all(
                [Label(id="index-label"), ProgressBar(id="index-progress", show_eta=False)]
            )

    def begin(self, rebuild: bool, title: str) -> bool:
        """Start an update (or a rebuild); False when one is already running."""
        if self.running:
            return False
        self._add_parts()
        self.running = True
        self.title = title
        self.last_progress = None
        self._stop.clear()
        self.query_one(Label).update(f"{title}: starting… · Esc cancels")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.display = True
        self.run_worker(
            partial(self._update_in_thread, rebuild),
            thread=True,
            group="index",
            exit_on_error=False,
        )
        return True

    def cancel(self) -> None:
        self._stop.set()
        if self.running:
            self.query_one(Label).update("Cancelling… the current index stays in use")

    def on_unmount(self) -> None:
        self._stop.set()  # quitting: the update stops at its next check; the old index stays

    def _update_in_thread(self, rebuild: bool) -> None:
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
            self.post_message(IndexFinished(problem=internal_error(exc)))
            return
        try:
            state = self.backend.refresh()  # questions from now on use the new index
        except AssistantError as exc:
            self.post_message(IndexFinished(summary, problem=str(exc)))
            return
        self.post_message(IndexFinished(summary, state=state))

    @on(IndexProgress)
    def _progress(self, message: IndexProgress) -> None:
        progress = self.last_progress = message.progress
        self.query_one(Label).update(progress_text(self.title, progress))
        if progress.chunks_total:
            self.query_one(ProgressBar).update(
                total=progress.chunks_total, progress=progress.chunks_done
            )

    @on(IndexFinished)
    def _finished(self, message: IndexFinished) -> None:
        # Not stopped: the message goes on to the app, which reports the outcome.
        self.running = False
        self.display = False
        if message.summary:
            self.last_summary = message.summary


class IndexNotice(Static):
    """One line offering to bring a stale index up to date (F5), or to be dismissed.

    Questions asked meanwhile are answered from the index as it is. "Later" is remembered:
    the same reason is not offered again until something else changes."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.because: str | None = None
        self._declined: str | None = None

    def offer(self, because: str, again: bool = True) -> None:
        """Show the notice; with `again` False, not for a reason the user declined."""
        if not again and because == self._declined:
            return
        self.because = because
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

    def decline(self) -> None:
        self._declined = self.because
        self.dismiss()
