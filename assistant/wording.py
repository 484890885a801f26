"""How answers say things: dates, sources and enforcement actions in plain English."""

from __future__ import annotations

import calendar

from .grouping import ActionGroup, home_currency
from .lexicon import Lexicon
from .money import Money, format_money
from .readers import Quote

_ACTION_NOUNS = {
    "fine": "fine",
    "penalty_payment": "overdue penalty payment",
    "order": "order",
    "ban": "ban",
    "settlement": "settlement",
    "appeal": "appeal",
    "ruling": "court ruling",
}


# A periodic penalty's rate as answers say it: "€750 a day", "€20,000 a week".
_PERIODIC_NOUNS = {"day": "daily penalty", "week": "weekly penalty"}


def per_period(per: str | None) -> str:
    """ " a day" after a rate by the day, " a week" by the week; nothing for a lump sum."""
    return f" a {per}" if per in _PERIODIC_NOUNS else ""


def fmt_date(value: str) -> str:
    """ "2023-04-13" -> "13 April 2023", "2022-10" -> "October 2022", "2017" -> "2017"."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {calendar.month_name[int(parts[1])]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[int(parts[1])]} {parts[0]}"
    return value


def month_year(value: str) -> str:
    parts = value.split("-")
    return f"{calendar.month_name[int(parts[1])]} {parts[0]}" if len(parts) >= 2 else parts[0]


def said_by(quote: Quote) -> str:
    """ "The HIPAA Guide (October 2022)": who says so, and when."""
    name = quote.outlet or quote.article_id
    return f"{name} ({fmt_date(quote.published)})" if quote.published else name


def authority_name(authority: str | None, lexicon: Lexicon) -> str | None:
    if authority is None:
        return None
    found = lexicon.authorities.get(authority)
    if found is None:
        return authority
    return (
        found.english_name
        if "(" in found.id
        else f"the {found.id}"
        if found.id.isupper()
        else found.id
    )


def action_noun(action: str) -> str:
    return _ACTION_NOUNS.get(action, action)


def describe(group: ActionGroup, lexicon: Lexicon, money: Money | None = None) -> str:
    """ "the €20,000,000 fine on Clearview AI by the Garante (Italy) in March 2022"."""
    noun = _PERIODIC_NOUNS.get(group.per or "") or action_noun(group.action)
    chosen = group.amount(home_currency(group, lexicon))
    shown = money or (Money(chosen[0].amount, chosen[0].currency) if chosen else None)
    text = f"the {format_money(shown) + ' ' if shown else ''}{noun}"
    if group.respondent:
        text += f" {'on' if group.action in {'fine', 'penalty_payment'} else 'against'} {group.respondent}"
    by = authority_name(group.authority, lexicon)
    place = (
        lexicon.jurisdictions[group.jurisdiction].name
        if group.jurisdiction in lexicon.jurisdictions
        else None
    )
    if by:
        text += f" by {by}" + (f" ({place})" if place and place not in by else "")
    elif place:
        text += f" in {place}"
    if group.date:
        text += f" {'on' if len(group.date) == 10 else 'in'} {fmt_date(group.date)}"
    return text
