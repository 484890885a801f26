"""Read a value of the asked type off ranked evidence: an amount, a date, a count, a name, or
whether a sentence says yes or no.

Used when no stored fact answers ("What is Clearview's annual turnover?"). A candidate is
scored by how many of the question's focus words stand near it in its sentence, then by the
sentence's rank; the span it came from becomes the citation.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from .actions import is_penalty_amount
from .dates import DateMention, find_dates
from .event_clauses import asked_kinds, dates_another_event
from .lexical import synonyms_of
from .lexicon import Lexicon
from .money import Money, find_money
from .numbers import find_numbers
from .pattern_cache import compiled
from .people import holds_a_role, looks_personal, sentence_openers, titles
from .question_parse import Query
from .text import rough_sentence

_WINDOW = 90  # characters either side of a value in which focus words count
_CALENDAR = frozenset(w.casefold() for w in (*calendar.day_name, *calendar.month_name) if w)
_CAP = re.compile(
    r"\b(?:whichever\s+is\s+(?:higher|greater)|allows?\s+for\s+fines|can\s+be\s+fined\s+up\s+to|fines\s+of\s+up\s+to)\b",
    re.I,
)


_CLAUSE_BOUNDARY = re.compile(r"[;:.]|\b(?:and|but|while|whereas|although)\b", re.I)
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|without|cannot|can't|won't|didn't|doesn't|hasn't|haven't|isn't|wasn't|"
    r"fail(?:ed|s|ing|ure)?\s+to|refus\w*|yet\s+to|impossible|non-?compliance|pending|awaiting|"
    r"must\s+(?:still\s+)?be|needs?\s+to\s+be|still\s+needs?|subject\s+to)\b",
    re.I,
)


@dataclass(frozen=True)
class Quote:
    """One evidence span: where it is and its text."""

    article_id: str
    start: int
    end: int
    text: str
    published: str | None
    outlet: str | None = None


@dataclass(frozen=True)
class Reading:
    value: object
    quote: Quote
    start: int  # the value's span within quote.text
    end: int
    noun: str | None = None  # for a count: the question's word it counts


def _focus_score(text: str, start: int, end: int, focus: Sequence[str]) -> float:
    """Focus words near the value, the nearer the better: "a turnover of around $3.5 million"."""
    folded = text.casefold()
    score = 0.0
    for word in set(focus):
        best = None
        for match in re.finditer(re.escape(word), folded):
            distance = max(0, start - match.end(), match.start() - end)
            if distance <= _WINDOW and (best is None or distance < best):
                best = distance
        if best is not None:
            score += 1.0 + 1.0 / (1 + best / 10)
    return score


def _best(candidates: list[tuple[int, int, Reading]]) -> Reading | None:
    """Highest focus score, then the better-ranked sentence, then earlier in it."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c[0], -c[1], -c[2].start))[2]


# Amounts that are not penalties, each asked for by name and stated next to its name.
_MEASURES = {
    "turnover": re.compile(r"\b(?:turnover|revenues?|(?:net\s+)?sales|income)\b", re.I),
    "funding": re.compile(
        r"\b(?:funding|raised|invest\w*|valuation|valued|worth(?!\s+(?:in|into)\s))\b", re.I
    ),
    "salary": re.compile(r"\b(?:salary|salaries|pay\s+package|compensation)\b", re.I),
    # what a party pays besides the penalty: "and costs of the investigation of $35,000"
    "costs": re.compile(r"\bcosts\b", re.I),
    # what a party must give back to those it overcharged: "ordered to repay clients $2m"
    "repayment": re.compile(
        r"\b(?:repa(?:y|ys|id|ying|yments?)|refund\w*|reimburs\w*|restitution)\b", re.I
    ),
}


# Costs the question leaves out: "not counting costs", "(not costs)", "excluding costs".
_COSTS_LEFT_OUT = re.compile(
    r"\b(?:not|excluding|exclusive\s+of|without|minus|less|except|besides|leaving\s+out)\b"
    r"(?:\s+\w+){0,2}?\s+(?:the\s+)?costs\b",
    re.I,
)


_ASKS_PENALTY = re.compile(
    r"^(?!.*\b(?:notice\s+of\s+intent|propos\w*|intend\w*|provisional\w*|recommend\w*)).*"
    r"\b(?:fine[ds]?|fining|penalt(?:y|ies)|sanction\w*|pay)\b",
    re.I,
)


def read_amount(
    query: Query,
    quotes: Sequence[Quote],
    focus: Sequence[str],
    default_currency: str | None = None,
    proposed: bool = False,
    local: Mapping[str, str] | None = None,
    unlike: Money | None = None,
    fits: Callable[[str, int, int], bool] | None = None,
) -> Reading | None:
    """The amount the quotes state that answers the query. `default_currency` reads a sign
    several currencies share ("$" in a Canadian story) as the currency already in play;
    failing that, `local` gives each article's own currency (by article id), so a "$" in an
    Australian story stays the Australian dollar; `proposed` looks for an amount first
    proposed, which is no penalty imposed; `unlike` is an amount already known (the fine
    imposed, restated beside the figure it is compared with), which is never the answer;
    `fits` says whether a figure (its quote's text, start, end) is of the kind asked for."""
    daily = query.action == "penalty_payment" and re.search(
        r"\bdaily|\ba\s+day|\bper\s+day", query.text, re.I
    )
    about_caps = re.search(r"\b(?:maximum|max|cap|most|up\s+to|highest|limit)\b", query.text, re.I)
    measure = next((m for m, p in _MEASURES.items() if p.search(query.text)), None)
    if measure == "costs" and _COSTS_LEFT_OUT.search(query.text):
        measure = None  # "the total, not counting costs": the costs are what is left out
    candidates = []
    for rank, quote in enumerate(quotes):
        if not about_caps and _CAP.search(quote.text):
            continue  # a statutory maximum answers only questions about maximums
        for mention in _mentions(quote, default_currency, local):
            if mention.money is None or (
                query.currency and mention.money.currency != query.currency
            ):
                continue
            if daily and mention.per != "day":
                continue
            if unlike is not None and mention.money == unlike:
                continue
            if fits is not None and not fits(quote.text, mention.start, mention.end):
                continue  # "how much did the clients lose?": not the fine beside the loss
            if measure and not _MEASURES[measure].search(
                quote.text[max(0, mention.start - 60) : mention.end + 40]
            ):
                continue  # "What was X's revenue?": only a figure stated as revenue answers
            if measure == "costs" and not _MEASURES[measure].search(
                quote.text[max(0, mention.start - 40) : mention.start]
            ):
                continue  # "a penalty of $200,000 and costs of $40,000": costs come before theirs
            if measure == "repayment" and not (
                _MEASURES[measure].search(quote.text[max(0, mention.start - 60) : mention.start])
                or re.match(
                    r"\s+(?:in|of)\s+(?:\w+\s+)?(?:refunds|repayments|restitution)\b",
                    quote.text[mention.end :],
                )
            ):
                continue  # "fined the broker LKR 5m and directed it to repay the clients": the fine
            if (
                not measure
                and fits is None  # the kind asked is checked instead: "pay the communities"
                and not about_caps
                and not proposed
                and _ASKS_PENALTY.search(query.text)
                and not is_penalty_amount(quote.text, mention.start, mention.end)
            ):
                continue  # "How much did the court fine X?": not the fine it was recommended
            score = _focus_score(quote.text, mention.start, mention.end, focus)
            candidates.append(
                (score, rank, Reading(mention.money, quote, mention.start, mention.end))
            )
    return _best(candidates)


def _mentions(quote: Quote, default_currency: str | None, local: Mapping[str, str] | None):
    """The quote's amounts, a shared sign read as the article's own currency ("$" in an
    Australian story). Only amounts read anyway are re-read: a "kr. 5,000" no default
    resolves stays out, as it was (it is seldom the figure asked for)."""
    found = find_money(quote.text, default_currency)
    own = None if default_currency else (local or {}).get(quote.article_id)
    if own is None:
        return found
    reread = {m.start: m for m in find_money(quote.text, own)}
    return [reread.get(m.start, m) if m.money is not None else m for m in found]


# Sentences stating a statutory maximum, not an amount anyone paid or earned.


# A period the sources set from an event: "within 30 days of the decision", "within six
# months from the date of notification", "no later than two months after the order".
_PERIOD_FROM = re.compile(
    r"\b(?:within|no\s+later\s+than|not\s+later\s+than|in)\s+(?P<period>[\w-]+\s+(?:calendar\s+|working\s+|business\s+)?"
    r"(?:days?|weeks?|months?|years?))\s+(?:of|from|after|following)\s+(?:the\s+)?"
    # "of the decision", "from the date of notification", "of the day the company received it"
    r"(?:[\w'’]+\s+){0,5}?(?P<event>decision|notification|notice|order|judgm?ent|ruling|receipt|service|"
    r"received|notified|served)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Period:
    amount: int
    unit: str  # "day" | "week" | "month" | "year"
    event: str  # what it runs from: "decision", "notification", …


def read_period(
    quotes: Sequence[Quote], focus: Sequence[str], names: Collection[str] = ()
) -> Reading | None:
    """The period a deadline question asks about, as the sources state it: `value` is a
    `Period`. Working or business days are not read (the calendar cannot count them). The
    sentence must share a word with the question besides the names in it: the period to
    appeal does not answer a question about the deadline to pay."""
    topic = [w for w in focus if w not in names]
    candidates = []
    for rank, quote in enumerate(quotes):
        for match in _PERIOD_FROM.finditer(quote.text):
            if re.search(r"working|business", match.group("period"), re.I):
                continue
            around = quote.text[max(0, match.start() - 120) : match.end() + 120]
            if _focus_score(around, 0, len(around), topic) == 0:
                continue
            durations = [n for n in find_numbers(match.group("period")) if n.unit in _PERIOD_UNITS]
            if not durations or durations[0].value != int(durations[0].value):
                continue
            period = Period(
                int(durations[0].value), durations[0].unit, match.group("event").casefold()
            )
            score = _focus_score(quote.text, match.start(), match.end(), focus)
            candidates.append((score, rank, Reading(period, quote, match.start(), match.end())))
    return _best(candidates)


_PERIOD_UNITS = frozenset({"day", "week", "month", "year"})


# Words before a date that make it a deadline: "had until 13 December 2024 to pay", "must
# comply by 1 March", "no later than", "the deadline of 30 June".
_BY_DATE = re.compile(
    r"\b(?:until|till|by|no\s+later\s+than|not\s+later\s+than|deadline\s+(?:of|was|is|for\s+\w+\s+(?:is|was))|"
    r"before)\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)


def read_deadline(quotes: Sequence[Quote], focus: Sequence[str]) -> Reading | None:
    """A deadline the sources state as a date, the one nearest the question's words."""
    candidates = []
    for rank, quote in enumerate(quotes):
        for mention in find_dates(quote.text, quote.published):
            if mention.month is None or not _BY_DATE.search(
                quote.text[max(0, mention.start - 40) : mention.start]
            ):
                continue
            score = _focus_score(quote.text, mention.start, mention.end, focus)
            candidates.append((score, rank, Reading(mention, quote, mention.start, mention.end)))
    return _best(candidates)


def read_date(query: Query, quotes: Sequence[Quote], focus: Sequence[str]) -> Reading | None:
    since = bool(re.search(r"\bsince\s+when\b", query.text, re.I))
    starting = bool(
        re.search(
            r"\bfrom\s+(?:what|which)\s+date\b|\bfrom\s+when\b|\bstart|\bbegin", query.text, re.I
        )
    )
    asked = asked_kinds(query.text)
    candidates = []
    for rank, quote in enumerate(quotes):
        for mention in find_dates(quote.text, quote.published):
            if mention.year is None:
                continue
            if dates_another_event(quote.text, mention.start, mention.end, asked):
                continue  # "when did the board suspend it?" — "on Wednesday the court dismissed"
            score = _focus_score(quote.text, mention.start, mention.end, focus)
            if since and re.search(
                r"\bsince\s+$", quote.text[max(0, mention.start - 8) : mention.start], re.I
            ):
                score += 3  # "since when …?" is answered by "since May 2020"
            if starting and re.search(
                r"\b(?:from|starting|beginning|as\s+of|effective|on)\s+$|\b(?:start|begin)\w*\s+(?:to\s+)?\w+\s+(?:on|from)\s+$",
                quote.text[max(0, mention.start - 30) : mention.start],
                re.I,
            ):
                score += 3  # "from what date …?": "would start to accrue on 14 August"
            candidates.append((score, rank, Reading(mention, quote, mention.start, mention.end)))
    return _best(candidates)


def iso(mention: DateMention) -> str:
    text = f"{mention.year:04d}"
    if mention.month:
        text += f"-{mention.month:02d}"
        if mention.day:
            text += f"-{mention.day:02d}"
    return text


def counted_noun(question: str) -> str | None:
    """ "how many days of non-compliance" -> "days"; "how many types of GDPR breach" -> "types";
    "number of complaints the office received" -> "complaints"."""
    nouns = counted_nouns(question)
    return nouns[0] if nouns else None


def counted_nouns(question: str) -> list[str]:
    """The words after "how many" that may be the counted noun, likeliest first: "how many
    imss tenders" may count "imss" (a name typed in lower case ends in s too) or "tenders"."""
    match = re.search(
        r"\b(?:how\s+many|number\s+of)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", question, re.I
    )
    if not match:
        return []
    words = match.group(1).casefold().split()
    # "how many separate sanctions make up …": the noun, not its adjective
    # "how many suspicious transactions": an adjective in -ous or a singular in -ss ends in s
    # too but counts nothing
    nouns = [
        w
        for w in words
        if w.endswith("s")
        and not w.endswith(("ous", "ss"))
        and w not in {"does", "was", "has", "is"}
    ]
    return nouns or words[:1]


def _modifiers(question: str, noun: str) -> list[str]:
    """The words before the counted noun in the "how many" phrase: "client" of "how many
    client onboardings"."""
    match = re.search(
        r"\b(?:how\s+many|number\s+of)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", question, re.I
    )
    words = match.group(1).casefold().split() if match else []
    return words[: words.index(noun)] if noun in words else []


# Qualifiers between "of" and a count: "the onboarding of some 46 clients".
_ROUGHLY = (
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|at\s+least)\s+)?"
)


def _count_in_of(before: str, after: str, nouns: str, modifiers: list[str]) -> bool:
    """Whether the number is the count of what the asked noun was done to: "the firm's
    onboarding of 46 clients" counts the onboardings "how many client onboardings" asks
    for. The thing counted after the number must be the question's own word before the
    noun ("client"), when it has one; a measure ("suspension of 90 days") is no count."""
    if not re.search(rf"\b(?:{nouns})s?\s+of\s+(?:the\s+)?{_ROUGHLY}$", before, re.I):
        return False
    counted = re.match(r"\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b", after, re.I)
    if counted is None:
        return False
    if not modifiers:
        return True
    return any(counted.group(1).casefold().startswith(_singular(m)[:5]) for m in modifiers)


def _singular(word: str) -> str:
    return (
        word[:-3] + "y"
        if word.endswith("ies")
        else word[:-1]
        if word.endswith("s") and not word.endswith("ss")
        else word
    )


_ELIDED_COUNT = re.compile(
    r"\b(?:including|of\s+which|of\s+them|of\s+these|among\s+them)\s+"
    r"(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|at\s+least)?\s*$",
    re.I,
)


def _counted_nouns(noun: str) -> str:
    """The asked noun and its synonyms as a pattern: "How many borrowers got redress?" is
    answered by "to around 23,000 customers"."""
    words = {_singular(noun), *map(_singular, synonyms_of(noun))}
    # "lorry" does not begin "lorries": a plural in -ies is matched as written.
    words |= {w[:-1] + "ies" for w in words if w.endswith("y")}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def counted_as(question: str, reading: Reading) -> str:
    """The counted noun as the source writes it ("customers" for a question's "borrowers"),
    else as the question does."""
    noun = reading.noun or counted_noun(question) or ""
    if not noun:
        return noun
    after = reading.quote.text[reading.end : reading.end + 40]
    found = re.match(rf"[\s-]*(?:[a-z-]+\s+){{0,2}}((?:{_counted_nouns(noun)})\w*)", after, re.I)
    return found.group(1) if found else noun


# Nouns for the parties to a case, and the verb that makes a number the parties sanctioned.
_PARTY_NOUN = re.compile(r"(?:compan|firm|business|operator|organi[sz]ation|entit|respondent)")
_SANCTIONED_BEFORE = re.compile(
    r"\b(?:fined|sanctioned|penalised|penalized|charged|prosecuted|ordered|banned)\s+$", re.I
)


def read_count(
    query: Query, quotes: Sequence[Quote], focus: Sequence[str], lexicon: Lexicon
) -> Reading | None:
    # The first word that reads as the counted noun and finds a number counting it.
    for noun in counted_nouns(query.text):
        reading = _read_count_of(noun, quotes, focus, lexicon, query)
        if reading is not None:
            return replace(reading, noun=noun)
    return None


# A count asked for the year the source is written in: "so far this year", "this year".
_THIS_YEAR_WORDS = r"\b(?:this|the\s+current)\s+year\b|\byear\s+to\s+date\b"
_THIS_YEAR = re.compile(_THIS_YEAR_WORDS, re.I)
_A_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _year_asked(query: Query, quote: Quote) -> int | None:
    """The year a count is asked for, as the quote's source dates it: the question's own
    year, or the year the source was written in for "this year"."""
    if query.year:
        return query.year
    published = (quote.published or "")[:4]
    return int(published) if published.isdigit() else None


# A count the copy dates to the year it is written in: "six notices since January".
_SINCE_THE_YEAR_BEGAN = re.compile(
    _THIS_YEAR_WORDS + r"|\bsince\s+(?:January|the\s+(?:start|beginning)\s+of\s+the\s+year)\b",
    re.I,
)


def _counts_another_year(
    text: str, start: int, end: int, year: int, published: str | None = None
) -> bool:
    """Whether the sentence dates the number at start..end to a year other than `year`: the
    last year written before it in its sentence ("in the whole of 2024, when it penalised
    five institutions"), else one written just after it ("fined 12 firms in 2023"), else the
    year the source is written in when the number is of "this year" ("since January")."""
    around = rough_sentence(text, start, end)
    before = [int(m.group()) for m in _A_YEAR.finditer(text, around.start, start)]
    if before:
        return before[-1] != year
    after = re.match(r"[^.;,\n]{0,30}?\bin\s+((?:19|20)\d\d)\b", text[end:])
    if after:
        return int(after.group(1)) != year
    clause = text[around.start : around.end]
    written = (published or "")[:4]
    return bool(written.isdigit() and int(written) != year and _SINCE_THE_YEAR_BEGAN.search(clause))


# Parties a regulator sanctions that the copy may count by their penalties instead.
_SANCTIONED_NOUN = re.compile(
    r"(?:institution|bank|lender|insurer|provider|broker|dealer|platform|exchange|agent|trader"
    r"|retailer|supplier|manufacturer|carrier|airline|hospital|school|employer|landlord)"
)
_ASKS_SANCTIONED = re.compile(
    r"\b(?:fined|penali[sz]ed|sanctioned|punished|fine|penali[sz]e|sanction|punish)\b", re.I
)
# "four penalty notices", "five fines", "six monetary penalties", "three sanction decisions"
_PENALTIES_COUNTED = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:penalt(?:y|ies)|fines|sanctions)(?:\s+(?:notices|decisions|orders))?\b(?!\s+points)",
    re.I,
)


# What happened a number of times, which copy may count as occasions or instances.
_EVENT_NOUN = re.compile(
    r"time|occasion|instance|breach|breache|violation|infringement|contravention|incident"
    r"|offence|offense|failure|increase|rise|hike",
    re.I,
)
# "eight of the chain's eleven stores", "3 of its 12 plants": a count of some of the whole.
_PART_OF = r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+['’]s?\s+)?"
_COUNT_TOKEN = re.compile(r"\d[\d,.]*|[a-z]+(?:-[a-z]+)?", re.I)
# "how many stores does it have", "in total": the whole is asked for.
_ASKS_WHOLE = re.compile(
    r"\b(?:does|do|did)\s+(?:[\w'’-]+\s+){1,4}?(?:have|operate|own|run)\b|\bin\s+total\b"
    r"|\baltogether\b",
    re.I,
)


def _part_of_whole(after: str, nouns: str) -> bool:
    """Whether the text after a number reads "of the chain's eleven stores"."""
    match = re.match(_PART_OF + rf"(\S+)\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})", after, re.I)
    return bool(match and _is_count(match.group(1)))


def _whole_of_part(before: str, nouns: str) -> bool:
    """Whether the text before a number ends "eight of the chain's"."""
    match = re.search(r"(\S+)" + _PART_OF + r"$", before, re.I)
    return bool(match and _is_count(match.group(1)))


def _is_count(token: str) -> bool:
    return bool(_COUNT_TOKEN.fullmatch(token)) and bool(find_numbers(token))


def _read_count_of(
    noun: str,
    quotes: Sequence[Quote],
    focus: Sequence[str],
    lexicon: Lexicon,
    query: Query | None = None,
) -> Reading | None:
    stem = _singular(noun)
    nouns = _counted_nouns(noun)
    if _EVENT_NOUN.fullmatch(stem):
        # "how many times did they raise prices?" — "on at least eleven occasions"; "how many
        # breaches did the audit find?" — "27 instances in which crews flew beyond the limits"
        nouns += "|occasions?|instances?|times"
    parties = _PARTY_NOUN.match(stem) is not None
    # "how many banks has the unit penalised?" — "has published four penalty notices": one
    # penalty to each party, when the copy counts the penalties and not the parties
    by_penalties = (
        query is not None
        and (parties or _SANCTIONED_NOUN.match(stem) is not None)
        and _ASKS_SANCTIONED.search(query.text) is not None
    )
    candidates = []
    for rank, quote in enumerate(quotes):
        money = find_money(quote.text)
        for number in find_numbers(quote.text):
            if any(m.start <= number.start < m.end for m in money):
                continue
            after = quote.text[number.end : number.end + 40].casefold()
            if re.match(r"-[a-z]", after) and not re.match(rf"-(?:{nouns})", after):
                continue  # "a 40-tonne lorry", "a 16-hour shift": a measure, not a count
            has_unit = number.unit is not None and stem.startswith(number.unit)
            elided = _ELIDED_COUNT.search(quote.text[max(0, number.start - 40) : number.start])
            # "fined four road builders": the parties sanctioned, whatever the copy calls them
            sanctioned = (
                parties
                and re.match(r"\s+(?:[a-z-]+\s+){0,2}[a-z]+s\b", quote.text[number.end :])
                and _SANCTIONED_BEFORE.search(quote.text[max(0, number.start - 30) : number.start])
            )
            # "every evening for three days": as many evenings (mornings, nights) as days
            daily = (number.unit == "day" or re.match(r"\s+days?\b", after)) and re.search(
                rf"\b(?:every|each)\s+{re.escape(stem)}\s+(?:[\w-]+\s+){{0,3}}?for\s+$",
                quote.text[max(0, number.start - 60) : number.start],
                re.I,
            )
            penalties = by_penalties and _PENALTIES_COUNTED.match(after)
            part = _part_of_whole(after, nouns)
            in_of = (
                query is not None
                and number.unit is None
                and _count_in_of(
                    quote.text[max(0, number.start - 60) : number.start],
                    quote.text[number.end : number.end + 40],
                    nouns,
                    _modifiers(query.text, noun),
                )
            )
            if (
                not part
                and not in_of
                and not has_unit
                and not sanctioned
                and not daily
                and not penalties
                # "640.000 prepaid and postpaid lines": two words for the kind, joined
                and not re.match(
                    rf"[\s-]*(?:[a-z-]+\s+(?:and|or)\s+)?(?:[a-z-]+\s+){{0,2}}(?:{nouns})", after
                )
                # "339 million guest records …, including about 7 million relating to UK
                # guests": the noun is understood.
                and not (elided and stem in quote.text[: number.start].casefold())
            ):
                continue
            year = _year_asked(query, quote) if query is not None else None
            if (
                year is not None
                and (query.year or _THIS_YEAR.search(query.text))
                and _counts_another_year(
                    quote.text, number.start, number.end, year, quote.published
                )
            ):
                continue  # "in 2024, when it penalised five" does not count this year's
            score = _focus_score(quote.text, number.start, number.end, focus)
            if part or _whole_of_part(quote.text[: number.start], nouns):
                # "in eight of the chain's eleven stores": what was found in them is in the
                # part; how many there are is the whole
                whole = _ASKS_WHOLE.search(query.text) if query is not None else None
                score += (0.5 if part else -0.5) * (-1 if whole else 1)
            if sanctioned:
                score += 1  # the number of parties the action was against
            elif penalties:
                score -= 1  # a count of the parties themselves says it better
            if elided:
                # "including about 7 million relating to UK guests": the qualifier after the
                # subset is what a question about UK guests asks for.
                before = quote.text[: number.start].casefold()
                gained = sum(
                    1
                    for w in set(focus)
                    if re.search(rf"\b{re.escape(w)}", after)
                    and not re.search(rf"\b{re.escape(w)}", before)
                )
                # "Two other counts, including one alleging a failure to train, were
                # withdrawn": with nothing asked after it, the part is not what is counted
                score += gained if gained else -0.5
            candidates.append((score, rank, Reading(number.value, quote, number.start, number.end)))
        if stem in {"country", "countrie", "jurisdiction", "place"}:
            listed = _listed_places(quote.text, lexicon)
            if len(listed) > 1:
                candidates.append(
                    (
                        _focus_score(quote.text, listed[0][0], listed[-1][1], focus) + 1,
                        rank,
                        Reading(len(listed), quote, listed[0][0], listed[-1][1]),
                    )
                )
    return _best(candidates)


def _listed_places(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Places named in one list: "in Canada, Italy and Britain"."""
    places = [(m.start, m.end) for m in lexicon.mentions(text) if m.kind == "jurisdiction"]
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for span in places:
        if run and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[run[-1][1] : span[0]]):
            best, run = max(best, run, key=len), []
        run.append(span)
    return max(best, run, key=len)


# A plural possessive inside a name runs on: "Doncaster Magistrates' Court".
_NAME = re.compile(
    r"(?:[A-Z][\w’'&.-]*[\w&]|[A-Z])(?:(?<=s)['’](?=\s+[A-Z]))?"
    r"(?:\s+(?:of\s+(?:the\s+)?|and\s+|de\s+|du\s+|&\s+)?(?:[A-Z][\w’'&.-]*[\w&]|[A-Z])(?:(?<=s)['’](?=\s+[A-Z]))?)*"
)
# Bodies written in lower case: "the restricted committee", "cantonal prosecution authorities".
_ROLE = re.compile(
    r"\b(?:the\s+)?(?:restricted\s+committee|[a-z]+\s+committee|ministry\s+of\s+[a-z\s]+|"
    r"(?:[a-z]+\s+){0,2}(?:prosecution\s+authorities|prosecutors?|authorities))\b",
    re.I,
)


# "the Privacy Appeals Board", "the Board of Appeal", "the appellate body": where an appeal
# goes when it is no court
# The head nouns that make a name a public body's, for `names_a_body`.
_BODY_HEADS = compiled(r"(?i)\b(?:commission|ministry|committee|agency|authority|office|court)\b")


def names_a_body(name: str, lexicon: Lexicon, heads: re.Pattern[str]) -> bool:
    """Whether a name is a regulator's (as the lexicon knows it) or has one of `heads`, the
    nouns a public body's name is built on for the caller ("Commission", "Court")."""
    return any(m.kind == "authority" for m in lexicon.mentions(name)) or bool(heads.search(name))


_COURT = re.compile(
    r"(?i)\b(?:court|tribunal|audiencia|gericht|conseil|judge|appeals?\s+board|board\s+of\s+appeals?"
    r"|appellate)\b"
)
_COURT_BY_NAME = re.compile(r"(?i)\b(?:court|tribunal|audiencia|gericht|conseil)\b")


def read_entity(
    query: Query,
    quotes: Sequence[Quote],
    focus: Sequence[str],
    lexicon: Lexicon,
    skip: Callable[[str], bool] | None = None,
) -> Reading | None:
    """A name in the evidence that the question does not already contain, of the asked type.
    "Who is the president of X?" needs "president" in the sentence, or there is no answer.
    `skip` leaves out names that cannot answer (the party a question names and asks past)."""
    asked = query.text.casefold()
    role = re.search(
        r"\bwho\s+(?:is|was|are)\s+(?:the\s+)?(?:(?:current|new|former|acting|incoming|outgoing|"
        r"present|then)\s+)?([a-z-]+)\s+of\b",
        asked,
    )
    head = _head_noun(query.text)
    # "Where can Klarna appeal?" asks for a court.
    wants_court = bool(re.search(r"\bwhere\b.*\bappeal|\bwhich\s+court\b|\bwhat\s+court\b", asked))
    # "Which US agency …" wants a regulator; "what PR agency …" does not.
    wants_authority = bool(
        re.search(r"\b(?:regulator|authority|watchdog|body|ministry|court|commission)\b", asked)
        or re.search(r"(?<!pr )(?<!advertising )(?<!marketing )(?<!news )\bagency\b", asked)
    )
    verb = _asked_verb(query.text)
    wants_person = bool(re.match(r"^\W*(?:and\s+)?who\b", asked))
    candidates = []
    # Words the evidence also writes in lower case are ordinary words ("first", "related").
    lowered = {w for q in quotes for w in re.findall(r"\b[a-z]+\b", q.text)}
    for rank, quote in enumerate(quotes):
        if role and role.group(1) not in quote.text.casefold():
            continue
        spans = [(m.start(), m.end()) for m in _NAME.finditer(quote.text)]
        spans += [(m.start(), m.end()) for m in _ROLE.finditer(quote.text)]
        doing = _verb_positions(quote.text, verb) if verb else []
        # "fined the company DKK 1.2 million": a currency code is part of an amount, no name.
        amounts = [(m.start, m.end) for m in find_money(quote.text)]
        for start, end, fuller in _fuller_names(quote.text, spans):
            # "fined former remisier Tan Boon Keat RM1 million": the name ends at the amount
            end = min([end, *(a for a, _ in amounts if start < a < end)])
            name = quote.text[start:end].strip()
            words = [w for w in re.findall(r"\w+", name.casefold()) if len(w) > 2]
            if (
                any(a <= start and end <= b for a, b in amounts)
                or not words
                # "CFOs" for "who is the CFO …?": the question's own word
                or all(w in asked or re.search(rf"\b{re.escape(w[:-1])}\b", asked) for w in words)
                or _no_party(quote.text, start, end, lowered, asked, lexicon)
                or len(name) < 3
                or (skip is not None and skip(name))
                or all(w in _CALENDAR for w in words)
                or name.rstrip(".") in titles()  # "Capt." of "Capt. Oskar Brandt"
            ):
                continue
            score = _focus_score(quote.text, start, end, focus) + _apposition_bonus(
                quote.text, start, end, head
            )
            if _HEADING.match(quote.text):
                # a heading says in shorthand what a sentence of the story tells in full
                score -= 2
            is_authority = names_a_body(name, lexicon, _BODY_HEADS)
            if wants_authority and is_authority:
                score += 2
            if wants_court and _COURT.search(name):
                score += 4
                if "court" in asked and _COURT_BY_NAME.search(name):
                    score += 2  # "which court?": "Doncaster Magistrates' Court", not its judge
            if fuller and (wants_court or wants_authority):
                score += 1.0  # an institution asked for: its full name, not a part of it
            if any(_does(quote.text, start, end, v) for v in doing):
                score += 5  # "who announced it?": the one the sentence says announced it
            if _named_by_question(name, asked) or any(
                m.kind == "authority" and m.key in query.authorities for m in lexicon.mentions(name)
            ):
                # "which judge sentenced te rapa timber": not Te Rapa Timber Ltd; "which US
                # agency is the CNIL working with?": not the CNIL, under its full name
                score -= 4
            person = _person_titled(quote.text, start, end, lexicon) if wants_person else None
            if person is not None:  # "who was the flight ops chief?": the chief, by name
                start, end = person
                name = quote.text[start:end]
            candidates.append((score, rank, Reading(name, quote, start, end)))
    if wants_court:  # "where can it appeal?": only a court answers
        courts = [c for c in candidates if _COURT.search(c[2].value)]
        candidates = courts or candidates
    return _best(candidates)


# A line in headline case: every word of four letters or more capitalised ("Canada Probe
# Concludes Clearview AI Breached Privacy Laws"), so capitals mark no names in it.
_HEADING = re.compile(r"\s*(?:#+\s|\*\*[^*\n]+\*\*\s*$)")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
_ASKS_PLACE = re.compile(r"\b(?:where|country|countries|jurisdictions?|nations?|states?)\b", re.I)


def _no_party(
    text: str, start: int, end: int, lowered: Collection[str], asked: str, lexicon: Lexicon
) -> bool:
    """Capitals that name no one the question could ask for: a kicker or label opening a
    line ("Bangladesh: BSEC fines …", "Related: …"), a word that opens a sentence and is
    written in lower case elsewhere ("First, the CFO."), words of a headline-case line, or
    a place alone ("France"), unless the question asks for a place."""
    name = text[start:end]
    opening = re.match(r"[\W_]*", text).end()
    one_word = len(name.split()) == 1
    if start <= opening and re.match(r"\s*:", text[end:]):
        return True
    if (
        (start <= opening or re.search(r"[.!?][\"'”’)*]*\s+$", text[:start]))
        and one_word
        and (
            name in sentence_openers()
            or name.casefold() in lowered
            or name.casefold() in lexicon.stopwords
        )
    ):
        return True
    long_words = [w for w in _LONG_WORD.findall(text) if w.casefold() not in lexicon.stopwords]
    if len(long_words) >= 4 and all(w[0].isupper() for w in long_words):
        return True
    if _ASKS_PLACE.search(asked):
        return False
    bare = re.sub(r"['’]s$", "", name)
    return any(
        m.kind == "jurisdiction" and m.start == 0 and m.end == len(bare)
        for m in lexicon.mentions(bare)
    )


# A name in apposition after a job title, with an optional abbreviated rank or honorific:
# "SkyLark's Chief of Flight Operations, Capt. Rajiv Menon, …", "its Head of Compliance,
# Dr Ana Ruiz".
_APPOSED_NAME = re.compile(
    r",\s+(?:(?:[A-Z][a-z]{1,4}\.|Mr|Mrs|Ms|Dr|Prof)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+){1,3})"
)


def _person_titled(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where the person a job title introduces is named: a "who" question asks for them,
    not for the title ("who was the flight ops chief the regulator suspended?")."""
    if not holds_a_role(text[start:end]):
        return None
    apposed = _APPOSED_NAME.match(text, end)
    if apposed is None or not looks_personal(apposed.group("name"), lexicon):
        return None
    return apposed.span("name")


def _named_by_question(name: str, asked: str) -> bool:
    """The question already names this party: it writes the name's first two words
    ("te rapa timber" for "Te Rapa Timber Processors Ltd"), so the name is what the
    question is about, not what it asks for."""
    words = re.findall(r"[\w'’-]+", name.casefold())
    if len(words) < 2:
        return False
    return re.search(rf"\b{re.escape(words[0])}\s+{re.escape(words[1])}\b", asked) is not None


# "Who announced the settlement?": the verb the answer is the subject of.
_IRREGULAR_PAST = frozenset(
    "said told brought led won took made gave found wrote sent began ran chose held".split()  # noqa: SIM905
)


def _asked_verb(question: str) -> str | None:
    match = re.match(
        r"^\W*(?:and\s+)?who\s+(?:first\s+|actually\s+|originally\s+)?(\w+)\b", question, re.I
    )
    if match is None:
        return None
    word = match.group(1).casefold()
    return (
        word
        if word.endswith("ed")
        or word in _IRREGULAR_PAST
        or (word.endswith("s") and word not in {"is", "was", "has", "does"})
        else None
    )


def _verb_positions(text: str, verb: str) -> list[tuple[int, int]]:
    stem = re.escape(verb[:-2] if verb.endswith("ed") and len(verb) > 5 else verb.rstrip("s"))
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{stem}\w*", text, re.I)]


def _does(text: str, start: int, end: int, verb: tuple[int, int]) -> bool:
    """The name is the verb's subject ("Rob Bonta on Wednesday announced") or its agent
    ("announced by the attorney general, Rob Bonta")."""
    between = text[end : verb[0]]
    if 0 <= verb[0] - end <= 40 and not re.search(r"[.;]|\b(?:that|which|who)\b", between):
        return True
    # "the Tokyo Metropolitan Government, which holds jurisdiction over …, ordered": the
    # subject, a relative clause set off by commas, then its verb.
    if 0 <= verb[0] - end <= 200 and re.fullmatch(
        r",\s+(?:which|who)\b[^.;,]*(?:,[^.;,]*)?,\s*(?:\w+\s+)?", between
    ):
        return True
    after = text[verb[1] : start]
    return 0 <= start - verb[1] <= 40 and bool(re.match(r"\s+by\b", after))


def _fuller_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Each name span, plus its fuller form where the text gives one: "the National High
    Court (Audiencia Nacional)" given both ways, "the Administrative Court in Stockholm".
    The flag marks the fuller forms, which win a tie with their parts."""
    found = [(start, end, False) for start, end in spans]
    for start, end in spans:
        paren = re.match(r"\s*\(([^()]{2,80})\)", text[end:])
        if paren and _NAME.fullmatch(paren.group(1).split(",")[0].strip()):
            found.append((start, end + paren.end(), True))
        seat = re.match(r"\s+(?:in|of)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", text[end:])
        if seat and re.search(r"(?i)\b(?:court|tribunal)$", text[start:end]):
            found.append((start, end + seat.end(), True))
    return found


def polarity(text: str, predicate: str) -> str | None:
    """ "no" when the sentence negates the predicate near it, "yes" when it states it plainly.

    Only the predicate's own clause counts: in "had not met expectations and was committed
    to complying", the "not" belongs to another verb."""
    match = re.search(predicate, text, re.I)
    if match is None:
        return None
    before = text[max(0, match.start() - 60) : match.start()]
    boundaries = list(_CLAUSE_BOUNDARY.finditer(before))
    if boundaries:
        before = before[boundaries[-1].end() :]
    return (
        "no"
        if _NEGATION.search(before) or _NEGATION.search(text[match.start() : match.end()])
        else "yes"
    )


def _head_noun(question: str) -> str | None:
    """The noun naming what is asked for: "which well-known investor" -> "investor", "who is
    the boss of" -> "boss", "what PR agency" -> "agency"."""
    match = re.search(
        r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:is|was|are|were|does|did|do|has|have|backs?|uses?|fined|imposes?|sentenced|ordered|ruled|heard|presided|approved|signed|announced)\b",
        question,
        re.I,
    )
    # "who is the boss of …", "who is the Hamburg commissioner quoted on …"
    match = match or re.search(
        # "who is the youtuber the ccpa barred": the noun before the clause that says more
        r"\bwho\s+(?:is|was|are)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:of|quoted|named|cited|in|on|at|for|the|that|whom|who)\b",
        question,
        re.I,
    )
    return match.group(1).casefold() if match else None


def _apposition_bonus(text: str, start: int, end: int, head: str | None) -> float:
    """Names standing in apposition to the asked noun score higher: "boss Hoan Ton-That",
    "investors including … Peter Thiel", "LakPR Group, the PR agency"; and a name that ends
    its noun phrase beats its modifiers ("Silicon Valley conservative Peter Thiel")."""
    bonus = 0.0
    if head:
        stem = head[:5]
        before = text[max(0, start - 70) : start].casefold()
        after = text[end : end + 40].casefold()
        if stem in before:
            bonus += 2.0 + 1.0 / (1 + (len(before) - before.rfind(stem)) / 20)
        if re.match(rf",?\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,2}}{re.escape(stem)}", after):
            bonus += 3.0
        if text[start:end].casefold().startswith(stem) and " " in text[start:end].strip():
            bonus += 3.0  # the title is part of the name: "Judge Simon Lange"
    if re.match(
        r"\s*(?:[,.;:]|$|\s+(?:and|who|which|said|told|has|had|is|was)\b)", text[end : end + 12]
    ):
        bonus += 1.0  # the name ends its noun phrase
    return bonus
