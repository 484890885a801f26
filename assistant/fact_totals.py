"""A lead's round figure over several parties whose own amounts the article lists next.

"The Competition Council fines three road-marking companies EUR 2.1 million … SIA A – EUR
1 284 500; SIA B – EUR 611 300; SIA C – EUR 214 000", "Three producers have agreed to pay more
than 320 million dirhams … A will pay 184.6 million, B 96 million and C 41.2 million": the
lead's figure is the parts' sum told roughly (rounded, "more than", "about"), not an action
of its own. `fact_passes._drop_totals` drops sums that add up exactly; this drops the
rounded ones, and only over several parties.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from .actions import MONETARY
from .fact_model import Fact
from .fact_passes import _over_several_parties
from .numbers import SMALL_COUNT_WORDS
from .parties import fold
from .pattern_cache import compiled

# How a lead tells a sum roughly: the sum is at least, at most or near the figure.
_AT_LEAST = compiled(r"\b(?:more\s+than|over|at\s+least|just\s+over|upwards\s+of)\W*$", re.I)
_AT_MOST = compiled(r"\b(?:nearly|almost|just\s+under|up\s+to|close\s+to)\W*$", re.I)


def _precision(amount: Decimal) -> Decimal:
    """The figure's last written digit's place: 2,100,000 → 100,000; 320 million → 10
    million; 1,284,500 → 100."""
    unit = Decimal(1)
    if amount <= 0 or amount != amount.to_integral_value():
        return unit
    value = int(amount)
    while value % 10 == 0:
        value //= 10
        unit *= 10
    return unit


def _near(total: Decimal, parts: Decimal, before: str) -> bool:
    unit = _precision(total)
    if unit < 1000:
        return False  # a figure told to the last unit is exact: `_drop_totals`' case
    if _AT_LEAST.search(before):
        return total <= parts < total + unit
    if _AT_MOST.search(before):
        return total - unit < parts <= total
    return abs(parts - total) <= unit / 2


def _drop_rounded_totals(facts: list[Fact], body: str) -> list[Fact]:
    """Facts without the rounded sums over several parties the article itemises after them."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    totals = []
    for total in monetary:
        assert total.amount is not None
        if not _over_several_parties(total, body):
            continue
        before = body[max(0, total.amount.start - 30) : total.amount.start]
        parts = [
            f
            for f in monetary
            if f is not total
            and f.amount.currency == total.amount.currency
            and f.amount.start > total.amount.start
            and f.amount.amount < total.amount.amount
            and not set(f.mentions) & set(total.mentions)
        ]
        # Each party's own amount: told for different parties.
        for size in (2, 3, 4, 5):
            if any(
                len({p.respondent.text.casefold() for p in group if p.respondent}) == size
                and _near(total.amount.amount, sum(p.amount.amount for p in group), before)
                for group in itertools.combinations(parts[:12], size)
            ):
                totals.append(total)
                break
    return [f for f in facts if f not in totals]


# A figure the copy calls the sum of what it lists: "a total of", "combined", "together" before
# it, "in all", "in total", "altogether" after it.
_CALLED_BEFORE = compiled(
    r"\b(?:a\s+total\s+of|in\s+total|totall?(?:ing|ed)|combined|together|altogether)"
    r"(?:\s+(?:more\s+than|over|nearly|almost|about|around|some|roughly|just\s+(?:over|under)))?"
    r"\W*$",
    re.I,
)
# Parties counted by what they are: "importers", "operators", "pharmacies", "banks".
_PARTIES_NOUN = r"(?:[a-z]+(?:ers|ors|ies|ants|ents|ists|ns)|companies|firms|banks|groups|parties)"
# The total's clause counts its parties: "Three of Morocco's largest feed producers have agreed
# to pay a total of …", "fined four importers a combined …".
_COUNTED = compiled(
    rf"\b(?:{SMALL_COUNT_WORDS}|\d+)\s+(?:of\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?"
    rf"{_PARTIES_NOUN}\b",
    re.I,
)
# The counted parties are the sum's own: "fined four importers a combined …", "ordered three
# banks to pay a total of …" (not "fined X a total of …, the largest of three fines").
_COUNTED_SUM = compiled(
    rf"\b(?:{SMALL_COUNT_WORDS}|\d+)\s+(?:other\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?"
    rf"{_PARTIES_NOUN}\s+"
    r"(?:(?:to\s+pay|a|an)\s+)?(?:combined|total\s+of|cumulative)\b[^.;]{0,20}$",
    re.I,
)
_CALLED_AFTER = compiled(r"^\W{0,3}(?:in\s+(?:all|total)|altogether|combined)\b", re.I)
# How far after a lead its itemised parts may be told (a notice's numbered items).
_PARTS_REACH = 2500


def _adds_up(total: Fact, group: tuple[Fact, ...], before: str) -> bool:
    assert total.amount is not None
    parts = sum(p.amount.amount for p in group if p.amount is not None)
    return parts == total.amount.amount or _near(total.amount.amount, parts, before)


def _drop_called_totals(facts: list[Fact], body: str) -> list[Fact]:
    """Facts without the sums the copy calls totals of amounts it itemises as actions of their
    own: after a list in its sentence ("A Ltd (GH₵1.2 million), B (GH₵450,000) and C
    (GH₵310,000), a total of GH₵1.96 million"; "… — €4.1 million in all"), or before items each
    told in a sentence of its own ("X has been fined a total of NT$18 million … 1. X is fined
    NT$12 million … 2. X is fined NT$6 million"). Parts told in one sentence after the total
    ("Of this amount, €90 million is imposed on A and €60 million on B") split the action: it
    stays."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    totals = []
    for total in monetary:
        assert total.amount is not None
        before = body[max(0, total.amount.start - 30) : total.amount.start]
        after = body[total.amount.end : total.amount.end + 20]
        if not (_CALLED_BEFORE.search(before) or _CALLED_AFTER.match(after)):
            continue
        same = [
            f
            for f in monetary
            if f is not total
            and f.amount.currency == total.amount.currency
            and f.amount.amount < total.amount.amount
        ]
        listed = [
            f
            for f in same
            if set(f.mentions) & set(total.mentions) and f.amount.start < total.amount.start
        ]
        apart = [
            f
            for f in same
            if not set(f.mentions) & set(total.mentions)
            and total.amount.end < f.amount.start < total.amount.end + _PARTS_REACH
            and (f.date is None or total.date is None or f.date.text == total.date.text)
        ]
        told = max(s for s, _ in total.mentions if s <= total.amount.start)
        several = _COUNTED.search(body, told, total.amount.start) is not None
        if _itemised(total, listed, apart, several, before):
            totals.append(total)
        elif several and _COUNTED_SUM.search(body, told, total.amount.start):
            # "when it fined two operators a combined Shs1.2 billion": the sum over parties
            # counted, not named — no party's action, whether or not their shares are told.
            totals.append(total)
    kept = [f for f in facts if f not in totals]
    kept = _drop_plural_sums(_drop_accrued(_drop_breakdowns(kept, body), body), body)
    # The last of the drops of figures that are no action: a fine told before, converted in a
    # sentence of its own, is that fine's other amount.
    return _fold_conversions(kept, body)


# What a split of one fine names its parts by: "on the first charge", "for the second
# discharge", "on each count", "for the two breaches".
_BY_CHARGE = compiled(
    r"\b(?:charges?|counts?|offen[cs]es?|breach(?:es)?|violations?|infringements?|first"
    r"|second|third|each|respectively)\b",
    re.I,
)


def _drop_breakdowns(facts: list[Fact], body: str) -> list[Fact]:
    """ "A builder has been fined $40,000 … The company was fined $25,000 on the first charge
    and $15,000 on the second, a total of $40,000": a fine told once, then split by charge (or
    count, or breach) in a later sentence that tells the total again. The split amounts are the
    told fine's parts, of its own kind, adding up to it exactly: not actions of their own —
    when they are the told fine's party's (or no party's) and the sentence splits by charge
    (other parties' fines as much as it, "together as much as the $40,000 imposed on A",
    stay)."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    parts: list[Fact] = []
    for total in monetary:
        assert total.amount is not None
        for start, end in sorted(total.mentions)[1:]:
            if start <= total.amount.start:
                continue  # the total's own sentence: what it lists is `_drop_totals`' case
            if not _BY_CHARGE.search(body, start, end):
                continue
            inside = [
                f
                for f in monetary
                if f is not total
                and f not in parts
                and f.action == total.action
                and f.amount.currency == total.amount.currency
                and f.amount.amount < total.amount.amount
                and start <= f.amount.start < end
                and f.respondent_key in (None, total.respondent_key)
            ]
            for size in (2, 3, 4):
                group = next(
                    (
                        g
                        for g in itertools.combinations(inside[:8], size)
                        if sum(p.amount.amount for p in g) == total.amount.amount
                    ),
                    None,
                )
                if group:
                    parts += group
                    break
    return [f for f in facts if f not in parts]


def _itemised(
    total: Fact, listed: list[Fact], apart: list[Fact], several: bool, before: str
) -> bool:
    """Two to five parts add up to the total: different parties' sums listed before it in its
    sentence, or sums told after it each in a sentence of its own (or for different parties,
    when the total's clause counts them). Parts told after it that add up to the total exactly
    are its parts when they are different parties' or the total's clause counts its parties,
    however they are told: "EGP 120 million in total" in a digest's row, then "A, B and C
    agreed to pay EGP 55 million, EGP 40 million and EGP 25 million respectively"."""
    assert total.amount is not None
    for size in (2, 3, 4, 5):
        if any(
            len({p.respondent_key for p in group}) == size and _adds_up(total, group, before)
            for group in itertools.combinations(listed[-8:], size)
        ):
            return True
        if any(
            (
                len({p.mentions[0] for p in group}) == size
                or (several and len({p.respondent_key for p in group}) == size)
            )
            and _adds_up(total, group, before)
            for group in itertools.combinations(apart[:8], size)
        ):
            return True
        if any(
            (several or len({p.respondent_key for p in group}) == size)
            and sum(p.amount.amount for p in group if p.amount) == total.amount.amount
            for group in itertools.combinations(apart[:8], size)
        ):
            return True
    return False


# A fine told before, converted in a sentence of its own.
#
# "The penalty on Himal Sky, about $18,700 at current exchange rates, is modest", "The ₱2.5
# million fine works out to roughly US$43,000", "That penalty translates into about €740,000":
# the sentence's subject is a fine the article has already told, and the figure after it is
# that fine in another currency for readers elsewhere. It is no action of its own but the told
# fine's other amount (as a bracketed conversion is: `fact_sentences._split_conversions`).
# `fact_sentences._RESTATED_AS` reads "is equivalent to"; this reads the appositive and the
# verbs of converting, which need the fine they convert to be in another currency.
_APPROX = r"(?:about|around|roughly|some|approximately|nearly|almost|just\s+(?:over|under))"
# The told fine as the sentence's subject, up to the converted figure. The sentence starts
# there: a sentence that fines someone first ("X was fined …, about $5,000") is not this.
_CONVERTED = compiled(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:the|that|this|its|their)\s+"
    r"(?P<what>(?:\S+\s+){0,3}?)(?:fine|penalty|sanction|sum|amount)s?"
    # whose fine: "on Himal Sky", "imposed on the bank", "against Acme Ltd"
    r"(?P<whose>\s+(?:(?:imposed\s+)?on|against|for)\s+(?:[\w'’&.-]+\s+){0,4}?[\w'’&.-]+)?"
    r"(?:\s*,\s*(?P<apposed>" + _APPROX + r")"
    r"|\s+(?:(?:is|was|which\s+is)\s+)?(?P<verb>(?:works?|worked|comes?|came)\s+out\s+(?:to|at)"
    r"|translates?\s+(?:in)?to|translated\s+(?:in)?to|converts?\s+(?:in)?to|is\s+worth"
    r"|(?:comes?|came|amounts?|amounted)\s+to)(?:\s+" + _APPROX + r")?)\s*$",
    re.I,
)
# "… at current exchange rates", "at today's rate": the figure is a conversion.
_AT_A_RATE = compiled(
    r"^\s*(?:at\s+(?:current|today['’]s|the\s+current)\s+(?:exchange\s+)?rates?)", re.I
)
# Verbs that say "converted" on their own; "comes to", "amounts to" need a rough figure or a
# rate after ("The fine amounts to €5 million" can be how a fine is first told).
_CONVERTING = compiled(r"\b(?:out|translat\w*|convert\w*|worth)\b", re.I)
_ROUGH_END = compiled(_APPROX + r"$", re.I)
_REACH = 120  # the told fine's subject: a few words before the figure


def _conversion_of(fact: Fact, body: str) -> re.Match[str] | None:
    assert fact.amount is not None
    told = _CONVERTED.search(body, max(0, fact.amount.start - _REACH), fact.amount.start)
    if told is None:
        return None
    if told["apposed"] or _AT_A_RATE.match(body, fact.amount.end, fact.amount.end + 40):
        return told
    verb = told["verb"] or ""
    if _CONVERTING.search(verb) or _ROUGH_END.search(verb):
        return told
    return None


def _told_fine(
    converted: Fact, told: re.Match[str], facts: list[Fact], skip: list[Fact]
) -> tuple[Fact | None, list[Fact]]:
    """The fine told before that the sentence's subject names, and the facts read from the
    subject's own figure ("The $45,000 fine": the told fine again). The fine is found by its
    figure, by its party ("The penalty on X"), else it is the last one told."""
    assert converted.amount is not None
    at = converted.amount.start
    named = [
        f
        for f in facts
        if f.amount is not None and told.start("what") <= f.amount.start < told.end("what")
    ]
    before = [
        f
        for f in facts
        if f.amount is not None
        and f.action in MONETARY
        and f not in skip
        and f not in named
        and f.amount.start < told.start()
        and f.amount.currency != converted.amount.currency
    ]
    if not before:
        return None, []
    whose = fold(told["whose"] or "")
    by_figure = [
        f
        for f in before
        if any(
            f.amount
            and n.amount
            and (f.amount.amount, f.amount.currency) == (n.amount.amount, n.amount.currency)
            for n in named
        )
    ]
    by_party = [
        f
        for f in before
        if whose and f.respondent and fold(f.respondent.text).split()[0] in whose.split()
    ]
    chosen = by_figure or by_party or before
    target = max(chosen, key=lambda f: max(s for s, _ in f.mentions if s < at))
    return target, named if by_figure else []


def _fold_conversions(facts: list[Fact], body: str) -> list[Fact]:
    """Facts without the amounts that convert a fine told before: each is that fine's other
    amount (in a currency it does not have yet)."""
    found = []
    for fact in facts:
        if fact.amount is None or fact.action not in MONETARY or fact.per is not None:
            continue
        if told := _conversion_of(fact, body):
            found.append((fact, told))
    converting = [f for f, _ in found]
    dropped: list[Fact] = []
    for fact, told in found:
        target, again = _told_fine(fact, told, facts, converting)
        if target is None:
            continue
        assert fact.amount is not None and target.amount is not None
        if fact.amount.currency not in {o.currency for o in target.other_amounts}:
            target.other_amounts.append(fact.amount)
        dropped += [fact, *again]
    return [f for f in facts if f not in dropped]


# What a periodic penalty has come to: "the daily penalty ran for 75 days, a total of
# K1,125,000", "the daily fine, which hit its ceiling in March, now stands at Rs 1 crore", "the
# weekly penalties have accrued to €180,000". Not "capped at" (a ceiling is set, not run up),
# nor "will run until it complies, of €5,000" (the rate).
_ACCRUED = compiled(
    r"\b(?:(?:daily|weekly|monthly|periodic|coercive|running)\s+(?:penalt(?:y|ies)|fines?)"
    r"|penalty\s+payments?)\b[^.;]{0,120}?\b(?:a\s+total\s+of|in\s+total|totall?(?:ed|ing)"
    r"|(?:accrued|accumulated|built\s+up|climbed|rose|risen|grown|grew)\s+to"
    r"|stands?\s+at|stood\s+at|came\s+to|amount(?:s|ed)?\s+to|reached)\W{0,3}$",
    re.I,
)
# A rate after the figure: "€5,000 a day" is the penalty, not what it came to.
_RATE_AFTER = compiled(r"\s*(?:a|per|each|every|/)\s*(?:calendar\s+)?(?:day|week|month)\b", re.I)


def _drop_accrued(facts: list[Fact], body: str) -> list[Fact]:
    """Facts without the sums a periodic penalty has run up, in a sentence that says the
    penalty came to them: no new penalty, but the old one's count."""
    accrued = []
    for fact in facts:
        # (Often read as a rate itself: "the daily fines ran for 23 days, a total of …")
        if fact.action != "penalty_payment" or fact.amount is None:
            continue
        amount = fact.amount
        told = max(s for s, _ in fact.mentions if s <= amount.start)
        if _ACCRUED.search(
            body, max(told, amount.start - 200), amount.start
        ) and not _RATE_AFTER.match(body, amount.end):
            accrued.append(fact)
    return [f for f in facts if f not in accrued]


# A figure told as several penalties, not one: "Superintendent Announces $2.875 Million in
# Penalties Against Two Firms", "the agency collected £4m in fines from the three banks".
_IN_PLURAL = compiled(
    r"\s+in\s+(?:(?:civil|monetary|administrative|total|combined|regulatory)\s+){0,2}"
    r"(?:penalties|fines|sanctions|settlements|forfeitures)\b",
    re.I,
)


_HEADLINE = compiled(r"[ \t]*(?:#{1,6}\s|\*\*[^\n]*\*\*[ \t]*$)", re.M)


def _drop_plural_sums(facts: list[Fact], body: str) -> list[Fact]:
    """Facts without a sum told as plural penalties ("$4.2 million in penalties") that the
    penalties on two or more other parties in the article add up to exactly, wherever they
    are told: the headline's or the wrap-up's total, no action of its own."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    totals = []
    for total in monetary:
        assert total.amount is not None
        if not _IN_PLURAL.match(body, total.amount.end):
            continue
        parts = [
            f
            for f in monetary
            if f is not total
            and f not in totals
            and f.amount.currency == total.amount.currency
            and f.amount.amount < total.amount.amount
            and not set(f.mentions) & set(total.mentions)
        ][:12]
        # (A headline sums the story's penalties whoever they are told of.)
        line = body.rfind("\n", 0, total.amount.start) + 1
        headline = _HEADLINE.match(body, line) is not None
        for size in (2, 3, 4):
            if any(
                sum(p.amount.amount for p in group) == total.amount.amount
                and (headline or len({p.respondent_key for p in group}) == size)
                for group in itertools.combinations(parts, size)
            ):
                totals.append(total)
                break
    return [f for f in facts if f not in totals]
