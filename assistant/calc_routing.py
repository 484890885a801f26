"""Which calculator a question asks for, and where each input comes from: the question itself
(the user's number, uncited) or the sources (a fact or an evidence span, cited).

Returns a `calc.Result` plus the sources it used, or None when the question is not a
calculation the calculators can do with what is known.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from . import calc
from .calc import Input, Result
from .dates import find_dates
from .grouping import ActionGroup
from .lexical import stem, synonyms_of
from .listed_sum import listed_sum
from .money import Money, find_money, format_money
from .numbers import COUNTED_PARTIES, SMALL_COUNT_WORDS, parse_number_words
from .parties import find_respondent, fold, initials
from .pattern_cache import compiled
from .people import holds_a_role
from .periodic_penalty import route_periodic
from .price_change import asks_price_rise, price_rise
from .provisions import find_instruments
from .question_parse import (
    ASKS_INSTALMENTS,
    BEFORE_DISCOUNT_WORDS,
    BELOW_MAXIMUM,
    DAYS_BETWEEN,
    DAYS_LEFT_WORDS,
    DEADLINE_WORDS,
    DECISION_AND_RULING,
    DEPOSIT_WORDS,
    DISCOUNT_WORDS,
    MONTH_END_WORDS,
    ONE_UNIT_IS,
    REFUND_WORDS,
    SAVED_WORDS,
    SHARE_OF_TOTAL,
    SHORT_OF_SOUGHT,
    STILL_OWED_WORDS,
    SUPPOSED,
    SUSPENDED_LEFT_OUT,
    TOTAL_WORDS,
    Query,
    currency_code,
    question_dates,
)
from .readers import Quote, read_amount, read_date, read_deadline, read_period
from .running_days import days_stated
from .text import sentences

# A source for an input: returns the citation number for a fact's or a quote's span.
CiteFact = Callable[[object], int]


@dataclass
class Routed:
    result: Result
    value_kind: str  # "money" | "days" | "weeks" | "months" | "date" | "percent" | "years"


def _money(value: object) -> Money | None:
    return value if isinstance(value, Money) else None


def route(
    query: Query,
    groups: list[ActionGroup],
    quotes: list[Quote],
    cite_fact: Callable[[ActionGroup], int],
    cite_quote: Callable[[Quote], int],
    focus: list[str],
    case: Callable[[], list[ActionGroup]] = list,
    body: Callable[[str], str] | None = None,
    personal: Callable[[str], bool] = lambda name: False,
) -> Routed | None:
    """`case`: every party's actions in the articles about the one asked about, for its
    share of their total — read only by the questions that need it (grouping those articles'
    facts is most of the cost of a calculation that names a party). `personal`: whether a
    party's name is written as a person's."""
    text = query.text.casefold()
    user_money = [m.money for m in query.money if m.money is not None and m.per is None]
    user_rate = [m.money for m in query.money if m.money is not None and m.per == "day"]

    def daily_rate() -> Input | None:
        if user_rate:
            return Input("daily penalty (stated in the question)", user_rate[0])
        for group in groups:
            if group.per == "day" and group.amount():
                return Input("daily penalty", _amount(group), cite_fact(group))
        if SUPPOSED.search(text) and _days_in(query.durations) is not None:
            # "if it stays non-compliant 20 days, …": a rate no fact holds ("would charge the
            # operator a further KSh 50,000 for every day it remains non-compliant"), read
            # from the party's own articles.
            stated = _rate_stated(groups, quotes)
            if stated is not None:
                return Input("daily penalty", stated[0], cite_quote(stated[1]))
        return None

    def largest(action: str | None = None) -> ActionGroup | None:
        pool = [
            g
            for g in groups
            if g.amount() and g.per is None and (action is None or g.action == action)
        ]
        return max(pool, key=lambda g: g.amount()[0].amount, default=None)

    # GDPR maximum for a turnover: "maximum GDPR fine for a company with €1bn turnover", or
    # for the turnover the sources give: "the most the APD could have fined Brabo, given its
    # 2023 turnover?"
    if re.search(r"\b(?:maximum|max|cap|most|highest)\b", text) and "turnover" in text:
        regime, provision = _cap_provision(query.text)
        # "under the 4%-or-€20m rule": the rule's own fixed amount is no turnover.
        fixed = {(Decimal(c["fixed"]), c["currency"]) for c in calc.caps_of(regime) if "fixed" in c}
        user_money = [m for m in user_money if (m.amount, m.currency) not in fixed]
        if user_money:
            turnover = Input("worldwide annual turnover (stated in the question)", user_money[0])
        else:
            reading = _turnover_read(query, groups, quotes, focus)
            turnover = (
                Input("annual turnover", reading.value, cite_quote(reading.quote))
                if reading
                else None
            )
        if turnover is not None:
            return Routed(calc.gdpr_cap(turnover, provision=provision, regime=regime), "money")

    # Instalments: "how many months of instalments to clear its fine?" — the fine over the
    # instalment the sources state ("could pay its fine in monthly instalments of £5,000").
    if ASKS_INSTALMENTS.search(text):
        paying_off = _instalments(groups, quotes, cite_fact, cite_quote)
        if paying_off is not None:
            return paying_off

    # A penalty per week or month: "after how many weeks would it hit the cap?", "how much
    # for six weeks late?"
    periodic = route_periodic(query, groups, quotes, cite_fact, cite_quote)
    if periodic is not None:
        return Routed(*periodic)

    # Days covered: "how many days does a €5.2 million penalty represent at the daily rate?",
    # "… before the daily fine reaches its cap?" (the maximum stated with the daily rate).
    running = _running_penalty(groups, quotes)
    if re.search(r"\bhow\s+many\s+days\b", text) and (
        user_money or query.action == "penalty_payment" or _CAP_WORDS.search(text)
    ):
        rate = daily_rate()
        total = (
            Input("total penalty (stated in the question)", user_money[0]) if user_money else None
        )
        capped = _CAP_WORDS.search(text) and not user_money
        if capped and running and running.cap:
            total = Input(
                "maximum of the daily penalty",
                running.cap,
                cite_quote(running.cap_quote or running.quote),
            )
        if total is None and not capped:  # "before it hits its cap": never the lump sum
            lump = largest("penalty_payment")
            total = (
                Input("overdue penalty payment", _amount(lump), cite_fact(lump)) if lump else None
            )
        if rate is None and capped and running and running.cap:
            rate = Input("daily penalty", running.rate, cite_quote(running.quote))
        if rate and total:
            return Routed(calc.days_covered(total, rate), "days")

    # Accrual over dates: "if the daily fines ran from 1 March to 31 March 2025 inclusive,
    # how much would have accrued?"
    span = _date_range(query.text)
    if span and (
        re.search(r"\b(?:accru\w*|cost|owe\w*|total|would)\b", text) or _RUN_UP.search(text)
    ):
        rate = daily_rate()
        if rate:
            first, last = span
            inclusive = bool(re.search(r"\binclusive\b|\bboth\s+included\b", text))
            days = (last - first).days + (1 if inclusive else 0)
            counted = "both included" if inclusive else "the first day not counted"
            return Routed(
                calc.penalty_accrual(
                    rate,
                    Input(f"days from {first:%-d %B %Y} to {last:%-d %B %Y}, {counted}", days),
                ),
                "money",
            )

    # Accrual by a date the sources count the days to: "how much had the daily fine racked up
    # by end of October?" when a source says "By October 31 it had been running for 45 days".
    stated = (
        days_stated(
            query.text,
            question_dates(query.text),
            quotes,
            {f.article_id for g in groups for f in g.facts},
        )
        if running and _RUN_UP.search(text)
        else None
    )

    def cap_input(cited: int) -> Input | None:
        """The daily penalty's maximum, stated with it (or in a sentence of its own)."""
        if running is None or not running.cap:
            return None
        cap_cited = cite_quote(running.cap_quote) if running.cap_quote else cited
        return Input("maximum of the daily penalty", running.cap, cap_cited)

    if running and stated:
        cited = cite_quote(running.quote)
        return Routed(
            calc.penalty_accrual(
                Input("daily penalty", running.rate, cited),
                Input(
                    f"days the penalty had run by {stated.until.text} (stated by the source)",
                    stated.days,
                    cite_quote(stated.quote),
                ),
                cap_input(cited),
            ),
            "money",
        )

    # Accrual to a date: "if Kuura has still not complied by the end of August, how much will
    # the daily fine have run up to?": from the day the sources say it starts running ("for
    # each day from 1 August 2026") to that date, both counted, up to a maximum stated with it.
    until = _until_date(query.text, running.start) if running and running.start else None
    if running and running.start and until and _RUN_UP.search(text) and until >= running.start:
        days = (until - running.start).days + 1
        cited = cite_quote(running.quote)
        return Routed(
            calc.penalty_accrual(
                Input("daily penalty", running.rate, cited),
                Input(
                    f"days from {running.start:%-d %B %Y} (stated by the source [{cited}]) "
                    f"to {until:%-d %B %Y}, both counted",
                    days,
                ),
                cap_input(cited),
            ),
            "money",
        )

    # Accrual: "how much would 90 days cost at the daily rate?", "if it misses the deadline
    # by 45 days, what are the stipulated penalties?"
    if query.durations and (
        re.search(r"\b(?:cost|owe|accrue|would)\b", text)
        or SUPPOSED.search(text)  # "if it stays in breach 30 days, how much does it forfeit?"
        or _RUN_UP.search(text)
        or _DAYS_LATE.search(text)
    ):
        days = _days_in(query.durations)
        rate = daily_rate() if days is not None else None
        rising = _rising_rate(rate, quotes) if days is not None and rate and not user_rate else None
        if days is not None and rate and rising:
            later, after, quote = rising
            return Routed(
                calc.escalating_accrual(
                    rate,
                    Input("later daily penalty", later, cite_quote(quote)),
                    after,
                    Input(_days_label(query.durations), days),
                ),
                "money",
            )
        if days is not None and rate:
            return Routed(
                calc.penalty_accrual(rate, Input(_days_label(query.durations), days)), "money"
            )

    # Deadline: "two months from 20 October 2022"
    if query.durations and query.dates and re.search(r"\b(?:from|after|deadline|within)\b", text):
        amount, unit = query.durations[0]
        start = Input("start date (stated in the question)", query.dates[0])
        return Routed(calc.deadline(start, amount, unit), "date")

    # A deadline the sources set: "directed Lumen to appoint a DPO within 30 days of the
    # decision" counted from the date of that decision, both cited.
    if _DEADLINE.search(text) and not query.dates:
        reading = read_period(quotes, focus, query.respondents)
        dated = [g for g in groups if g.date and len(g.date) == 10 and g.per is None]
        if reading is not None and dated:
            period = reading.value
            decision = max(dated, key=lambda g: (g.amount() is not None, g.date))
            start = Input(
                f"date of the {period.event}",
                date.fromisoformat(decision.date),
                cite_fact(decision),
            )
            amount = Input("period", period.amount, cite_quote(reading.quote))
            return Routed(calc.deadline(start, amount, period.unit), "date")

    # A date the question gives and a period the sources set: "If Nordvik received the
    # decision on 29 August 2023, what is the last day it can lodge its appeal?"
    if _DEADLINE.search(text) and query.dates and not query.durations:
        reading = read_period(quotes, focus, query.respondents)
        if reading is not None:
            period = reading.value
            start = Input("start date (stated in the question)", query.dates[0])
            amount = Input("period", period.amount, cite_quote(reading.quote))
            return Routed(calc.deadline(start, amount, period.unit), "date")

    # Against a maximum the sources state: "How far below the statutory maximum was the
    # Pesaharaka penalty?" (the maximum less the fine), "the fine as a % of the most the law
    # allows" (its share of it); both cited.
    below = BELOW_MAXIMUM.search(text)
    share = _CAP_WORDS.search(text) and re.search(
        r"\b(?:percentage|share|proportion|per\s*cent|percent)\b|%", text
    )
    fine = largest() if below or share else None
    found = _stated_maximum(quotes, _amount(fine), fine.facts[0].article_id) if fine else None
    if fine and found:
        maximum, quote = found
        stated = Input("maximum the sources state", maximum, cite_quote(quote))
        imposed = Input(f"{fine.action.replace('_', ' ')}", _amount(fine), cite_fact(fine))
        if below:
            return Routed(calc.difference(stated, imposed), "money")
        return Routed(calc.share(imposed, stated), "percent")

    # A share the sources say must be put up: "stayed the penalty on condition that the
    # company deposit 10% of the amount" — that share of the penalty, both cited.
    if re.search(DEPOSIT_WORDS, text):
        fine = largest()
        found = _stated_deposit(quotes, fine.facts[0].article_id) if fine else None
        if fine and found:
            percent, quote = found
            return Routed(
                calc.percent_of(
                    Input(fine.action.replace("_", " "), _amount(fine), cite_fact(fine)),
                    Input("share to be deposited", percent, cite_quote(quote)),
                ),
                "money",
            )

    # The fine before a reduction the sources state: "Its fine was therefore reduced by 50 %"
    # beside the fine imposed — what it would have been without the reduction.
    if re.search(BEFORE_DISCOUNT_WORDS, text):
        fine = largest("fine") or largest()
        own = fine.facts[0].article_id if fine else None
        found = _stated_discount([q for q in quotes if q.article_id == own], own)
        if fine and found:
            percent, quote = found
            return Routed(
                calc.before_discount(
                    Input(fine.action.replace("_", " "), _amount(fine), cite_fact(fine)),
                    Input("reduction", percent, cite_quote(quote)),
                ),
                "money",
            )

    # A discount the sources state: "paid within 15 days, which entitled it to a discount of
    # one quarter" — the fine less that share.
    if re.search(DISCOUNT_WORDS, text):
        fine = largest("fine")
        found = _stated_discount(quotes, fine.facts[0].article_id if fine else None)
        if fine and found:
            percent, quote = found
            return Routed(
                calc.after_discount(
                    Input("fine", _amount(fine), cite_fact(fine)),
                    Input("discount", percent, cite_quote(quote)),
                ),
                "money",
            )

    # Days left: "counting from the day the story ran, how many days does the VDAI have left
    # to appeal?" — from the date of the report that states the deadline to the deadline.
    if re.search(r"\bhow\s+many\s+days\b", text) and re.search(DAYS_LEFT_WORDS, text):
        reading = read_deadline(quotes, focus) if not query.dates else None
        published = reading.quote.published if reading else None
        if reading and reading.value.date and published and len(published) == 10:
            reported, due = date.fromisoformat(published), reading.value.date
            if reading.value.relative and due < reported:
                # "It has until 3 June", written in May: a deadline is ahead of the report.
                due = _a_year_later(due)
            cited = cite_quote(reading.quote)
            return Routed(
                calc.days_between(
                    Input("date of the report", reported, cited), Input("deadline", due, cited)
                ),
                "days",
            )

    # Days from a decision to the court's ruling on it: "how many days between the URE
    # decision and the SOKiK judgment" — both dated by the sources, in the same story.
    asks_days = re.search(r"\bhow\s+many\s+days\b", text) or DAYS_BETWEEN.search(text)
    if asks_days and DECISION_AND_RULING.search(text):
        pair = _decision_and_ruling(groups, quotes, query.text)
        if pair is not None:
            decision, ruling = pair
            label, decided = _decision_day(decision, query.text)
            return Routed(
                calc.days_between(
                    Input(label, decided, _cite_day(decision, quotes, cite_fact, cite_quote)),
                    Input("date of the ruling", date.fromisoformat(ruling.date), cite_fact(ruling)),
                ),
                "days",
            )

    # Days between two parties' actions: "how many days separated the SEC's order against X
    # and the CFPB action on Y?" — each party's action dated to the day, both cited.
    if asks_days and len(query.respondents) == 2 and not DECISION_AND_RULING.search(text):
        pair = [_dated_action_of(key, groups) for key in query.respondents]
        if all(pair):
            first, second = sorted(pair, key=lambda g: g.date)
            return Routed(
                calc.days_between(
                    Input(
                        f"date of the {first.action.replace('_', ' ')} on {first.respondent}",
                        date.fromisoformat(first.date),
                        cite_fact(first),
                    ),
                    Input(
                        f"date of the {second.action.replace('_', ' ')} on {second.respondent}",
                        date.fromisoformat(second.date),
                        cite_fact(second),
                    ),
                ),
                "days",
            )

    # Days from the decision to the party's going to court over it: "how many days after the
    # CBA decision did X go to court?", "… did X appeal?" — the decision's date and the date the
    # copy gives the filing.
    if (
        re.search(r"\bhow\s+many\s+days\s+after\b", text)
        and _TO_COURT_ASKED.search(text)
        and len(query.respondents) == 1
    ):
        routed = _days_to_court(query, groups, quotes, cite_fact, cite_quote)
        if routed is not None:
            return routed

    # Days between two stated dates
    if len(query.dates) >= 2 and re.search(r"\bdays\b", text):
        first, second = sorted(query.dates[:2])
        return Routed(
            calc.days_between(Input("first date", first), Input("second date", second)), "days"
        )

    # Conversion at a rate the user states: "at 1.15 euros to the pound", "at 4.30 zloty to
    # the euro", "taking one euro as $1.10", "with 1 EUR = 1.08 USD".
    stated = _rate_in_question(query)
    if stated is not None:
        value, quoted, per, rate_span = stated
        # The rate's own figure is not what to convert.
        user_money = [
            m.money
            for m in query.money
            if m.money is not None
            and m.per is None
            and not (rate_span[0] <= m.start < rate_span[1])
        ]
    if stated is not None and (user_money or groups):
        # 1 `per` = `value` `quoted`, whichever way the amount goes.
        amount = Input("amount (stated in the question)", user_money[0]) if user_money else None
        if amount is None and largest():
            amount = Input("fine", _amount(largest()), cite_fact(largest()))
        if amount and amount.value.currency in {quoted, per}:
            rate = Input("exchange rate (stated in the question)", value)
            if amount.value.currency == quoted:
                return Routed(calc.convert(amount, rate, per, rate_is_per_target=True), "money")
            return Routed(calc.convert(amount, rate, quoted), "money")

    # A percentage of something: "what is 4% of Clearview's annual turnover?"
    percent = re.search(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent)\s+of\b", text)
    if percent:
        base = Input("amount (stated in the question)", user_money[0]) if user_money else None
        if base is None:
            reading = read_amount(query, quotes, focus)
            base = Input("amount", reading.value, cite_quote(reading.quote)) if reading else None
        if base is not None:
            return Routed(calc.percent_of(base, Decimal(percent.group(1))), "money")

    # A penalty as a share of the company's turnover: "X's fine as a percentage of its
    # turnover", "what % of its Swedish revenue was the sanction fee" (not of a cap).
    if (
        re.search(r"\b(?:percentage|share|proportion|per\s*cent|percent)\b|%", text)
        and _TURNOVER.search(text)
        and not _CAP_WORDS.search(text)
        and query.respondents
    ):
        fine = largest()
        # The turnover in the fine's own currency: a shared sign ("FCFA", "$") is read as it.
        reading = (
            _turnover_read(query, groups, quotes, focus, _amount(fine).currency) if fine else None
        )
        if fine and reading and reading.value.currency == _amount(fine).currency:
            return Routed(
                calc.share(
                    Input(fine.action.replace("_", " "), _amount(fine), cite_fact(fine)),
                    Input("turnover", reading.value, cite_quote(reading.quote)),
                ),
                "percent",
            )

    # One party's share of what all of them were ordered to pay: "what share of the total
    # did X pay", "X's share of the total surcharges, in percent".
    if SHARE_OF_TOTAL.search(text) and (every := case()):
        routed = _share_of_total(query, every, cite_fact)
        if routed is not None:
            return routed

    # Share: "what percentage of the original fine is the overdue penalty?" — the fine the
    # same regulator imposed on the same respondent.
    if re.search(r"\b(?:percentage|share|proportion|per\s*cent)\b", text):
        part = largest("penalty_payment")
        related = [
            g
            for g in groups
            if part and g.respondent == part.respondent and g.authority == part.authority
        ]
        fines = [g for g in related if g.action == "fine" and g.amount() and g.per is None]
        whole = max(fines, key=lambda g: g.amount()[0].amount, default=None)
        if part and whole:
            return Routed(
                calc.share(
                    Input("overdue penalty payment", _amount(part), cite_fact(part)),
                    Input("fine", _amount(whole), cite_fact(whole)),
                ),
                "percent",
            )

    # Years between two events the sources date: "how many years after X was formed …"
    if re.search(r"\bhow\s+many\s+years\b", text):
        event = re.search(r"\bafter\s+.+?\s+(?:was|were)\s+(\w+)", text)
        event_words = [event.group(1), *synonyms_of(event.group(1))] if event else focus
        founded = read_date(query, quotes, event_words)
        fine = largest("fine")
        if founded and fine and fine.date:
            start = Input("first event", date(founded.value.year, 1, 1), cite_quote(founded.quote))
            end = Input("fine", date(int(fine.date[:4]), 1, 1), cite_fact(fine))
            return Routed(calc.years_between(start, end), "years")

    # A fine partly suspended: "how much does X actually have to pay, leaving out the
    # suspended part?" — the fine less the part the same sentence says is suspended.
    if re.search(SUSPENDED_LEFT_OUT, text):
        pair = _suspended_part(query, groups, quotes, cite_quote)
        if pair is not None:
            return Routed(calc.difference(*pair), "money")

    # What is left to pay: "how much does X still owe on its fine?" — the fine (or the sum a
    # court set instead) less the part its own articles say was paid.
    if re.search(STILL_OWED_WORDS, text) and query.respondents:
        owed = _still_owed(query, groups, quotes, focus, cite_fact, cite_quote, case, body)
        if owed is not None:
            return owed

    # A price rise the copy states, as a percentage of the old price: "by what percent did X
    # put up its cement price?" — "increased the price of cement from TJS 980 to TJS 1,350".
    if asks_price_rise(text):
        rise = price_rise(quotes, query.respondents, cite_quote)
        if rise is not None:
            before, after = rise
            increase = calc.difference(after, before)
            return Routed(calc.share(Input("the rise", increase.value), before), "percent")

    # Differences: "how much bigger was A's fine than B's?", "by how much did the ICO cut BA's
    # fine?", "how much did the tribunal knock off?" — and as a percentage of the original.
    if _DIFFERENCE.search(text):
        in_units = _cut_in_units(query, quotes, cite_quote)
        if in_units is not None:
            larger, smaller = in_units
            result = calc.difference(larger, smaller)
            if re.search(r"\b(?:percentage|per\s*cent)|%", text):
                return Routed(calc.share(Input("reduction", result.value), larger), "percent")
            return Routed(result, "money")
        pair = (
            _cut_stated(query, groups, quotes, cite_quote)
            or _difference_pair(query, groups, quotes, focus, cite_fact, cite_quote, case)
            or _cut_to(query, groups, quotes, cite_fact, cite_quote)
        )
        if pair is not None:
            larger, smaller = pair
            result = calc.difference(larger, smaller)
            if re.search(r"\b(?:percentage|per\s*cent)|%", text):  # no word boundary before "%"
                return Routed(calc.percent_cut(larger, smaller), "percent")
            return Routed(result, "money")

    # A share of amounts the question states: "what share of the €8.15m total was the €4m and
    # €2m parts?"
    if len(user_money) >= 2 and re.search(r"\b(?:share|percentage|proportion|per\s*cent)\b", text):
        whole_money = max(user_money, key=lambda m: m.amount)
        parts = [
            m for m in user_money if m is not whole_money and m.currency == whole_money.currency
        ]
        if parts:
            part = Money(sum((m.amount for m in parts), Decimal(0)), whole_money.currency)
            return Routed(
                calc.share(
                    Input("parts (stated in the question)", part),
                    Input("total (stated in the question)", whole_money),
                ),
                "percent",
            )

    # Totals: "the total the CNIL has fined Clearview", "add up the fines from Italy, Greece and France"
    # "… pay in fines between them", "all together - the three X plus Y"
    if re.search(
        r"\b(?:total|add\s+up|sum|altogether|together|combined|plus|between\s+them)\b", text
    ):
        pool = [
            g
            for g in groups
            if g.amount()
            and g.per is None
            and g.action in {"fine", "penalty_payment", "settlement"}
        ]
        if user_money:  # "add up the €20 million fines from …": the amount says which
            chosen = [
                g
                for g in pool
                if any(
                    a.amount == m.amount and a.currency == m.currency
                    for a, _ in g.amounts()
                    for m in user_money
                )
            ]
            pool = chosen or pool
        if (
            query.action == "fine"
            and not re.search(
                r"\b(?:including|incl\.?|plus|and\s+the\s+(?:overdue|penalty))(?!\w)", text
            )
            # "how much has France fined Clearview in total?": the verb counts every sum it
            # was ordered to pay (the fine and the penalty payment on top); "the total of
            # the fines" counts the fines
            and (re.search(r"\bfines?\b", text) or not re.search(r"\bfined\b", text))
        ):
            pool = [g for g in pool if g.action == "fine"]
        if (
            not _its_people(text)  # "plus its three directors": added below
            and (counted := _counted_parties(text))
            and (
                chosen := _counted_decision(
                    counted,
                    pool if not query.respondents else pool + case(),
                    quotes,
                    personal,
                    body,
                )
            )
        ):
            # "combined fines on the two flour mills": the decision with that many parties
            # of that kind, the one the passages found first
            pool = chosen
        elif _EVERY_PARTY.search(text) and (every := case()):
            pool += _same_decision(pool, every)
        elif (people := _its_people(text)) and (every := case()):
            # "total penalties on X plus its three directors": the people the same decision
            # fined beside the company — as many as the question says, or those known to be
            # persons
            beside = _same_decision(pool, every)
            count = people[1]
            pool += (
                beside
                if count is not None and len(beside) == count
                else [g for g in beside if g.facts[0].respondent_personal]
            )
        if _A_CASE.search(text) and not query.respondents:
            # "total fines in the road-marking cartel case": one decision's, not an earlier
            # case the article recalls in its background
            pool = _one_decision(pool)
        pool = _without_rounded_total(pool)
        if pool:
            inputs = [
                Input(
                    f"{g.action.replace('_', ' ')} "
                    + (
                        f"({g.authority or g.jurisdiction})"
                        if g.authority or g.jurisdiction
                        else f"on {g.respondent}"
                    ),
                    _amount(g),
                    cite_fact(g),
                )
                for g in pool
            ]
            if not _its_people(text):
                inputs += _named_beside(text, pool, quotes, cite_quote, body)
            if _PLUS_DAILY.search(text):
                # "the fine plus the daily charges": what the daily penalty came to, as the
                # copy totals it; without it the sum would leave out what was asked
                accrued = _daily_accrued(groups, pool, body)
                if accrued is None:
                    return None
                inputs.append(Input(accrued[0], accrued[1], cite_quote(accrued[2])))
            return Routed(calc.total(inputs), "money")
        # No recorded action holds the parties counted: the one sentence that lists their
        # amounts ("fined A, B and C TJS 187,500, TJS 150,000 and TJS 112,500 respectively").
        listed = listed_sum(query.text, quotes, cite_quote) if not groups else None
        if listed:
            return Routed(calc.total(listed), "money")
    return None


# "hits its cap", "reaches the maximum", "before the ceiling".
# "in monthly instalments of £5,000", "instalments of €2,000 a month"
_INSTALMENT_BEFORE = re.compile(r"\b(month|week)ly\s+instal?lments?\s+of\s+$", re.I)
_INSTALMENT_AFTER = re.compile(r"^\s+(?:a|per|each|every)\s+(month|week)\b", re.I)
_INSTALMENT_WORD = re.compile(r"\binstal?lments?\s+of\s+$", re.I)


def _days_in(durations) -> int | None:
    """The days a question's delay comes to: "12 days late", or "three weeks late" (21 days:
    a daily rate runs on every day of them)."""
    days = next((n for n, unit in durations if unit == "day"), None)
    if days is None:
        weeks = next((n for n, unit in durations if unit == "week"), None)
        days = weeks * 7 if weeks is not None else None
    return days


def _days_label(durations) -> str:
    if any(unit == "day" for _, unit in durations):
        return "days (stated in the question)"
    weeks = next(n for n, unit in durations if unit == "week")
    return f"days ({weeks} weeks stated in the question × 7)"


def _instalments(
    groups: list[ActionGroup],
    quotes: list[Quote],
    cite_fact: Callable[[ActionGroup], int],
    cite_quote: Callable[[Quote], int],
) -> Routed | None:
    for quote in quotes[:8]:
        for mention in find_money(quote.text):
            if mention.money is None:
                continue
            before = quote.text[max(0, mention.start - 40) : mention.start]
            period = _INSTALMENT_BEFORE.search(before)
            after = _INSTALMENT_AFTER.match(quote.text[mention.end :])
            if not period and not (after and _INSTALMENT_WORD.search(before)):
                continue
            fine = _fine_paid_off(groups, quote, mention.money)
            if fine is None:
                return None
            unit = (period or after).group(1).casefold()
            return Routed(
                calc.instalments_needed(
                    Input("fine", _amount(fine), cite_fact(fine)),
                    Input("instalment", mention.money, cite_quote(quote)),
                    unit,
                ),
                f"{unit}s",
            )
    return None


def _fine_paid_off(groups: list[ActionGroup], quote: Quote, instalment: Money):
    """The lump sum of the instalments' article, first the one against the party the
    sentence names, then the one its article reports first."""
    candidates = [
        g
        for g in groups
        if g.per is None
        and g.amount()
        and _amount(g).currency == instalment.currency
        and _amount(g).amount > instalment.amount
        and any(f.article_id == quote.article_id for f in g.facts)
    ]

    def named(g: ActionGroup) -> bool:
        return bool(g.respondent) and fold(g.respondent).split()[0] in fold(quote.text)

    def first_reported(g: ActionGroup) -> int:
        return min(f.start for f in g.facts if f.article_id == quote.article_id)

    return min(candidates, key=lambda g: (not named(g), first_reported(g)), default=None)


_TURNOVER = re.compile(r"\b(?:turnover|revenues?)\b", re.I)
_CAP_WORDS = re.compile(r"\b(?:cap(?:ped)?|maximum|max|ceiling)\b", re.I)  # not "time limit"
# What a running penalty comes to by a date: "run up to", "accrued", "amount to", "total".
_RUN_UP = re.compile(
    r"\b(?:run\s+up|racked?\s+up|built?\s+up|accru\w*|amount(?:ed)?\s+to|come\s+to|add(?:ed)?\s+up"
    r"|total\w*|owe\w*|reach\w*)\b",
    re.I,
)
# Where a daily penalty starts: "for each day from 1 August 2026", "starting on 3 May".
_STARTS = re.compile(
    r"\b(?:from|since|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|as\s+of|with\s+effect\s+from)\s+(?:the\s+)?$",
    re.I,
)
# "for each day the default continues beyond 31 December 2025", "… breached after 1 March":
# it runs from the day after.
_STARTS_AFTER = compiled(r"\b(?:beyond|after|past)\s+(?:the\s+)?$", re.I)
# A maximum stated with it: "up to a maximum of EUR 120 000", "capped at €30,000".
_CAPPED = re.compile(
    r"\b(?:maximum(?:\s+(?:amount|sum|total))?(?:\s+of)?|capped\s+at|cap\s+of|ceiling\s+of|up\s+to"
    r"|no\s+more\s+than|limited\s+to)\s+$",
    re.I,
)


@dataclass(frozen=True)
class _Running:
    """A daily penalty as its sentence states it: the rate, when it starts, its maximum."""

    rate: Money
    quote: Quote
    start: date | None
    cap: Money | None
    cap_quote: Quote | None = None  # where the maximum is stated, when not with the rate


def _running_penalty(groups: list[ActionGroup], quotes: list[Quote]) -> _Running | None:
    """The daily penalty among `groups`, read from the passages that state it: any of its
    sources may give the start ("for each day from 1 August 2026") or the maximum."""
    for group in groups:
        chosen = group.amount() if group.per == "day" else None
        if chosen is None:
            continue
        rate = Money(chosen[0].amount, chosen[0].currency)
        # Passages of the same articles that state the same rate ("1 500 euros a day" in the
        # lead, "EUR 1 500 for each day from 1 August 2026" further down).
        articles = {f.article_id for _, f in group.amounts()}
        stating = [
            q
            for q in quotes
            if q.article_id in articles
            and any(
                m.money is not None
                and (m.money.amount, m.money.currency) == (rate.amount, rate.currency)
                for m in find_money(q.text)
            )
        ]
        found = [_Running(rate, q, _start_in(q), _cap_in(q, rate)) for q in stating]
        if found:
            best = max(found, key=lambda r: (r.start is not None) + (r.cap is not None))
            return best if best.cap else _capped_apart(best, articles, quotes)
    return _stated_running(groups, quotes)


def _stated_running(groups: list[ActionGroup], quotes: list[Quote]) -> _Running | None:
    """A daily penalty no fact holds the rate of, read whole from one sentence of the party's
    articles that gives the rate with its maximum ("If it does not, it will forfeit € 5.000
    for each day that it remains in breach, up to a maximum of € 150.000") or with the day it
    starts from ("a further ₹6,000 for each day the default continues beyond 31 December")."""
    articles = {f.article_id for g in groups for f in g.facts}
    for quote in quotes:
        if quote.article_id not in articles:
            continue
        for mention in find_money(quote.text):
            if mention.money is None:
                continue
            daily = mention.per == "day" or _EACH_DAY_AFTER.match(quote.text, mention.end)
            if not daily:
                continue
            cap = _cap_in(quote, mention.money) if mention.per == "day" else None
            if cap is not None:
                return _Running(mention.money, quote, _start_in(quote), cap)
            # "a further ₹6,000 would be levied for each day the default continues beyond
            # 31 December 2025": no maximum, but the day it starts from (without either, a
            # sum "for each day" could be anything).
            start = _start_in(quote)
            if start is not None:
                return _Running(mention.money, quote, start, None)
    return None


# The day told after the amount, in the same clause: "₹6,000 would be levied for each day the
# default continues", "NOK 75 000 for each day the prohibition was breached".
_EACH_DAY_AFTER = compiled(
    r"[^.;:]{0,40}?\b(?:for|on)\s+(?:every|each)\s+(?:additional\s+|further\s+)?day\b", re.I
)


def _rate_stated(groups: list[ActionGroup], quotes: list[Quote]) -> tuple[Money, Quote] | None:
    """The first amount a day the party's own articles state, in their currency."""
    articles = {f.article_id for g in groups for f in g.facts}
    local = {
        f.article_id: amount.currency
        for g in groups
        for amount, f in g.amounts()
        if amount.currency
    }
    for quote in quotes:
        if quote.article_id not in articles:
            continue
        for mention in find_money(quote.text, local.get(quote.article_id)):
            if mention.money is not None and (
                mention.per == "day"
                or _EACH_DAY_BEFORE.search(quote.text[max(0, mention.start - 90) : mention.start])
            ):
                return mention.money, quote
    return None


# The day told before the amount, in the same clause: "For every day they are late after that,
# they will pay NLe 10,000", "for each day of delay, a further €500".
_EACH_DAY_BEFORE = compiled(
    r"\b(?:for|on)\s+(?:every|each)\s+(?:additional\s+|further\s+)?(?:calendar\s+)?day\b[^.;:]*$",
    re.I,
)


# A sentence about a penalty: "The coercive fine can run up to a maximum amount of NOK 1 500 000."
_PENALTY_WORD = re.compile(r"\b(?:fines?|penalt(?:y|ies)|sanctions?|payments?)\b", re.I)


def _capped_apart(running: _Running, articles: set[str], quotes: list[Quote]) -> _Running:
    """The maximum told in a sentence of its own in the same article ("The coercive fine can
    run up to a maximum amount of …"), when the sentence with the rate gives none."""
    for quote in quotes:
        if quote.article_id in articles and _PENALTY_WORD.search(quote.text):
            cap = _cap_in(quote, running.rate)
            if cap is not None:
                return replace(running, cap=cap, cap_quote=quote)
    return running


def _start_in(quote: Quote) -> date | None:
    for d in find_dates(quote.text, quote.published):
        if d.date and _STARTS.search(quote.text[: d.start][-40:]):
            return d.date
        if d.date and _STARTS_AFTER.search(quote.text[: d.start][-40:]):
            return d.date + timedelta(days=1)
    return None


def _cap_in(quote: Quote, rate: Money) -> Money | None:
    return _maximum_in(quote.text, rate, _CAPPED, window=30)


def _maximum_in(
    text: str,
    above: Money,
    before: re.Pattern[str],
    window: int | None = None,
    default_currency: str | None = None,
) -> Money | None:
    """The first amount in `text` in `above`'s currency and larger than it that `before`
    introduces (in the `window` characters before it, when given)."""
    for mention in find_money(text, default_currency):
        money = mention.money
        lead = text[: mention.start]
        if (
            money is not None
            and money.currency == above.currency
            and money.amount > above.amount
            and before.search(lead[-window:] if window else lead)
        ):
            return money
    return None


def _until_date(question: str, start: date | None) -> date | None:
    """The one date a question counts to: "by 15 September", "by the end of August 2026" (the
    month's last day); a year left out is the running penalty's."""
    found = question_dates(question)
    if len(found) != 1 or not found[0].month:
        return None
    mention = found[0]
    year = mention.year or (start.year if start else None)
    if year is None:
        return None
    if mention.day:
        try:
            return date(year, mention.month, mention.day)
        except ValueError:  # "29 February" in a year without one
            return None
    if re.search(MONTH_END_WORDS + "$", question[: mention.start]):
        return date(year, mention.month, calendar.monthrange(year, mention.month)[1])
    return None


_FRACTIONS = {"half": 50, "quarter": 25, "fifth": 20, "tenth": 10}
# "a discount of 25%", "a 20 per cent reduction", "a discount of one quarter", "cut by a fifth"
_DISCOUNT_SHARE = re.compile(
    r"\b(?:discount|reduction|reduced|cut)\b[^.;]{0,30}?\b(?:of|by)\s+"
    r"(?:(?P<count>a|an|one|two|three|four)\s+(?P<fraction>half|quarter|fifth|tenth)s?"
    r"|(?P<number>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent))"
    r"|(?P<number2>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:discount|reduction)\b",
    re.I,
)


# "could have reached", "a maximum of", "capped at", "up to": the ceiling a fine stays under.
_MAXIMUM_BEFORE = re.compile(
    r"\b(?:maximum|max|cap(?:ped)?|ceiling|limit|up\s+to|as\s+much\s+as"
    # "could have reached", "could in principle have reached"
    r"|could\s+(?:[\w-]+\s+){0,2}?have\s+(?:reached|been|imposed)"
    # "the theoretical maximum for a breach of Article 5 was therefore EUR 20 million", but
    # not across a turn to what was imposed ("up to 4% of turnover, but it imposed €2m").
    r"|at\s+most|no\s+more\s+than)\b"
    r"(?:(?!\b(?:but|while|whereas|although|however|instead|imposed|fined|actual)\b)[^.;]){0,60}$",
    re.I,
)


def _stated_maximum(
    quotes: list[Quote], fine: Money, article_id: str
) -> tuple[Money, Quote] | None:
    """A maximum in the fine's currency, above it, that a passage states (the fine's own
    article first)."""
    for quote in sorted(quotes, key=lambda q: q.article_id != article_id):
        # "5 million shillings": a name several currencies share is the fine's.
        found = _maximum_in(quote.text, fine, _MAXIMUM_BEFORE, default_currency=fine.currency)
        if found is not None:
            return found, quote
    return None


def _stated_discount(quotes: list[Quote], article_id: str | None) -> tuple[Decimal, Quote] | None:
    """The discount a passage states, preferring the article that reports the fine."""
    ordered = sorted(quotes, key=lambda q: q.article_id != article_id)
    for quote in ordered:
        match = _DISCOUNT_SHARE.search(quote.text)
        if match is None:
            continue
        number = match.group("number") or match.group("number2")
        if number:
            return Decimal(number), quote
        word = match.group("count").casefold()
        count = 1 if word in ("a", "an") else int(parse_number_words(word))
        return Decimal(count * _FRACTIONS[match.group("fraction").casefold()]), quote
    return None


# "deposit 10% of the amount", "pay 25 per cent of the penalty upfront", "a pre-deposit of
# 10% of the fine".
_DEPOSIT_SHARE = re.compile(
    rf"(?:{DEPOSIT_WORDS})[^.;]{{0,60}}?\b(?P<number>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
    r"\s+of\s+(?:the|its|that|this)\s+(?:[\w-]+\s+){0,2}?(?:amount|penalty|fine|sum|sanction)\b"
    r"|\b(?P<number2>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of\s+(?:the|its|that|this)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:amount|penalty|fine|sum|sanction)\b[^.;]{{0,40}}?(?:{DEPOSIT_WORDS})",
    re.I,
)


def _stated_deposit(quotes: list[Quote], article_id: str) -> tuple[Decimal, Quote] | None:
    """The share of a penalty a passage says must be deposited (the penalty's own article
    first)."""
    for quote in sorted(quotes, key=lambda q: q.article_id != article_id):
        match = _DEPOSIT_SHARE.search(quote.text)
        if match is not None:
            return Decimal(match.group("number") or match.group("number2")), quote
    return None


def _a_year_later(day: date) -> date:
    return day.replace(year=day.year + 1, day=28 if (day.month, day.day) == (2, 29) else day.day)


def _date_range(question: str) -> tuple[date, date] | None:
    """ "from 1 March to 31 March 2025": two days, the year written once."""
    found = [d for d in question_dates(question) if d.month and d.day]
    if len(found) != 2 or not re.search(r"\b(?:from|between)\b", question, re.I):
        return None
    year = next((d.year for d in found if d.year), None)
    if year is None:
        return None
    first, last = (date(d.year or year, d.month, d.day) for d in found)
    return (first, last) if first < last else None


def _cap_provision(question: str) -> tuple[str, str]:
    """Which statutory maximum a question asks about: the instrument it names that has caps
    (GDPR when it names none), then the provision it cites, else the one whose scope shares
    its words ("a prohibited practice" under the AI Act is Art. 99(3)), else the highest."""
    text = question.casefold()
    named = [i for i, _, _ in find_instruments(question) if calc.caps_of(i)]
    regime = named[0] if named else ("UK GDPR" if re.search(r"\buk\b", text) else "GDPR")
    caps = calc.caps_of(regime)
    cited = re.search(r"\b(\d+)\s*\((\d+)\)", question)
    if cited:
        provision = f"Art. {cited.group(1)}({cited.group(2)})"
        if any(c["provision"] == provision for c in caps):
            return regime, provision
    if re.search(r"lower\s+tier|less\s+serious|less\s+severe|lower\s+maximum", text):
        lowest = min(caps, key=lambda c: Decimal(c.get("percent_of_turnover", "0")))
        return regime, lowest["provision"]
    words = {stem(w) for w in re.findall(r"[a-z]{4,}", text)}
    scoped = [
        (
            len(
                words
                & {stem(w) for w in re.findall(r"[a-z]{4,}", c.get("applies_to", "").casefold())}
            ),
            c,
        )
        for c in caps
    ]
    best = max(scoped, key=lambda sc: sc[0], default=(0, None))
    if best[0] and best[1] is not None and sum(1 for n, _ in scoped if n == best[0]) == 1:
        return regime, best[1]["provision"]
    if regime in {"GDPR", "UK GDPR"}:
        return regime, "Art. 83(5)"  # the higher tier, which most fines reported fall under
    highest = max(caps, key=lambda c: Decimal(c.get("percent_of_turnover", "0")))
    return regime, highest["provision"]


_DEADLINE = re.compile(
    rf"\b(?:{DEADLINE_WORDS}|how\s+long\s+(?:did|does|do|has|have|had)\b.*\bto\b)", re.I
)


# A sentence stating the rule ("up to €20 million or 4% of turnover"), not a turnover.
_CAP_RULE = re.compile(r"\b(?:up\s+to|whichever|maximum|at\s+most)\b|\d\s*%\s+of", re.I)


def _without_cap_rule(quote: Quote) -> Quote:
    """The passage with each sentence stating the rule blanked from the rule's first word on
    (same length, so spans still match): "The company's turnover is about €85 million, and
    Article 83(5) allows fines of up to €20 million or 4% …" keeps the turnover only."""
    text = quote.text
    for match in reversed(list(_CAP_RULE.finditer(text))):
        end = text.find(". ", match.start())
        end = len(text) if end < 0 else end
        text = text[: match.start()] + " " * (end - match.start()) + text[end:]
    return replace(quote, text=text)


def _share_of_total(query: Query, case: list[ActionGroup], cite_fact) -> Routed | None:
    """The party's largest penalty over the total of every party's in the case: the total
    the sources state (a figure that is the sum of the others) or else their sum."""
    penalties = _penalties(case)
    stated = _stated_total(penalties)
    theirs = [
        g for g in penalties if g is not stated and g.facts[0].respondent_key in query.respondents
    ]
    part = max(theirs, key=lambda g: g.amount()[0].amount, default=None)
    if part is None:
        return None
    currency = _amount(part).currency
    if stated is not None and _amount(stated).currency == currency:
        whole = Input("total the sources state", _amount(stated), cite_fact(stated))
    else:
        # The decision that imposed the party's penalty: not another case the article
        # recalls ("In February, the JFTC ordered Nagoya Denki … over a price cartel in …"):
        # by the same regulator, on the same day or on none, as the party's own
        decided = [g for g in penalties if (g.authority, g.date) == (part.authority, part.date)]
        others = [g for g in decided if _amount(g).currency == currency]
        if len(others) < 2:
            others = [g for g in penalties if _amount(g).currency == currency]
        if len(others) < 2:
            return None
        for g in others:
            cite_fact(g)
        whole = Input(
            f"total of the {len(others)} penalties",
            Money(sum((_amount(g).amount for g in others), Decimal(0)), currency),
        )
    imposed = Input(
        f"{part.action.replace('_', ' ')} on {part.respondent}", _amount(part), cite_fact(part)
    )
    return Routed(calc.share(imposed, whole), "percent")


def _turnover_read(
    query: Query,
    groups: list[ActionGroup],
    quotes: list[Quote],
    focus: list[str],
    currency: str | None = None,
):
    """The named company's turnover as the sources state it, not another's stated in a
    passage nearby: a passage naming it, else one about turnover in an article about it
    ("the group's worldwide annual turnover … was £612 million"). `currency`: the currency a
    sign several share is read as ("FCFA 60 milliards" beside a fine in XAF)."""
    masked = [_without_cap_rule(q) for q in quotes]
    theirs = [q for q in masked if any(k in fold(q.text) for k in query.respondents)]
    their_articles = {
        f.article_id
        for g in groups
        if g.respondent and any(k in fold(g.respondent) for k in query.respondents)
        for f in g.facts
    }
    about_turnover = [
        q
        for q in masked
        if q.article_id in their_articles and _TURNOVER.search(q.text) and q not in theirs
    ]
    reading = read_amount(query, theirs, focus, currency) if theirs else None
    return reading or read_amount(query, about_turnover or masked, focus, currency)


def _dated_action_of(key: str, groups: list[ActionGroup]) -> ActionGroup | None:
    """The one day a party's actions among `groups` are dated to (an order and the penalty in
    it share it), its penalty first; None when they are dated to different days — which
    of them the question means is then not known."""
    dated = [
        g
        for g in groups
        if g.facts[0].respondent_key == key
        and g.date
        and len(g.date) == 10
        and g.action != "ruling"
    ]
    if len({g.date for g in dated}) != 1:
        return None
    return max(dated, key=lambda g: g.amount() is not None)


def _decision_and_ruling(
    groups: list[ActionGroup], quotes: list[Quote], question: str = ""
) -> tuple[ActionGroup, ActionGroup] | None:
    """A measure and the court's later ruling on it, both dated to the day, against the same
    party and reported in the same article — of the best-ranked article that has one. When
    the case went through two courts, the ruling of the court the question names ("the SAC
    judgment"), or the last one when it asks for the final word."""

    def dated(g: ActionGroup) -> bool:
        return bool(g.date and len(g.date) == 10) or (
            g.action != "ruling" and _decision_day(g, question) is not None
        )

    for article_id in dict.fromkeys(q.article_id for q in quotes):
        here = [g for g in groups if dated(g) and any(f.article_id == article_id for f in g.facts)]
        pairs = []
        for ruling in (g for g in here if g.action == "ruling"):
            reviewed = [
                g
                for g in here
                if g.action != "ruling"
                and g.facts[0].respondent_key == ruling.facts[0].respondent_key
                and _decision_day(g, question)[1].isoformat() < ruling.date
            ]
            if reviewed:
                pairs.append(
                    (
                        max(
                            reviewed,
                            key=lambda g: (g.amount() is not None, _decision_day(g, question)[1]),
                        ),
                        ruling,
                    )
                )
        if pairs:
            return _ruling_asked(pairs, question)
    return None


# "the Central Bank announcing the sanction": the day a decision was made public.
_ANNOUNCING = compiled(r"\bannounc\w*|\bmade\s+public\b|\bpublish\w*", re.I)


def _decision_day(group: ActionGroup, question: str) -> tuple[str, date] | None:
    """What a decision's date is and the day: the day it was taken, or — when the question
    asks from its announcement and the sources date only that ("announced on 24 March that
    it had fined …") — the day it was announced."""
    if group.date and len(group.date) == 10:
        return f"date of the {group.action.replace('_', ' ')}", date.fromisoformat(group.date)
    if _ANNOUNCING.search(question) and group.announced and len(group.announced) == 10:
        return (
            f"date the {group.action.replace('_', ' ')} was announced",
            date.fromisoformat(group.announced),
        )
    return None


def _cite_day(group: ActionGroup, quotes: list[Quote], cite_fact, cite_quote) -> int:
    """The decision's citation; when its day is only the day it was announced, the passage
    that says so ("announced on 24 March that it had fined …"), if one was found."""
    if group.date and len(group.date) == 10:
        return cite_fact(group)
    for fact in group.facts:
        said = fact.announced
        for quote in quotes:
            if (
                said
                and quote.article_id == fact.article_id
                and quote.start <= said.start < quote.end
            ):
                return cite_quote(quote)
    return cite_fact(group)


# The last court's word: "the final judgment", "the supreme court's ruling".
_LAST_WORD = compiled(r"\b(?:final|last|ultimate|supreme|highest|top|cassation)\b", re.I)


def _ruling_asked(pairs: list, question: str):
    """Of a case's rulings, the one of the court the question names by its initials or its
    name, else the latest when it asks for the final one, else the first reported."""
    if len(pairs) == 1:
        return pairs[0]
    asked = fold(question)
    words = set(re.findall(r"\w+", asked))
    named = [
        pair
        for pair in pairs
        if pair[1].authority
        and (
            # "SAC" for the "Supreme Administrative Court of Bulgaria": its place left out
            {initials(pair[1].authority), initials(pair[1].authority.split(" of ")[0])}
            & {w.upper() for w in words if len(w) > 1}
            or fold(pair[1].authority) in asked
        )
    ]
    if len(named) == 1:
        return named[0]
    if _LAST_WORD.search(question):
        return max(pairs, key=lambda pair: pair[1].date)
    return pairs[0]


# Going to court over a decision, as a question asks it and as the copy reports it.
_TO_COURT_ASKED = re.compile(
    r"\b(?:go|goes|went|gone|going)\s+to\s+court\b|\bappeal(?:ed|s)?\b|\bchalleng\w*|\bsued?\b"
    r"|\bcontest(?:ed)?\b|\b(?:file|filed|lodge|lodged)\b[^?]*\b(?:claim|suit|lawsuit|appeal|action)\b",
    re.I,
)
_WENT_TO_COURT = re.compile(
    r"\b(?:filed|lodged|brought|launched|submitted|instituted)\b[^.;]{0,80}?"
    r"\b(?:claim|appeal|action|suit|lawsuit|complaint|challenge|petition)\b"
    r"|\b(?:appealed|sued|challenged)\b|\bwent\s+to\s+court\b",
    re.I,
)


def _days_to_court(
    query: Query, groups: list[ActionGroup], quotes: list[Quote], cite_fact, cite_quote
):
    """The days from the party's decision (dated to the day) to the day a sentence of its own
    articles says it went to court over it ("It filed a claim with the Administrative Court on
    3 February"): the first such date after the decision."""
    key = query.respondents[0]
    decisions = [
        g
        for g in groups
        if g.action != "ruling"
        and g.date
        and len(g.date) == 10
        and g.facts[0].respondent_key == key
    ]
    if not decisions:
        return None
    decision = max(decisions, key=lambda g: (g.amount() is not None, g.date))
    decided = date.fromisoformat(decision.date)
    own = {f.article_id for f in decision.facts}
    for quote in quotes:
        if quote.article_id not in own and key not in fold(quote.text):
            continue
        went = _WENT_TO_COURT.search(quote.text)
        if went is None:
            continue
        for mention in find_dates(quote.text, quote.published):
            if mention.date is None or mention.day is None or not decided < mention.date:
                continue
            return Routed(
                calc.days_between(
                    Input(
                        f"date of the {decision.action.replace('_', ' ')}",
                        decided,
                        cite_fact(decision),
                    ),
                    Input("date it went to court", mention.date, cite_quote(quote)),
                ),
                "days",
            )
    return None


def _penalties(groups: list[ActionGroup]) -> list[ActionGroup]:
    return [
        g
        for g in groups
        if g.amount() and g.per is None and g.action in {"fine", "penalty_payment", "settlement"}
    ]


# "the total of all penalties in X's order": every party's, not only X's.
_EVERY_PARTY = re.compile(
    r"\ball\s+(?:of\s+)?(?:the\s+)?(?:penalties|fines|sanctions|monetary\s+penalties)\b"
    r"|\b(?:every|each)\s+(?:party|one|person|respondent)\b|\beveryone\b"
    # "the total money sanctions in the X matter": the case's, whoever they were against
    r"|\b(?:in|across|from)\s+the\s+(?:[\w&'’.-]+\s+){1,4}?(?:matter|case|proceedings?|affair"
    r"|prosecution|investigation|decision)\b",
    re.I,
)


# "civil penalty plus disgorgement", "the fine plus the liquidated astreinte": what the
# question adds to the penalty, in its own words (up to three, to the end of the clause).
_PLUS_NAMED = re.compile(
    r"\bplus\s+(?:the\s+|its\s+|their\s+|any\s+|his\s+|her\s+)?"
    r"((?:[a-z][\w'’-]*)(?:\s+[a-z][\w'’-]*){0,2}?)\s*(?:[,?.;]|$|\s+(?:total|together|altogether|combined|in\s+total|come\s+to|make)\b)"
)
# Words of such a phrase too general to find the sum by: the penalty itself.
_PLUS_GENERAL = frozenset({
    "fine", "fines", "penalty", "penalties", "sanction", "sanctions", "amount", "amounts", "sum",
    "sums", "money", "it", "them",
})  # fmt: skip


def _named_beside(
    text: str, pool: list[ActionGroup], quotes: list[Quote], cite_quote, body
) -> list[Input]:
    """The sum a total adds to the penalties by name ("plus disgorgement", "plus the liquidated
    astreinte") when it is no penalty of its own: the amount a sentence of the same article
    ties to those words ("disgorge $1,350,000", "liquidated the astreinte at 460 millions
    FCFA", "$110,000 in reparation"). A rate ("per day") is not such a sum."""
    named = _PLUS_NAMED.search(text)
    if not named:
        return []
    words = named.group(1).split()
    if any(w in _PLUS_GENERAL for w in words):
        return []  # "plus the daily penalty": a penalty, found as one or not at all
    stems = [w[: max(4, min(6, len(w) - 1))] for w in words]
    articles = {f.article_id for g in pool for f in g.facts}
    known = {(a.amount, a.currency) for g in pool for a, _ in g.amounts()}
    currencies = {currency for _, currency in known}
    candidates = [q for q in quotes[:8] if q.article_id in articles]
    if body is not None:  # a sentence the search did not bring up
        for article_id in sorted(articles):
            whole = body(article_id)
            candidates += [
                Quote(article_id, span.start, span.end, whole[span.start : span.end], None)
                for span in sentences(whole)
            ]
    for quote in candidates:
        folded = quote.text.casefold()
        found = [re.search(rf"\b{re.escape(s)}", folded) for s in stems]
        if not all(found):
            continue
        last = max(m.end() for m in found if m)
        for mention in find_money(quote.text):
            money = mention.money
            if money is None and len(currencies) == 1 and mention.amount:
                # "460 millions FCFA": a currency sign the article's country resolves, as it
                # did for the penalty's own amount
                money = Money(mention.amount, next(iter(currencies)))
            if money is None or mention.per is not None:
                continue
            if (money.amount, money.currency) in known:
                continue
            after = quote.text[last : mention.start]
            before = quote.text[mention.end : min(m.start() for m in found if m)]
            if (0 <= mention.start - last <= 40 and not re.search(r"[;.]", after)) or (
                0 <= len(before) <= 25
                and mention.end <= min(m.start() for m in found if m)
                and re.fullmatch(r"\s*(?:in|of|as|for)?\s*(?:[\w-]+\s+)?", before)
            ):
                return [Input(named.group(1), money, cite_quote(quote))]
    return []


# "fine plus the daily charges", "plus the daily penalties", "and the per-day fines on top"
_PLUS_DAILY = compiled(
    r"\b(?:plus|and|including|with)\s+(?:the\s+|its\s+|their\s+|any\s+)?"
    r"(?:daily|per[\s-]day|day-?by-?day)\s+(?:charges?|penalt(?:y|ies)|fines?|sums?|amounts?)\b",
    re.I,
)
# Before the sum a daily penalty came to: "for a total of ₦9.5 million", "totalling €60,000".
_ACCRUED_TOTAL = compiled(
    r"\b(?:(?:a|the)\s+total\s+of|totall?ing|amounting\s+to|in\s+all|altogether|adding\s+up\s+to)"
    r"\s+(?:(?:about|around|some|roughly|nearly)\s+)?$",
    re.I,
)
_DAYS_WORD = compiled(r"\bdays?\b|\bdaily\b", re.I)


def _daily_accrued(
    groups: list[ActionGroup], pool: list[ActionGroup], body
) -> tuple[str, Money, Quote] | None:
    """What the party's daily penalty came to, as a sentence of its own article totals it:
    "the daily penalty ran from 1 December to 7 January, or 38 days, for a total of ₦9.5
    million" — a sum above the daily rate, in its currency, in a sentence about days."""
    parties = {g.facts[0].respondent_key for g in pool}
    for group in groups:
        chosen = group.amount() if group.per == "day" else None
        if chosen is None or group.facts[0].respondent_key not in parties or body is None:
            continue
        rate = Money(chosen[0].amount, chosen[0].currency)
        for article_id in sorted({f.article_id for _, f in group.amounts()}):
            whole = body(article_id)
            for span in sentences(whole):
                text = whole[span.start : span.end]
                if not _DAYS_WORD.search(text):
                    continue
                for mention in find_money(text, rate.currency):
                    money = mention.money
                    if (
                        money is not None
                        and money.currency == rate.currency
                        and money.amount > rate.amount
                        and mention.per is None
                        and _ACCRUED_TOTAL.search(text[max(0, mention.start - 40) : mention.start])
                    ):
                        quote = Quote(article_id, span.start, span.end, text, None)
                        return "daily penalty accrued (as the source totals it)", money, quote
    return None


# "plus its three directors", "including their officers": people beside the party named
_ITS_PEOPLE = re.compile(
    r"\b(?:plus|and|with|including|incl\.?)\s+(?:its|their|the\s+company['’]s|the)\s+"
    rf"(?:(\d+|{SMALL_COUNT_WORDS})\s+)?(?:[a-z-]+\s+)?([a-z-]+?)s\b",
    re.I,
)


def _its_people(text: str) -> tuple[str, int | None] | None:
    """The role and how many the question adds to a party's penalties, if it does."""
    for match in _ITS_PEOPLE.finditer(text):
        if holds_a_role(match.group(2)):
            n = match.group(1)
            count = None if n is None else int(parse_number_words(n))
            return match.group(2), count
    return None


def _same_decision(pool: list[ActionGroup], case: list[ActionGroup]) -> list[ActionGroup]:
    """The other parties' lump-sum penalties in the decision that imposed these: by the same
    regulator on the same day (or on a day the article does not give), in the same article
    (a company's officers fined beside it)."""
    decisions = {(g.authority, g.date) for g in pool if g.authority and g.date}
    authorities = {authority for authority, _ in decisions}
    articles = {f.article_id for g in pool for f in g.facts}
    return [
        g
        for g in _penalties(case)
        if (
            (g.authority, g.date) in decisions
            or (g.date is None and g.authority in authorities)
            # "Derek Hale to pay a penalty of $450,000" in a list under the decision: its
            # article gives it neither regulator nor date of its own
            or (g.date is None and g.authority is None and g.jurisdiction is None)
        )
        and any(f.article_id in articles for f in g.facts)
        and not any(_same_action(g, chosen) for chosen in pool)
    ]


# "total fines in the latvian road marking cartel case": one case's, whoever they were against
_A_CASE = re.compile(
    r"\b(?:in|across|from|of)\s+the\s+(?:[\w&'’.-]+\s+){0,7}?"
    r"(?:case|cartel|matter|proceedings?|affair|investigation|decision)\b",
    re.I,
)


# "the two flour mills", "both banks", "the three chongwe directors" (`COUNTED_PARTIES`):
# how many parties a total is over, and what they are. Not a span of time or a count of sums.
_NOT_PARTIES = re.compile(
    r"\b(?:days?|weeks?|months?|years?|instal?lments?|fines?|penalt(?:y|ie)|sanctions?|"
    r"amounts?|sums?|payments?|decisions?|cases?|times?)$",
    re.I,
)


def _counted_parties(text: str) -> tuple[int, bool, str] | None:
    """How many parties the question's total is over, whether they are people (a role:
    "directors", "managers") rather than companies, and the noun that names them ("mill",
    "compan"), if it counts them."""
    # (a count in figures or words: not "several")
    match = next(
        (m for m in COUNTED_PARTIES.finditer(text) if m.group(1).casefold() != "several"), None
    )
    if match is None or _NOT_PARTIES.search(match.group(2)):
        return None
    word = match.group(1).casefold()
    count = 2 if word == "both" else int(parse_number_words(word))
    named = match.group(2)[:-1]  # "directors" → "director": a role is looked up singular
    noun = re.sub(r"ie$", "", named.split()[-1].casefold())  # "companies" → "compan"
    return count, holds_a_role(named), noun


def _counted_decision(
    counted: tuple[int, bool, str],
    pool: list[ActionGroup],
    quotes: list[Quote],
    personal: Callable[[str], bool],
    body: Callable[[str], str] | None,
) -> list[ActionGroup] | None:
    """The one decision's sums over exactly as many parties of the kind asked (companies, or
    people fined personally beside them), if the decision the passages rank first has them: "combined
    fines on the two honduran chicken companies" is the two companies' fines, not the
    manager's beside them nor every fine in the sources."""
    count, people, noun = counted
    clusters: dict[tuple, list[ActionGroup]] = {}
    seen: set[int] = set()
    for group in pool:
        fact = group.facts[0]
        if id(group) in seen or not group.amount() or group.per is not None:
            continue
        seen.add(id(group))
        person = fact.respondent_personal or personal(group.respondent or "")
        if group.action == "fine" and person == people:
            # one decision: one regulator's, of one month; a sum the article does not date
            # is of the month it was announced, not an earlier case's it recalls
            when = (group.date or (fact.announced.text if fact.announced else ""))[:7]
            clusters.setdefault((fact.article_id, group.authority, when), []).append(group)
    for key in [k for k in clusters if not k[2]]:
        # A fine listed with no date of its own ("Padma Trust Bank was fined Tk 50 lakh,
        # Meghna … Tk 30 lakh") is of the one decision its article dates for that regulator.
        dated = [k for k in clusters if k[:2] == key[:2] and k[2]]
        if len(dated) == 1:
            clusters[dated[0]] += clusters.pop(key)
    ranked = list(dict.fromkeys(q.article_id for q in quotes))

    def names_them(article_id: str) -> bool:
        text = body(article_id) if body else " ".join(q.text for q in quotes)
        return re.search(rf"\b{re.escape(noun)}", text, re.I) is not None

    def rank(key: tuple) -> tuple[bool, int]:
        # first the stories that call the parties what the question does ("the three banks")
        at = ranked.index(key[0]) if key[0] in ranked else len(ranked)
        return not names_them(key[0]), at

    # the story ranked first, and the one decision in it with that many; one of another
    # story that happens to have as many parties is no answer
    first = min(clusters, key=rank, default=None)
    if first is None:
        return None
    fitting = [k for k in clusters if k[0] == first[0] and len(clusters[k]) == count]
    return clusters[fitting[0]] if len(fitting) == 1 else None


def _one_decision(pool: list[ActionGroup]) -> list[ActionGroup]:
    """The actions of the decision most of these belong to. An action the article does not
    date belongs to the one its article's first dated action reports ("fined three companies
    EUR 2.1 million" dated, then each company's fine listed)."""

    def lead_date(article_id: str) -> str | None:
        dated = [f for g in pool for f in g.facts if f.article_id == article_id and f.date]
        return min(dated, key=lambda f: f.start).date.text[:7] if dated else None

    def decision(group: ActionGroup) -> tuple:
        fact = group.facts[0]
        when = (group.date or "")[:7] or lead_date(fact.article_id)
        return (group.authority, when)

    clusters: dict[tuple, list[ActionGroup]] = {}
    for group in pool:
        clusters.setdefault(decision(group), []).append(group)
    if len(clusters) < 2:
        return pool
    return max(clusters.values(), key=len)


def _without_rounded_total(pool: list[ActionGroup]) -> list[ActionGroup]:
    """Less the figure that is the others' sum as a report rounds it: "fines three companies
    EUR 2.1 million" over EUR 1,284,500 + 611,300 + 214,000. Adding it in would count every
    fine twice."""
    if len(pool) < 3:
        return pool
    for total in sorted(pool, key=lambda g: _amount(g).amount, reverse=True):
        target = _amount(total)
        parts = [g for g in pool if g is not total and _amount(g).currency == target.currency]
        if len(parts) < 2:
            continue
        added = sum((_amount(g).amount for g in parts), Decimal(0))
        digits = target.amount.normalize().as_tuple()
        if digits.exponent <= 0 or len(digits.digits) < 2:
            continue  # a figure written to the unit, or one round figure: a fine of its own
        if any(_amount(g).amount.normalize().as_tuple().exponent >= digits.exponent for g in parts):
            continue  # a rounded total is rounder than each of its parts
        # the sum to the figure's precision: 2,109,800 is "2.1 million"
        step = Decimal(10) ** digits.exponent
        if (added / step).quantize(Decimal(1)) * step == target.amount and added != target.amount:
            return [g for g in pool if g is not total]
    return pool


def _same_action(a: ActionGroup, b: ActionGroup) -> bool:
    """The same action, grouped from the same facts (case groups and the question's groups
    are grouped apart). One sentence may report several parties' penalties ("fined X Tk 50
    lakh and fined its chairman Y and directors Z and W Tk 1 crore each"): the party tells
    them apart."""

    def made_of(group: ActionGroup) -> set:
        return {(f.article_id, f.start, f.respondent_key) for f in group.facts}

    return made_of(a) == made_of(b)


def _stated_total(penalties: list[ActionGroup]) -> ActionGroup | None:
    """A figure that is the sum of two or more of the others, one of them its own party's:
    the total a report states ("surcharges totalling ¥2.3 billion") taken as a penalty on the
    party named first beside each party's part. (An article may report another case's
    penalty too, so any of the others, not all; and a party fined exactly what two others
    were is no total.)"""
    if len(penalties) > 12:
        return None  # subsets of a long list: no story lists that many parties' parts
    for total in sorted(penalties, key=lambda g: _amount(g).amount, reverse=True):
        target = _amount(total)
        parts = [g for g in penalties if g is not total and _amount(g).currency == target.currency]
        if any(
            sum((_amount(g).amount for g in chosen), Decimal(0)) == target.amount
            and any(g.facts[0].respondent_key == total.facts[0].respondent_key for g in chosen)
            for size in range(2, len(parts) + 1)
            for chosen in itertools.combinations(parts, size)
        ):
            return total
    return None


def _amount(group: ActionGroup) -> Money:
    chosen = group.amount()
    assert chosen is not None
    return Money(chosen[0].amount, chosen[0].currency)


# A cut as a question asks about it: "by what percentage was the fine reduced / cut / lowered?"
_CUT_ASKED_STEM = r"(?:reduc|cut|lower|slash|decreas|trimm?)"
_DIFFERENCE = re.compile(
    r"\bhow\s+much\s+(?:bigger|larger|more|higher|smaller|less|lower)\b|\bby\s+how\s+much\b|\bdifference\b"
    rf"|\bknock(?:ed)?\s+off\b|\bby\s+what\s+(?:percentage\b|per\s*cent\b|%).*\b{_CUT_ASKED_STEM}\w*|"
    # What a fine paid before a court cut it brings back: "how much will it get refunded?"
    + REFUND_WORDS
    + "|"
    + SHORT_OF_SOUGHT
    # What settling early was worth: "how much did settling save them?"
    + "|"
    + SAVED_WORDS,
    re.I,
)
# Words of a sentence stating a figure other than the one imposed: proposed first, sought by
# the regulator, or what would have been imposed without a discount.
PROPOSAL_WORDS = [
    "proposed",
    "intended",
    "intends",
    "announced",
    "notice",
    "intent",
    "originally",
    "provisional",
    # What a regulator or prosecutor asked a court for: "The ACCC had asked for a penalty of
    # $25 million", "the SEC sought $40 million".
    "sought",
    "asked for",
    "requested",
    "pressed for",
    "pushed for",
    # The figure before a settlement discount: "Were it not for this discount, the FCA would
    # have imposed a penalty of £5,980,500."
    "would have imposed",
    "would otherwise have",
    "were it not for",
    # "Without the discount, the fine would have been £9,120,000."
    "without the discount",
    "would have been",
]
_PROPOSING = re.compile(rf"\b(?:{'|'.join(PROPOSAL_WORDS)})\b", re.I)


def _difference_pair(
    query: Query,
    groups: list[ActionGroup],
    quotes: list[Quote],
    focus: list[str],
    cite_fact,
    cite_quote,
    case: Callable[[], list[ActionGroup]],
):
    """The two amounts a difference question compares: two respondents' fines, a fine and
    the figure a court reduced it to, or a fine and the figure first proposed."""

    penalties = [
        g
        for g in groups
        if g.action in {"fine", "penalty_payment", "settlement"} and g.per is None and g.amount()
    ]
    # "surcharges totalling ₩9.6bn" beside each party's part is no one party's penalty.
    total = _stated_total(_penalties(case())) if len(query.respondents) >= 2 else None

    def fine_of(key: str) -> ActionGroup | None:
        pool = [
            g
            for g in penalties
            if g.facts[0].respondent_key == key and not (total and _same_action(g, total))
        ] or [
            # "BA's fine" where the fine is stated on "British Airways"
            g
            for g in penalties
            if ACRONYM.fullmatch(key.upper()) and initials(g.respondent) == key.upper()
        ]
        return max(pool, key=lambda g: g.amount()[0].amount, default=None)

    if len(query.respondents) >= 2:
        found = [fine_of(key) for key in query.respondents[:2]]
        if all(found):
            a, b = (Input(f"fine on {g.respondent}", _amount(g), cite_fact(g)) for g in found)
            if a.value.currency == b.value.currency:
                return (a, b) if a.value.amount >= b.value.amount else (b, a)
    key = query.respondents[0] if query.respondents else None
    original = fine_of(key) if key else None
    if original is None:
        return None
    first = Input(f"fine on {original.respondent}", _amount(original), cite_fact(original))
    rulings = [
        g
        for g in groups
        if g.action == "ruling" and g.amount() and g.facts[0].respondent_key == key
    ]
    if rulings and not re.search(SHORT_OF_SOUGHT, query.text, re.I):
        every = _all_after_ruling(query, key, penalties, rulings, cite_fact)
        if every is not None:
            return every
        court = rulings[0]
        return first, Input("the amount the court set", _amount(court), cite_fact(court))
    # Read from a sentence about a proposal, not the one stating the fine again: in the
    # fine's own articles, or naming the company (another company's proposed penalty is no
    # figure for this one).
    own = {f.article_id for f in original.facts}
    # In the fine's own currency, never the fine itself: "announced that it had imposed a fine
    # of £85,000" beside the proposed figure, "USD 1,260,000 (approximately AED 4.63
    # million)" beside the figure without the discount.
    proposal = read_amount(
        replace(query, currency=first.value.currency),
        [
            q
            for q in quotes
            if _PROPOSING.search(q.text)
            and (q.article_id in own or key in fold(q.text))
            # "agreed to pay a $2,350,000 penalty, the FCC announced": a sentence giving only
            # the sum imposed states no other figure
            and any(
                m.money is not None and m.money.amount != first.value.amount
                for m in find_money(q.text, first.value.currency)
            )
        ],
        [*PROPOSAL_WORDS, *focus],
        default_currency=first.value.currency,
        proposed=True,
        unlike=first.value,
    )
    if (
        proposal is not None
        and proposal.value.currency == first.value.currency
        and proposal.value.amount != first.value.amount
    ):
        name = (
            "the amount sought"
            if re.search(SHORT_OF_SOUGHT, query.text, re.I)
            and not re.search(r"\bpropos", query.text, re.I)
            else "the penalty without the discount"
            if re.search(SAVED_WORDS, query.text, re.I)
            else "the amount first proposed"
        )
        proposed = Input(name, proposal.value, cite_quote(proposal.quote))
        return (
            (proposed, first) if proposed.value.amount > first.value.amount else (first, proposed)
        )
    if re.search(SAVED_WORDS, query.text, re.I):
        paid = _paid_less(query, quotes, own, focus, first.value)
        if paid is not None:
            return first, Input("the amount paid", paid.value, cite_quote(paid.quote))
    return None


# The party's sanctions taken together: "all told", "in total", "its original sanctions".
_EVERY_SANCTION = re.compile(
    r"\b(?:all\s+told|in\s+total|altogether|combined|both|sanctions|fines|penalties)\b", re.I
)


def _all_after_ruling(query: Query, key: str, penalties, rulings, cite_fact):
    """Every sanction a judgment ruled on, before and after it: "all told, how much less does
    X owe after the judgment than the original sanctions?" when the court cut one fine to a
    sum and annulled another in full. The original sum is theirs together; after the
    judgment, a fine annulled counts nothing and the fine cut counts what the court set."""
    if len(rulings) != 1 or not _EVERY_SANCTION.search(query.text):
        return None
    court = rulings[0]
    articles = {f.article_id for f in court.facts}
    own = [
        g
        for g in penalties
        if g.facts[0].respondent_key == key and any(f.article_id in articles for f in g.facts)
    ]
    cut = [g for g in own if "reduced" in g.statuses() and "overturned" not in g.statuses()]
    annulled = [g for g in own if "overturned" in g.statuses() and "reduced" not in g.statuses()]
    if len(own) < 2 or len(cut) != 1 or not annulled:
        return None
    before = [_amount(g) for g in own]
    now = _amount(court)
    if any(m.currency != now.currency for m in before):
        return None
    kept = [_amount(g) for g in own if g not in cut and g not in annulled]
    shown = " + ".join(format_money(m) for m in before)
    original = Money(sum((m.amount for m in before), Decimal(0)), now.currency)
    after = Money(now.amount + sum((m.amount for m in kept), Decimal(0)), now.currency)
    return (
        Input(f"original sanctions ({shown})", original, cite_fact(own[0])),
        Input(
            f"after the judgment (the cut fine, {len(annulled)} annulled)",
            after,
            cite_fact(court),
        ),
    )


# A sentence stating what was paid in the end: "The amount actually paid was €1.14 million",
# "it paid €600,000 after the reductions".
_PAID = re.compile(
    r"\b(?:actually\s+paid|amount\s+paid|paid|payable|transferred|remitted|handed\s+over)\b", re.I
)


def _paid_less(
    query: Query,
    quotes: list[Quote],
    own: set[str],
    focus: list[str],
    fine: Money,
    others: frozenset[str] = frozenset(),
):
    """What was paid instead of the whole fine, as the fine's own articles state it: what
    paying early or admitting liability saved ("how much did paying early save them?").
    Not what a sentence naming another of the case's parties, and not this one, says that
    party paid ("Mtkvari Energy … paid its GEL 5.2 million fine in full")."""
    mine = set(query.respondents)
    reading = read_amount(
        replace(query, action=None),
        [
            q
            for q in quotes
            if q.article_id in own
            and _PAID.search(q.text)
            and (_names_any(q.text, mine) or not _names_any(q.text, others - mine))
        ],
        ["paid", *focus],
        default_currency=fine.currency,
        proposed=True,
    )
    if reading is None or reading.value.currency != fine.currency:
        return None
    return reading if 0 < reading.value.amount < fine.amount else None


def _names_any(text: str, keys) -> bool:
    return any(find_respondent(text, key) is not None for key in keys)


def _still_owed(query, groups, quotes, focus, cite_fact, cite_quote, case, body) -> Routed | None:
    """The penalty less the part paid ("has so far paid CZK 20 mil. of its fine"): a court's
    reduced sum replaces the original one, as it is the one now due. Not the case's total
    ("to pay a total of more than 320 million" beside each party's part), which the article
    may seem to put on the party named first."""
    key = query.respondents[0]
    own = [g for g in groups if g.facts[0].respondent_key == key and g.amount() and g.per is None]
    every = _penalties(case())
    parts = _without_rounded_total(every)
    if len(parts) < len(every):
        totals = [t for t in every if t not in parts]
        own = [g for g in own if not any(_same_action(g, t) for t in totals)]
    if body is not None and len(own) > 1:
        # "agreed to pay a total of more than 320 million dirhams" beside its own part
        own = [g for g in own if not _written_as_total(g, body)] or own
    rulings = [g for g in own if g.action == "ruling"]
    penalties = [g for g in own if g.action in {"fine", "penalty_payment", "settlement"}]
    due = rulings[0] if rulings else max(penalties, key=_amount_of, default=None)
    if due is None:
        return None
    fine = _amount(due)
    articles = {f.article_id for f in due.facts}
    others = frozenset(g.facts[0].respondent_key for g in every) - {None}
    name = "sum the court set" if due.action == "ruling" else due.action.replace("_", " ")
    if body is not None and (paid_in := _instalments_paid(query.text, articles, fine, body)):
        count, instalment, quote = paid_in
        cited = cite_quote(quote)
        return Routed(
            calc.difference(
                Input(name, fine, cite_fact(due)),
                Input(
                    f"{count} instalments of {format_money(instalment)} paid",
                    Money(instalment.amount * count, instalment.currency),
                    cited,
                ),
            ),
            "money",
        )
    if body is not None and (said := _instalments_said_paid(articles, fine, body)):
        count, instalment, quote = said
        return Routed(
            calc.difference(
                Input(name, fine, cite_fact(due)),
                Input(
                    f"{count} instalment{'s' if count > 1 else ''} of "
                    f"{format_money(instalment)} paid (stated by the source)",
                    Money(instalment.amount * count, instalment.currency),
                    cite_quote(quote),
                ),
            ),
            "money",
        )
    paid = _paid_less(query, quotes, articles, focus, fine, others)
    if paid is None:
        return None
    if any(g is not due and _amount(g) == paid.value for g in penalties if g.action != "ruling"):
        # "fined it HUF 6 million in 2024 … That fine was paid": another fine's payment
        return None
    return Routed(
        calc.difference(
            Input(name, fine, cite_fact(due)),
            Input("part paid", paid.value, cite_quote(paid.quote)),
        ),
        "money",
    )


# "after two instalments", "once the first 3 instalments are paid": how many the question
# counts as paid.
_AFTER_INSTALMENTS = re.compile(
    rf"\b(?:after|once|with|since|following)\s+(?:the\s+)?(?:first\s+)?"
    rf"(\d+|{SMALL_COUNT_WORDS})\s+(?:(?:equal|monthly|quarterly|annual|yearly)\s+)?"
    r"(?:instal?lments?|payments)\b",
    re.I,
)
# "three equal instalments of 1,2 milliard FCFA", "in monthly instalments of £5,000": the size
# of each.
_INSTALMENT_OF = re.compile(r"\binstal?lments?\s+(?:each\s+)?of\s+$", re.I)


def _instalments_paid(
    question: str, articles: set[str], fine: Money, body: Callable[[str], str]
) -> tuple[int, Money, Quote] | None:
    """ "how much is still outstanding after two instalments?": the count the question gives
    times the instalment its articles state, when that is less than the penalty."""
    asked = _AFTER_INSTALMENTS.search(question)
    if not asked:
        return None
    count = parse_number_words(asked.group(1)) if not asked.group(1).isdigit() else None
    count = int(asked.group(1)) if asked.group(1).isdigit() else int(count or 0)
    if count < 1:
        return None
    for article_id in sorted(articles):
        whole = body(article_id)
        for span in sentences(whole):
            text = whole[span.start : span.end]
            for mention in find_money(text):
                if not _INSTALMENT_OF.search(text[max(0, mention.start - 40) : mention.start]):
                    continue
                money = mention.money or (
                    Money(mention.amount, fine.currency) if mention.amount else None
                )
                if money is None or money.currency != fine.currency or mention.per:
                    continue
                if 0 < money.amount * count < fine.amount:
                    quote = Quote(article_id, span.start, span.end, text, None)
                    return count, money, quote
    return None


# How many instalments the copy says were paid, in the sentence after the instalments or
# the same one: "The first was paid at the end of May", "the first two have been paid",
# "two of them have already been paid".
_INSTALMENTS_WERE_PAID = compiled(
    rf"\b(?:the\s+)?(?P<first>first)(?:\s+(?P<firsts>{SMALL_COUNT_WORDS}|\d+))?"
    r"(?:\s+(?:one|instal?lments?|payments?))?"
    rf"|\b(?P<some>{SMALL_COUNT_WORDS}|\d+)\s+of\s+(?:them|these|those|the\s+instal?lments?)",
    re.I,
)
_WAS_PAID_AFTER = compiled(
    r"\s+(?:(?:was|were|has|have|had)\s+)?(?:(?:already|now|since|been)\s+){0,2}(?:paid|settled)\b",
    re.I,
)


def _instalments_said_paid(
    articles: set[str], fine: Money, body: Callable[[str], str]
) -> tuple[int, Money, Quote] | None:
    """The instalments the copy says were paid, when the question does not count them: "pay
    the reduced fine in six equal monthly instalments of HUF 5 million. The first was paid at
    the end of May" — one instalment; both sentences cited together."""
    for article_id in sorted(articles):
        whole = body(article_id)
        spans = sentences(whole)
        for at, span in enumerate(spans):
            text = whole[span.start : span.end]
            for mention in find_money(text):
                if not _INSTALMENT_OF.search(text[max(0, mention.start - 40) : mention.start]):
                    continue
                money = mention.money
                if money is None or money.currency != fine.currency or mention.per:
                    continue
                last = spans[min(at + 1, len(spans) - 1)]
                after = whole[span.start + mention.end : last.end]
                for said in _INSTALMENTS_WERE_PAID.finditer(after):
                    if not _WAS_PAID_AFTER.match(after, said.end()):
                        continue
                    word = said.group("firsts") or said.group("some")
                    count = 1 if word is None else _count_of(word)
                    if count and 0 < money.amount * count < fine.amount:
                        quote = Quote(
                            article_id, span.start, last.end, whole[span.start : last.end], None
                        )
                        return count, money, quote
    return None


def _count_of(word: str) -> int:
    return int(word) if word.isdigit() else int(parse_number_words(word) or 0)


# A sum written as several parties' or penalties' together: `question_parse.TOTAL_WORDS`.
_TOTAL_BEFORE = re.compile(
    rf"\b{TOTAL_WORDS}\s+"
    r"(?:(?:of|more\s+than|over|about|around|almost|nearly|some|just\s+(?:over|under))\s+)*\W*$",
    re.I,
)


def _written_as_total(group: ActionGroup, body: Callable[[str], str]) -> bool:
    """Whether the report writes the group's amount as a total ("a total of", "totalling")."""
    fact = group.facts[0]
    if fact.amount is None:
        return False
    text = body(fact.article_id)
    return bool(_TOTAL_BEFORE.search(text[max(0, fact.amount.start - 60) : fact.amount.start]))


# Days of delay the question supposes: "if it misses the deadline by 45 days", "45 days
# late", "for 45 days of violation".
_DAYS_LATE = re.compile(
    r"\b(?:miss(?:es|ed)?|overshoot\w*|late|overdue|delay\w*|behind|violat\w*|breach\w*|non-?complian\w*)\b",
    re.I,
)
# A daily penalty that steps up: "rising to $5,000 per day after 30 days", "increasing to
# €2,000 a day from the 31st day".
_RISES_TO = re.compile(
    r"^[^.;]{0,40}?\b(?:ris(?:ing|es)|increas(?:ing|es)|going\s+up|escalat(?:ing|es)|doubl(?:ing|es))\s+to\s+$",
    re.I,
)
_AFTER_DAYS = re.compile(
    r"^\s*(?:per|a|each|for\s+each)\s+day\s+(?:after|beyond|past)\s+(?:the\s+first\s+)?(\d+)\s+days\b"
    r"|^\s*(?:per|a|each)\s+day\s+from\s+(?:the\s+)?(\d+)(?:st|nd|rd|th)\s+day\b",
    re.I,
)


def _rising_rate(rate: Input, quotes: list[Quote]) -> tuple[Money, int, Quote] | None:
    """The later rate of a daily penalty that steps up, and the days after which it does,
    from a passage stating the first rate."""
    first = rate.value
    for quote in quotes:
        mentions = find_money(quote.text)
        if not any(
            m.money is not None
            and (m.money.amount, m.money.currency) == (first.amount, first.currency)
            for m in mentions
        ):
            continue
        for m in mentions:
            if (
                m.money is None
                or m.money.currency != first.currency
                or m.money.amount <= first.amount
            ):
                continue
            before = quote.text[max(0, m.start - 60) : m.start]
            rises = _RISES_TO.search(before[before.rfind(",") + 1 :] if "," in before else before)
            after = _AFTER_DAYS.match(quote.text[m.end :]) or (
                _AFTER_DAYS.match(" per day" + quote.text[m.end :]) if m.per == "day" else None
            )
            if rises and after:
                step = int(after.group(1) or after.group(2))
                if after.group(2):
                    step -= 1  # "from the 31st day": 30 days at the first rate
                return Money(m.money.amount, m.money.currency), step, quote
    return None


# The unit a question wants a cut in, when it is no currency: "… cut the fine in UTA",
# "in tax units", "in penalty points".
_IN_UNIT = re.compile(r"\bin\s+((?:[a-z]+\s+){0,2}?[a-z]+)\W*$", re.I)
# A cut as the sources tell it, before the figure it came down from: "reduced the fine from
# …", "cut the penalty from …", "brought it down from …"
_CUT_VERB = r"\b(?:reduc\w*|cut|cuts|lower\w*|slash\w*|trimm?\w*|decreas\w*|brought\s+down)\b"
# "reduced the fine from 3,870 to 2,150 annual tax units (UTA)"
_FROM_TO = re.compile(
    _CUT_VERB + r"[^.;]{0,160}?"
    r"\bfrom\s+(?P<a>\d[\d,.\s]*\d|\d)\s+to\s+(?P<b>\d[\d,.\s]*\d|\d)\b(?P<unit>[^.;]{0,40})",
    re.I,
)


def _cut_in_units(query: Query, quotes: list[Quote], cite_quote) -> tuple[Input, Input] | None:
    """A cut the sources state in a unit that is not money, as the question asks for it: the
    fine "reduced from 3,870 to 2,150 annual tax units (UTA)", asked "by what % … in UTA"."""
    asked = _IN_UNIT.search(query.text)
    if asked is None or currency_code(asked.group(1).split()[-1]) is not None:
        return None
    unit = asked.group(1).split()[-1]
    for quote in quotes:
        for match in _FROM_TO.finditer(quote.text):
            if not re.search(rf"\b{re.escape(unit)}\b", match.group("unit"), re.I):
                continue
            a, b = (_plain_number(match.group(k)) for k in ("a", "b"))
            if a is None or b is None or not 0 <= b < a:
                continue
            code = unit.upper() if unit.isupper() or len(unit) <= 4 else unit
            cited = cite_quote(quote)
            return (
                Input("the original figure", Money(a, code), cited),
                Input("the figure after the cut", Money(b, code), cited),
            )
    return None


# A cut asked of one party's penalty: "by what percentage did the settlement cut X's
# proposed penalty?", "by how much was the fine reduced?"
_CUT_ASKED = re.compile(rf"\b(?:{_CUT_ASKED_STEM}|knock)\w*", re.I)
# Between the new and the old figure of one sentence: "will pay $310,000, down from the
# $486,320 first proposed", "€2.1m, reduced from €3m", "…, less than the $90,000 sought"
_DOWN_FROM = re.compile(
    r"[^.;]{0,80}?\b(?:down|reduced|cut|lowered|trimmed|slashed)\s+from\s+"
    r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:initial(?:ly)?|original(?:ly)?|first)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# Before the old figure and between it and the new one: "cut the penalty from $5m to $3m"
_CUT_FROM = re.compile(
    _CUT_VERB + r"[^.;]{0,120}?"
    r"\bfrom\s+(?:the\s+|an?\s+)?$",
    re.I,
)


def _cut_stated(
    query: Query, groups: list[ActionGroup], quotes: list[Quote], cite_quote
) -> tuple[Input, Input] | None:
    """A cut one sentence about the party states with both figures, the new one and the one
    it came down from: "Redfield will pay $310,000 in penalties, down from the $486,320 OSHA
    proposed", "the court cut X's fine from €5m to €3m". The pair the copy itself compares,
    before any pairing of recorded actions. A sentence naming the party comes first; then one
    of the party's own articles that names it by what it is ("reduced the fine on the
    supermarket chain from MDL 11.3 million to MDL 6,780,000") and names no other party."""
    if len(query.respondents) != 1 or not _CUT_ASKED.search(query.text):
        return None
    key = query.respondents[0]
    naming = [q for q in quotes if key in fold(q.text)]
    own = {f.article_id for g in groups for f in g.facts if f.respondent_key == key}
    own |= {q.article_id for q in naming}
    others = {
        f.respondent_key
        for g in groups
        for f in g.facts
        if f.respondent_key and f.respondent_key != key and key not in f.respondent_key
    }
    unnamed = [
        q
        for q in quotes
        if q.article_id in own
        and key not in fold(q.text)
        and not any(other in fold(q.text) for other in others)
    ]
    for quote in naming + unnamed:
        money = [m for m in find_money(quote.text) if m.money is not None and m.money.amount > 0]
        for first, second in itertools.pairwise(money):
            if first.money.currency != second.money.currency:
                continue
            between = quote.text[first.end : second.start]
            if _DOWN_FROM.fullmatch(between):
                new, old = first.money, second.money
            elif re.fullmatch(r"\s+to\s+", between) and _CUT_FROM.search(
                quote.text[max(0, first.start - 160) : first.start]
            ):
                old, new = first.money, second.money
            else:
                continue
            if not 0 < new.amount < old.amount:
                continue
            cited = cite_quote(quote)
            return (
                Input("the figure before the cut", Money(old.amount, old.currency), cited),
                Input("the figure after it", Money(new.amount, new.currency), cited),
            )
    return None


# The new figure alone, after a cut: "upheld the infringement but cut the fine to €12.9
# million", "lowered the penalty to €204,000" — the old figure is the fine imposed earlier.
_CUT_TO = compiled(
    _CUT_VERB + r"\s+(?:(?:the|its|their|that|this)\s+)?(?:[\w-]+\s+)?"
    r"(?:fine|penalty|sanction|surcharge|amount)s?\s+to\s+$",
    re.I,
)


def _cut_to(
    query: Query, groups: list[ActionGroup], quotes: list[Quote], cite_fact, cite_quote
) -> tuple[Input, Input] | None:
    """A cut the copy states by its new figure only ("the Senate cut the fine to €12.9
    million", "the Council lowered the fine to €204,000"), when no court ruling or second
    figure was paired with the fine: the party's largest fine before, that figure after. Read
    from a sentence naming the party, or from one of its own articles naming no other party;
    the figure must be below the fine and in its currency."""
    if len(query.respondents) != 1 or not _CUT_ASKED.search(query.text):
        return None
    key = query.respondents[0]
    fines = [
        g
        for g in _penalties(groups)
        if g.facts[0].respondent_key == key and g.per is None and g.amount()
    ]
    if not fines:
        return None
    original = max(fines, key=lambda g: g.amount()[0].amount)
    old = _amount(original)
    own = {f.article_id for g in fines for f in g.facts}
    others = {
        f.respondent_key
        for g in groups
        for f in g.facts
        if f.respondent_key and f.respondent_key != key and key not in f.respondent_key
    }
    for quote in quotes:
        text = fold(quote.text)
        if key not in text and (
            quote.article_id not in own or any(other in text for other in others)
        ):
            continue
        for mention in find_money(quote.text, old.currency):
            new = mention.money
            if new is None or new.currency != old.currency or not 0 < new.amount < old.amount:
                continue
            if not _CUT_TO.search(quote.text[max(0, mention.start - 80) : mention.start]):
                continue
            return (
                Input(f"fine on {original.respondent}", old, cite_fact(original)),
                Input(
                    "the figure after the cut", Money(new.amount, new.currency), cite_quote(quote)
                ),
            )
    return None


# After the suspended part of a fine: "N$300 000 is suspended", "€20,000 of it suspended",
# "£4,000 suspended for two years", "of which €10,000 was conditionally suspended".
_IS_SUSPENDED = re.compile(
    r"\s*(?:of\s+(?:it|which|that|this|the\s+(?:fine|penalty|sum|amount))\s+)?"
    r"(?:(?:is|was|were|are|has\s+been|had\s+been|have\s+been|will\s+be|being)\s+)?"
    r"(?:(?:conditionally|partly|partially|also)\s+)?suspended\b",
    re.I,
)


def _suspended_part(
    query: Query, groups: list[ActionGroup], quotes: list[Quote], cite_quote
) -> tuple[Input, Input] | None:
    """The fine and its suspended part, as one sentence of the party's articles states both:
    "fined the company N$800 000, of which N$300 000 is suspended for five years", "a fine
    of €50,000, with €20,000 suspended" (the first the whole fine, the second the part)."""
    keys = set(query.respondents)
    own = {f.article_id for g in groups for f in g.facts if f.respondent_key in keys}
    for quote in quotes:
        if keys and quote.article_id not in own and not any(k in fold(quote.text) for k in keys):
            continue
        money = [m for m in find_money(quote.text) if m.money is not None and m.money.amount > 0]
        for whole, part in itertools.pairwise(money):
            if (
                whole.money.currency != part.money.currency
                or not part.money.amount < whole.money.amount
                or not re.fullmatch(r"[^.;]{0,40}", quote.text[whole.end : part.start])
                or not _IS_SUSPENDED.match(quote.text, part.end)
                or re.search(r"\bnot\s+$", quote.text[part.end : part.end + 12])
            ):
                continue
            cited = cite_quote(quote)
            return (
                Input("fine", Money(whole.money.amount, whole.money.currency), cited),
                Input("suspended part", Money(part.money.amount, part.money.currency), cited),
            )
    return None


def _plain_number(text: str) -> Decimal | None:
    """ "3,870", "2 150", "3.870" (a thousands point): a whole number as written."""
    digits = re.sub(r"[\s,.](?=\d{3}\b)", "", text.strip())
    try:
        return Decimal(digits)
    except ArithmeticError:
        return None


def _amount_of(group: ActionGroup) -> Decimal:
    return group.amount()[0].amount


# "at 1.15 euros to the pound"
_RATE_TO_THE = re.compile(r"\bat\s+([\d.]+)\s+([a-z]+)\s+to\s+(?:the|one|a|1)\s+([a-z]+)", re.I)


def _rate_in_question(query: Query) -> tuple[Decimal, str, str, tuple[int, int]] | None:
    """(value, quoted currency, per currency, span) of an exchange rate the question states:
    1 `per` = `value` `quoted`."""
    match = _RATE_TO_THE.search(query.text)
    if match:
        quoted, per = currency_code(match.group(2)), currency_code(match.group(3))
        if quoted and per:
            return Decimal(match.group(1)), quoted, per, match.span()
    for match in ONE_UNIT_IS.finditer(query.text):
        per = currency_code(match.group(1))
        rate = next((m for m in query.money if m.start == match.end() and m.money), None)
        if per and rate is not None and rate.money.currency != per:
            return rate.money.amount, rate.money.currency, per, (match.start(), rate.end)
    return None


# An acronym a party goes by: "BA", "RBS".
ACRONYM = re.compile(r"[A-Z]{2,5}")
