"""One index writer at a time, across processes (`flock`: released even on kill -9)."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import Cancelled, IndexBusy

LOCK_NAME = ".lock"


@contextmanager
def writer_lock(
    index_dir: Path,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Iterator[None]:
    """Hold the index's writer lock; wait for another writer unless `wait` is False. A wait
    ends with `Cancelled` when `should_stop` says so (Esc in the TUI while another process
    writes), so nobody is stuck behind a long rebuild they did not start."""
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / LOCK_NAME
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(path)
            if not wait:
                raise IndexBusy(
                    f"another process{holder} is updating the index; try again when it ends"
                ) from None
            if on_wait is not None:
                on_wait(f"waiting for another process{holder} to finish updating the index…")
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if should_stop is not None and should_stop():
                        raise Cancelled(
                            "index update cancelled while waiting for another process;"
                            " the previous index is still in use"
                        ) from None
                    time.sleep(0.1)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def is_locked(index_dir: Path) -> bool:
    path = index_dir / LOCK_NAME
    if not path.exists():
        return False
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def _holder(path: Path) -> str:
    try:
        pid = path.read_text().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
