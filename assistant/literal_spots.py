"""A fixed string found where a character class does not stand just before it and a
look-ahead holds just after it: `(?<![…])literal(?=…)`'s matches, found by `str.find`.

A pattern built from an article's words ("the Conseil", "NCC", "PSSA") compiled for each
article costs more than the search it runs (~0.1 ms each, and it pushes the module patterns
`re` keeps out of `re`'s cache). The literal found by `str.find` and the two assertions
checked where it stands, with patterns compiled once, find the same spans: a regular
expression that starts with a one-character negative look-behind, then the literal, then
only assertions, matches exactly where the literal stands with those assertions true, and
`finditer` goes on after each match's end, as `spots` does (tests/test_literal_spots.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def spots(
    text: str, literal: str, not_before: re.Pattern[str], after: re.Pattern[str] | None = None
) -> Iterator[int]:
    """Where `(?<!not_before)literal(?=after)` matches in `text`, as `finditer` finds them
    (each start). `not_before` matches one character; `after` only asserts (zero width)."""
    if not literal:
        raise ValueError("an empty literal")
    size = len(literal)
    at = text.find(literal)
    while at >= 0:
        if (at == 0 or not not_before.match(text, at - 1)) and (
            after is None or after.match(text, at + size)
        ):
            yield at
            at = text.find(literal, at + size)
        else:
            at = text.find(literal, at + 1)
