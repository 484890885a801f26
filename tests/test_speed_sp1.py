"""The speed-ups in parties.py find what the plain patterns found, on varied text.

Each rewrite reorders or guards a pattern's tests without changing what it matches: here
the plain form and the fast form are run side by side on generated text and must agree on
every match's span.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from assistant import parties

# Words that exercise the patterns: local signs and figures ("RM800,000", "KSh 15"),
# capitals, sanction verbs and the determiners and figures their look-behinds refuse.
_SIGNS = sorted(parties._letter_sign_set())
_WORDS = [
    *_SIGNS,
    *(f"{sign}{figure}" for sign in _SIGNS[:40] for figure in ("1", "800,000")),
    "fined", "ordered", "banned", "told", "sealed", "directed", "fines", "hit", "the",
    "The", "a", "A", "its", "this", "that", "their", "2 million", "5m", "3bn", "illion",
    "mln", "Acme", "Ltd", "Co.,", "Bank", "of", "RM", "R", "K", "S.A.", "it", "them",
    "company", "firm", "1&1", "7-Eleven", ",", ".", "(", ")", "1", "15", "Ørsted", "Łódź",
    "EUR", "€3", "$5", "and", "to", "pay", "\n", "\n\n",
]  # fmt: skip
_SEPARATORS = ["", " ", "  ", "\u00a0", ", ", "\n"]


@st.composite
def texts(draw) -> str:
    parts = draw(
        st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=30)
    )
    return "".join(word + separator for word, separator in parts)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


_PLAIN_SIGN = re.compile(rf"(?!{parties._LOCAL_SIGN}\d)")
_FAST_SIGN = re.compile(rf"(?!{parties._SIGN_THEN_FIGURE})")


@given(texts())
def test_guarded_sign_refuses_the_same_places(text: str) -> None:
    assert _spans(_FAST_SIGN, text) == _spans(_PLAIN_SIGN, text)


def test_sign_guard_covers_every_sign_length() -> None:
    for sign in _SIGNS:
        for text in (f"{sign}5", f"{sign} 5", f"{sign}\u00a05"):
            assert _FAST_SIGN.match(text) is None, text


_NAME_WITH_PLAIN_SIGN = re.compile(
    parties._NAME.replace(parties._SIGN_THEN_FIGURE, rf"{parties._LOCAL_SIGN}\d")
)
_FAST_NAME = re.compile(parties._NAME)


@given(texts())
def test_names_read_as_with_the_plain_sign_test(text: str) -> None:
    assert _spans(_FAST_NAME, text) == _spans(_NAME_WITH_PLAIN_SIGN, text)


# The verb-object pattern ("fined X"): its word-start test moved before its look-behinds.
_VERB_OBJECT = next(p for p in parties._RESPONDENT_PATTERNS if "(?<!\\b[Tt]he\\s)" in p)
_FAST_VERB_OBJECT = re.compile(_VERB_OBJECT)
_PLAIN_VERB_OBJECT = re.compile(
    _VERB_OBJECT.replace("])\\b(?<!\\b[Tt]he\\s)", "])(?<!\\b[Tt]he\\s)", 1)
)


def test_the_plain_verb_object_pattern_is_the_old_one() -> None:
    assert _PLAIN_VERB_OBJECT.pattern != _FAST_VERB_OBJECT.pattern


@given(texts())
def test_verb_object_word_start_first_finds_the_same(text: str) -> None:
    fast = [(m.span(), m.span("who")) for m in _FAST_VERB_OBJECT.finditer(text)]
    plain = [(m.span(), m.span("who")) for m in _PLAIN_VERB_OBJECT.finditer(text)]
    assert fast == plain


def test_verb_object_examples() -> None:
    for text, who in [
        ("The regulator fined Acme Ltd €3 million.", "Acme Ltd"),
        ("It also ordered the company to pay.", "the company"),
        ("annulled the fine the Chamber imposed", None),
        ("had on July 29 directed Borex to comply", "Borex"),
    ]:
        found = _FAST_VERB_OBJECT.search(text)
        assert (found["who"] if found else None) == who
        assert _spans(_FAST_VERB_OBJECT, text) == _spans(_PLAIN_VERB_OBJECT, text)
