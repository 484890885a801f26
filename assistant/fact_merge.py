"""One action told several times in an article ("fined €5m … the €5 million fine") becomes
one fact: which mentions are the same action, and how they are merged into one.
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, ROUND_HALF_UP

from .fact_model import Fact, rounding, same_sum
from .pattern_cache import compiled


def _same_action(a: Fact, b: Fact) -> bool:
    if a.action != b.action or a.per != b.per or a.respondent_key != b.respondent_key:
        return False
    if a.authority and b.authority and a.authority != b.authority:
        return False
    if a.jurisdiction and b.jurisdiction and a.jurisdiction != b.jurisdiction:
        return False
    if a.amount and b.amount and not (same_sum(a.amount, b.amount) and _written_as(a, b)):
        return False
    return not (
        a.date
        and b.date
        and not (a.date.text.startswith(b.date.text) or b.date.text.startswith(a.date.text))
    )


def _table_row(fact: Fact, body: str) -> bool:
    """Whether `fact` was read from a digest's table row ("| Lebanon | … | LBP 9 billion |")."""
    return body[fact.start : fact.start + 8].lstrip(" \t")[:1] == "|"


def _told_in_table_too(prose: Fact, row: Fact, body: str) -> bool:
    """ "| Lebanon | … | Marché du Cèdre SAL | Fine of LBP 9 billion |" and "Beirut's judge fined
    Marché du Cèdre SAL LBP 9 billion (about US$100,000 …)": a digest's table restates the
    fine its prose tells — one action, the same party and the same sum, whatever country or
    day either reading got wrong (a conversion's currency, a misread date)."""
    return (
        prose.action == row.action
        and prose.per == row.per
        and prose.respondent_key == row.respondent_key
        and prose.amount is not None
        and row.amount is not None
        and prose.amount.currency == row.amount.currency
        and prose.amount.amount == row.amount.amount
        and not _table_row(prose, body)
        and _table_row(row, body)
    )


def _written_as(a: Fact, b: Fact) -> bool:
    """Could one figure be the other written less exactly? "£7.5M" is £7,552,800 cut or
    rounded to its last digit; "$1 million" is not $300,000, though within a million of it.
    Two different figures in one sentence are two sums."""
    assert a.amount is not None and b.amount is not None
    if a.amount.amount == b.amount.amount:
        return True
    if set(a.mentions) & set(b.mentions):
        return False
    rough, exact = sorted((a.amount, b.amount), key=rounding, reverse=True)
    unit = rounding(rough)
    if not unit:
        return False
    shown = exact.amount / unit
    return rough.amount / unit in {
        shown.to_integral_value(ROUND_FLOOR),
        shown.to_integral_value(ROUND_HALF_UP),
    }


# "First, a fine … Second, an order … Third, an order …": items of a list told apart.
_ORDINAL = compiled(
    r"\W*(first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)\b",
    re.I,
)


def _enumerated_apart(a: Fact, b: Fact, body: str) -> bool:
    """Two measures without amounts, each told as its own item of an enumeration."""
    if a.amount is not None or b.amount is not None:
        return False
    first = [_ORDINAL.match(body, s) for s, _ in a.mentions[:1] + b.mentions[:1]]
    return all(first) and first[0].group(1).casefold() != first[1].group(1).casefold()


# "Mtkvari paid its GEL 5.2 million fine in full in April": the day of the payment.
# (Not a sentence telling the sanction itself: "In 2024 the FSC fined X NT$2.4 million; the
# company paid that fine" is dated by the fine.)
_PAID = compiled(r"\b(?:paid|instal?ments?)\b", re.I)
_IMPOSED = compiled(
    r"\b(?:fined|imposed|penali[sz]ed|sanctioned|ordered|levied|handed\s+down)\b", re.I
)


def _payment_told_after(target: Fact, mention: Fact, body: str) -> bool:
    """Whether `mention` tells a payment of the sanction `target` told before: its date is
    when it was paid (or the instalments agreed), not when the sanction was imposed."""
    return (
        target.start < mention.start
        and _PAID.search(body, mention.start, mention.end) is not None
        and _IMPOSED.search(body, mention.start, mention.end) is None
    )


def _paid_later(target: Fact, mention: Fact, body: str) -> bool:
    """ "Chimiris paid the €30,000 fine in July, … but not the astreinte, for which a demand was
    issued at the end of October": the sanction told before, whatever day the sentence telling
    its payment gives."""
    return (
        mention.date is not None
        and target.amount is not None
        and _payment_told_after(target, mention, body)
        and _same_action(target, mention.model_copy(update={"date": None}))
    )


def _merge(mentions: list[Fact], body: str = "") -> list[Fact]:
    """One fact per action: the same fine said three times in an article is one fine."""
    facts: list[Fact] = []
    # Only facts with the same action, rate and respondent can be one, so each mention is
    # compared with those alone: a list of thousands of fines in one long article took
    # quadratic time (25 s at 50,000 characters, hours at the 1,000,000 allowed).
    groups: dict[tuple[str, str | None, str | None], list[Fact]] = {}
    # Facts with amounts lead; the prose telling a fine leads the table row restating it.
    for mention in sorted(mentions, key=lambda f: (f.amount is None, _table_row(f, body))):
        group = groups.setdefault((mention.action, mention.per, mention.respondent_key), [])
        target = next(
            (
                f
                for f in group
                if (
                    _same_action(f, mention)
                    or _paid_later(f, mention, body)
                    or _told_in_table_too(f, mention, body)
                )
                and not _enumerated_apart(f, mention, body)
            ),
            None,
        )
        if target is None:
            facts.append(mention)
            group.append(mention)
            continue
        if _told_in_table_too(target, mention, body) and target.authority is None:
            # The row's regulator and country columns say who acted where; the prose's
            # country, without a regulator named, may be a conversion's ("about US$100,000").
            target.authority = mention.authority
            target.jurisdiction = mention.jurisdiction or target.jurisdiction
        for name in ("authority", "authority_at", "jurisdiction", "amount", "announced"):
            if getattr(target, name) is None and getattr(mention, name) is not None:
                setattr(target, name, getattr(mention, name))
        if (
            mention.date
            and (target.date is None or len(mention.date.text) > len(target.date.text))
            and not _payment_told_after(target, mention, body)
        ):
            target.date = mention.date
        if (
            target.respondent
            and mention.respondent
            and len(mention.respondent.text) > len(target.respondent.text)
        ):
            target.respondent = mention.respondent
        target.other_amounts += [
            o
            for o in mention.other_amounts
            if o.currency not in {x.currency for x in target.other_amounts}
        ]
        if (
            mention.amount
            and target.amount
            and mention.amount.amount != target.amount.amount
            and mention.amount.amount not in {v.amount for v in target.variants}
        ):
            target.variants.append(mention.amount)  # the same sum, written more or less exactly
        target.provisions += [
            p for p in mention.provisions if p.text not in {x.text for x in target.provisions}
        ]
        target.mentions += [m for m in mention.mentions if m not in target.mentions]
    for fact in facts:
        _most_precise_first(fact)
    return sorted(facts, key=lambda f: f.start)


def _most_precise_first(fact: Fact) -> None:
    """ "€35.3 million" and "€35,258,707.95" are one fine: the exact figure leads."""
    if fact.amount is None or not fact.variants:
        return
    best = min(fact.variants, key=rounding)
    if rounding(best) < rounding(fact.amount):
        fact.variants = [v for v in fact.variants if v is not best] + [fact.amount]
        fact.amount = best
