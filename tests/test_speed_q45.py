"""Shortcuts of parties and lexicon answer as the plain ways do.

`_respondents` skips a pattern that starts with the name when what follows the name
(`_respondent_rests`) is nowhere in the text: every match of the whole has it, so a text
without it has none. `_Words` reads its tokens' matches and words in one pass. Each is
compared with the plain way on corpus sentences, whole articles and built texts.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import lexicon, name_lookup, parties
from assistant.name_lookup import lookup_form

_CORPUS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus").glob("*.md"))[:30]
_SENTENCES = [
    line.strip()
    for path in _CORPUS
    for line in path.read_text(encoding="utf-8").split(". ")
    if line.strip()
]


def _closing_of_first_group(source: str) -> int:
    """Where the group a pattern opens with closes: character by character."""
    depth, at, in_class = 0, 0, False
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += source.startswith("^", at + 1)
            at += source.startswith("]", at + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if not depth:
                return at
        at += 1
    raise AssertionError(source[:40])


def test_what_follows_the_name_is_the_pattern_after_its_first_group() -> None:
    sources = [*parties._RESPONDENT_PATTERNS, r"(a[]()])b", r"(a[^]()])b", r"(a\)b)c", r"([(])d"]
    for source in sources:
        if source.startswith("("):
            after = source[_closing_of_first_group(source) + 1 :]
            assert parties._after_opening_group(source) == after
    rests = parties._respondent_rests()
    for source, (_, name_first), rest in zip(
        parties._RESPONDENT_PATTERNS, parties._respondent_patterns(), rests, strict=True
    ):
        assert name_first or rest is None
        if rest is not None:
            assert source.endswith(rest.pattern)
            assert not re.search(r"\(\?\(|\(\?P=|\\[1-9]", rest.pattern)  # no group referred to


def _check_rests(text: str) -> None:
    """A text a pattern starting with the name matches has what follows the name."""
    for (guarded, name_first), rest in zip(
        parties._respondent_patterns(), parties._respondent_rests(), strict=True
    ):
        if rest is None:
            continue
        for match in parties._matches(guarded.pattern, text, name_first):
            assert rest.match(text, match.end("who")) is not None


def _check_words(text: str) -> None:
    words = lexicon._Words(text)
    assert [m.span() for m in words.tokens] == [m.span() for m in lexicon._tokens(text)]
    assert words.written == [
        lexicon._normalise(w) if w[-1] in "s." or "’" in w else w
        for w in lexicon._TOKEN.findall(text)
    ]


def test_corpus_sentences() -> None:
    for sentence in _SENTENCES:
        _check_rests(sentence)
        _check_words(sentence)


def test_whole_articles() -> None:
    for path in _CORPUS[:10]:
        text = path.read_text(encoding="utf-8")
        _check_rests(text)
        _check_words(text)


_PIECES = st.sampled_from(
    [
        "Acme Ltd",
        "Nile Tel",
        "the company",
        "it",
        "was",
        "has been",
        "fined",
        "ordered",
        "paid",
        "its",
        "fine",
        "penalty",
        "agreed to pay",
        "v",
        "which",
        "a",
        "the",
        "lender",
        "€5 million",
        ",",
        ", ",
        ".",
        " ",
        "\n",
        "’s",
        "U.S.",
        "*",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14))
def test_built_texts(pieces: list[str]) -> None:
    text = " ".join(pieces)
    _check_rests(text)
    _check_words(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aİıſ\u212aKkI’'é ß-_.\n"), max_size=20))
def test_lookup_form_translates_only_what_it_must(text: str) -> None:
    assert lookup_form.__wrapped__(text) == text.translate(name_lookup._ASCII_TWINS).lower()
