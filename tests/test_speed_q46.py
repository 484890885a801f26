"""Respondent patterns read lazily answer as compiled whole.

`parties._respondent_reads` keeps each respondent pattern's words and flags together, so a
process compiles a pattern only when a text first calls for it (`_respondent_pattern`,
`_respondent_rest`). What it keeps is what `compile_guarded` reads off each pattern, whether
read afresh or from the cache, and the lazily compiled patterns are the same patterns.
"""

from __future__ import annotations

from assistant import parties
from assistant.needles import compile_guarded


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
