"""The speed-ups of helper W46 answer as the plain code does.

- dates._may_match looks for each set of words the date recognisers share once a text, and
  lets a recogniser of a month's name or a year run only where one stands whole: never where
  its own `may_match` says no, always where it matches.
- fact_violations.several_parties tells a part of a body without the pattern's words None
  without searching it: what `_SEVERAL_PARTIES.search(body, start, end)` finds.
- body_headings.headings finds a body's headings between two places as `_HEADING.finditer`
  does, scanning only the first and last line again.
- Patterns guarded by their words (a judgment's sentence, a sitting, a law's acronym defined)
  find what the pattern finds wherever their guard lets the text through.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import body_headings, dates, fact_dates, fact_told_days, fact_violations, provisions
from assistant.article_context import _HEADING
from assistant.name_lookup import lookup_form

_DATE_PIECES = [
    "On ",
    "in ",
    "since ",
    "by ",
    "Monday",
    "Tues. ",
    "last ",
    "this week",
    "today",
    "March",
    "Mar ",
    "May ",
    "may ",
    "Sept. ",
    "decision ",
    "2024",
    "12",
    "3",
    "-",
    "/",
    ".",
    ", ",
    " ",
    "19",
    "20",
    "ſ",
    "İ",
    "12-Dec-2024",
    "03.09.2024",
    "Dec ",
    "dec",
    "ision ",
    "september",
    "SEPT.",
    "ſept ",
    "aprİl ",
    "of ",
    "2nd ",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=14))
def test_recognisers_asked_where_each_may_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = lookup_form(text)
    for may, (recogniser, _, _) in zip(dates._may_match(folded), dates._RECOGNISERS, strict=True):
        # never more than its words allow, never less than where it matches
        assert not may or recogniser.may_match(folded)
        assert may or recogniser.pattern.search(text) is None


_PARTY_PIECES = [
    "fined ",
    "two ",
    "several ",
    "3 ",
    "12 ",
    "a combined ",
    "combined ",
    "€4 million",
    "companies",
    "firms ",
    "COMPANIES ",
    "executives",
    "banks",
    "local ",
    "the ",
    ". ",
    "; ",
    ",",
    "\n\n",
    "x",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_PARTY_PIECES), max_size=16),
    st.integers(0, 120),
    st.integers(0, 120),
)
def test_several_parties_finds_what_the_search_finds(pieces: list[str], a: int, b: int) -> None:
    body = "".join(pieces)
    start, end = min(a, b), max(a, b)
    found = fact_violations.several_parties(body, start, end)
    plain = fact_violations._SEVERAL_PARTIES.search(body, start, end)
    assert (found and found.span()) == (plain and plain.span())


_GUARDED_PIECES = [
    "The judgment ",
    "ruling ",
    "Decided: ",
    "delivered:",
    "\n",
    "At its meeting held on ",
    "the Board considered six cases",
    "was held",
    "the Payment Systems and Services Act (PSSA)",
    "(the CMA)",
    "Law ",
    "Act",
    " (",
    ")",
    "12 May 2024",
    ", ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GUARDED_PIECES), max_size=10))
def test_guarded_patterns_find_what_the_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = lookup_form(text)
    for guarded in (
        fact_dates._JUDGMENT,
        fact_told_days._SAT,
        provisions._ACRONYM_DEFINED_WORDS,
    ):
        if guarded.pattern.search(text):
            assert guarded.may_match(folded)
    if provisions._ACRONYM_DEFINED.search(text):
        assert provisions._ACRONYM_DEFINED_WORDS.may_match(folded)


_HEADING_PIECES = [
    "# ",
    "## ",
    "#",
    "**",
    "Title",
    "*",
    "\n",
    "\n\n",
    " ",
    "\t",
    "x.",
    "\r",
    "\u2028",
    "\x1c",
]


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(_HEADING_PIECES), max_size=30),
    st.integers(-3, 90),
    st.integers(-3, 90) | st.none(),
    st.booleans(),
)
def test_headings_are_the_pattern_s_matches(
    pieces: list[str], start: int, end: int | None, read_whole_first: bool
) -> None:
    body = "".join(pieces)
    if read_whole_first:
        body_headings.headings(body)  # (the body's headings kept, or not yet)
    plain = _HEADING.finditer(body, start) if end is None else _HEADING.finditer(body, start, end)
    got = body_headings.headings(body, start, end)
    assert [m.span() for m in got] == [m.span() for m in plain]


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(_HEADING_PIECES), max_size=30),
    st.integers(-3, 90),
    st.integers(-3, 90) | st.none(),
    st.booleans(),
)
def test_first_heading_is_the_pattern_s_search(
    pieces: list[str], start: int, end: int | None, read_whole_first: bool
) -> None:
    body = "".join(pieces)
    if read_whole_first:
        body_headings.headings(body)
    plain = _HEADING.search(body, start) if end is None else _HEADING.search(body, start, end)
    got = body_headings.first_heading(body, start, end)
    assert (got and got.span()) == (plain and plain.span())


_INSTRUMENT_PIECES = [
    "the ",
    "The ",
    "under the ",
    "breached the ",
    "CBK",
    "'s ",
    "FRC ",
    " on ",
    "digital lending",
    "Fair Lending ",
    "Guidelines",
    "guidelines",
    "Regulations",
    "regulation",
    "Rules",
    "rules",
    "Directive",
    "circular",
    "instructions",
    ", issued by the CAAN in 2024",
    ".",
    " ",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_INSTRUMENT_PIECES), max_size=12))
def test_regulators_instruments_guards_keep_every_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    if provisions._ISSUERS_RULES.search(text):
        assert any(kind in text for kind in provisions._ISSUERS_RULES_KINDS)
    if provisions._BY_TITLE.search(text):
        assert any(kind in text for kind in provisions._BY_TITLE_KINDS)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="unde rUNDERpsatbgfoiwſ", max_size=40))
def test_rests_on_words_are_in_every_match(text: str) -> None:
    if fact_violations._RESTS_ON.search(text):
        folded = lookup_form(text)
        assert any(word in folded for word in fact_violations._RESTS_ON_WORDS)
