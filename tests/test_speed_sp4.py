"""The speed-ups of helper sp4 give the answers the plain code gives.

- needles._fewest drops from a set of words the words that contain another of the set: a
  text has one of the set exactly when it has one of what is left.
- GuardedBranches.pattern_for finds the sets of words a text has with map/compress: the
  same bits as looking for each word in turn.
- dates: the 20 characters before a match are sliced without copying the text before them.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import actions, dates, needles

_ALPHABET = "ab.-1 "


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _word_sets(count: int, seed: int) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    sets = []
    for _ in range(count):
        words = {
            "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 6))
        }
        sets.append(tuple(sorted(words)))
    return sets


@pytest.mark.parametrize("seed", range(5))
def test_fewest_words_answer_as_all_of_them(seed: int) -> None:
    for words in _word_sets(200, seed):
        fewest = needles._fewest(words)
        assert set(fewest) <= set(words) and fewest
        for text in _texts(60, seed + 100):
            assert any(w in text for w in fewest) == any(w in text for w in words), (
                words,
                text,
            )


def test_fewest_keeps_words_none_of_the_others_is_part_of() -> None:
    assert needles._fewest(("apr", "apr.", "april", "aug")) == ("apr", "aug")
    assert needles._fewest(("19", "20")) == ("19", "20")
    assert needles._fewest(("0", "0.", "00.", "1")) == ("0", "1")


def _plain_had(guarded: needles.GuardedBranches, folded: str) -> int:
    had = 0
    for word, bits in zip(guarded.words, guarded.word_bits, strict=True):
        if word in folded:
            had |= bits
    return had


def _plain_pattern(
    guarded: needles.GuardedBranches, folded: str
) -> needles.Alternation | re.Pattern[str] | None:
    """What pattern_for answers, worked out from scratch with the plain word loop."""
    if not guarded.may_match(folded):
        return None
    had = _plain_had(guarded, folded)
    present = [n for n, bits in enumerate(guarded.branch_bits) if bits & had == bits]
    if not present:
        return None
    if len(present) == len(guarded.branches):
        return guarded.pattern
    if len(present) == 1:
        return guarded.alone[present[0]]
    return guarded.alternation(tuple(present))


def test_pattern_for_matches_the_plain_loop_on_the_vocabulary() -> None:
    vocab = actions.vocabulary()
    texts = [
        "The authority fined the company €3 million and it has appealed to the court.",
        "It agreed to pay and has paid the penalty; the ban was lifted.",
        "The regulator issued a cease-and-desist order; the firm committed to comply.",
        "Nothing here at all.",
        "",
        "astreinte dwangsom coercive daily forfeit appeal court affirmed",
    ]
    for guarded in itertools.chain(vocab.actions.values(), vocab.statuses.values()):
        for text in texts:
            folded = needles.lookup_form(text)
            fast = guarded.pattern_for(folded)
            plain = _plain_pattern(guarded, folded)
            assert fast == plain


def test_find_dates_skips_a_number_after_a_provision_only() -> None:
    long_prefix = "x " * 500
    found = dates.find_dates(long_prefix + "under Article 17 May 2024 rules", "2024-06-01")
    assert all(m.text != "17 May 2024" for m in found)
    found = dates.find_dates(long_prefix + "on 17 May 2024 the fine", "2024-06-01")
    assert [m.text for m in found] == ["17 May 2024"]


# Branches that overlap, share starts, back off into one another, and one that can match no
# characters at all: the alternation's own rules, whichever branches a text calls for.
_INVENTED = needles.compile_branches(
    [r"fin\w*", r"fined\s+\w+", r"\d+(?:,\d{3})*", r"pa(?:id|y)(?:\s+up)?", r"x?", r"up\b"],
    r"\b(?:",
    r")",
    re.IGNORECASE,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(range(len(_INVENTED.branches))), min_size=1, unique=True),
    st.text(alphabet="finedpayup 0123,xX.", max_size=40),
)
def test_an_alternation_run_branch_by_branch_matches_as_the_compiled_one(
    numbers: list[int], text: str
) -> None:
    present = tuple(sorted(numbers))
    run = _INVENTED.alternation(present)
    whole = _INVENTED.compiled(present)
    assert [(m.span(), m.group()) for m in run.finditer(text)] == [
        (m.span(), m.group()) for m in whole.finditer(text)
    ]
    found, expected = run.search(text), whole.search(text)
    assert (found and (found.span(), found.group())) == (
        expected and (expected.span(), expected.group())
    )
