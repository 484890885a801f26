"""The lexicon's shortcuts read names exactly as the plain word-by-word scan does.

`Lexicon._found` passes over words no name opens with and bounds a name's length by its
first two words; `_Words` reads a text's words once. Each is checked here against the plain
reading it replaces, on texts built from the data files' own names (so that names overlap,
share first words and run into each other), for the shared lexicon and for derived ones.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import lexicon as lexicon_module
from assistant.lexicon import Authority, Lexicon, Mention, _Words


def _plain_found(lexicon: Lexicon, words: _Words, low: int, high: int, offset: int):
    """`Lexicon._found` as written before its shortcuts: every word tried at every length up
    to the most words a name opening with it has."""
    tokens, written, folded = words.tokens, words.written, words.folded
    text = words.text
    found: list[Mention] = []
    i = low
    while i < high:
        longest = lexicon._longest.get(folded[i], 0)
        for n in range(min(longest, high - i), 0, -1):
            exact = lexicon._exact.get(tuple(written[i : i + n]))
            loose = lexicon._folded.get(tuple(folded[i : i + n]))
            keys = (
                exact + [k for k in loose if k not in exact]
                if exact
                and loose
                and any(k[0] == "authority" for k in exact)
                and tuple(written[i : i + n]) not in lexicon._bound
                else exact or loose
            )
            if keys:
                start, end = tokens[i].start(), tokens[i + n - 1].end()
                if lexicon_module._in_citation(text, start, end):
                    i += n
                    break
                if n == 1 and (
                    lexicon_module._currency_before_figure(text, start, end)
                    or lexicon_module._letters_of_a_sign(text, start)
                ):
                    i += 1
                    break
                found.extend(
                    Mention(kind, key, start - offset, end - offset, text[start:end])
                    for kind, key in keys
                )
                i += n
                break
        else:
            i += 1
    return lexicon._resolve_shared(found, words, low, high)


def _plain_words(text: str) -> tuple[list, list[str], list[str]]:
    tokens = list(lexicon_module._TOKEN.finditer(text))
    written = [lexicon_module._normalise(t.group()) for t in tokens]
    return tokens, written, [w.casefold() for w in written]


_BASE = lexicon_module.lexicon()
_NAMES = sorted(
    {" ".join(words) for table in (_BASE._exact, _BASE._folded) for words in table}
    | {"[2025] FCA 688", "MGA 500 million", "EC$50,000", "CBB", "CBb", "Georgia's", "U.S."}
)
_FILLER = ["the", "of", "and", "fined", "The", "Office", "national", "NATIONAL", "in", "’s", ","]


def _derived_lexicons() -> list[Lexicon]:
    extra = Authority(
        id="XRA",
        name="Xanadu Regulatory Authority of the National Office",
        english_name="Xanadu Regulatory Authority of the National Office",
        aliases=("the National Office of Xanadu", "Office"),
        jurisdiction="GB",
        kind="unlisted",
    )
    some_key = next(iter(_BASE.authorities))
    return [
        _BASE,
        _BASE.with_authorities([extra]),
        _BASE.with_short_forms({"CMA": some_key, "National Office": some_key}),
        _BASE.settle_places("Georgia's capital Tbilisi and the lari; Atlanta, Georgia"),
    ]


_LEXICONS = _derived_lexicons()


def _text(seed: int) -> str:
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randint(1, 25)):
        name = rng.choice(_NAMES)
        if rng.random() < 0.3:  # a name cut short, or run into the next one
            words = name.split()
            name = " ".join(words[: rng.randint(1, len(words))])
        if rng.random() < 0.2:
            name = name.upper() if rng.random() < 0.5 else name.lower()
        parts.append(name)
        parts.extend(rng.choice(_FILLER) for _ in range(rng.randint(0, 2)))
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, len(_LEXICONS) - 1), st.integers(0, 40))
def test_found_reads_as_the_plain_scan(seed: int, which: int, cut: int) -> None:
    lexicon = _LEXICONS[which]
    words = _Words(_text(seed))
    count = len(words.written)
    low = min(cut, count)
    for start, end, offset in ((0, count, 0), (low, count, 7), (0, low, 0)):
        # (`_found`'s names, a name two regulators share settled as `Lexicon._read` does)
        found = lexicon._found(words, start, end, offset)
        settled = lexicon._resolve_shared(found, words, start, end)
        assert settled == _plain_found(lexicon, words, start, end, offset)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**9))
def test_words_read_as_plainly(seed: int) -> None:
    text = _text(seed) + " l’informatique France's Italy. U.S. H&M Ton-That"
    words = _Words(text)
    tokens, written, folded = _plain_words(text)
    assert [(t.start(), t.end()) for t in words.tokens] == [(t.start(), t.end()) for t in tokens]
    assert words.written == written
    assert words.folded == folded


def test_pair_bounds_cover_every_name_of_derived_lexicons() -> None:
    """Every name of every table is within the bounds `_found` reads names by."""
    for lexicon in _LEXICONS:
        for table in (lexicon._exact, lexicon._folded):
            for words in table:
                folded = [w.casefold() for w in words]
                assert lexicon._longest[folded[0]] >= len(words)
                if len(words) > 1:
                    assert lexicon._longest_pair[(folded[0], folded[1])] >= len(words)
