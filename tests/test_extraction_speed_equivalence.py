"""Shortcuts taken to read articles faster find exactly what the slow way found.

Each shortcut looks a text up before running a pattern (by its words, by a character it must
contain) and skips or narrows the pattern when the text cannot match. These tests run the
full pattern beside the shortcut on generated text built to stress the look-up: names in
mixed case, with the letters re.IGNORECASE matches to ASCII ("İ", "ı", "ſ", the Kelvin
sign), cut short, glued to other words, next to citations.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import provisions

_TWINS = {"i": "İı", "s": "ſ", "k": "\u212a"}


@cache
def _all_names() -> tuple[int, ...]:
    return tuple(range(len(provisions._names().forms)))


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@st.composite
def _law_text(draw) -> str:
    forms = provisions._names().forms
    fillers = [
        "the ",
        "The ",
        "Article 5 ",
        "Art. 6(1) ",
        " of the ",
        "'s Article 7 ",
        "X",
        "under ",
        "§ 3 ",
        "Section 12 to ",
        ", ",
        ". ",
        "data ",
        "act ",
        "Law ",
        "\n",
        "",
    ]
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        parts.append(draw(st.sampled_from(fillers)))
        form = draw(st.sampled_from(forms))
        cut = draw(st.integers(1, len(form)))
        if draw(st.booleans()):
            form = form[:cut]
        changes = draw(st.lists(st.integers(0, 2), min_size=len(form), max_size=len(form)))
        written = []
        for char, change in zip(form, changes, strict=True):
            if change == 1:
                char = char.swapcase()
            elif change == 2 and char.lower() in _TWINS:
                char = draw(st.sampled_from(_TWINS[char.lower()]))
            written.append(char)
        parts.append("".join(written))
    parts.append(draw(st.sampled_from(fillers)))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(_law_text())
def test_law_names_looked_up_by_their_words_are_the_ones_the_full_pattern_finds(
    text: str,
) -> None:
    full = provisions._names_pattern(_all_names())
    assert _spans(provisions._law_names(text)) == _spans(full.finditer(text))


@settings(max_examples=150, deadline=None)
@given(_law_text())
def test_citations_with_the_names_looked_up_are_the_ones_the_full_pattern_finds(
    text: str,
) -> None:
    full = provisions._citation_pattern(_all_names())
    assert _spans(provisions._citations(text).finditer(text)) == _spans(full.finditer(text))


def test_a_name_glued_to_a_word_before_a_citation_is_still_looked_up() -> None:
    # The name before a citation need not start a word: the full pattern reads "GDPR" here.
    text = "the XGDPR Article 5 and the Ugdpr's Art. 6"
    full = provisions._citation_pattern(_all_names())
    assert _spans(provisions._citations(text).finditer(text)) == _spans(full.finditer(text))
    assert [m.group("before") for m in full.finditer(text)] == ["GDPR", "gdpr"]


def test_the_letters_ignorecase_matches_to_ascii_are_all_folded() -> None:
    # Every character outside ASCII that a case-insensitive pattern matches to an ASCII
    # letter or digit must fold to it, or a name written with it would not be looked up.
    ascii_word = re.compile(r"[a-z0-9_]", re.IGNORECASE)
    twins = [
        chr(c)
        for c in range(0x80, 0x110000)
        if not 0xD800 <= c < 0xE000 and ascii_word.fullmatch(chr(c))
    ]
    assert twins and all(provisions._lookup_form(c).isascii() for c in twins)
    assert all(ascii_word.fullmatch(provisions._lookup_form(c)) for c in twins)
