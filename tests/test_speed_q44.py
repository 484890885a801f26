"""The one-look shortcuts of needles (`WordBits`, `GuardSet`) answer as the plain tests do.

`WordBits` finds which of many words a folded text has by its runs of word characters;
`GuardSet` answers each of many guards' `may_match` from those words at once; money's
`_chosen` is kept per text. Each is compared with the plain way on corpus sentences and on
built texts with odd characters (those `lookup_form` folds, quotes, hyphens, underscores).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import dates, money, parties
from assistant.name_lookup import lookup_form
from assistant.needles import GuardSet, WordBits

_CORPUS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus").glob("*.md"))[:30]
_SENTENCES = [
    line.strip()
    for path in _CORPUS
    for line in path.read_text(encoding="utf-8").split(". ")
    if line.strip()
]


def _guards() -> list:
    return [guarded for guarded, _ in parties._respondent_patterns()] + [
        recogniser for recogniser, _, _ in dates._RECOGNISERS
    ]


def _words() -> list[str]:
    return sorted({w for guard in _guards() for words in guard.needles for w in words})


_GUARDS = GuardSet(_guards())
_WORDS = _words()
_BITS = WordBits({word: 1 << n for n, word in enumerate(_WORDS)} | {"": 1 << len(_WORDS)})


def _check(text: str) -> None:
    folded = lookup_form(text)
    assert _GUARDS.may_match(folded) == [guard.may_match(folded) for guard in _guards()]
    expected = sum(1 << n for n, word in enumerate(_WORDS) if word in folded)
    assert _BITS(folded) == expected | 1 << len(_WORDS)  # "" is in every text
    assert parties._respondent_guards().may_match(folded) == [
        guarded.may_match(folded) for guarded, _ in parties._respondent_patterns()
    ]
    assert list(money._chosen(text)) == money._chosen_afresh(text)


def test_corpus_sentences() -> None:
    for sentence in _SENTENCES:
        _check(sentence)


def test_whole_articles() -> None:
    for path in _CORPUS[:10]:
        _check(path.read_text(encoding="utf-8"))


_PIECES = st.sampled_from(
    [
        *_WORDS[::5],
        "fined",
        "has been fined €5 million",
        "the company's",
        "start-up",
        "İ",
        "ſ",
        "\u212a",
        "’",
        "'",
        "-",
        "_",
        " ",
        ", ",
        ": ",
        ". ",
        "x",
        "7",
        "2024",
        "March",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_built_texts(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefinorstuy İſ\u212a’'“-_.,:7 "), max_size=40))
def test_odd_characters(text: str) -> None:
    _check(text)
