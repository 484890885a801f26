"""Dates mentioned in article text, resolved against the article's publication date.

Detection is by regular expressions rather than dateutil's parser: `parser.parse(fuzzy=True)`
finds at most one date per string, reports no character span, and fills missing parts from
today's date, whereas an answer must quote the exact span and must resolve "last October" or
"on Wednesday" against the day the article was published. dateutil does the calendar
arithmetic (the most recent Wednesday, the month before).

Resolution: a date without a year ("April 13", "Thursday October 20", "in March") is the
most recent one not after publication that fits (the weekday too, when given) — or the next
one when the sentence looks ahead before it ("would start to accrue on 14 August"). When the
publication date is too coarse to decide, `date` is None and only the certain fields are set.

Spans cover the date words only: "in"/"on"/"since" are left out, "last"/"this" are kept
because they change the meaning.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta, weekday

from .name_lookup import lookup_form
from .needles import Guarded, compile_guarded
from .pattern_cache import compiled

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}


def _named(table: dict[str, int], word: str) -> int | None:
    """A month's or weekday's number from the text a pattern matched ignoring case. `re`
    matches 'ſept' (long s) and 'frıday' (dotless i) so, where `lower()` keeps the odd
    letter: they are folded here, and anything else the table lacks is no date (a
    KeyError would stop an index build)."""
    key = word.rstrip(".").casefold().replace("ı", "i").replace("i\u0307", "i")
    return table.get(key)


# Wire and US copy abbreviates weekdays ("on Wed.", "Tues., March 4"): the abbreviation
# always carries its full stop (without it "Sun", "Sat", "Wed" are a paper, a verb).
_WEEKDAYS |= {"tues": 1, "thur": 3, "thurs": 3}
_WEEKDAYS |= {name.lower(): n for n, name in enumerate(calendar.day_abbr)}

_FULL = "|".join(name for name in calendar.month_name if name)
# The full month names as a regex alternation ("January|February|…"), for other modules.
MONTH_NAMES = _FULL
_ANY = rf"(?:(?:{_FULL})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_WD = "(?:" + "|".join(calendar.day_name) + r")\b|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?!\w)"
# Newspapers named after a weekday, not dates.
_NOT_PAPER = r"(?!\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Mail|Star))"
# A number followed by these is an amount, not a day or a year.
_NOT_AMOUNT = r"(?![.,][0-9])(?!\s*(?:%|per\s?cent|percent|million|billion|bn\b|m\b|thousand|euros?\b|dollars?\b|pounds?\b|people|users|customers|times))"
_YEAR = rf"(?P<y>[0-9]{{4}})(?![0-9]|-[0-9]){_NOT_AMOUNT}"  # not "2019-20"

_ISO = compile_guarded(r"(?<![0-9-])(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?![0-9-])")
# Numeric dates of other countries' usage, kept in translations: "03.09.2024" (day, month,
# year with full stops: German, Slavic, Baltic, Turkish), "2024/09/03" (year first: East
# Asian), "12-Dec-2024" (South Asian), and "3/9/2024" only when a part over 12 says which is
# the day (US and other usage differ).
_DOTTED = compile_guarded(
    r"(?<![\w.,/-])(?P<d>[0-3]?[0-9])\.(?P<m>[01]?[0-9])\.(?P<y>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9])"
)
_YEAR_FIRST = compile_guarded(
    r"(?<![\w./-])(?P<y>(?:19|20)[0-9]{2})([/.])(?P<m>[01]?[0-9])\2(?P<d>[0-3]?[0-9])"
    r"(?![\w/]|[.,][0-9])"
)
_SLASHED = compile_guarded(
    r"(?<![\w./-])(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<y>(?:19|20)[0-9]{2})(?![\w/]|[.,][0-9])"
)
_HYPHENED = compile_guarded(
    r"(?<![\w-])(?P<d>[0-3]?[0-9])-(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"-(?P<y>(?:19|20)[0-9]{2})\b"
)
# "made 11. February 2026": the day as an ordinal with a full stop (Nordic and German
# usage, kept in translations), only before a full month name and a year and after a word
# that introduces a date (not "voted 5 to 2. May 2024 brought …").
_DATE_WORDS = ("from", "on", "until", "till", "by", "since", "before", "after", "dated")
_DATE_WORDS += ("decided", "made", "of")
_ORDINAL_DOT = (
    r"\.(?:"
    + "|".join(rf"(?<=\b{w}\s{d}\.)" for w in _DATE_WORDS for d in ("[0-9]", "[0-9][0-9]"))
    + rf")(?=\s+(?:{_FULL})\s+[0-9]{{4}})"
)
_DMY = compile_guarded(
    rf"(?:\b(?P<wd>{_WD}),?\s+(?:the\s+)?)?(?<![0-9.,€$£-])\b(?P<d>[0-9]{{1,2}})"
    rf"(?:st|nd|rd|th|{_ORDINAL_DOT})?"
    rf"\s+(?:of\s+)?(?P<m>{_ANY})(?:,?\s+(?:of\s+)?{_YEAR})?",
    re.I,
)
_MDY = compile_guarded(
    rf"(?:\b(?P<wd>{_WD}),?\s+)?\b(?P<m>{_ANY})\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\b{_NOT_AMOUNT}"
    rf"(?:,?\s+{_YEAR})?",
    re.I,
)
# "October 2023", and "October of 2023" as Spanish and Portuguese copy is often rendered.
_MY = compile_guarded(rf"\b(?P<m>{_ANY}),?\s+(?:of\s+)?{_YEAR}", re.I)
# A bare month needs a word before it that makes it a time ("in May", not "they may").
_MONTH = compile_guarded(
    rf"\b(?:(?:in|since|until|from|by|before|after|during)\s+"
    # "in late December", "in mid-December", "at the end of December": still that month (not
    # "by the end of September": a deadline, told by "by")
    r"|(?:in|during)\s+(?:early|mid|late)[\s-]?"
    r"|(?:in|at|towards?)\s+the\s+(?:end|beginning|start|middle|close)\s+of\s+|(?=last\s))"
    rf"(?P<span>(?P<last>last\s+)?(?P<m>{_FULL})\b(?:\s+(?P<which>last|this)\s+year\b)?)",
    re.I,
)
_PREP_YEAR = compile_guarded(rf"\b(?:in|since|until|from|by|before|after|during)\s+{_YEAR}", re.I)
# "on Wednesday last week", "on Monday of last week": that weekday of the week before the
# publication's (a Thursday's "Wednesday last week" is eight days back, not one).
_WEEKDAY = compile_guarded(
    rf"\b(?:(?P<last>last)\s+)?(?P<wd>{_WD}){_NOT_PAPER}"
    r"(?:(?P<lastweek>\s+(?:of\s+)?last\s+week)\b)?",
    re.I,
)
_WORDS = compile_guarded(
    r"\b(?P<w>yesterday|today|last\s+year|this\s+year|last\s+month|(?:earlier\s+)?this\s+month"
    r"|(?:earlier\s+)?this\s+week(?![’']s))\b",
    re.I,
)
# Before a date in the same sentence, these make it the next such date rather than the last:
# "the fines would start to accrue on 14 August" in an article of 7 August.
_FUTURE = compiled(
    r"\b(?:will|would|shall|going to|(?:is|are|was|were) due|set to|scheduled|expected to)\b"
    # A deadline still running: "has until 10 October to pay", "must pay by 1 March", "no
    # later than 30 June" (not "had until …": one that passed).
    r"|\b(?:has|have|is\s+given|was\s+given|given|granted|allowed)\s+(?:\w+\s+){0,3}?until\s+$"
    r"|\b(?:must|is\s+to|are\s+to|(?:is|are)\s+required\s+to)\s+[^.;]{0,60}?"
    r"\b(?:by|before|until)\s+$"
    r"|\bno\s+later\s+than\s+$|\bdeadline\s+(?:of|is)\s+$",
    re.I,
)
# "Article 17 May" is not a date.
_PROVISION_BEFORE = compiled(
    r"\b(?:art(?:icle)?s?|sections?|§|paras?|paragraphs?|no|rules?|recitals?)\.?\s*$", re.I
)


@dataclass(frozen=True)
class DateMention:
    date: date | None  # the full date, or None when only partly known
    year: int | None  # what is known, from the text (and the publication date when relative)
    month: int | None
    day: int | None
    start: int
    end: int
    text: str  # == the text's [start:end]
    relative: bool  # the text leaves part of it to the publication date ("last year")


@dataclass(frozen=True)
class _Published:
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


# (year, month, day, relative) — or None when the match is not a date after all.
_Fields = tuple[int | None, int | None, int | None, bool]


@lru_cache(maxsize=256)  # pure: read once for an article's many sentences, not once each
def _published(value: str | None) -> _Published:
    if value is None:
        return _Published()
    match = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", value)
    if match is None:
        raise ValueError(f"published must be YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
    year, month, day = (int(part) if part else None for part in match.groups())
    published = _Published(year, month, day)
    _ = published.date  # an impossible date (2023-02-30) raises ValueError here
    return published


def _capitalised(word: str | None) -> bool:
    # News capitalises months and weekdays; lower case "may" and "march" are verbs.
    return word is None or word[:1].isupper()


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# "said it would appeal the fine imposed on Tuesday": the date is the past step's, told
# after the future one.
_PAST_STEP = compiled(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:imposed|issued|levied|fined|announced|decided|adopted"
    r"|published|handed\s+down|delivered|rendered|made|taken)\s+(?:\w+\s+){0,8}?(?:on|in)\s+$",
    re.I,
)


def _future(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - 200) : match.start()]
    sentence = re.split(r"[.!?]\s|\n", before)[-1]
    looks_ahead = list(_FUTURE.finditer(sentence))
    if not looks_ahead:
        return False
    ahead = looks_ahead[-1]
    return _PAST_STEP.search(sentence, ahead.end()) is None and not _POSSESSIVE_STEP.match(
        match.string, match.end()
    )


# "would challenge Tuesday's decision": a possessive day names what was done that day.
_POSSESSIVE_STEP = compiled(
    r"[’']s\s+(?:[\w-]+\s+)?(?:decision|ruling|judg(?:e)?ment|fine|penalty|order|sanction"
    r"|determination|verdict|announcement|statement)\b",
    re.I,
)


def _month_day_year(
    month: int, day: int, wd: int | None, pub: _Published, future: bool
) -> int | None:
    """The year of the most recent `day` `month` not after publication (the first not before
    it when `future`), on weekday `wd` when given."""
    if pub.year is None or (pub.month is None and wd is None):
        return None  # only the publication month (or the weekday) can place it in a year
    if future:
        bound, years = (pub.year, pub.month or 1, pub.day or 1), range(pub.year, pub.year + 30)
    else:
        bound, years = (
            (pub.year, pub.month or 12, pub.day or 31),
            range(pub.year, pub.year - 30, -1),
        )
    # Thirty years finds any weekday for any day, 29 February included.
    for year in years:
        beyond = (year, month, day) < bound if future else (year, month, day) > bound
        if beyond or not _valid(year, month, day):
            continue
        if wd is None or date(year, month, day).weekday() == wd:
            return year
    return None


def _iso(match: re.Match[str], pub: _Published) -> _Fields | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    return (year, month, day, False) if year > 0 and _valid(year, month, day) else None


def _slashed(match: re.Match[str], pub: _Published) -> _Fields | None:
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    if (a > 12) == (b > 12):
        return None  # 3/9/2024: the 3rd of September or March the 9th
    day, month = (a, b) if a > 12 else (b, a)
    return (year, month, day, False) if _valid(year, month, day) else None


def _hyphened(match: re.Match[str], pub: _Published) -> _Fields | None:
    year, month, day = int(match["y"]), _named(_MONTHS, match["m"]), int(match["d"])
    if month is None:
        return None
    return (year, month, day, False) if _valid(year, month, day) else None


def _day_month(match: re.Match[str], pub: _Published) -> _Fields | None:
    month, day = _named(_MONTHS, match["m"]), int(match["d"])
    wd = _named(_WEEKDAYS, match["wd"]) if match["wd"] else None
    if month is None or (match["wd"] and wd is None):
        return None
    if not (_capitalised(match["m"]) and _capitalised(match["wd"])):
        return None
    if match["y"]:
        year = int(match["y"])
        return (year, month, day, False) if _valid(year, month, day) else None
    if not _valid(2000, month, day):  # a leap year: 29 February exists
        return None
    return _month_day_year(month, day, wd, pub, _future(match)), month, day, True


def _month_year(match: re.Match[str], pub: _Published) -> _Fields | None:
    year = int(match["y"])
    month = _named(_MONTHS, match["m"])
    ok = _capitalised(match["m"]) and year > 0 and month is not None
    return (year, month, None, False) if ok else None


def _month(match: re.Match[str], pub: _Published) -> _Fields | None:
    if not _capitalised(match["m"]):
        return None
    month, last = _named(_MONTHS, match["m"]), match["last"] is not None
    if month is None:
        return None
    if match["which"] and pub.year is not None:  # "in September last year"
        return pub.year - (match["which"].lower() == "last"), month, None, True
    if pub.year is None or pub.month is None:
        return None, month, None, True
    if not last and _future(match):  # "will apply in March": the next March
        return (pub.year if month >= pub.month else pub.year + 1), month, None, True
    # "in March": the most recent March up to the publication month; "last March": before it.
    recent = month < pub.month if last else month <= pub.month
    return (pub.year if recent else pub.year - 1), month, None, True


def _year(match: re.Match[str], pub: _Published) -> _Fields | None:
    year = int(match["y"])
    return (year, None, None, False) if year >= 1000 else None


def _year_of_last_week(pub: _Published) -> int | None:
    # A day in the week before publication is in the publication year unless that is January.
    return pub.year if pub.month is not None and pub.month > 1 else None


def _weekday(match: re.Match[str], pub: _Published) -> _Fields | None:
    if not _capitalised(match["wd"]):
        return None
    published = pub.date
    if published is None:
        return _year_of_last_week(pub), None, None, True
    # On or before publication ("on Wednesday" in a Wednesday article is that day), or on or
    # after it when the sentence looks ahead; "last Wednesday" is strictly before.
    wd = _named(_WEEKDAYS, match["wd"])
    if wd is None:
        return None
    if match["lastweek"] and not match["last"]:
        monday = published - relativedelta(days=published.weekday() + 7)
        found = monday + relativedelta(days=wd)
        return found.year, found.month, found.day, True
    ahead = not match["last"] and _future(match)
    back = relativedelta(days=-1 if match["last"] else 0)
    nth = 1 if ahead else -1
    found = published + back + relativedelta(weekday=weekday(wd, nth))
    return found.year, found.month, found.day, True


def _this_week(pub: _Published, earlier: bool) -> _Fields:
    """ "this week", "earlier this week": a day of the publication's week (Monday to Sunday;
    before publication when "earlier") the text does not name, so no day unless only one can
    be; its month and year only when every day it can be shares them."""
    published = pub.date
    if published is None:
        return pub.year, pub.month, None, True
    first = published - timedelta(days=published.weekday())
    last = published - timedelta(days=1) if earlier else first + timedelta(days=6)
    last = max(first, last)
    if first == last:  # "earlier this week" in a Tuesday's paper: the Monday
        return first.year, first.month, first.day, True
    year = first.year if first.year == last.year else None
    month = first.month if year and first.month == last.month else None
    return year, month, None, True


def _word(match: re.Match[str], pub: _Published) -> _Fields | None:
    word = " ".join(match["w"].lower().split())
    if word in ("today", "yesterday"):
        published = pub.date
        if published is None:
            known = pub.year if word == "today" else _year_of_last_week(pub)
            return known, pub.month if word == "today" else None, None, True
        found = published - timedelta(days=word == "yesterday")
        return found.year, found.month, found.day, True
    if word.endswith("this week"):
        return _this_week(pub, word.startswith("earlier"))
    if word in ("this year", "last year"):
        return (pub.year - (word == "last year") if pub.year else None), None, None, True
    if pub.year is None or pub.month is None:
        return None, None, None, True
    if word == "last month":
        before = date(pub.year, pub.month, 1) - timedelta(days=1)
        return before.year, before.month, None, True
    return pub.year, pub.month, None, True  # "this month", "earlier this month"


_Handler = Callable[[re.Match[str], _Published], "_Fields | None"]

# Each recogniser with the group its span starts at ("in March" quotes "March"). Each is
# guarded by the words it needs (a month's name, a weekday's): most sentences have none.
_RECOGNISERS: list[tuple[Guarded, _Handler, str | int]] = [
    (_ISO, _iso, 0),
    (_DOTTED, _iso, 0),
    (_YEAR_FIRST, _iso, 0),
    (_SLASHED, _slashed, 0),
    (_HYPHENED, _hyphened, 0),
    (_DMY, _day_month, 0),
    (_MDY, _day_month, 0),
    (_MY, _month_year, 0),
    (_MONTH, _month, "span"),
    (_PREP_YEAR, _year, "y"),
    (_WEEKDAY, _weekday, 0),
    (_WORDS, _word, 0),
]
# The recognisers' sets of needed words share a few sets (the digits six times, the months'
# names five): each distinct set is looked for once a text, for every recogniser that needs
# it (`Guarded.may_match` of each, without searching the text for the same words again).
_WORD_SETS = tuple(dict.fromkeys(words for r, _, _ in _RECOGNISERS for words in r.needles))
_SETS_OF = tuple(tuple(_WORD_SETS.index(words) for words in r.needles) for r, _, _ in _RECOGNISERS)


def _may_match(folded: str) -> list[bool]:
    """`[recogniser.may_match(folded) for recogniser, _, _ in _RECOGNISERS]`, each set of
    words looked for once."""
    contains = folded.__contains__
    has: list[bool | None] = [None] * len(_WORD_SETS)  # each set's words: any in the text?
    found = []
    for sets in _SETS_OF:
        may = True
        for index in sets:
            known = has[index]
            if known is None:
                known = has[index] = any(map(contains, _WORD_SETS[index]))
            if not known:
                may = False
                break
        found.append(may)
    # Sharper than their words: a month's name standing whole ("dec" is in "decision", "may"
    # a verb too), and a year's four digits.
    if any(found[i] for i in _NEED_MONTH_WORD) and not _MONTH_WORD.search(folded):
        for i in _NEED_MONTH_WORD:
            found[i] = False
    if found[_NEED_YEAR] and not _FOUR_DIGITS.search(folded):
        found[_NEED_YEAR] = False
    return found


# The recognisers whose matches have a month's name as a word of its own (after a space or
# `\b`, before `\b`), in the text folded (`lookup_form`: as re.IGNORECASE matches it); and
# the one whose matches have a year's four digits.
_NEED_MONTH_WORD = tuple(i for i, (r, _, _) in enumerate(_RECOGNISERS) if r in (_DMY, _MDY, _MY))
_MONTH_WORD = compiled(rf"\b(?:{_FULL.lower()}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b")
_NEED_YEAR = next(i for i, (r, _, _) in enumerate(_RECOGNISERS) if r is _PREP_YEAR)
_FOUR_DIGITS = compiled(r"[0-9]{4}")


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every date mention in `text`, in order, without overlaps.

    `published` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or None; relative mentions ("last
    October", "on Wednesday") are resolved against it as far as its precision allows, and
    keep `date` None with the fields that are known when it is too coarse.
    """
    return list(_find_dates(text, published))


@lru_cache(maxsize=4096)  # an article's sentences are read for dates more than once
def _find_dates(text: str, published: str | None) -> tuple[DateMention, ...]:
    pub = _published(published)
    found: list[DateMention] = []
    for (recogniser, handler, group), may_match in zip(
        _RECOGNISERS, _may_match(lookup_form(text)), strict=True
    ):
        if not may_match:
            continue
        for match in recogniser.pattern.finditer(text):
            start = match.start(group)
            # text[max(0, start - 20) : start] is text[:start][-20:] without first copying
            # all of the text before the match (a whole article's, for a long one).
            before = slice(max(0, start - 20), start)
            if match.group(0)[:1].isdigit() and _PROVISION_BEFORE.search(text[before]):
                continue
            try:
                fields = handler(match, pub)
            except (OverflowError, ValueError):  # near year 1 or 9999: no such date
                continue
            if fields is None:
                continue
            year, month, day, relative = fields
            full = date(year, month, day) if year and month and day else None
            end = match.end()
            found.append(DateMention(full, year, month, day, start, end, text[start:end], relative))
    # Longest first, so "Thursday October 20" wins over "Thursday" and "October 20".
    found.sort(key=lambda m: (m.start - m.end, m.start))
    kept: list[DateMention] = []
    for mention in found:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return tuple(sorted(kept, key=lambda m: m.start))
