"""The index as the app shows it: loading at start, the status line, updates and rebuilds.

A mixin of `EnforcementDeskApp` (app.py), which owns the widgets; this part decides what
they say about the index. Opening the index and loading the model start after the first
frame, in a worker thread; when there is no usable index one is built at once; when the
corpus changed, the notice offers an update (F5) and questions meanwhile are answered
from the index as it is. Handlers here use Textual's naming convention (`_on_loaded`),
since `@on` registers only on message-pump classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from ..errors import AssistantError
from ..render import safe_text
from .backend import internal_error
from .indexing import IndexNotice
from .messages import IndexFinished, IndexStale, Loaded, LoadFailed
from .welcome import Welcome, empty_corpus_message

if TYPE_CHECKING:
    from .app import EnforcementDeskApp
    from .backend import IndexState


class IndexControl:
    """Mixed into `EnforcementDeskApp`: each method's `self` is the app."""

    def _set_status(self: EnforcementDeskApp, text: str) -> None:
        self.main.query_one("#status", Static).update(
            Content.assemble(("Enforcement Desk", "bold"), " · ", safe_text(text))
        )

    def _welcomes(self: EnforcementDeskApp) -> list[Welcome]:
        return list(self.main.query(Welcome))

    # Start-up -----------------------------------------------------------------------------

    def on_mount(self: EnforcementDeskApp) -> None:
        self._set_status("loading the index and the model…")
        # After the first frame: the worker imports numpy, faiss and onnxruntime, and those
        # imports hold the GIL that drawing the screen needs.
        self.call_after_refresh(self._start_loading)

    def _start_loading(self: EnforcementDeskApp) -> None:
        self.run_worker(self._load, thread=True, group="load", exit_on_error=False)

    def _load(self: EnforcementDeskApp) -> None:
        try:
            self.post_message(Loaded(self.backend.load()))
        except AssistantError as exc:
            self.post_message(LoadFailed(str(exc)))
        except Exception as exc:
            self.post_message(LoadFailed(internal_error(exc)))

    def _on_loaded(self: EnforcementDeskApp, message: Loaded) -> None:
        state = message.state
        if state.needs_build:
            self._start_index(rebuild=False, title="Building the index")
            return
        self._apply_state(state)
        if state.stale_because:
            self.main.query_one(IndexNotice).offer(state.stale_because)

    def _on_load_failed(self: EnforcementDeskApp, message: LoadFailed) -> None:
        self._set_status("cannot open the corpus or the index")
        for welcome in self._welcomes():
            welcome.show_problem(message.problem)
        self.notify(message.problem, severity="error", markup=False)

    def _apply_state(self: EnforcementDeskApp, state: IndexState) -> None:
        self.index_state = state
        self.ready = True
        if state.articles == 0:
            self._set_status("no articles yet")
            for welcome in self._welcomes():
                welcome.show_problem(empty_corpus_message(self.settings.corpus_dir))
        else:
            self._set_status(f"ready · {state.articles} articles · {state.chunks} chunks")
            for welcome in self._welcomes():
                welcome.show_examples()

    # Index updates ------------------------------------------------------------------------

    def action_rebuild_index(self: EnforcementDeskApp) -> None:
        self._start_index(rebuild=True, title="Rebuilding the index")

    def action_update_index(self: EnforcementDeskApp) -> None:
        self._start_index(rebuild=False, title="Updating the index")

    def action_cancel_index(self: EnforcementDeskApp) -> None:
        self.index_bar.cancel()

    def action_dismiss_notice(self: EnforcementDeskApp) -> None:
        self.main.query_one(IndexNotice).decline()

    def _on_index_stale(self: EnforcementDeskApp, message: IndexStale) -> None:
        if not self.indexing:
            self.main.query_one(IndexNotice).offer(message.because, again=False)

    def _start_index(self: EnforcementDeskApp, rebuild: bool, title: str) -> None:
        if not self.index_bar.begin(rebuild, title):
            self.notify("The index is already being updated (Esc cancels).", severity="warning")
            return
        self.main.query_one(IndexNotice).dismiss()
        self._set_status(
            f"{title.lower()}…" + (" · questions use the current index" if self.ready else "")
        )
        self.refresh_bindings()

    def _on_index_finished(self: EnforcementDeskApp, message: IndexFinished) -> None:
        self.refresh_bindings()
        if message.cancelled:
            self.notify(
                "Index update cancelled; the previous index is still in use.",
                title="Index",
                severity="warning",
            )
        elif message.problem:
            self.notify(message.problem, title="Index", severity="error", markup=False)
        if message.summary:
            self.notify(f"index: {message.summary.line()}", title="Index updated", markup=False)
            for error in message.summary.skipped:
                self.notify(f"skipped {error}", severity="warning", markup=False, timeout=10)
        if message.state:
            self._apply_state(message.state)
            self.reload_facts()
        elif self.index_state:
            self._apply_state(self.index_state)
            if self.index_state.stale_because:  # cancelled or failed: still out of date
                self.main.query_one(IndexNotice).offer(self.index_state.stale_because)
        else:
            self._set_status("no index yet · F5 builds it")
