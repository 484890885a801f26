"""`literal_spots.spots` finds what the pattern it stands for finds (see its module)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.literal_spots import spots
from assistant.pattern_cache import compiled

# The shapes the extractor uses: (look-behind class, look-ahead), as in its modules.
_SHAPES = [
    (r"[\w’'-]", r"(?![\w-])"),
    (r"[\w-]", r"(?![\w-])(?!\s+[A-Z])"),
    (r"[\w/&-]", r"(?![\w/&-])"),
]
_ALPHABET = "aAbBN C-’'/&_\n1é"


@pytest.mark.parametrize(("before", "after"), _SHAPES)
@given(
    text=st.text(alphabet=_ALPHABET, max_size=40),
    literal=st.text(alphabet=_ALPHABET, min_size=1, max_size=4),
)
def test_spots_are_the_patterns_matches(before: str, after: str, text: str, literal: str) -> None:
    pattern = re.compile(rf"(?<!{before}){re.escape(literal)}{after}")
    expected = [m.start() for m in pattern.finditer(text)]
    assert list(spots(text, literal, compiled(before), compiled(after))) == expected


def test_overlapping_and_repeated() -> None:
    text = "AAA AA A-A AAA"
    found = list(spots(text, "AA", compiled(r"[\w-]"), compiled(r"(?![\w-])")))
    assert found == [m.start() for m in re.finditer(r"(?<![\w-])AA(?![\w-])", text)]


@given(
    law=st.text(alphabet="Act .(2019,)", min_size=1, max_size=8),
    rest=st.text(alphabet=" ,0129No.f", max_size=9),
)
def test_dated_title_without_a_pattern_per_law(law: str, rest: str) -> None:
    """provisions.defined_laws: "X Act 2007" is "X Act" with its year (or "X Law No. 28 of
    2000" with its number), as the pattern said."""
    from assistant.provisions import _YEAR_OR_NUMBER_AFTER

    full = law + rest
    for name in (law, law[:-1] or law):
        after = r"(?:,? (?:19|20)\d\d| No\. \d[\w./-]*(?: of (?:19|20)\d\d)?)"
        expected = re.fullmatch(rf"{re.escape(name)}{after}", full) is not None
        got = full.startswith(name) and _YEAR_OR_NUMBER_AFTER.fullmatch(full, len(name)) is not None
        assert got == expected


def test_cached_pattern_is_re_compiles_and_leaves_re_cache_alone() -> None:
    """pattern_cache.cached_pattern: the pattern `re.compile` makes, kept out of `re`'s cache."""
    from assistant.pattern_cache import cached_pattern

    source = r"(?<![\w-])XQZ(?![\w-])(?!\s+[A-Z])"
    pattern = cached_pattern(source, re.IGNORECASE)
    assert (pattern.pattern, pattern.flags) == (source, re.compile(source, re.I).flags)
    text = "xqz Said; XQZ Group, -XQZ xqz"
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in re.finditer(source, text, re.IGNORECASE)
    ]
    before = len(re._cache)  # type: ignore[attr-defined]
    cached_pattern(r"(?<![\w-])QQZ\d(?![\w-])")
    assert len(re._cache) == before  # type: ignore[attr-defined]
