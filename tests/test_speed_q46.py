"""Shortcuts of parties answer as the plain ways do.

`parties._respondent_reads` keeps each respondent pattern's words and flags together, so a
process compiles a pattern only when a text first calls for it (`_respondent_pattern`,
`_respondent_rest`). What it keeps is what `compile_guarded` reads off each pattern, whether
read afresh or from the cache, and the lazily compiled patterns are the same patterns.

`authorities` searches for "Data Protection Authorities in Italy" only where the folded text
has a head noun then "in", "of" or "from" (`_HEAD_THEN_PLACE`): every text the phrase
matches has it. `_ends_sentence_at` searches from the offset rather than a copy from there.
`described_parties` skips a description pattern opening on the name where what follows the
name (`_description_rests`) is nowhere in the text, as `_respondents` does.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import parties
from assistant.name_lookup import lookup_form
from assistant.needles import compile_guarded

_CORPUS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus").glob("*.md"))
_BODIES = [path.read_text(encoding="utf-8") for path in _CORPUS]
_SENTENCES = [line for body in _BODIES for line in body.split(". ") if line.strip()]


def test_kept_words_and_flags_are_those_compile_guarded_reads() -> None:
    whole = parties._respondent_patterns()
    assert parties._respondent_reads() == tuple(
        (guarded.needles, guarded.pattern.flags) for guarded, _ in whole
    )
    afresh = parties._read_respondent_patterns(None)
    assert [(tuple(needles), flags) for needles, flags in afresh] == [
        (guarded.needles, guarded.pattern.flags) for guarded, _ in whole
    ]


def test_lazy_patterns_are_the_compiled_ones() -> None:
    for number, (source, (guarded, name_first)) in enumerate(
        zip(parties._RESPONDENT_SOURCES, parties._respondent_patterns(), strict=True)
    ):
        assert name_first == parties._NAME_FIRST[number]
        assert guarded.pattern.pattern == source == compile_guarded(source).pattern.pattern
        lazy = parties._respondent_pattern(number)
        assert (lazy.pattern, lazy.flags, lazy.groupindex) == (
            guarded.pattern.pattern,
            guarded.pattern.flags,
            guarded.pattern.groupindex,
        )
        rest = parties._respondent_rest(number)
        assert rest is parties._respondent_rests()[number]
        if rest is not None:
            assert rest.flags == guarded.pattern.flags


def test_guards_are_read_from_the_kept_words() -> None:
    folded = "the regulator fined acme ltd, which will pay its penalty; it was also banned"
    assert parties._respondent_guards().may_match(folded) == [
        guarded.may_match(folded) for guarded, _ in parties._respondent_patterns()
    ]


_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        ", ",
        ".",
        "the ",
        "The ",
        "Data ",
        "data protection ",
        "Protection ",
        "PROTECTION ",
        "authority",
        "Authorities",
        "AUTHORİTY",
        "regulator",
        "DPA",
        "DPAs",
        "supervisory authority",
        "ſupervisor",
        "bodies",
        "commissioner",
        " in ",
        " of ",
        " from ",
        " In ",
        "Italy",
        "Greece",
        "France and Spain",
        "the UK",
        "A. ",
        "X!",
        "İstanbul",
        "ı",
        "\u212a",
        "\u00a0",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_a_head_then_place_is_in_every_text_the_after_phrase_matches(text: str) -> None:
    _, after, _ = parties._phrase_patterns()
    if after.pattern.search(text):
        assert parties._HEAD_THEN_PLACE.search(lookup_form(text))


def test_a_head_then_place_in_the_corpus() -> None:
    _, after, _ = parties._phrase_patterns()
    for text in [*_SENTENCES, *_BODIES]:
        if after.pattern.search(text):
            assert parties._HEAD_THEN_PLACE.search(lookup_form(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='.!?"”’)*“ \nAbc', max_size=30), st.integers(0, 30))
def test_ends_sentence_at_reads_from_the_offset(text: str, at: int) -> None:
    slow = re.search(r"[.!?][\"”’)*]*\s+[\"“*]*[A-Z]", text[at:]) is None
    assert parties._ends_sentence_at(text, at) == slow


def test_description_rests_follow_every_match_s_name() -> None:
    rests = parties._description_rests()
    assert any(rest is not None for rest in rests)
    for pattern, rest in zip(parties._description_patterns(), rests, strict=True):
        if rest is None:
            continue
        assert pattern.pattern.startswith("(?P<who>")
        assert pattern.pattern.endswith(rest.pattern) and rest.flags == pattern.flags
        assert not re.search(r"\(\?\(|\(\?P=|\\[1-9]", rest.pattern)  # no group referred to
        for text in [*_SENTENCES, *_BODIES, "Nordvik Feed AS, a fish-feed producer, was fined"]:
            for match in pattern.finditer(text):
                assert rest.match(text, match.end("who")) is not None
