"""Errors a user can cause, each with the exit code the CLI documents.

Anything raised as an `AssistantError` is shown as one line on stderr, never a traceback.
Anything else is a bug: the CLI prints one line asking for a report (and the traceback
only with `--debug`).
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1  # a bug in Enforcement Desk
    USAGE = 2  # bad command line (argparse's own code)
    BAD_QUESTION = 3  # empty, too long, or not in English
    CORPUS = 4  # corpus folder missing, or an article could not be read
    INDEX = 5  # index damaged or incompatible and it could not be rebuilt
    BUSY = 6  # another process is updating the index (with --no-wait)
    INTERRUPTED = 130  # Ctrl-C: nothing was changed


class AssistantError(Exception):
    """An error the user can cause and fix; `str()` is the one line shown."""

    exit_code: ExitCode = ExitCode.INTERNAL


class BadQuestion(AssistantError):
    exit_code = ExitCode.BAD_QUESTION


class CorpusError(AssistantError):
    exit_code = ExitCode.CORPUS


class ArticleError(CorpusError):
    """One article file cannot be read; the message names the file (and line)."""

    def __init__(self, path: Path, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")


class IndexError_(AssistantError):  # trailing underscore: do not shadow the builtin
    exit_code = ExitCode.INDEX


class IndexMissing(IndexError_):
    pass


class IndexDamaged(IndexError_):
    """The index on disk cannot be trusted; rebuilding from the corpus fixes it."""


class IndexIncompatible(IndexError_):
    """Built by another schema, model or chunking; rebuilding fixes it."""


class IndexBusy(AssistantError):
    exit_code = ExitCode.BUSY


class Cancelled(AssistantError):
    """An index update was cancelled before it committed; the old index is untouched."""

    exit_code = ExitCode.INTERRUPTED
