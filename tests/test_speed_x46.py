"""The speed-ups of helper X46 answer as the plain code does.

- money's currency alternations are grouped by the character their forms start with
  (`money._by_first_character`): the grouped patterns find what the plain alternations find,
  and no character can start forms of two groups.
- compile_guarded keeps the fewest of each set's words in the pattern cache: the same words
  as finding the fewest after each read.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import money, needles, pattern_cache


def _plain_patterns() -> dict[str, str]:
    """money's patterns with each alternation of currency forms written out flat."""
    grouped = money._by_first_character
    try:
        money._by_first_character = lambda forms, firsts: "(?:" + "|".join(forms) + ")"
        table = money._table()
        return money._patterns(
            set(table.symbols), set(table.names), table.glued, money.spaced_currency_letters()
        )
    finally:
        money._by_first_character = grouped


@pytest.fixture(scope="module")
def both() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    plain = _plain_patterns()
    grouped = money._pattern_texts()
    assert plain != grouped  # the grouping is in force
    return [
        (kind, pattern_cache.compiled(plain[kind]), money._compiled(kind)) for kind in money._KINDS
    ]


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _assert_alike(both, text: str) -> None:
    for kind, plain, grouped in both:
        assert _found(grouped, text) == _found(plain, text), (kind, text)


_OTHERS = [" ", "-", " to ", " and ", "5", "1,250", "3.5", "2023", " million", "m", "bn",
           " the ", ". ", "(", ")", "K", "k", "\u212a", "s", "\u017f", "İ", "i", "ı", "%"]  # fmt: skip
_SIGNS = sorted(money._table().symbols)
_NAMES = sorted(money._table().names)
_PIECES = st.one_of(
    st.sampled_from(_SIGNS),
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES).map(str.upper),
    st.sampled_from(_NAMES).map(str.title),
    st.sampled_from(_OTHERS),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_grouped_currency_forms_find_what_the_flat_alternation_finds(both, pieces) -> None:
    _assert_alike(both, "".join(pieces))


def test_grouped_currency_forms_on_the_corpus(both) -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    paths = sorted(root.joinpath("corpus").glob("*.md"))
    paths += sorted(root.joinpath("tests", "fixtures", "dev_articles").glob("*.md"))
    for path in paths:
        _assert_alike(both, path.read_text(encoding="utf-8"))


def test_no_character_starts_forms_of_two_groups() -> None:
    """Each group's look, `(?=(?i:[…]))`, and the characters it accepts: no character of all
    Unicode is accepted by two groups' looks (so the forms that can start at a position are
    all in one group, in their order)."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for kind in ("post", "pre"):
        kind_looks = set(
            re.findall(r"\(\?=\(\?i:\[((?:\\.|[^\]\\])+)\]\)\)", money._pattern_texts()[kind])
        )
        assert len(kind_looks) > 20
        seen: set[str] = set()
        for look in kind_looks:
            accepted = set(re.findall(f"(?i:[{look}])", everything))
            assert not accepted & seen, (kind, look)
            seen |= accepted


def test_case_classes_follow_re() -> None:
    for a, b in (("k", "\u212a"), ("K", "k"), ("s", "\u017f"), ("$", "$")):
        assert money._case_class(a) == money._case_class(b)
        assert re.fullmatch(f"(?i:{re.escape(a)})", b)
    for a, b in (("k", "s"), ("$", "€"), ("i", "j")):
        assert money._case_class(a) != money._case_class(b)


def test_guarded_words_read_back_are_the_fewest(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_CACHE", str(tmp_path))
    source = r"\b(?:appeal|appealed|appeals|appealing)\s+(?:was|were)\s+(?:fined|finedd)\b"
    first = needles.compile_guarded(source, re.IGNORECASE)
    again = needles.compile_guarded(source, re.IGNORECASE)  # read from the cache
    parsed = re._parser.parse(source, re.IGNORECASE)
    assert first == again
    assert first.needles == needles._fewest_of(needles._needles_of(parsed))
    assert ("appeal",) in first.needles  # not "appealed" and the rest beside it
