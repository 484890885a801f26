"""The speed-ups of helper V45 answer as the plain code does.

- needles._fewest reads a big set's words by their pieces: the same words kept as looking
  for every other word in each.
- actions.is_penalty_amount asks the branches of "not a penalty" whose words the text has
  (GuardedBranches): the whole alternation matches exactly when one of them does.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import actions, needles


def _plain_fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        word for word in words if not any(other in word for other in words if other != word)
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="ab.-1 ", max_size=6), max_size=30, unique=True))
def test_fewest_keeps_what_the_plain_loop_keeps(words: list[str]) -> None:
    words = sorted(words)
    assert needles._fewest(tuple(words)) == _plain_fewest(tuple(words))


def test_fewest_of_a_big_set() -> None:
    words = tuple(sorted({f"{a}{b}{c}" for a in "ab" for b in "ab-" for c in ("", "a", "ba")}))
    assert len(words) > 8
    assert needles._fewest(words) == _plain_fewest(words)


_PIECES = [
    "up to ",
    "as much as ",
    "a maximum of ",
    "turnover of ",
    "revenue of about ",
    "valued at ",
    "the fine, ",
    "worth ",
    "fined ",
    "Maximum penalty of ",
    "capped at ",
    "imposed ",
    "issued maximum penalties of ",
    "alleging that the firm lost ",
    "€",
    "$",
    "5 million ",
    "; ",
    ". ",
    "the company ",
    "per ",
    "day ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_not_a_penalty_before_as_the_whole_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    vocab = actions.vocabulary()
    whole = vocab.not_penalty_before
    assert whole.pattern == rf"\b(?:{'|'.join(f'(?:{p})' for p in _before())})\W*$"
    for cut in range(0, len(text) + 1, 7):
        part = text[:cut]
        assert actions._matches_in(vocab.not_penalty_before_branches, part) == bool(
            whole.search(part)
        )
    assert actions._matches_in(vocab.not_penalty_sentence_branches, text) == bool(
        vocab.not_penalty_sentence.search(text)
    )


def _before() -> list[str]:
    from assistant.datafiles import load_toml

    return load_toml("enforcement.toml")["not_a_penalty"]["before_amount"]


def test_the_sentence_pattern_is_the_one_before() -> None:
    from assistant.datafiles import load_toml

    patterns = load_toml("enforcement.toml")["not_a_penalty"]["sentence"]
    assert actions.vocabulary().not_penalty_sentence.pattern == actions._source(patterns)
    assert actions.vocabulary().not_penalty_sentence.flags & re.IGNORECASE


_MONEY_PIECES = [
    "two",
    "Two",
    "a",
    "half",
    "half-a",
    "three quarters of a",
    "and",
    "twenty-five",
    "one hundred",
    "thousand",
    "MILLION",
    "million",
    "millions",
    "billion",
    "trillion",
    "euros",
    "dollars",
    "pesos",
    "€",
    "5",
    "-",
    " ",
    "  ",
    ",",
    ".",
    "x",
    "ſ",
    "fined",
    "_",
    "é",
]


def _assert_words_search_as_the_pattern(text: str) -> None:
    from assistant import money

    pattern = money._compiled("words")
    for position in range(len(text) + 1):
        fast = money._search_words(text, position)
        plain = pattern.search(text, position)
        assert (fast and (fast.span(), fast.groupdict())) == (
            plain and (plain.span(), plain.groupdict())
        ), (text, position)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MONEY_PIECES), max_size=16), st.sampled_from(["", " ", "-"]))
def test_money_in_words_found_as_the_pattern_finds_it(pieces: list[str], joiner: str) -> None:
    _assert_words_search_as_the_pattern(joiner.join(pieces))


def test_money_in_words_on_corpus_sentences() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    for path in sorted(root.joinpath("corpus").glob("*.md"))[:40]:
        body = path.read_text(encoding="utf-8")
        if re.search(r"thousand|million|billion|trillion", body, re.I):
            for part in body.split("\n\n"):
                if re.search(r"thousand|million|billion|trillion", part, re.I):
                    _assert_words_search_as_the_pattern(part[:400])


def test_lazy_branches_read_the_words_the_eager_ones_read() -> None:
    from assistant.datafiles import load_toml

    data = load_toml("enforcement.toml")["not_a_penalty"]
    for branches, after in ((data["before_amount"], r")\W*$"), (data["sentence"], r")\b")):
        eager = needles.compile_branches(branches, r"\b(?:", after, re.IGNORECASE)
        lazy = needles.compile_branches(branches, r"\b(?:", after, re.IGNORECASE, lazily=True)
        assert lazy == eager  # the pattern, its words, each branch's words and bits
        assert len(lazy.alone) == len(eager.alone)
        for number in (0, len(branches) // 2, len(branches) - 1):
            assert lazy.alone[number] == eager.alone[number]
