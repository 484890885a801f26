"""The speed-ups of helper V46 answer as the plain code does.

- Lexicon.mentions_joined reads a text of lines from each line's own mentions (an article's
  title, outlet and body): what reading the whole text finds, names running from one line
  into the next, citations, currencies and names two regulators share included.
- A lexicon with an article's bodies added indexes them by place as one built afresh.
- lexicon._TOKEN, written without a step back at each word's end, matches what the plain
  pattern matches.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import lexicon as lexicon_module
from assistant.lexicon import Authority, lexicon

_PIECES = [
    "The ",
    "the ",
    "Data ",
    "Protection ",
    "Commission ",
    "Authority ",
    "Information Commissioner's Office ",
    "Financial Conduct ",
    "FCA ",
    "CMA ",
    "Competition and Markets Authority ",
    "Datatilsynet ",
    "Norway ",
    "Denmark ",
    "Kenya ",
    "Nairobi",
    "NAIROBI, ",
    "Oslo ",
    "OSLO",
    "Road ",
    "Town ",
    "Bank ",
    "Financial Services Commission ",
    "Saudi Arabia ",
    "Georgia ",
    "MGA ",
    "EC$",
    "[2025] ",
    "688 ",
    "500 million ",
    "fined ",
    "of ",
    "— ",
    ", ",
    ". ",
    "]",
    "(",
    ")",
    "\n",
    " ",
]

_PART = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PART, min_size=1, max_size=3), st.booleans())
def test_joined_mentions_are_the_whole_text_s(parts: list[str], parts_first: bool) -> None:
    plain = lexicon()._derived()  # (empty caches: read afresh)
    joined = lexicon()._derived()
    if parts_first:  # as the body is read for its places before
        for part in parts:
            joined.mentions(part)
    text = "\n".join(parts)
    assert joined.mentions_joined(parts) == plain.mentions(text)
    assert joined.mentions(text) == plain.mentions(text)


def test_a_name_running_into_the_next_line_is_read_whole() -> None:
    parts = ["Fined by the Information", "Commissioner's Office today"]
    plain = lexicon()._derived().mentions("\n".join(parts))
    assert [m.key for m in plain if m.kind == "authority"] == ["ICO"]
    assert lexicon()._derived().mentions_joined(parts) == plain


def test_a_shared_name_is_settled_by_the_whole_text() -> None:
    parts = ["Datatilsynet fines a bank", "", "The bank, based in Oslo, will appeal."]
    plain = lexicon()._derived().mentions("\n".join(parts))
    joined = lexicon()._derived()
    for part in parts:
        joined.mentions(part)
    assert joined.mentions_joined(parts) == plain


def test_added_bodies_are_indexed_by_place_as_afresh() -> None:
    base = lexicon()
    base.regulators_of("KE", "competition")  # the index built before
    extra = [
        Authority("KXA", "Kenya X Authority", "Kenya X Authority", (), "KE", "competition"),
        Authority("ZZA", "Z Authority", "Z Authority", (), "KE-30", "consumer"),
    ]
    derived = base.with_authorities(extra)
    fresh = base.with_authorities(extra)
    fresh._by_place = None
    for key in {(a.jurisdiction, a.kind) for a in derived.authorities.values()}:
        assert derived.regulators_of(*key) == fresh.regulators_of(*key)
    assert [a.id for a in derived.regulators_of("KE", "competition")][-1] == "KXA"


def test_a_citation_or_a_currency_across_lines_is_read_whole() -> None:
    for parts in (["Ruling [2025]", "FCA 688 was cited"], ["It was fined MGA", "500 million"]):
        plain = lexicon()._derived().mentions("\n".join(parts))
        joined = lexicon()._derived()
        for part in parts:
            joined.mentions(part)
        assert joined.mentions_joined(parts) == plain
        # (each line read alone names a regulator the whole text does not)
        assert not plain and any(joined.mentions(part) for part in parts)


@pytest.mark.parametrize(
    "parts",
    [
        ["Datatilsynet fines Bank", "Oslo office shut"],  # a town inside a name at the join
        ["Datatilsynet fines a bank in", "Oslo"],
        ["OSLO", "— Datatilsynet fined a bank"],  # a dateline only as one text
        ["Datatilsynet fined a bank", "OSLO, 3 May — more"],  # a dateline only alone
        ["Datatilsynet fined a bank", "", "Oslo"],
        ["The Financial Services Commission fined a firm in Road", "Town today"],  # one town
    ],
)
def test_a_shared_name_is_settled_by_the_towns_of_the_whole_text(parts: list[str]) -> None:
    plain = lexicon()._derived().mentions("\n".join(parts))
    joined = lexicon()._derived()
    for part in parts:
        joined.mentions(part)
    assert joined.mentions_joined(parts) == plain


_PLAIN_TOKEN = re.compile(r"[^\W_](?:[\w&'’.-]*[\w&.])?")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="aZé1_&'’.- \n,$(ßİ", max_size=40))
def test_words_are_the_plain_pattern_s(text: str) -> None:
    spans = [m.span() for m in lexicon_module._TOKEN.finditer(text)]
    assert spans == [m.span() for m in _PLAIN_TOKEN.finditer(text)]


def test_a_part_read_inside_a_longer_text_is_not_taken_as_read_alone() -> None:
    text = "It was fined MGA 500 million."
    joined = lexicon()._derived()
    joined.places_in_pieces(text, [(0, 16)])  # "It was fined MGA": the currency, there
    parts = ["It was fined MGA", "and more"]
    plain = lexicon()._derived().mentions("\n".join(parts))
    assert [m.key for m in plain] == ["MGA"]
    assert joined.mentions_joined(parts) == plain
