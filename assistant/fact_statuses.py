"""What happened to an action after it was taken (appealed, paid, complied with, reduced):
each status attached to the facts its sentence is about, and the statuses that follow
from others (a court that reduced a fine heard an appeal against it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .actions import (
    MONETARY,
    STATUS_APPLIES_TO,
    Match,
    find_actions,
    find_statuses,
    speaker_pattern,
)
from .article_context import _ANAPHORA_REACH, _HEADING, _ArticleContext
from .body_headings import first_heading
from .body_headings import headings as body_headings
from .datafiles import load_toml
from .fact_model import Fact, Status
from .fact_rulings import _COURT_OUTCOMES, awards_damages
from .models import Article
from .money import find_money
from .name_lookup import lookup_form
from .parties import (
    CORPORATE_WORDS,
    DESCRIPTOR_NOUNS,
    find_respondent,
    fold,
    respondent_key,
    respondents,
)
from .pattern_cache import cached_pattern, compiled
from .people import business_name
from .text import Span

_BACK_REFERENCE = compiled(
    r"\b(?:these|those|them|such|none\s+of|any\s+of|all\s+of|each\s+of)\b", re.I
)
_THAT_ONE = compiled(
    r"\b(?:that|this)\s+(?:earlier\s+|first\s+|previous\s+)?(?:fine|penalty|sanction|amount|decision|order|ban)\b"
    # "The amount actually paid was €1.14 million": of the action just told
    r"|\b(?:amount|sum)\s+(?:actually|finally|ultimately|effectively)\s+paid\b",
    re.I,
)
# A disputed deadline or timetable: the order's (or the periodic penalty's that enforces it).
_A_DEADLINE = compiled(
    r"(?:deadlines?|time\s*limits?|timetables?|time\s*frames?|timelines?)\b", re.I
)
_DEADLINE_SETTERS = frozenset({"order", "ban", "penalty_payment"})
# The kind of measure "that order", "this ban" points back to.
_THAT_KIND = {"order": "order", "ban": "ban"}
_THAT_PART = compiled(
    r"^\W*(?:that|this|the\s+same)\s+(?:part|element|limb|aspect)\s+of\s+(?:the|its|that|this)\s+"
    r"(?:decision|ruling|judgm?ent|resolution)\b[^.;,]{0,20}$",
    re.I,
)
# "the company has not paid", "it has appealed": the respondent last named. Told by the kind
# of business it is, too ("the hospital", "the airline"), or pointed back to ("That airline
# has paid", "this carrier").
_SINGULAR_SUBJECT = compiled(
    r"\b(?:(?:the|that|this)\s+(?:company|firm|business|operator|retailer|group|bank|pharmacy"
    r"|provider|platform|insurer|lender|airline|carrier|hospital|clinic|supermarket|store|shop"
    r"|chain|manufacturer|producer|distributor|importer|exporter|trader|broker|dealer|hotel"
    r"|miner|mine|utility|telco|isp|school|university|developer|contractor|publisher"
    r"|broadcaster|newspaper|app|website|practice|partnership|trust|exchange|fund|manager)"
    r"|it)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# Statements about paying: a fine (or damages a court awarded) paid, in part, or not.
_PAYMENT = frozenset({"paid", "partially_paid", "not_paid"})
# "any of the penalties the CNIL has issued": about every such action, not just this one.
_BROAD = compiled(r"\b(?:any|all|each)\s+of\s+the\s+(?:fines|penalties|sanctions|orders)\b", re.I)


def _last_word(name: str) -> str:
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.casefold() not in _CORPORATE_FORMS]
    last = words[-1] if len(words) > 1 else ""
    return last if len(last) > 3 and not last.isupper() else ""


def _attach_statuses(
    article: Article,
    sentences: Sequence[Span],
    contexts: Sequence[int],
    facts: list[Fact],
    ctx: _ArticleContext,
) -> None:
    body = article.body
    for span, quote_start in zip(sentences, contexts, strict=True):
        text = body[span.start : span.end]
        if _HEADING.match(text) and "\n" not in text.strip():
            continue  # "**What has been paid**": a section's title, not a statement
        found = _announced_appeals(text, find_statuses(text))
        told: list[tuple[Match, list[Fact]]] = []
        for match in found:
            if match.kind == "appealed" and _case_against_a_party(text, match, ctx):
                continue
            if (
                match.kind == "reduced"
                and _SET_AT.match(text, match.start)
                and not _A_COURT.search(text)
            ):
                continue  # "the agency … set the fine at 150 minimum wages": imposing it
            if _ANOTHER_PARTY.search(text, 0, match.start) and not any(
                not p.pronoun for p in respondents(text, ctx.lexicon)
            ):
                continue  # "The other operator paid in full": not the party the story is about
            if match.kind in _PAYMENT and _paid_to_those_harmed(text, match, facts):
                continue
            if match.kind == "complied" and _the_regulator_did_it(text, match, ctx):
                continue
            if match.kind == "disputed" and _the_regulator_speaks(text, match, ctx):
                continue  # "the regulator said it would take the matter to court": enforcing
            if match.kind == "not_complied" and _WHILE_IT.search(
                text, max(0, match.start - 40), match.start
            ):
                continue  # "the daily penalties that piled up while it missed a deadline": why
            compatible = [
                f
                for f in facts
                if f.action in STATUS_APPLIES_TO.get(match.kind, {f.action})
                # damages a court awarded are paid, or not, like a fine
                or (match.kind in _PAYMENT and awards_damages(f, body))
                # "imposed periodic penalty payments … for failing to fix its repository": a
                # penalty enforcing compliance, said in its own sentence to be unmet.
                or (
                    match.kind in {"complied", "not_complied"}
                    and f.action == "penalty_payment"
                    and (
                        any(s <= span.start < e for s, e in f.mentions)
                        # "… had still not provided the documents and the daily penalty
                        # continues to accrue": named by its kind, not its amount
                        or (
                            any(a.kind == "penalty_payment" for a in find_actions(text))
                            and not _WHAT_THE_LAW_ALLOWS.search(text)
                        )
                    )
                )
            ]
            if match.kind in _WHETHER_APPEALED:
                # "Contata paid the fine without appealing": whether a party appealed is told
                # of its sanction, never of an appeal the extractor read off the same words
                compatible = [f for f in compatible if f.action != "appeal"]
            if match.kind == "not_complied" and _another_deadline(text, match, compatible, body):
                continue  # "had missed the deadline to submit its annual return": not the order's
            if match.kind == "upheld" and _not_a_challenge_of_it(text, match, compatible, ctx):
                continue  # "rejected the complaint of Duna Foods against a rival retailer"
            targets = _status_targets(match, span, quote_start, text, compatible, ctx)
            targets = _periodic_named(match, text, targets, compatible)
            targets = _status_object(match, text, targets, compatible)
            targets = _told_before(match, text, span, targets)
            targets = _outcome_by_party(match, text, found, targets, facts)
            if match.kind in _PAYMENT:
                targets = targets + _same_sum(targets, compatible)
            if match.kind == "reduced" and _PART_PAID.match(text, match.start):
                # "had already paid the reduced amount": a sum paid, so a fine (or the
                # ruling that set it), never an order decided with it
                targets = [f for f in targets if f.action in MONETARY or f.action == "ruling"]
            if match.kind == "disputed" and _A_DEADLINE.match(text, match.start):
                # "would pay the fine, but the 90-day deadline was 'unrealistic'": the order
                # that set the deadline is disputed, not the fine
                targets = [f for f in targets if f.action in _DEADLINE_SETTERS] or targets
            if match.kind == "partially_paid" and _INSTALMENTS.search(body, quote_start, span.end):
                targets = _paid_by_instalments(targets, span, facts)
            if (match.kind == "overturned" and _DOCUMENT_ANNULLED.match(text, match.start)) or (
                match.kind == "upheld" and _IN_FULL.match(text, match.start)
            ):
                # "dismissed Chowlink's appeal in its entirety": the order the fine came
                # with stands too
                targets = targets + _same_decision(targets, facts)
            if match.kind == "complied" and _TAKEN_AWAY.search(text, match.start, match.end):
                targets = _complied_by_removal(targets, body)
            if match.kind == "complied" and _RESTORED.search(text, match.start, match.end):
                # "The service was reactivated a month later, after …": what was suspended
                # is back, the ban complied with — not the orders decided with it.
                targets = [f for f in targets if f.action == "ban"] or targets
            if match.kind in {"complied", "not_complied"}:
                # A periodic penalty compels compliance with an order: complying with the
                # order is complying with what the penalty enforces.
                orders = [f for f in targets if f.action == "order"]
                targets = targets + [
                    f
                    for f in facts
                    if f.action == "penalty_payment"
                    and f not in targets
                    and any(
                        o.respondent_key == f.respondent_key and o.start <= s
                        for o in orders
                        for s, _ in f.mentions
                    )
                ]
                # … and the other way: "periodic penalty payments on X for failing to fix
                # its repository" leave unmet the order (to fix it) that the penalties
                # enforce, wherever the article tells that order.
                periodic = [f for f in targets if f.action == "penalty_payment"]
                targets = targets + [
                    f
                    for f in facts
                    if f.action == "order"
                    and f not in targets
                    and any(
                        p.respondent_key == f.respondent_key and p.authority == f.authority
                        for p in periodic
                    )
                ]
            claim = _claimant(match, text, ctx)
            if (
                match.kind == "disputed"
                and targets
                and len({f.respondent_key for f in targets}) == 1
                and _a_person(targets[0], body)
            ):
                claim = targets[0].respondent.text  # "his lawyer said he would challenge it"
            part = (
                _paid_in_part(text, match, targets)
                if match.kind == "paid"
                and not _A_DISCOUNT_RULE.search(
                    body, body.rfind("\n\n", 0, span.start) + 1, span.end
                )
                else []
            )
            for fact in targets:
                kind = "partially_paid" if fact in part else match.kind
                if not any(s.status == kind and s.start == quote_start for s in fact.statuses):
                    fact.statuses.append(
                        Status(status=kind, start=quote_start, end=span.end, claim_of=claim)
                    )
            told.append((match, targets))
        _the_others_not(text, span, quote_start, told, facts)


# A challenge announced with the court it goes to: "said it would appeal to the National High
# Court", "would seek annulment of the decision before the Council of State", "would challenge
# the order before the appellate tribunal" — the appeal is the party's, its claim besides (not
# "would challenge the decision before the ministry": no court hears it). The court is named:
# "would challenge the decision in court" says only that the party disputes the fine.
_TO_A_COURT = compiled(
    r"(?:will|would|plans?\s+to|intends?\s+to|is\s+going\s+to)\s+(?:appeal|challenge|contest"
    r"|seek\s+(?:the\s+)?annulment|(?:lodge|file|bring)\s+an?\s+appeal)\b[^.;]{0,80}?"
    r"\b(?:to|before|at|with|in)\s+(?:the\s+)?"
    r"(?:(?:[\w’'-]+\s+){1,5}?(?:courts?|tribunal)|council\s+of\s+state)\b",
    re.I,
)


def _announced_appeals(text: str, found: list[Match]) -> list[Match]:
    """The statuses told, with an appeal besides each challenge announced before a court."""
    more = [
        Match("appealed", m.start, m.end)
        for m in found
        if m.kind == "disputed" and _TO_A_COURT.match(text, m.start)
    ]
    return sorted(found + more, key=lambda m: m.start) if more else found


# The party's own challenge of what it was given: "Nordbank has appealed against its fine",
# "Thames Savings is appealing its penalty", "the company appealed the decision".
_OWN_APPEAL = compiled(
    r"\bappeal(?:s|ed|ing)?\s+(?:against\s+)?(?:its|their|his|her|the|that|this)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:fines?|penalt(?:y|ies)|sanctions?|decisions?|bans?|suspensions?|orders?)\b",
    re.I,
)
_SANCTIONS = frozenset({"fine", "penalty_payment", "ban", "order"})


def _own_appeals(facts: list[Fact], body: str) -> list[Fact]:
    """Without the appeals a sanctioned party is said to have made against its own sanction,
    told before in the article: that appeal is the sanction's status ("appealed"), read off
    the same sentence by `_attach_statuses`, not an action of its own."""
    kept = []
    for fact in facts:
        if (
            fact.action == "appeal"
            and fact.amount is None
            and fact.respondent is not None
            and fact.respondent.end > fact.respondent.start  # named in its own sentence
            and (told := _OWN_APPEAL.search(body, fact.respondent.end, fact.end))
            and not re.search(r"[.;]\s", body[fact.respondent.end : told.start()])
            and any(
                f.action in _SANCTIONS
                and f.respondent_key == fact.respondent_key
                and f.start < fact.start
                for f in facts
            )
        ):
            continue
        kept.append(fact)
    return kept


def _same_sum(targets: list[Fact], facts: list[Fact]) -> list[Fact]:
    """The other facts of a target's party for the same sum: "Redfield will pay $310,000 …
    Under the settlement agreement: - the total penalty is reduced to $310,000, payable in 12
    monthly installments, the first of which Redfield paid": what is paid of the one is paid
    of the other (one sum, told as the settlement and again as its terms). Not a sum decided
    in another year: "fined Adria Mills €100,000 on 4 March 2024 … In 2021 it had fined Adria
    Mills €100,000; the first instalment of that fine was paid" (two decisions)."""
    sums: dict[tuple, set[str | None]] = {}
    for f in targets:
        if f.amount is not None and f.respondent_key:
            key = (f.respondent_key, f.amount.currency, f.amount.amount)
            sums.setdefault(key, set()).add(_year(f))
    return [
        f
        for f in facts
        if f not in targets
        and f.amount is not None
        and (key := (f.respondent_key, f.amount.currency, f.amount.amount)) in sums
        and (_year(f) is None or None in sums[key] or _year(f) in sums[key])
    ]


def _year(fact: Fact) -> str | None:
    return fact.date.text[:4] if fact.date is not None and fact.date.text[:4].isdigit() else None


# A subordinate clause telling when or why something else happened: "the penalties that piled
# up while it missed a deadline" tells how they ran up, not where compliance stands now.
_WHILE_IT = compiled(
    r"\b(?:while|whilst|because|as\s+long\s+as)\s+(?:it|they|the\s+\w+|[A-Z][\w-]*)\s+$"
)


_OUTCOMES = frozenset({"reduced", "upheld", "overturned"})
_WHETHER_APPEALED = frozenset({"appealed", "not_appealed"})


# "Mebel Servis Plus has lodged a claim against the decision; the other two have not": the
# statement just made, denied of the rest of the parties just listed.
_THE_OTHERS_NOT = compiled(
    r"\b(?:the\s+)?other\s+(?P<n>two|three|four|five|six|\d)\s+(?:\w+\s+)?"
    r"(?:have|has|had|did|do)\s+not(?:\s+yet)?(?:\s+done\s+so)?\s*(?:[.;,)]|$)",
    re.I,
)
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DENIED = {"appealed": "not_appealed", "paid": "not_paid", "complied": "not_complied"}


def _the_others_not(
    text: str,
    span: Span,
    quote_start: int,
    told: list[tuple[Match, list[Fact]]],
    facts: list[Fact],
) -> None:
    # ("other" is in every match: most sentences are told none without the search)
    others = _THE_OTHERS_NOT.search(text) if "other" in lookup_form(text) else None
    if others is None:
        return
    said = [(m, t) for m, t in told if m.end <= others.start() and m.kind in _DENIED and t]
    if not said:
        return
    match, targets = said[-1]
    count = _NUMBER.get(others.group("n").casefold()) or int(others.group("n"))
    keys = {f.respondent_key for f in targets}
    actions = {f.action for f in targets}
    # the parties told last before, with a measure of the kind the statement was about
    last: dict[str, int] = {}
    for fact in facts:
        if fact.respondent_key in keys or fact.action not in actions or not fact.respondent_key:
            continue
        before = [s for s, _ in fact.mentions if s < span.start]
        if before:
            last[fact.respondent_key] = max(last.get(fact.respondent_key, -1), *before)
    chosen = sorted(last, key=lambda k: last[k], reverse=True)[:count]
    if len(chosen) < count:
        return
    for fact in facts:
        if fact.respondent_key in chosen and fact.action in actions:
            fact.statuses.append(
                Status(status=_DENIED[match.kind], start=quote_start, end=span.end)
            )


# A fine's figure "set at" is a court's recalculation only when a court is told doing it: "the
# court set the fine at €1m", "on appeal, the judges fixed it at …" (not "the agency … set the
# fine at 150 minimum wages").
_SET_AT = compiled(r"(?:set|fixed)\s", re.I)
_A_COURT = compiled(
    r"\b(?:courts?|tribunals?|judges?|justices?|chamber|bench|on\s+appeal|appellate|cassation)\b",
    re.I,
)
# "The other operator paid in full", "the other two banks have appealed": a party the
# sentence does not name, set against the one the story is about.
_ANOTHER_PARTY = compiled(
    # "the other two companies", "the two other companies"
    r"\bthe\s+(?:(?:two|three|four|five|six|\w+ty)\s+)?other\s+(?:(?:two|three|four|five|\w+ty)\s+)?"
    r"(?:company|companies|operators?|firms?"
    r"|banks?|businesses|groups?|insurers?|lenders?|platforms?|providers?|retailers?|respondents?"
    r"|distributors?|carriers?|utilit(?:y|ies)|parties|party|defendants?)\b\s*(?:\w+\s+){0,2}$",
    re.I,
)
_INSTALMENTS = compiled(r"\b(?:instal?lments?|tranches?)\b", re.I)


def _paid_by_instalments(targets: list[Fact], span: Span, facts: list[Fact]) -> list[Fact]:
    """ "Two instalments have been paid so far", "is paying off its fine in instalments": a
    schedule agreed for a sum imposed once (a fine, a settlement), not for the periodic penalty
    decided with it — and, with no party named, the fine told last before."""
    once = [f for f in targets if f.action in {"fine", "settlement"}]
    if once:
        return once
    if targets:
        return targets
    earlier = [
        (max(s for s, _ in f.mentions if s < span.start), f)
        for f in facts
        if f.action in {"fine", "settlement"} and any(s < span.start for s, _ in f.mentions)
    ]
    return [max(earlier, key=lambda item: item[0])[1]] if earlier else []


# What a court does to a decision it strikes down (both patterns below).
_STRUCK_DOWN = r"(?:annull?ed|overturned|quashed|set\s+aside)"
_WHOLE_DECISION = compiled(
    rf"\b{_STRUCK_DOWN}\s+the\s+(?:[\w-]+\s+)?decision\s+"
    r"(?:as\s+regards|in\s+respect\s+of|concerning|in\s+so\s+far\s+as\s+it\s+concerned|for|on)\b",
    re.I,
)


# The whole decision annulled, not one measure of it: "The court has annulled the resolution by
# which the commission fined X" (not "annulled the decision as regards Y", "in part").
_DOCUMENT_ANNULLED = compiled(
    rf"(?:{_STRUCK_DOWN}|annuls)\s+(?:the|its|that|this)\s+"
    r"(?:[\w-]+\s+)?(?:decision|resolution)\b(?!\s+(?:as\s+regards|in\s+(?:so\s+far|part|respect)"
    r"|insofar|concerning|partially|only))",
    re.I,
)


_IN_FULL = compiled(r"[^.;]{0,80}?\b(?:in\s+(?:its|their)\s+entirety|in\s+full|entirely)\b", re.I)


def _same_decision(targets: list[Fact], facts: list[Fact]) -> list[Fact]:
    """The other measures the decision annulled (or upheld in full) took against the same
    party: its order, told with the fine ("In addition to the fine, the commission ordered X
    to …"), is annulled (upheld) too — unless dated as another decision."""
    told = [t for t in targets if t.action != "ruling"]
    return [
        f
        for f in facts
        if f not in targets
        and f.action in {"fine", "penalty_payment", "order", "ban"}
        and any(
            _same_party(f, t)
            and f.authority == t.authority
            # not dated otherwise (dates told elsewhere are attached later)
            and (f.date is None or (t.date is not None and f.date.text == t.date.text))
            for t in told
        )
    ]


def _outcome_by_party(
    match: Match, text: str, found: Sequence[Match], targets: list[Fact], facts: list[Fact]
) -> list[Fact]:
    """ "reduced the fine on A …, upheld the fine on B, and annulled the decision as regards
    C": a judgment telling a different outcome for each party gives each outcome to the party
    named in its own clause (up to the next outcome) — and the decision annulled as regards C
    is every measure it took against C."""
    if match.kind not in _OUTCOMES:
        return targets
    outcomes = [m for m in found if m.kind in _OUTCOMES]  # `found`: the sentence's statuses
    if len(outcomes) < 2:
        # "The court annulled the fine on A. It rejected the action of B": an outcome told of
        # a party the sentence names is that party's, not that of one told of next door.
        return [f for f in targets if _named_at(text, f) is not None] or targets
    ends = [m.start for m in outcomes if m.start > match.start]
    clause = text[match.start : min(ends, default=len(text))]
    named = [f for f in targets if (at := _named_at(clause, f)) is not None and at < 80]
    if named and match.kind == "overturned" and _WHOLE_DECISION.search(clause):
        keys = {f.respondent_key for f in named}
        named += [
            f
            for f in facts
            if f not in named
            and f.action in {"fine", "penalty_payment", "order", "ban"}
            and f.respondent_key in keys
        ]
    # "upheld the action brought by A … and reduced the fine imposed on the company": a clause
    # naming no one tells the outcome for the party the sentence names, not for one told of
    # in the sentence after.
    return named or [f for f in targets if _named_at(text, f) is not None] or targets


# "filed an application with the Competition Tribunal against ticket seller Pinegate Ltd.": a
# case brought against a company (by a regulator or a claimant), not an appeal of a measure.
_AGAINST_NAME = compiled(
    r"(?:[^.;]{0,40}?\s)?against\s+(?:the\s+)?"
    # a party, maybe described ("ticket seller"), not a measure ("against the decision")
    r"(?!(?:[\w’'-]+\s+){0,2}?(?:decisions?|fines?|penalt(?:y|ies)|orders?|sanctions?|rulings?"
    r"|judgm?ents?|determinations?|notices?|bans?|findings?|measures?)\b)"
    r"(?:(?!(?:with|before|at|in|to|by|of|for|on)\s)[a-z][\w-]*\s+){0,4}"
    r"(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&.-]*)*)"
)


def _case_against_a_party(text: str, match: Match, ctx: _ArticleContext) -> bool:
    against = _AGAINST_NAME.match(text, match.end)
    return against is not None and not any(
        m.kind == "authority" for m in ctx.lexicon.mentions(against.group("name"))
    )


# Money paid to the people harmed, not to the regulator: "has paid approximately £11.2 million
# to around 23,000 customers", "paid $2 million in refunds", "Separately from the penalty, …".
_TO_THOSE_HARMED = compiled(
    r"[^.;]{0,80}?\b(?:to|among)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?"
    r"(?:[\d,.]+\s+(?:million\s+)?)?(?:affected\s+|its\s+|their\s+|the\s+|former\s+)*"
    r"(?:customers|consumers|clients|borrowers|victims|users|students|patients|employees|workers"
    r"|passengers|policyholders|tenants|members|subscribers|investors)\b"
    r"|[^.;]{0,60}?\bin\s+(?:redress|refunds?|compensation|restitution|damages)\b",
    re.I,
)
_APART_FROM_THE_FINE = compiled(
    r"\b(?:separately\s+from|apart\s+from|besides|in\s+addition\s+to)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:fine|penalty|sanction)\b",
    re.I,
)


_OWN_SUBJECT = compiled(r"(?:that|which)\s+(?:the\s+[a-z]+|it|they)\b", re.I)


def _the_regulator_did_it(text: str, match: Match, ctx: _ArticleContext) -> bool:
    """ "The Gaming Board has suspended the licence of X": the measure itself, taken by the
    regulator the clause opens with — not X's compliance with one."""
    if _OWN_SUBJECT.match(text, match.start):
        return False  # "ordered the company to withdraw it, an order that the company complied"
    clause = re.split(r"[;:]|\.(?!\d)|\b(?:but|and|after|because|since)\b", text[: match.start])[-1]
    if _SINGULAR_SUBJECT.search(clause) or re.search(r"\bthey\s+(?:\w+\s+){0,2}$", clause, re.I):
        return False
    return any(m.kind == "authority" for m in ctx.lexicon.mentions(clause)) and not any(
        not p.pronoun for p in respondents(clause, ctx.lexicon)
    )


# Who a clause is about, by the names in it: a regulator (named, or by its kind: "the
# watchdog"), or the party (named, or "the company").
_REGULATOR_NOUN = compiled(
    r"\b(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:regulators?|watchdogs?|authorit(?:y|ies)|agenc(?:y|ies)"
    r"|commission(?:er)?|supervisors?|inspectorates?|ministry|council|bureau|prosecutors?|office)\b",
    re.I,
)
_PARTY_NOUN = compiled(
    r"\b(?:the|its)\s+(?:company|firm|business|operator|group|bank|lender|insurer|retailer|provider"
    r"|platform|supplier|carrier|owner|director|chief\s+executive|lawyers?|counsel)\b",
    re.I,
)
# A new clause, maybe with its own subject ("…, but it said it would appeal").
_CLAUSE_BREAK = compiled(r"[;:]|\.(?=\s+[A-Z\d])|\b(?:but|while|whereas|although|though)\b")
_COORDINATED = compiled(r"\band\b")
# "Acme, which the FTC fined last week, said …": the relative clause names no subject.
_RELATIVE = compiled(r",\s*(?:which|who|whom|whose|that)\b[^,]*,", re.I)
_POSSESSIVE = compiled(r"[’']s?\b")
_AFTER_PREPOSITION = compiled(r"\b(?:of|with|against|from|for|to)\s+$", re.I)


def _named_subjects(clause: str, ctx: _ArticleContext) -> list[tuple[int, str]]:
    """(position, "regulator" | "party") of each one named in CLAUSE, in order."""
    # Not a possessive: "did not share the Garante's conclusions", "the regulator's approach";
    # nor a regulator after a preposition, which is no subject: "does not share the criteria
    # of the authority", "disagrees with the regulator".
    found = [
        (m.start, "regulator")
        for m in ctx.lexicon.mentions(clause)
        if m.kind == "authority"
        and not _POSSESSIVE.match(clause, m.end)
        and not m.text.endswith(("'s", "’s", "s'", "s’"))
        and not _AFTER_PREPOSITION.search(clause, 0, m.start)
    ]
    found += [
        (m.start(), "regulator")
        for m in _REGULATOR_NOUN.finditer(clause)
        if not _POSSESSIVE.match(clause, m.end())
        and not _AFTER_PREPOSITION.search(clause, 0, m.start())
    ]
    found += [(p.start, "party") for p in respondents(clause, ctx.lexicon) if not p.pronoun]
    found += [(m.start(), "party") for m in _PARTY_NOUN.finditer(clause)]
    return sorted(found)


def _the_regulator_speaks(text: str, match: Match, ctx: _ArticleContext) -> bool:
    """A court action or objection announced by the regulator is its enforcement, not the
    party disputing the measure: "The regulator said it would take the matter to court if the
    company did not pay", "The FTC fined Acme … and said it would bring an action in federal
    court to collect the penalty". The subject is the one named last in the clause the
    statement is in ("The CNMC said Iberia would go to court": Iberia's), or, when that clause
    names none ("… and said it would"), the first one named in the clause it is joined to."""
    before = _RELATIVE.sub(lambda m: " " * len(m.group()), text[: match.start])
    clause = _CLAUSE_BREAK.split(before)[-1]
    parts = _COORDINATED.split(clause)
    named = _named_subjects(parts[-1], ctx)
    if named:
        return named[-1][1] == "regulator"
    for part in reversed(parts[:-1]):
        named = _named_subjects(part, ctx)
        if named:
            return named[0][1] == "regulator"
    return False


# "dismissed the claims of consumers against Orbit Telecom", "rejected the complaint of Duna
# Foods against a rival retailer": the claim's maker, and what it was brought against.
_CLAIM_OF = compiled(
    r"\s+(?P<who>[^.;,]{1,60}?)(?=\s+(?:against|for|in|over|on|at|to|seeking|after|before|and|"
    r"which|that|who)\b|[.;,]|$)(?:\s+against\s+(?P<against>[^.;,]{1,60}))?"
)
_MEASURE_AGAINST = compiled(
    r"^(?:the|its|their|his|her|that|this|a|an)\s+(?:[\w.,’'-]+\s+){0,4}?(?:decisions?|fines?"
    r"|penalt(?:y|ies)|orders?|sanctions?|rulings?|judgm?ents?|bans?|suspensions?|measures?"
    r"|findings?|resolutions?|determinations?|notices?)\b",
    re.I,
)
_ITS_OWN = compiled(
    r"^(?:the\s+(?:company|firm|bank|operator|group|lender|insurer)|it|its)\b", re.I
)


def _not_a_challenge_of_it(
    text: str, match: Match, facts: list[Fact], ctx: _ArticleContext
) -> bool:
    """A claim turned down "by/from/of" someone is the sanctioned party's challenge failing only
    when the one turning it down is not the regulator itself ("the authority rejected the
    complaint of …", "the Market Council rejected the objections of …" in its own procedure),
    the claim is the sanctioned party's ("the claims of consumers") and it was not brought
    against someone else ("… of Duna Foods against a rival retailer")."""
    if not re.search(r"\b(?:by|from|of)$", text[match.start : match.end]):
        return False
    claim = _CLAIM_OF.match(text, match.end)
    if claim is None:
        return False
    against = claim.group("against")
    # against the regulator ("against the FCA", "against the authority") is against its
    # decision; against anyone else is another case
    if against and not _MEASURE_AGAINST.match(against.strip()):
        named = _named_subjects(against, ctx)
        if not named or named[0][1] != "regulator":
            return True
    who = claim.group("who").strip()
    names = [f.respondent.text for f in facts if f.respondent is not None]
    if not _ITS_OWN.match(who) and not any(
        find_respondent(who, respondent_key(n)) is not None
        or (_last_word(n) and _last_word(n) in who)
        for n in names
    ):
        return True
    before = text[: match.start]
    named = _named_subjects(_CLAUSE_BREAK.split(before)[-1], ctx)
    return bool(named) and named[-1][1] == "regulator" and not _A_COURT.search(before)


# What a deadline was for: "the deadline to submit its annual return", "the deadline for
# installing smart meters".
_DEADLINE_FOR = compiled(r"\s+(?:to|for)\s+(?P<verb>[a-z]+)\b")


def _another_deadline(text: str, match: Match, facts: list[Fact], body: str) -> bool:
    """A missed deadline says an order was not complied with only when it is the order's own: a
    deadline named by what it was for ("missed the deadline to submit its annual return",
    "a deadline to answer the authority's questions") is another one unless the order in the
    article required that very thing ("ordered it to submit a plan … missed the deadline to
    submit it")."""
    if "deadline" not in text[match.start : match.end].casefold():
        return False
    purpose = _DEADLINE_FOR.match(text, match.end)
    if purpose is None:
        return False
    verb = purpose.group("verb").removesuffix("ing")
    stem = verb[: max(4, min(len(verb) - 1, 6))]
    orders = [f for f in facts if f.action in {"order", "ban"}]
    return bool(orders) and not any(
        re.search(rf"\b{re.escape(stem)}", body[f.start : f.end], re.I) for f in orders
    )


# A rule that lets less be paid in full settlement, told in the paragraph: "an offender who
# pays within eight days pays only half", "a 30% discount for early payment". The smaller sum
# paid then settles the fine; it is no part of it.
_A_DISCOUNT_RULE = compiled(
    r"\b(?:pays?\s+only|only\s+(?:pays?\s+)?(?:half|a\s+third|\d+\s?(?:%|per\s?cent))"
    r"|discount(?:ed)?\s+(?:for|rate|of)|reduced\s+(?:payment|rate|by\s+(?:half|\d))"
    r"|(?:early|prompt)[\s-]payment\s+(?:discount|reduction))\b",
    re.I,
)


def _paid_in_part(text: str, match: Match, targets: list[Fact]) -> list[Fact]:
    """The sanctions a sum paid, written right after the word, is less than: "The company paid
    the $71,400 in full on Aug. 14" of a $96,400 penalty whose $25,000 rest is suspended,
    "has paid ₱2 million of the fine" — paid in part, not paid."""
    paid = [
        m.money
        for m in find_money(text[match.end : match.end + 40])
        if m.money is not None and m.qualifier is None
    ][:1]
    return [
        f
        for f in targets
        if f.amount is not None
        and f.per is None
        and any(
            m.currency == f.amount.currency
            and 0 < m.amount < f.amount.amount
            and all(v.amount != m.amount for v in [*f.other_amounts, *f.variants])
            for m in paid
        )
    ]


def _paid_to_those_harmed(text: str, match: Match, facts: list[Fact]) -> bool:
    """A payment of redress, unless the amount paid is an action's own ("paid $2.9 million in
    restitution" under a settlement that required it)."""
    if not (_TO_THOSE_HARMED.match(text, match.end) or _APART_FROM_THE_FINE.search(text)):
        return False
    paid = [m.money for m in find_money(text[match.end : match.end + 60]) if m.money is not None]
    return not any(
        f.amount and f.amount.amount == m.amount and f.amount.currency == m.currency
        for f in facts
        for m in paid[:1]
    )


# Something taken away: "had been taken offline", "has since deleted the posts".
_TAKEN_AWAY = compiled(
    r"\b(?:stopped|ceased|discontinued|removed|deleted|erased|destroyed|dismantled|taken\s+down"
    r"|taken\s+offline|took\s+down|suspended|withdrawn|pulled|disabled|shut\s+down"
    r"|switched\s+off|uninstalled)\b",
    re.I,
)
# … in the past tense, what a party did: "removed the timers", "took the posts down".
_TAKEN_AWAY_PAST = compiled(
    r"\b(?:stopped|ceased|discontinued|removed|deleted|erased|destroyed|dismantled|withdrew"
    r"|withdrawn|pulled|disabled|shut\s+down|switched\s+off|uninstalled|unpublished"
    r"|t(?:ook|aken)\s+(?:[\w’'-]+\s+){0,3}?(?:down|offline))\b",
    re.I,
)
_RESTORED = compiled(r"\b(?:reactivated|restored|reinstated|resumed|back\s+online|lifted)\b", re.I)
_REMOVAL_VERB = compiled(
    r"stop|cease|end|halt|discontinue|remove|delete|erase|destroy|dismantle|take|suspend"
    r"|withdraw|pull|disable|shut|switch|uninstall|close|block|unpublish",
    re.I,
)


def _complied_by_removal(targets: list[Fact], body: str) -> list[Fact]:
    """ "The list had been taken offline": compliance with the ban, or with an order to take
    something down — not with the order, decided with the ban, to notify the people listed."""
    kept = []
    for fact in targets:
        told = _ORDERED_TO.search(body, fact.start, fact.end) if fact.action == "order" else None
        if told is None or _REMOVAL_VERB.fullmatch(told.group(1)):
            kept.append(fact)
    return kept or targets


# "ordered Hraunfoss Heilsa to remove the cameras", "told the app to stop …", "banned X from
# selling …": what the order tells the party to do, in its own verb.
_ORDERED_TO = compiled(
    r"\b(?:order(?:s|ed)?|instruct(?:s|ed)|direct(?:s|ed)|told|require[sd]?|requiring|forced|"
    # (a legal form's full stop does not end the clause: "ordered Ortofresco S.r.l. to")
    r"compel(?:s|led)|oblige[sd]?|obliging)\s+(?:(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,80}?\s)?"
    r"to\s+([a-z]+)\b",
    re.I,
)
_IRREGULAR_PAST = {
    "take": "took|taken",
    "send": "sent",
    "shut": "shut",
    "withdraw": "withdrew|withdrawn",
    "give": "gave|given",
    "make": "made",
    "bring": "brought",
    "sell": "sold",
    "put": "put",
    "set": "set",
    "tell": "told",
    "broadcast": "broadcast|broadcasted",
    "run": "ran",
    "hold": "held",
    "write": "wrote|written",
    "cut": "cut",
}
_NOT_A_DEED = frozenset({"be", "have", "pay", "appear", "explain", "consider", "do", "comply"})


def _past(verb: str) -> str:
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", verb) and len(verb) <= 5:
        return f"{verb}{verb[-1]}ed|{verb}ed"  # "stopped", "banned"
    return verb + "ed"


@lru_cache(maxsize=512)
def _deed_patterns(verb: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What says the thing ordered was not done, and that it was: compiled once a verb (the
    `re` module's own cache of 512 patterns is overrun by an article's, so recompiled each
    order otherwise)."""
    past = _past(verb)
    not_done = compiled(
        rf"\b(?:(?:has|have|had|did|does)(?:\s+still)?\s+not|(?:hasn|haven|hadn|didn)['’]t)"
        rf"(?:\s+(?:yet|since|so\s+far))?\s+(?:{past}|{verb})\b"
        rf"|\b(?:(?:has|have)\s+yet|failed|refused|declined|refuses|declines)\s+to\s+{verb}\b",
        re.I,
    )
    done = compiled(rf"\b(?:{past})\b", re.I)
    if _REMOVAL_VERB.fullmatch(verb):
        # Told to stop or take something down: any taking away done is doing so — "ordered
        # it to stop the practices … removed the countdown timers in November".
        done = compiled(rf"\b(?:{past})\b|{_TAKEN_AWAY_PAST.pattern}", re.I)
    return not_done, done


def _named_done(
    text: str, told: re.Match[str], fact: Fact, ctx: _ArticleContext, start: int, end: int
) -> bool:
    """Whether `text` tells the thing ordered, named again, done (or not): the status is
    given to the order, quoted from start to end. A new order ("ordered to …") is not it."""
    late = None if _ORDERED_TO.search(text) else _object_done(text, ctx.body, told, fact, ctx)
    if late is not None:
        fact.statuses.append(Status(status=late, start=start, end=end, claim_of=None))
    return late is not None


def _did_as_ordered(
    sentences: Sequence[Span], contexts: Sequence[int], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """ "ordered X to remove the cameras … The company removed the cameras in October":
    complied; "has not yet removed them", "has yet to remove": not complied."""
    body = ctx.body
    for fact in facts:
        if fact.action != "order" or any(
            s.status in {"complied", "not_complied"} for s in fact.statuses
        ):
            continue
        told = _ORDERED_TO.search(body, fact.start, fact.end)
        if told is None or told.group(1).casefold() in _NOT_A_DEED:
            continue
        not_done, done = _deed_patterns(told.group(1).casefold())
        end_of_section = first_heading(body, told.end())
        for span, quote_start in zip(sentences, contexts, strict=True):
            if span.end <= told.end():
                continue
            if span.start - told.end() > 2 * _ANAPHORA_REACH:
                break
            start = max(span.start, told.end())
            text = body[start : span.end]
            if (
                end_of_section and span.start >= end_of_section.start()
            ) or span.start - told.end() > _ANAPHORA_REACH:
                # A later section tells the thing ordered by name: "**46 days late** … Kayor
                # only delivered a complete plan on 30 April"
                if _named_done(text, told, fact, ctx, quote_start, span.end):
                    break
                continue
            negative = not_done.search(text)
            positive = None if negative else done.search(text)
            said = negative or positive
            before = text[: said.start()] if said else ""
            if (
                said is None
                or _ORDERED_TO.search(text)
                # "the cameras were removed" said of someone else
                or re.search(r"\b(?:was|were|be|been)\s+$", before)
                or not _about_party(before, fact, ctx)
            ):
                # "The investment plan was not submitted until 15 December": the thing
                # ordered, named again (not a new order)
                if _named_done(text, told, fact, ctx, quote_start, span.end):
                    break
                continue
            kind = "not_complied" if negative else "complied"
            # 'A spokeswoman said the company had "made substantial changes"': its claim.
            at = start - span.start + said.start()
            claim = _claimant(
                Match(kind, at, at + len(said.group())), body[span.start : span.end], ctx
            )
            fact.statuses.append(
                Status(status=kind, start=quote_start, end=span.end, claim_of=claim)
            )
            break


@lru_cache(maxsize=1)
def _deeds() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = load_toml("enforcement.toml")["deeds"]
    done = "|".join(data["done"])
    # "the contracts had been amended", "The investment plan was not submitted until 15 December"
    passive = compiled(
        r"\b(?P<what>[a-z][\w-]+)\s+(?:was|were|(?:has|have|had)(?P<neg_before>\s+(?:still\s+)?"
        r"(?:not|never)(?:\s+yet)?)?\s+been)\s+"
        r"(?P<neg>(?:still\s+)?(?:not|never)\s+(?:yet\s+)?)?(?:\w+ly\s+)?(?:" + done + r")\b"
        r"(?P<until>\s+(?:until|before)\b)?",
        re.I,
    )
    # "Kayor only delivered a complete plan on 30 April", "amended its contracts"
    active = compiled(
        r"\b(?:" + done + r")\s+(?:(?:a|an|the|its|their|his|her|all)\s+)?"
        r"(?P<what>[a-z][\w-]+(?:\s+[a-z][\w-]+){0,2})",
        re.I,
    )
    return passive, active, frozenset(data["not_objects"])


def _stem(word: str) -> str:
    return word.casefold().removesuffix("s")[:7]


def _object_done(
    text: str, body: str, told: re.Match[str], fact: Fact, ctx: _ArticleContext
) -> str | None:
    """ "ordered X to submit a five-year investment plan … The investment plan was not
    submitted until 15 December": the thing ordered, named again and got done (late or not) —
    complied; "has still not been submitted" — not complied."""
    passive, active, not_objects = _deeds()
    end = re.search(r"[.;]|$", body[told.end() : told.end() + 200]).start()
    ordered = {
        _stem(w)
        for w in re.findall(r"[a-z][\w-]{3,}", body[told.start(1) : told.end() + end], re.I)
        if w.casefold() not in not_objects
    }
    for said in passive.finditer(text):
        if said.group("what").casefold() in not_objects or _stem(said.group("what")) not in ordered:
            continue
        # "The authority's own annual report was published": another's thing of that name
        owner = re.search(
            r"([\w.&-]+(?:\s+[\w.&-]+){0,3})['’]s\s+(?:[\w-]+\s+){0,3}$", text[: said.start("what")]
        )
        if (
            owner
            and _named_at(owner[1], fact) is None
            and not _SINGULAR_SUBJECT.search(owner[1] + " ")
        ):
            continue
        if (said.group("neg") or said.group("neg_before")) and not said.group("until"):
            return "not_complied"
        return "complied"
    for said in active.finditer(text):
        # "delivered a complete plan": the thing, maybe after a word or two describing it
        if not any(
            w.casefold() not in not_objects and _stem(w) in ordered
            for w in said.group("what").split()
        ):
            continue
        before = text[: said.start()]
        if re.search(r"\b(?:not|never|yet)\s+(?:\w+\s+)?$", before, re.I):
            continue
        if _about_party(before, fact, ctx):
            return "complied"
    return None


_NO_SUBJECT = compiled(r"\s*$|\s*(?:also\s+|still\s+)?(?:has|have|had|did|does|is|was)\b", re.I)


def _about_party(before: str, fact: Fact, ctx: _ArticleContext) -> bool:
    """Whether the clause before a deed has the fact's party as its subject."""
    # (a decimal point does not end it: "which had net sales of HUF 96.4bn in 2022, removed")
    clauses = re.split(r"[;:]|\.(?!\d)|\bbut\b|\bwhile\b", before)
    clause = clauses[-1]
    if len(clauses) > 1 and _NO_SUBJECT.match(clause):
        # "X has displayed the fees since October, but has not removed the clauses": the
        # subject of the clause before, which the second leaves out.
        clause = clauses[-2]
    if _named_at(clause, fact) is not None:
        return True
    # "it has …", "they …", "a spokeswoman said the company had …"
    if (
        re.search(r"\bthey\s+(?:\w+\s+){0,2}$", clause, re.I)
        or _SINGULAR_SUBJECT.search(clause)
        or _SUBJECT_OPENS.match(clause)
    ):
        return not respondents(clause, ctx.lexicon) and not any(
            m.kind == "authority" for m in ctx.lexicon.mentions(clause)
        )
    return False


# What a status statement is about when it says: "has not complied with the order", "has
# brought the fine before the court", "paid the penalty".
_STATUS_OBJECT = compiled(
    r"\b(?:the|its|his|her|their|that|this)\s+(?:[\w-]+\s+)?"
    # a periodic penalty by its own name: "has not paid the astreinte", "the dwangsom"
    r"(astreintes?|dwangsom(?:men)?|zwangsgeld(?:er)?|penalty\s+payments?"
    r"|fines?|penalt(?:y|ies)|orders?|notices?|injunctions?|directives?|directions?|bans?"
    r"|prohibitions?|suspensions?|revocations?|closures?"
    # "paid the accrued amount": what a periodic penalty ran up
    r"|accrued\s+(?:amounts?|sums?|penalt(?:y|ies)|fines?))\b",
    re.I,
)
_PERIODIC_ONLY = frozenset({"penalty_payment"})
_OBJECT_ACTIONS = {
    "accrued": _PERIODIC_ONLY,
    "astreinte": _PERIODIC_ONLY,
    "dwangsom": _PERIODIC_ONLY,
    "zwangsgeld": _PERIODIC_ONLY,
    "penalty payment": _PERIODIC_ONLY,
    # "did not appeal the fine itself", "has paid the main fine": the sum imposed once, not
    # the periodic penalty decided with it (which its own name says: "the daily fines")
    "fine": frozenset({"fine", "settlement"}),
    "penalt": MONETARY,
    "order": frozenset({"order", "penalty_payment"}),
    "notice": frozenset({"order", "penalty_payment"}),
    "injunction": frozenset({"order", "penalty_payment"}),
    "direct": frozenset({"order", "penalty_payment"}),
    "ban": frozenset({"ban"}),
    "prohibition": frozenset({"ban"}),
    # "a request for review of both the fine and the suspension": a licence suspended or
    # revoked is the ban
    "suspension": frozenset({"ban"}),
    "revocation": frozenset({"ban"}),
    "closure": frozenset({"ban"}),  # "will not challenge the closure" of its premises
}


# "the CMA can impose a fixed penalty … for failing to comply with an information notice, plus
# a daily penalty": the law's powers, not this company's conduct.
_WHAT_THE_LAW_ALLOWS = compiled(
    r"\b(?:can|could|may|might)\s+(?:also\s+)?(?:impose|fine|levy|issue|order)\b", re.I
)


def _periodic_named(
    match: Match, text: str, targets: list[Fact], compatible: list[Fact]
) -> list[Fact]:
    """ "has paid the fixed penalty but has appealed the daily penalty": a statement whose
    object is a periodic penalty is about that penalty, though its sentence names only the
    fine's amount."""
    said = _STATUS_OBJECT.search(text, match.start, match.end + 30)
    if said is None or not any(a.kind == "penalty_payment" for a in find_actions(said.group())):
        return targets
    keys = {f.respondent_key for f in targets}
    periodic = [
        f
        for f in compatible
        if f.action == "penalty_payment" and (not keys or f.respondent_key in keys)
    ]
    return periodic or targets


_MEASURE_WORD = compiled(
    r"\b(fines?|penalt(?:y|ies)|orders?|notices?|injunctions?|bans?|prohibitions?)\b", re.I
)


# "has filed suit in the Seoul Administrative Court to cancel the surcharge": the challenge
# names its object by the word the measure was told with.
_TO_UNDO = compiled(
    r"[^.;]{0,80}?\bto\s+(?:cancel|annul|overturn|quash|set\s+aside|reverse|lift)\s+(?:the|its|that"
    r"|this)\s+(?:[\w-]+\s+)?(surcharges?|fines?|penalt(?:y|ies)|orders?|bans?|injunctions?"
    r"|notices?)\b",
    re.I,
)


# "went to the High Court to challenge the suspension, but the court dismissed its
# application": the challenge told before a court's outcome names what the outcome is about.
_TO_CHALLENGE = compiled(
    r"\bto\s+(?:challenge|contest|appeal(?:\s+against)?|fight|cancel|annul|overturn|quash"
    r"|set\s+aside|reverse|lift)\s+(?:the|its|that|this)\s+(?:[\w-]+\s+)?(surcharges?|fines?"
    r"|penalt(?:y|ies)|orders?|bans?|injunctions?|notices?|suspensions?|revocations?|closures?)\b",
    re.I,
)


def _what_it_seeks_to_undo(
    match: Match, text: str, facts: list[Fact], here: list[Fact], body: str
) -> list[Fact]:
    """The actions (against the party the sentence is about) told with that word."""
    undo = None
    if match.kind in {"appealed", "disputed"}:
        undo = _TO_UNDO.match(text, match.end) or _TO_CHALLENGE.match(
            text, match.end - len("to challenge"), match.end + 40
        )
        if undo is None:
            told = text[match.start : match.end]
            undo = _TO_CHALLENGE.search(text, match.start + told.rfind(" to "), match.end + 40)
    elif match.kind in _COURT_OUTCOMES:
        undo = next(reversed(list(_TO_CHALLENGE.finditer(text, 0, match.start))), None)
    if undo is None or not here:
        return []
    # its stem: "penalties" was told as "penalty", "surcharges" as "surcharge"
    word = re.compile(rf"\b{re.escape(undo.group(1).rstrip('s')[:6])}", re.I)
    keys = {f.respondent_key for f in here}
    party = [f for f in facts if f.action != "ruling" and f.respondent_key in keys]
    # the word in the action's own words first: a sentence joined to the one before it ("It
    # also fined …") tells that one's measure too
    for told in (
        [f for f in party if word.search(body, *_own_sentence(f, body))],
        [f for f in party if word.search(body, *f.mentions[0])],
    ):
        if 0 < len(told) < len(party):
            return told
    return []


def _own_sentence(fact: Fact, body: str) -> tuple[int, int]:
    """The sentence of a fact's quote that tells its amount (the quote may open with the
    sentence before, for context)."""
    if fact.amount is None or not fact.start <= fact.amount.start < fact.end:
        return fact.start, fact.end
    return max(fact.start, body.rfind(". ", fact.start, fact.amount.start) + 1), fact.end


_PART_ON = compiled(
    r"\s+(?:the\s+)?(?:part|parts|limb|portion|element)\s+of\s+(?:the|its|that)\s+(?:[\w-]+\s+)?"
    r"(?:decision|ruling|judgm?ent|resolution)\s+(?:relating\s+to|on|concerning|regarding|about"
    r"|imposing|that\s+imposed)\s+",
    re.I,
)


def _measures_kept(match: Match, text: str, facts: list[Fact], here: list[Fact]) -> list[Fact]:
    """ "The Full Court left the independent review order undisturbed": the order (or ban) a
    court's statement names as its object, against the party of the sentence's actions."""
    said = _MEASURE_WORD.findall(text, match.start, match.end)
    if not said and (part := _PART_ON.match(text, match.end)):
        # "annulled the part of the decision relating to the ban"
        said = _MEASURE_WORD.findall(text, part.end(), part.end() + 20)[:1]
    if not said or said[-1].casefold().startswith(("fine", "penalt")):
        return []
    kinds = next(v for k, v in _OBJECT_ACTIONS.items() if said[-1].casefold().startswith(k))
    keys = {f.respondent_key for f in here}
    return [f for f in facts if f.action in kinds and (not keys or f.respondent_key in keys)]


def _status_object(
    match: Match, text: str, targets: list[Fact], compatible: Sequence[Fact] = ()
) -> list[Fact]:
    """ "Kuura has not complied with the order": the order, not the ban decided with it."""
    said = _STATUS_OBJECT.search(text, match.start, match.end + 30)
    if match.kind in _COURT_OUTCOMES:
        # "lost its legal challenge to the fine itself": the measure named, and the ruling
        # (a court reducing "the fine" rules on it: the ruling is a target too)
        if said is None or said.start() > match.end + 8:
            # the measure as the subject of the judgment: "The suspension of the licence was
            # set aside", "the closure order has been quashed"
            said = _judged_subject(text, match)
            if said is None:
                return targets
        kinds = next(
            v for k, v in _OBJECT_ACTIONS.items() if said.group(1).casefold().startswith(k)
        )
        named = [f for f in targets if f.action in kinds or f.action == "ruling"]
        if not any(f.action in kinds for f in named):
            # The court set aside the party's suspension while the sentence's party was read
            # as its fine: the same party's measure of that kind.
            parties = {f.respondent_key for f in targets if f.respondent_key}
            named += [
                f
                for f in compatible
                if f.action in kinds and f not in named and f.respondent_key in parties
            ]
        return named or targets
    if said is None:
        # the measure as the subject: "The refund order has not been challenged"
        subject = _STATUS_OBJECT.search(text, max(0, match.start - 40), match.start)
        if subject is None or text[subject.end() : match.start].strip():
            return targets
        said = subject
    # "to challenge both the penalty and the directive": each measure the list names
    objects = [said]
    for more in _STATUS_OBJECT.finditer(text, said.end(), said.end() + 60):
        if not _AND.fullmatch(text, objects[-1].end(), more.start()):
            break
        objects.append(more)
    kinds = {
        action
        for obj in objects
        for action in next(
            v for k, v in _OBJECT_ACTIONS.items() if obj.group(1).casefold().startswith(k)
        )
    }
    named = [f for f in targets if f.action in kinds]
    if not named and match.kind in _WHETHER_CHALLENGED and not kinds & MONETARY:
        # "will not challenge the suspension": about the suspension, never the fine told
        # with it, whether or not the suspension was read as a fact
        return []
    return named or targets


_WHETHER_CHALLENGED = frozenset({"appealed", "not_appealed", "disputed"})
# Between a measure and the judgment told of it in the passive: "The suspension [of the
# licence] was set aside".
_PASSIVE_BETWEEN = compiled(
    r"(?:\s+of\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
    # (the outcome's own words may begin with the verb: "was set aside")
    r"(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:(?:also|then|later|likewise)\s+)?)?",
    re.I,
)


def _judged_subject(text: str, match: Match) -> re.Match[str] | None:
    """The measure a court outcome is told of as its subject, right before it."""
    for subject in _STATUS_OBJECT.finditer(text, max(0, match.start - 70), match.start):
        if _PASSIVE_BETWEEN.fullmatch(text, subject.end(), match.start):
            return subject
    return None


_AND = compiled(r"\s*(?:,\s*)?(?:and|as\s+well\s+as|or)\s+")


def _told_before(match: Match, text: str, span: Span, targets: list[Fact]) -> list[Fact]:
    """ "was 'considering all options' on the penalty": "the penalty" points back to one told
    before, not to an earlier case of the party's the article tells only after."""
    if match.kind in _COURT_OUTCOMES:
        return targets  # a lead tells the judgment ("reduced the fine") before the fine
    said = _STATUS_OBJECT.search(text, match.start, match.end + 30)
    if said is None or not said.group().casefold().startswith("the ") or said.group(1)[-1] in "sS":
        return targets
    before = [f for f in targets if min(s for s, _ in f.mentions) < span.start]
    return before or targets


# "The company removed …", "It has since paid": a sentence whose subject is the party told last.
_SUBJECT_OPENS = compiled(
    r"\W*(?:(?:The|This)\s+(?:company|firm|business|operator|retailer|group|bank|clinic|provider"
    r"|platform|insurer|lender|start-?up|controller)|It)\b"
)


_NEITHER = compiled(r"neither\b", re.I)
_THE_COMPANY = compiled(r"\b(?:the|its)\s+(?:company|firm|issuer|business|bank)\b", re.I)


def _each_one_denied(
    match: Match, text: str, facts: list[Fact], ctx: _ArticleContext
) -> list[Fact]:
    """ "Neither the company nor Ms Ito has appealed": the facts of each party the denial
    names ("the company" being the story's company), whatever the sentence tells besides."""
    said = text[match.start : match.end]
    if not _NEITHER.match(said):
        return []
    keys = {f.respondent_key for f in facts if f.respondent_key and _named_at(said, f) is not None}
    company = ctx.main_company() if _THE_COMPANY.search(said) else None
    if company:
        keys.add(respondent_key(company))
    return [f for f in facts if f.respondent_key in keys] if len(keys) > 1 else []


# What an appeal court upheld, when it names a court's judgment: "the Court of Appeal's
# judgment", "the first-instance ruling" (not "the CMA's decision": the regulator's).
# (… or "confirmed the judgment of the Chișinău Court of Appeal, which had reduced the fine")
_A_JUDGMENT = compiled(
    r"\s*(?:the\s+)?(?:[^.;]{0,50}?[’']s\s+|(?:first[\s-]instance|lower|earlier|previous)\s+)"
    r"(?:court[’']s\s+)?(?:judgm?ent|ruling)\b"
    r"|\s*the\s+(?:judgm?ent|ruling)\s+of\s+the\s+(?:[^.;,]{0,60}?\s)?(?:court|tribunal)\b",
    re.I,
)


_NEITHER_PAID = compiled(r"\bpaid\s+(?:neither|none\s+of)\b", re.I)


def _same_party(a: Fact, b: Fact) -> bool:
    """ "Salmones Caleta Bonita S.A." and "Caleta Bonita", "Media Orizont SRL" and "Orizont
    TV": one party, named in full and by its distinctive word."""
    if a.respondent is None or b.respondent is None:
        return False
    return (
        a.respondent_key == b.respondent_key
        or _named_at(a.respondent.text, b) is not None
        or _named_at(b.respondent.text, a) is not None
    )


def _fine_reduced(here: list[Fact], facts: list[Fact]) -> list[Fact]:
    """The fines of the party of the sentence's reduced figure imposed with a larger sum in
    the same currency: what the court cut (not a fine told beside it)."""
    told = [f for f in here if f.action in {"fine", "penalty_payment", "ruling"} and f.amount]
    if not told:
        return []
    return [
        f
        for f in facts
        if f not in here
        and f.action in {"fine", "penalty_payment"}
        and f.amount
        and any(
            _same_party(f, t)
            and f.amount.currency == t.amount.currency
            and f.amount.amount > t.amount.amount
            for t in told
        )
    ]


def _other_party_after(
    match: Match, text: str, facts: list[Fact], here: list[Fact]
) -> list[Fact] | None:
    """ "The court cut X's fine but dismissed the appeal brought by Y": an outcome followed by
    the party it concerns is that party's, not the facts the sentence tells about another.
    None when the party named there is one of those facts' (or none is named)."""
    after = text[match.end : match.end + 60]
    named = {
        f.respondent_key: at
        for f in facts
        if f.respondent_key and f.action in {"fine", "penalty_payment", "ruling"}
        for at in [_named_at(after, f)]
        if at is not None
    }
    if not named:
        return None
    key = min(named, key=lambda k: named[k])
    if any(f.respondent_key == key for f in here):
        return None
    return [
        f
        for f in facts
        if f.respondent_key == key and f.action in {"fine", "penalty_payment", "ruling"}
    ]


_AN_APPEAL = compiled(r"\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+)?appeals?\b", re.I)


def _status_targets(
    match: Match, span: Span, quote_start: int, text: str, facts: list[Fact], ctx: _ArticleContext
) -> list[Fact]:
    here = [
        f
        for f in facts
        if any(s <= span.start < e or span.start <= s < span.end for s, e in f.mentions)
    ]
    if (
        match.kind in {"not_appealed", "appealed"}
        and here
        and all(f.action == "ruling" for f in here)
        and not any(m.kind in _COURT_OUTCOMES for m in find_statuses(text))
    ):
        # "X did not request a hearing before the Licence Appeal Tribunal": a tribunal named
        # where no judgment is told — the statement is about the party's measures told before.
        keys = {f.respondent_key for f in here}
        before = [
            f
            for f in facts
            if f.action != "ruling" and f.respondent_key in keys and f.start < span.start
        ]
        here = before or here
    several = _each_one_denied(match, text, facts, ctx)
    if several:
        return several
    if match.kind not in _COURT_OUTCOMES:
        group = _group_subject(match, span, text, facts, ctx)
        if group:
            return group
    if match.kind == "upheld" and _A_JUDGMENT.match(text, match.end):
        # "the Supreme Court dismissed the appeal, upholding the Court of Appeal's judgment":
        # the judgment told before is what was upheld (and so was appealed), not the fine.
        judged = [
            f
            for f in facts
            if f.action == "ruling"
            and f.start < span.start
            and any(s.status in {"reduced", "overturned"} for s in f.statuses)
        ]
        if judged:
            return [max(judged, key=lambda f: f.start)]
    if match.kind in _COURT_OUTCOMES:
        kept = _measures_kept(match, text, facts, here)
        if kept:
            return kept
        if _HIS_HER_APPEAL.search(text, max(0, match.start - 40), match.end):
            # "Justice Kellman dismissed her appeal and upheld that penalty": the person's
            # named last before, not the company of the judgment told earlier
            person = _person_subject(match, span, text, facts, ctx, told=True)
            if person:
                return person
        sought = _what_it_seeks_to_undo(match, text, facts, here, ctx.body)
        if sought:
            return sought + [f for f in here if f.action == "ruling"]
        other = _other_party_after(match, text, facts, here)
        if other is not None:
            return other
        # "€75 million …, which was reduced to €52 million": the outcome is the original fine's.
        rulings = [f for f in here if f.action == "ruling"]
        here = [f for f in here if f.action != "ruling"]
        before = [f for f in here if f.amount and f.amount.start < span.start + match.start]
        if before:
            return before + rulings
        if here and match.kind == "reduced":
            # "reduced the fine to RON 50,000", "paid the reduced fine of RON 50,000": the
            # figure told is what is left of the fine imposed — that fine, told elsewhere
            # with a larger sum, is the one reduced.
            original = _fine_reduced(here, facts)
            if original:
                return original + here + rulings
        if here:
            return here + rulings  # "reduced a €600,000 fine … to €250,000"
        if rulings and match.kind == "reduced" and _fine_reduced(rulings, facts):
            # "the court … reduced the fine to RON 50,000": the ruling's figure is what is
            # left of the fine imposed, not of another fine told with that figure
            return rulings + _fine_reduced(rulings, facts)
        if rulings:
            ruled = [
                f
                for f in facts
                if f.action in {"fine", "penalty_payment"}
                and f.respondent_key == rulings[0].respondent_key
            ]
            before = [f for f in ruled if f.start < span.start]
            # A lead telling the judgment before the fine it rules on ("On 28 October the
            # Supreme Court set aside the judgment that had annulled the AMCU's decision …"):
            # the party's fine told next.
            # (Not "partially upheld an appeal by X": the appeal's success, not the fine's.)
            after = [] if _AN_APPEAL.match(text, match.end) else ruled
            return rulings + (before[-1:] or [f for f in after if f.action == "fine"][:1])
    sought = _what_it_seeks_to_undo(match, text, facts, here, ctx.body)
    if sought:
        return sought
    broad = _BROAD.search(text, match.start)
    person = _person_subject(match, span, text, facts, ctx)
    if person:
        return person
    if here and not broad and _NEITHER_PAID.search(text, match.start, match.end):
        # "had paid neither the ₱3.2 million nor any of the daily fines": each measure of the
        # party, the one its sum names among them
        keys = {f.respondent_key for f in here}
        return here + [
            f for f in facts if f not in here and f.respondent_key in keys and f.action in MONETARY
        ]
    if here and not broad:
        # "is contesting its CZK 90,000 fine in court": the amount inside the statement;
        # "failing to pay a 20-million-euro fine": the amount right after says which.
        at, end = span.start + match.start, span.start + match.end
        inside = [f for f in here if f.amount and at <= f.amount.start < end]
        after = [f for f in here if f.amount and 0 <= f.amount.start - end < 40]
        if inside or after:
            return inside or after
        # "Kolomaz is contesting …, while Strela said it would seek annulment …": the party
        # named last before the statement, when the sentence is about several.
        named = [
            f
            for f in here
            if f.respondent
            and f.respondent.start < f.respondent.end <= at
            and f.respondent.start >= span.start
        ]
        if len({f.respondent_key for f in here}) > 1 and named:
            last = max(named, key=lambda f: f.respondent.start)
            return [f for f in here if f.respondent_key == last.respondent_key]
        # "Island Grid told *Grid & Meter* it … has paid the penalty": the party the sentence
        # opens with, whose measure was told before, not a name it tells after.
        keys = {f.respondent_key for f in here}
        opening = {
            f.respondent_key
            for f in facts
            if f.respondent_key
            and f.respondent_key not in keys
            and not _a_person(f, ctx.body)
            and _named_at(text[:40], f) == 0
            and f.start < span.start
        }
        if len(opening) == 1 and not any(_named_at(text[:40], f) == 0 for f in here):
            return [f for f in facts if f.respondent_key in opening]
        return here
    if not here and not broad and match.kind != "partially_paid":
        # "According to the filing, X paid the R$480,000 fine in May": the amount right after
        # the statement says which action, told elsewhere in the article. (Not a part paid:
        # "has paid Rs 1 crore of the fine" names a part, not another measure of that sum.)
        said = [
            m.money
            for m in find_money(
                text[match.start : match.end + 40], ctx.currency(span.start + match.end), ctx.body
            )
            if m.money is not None and m.start < match.end - match.start + 15
        ]
        named = [
            f
            for f in facts
            if f.amount
            and f.per is None
            and any(f.amount.amount == m.amount and f.amount.currency == m.currency for m in said)
        ]
        if named:
            return named
    if _THAT_PART.search(text[: match.start]):
        # "It also ordered Merca-Prim to remove the clauses. That part of the decision was
        # never challenged": the measure told last before, not the decision's fine.
        earlier = [f for f in facts if any(e <= span.start for _, e in f.mentions)]
        if earlier:
            return [max(earlier, key=lambda f: max(e for _, e in f.mentions if e <= span.start))]
    if not here and (that := _THAT_ONE.search(text, max(0, match.start - 15), match.end + 30)):
        # "In 2021 the AEPD fined Telvoria €70,000 … The company paid that fine", "That
        # penalty was paid": the action stated last before, not every action against the company.
        earlier = [f for f in facts if any(e <= span.start for _, e in f.mentions)]
        # "That order was not part of the appeal": the order told last, not the judgment
        # told after it
        kind = _THAT_KIND.get(that.group().split()[-1].casefold())
        earlier = [f for f in earlier if f.action == kind] or earlier
        if earlier:
            return [max(earlier, key=lambda f: max(e for _, e in f.mentions if e <= span.start))]
    if not broad and _BACK_REFERENCE.search(text) and quote_start < span.start:
        before = [f for f in facts if any(quote_start <= s < span.start for s, _ in f.mentions)]
        if before:
            return before
    if _SINGULAR_SUBJECT.search(text[max(0, match.start - 40) : match.start]) or (
        _SUBJECT_OPENS.match(text) and not respondents(text[: match.start], ctx.lexicon)
    ):
        # "The ICO said the company has not paid": the company last named before, which in a
        # round-up is not every company the regulator fined.
        # "It", "the company": not a person fined with it ("and its CEO, Jan Novak").
        # "Kestrel did not contest the decision; it paid …": the party the sentence named
        # before the pronoun, when it names one.
        named_before = {
            f.respondent_key
            for f in facts
            if f.respondent_key and not _a_person(f, ctx.body)
            for at in [_named_at(text[: match.start], f)]
            if at is not None
        }
        if len(named_before) == 1:
            return [f for f in facts if f.respondent_key in named_before]
        # "Lori did not go to court. Under an instalment plan it has so far paid …": the party
        # its paragraph named last before it, not the one whose measure was told last.
        paragraph = ctx.body.rfind("\n\n", 0, span.start) + 1
        named_last = _named_last(ctx.body[paragraph : span.start], facts, ctx)
        if named_last is not None:
            return [f for f in facts if f.respondent_key == named_last]
        earlier = [
            f
            for f in facts
            if f.start < span.start and f.respondent_key and not _a_person(f, ctx.body)
        ]
        if earlier:
            key = max(earlier, key=lambda f: f.start).respondent_key
            return [f for f in facts if f.respondent_key == key]
    # "Saúde Prime said it would not pay": the company the sentence names, before any
    # regulator it also names ("the ANPD's interpretation").
    by_name = [
        (m, f.respondent_key)
        for f in facts
        if f.respondent_key
        for m in [_named_at(text, f)]
        if m is not None
    ]
    if by_name:
        # "Zenlink, …, has gone to court to challenge both": every fact of the party named
        # first, whether told as "Zenlink Mobile Ltd" or as "Zenlink"
        first = min(by_name)[0]
        # "Norvik has since paid its fine, while Fjord Bakeri is appealing": the party named
        # first in the statement's own clause, when another clause before names another.
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, first, match.start)]
        in_clause = [at for at, _ in by_name if breaks and breaks[-1] <= at < match.start]
        if in_clause:
            first = min(in_clause)
        # "Los Maribios has filed …": the order's "Los Maribios" and the fine's "Microfinanciera
        # Los Maribios, S.A." are one party, the name told being part of the other's (not
        # "Faso Connect" for "Mutare Connect", found by its last word)
        run = _CAPITALISED_RUN.match(text, first)
        named = run.group().casefold() if run else ""
        keys = {key for at, key in by_name if at == first}
        keys |= {
            f.respondent_key
            for f in facts
            if named
            and f.respondent is not None
            and any(at > first and key == f.respondent_key for at, key in by_name)
            and named in f.respondent.text.casefold()
        }
        subject = text[first : match.start]
        if re.search(r"\band\b", subject) and not re.search(r"[,;:]", subject):
            # "Van der Berkel Transport B.V. and Mr Van der Berkel have lodged an objection":
            # each party the subject names
            keys |= {key for at, key in by_name if at < match.start}
        elif re.search(r"\band\b", subject):
            # "Serendib Merchant Bank, Kandyan Life Assurance and Ceylon Orient Bank have paid
            # their penalties": a list of names as the subject, each party named in it
            starts = sorted({at for at, _ in by_name if first <= at < match.start})
            chain = [first]
            for at in starts[1:]:
                if not _LISTED.fullmatch(text, chain[-1], at):
                    break
                chain.append(at)
            if len(chain) > 2 or (len(chain) == 2 and not re.search(r"[;:]", subject)):
                keys |= {key for at, key in by_name if at in chain}
        return [f for f in facts if f.respondent_key in keys]
    # A court named is where the appeal went ("a complaint … with the Administrative Court"),
    # not whose actions the sentence is about.
    named = {
        m.key
        for m in ctx.lexicon.mentions(text)
        if m.kind == "authority" and ctx.lexicon.authorities[m.key].kind != "court"
    }
    # (A regulator named as the source with no measure of its own here, "according to a CCA
    # compliance report", says nothing of whose measure it is: read on.)
    if named and (by_regulator := [f for f in facts if f.authority in named]):
        return by_regulator
    who = respondents(text, ctx.lexicon)
    if match.kind in {"complied", "not_complied"} and all(p.pronoun for p in who):
        # "… also ordered the school to remove the cameras. Parents tell us the cameras were
        # taken down last week.": the measure told last in the paragraph.
        paragraph = ctx.body.rfind("\n\n", 0, span.start)
        told = [
            (s, f)
            for f in facts
            if f.action in {"order", "ban"}
            for s, _ in f.mentions
            if paragraph <= s < span.start
        ]
        if told:
            return [max(told, key=lambda item: item[0])[1]]
    if not any(not p.pronoun for p in who) and _another_company_opens(text, facts, ctx):
        return []
    named_here = next((p.name for p in who if not p.pronoun), None)
    key = respondent_key(named_here or ctx.main_respondent or "")
    if named_here is None:
        key = _named_in_section(span, facts, ctx) or key
    targets = [f for f in facts if f.respondent_key == key] if key else []
    if match.kind in _COURT_OUTCOMES:
        targets = [f for f in targets if f.action in {"fine", "penalty_payment"}]
    return targets


# "All three banks have paid", "both lenders have appealed", "the fines have since been
# settled", "all of them have complied": a subject that is several parties (or measures) told
# before makes the statement each one's, not only that of the party named last.
_GROUP_NOUN = (
    r"banks|companies|firms|lenders|operators|insurers|businesses|groups|platforms|providers"
    r"|retailers|respondents|institutions|brokers|brokerages|traders|carriers|airlines"
    r"|utilities|hospitals|clinics|pharmacies|parties|defendants|entities|suppliers"
    r"|manufacturers|dealers|distributors|exchanges|funds|managers|clubs|schools|stores"
    r"|supermarkets|shops|developers|agents|telcos|insurance\s+companies|microfinanc\w+"
    r"|(?P<measure>fines|penalties|sanctions|fees|decisions|orders|amounts|sums|measures)"
)
_GROUP_SUBJECT = compiled(
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|whereas)\s+)\W*"
    r"(?:(?P<all>all|both|each|none|neither)\s+(?:of\s+)?)?(?P<the>the\s+|these\s+|those\s+)?"
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?P<noun>" + _GROUP_NOUN + r")\b|of\s+them\b"
    # "they have all paid" (with "all" or "both" after); "each bank has paid"
    r"|(?P<they>they)\b|(?<=each\s)[\w-]+)?"
    r"\s*(?P<tail>(?:(?:have|has|had|were|are|was|is|also|since|now|already|duly|all|both|each"
    r"|so\s+far|then|later|subsequently|meanwhile|reportedly|not|yet|still)\s+)*)$",
    re.I,
)
# The subject inside the statement: "the fines have been settled", "none of the banks has paid".
_GROUP_HEAD = compiled(
    r"(?:fines|penalties|sanctions|sums|amounts|decisions|orders)\b"
    r"|(?:none|neither)\s+of\s+[^.;]{1,50}?(?=\s+(?:has|have|had|was|were|is|are)\b)",
    re.I,
)
_ALL_OR_BOTH = compiled(r"\b(all|both)\b", re.I)
_COUNT = {"both": 2, **_NUMBER, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SOME_OF_THEM = compiled(r"\b(?:other|others|remaining|rest|latter|former|two\s+of)\b", re.I)


def _group_subject(
    match: Match, span: Span, text: str, facts: list[Fact], ctx: _ArticleContext
) -> list[Fact]:
    """The facts of each party (or each measure) a plural subject stands for: the parties told
    before in the section, the last n of them when it counts them ("all three", "both")."""
    subject = text[: match.start]
    if head := _GROUP_HEAD.match(text, match.start):
        subject += head.group() + " "  # "the fines have been settled": the match opens on it
    # "The three lenders, which deny wrongdoing, have appealed"
    found = _GROUP_SUBJECT.search(_RELATIVE.sub("", subject[-160:]))
    if found is None or not (found.group("noun") or found.group("all") or found.group("they")):
        return []
    every = _ALL_OR_BOTH.search(found.group("tail") + text[match.start : match.end])
    if found.group("they") and not every:
        return []  # "they have paid": whoever they are
    if not (found.group("all") or found.group("n") or found.group("the") or every):
        return []  # "banks have paid" in a general sentence
    if _SOME_OF_THEM.search(found.group()):
        return []  # "the other two banks", "the remaining lenders": not every party told
    word = (found.group("n") or found.group("all") or (every and every.group(1)) or "").casefold()
    count = _COUNT.get(word) or (int(word) if word.isdigit() else None)
    headings = body_headings(ctx.body, 0, span.start)
    section = max(headings[-1].end() if headings else 0, span.start - _ANAPHORA_REACH)
    told = _told_between(facts, section, span.start)
    if not told and (found.group("all") or found.group("n")):
        # "**Market bans** … None of the respondents has paid any of the amounts ordered":
        # the section tells none of the measures the statement can be about (the bans are
        # not paid), so the parties counted are those the article told them of before.
        told = _told_between(facts, 0, span.start)
    if found.group("measure"):
        told.sort(key=lambda item: item[0], reverse=True)
        chosen = [f for _, f in told][: count or None]
        return chosen if len(chosen) >= 2 and (count is None or len(chosen) == count) else []
    last: dict[str, int] = {}
    for at, fact in told:
        if fact.respondent_key:
            last[fact.respondent_key] = max(last.get(fact.respondent_key, -1), at)
    keys = sorted(last, key=lambda k: last[k], reverse=True)[: count or None]
    if len(keys) < 2 or (count is not None and len(keys) < count):
        return []
    return [f for f in facts if f.respondent_key in keys]


def _told_between(facts: list[Fact], start: int, end: int) -> list[tuple[int, Fact]]:
    """(last mention, fact) of each fact told from START to END."""
    return [
        (max(s for s, _ in f.mentions if start <= s < end), f)
        for f in facts
        if any(start <= s < end for s, _ in f.mentions)
    ]


_OPENING_NAME = compiled(r"\W*([A-ZÀ-Ž][\w’'&-]+)\s+(?:is|was|has|had|have|are|were|said|says)\b")


def _another_company_opens(text: str, facts: list[Fact], ctx: _ArticleContext) -> bool:
    """ "Pinegate is contesting the case": a sentence whose subject is a company the article
    names in full elsewhere ("Pinegate Tickets Ltd.") with no action of its own told — its
    case, not the main party's."""
    opening = _OPENING_NAME.match(text)
    if opening is None:
        return False
    word = opening.group(1)
    if respondent_key(word) in {f.respondent_key for f in facts} | {
        respondent_key(ctx.main_respondent or "")
    }:
        return False
    if any(m.kind == "authority" for m in ctx.lexicon.mentions(word)):
        return False
    named = re.finditer(rf"\b{re.escape(word)}((?:\s+[A-ZÀ-Ž][\w’'&.-]*){{0,3}})", ctx.body)
    return any(
        {w.casefold().rstrip(".,") for w in found.group(1).split()} & CORPORATE_WORDS
        for found in named
    )


def _named_in_section(span: Span, facts: list[Fact], ctx: _ArticleContext) -> str | None:
    """ "… rejected an appeal by Distribuidora Yaque. … The TSA found the amount proportionate
    and upheld the agency's decision in full": a statement naming no party, in a story of
    several, is about the one its section (up to the heading before) named last."""
    headings = body_headings(ctx.body, 0, span.start)
    section = headings[-1].end() if headings else 0
    start = max(section, span.start - _ANAPHORA_REACH)
    return _named_last(ctx.body[start : span.start], facts, ctx)


def _named_last(text: str, facts: list[Fact], ctx: _ArticleContext) -> str | None:
    """The key of the (non-person) party `text` names last, if it names any."""
    last: tuple[int, str] | None = None
    for fact in facts:
        if not fact.respondent_key or _a_person(fact, ctx.body):
            continue
        at, found = 0, None
        while (hit := _named_at(text[at:], fact)) is not None:
            found, at = at + hit, at + hit + 1
        if found is not None and (last is None or found > last[0]):
            last = (found, fact.respondent_key)
    return last[1] if last else None


_PERSON_NAME = compiled(r"[A-ZÀ-Ž][\w'’-]+(?:\s+[A-ZÀ-Ž][\w'’-]+){1,2}")
# "Wrzos has not paid his fine. His lawyer said he would challenge it": he, his lawyer.
_HIS_HER_APPEAL = compiled(
    r"\b(?:his|her)\s+(?:[\w-]+\s+)?(?:appeal|challenge|application|claim)s?\b", re.I
)
_PERSONAL_SUBJECT = compiled(r"\b(?:he|she|his|her)\b(?:\s+[\w-]+){0,3}\s*$", re.I)


def _a_person(fact: Fact, body: str) -> bool:
    """ "Tomasz Wrzos", called "Wrzos" later: a person fined, not a company (a table's
    "Julián Arrieta Sanz (former CEO)" too: the role in brackets is not the name)."""
    name = _NAME_IN_PARENTHESES.sub("", fact.respondent.text).strip() if fact.respondent else ""
    if (
        not _PERSON_NAME.fullmatch(name)
        or any(w.casefold().strip(".") in _CORPORATE_FORMS for w in name.split())
        or business_name(name)  # "Nile Delta Securities", called "Nile Delta"
    ):
        return False
    # "Samudra Lintas Nusantara" is never called "Nusantara" alone: the name before its last
    # word is all of the rest of it, not only the first word.
    last, rest = name.split()[-1], " ".join(name.split()[:-1])
    alone = cached_pattern(rf"\b{re.escape(last)}\b").finditer(body)
    # (Not the last word of another name: "Dhaulagiri Air" beside "Tara Summit Air" is two
    # airlines, where a surname alone follows a title or no name: "Mr Wrzos", "Wrzos said".)
    return any(
        not body[max(0, m.start() - len(rest) - 1) : m.start()].startswith(rest)
        and not _ANOTHER_NAME_BEFORE.search(body, max(0, m.start() - 30), m.start())
        for m in alone
    )


_ANOTHER_NAME_BEFORE = compiled(
    r"\b(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Judge|Justice|Sir|Dame|Lord|Lady|Mx|Herr|Frau)\b)"
    r"[A-ZÀ-Ž][a-zà-ž][\w'’-]*[ \t]+$"
)


def _person_subject(
    match: Match,
    span: Span,
    text: str,
    facts: list[Fact],
    ctx: _ArticleContext,
    told: bool = False,
) -> list[Fact]:
    """A status said of "he" or "his lawyer" is the person's named last before, not the
    company's fined with them. (`told`: the caller found the pronoun already.)"""
    if not told and (
        not _PERSONAL_SUBJECT.search(text, 0, match.start)
        or respondents(text[: match.start], ctx.lexicon)
    ):
        return []
    people = [
        f
        for f in facts
        if f.respondent and (_a_person(f, ctx.body) or _introduced_person(f.respondent.text, ctx))
    ]
    if not people:
        return []
    window = max(0, span.start - _ANAPHORA_REACH)
    last_at: dict[str, int] = {}
    for fact in facts:
        if not fact.respondent or not fact.respondent_key:
            continue
        named = [
            window + m.start()
            for word in {fact.respondent_key, fold(_last_word(fact.respondent.text))}
            if len(word) > 3
            for m in cached_pattern(rf"\b{re.escape(word)}\b").finditer(
                fold(ctx.body[window : span.start + match.start])
            )
        ]
        named += [
            window + m.start()
            for word in _surnames(fact)
            for m in cached_pattern(rf"\b{_TITLE}{re.escape(word)}\b").finditer(
                ctx.body[window : span.start + match.start]
            )
        ]
        if named:
            last_at[fact.respondent_key] = max(last_at.get(fact.respondent_key, -1), *named)
    if not last_at:
        return []
    key = max(last_at, key=lambda k: last_at[k])
    return [f for f in people if f.respondent_key == key]


def _introduced_person(name: str, ctx: _ArticleContext) -> bool:
    """ "former vice-president Colleen Marsh … Ms. Marsh agreed to pay": a party named by the
    surname of a person the article introduced."""
    surname = respondent_key(name, personal=True)
    return any(respondent_key(p.name, personal=True) == surname for p in ctx.people())


def _named_at(text: str, fact: Fact) -> int | None:
    """Where `text` names the fact's party: by its key ("Clearview"), or by the last word of
    its name, as copy calls people by surname ("Tomasz Wrzos" … "Wrzos") and companies by
    their distinctive word ("Dom Maklerski Nadodrze S.A." … "Nadodrze")."""
    at = find_respondent(text, fact.respondent_key or "")
    if at is not None and fact.respondent is not None:
        # "Island Grid Distribution" is not "the east of the island": a name capitalised is
        # not its word in lower case (but "van der Berkel" may be told either way)
        name = fact.respondent.text
        offset = 0
        while at is not None and _lower_case_of(text, offset + at, name):
            offset += at + 1
            at = find_respondent(text[offset:], fact.respondent_key or "")
        at = None if at is None else offset + at
    if at is not None or fact.respondent is None:
        return at
    titled = _titled_surname_at(text, fact)
    if titled is not None:
        return titled
    words = [
        w
        for w in re.findall(r"[\w'’-]+", fact.respondent.text)
        if w.casefold().strip(".") not in _CORPORATE_FORMS and len(w) > 2  # not "S.A."'s "A"
    ]
    last = words[-1] if len(words) > 1 else ""
    if len(last) < 4 or not last[0].isupper() or last.isupper() or last.casefold() in _KIND_WORDS:
        return None
    # Not the last word of another party's name: "Kinabalu Biomass Power" does not name "Nam
    # Xeuang Hydro Power" (the word before it is neither this name's own nor a title).
    own = words[-2]
    for found in cached_pattern(rf"\b{re.escape(last)}\b").finditer(text):
        before = _ANOTHER_NAME_BEFORE.search(text, max(0, found.start() - 30), found.start())
        if before is None or before.group().split()[0] == own:
            return found.start()
    return None


# A person called by a title and one word of a longer name: "Julián Arrieta Sanz" … "Mr
# Arrieta" (Spanish and Portuguese double surnames; a middle name kept in copy). The title
# makes the word a surname, not another name's last word.
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Srta|Herr|Frau|M|Mme)\.?\s+"
_NAME_IN_PARENTHESES = compiled(r"\s*\([^()]*\)")
# Up to four words: "Rui Pedro Couto Amaral" (two given names, two surnames).
_LONG_PERSON_NAME = compiled(r"[A-ZÀ-Ž][\w'’-]+(?:\s+[A-ZÀ-Ž][\w'’-]+){1,3}")


def _surnames(fact: Fact) -> list[str]:
    """The words after the first of a person's name ("Arrieta", "Sanz"), if it is one."""
    if fact.respondent is None:
        return []
    name = _NAME_IN_PARENTHESES.sub("", fact.respondent.text).strip()
    if not _LONG_PERSON_NAME.fullmatch(name) or business_name(name):
        return []
    words = name.split()
    if any(w.casefold().strip(".") in _CORPORATE_FORMS for w in words):
        return []
    return [w for w in words[1:] if len(w) > 3 and not w.isupper()]


def _titled_surname_at(text: str, fact: Fact) -> int | None:
    """Where `text` calls the fact's person by a title and one of their surnames."""
    found = [
        m.start()
        for word in _surnames(fact)
        for m in [cached_pattern(rf"\b{_TITLE}{re.escape(word)}\b").search(text)]
        if m
    ]
    return min(found) if found else None


_CORPORATE_FORMS = CORPORATE_WORDS
# A name's last word that says what kind of party it is names no one party: "Alpha Bank and
# Gamma Bank have paid; Beta Bank has appealed" (nor "the Bank", the central bank).
_KIND_WORDS = frozenset(DESCRIPTOR_NOUNS) | {
    "bank",
    "banks",
    "group",
    "insurance",
    "holdings",
    "securities",
    "capital",
    "finance",
    "trust",
    "services",
    "solutions",
    "partners",
    "industries",
    "international",
    "brokers",
    "bakery",
    "pharmacy",
    "clinic",
    "hospital",
    "school",
    "motors",
    "cooperative",
    "fund",
}
# A name in a list of names, up to the next: "Kandyan Life Assurance, ", "Ceylon Orient Bank and "
_CAPITALISED_RUN = compiled(r"[A-ZÀ-Ž][\w’'&.-]*(?:\s+[A-ZÀ-Ž][\w’'&.-]*)*")
_LISTED = compiled(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _lower_case_of(text: str, at: int, name: str) -> bool:
    """Whether the word at `at` is in lower case where the name writes it capitalised."""
    word = re.match(r"[\w’'-]+", text[at:])
    return bool(
        word
        and word.group().islower()
        and re.search(rf"\b{re.escape(word.group().capitalize())}\b", name)
        and not re.search(rf"\b{re.escape(word.group())}\b", name)
    )


def _claimant(match: Match, text: str, ctx: _ArticleContext) -> str | None:
    """Whose claim a status is: the company's when it (or "the company", "it", a pronoun) is
    the one saying so; a regulator's statement is reported as fact."""
    # The reporting verb nearest before the statement is the one that reports it.
    speaker = next(reversed(list(speaker_pattern().finditer(text[: match.start]))), None)
    company = ctx.main_respondent
    if match.kind == "disputed":
        named = [p for p in respondents(text, ctx.lexicon) if not p.pronoun]
        return named[0].name if named else company
    if speaker is None:
        return None
    who = speaker.group("who")
    if any(m.kind == "authority" for m in ctx.lexicon.mentions(who)):
        return None  # "the CNIL said Clearview failed to …": the regulator reporting
    named = [p.name for p in respondents(text, ctx.lexicon) if not p.pronoun]
    return named[0] if named else company


# "… and has annulled a second sanction altogether": another measure annulled beside the one
# reduced.
_ANOTHER_ANNULLED = compiled(
    r"\b(?:annull?ed|overturned|quashed|set\s+aside)\s+(?:in\s+full\s+|entirely\s+)?"
    r"(?:a|the|its)\s+(?:second|separate|other|further)\b|\bannull?ed\s+another\b",
    re.I,
)


# "The amount actually paid was €1.14 million": less than imposed, and paid.
_PAID_LESS = compiled(
    r"\b(?:amount|sum)\s+(?:actually|finally|ultimately|effectively)\s+paid\b", re.I
)
# "had paid the reduced fine of RON 50,000 after the judgment": what the court left, paid.
_PAID_REDUCED = compiled(r"\bpaid\s+(?:the|a|its|their)\s+reduced\b", re.I)
_PART_PAID = compiled(
    r"\bpa(?:id|ying|ys)\s+(?:only\s+)?(?:half|a\s+(?:third|quarter)|\d+\s?(?:%|per\s?cent))\s+of"
    rf"|{_PAID_REDUCED.pattern}|{_PAID_LESS.pattern}",
    re.I,
)


# The measure itself told left unchallenged: "The roll-out order was not challenged", "That
# order was not part of the appeal", "the daily fines were not before the court".
_LEFT_UNCHALLENGED = compiled(
    r"\b(?P<what>[\w-]+)\s+(?:(?:was|were|is|are)\s+(?:not|never)|(?:has|have|had)\s+(?:not|never)"
    r"\s+been)\s+(?:appealed|challenged|contested|(?:part|the\s+subject)\s+of|before\s+the)\b",
    re.I,
)
_LAST_SENTENCE = compiled(r"(?<=[.!?])\s+(?=[A-Z\W])")
# The words that name each kind of measure.
_KIND_NAMED = {
    "order": compiled(r"\b(?:orders?|ordered|direct\w*|instruct\w*|requir\w*)\b", re.I),
    "ban": compiled(r"\b(?:bans?|banned|prohibit\w*|suspen\w*|revo\w*|disqualif\w*)\b", re.I),
    "penalty_payment": compiled(
        r"\b(?:daily|weekly|periodic|penalty\s+payments?|astreintes?|per\s+day|a\s+day)\b", re.I
    ),
}


def _unchallenged_measure(fact: Fact, body: str) -> None:
    """An order (a ban, a periodic penalty) a sentence names and tells unchallenged was not
    appealed, whatever a statement about the parties' appeals in general ("Both operators
    applied for annulment", "it obtained a stay of payment") gave it: an appeal is kept only
    where its sentence names that kind of measure."""
    named = _KIND_NAMED.get(fact.action)
    if named is None or not any(
        s.status == "not_appealed"
        and (told := _LEFT_UNCHALLENGED.search(body, s.start, s.end))
        and named.fullmatch(told.group("what"))
        for s in fact.statuses
    ):
        return
    # The statement's own sentence (a quote may open on the sentence before, which told the
    # order itself)
    fact.statuses = [
        s
        for s in fact.statuses
        if s.status != "appealed" or named.search(_LAST_SENTENCE.split(body[s.start : s.end])[-1])
    ]


def _names_the_sum(fact: Fact, body: str, status: Status) -> bool:
    """Whether the statement's own sentence names the fact's sum ("annulled the EUR 30,000
    fine")."""
    if fact.amount is None:
        return False
    said = _LAST_SENTENCE.split(body[status.start : status.end])[-1]
    return any(a.text in said for a in (fact.amount, *fact.variants))


def _annulled_by_its_sum(fact: Fact, body: str) -> None:
    """Of two fines a judgment dealt with, the one a sentence names by its sum as annulled
    was annulled — not cut, as a sentence about the other fine ("reduced the dairy's fine to
    €80,000") gave it when it read the party wrong."""
    if fact.action != "fine" or not any(
        s.status == "overturned" and _names_the_sum(fact, body, s) for s in fact.statuses
    ):
        return
    fact.statuses = [
        s for s in fact.statuses if s.status != "reduced" or _names_the_sum(fact, body, s)
    ]


def _derive_statuses(fact: Fact, body: str) -> None:
    """A court that overturned, reduced or upheld a fine heard an appeal against it."""
    _unchallenged_measure(fact, body)
    _annulled_by_its_sum(fact, body)
    if any(s.status == "reduced" for s in fact.statuses):
        # "annulled the part of the decision concerning Article 12(3)" and cut the fine: the
        # fine stands, reduced. A ruling that also annulled another measure did both.
        fact.statuses = [
            s
            for s in fact.statuses
            if s.status != "overturned"
            or (fact.action == "ruling" and _ANOTHER_ANNULLED.search(body, s.start, s.end))
        ]
    # Not "paying half of the fine" under a reduced-payment rule: no court was asked.
    court = [
        s
        for s in fact.statuses
        if s.status in {"overturned", "upheld"}
        or (s.status == "reduced" and not _PART_PAID.search(body, s.start, s.end))
    ]
    # "The amount actually paid was €1.14 million": paid, less than imposed.
    told_paid = [
        s
        for s in fact.statuses
        if s.status == "reduced"
        and (_PAID_LESS.search(body, s.start, s.end) or _PAID_REDUCED.search(body, s.start, s.end))
    ]
    if told_paid and not any(s.status == "paid" for s in fact.statuses):
        fact.statuses.append(Status(status="paid", start=told_paid[0].start, end=told_paid[0].end))
    if court and not any(s.status == "appealed" for s in fact.statuses):
        fact.statuses.append(Status(status="appealed", start=court[0].start, end=court[0].end))
