"""A body's headings (`article_context._HEADING`) between two places, without scanning the
body from its start for each question: the readers of facts ask for the headings before
a sentence, or between two, dozens of times an article.

A match attempt of `_HEADING` reads no further than its line's end (the first "\\n" at or
after where it starts, that character included): "#" and a space, or a bold line ending
there. So, of `finditer(body, start, end)`, the matches starting on a line that ends before
`end`, after the line `start` is on, are the whole body's (found once a body); only the
first and the last line are scanned again, each up to its own end.
"""

from __future__ import annotations

import bisect
import re

from .article_context import _HEADING

# The last few bodies' headings, and where each starts.
_EVERY: dict[str, tuple[tuple[re.Match[str], ...], list[int]]] = {}


def _every(body: str) -> tuple[tuple[re.Match[str], ...], list[int]]:
    found = _EVERY.get(body)
    if found is None:
        if len(_EVERY) > 8:
            _EVERY.clear()
        matches = tuple(_HEADING.finditer(body))
        found = _EVERY[body] = (matches, [m.start() for m in matches])
    return found


def _lines(body: str, start: int, end: int | None) -> tuple[int, int, int, int]:
    """(start, end) clamped to the body as `re` clamps them, and the lines between: the line
    `start` is on ends before `line_after`; the last line begins at `last_line`."""
    size = len(body)
    end = size if end is None else max(0, min(end, size))
    start = max(0, min(start, size))
    return start, end, body.find("\n", start, end) + 1, body.rfind("\n", start, end) + 1


def headings(body: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """`list(_HEADING.finditer(body, start, end))`."""
    start, end, line_after, last_line = _lines(body, start, end)
    if not line_after or line_after >= last_line:
        return list(_HEADING.finditer(body, start, end))
    # (the first line's matches end by its "\n": scanned up to there, as the body's would be)
    found = list(_HEADING.finditer(body, start, line_after))
    matches, starts = _every(body)
    found += matches[bisect.bisect_left(starts, line_after) : bisect.bisect_left(starts, last_line)]
    found += _HEADING.finditer(body, last_line, end)
    return found


def first_heading(body: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """`_HEADING.search(body, start, end)`: the first of `headings`, found as they are."""
    start, end, line_after, last_line = _lines(body, start, end)
    if not line_after or line_after >= last_line:
        return _HEADING.search(body, start, end)
    first = _HEADING.search(body, start, line_after)
    if first is not None:
        return first
    matches, starts = _every(body)
    at = bisect.bisect_left(starts, line_after)
    if at < len(matches) and starts[at] < last_line:
        return matches[at]
    return _HEADING.search(body, last_line, end)
