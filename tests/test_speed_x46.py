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
    grouped, factored = money._by_first_character, money._after_first_character
    try:
        money._by_first_character = lambda forms, firsts: "(?:" + "|".join(forms) + ")"
        money._after_first_character = lambda forms: (
            "(?:" + "|".join(re.escape(first) + rest for first, rest in forms) + ")"
        )
        table = money._table()
        return money._patterns(
            set(table.symbols), set(table.names), table.glued, money.spaced_currency_letters()
        )
    finally:
        money._by_first_character, money._after_first_character = grouped, factored


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
    for kind in ("post",):
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


# --- WordScan: the words of a folded text from one pass ----------------------------------


def _plain_bits(bits: dict[str, int], folded: str) -> int:
    found = 0
    for word, bit in bits.items():
        if word in folded:
            found |= bit
    return found


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text(alphabet="abc.-é ", min_size=1, max_size=6), max_size=40, unique=True),
    st.lists(st.text(alphabet="abc.-é ", max_size=30), min_size=1, max_size=5),
)
def test_word_scan_finds_the_words_each_look_finds(words: list[str], texts: list[str]) -> None:
    bits = {word: 1 << (number % 7) for number, word in enumerate(words)}
    scan = needles.WordScan(bits)
    for text in texts:
        assert scan(text) == _plain_bits(bits, text), text


def _branches_and_texts():
    from pathlib import Path

    from assistant import actions, fact_violations
    from assistant.name_lookup import lookup_form

    vocab = actions.vocabulary()
    branches = [
        vocab.not_penalty_before_branches,
        vocab.not_penalty_sentence_branches,
        fact_violations._VIOLATION,
    ]
    root = Path(__file__).resolve().parents[1]
    texts = []
    for path in sorted(root.joinpath("corpus").glob("*.md"))[:30]:
        body = path.read_text(encoding="utf-8")
        texts += [lookup_form(part) for part in re.split(r"(?<=[.!?])\s+", body)]
        texts += [lookup_form(body[max(0, at - 100) : at]) for at in range(0, len(body), 37)]
    return branches, texts


def test_pattern_for_is_what_looking_for_each_word_gives() -> None:
    branches, texts = _branches_and_texts()
    for guarded in branches:
        for text in texts:
            assert guarded.pattern_for(text) is guarded.pattern_for_each_word(text), text


# --- PatternList: a set of patterns in one entry of the cache -----------------------------

_SOURCES = [r"\bfin(?:ed|es)\b", r"(?P<who>[A-Z]\w+)\s+appealed", r"\d+\s*days?", r"\b(?:a|b)\b"]


def test_a_pattern_list_read_back_is_what_re_compiles(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_CACHE", str(tmp_path))
    first = pattern_cache.PatternList(_SOURCES, re.IGNORECASE)
    assert first[1] == pattern_cache.compiled_afresh(_SOURCES[1], re.IGNORECASE)
    assert len(list((tmp_path / "patterns").iterdir())) == 1  # one entry for all
    again = pattern_cache.PatternList(_SOURCES, re.IGNORECASE)
    for number in (3, 0, 2, 1):
        assert again[number] == pattern_cache.compiled_afresh(_SOURCES[number], re.IGNORECASE)
    assert again[1].search("then Acme appealed").group("who") == "Acme"
    assert len(again) == 4 and again[1:3] == (again[1], again[2])
    other = pattern_cache.PatternList(_SOURCES[:3], re.IGNORECASE)  # another list: its own
    assert other[2] == again[2]
    assert len(list((tmp_path / "patterns").iterdir())) == 2


def test_a_damaged_pattern_list_is_compiled_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_CACHE", str(tmp_path))
    pattern_cache.PatternList(_SOURCES)[0]
    (entry,) = (tmp_path / "patterns").iterdir()
    head, _, body = entry.read_bytes().partition(b"\n")
    for damaged in (b"\x00not a list", head + b"\n" + body[:7], b"[[1]]\n"):
        entry.write_bytes(damaged)
        read = pattern_cache.PatternList(_SOURCES)
        assert [read[n] for n in range(4)] == [pattern_cache.compiled_afresh(s) for s in _SOURCES]


def test_a_pattern_list_without_a_writable_cache(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("ASSISTANT_CACHE", str(blocked))
    read = pattern_cache.PatternList(_SOURCES)
    assert read[2] == pattern_cache.compiled_afresh(_SOURCES[2])
