"""A pattern told the characters its matches start with (`first_chars`, put in the compiled
code by `pattern_cache`) finds exactly what `re.compile` finds: the engine only skips
positions where no match can start. Checked on invented patterns of the shapes the extractor
writes, on every pattern the extractor compiles through the cache, and case by case."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _compiler, _parser
from re import _constants as _c

from hypothesis import given, settings
from hypothesis import strategies as st

import assistant.engine
import assistant.facts  # noqa: F401 - compiles the extractor's module patterns
from assistant import actions, dates, first_chars, parties, pattern_cache
from assistant.ingest import load_article

ROOT = Path(__file__).resolve().parents[1]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _told(source: str, flags: int = 0) -> bool:
    """Whether the cache's code for `source` carries a set of first characters."""
    parsed = _parser.parse(source, flags)
    code = pattern_cache._compiled_parse(parsed, flags)[0]
    return code[0] == _c.INFO and bool(code[2] & _c.SRE_INFO_CHARSET)


# --- Invented patterns ----------------------------------------------------------------------

# Pieces the extractor's patterns are made of: words (in either case), classes, assertions at
# the start, groups with and without case, optional and repeated parts, alternations.
_ATOMS = st.sampled_from(
    [
        "fined",
        "Fine",
        "penalt(?:y|ies)",
        "[A-Z][a-z]+",
        "[A-ZÀ-Þ][\\w'’-]*",
        "\\d+",
        "[\\d,.]+",
        "\\s+",
        "\\w+",
        "[a-c]",
        "€",
        "(?i:kelvin)",
        "(?i:is)",
        "(?-i:Ltd)",
        "Co\\.,\\s+Ltd\\.?",
        "ß",
        "İ",
    ]
)
_PREFIXES = st.sampled_from(
    [
        "",
        "\\b",
        "(?<![\\w'’.&/-])",
        "(?=[A-Z])",
        "(?=\\d)",
        "(?!The\\b)",
        "^",
        "(?<=\\s)",
        "(?=\\s*x)",
    ]
)


@st.composite
def _patterns(draw) -> str:
    def piece() -> str:
        atom = draw(_ATOMS)
        shape = draw(st.sampled_from(["{}", "(?:{})?", "(?:{})*", "(?:{})+", "(?P<g{}>{{}})"]))
        if shape.startswith("(?P"):
            shape = shape.format(draw(st.integers(0, 10**6)))
        return shape.format(atom)

    branches = [
        draw(_PREFIXES) + "".join(piece() for _ in range(draw(st.integers(1, 3))))
        for _ in range(draw(st.integers(1, 3)))
    ]
    body = "|".join(branches)
    return draw(st.sampled_from(["{}", "(?:{})", "(?i:{})", "(?P<whole>{})"])).format(body)


# Texts of the characters the pieces match, and of the characters `re.IGNORECASE` matches to
# ASCII letters without being their own two cases (İ ı ſ K).
_TEXTS = st.text(
    alphabet=st.sampled_from(list("fFinedINEDpPtTyYsSkKlLcCoO .,’'-\n0123€ßÀÞİıſ\u212aaAbB_")),
    max_size=60,
)


def _unique_groups(source: str) -> str:
    seen: set[str] = set()

    def rename(match: re.Match[str]) -> str:
        name = match[1]
        while name in seen:
            name += "x"
        seen.add(name)
        return f"(?P<{name}>"

    return re.sub(r"\(\?P<(\w+)>", rename, source)


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.lists(_TEXTS, min_size=1, max_size=4), st.sampled_from([0, re.I, re.M]))
def test_invented_patterns_find_what_re_compile_finds(source, texts, flags) -> None:
    source = _unique_groups(source)
    try:
        plain = re.compile(source, flags)
    except re.error:
        return
    told = pattern_cache.compiled_afresh(source, flags)
    for text in texts:
        assert _matches(told, text) == _matches(plain, text), (source, text)
        for start in range(0, len(text) + 1, 7):  # searched from further in: look-behinds
            assert _found(told.search(text, start)) == _found(plain.search(text, start))


def _found(match: re.Match[str] | None) -> tuple | None:
    return match and (match.span(), match.groups())


# --- The extractor's own patterns -----------------------------------------------------------


def _all_compiled() -> list[re.Pattern[str]]:
    vocabulary = actions.vocabulary()
    guarded = [
        *vocabulary.actions.values(),
        *vocabulary.statuses.values(),
        *(g for g, _ in parties._respondent_patterns()),
        *(r for r, _, _ in dates._RECOGNISERS),
    ]
    return [*pattern_cache._compiled.values(), *(g.pattern for g in guarded)]


def test_most_of_the_extractors_patterns_are_told_their_first_characters() -> None:
    patterns = _all_compiled()
    told = [p for p in patterns if _told(p.pattern, p.flags & ~re.UNICODE)]
    assert len(told) > 0.7 * len(patterns)


def test_the_extractors_patterns_find_on_the_seed_articles_what_re_compile_finds() -> None:
    bodies = [load_article(p).body for p in sorted((ROOT / "corpus").glob("*.md"))[:3]]
    for pattern in _all_compiled():
        plain = re.compile(pattern.pattern, pattern.flags)
        for body in bodies:
            assert _matches(pattern, body) == _matches(plain, body), pattern.pattern[:80]


# --- Case by case ---------------------------------------------------------------------------


def test_a_name_after_a_look_behind_starts_with_a_capital() -> None:
    items = first_chars.first_chars(_parser.parse(r"(?<![\w.])(?=[A-Z])\w+\s+was\s+fined"), 0)
    assert items == [(_c.IN, [(_c.RANGE, (65, 90))])] or items == [(_c.RANGE, (65, 90))]
    assert _told(r"(?<![\w.])(?=[A-Z])\w+\s+was\s+fined")


def test_words_after_a_word_boundary_start_with_their_first_letters() -> None:
    items = first_chars.first_chars(_parser.parse(r"\b(?:fined|banned)\b"), 0)
    assert sorted(chr(av) for op, av in items if op is _c.LITERAL) == ["b", "f"]


def test_without_case_a_letter_starts_with_both_cases_and_the_letters_folded_to_it() -> None:
    items = first_chars.first_chars(_parser.parse(r"\bis\b", re.I), re.I)
    assert {chr(av) for _, av in items} == {"i", "I", "\u0130", "\u0131"}


def test_no_first_characters_where_a_match_may_be_empty_or_start_anywhere() -> None:
    for source in (r"\d*", r"(?:a|)b?", r".x", r"[^a]x", r"(a)?\1b"):
        assert first_chars.first_chars(_parser.parse(source), 0) is None, source
        assert not _told(source)


def test_patterns_re_tells_already_are_left_as_re_compiles_them() -> None:
    for source in ("fined", "[A-Z]x", "(?:ab|cd)"):
        parsed = _parser.parse(source)
        assert pattern_cache._compiled_parse(parsed, 0)[0] == [
            int(c) for c in _compiler._code(parsed, 0)
        ]


def test_the_other_cases_are_every_character_ignorecase_folds_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.I)
    folded = {
        chr(c)
        for c in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c))
    }
    assert folded == set("".join(first_chars._OTHER_CASES.values()))
    for ascii_letter, others in first_chars._OTHER_CASES.items():
        for other in others:
            assert re.fullmatch(ascii_letter, other, re.I)
