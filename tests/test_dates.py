"""Dates in article text, through `find_dates`: worked examples, the corpus, then properties."""

from __future__ import annotations

import calendar
import itertools
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.dates import DateMention, find_dates
from assistant.ingest import load_article

CORPUS = Path(__file__).parents[1] / "corpus"

# (text, published, [(span text, year, month, day)]) — `date` is set exactly when all three are.
EXAMPLES = [
    ("On 13 April 2023, the committee", "2023-05-10", [("13 April 2023", 2023, 4, 13)]),
    ("on April 13, 2023.", None, [("April 13, 2023", 2023, 4, 13)]),
    ("a decision taken on April 13 but", "2023-05-10", [("April 13", 2023, 4, 13)]),
    ("on 13 April", "2023-04-12", [("13 April", 2022, 4, 13)]),  # not after publication
    (
        "sanctioned on Thursday October 20, of",
        "2022-10-20",
        [("Thursday October 20", 2022, 10, 20)],
    ),
    ("Thursday October 20", "2024-03-01", [("Thursday October 20", 2022, 10, 20)]),  # 2023: Friday
    ("Thursday October 20", "2022", [("Thursday October 20", 2022, 10, 20)]),
    ("October 20", "2022", [("October 20", None, 10, 20)]),
    ("October 20", None, [("October 20", None, 10, 20)]),
    ("dated 2023-04-13.", None, [("2023-04-13", 2023, 4, 13)]),
    (
        "Oct. 20, 2022 and the 5th of March",
        "2023-05-10",
        [("Oct. 20, 2022", 2022, 10, 20), ("5th of March", 2023, 3, 5)],
    ),
    ("20 million euros in March in Italy", "2022-10-20", [("March", 2022, 3, None)]),
    ("fines in November", "2022-10-20", [("November", 2021, 11, None)]),
    ("in March", "2022", [("March", None, 3, None)]),
    ("had said in May last year that", "2023-06-04", [("May last year", 2022, 5, None)]),
    ("in March this year", "2023", [("March this year", 2023, 3, None)]),
    # Looking ahead in the same sentence: the next such date, not the last.
    (
        "The fines would start to accrue on 14 August and would continue until 3 November",
        "2023-08-07",
        [("14 August", 2023, 8, 14), ("3 November", 2023, 11, 3)],
    ),
    ("The court will rule on Friday.", "2023-05-10", [("Friday", 2023, 5, 12)]),
    ("The rules will apply in March.", "2023-05-10", [("March", 2024, 3, None)]),
    ("in March 2022", "2023-05-10", [("March 2022", 2022, 3, None)]),
    ("the CNIL's December 2021 order", "2023-05-10", [("December 2021", 2021, 12, None)]),
    ("since May 2020, which", "2022-10-20", [("May 2020", 2020, 5, None)]),
    ("fined Clearview last October and", "2023-05-10", [("last October", 2022, 10, None)]),
    ("fined Clearview last October and", "2022-10-20", [("last October", 2021, 10, None)]),
    ("imposed last year", "2023-05-10", [("last year", 2022, None, None)]),
    ("Last year, CNIL issued", "2022-10", [("Last year", 2021, None, None)]),
    ("agreed this year to", "2022-10-20", [("this year", 2022, None, None)]),
    ("last month", "2023-01-15", [("last month", 2022, 12, None)]),
    ("earlier this month", "2023-05-10", [("earlier this month", 2023, 5, None)]),
    ("the French body said on Wednesday.", "2023-05-10", [("Wednesday", 2023, 5, 10)]),
    ("Clearview AI Wednesday for failing", "2023-05-10", [("Wednesday", 2023, 5, 10)]),
    ("on Monday", "2023-05-10", [("Monday", 2023, 5, 8)]),
    ("on Thursday", "2023-05-10", [("Thursday", 2023, 5, 4)]),
    ("last Wednesday", "2023-05-10", [("last Wednesday", 2023, 5, 3)]),
    ("on Wednesday", "2022-10", [("Wednesday", 2022, None, None)]),
    ("on Wednesday", None, [("Wednesday", None, None, None)]),
    ("yesterday and today", "2023-05-10", [("yesterday", 2023, 5, 9), ("today", 2023, 5, 10)]),
    ("a press release today", "2023-05", [("today", 2023, 5, None)]),
    ("was formed in 2017 and", "2023-05-10", [("2017", 2017, None, None)]),
    ("on 29 February", "2023-05-10", [("29 February", 2020, 2, 29)]),
    ("Wednesday May 10, 2023 @10:43AM", "2023-05-10", [("Wednesday May 10, 2023", 2023, 5, 10)]),
    # Not dates: modal "may", provisions, amounts, counts, newspapers.
    ("they may appeal, and the fine may be paid", "2023-05-10", []),
    ("Article 17 May apply; Articles 12, 15, and 17", "2023-05-10", []),
    ("€20 million, 100,000 euros per day, 52 days, 4% of turnover", "2023-05-10", []),
    ("affected by 2000 people in 2019-20", "2023-05-10", []),
    ("The Sunday Times reported", "2023-05-10", []),
    ("31 April and 2023-02-30", "2023-05-10", []),
    ("it will march on", "2023-05-10", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), EXAMPLES)
def test_find_dates(
    text: str, published: str | None, expected: list[tuple[str, int | None, int | None, int | None]]
) -> None:
    found = find_dates(text, published)
    assert [(m.text, m.year, m.month, m.day) for m in found] == expected
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        full = mention.year and mention.month and mention.day
        assert mention.date == (date(mention.year, mention.month, mention.day) if full else None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "relative"),
    [("13 April 2023", False), ("December 2021", False), ("April 13", True), ("last year", True)],
)
def test_relative_says_whether_the_publication_date_was_needed(text: str, relative: bool) -> None:
    (mention,) = find_dates(text, "2023-05-10")
    assert mention.relative is relative


def test_bad_published_is_refused() -> None:
    with pytest.raises(ValueError, match="published"):
        find_dates("today", "10 May 2023")


def corpus_dates(name: str) -> list[DateMention]:
    article = load_article(CORPUS / name)
    return find_dates(article.body, article.published)


def test_corpus_articles() -> None:
    afp = corpus_dates("2022-10-20-afp-french-press-clearview-fined-20-million-by-cnil.md")
    assert ("Thursday October 20", date(2022, 10, 20)) in [(m.text, m.date) for m in afp]
    assert ("November 26, 2021", date(2021, 11, 26)) in [(m.text, m.date) for m in afp]
    week = corpus_dates("2023-05-10-securityweek-france-punishes-clearview-for-failing-to-pay.md")
    shown = {(m.text, m.year, m.month, m.day) for m in week}
    assert ("last October", 2022, 10, None) in shown
    assert ("Wednesday", 2023, 5, 10) in shown
    assert ("April 13", 2023, 4, 13) in shown
    crunch = corpus_dates("2023-05-10-techcrunch-clearview-fined-again-in-france.md")
    assert ("13 April 2023", date(2023, 4, 13)) in [(m.text, m.date) for m in crunch]
    assert ("today", date(2023, 5, 10)) in [(m.text, m.date) for m in crunch]


FRAGMENTS = [
    "13 April 2023",
    "April 13",
    "Thursday October 20",
    "in March",
    "last October",
    "May",
    "may",
    "on Wednesday",
    "yesterday",
    "2023-04-13",
    "Article 17",
    "€20 million",
    "in 2017",
    "earlier this month",
    "29 February",
    "31 April",
    ", ",
    " ",
    "\n",
    "last",
    "Sunday Times",
]


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=12).map("".join),
    st.sampled_from(
        [None, "2023", "2022-10", "2023-05-10", "2024-02-29", "2023-01-01", "0001-01-01"]
    ),
)
def test_find_dates_never_raises_and_spans_are_exact(text: str, published: str | None) -> None:
    found = find_dates(text, published)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.date is None or (
            (mention.date.year, mention.date.month, mention.date.day)
            == (mention.year, mention.month, mention.day)
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Thursday's "Wednesday last week" is the week before's, not yesterday.
        ("The appeal court ruled on Wednesday last week.", date(2026, 1, 21)),
        ("It paid the first half on Monday of last week.", date(2026, 1, 19)),
        ("The board met last Wednesday.", date(2026, 1, 28)),
        ("The board met on Wednesday.", date(2026, 1, 28)),
    ],
)
def test_a_weekday_of_last_week_is_in_the_week_before_publication(
    text: str, expected: date
) -> None:
    assert [d.date for d in find_dates(text, "2026-01-29")] == [expected]


def test_numeric_dates_of_other_usages_are_read_when_they_cannot_be_mistaken() -> None:
    def read(text: str) -> list[tuple[str, str | None]]:
        return [
            (d.text, d.date.isoformat() if d.date else None) for d in find_dates(text, "2025-02-05")
        ]

    assert read("The Board's decision of 03.09.2024 was final.") == [("03.09.2024", "2024-09-03")]
    assert read("The order dated 2024/12/27 was served.") == [("2024/12/27", "2024-12-27")]
    assert read("SEBI's order dated 12-Dec-2024 imposed it.") == [("12-Dec-2024", "2024-12-12")]
    assert read("It was fined on 13/9/2024.") == [("13/9/2024", "2024-09-13")]
    assert read("It was fined on 9/13/2024.") == [("9/13/2024", "2024-09-13")]
    assert read("It was fined on 3/9/2024.") == []  # the 3rd of September or March the 9th
    assert read("Rule 12.5 of 2024 applies; version 1.2.2024.5.") == []


# Letters `re` matches ignoring case that `str.lower()` does not fold to the ASCII letter.
_ODD_FOLDS = {"s": "ſ", "i": "ı", "I": "İ", "k": "K"}


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(
        [n for n in calendar.month_name if n] + ["Sept"] + list(calendar.day_name)
    ).flatmap(
        lambda name: st.lists(st.booleans(), min_size=len(name), max_size=len(name)).map(
            lambda flips: "".join(
                _ODD_FOLDS.get(c, c) if flip else c for c, flip in zip(name, flips, strict=True)
            )
        )
    ),
    st.sampled_from(
        [
            "on 5 {} 2024",
            "on {} 5, 2024",
            "in {} 2023",
            "in {}",
            "on {}",
            "last {}",
            "5-{}-2024",
            "{} 3",
        ]
    ),
)
def test_month_and_weekday_names_with_letters_re_folds_never_raise(
    name: str, template: str
) -> None:
    """'5 ſept 2024' matched the month pattern but was looked up as 'ſept': a KeyError that
    stopped the build. Such a name is read as the month it folds to, or as no date."""
    text = template.format(name)
    for mention in find_dates(text, "2024-10-10"):
        assert text[mention.start : mention.end] == mention.text
