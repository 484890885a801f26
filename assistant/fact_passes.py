"""Passes over an article's facts that fill what one mention left open from the facts around
it (a regulator, a date, a court, the main party's one name) and drop what is no action of
its own (a total of amounts listed apart, a heading restating one).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .actions import MONETARY
from .article_context import _ANAPHORA_REACH, _HEADING, _ArticleContext
from .dates import find_dates
from .fact_field_regulator import field_regulators
from .fact_fields import _REVIEWER, _located_date, _not_an_actions_day
from .fact_merge import _written_as
from .fact_model import Fact, Located, same_sum
from .fact_rulings import _is_court
from .fact_statuses import _last_word, _same_party
from .fact_violations import _LIST_ITEM, _sections_go_on
from .models import Article
from .money import find_money
from .numbers import SMALL_COUNT_WORDS
from .parties import AuthorityMention, authorities, fold, makers, respondent_key
from .pattern_cache import cached_pattern, compiled
from .people import business_name, looks_personal
from .text import Span

_CALLED_TOTAL = compiled(r"\b(?:a\s+total\s+of|in\s+total|totall?(?:ing|ed)|combined)\W*$", re.I)
# A sentence summing actions already told: "both sanctions", "the two fines … together".
# ("The combined penalty of Shs14.6 billion" after each operator's own: their sum.)
_RESTATES_PARTS = compiled(
    r"\b(?:both|the\s+(?:two|three)|these|all\s+three)\s+(?:[\w-]+\s+)?"
    r"(?:fines|penalties|sanctions|decisions|amounts)\b"
    r"|\bthe\s+combined\s+(?:[\w-]+\s+)?(?:fines?|penalt(?:y|ies)|sanctions?|sum|amount)\b",
    re.I,
)


def _fold_headings(facts: list[Fact], body: str) -> list[Fact]:
    """A heading's amount ("## Canada: C$250,000 penalty for a lender") is the one the section
    then reports, whoever the heading seemed to be about: one fact, quoted from the body."""

    def heading(start: int) -> bool:
        return bool(_HEADING.match(body, body.rfind("\n", 0, start) + 1))

    folded = []
    for fact in facts:
        if fact.amount is None or not all(heading(s) for s, _ in fact.mentions):
            continue
        reported = [
            f
            for f in facts
            if f is not fact
            and f.amount
            and f.action == fact.action
            and f.start > fact.start
            and not heading(f.start)
            and same_sum(f.amount, fact.amount)
            and _written_as(f, fact)
        ]
        if reported:
            target = min(reported, key=lambda f: f.start)  # the section's first report of it
            target.mentions += fact.mentions
            folded.append(fact)
    return [f for f in facts if f not in folded]


_REFERS_BACK = compiled(
    r"\W*(?:The|This|That|Its|Their)\s+(?:[\w’'-]+\s+){0,2}"
    r"(?:order|decision|injunction|ban|notice|ruling|judgment|fine|penalty)\b"
)


# A measure told as part of the decision or deal that fined the party: "In addition to the
# fine, we have ordered …", "The (proposed) consent judgment also requires X to …".
_IN_ADDITION = compiled(
    r"\W*(?:In\s+addition\s+to|Alongside|As\s+well\s+as|Besides|On\s+top\s+of)\s+the\s+"
    r"(?:administrative\s+|monetary\s+|financial\s+|civil\s+|pecuniary\s+)?(?P<measure>fine|penalty|sanction|payment|ban|prohibition)s?\b"
    r"|[^.;]{0,60}?\b(?:consent\s+)?(?:judgm?ent|judgement|decree|settlement|agreement)\s+"
    r"(?:also\s+)?requires\b"
    # "The order also directs Coastline to cease and desist": the (consent) order that fined
    # it — not "The CNIL's order", an order of its own told before
    r"|\W*The\s+(?:consent\s+)?order\s+also\s+(?:requires|directs|obliges|bars|prohibits)\b",
    re.I,
)


def _in_addition(facts: list[Fact], body: str) -> None:
    """ "In addition to the fine, we have ordered Varnholt to …": a measure of the decision
    that fined the party, dated by it, wherever in the article it is told."""
    for fact in facts:
        told = fact.mentions[0][0]
        beside = _IN_ADDITION.match(body, told)
        if fact.date is not None or fact.action in MONETARY or not beside:
            continue
        # "Besides the ban, it requires X to delete …": the decision (or deal) with the ban.
        banned = beside.group("measure") in {"ban", "prohibition"}
        kinds = MONETARY | {"ban"} if banned else MONETARY
        fines = [
            f
            for f in facts
            if f.action in kinds
            and f.respondent_key == fact.respondent_key
            and (f.date is not None or f.announced is not None)
            and f.start < told
        ]
        if not fines:
            # "In addition to the financial penalty, the DGCA suspended the approval of the
            # airline's head of training": the same decision, though against its officer.
            fines = [
                f
                for f in facts
                if f.action in kinds
                and f.authority is not None
                and f.authority == fact.authority
                and f.date is not None
                and f.start < told
            ]
        if fines:
            fine = max(fines, key=lambda f: f.start)
            fact.date = fine.date
            fact.announced = fact.announced or fine.announced
            if fact.authority is None:
                fact.authority, fact.jurisdiction = fine.authority, fine.jurisdiction


_ALSO = compiled(
    r"\b(?:also|further|additionally)\s+(?:fined|imposed|ordered|sanctioned|penalised|penalized"
    r"|directed|required|banned|barred|prohibited|suspended|revoked)\b"
)


# A measure told as part of the decision just told: "It also issued an injunction …,
# accompanied by a penalty of €750 per day of delay", "Her Honour also made an order …",
# "If the company does not do so, it will have to pay a penalty payment of €100,000 per day".
# (Not "on top of a $22M sanction it slapped the company with last year": a later one; not
# "the threat of further fines".)
_PART_OF_IT = compiled(
    r"\b(?:also|further|additionally)\s+(?:\w+ly\s+)?(?!(?:be|been|being|has|have|had|is|was"
    r"|were|are)\b)(?:[a-z]+ed|made|gave|took|set|put|won|requires|orders|bans|imposes|directs"
    r"|prohibits|obliges)\b"
    r"|\b(?:in\s+addition|as\s+well\s+as|alongside|together\s+with|coupled\s+with"
    r"|accompanied\s+by|backed\s+by)\b",
    re.I,
)
# … or, opening its sentence, as what follows if the measure told just before is not met.
_IF_NOT_MET = compiled(
    r"\W*(?:If\s+(?:it|they|the\s+\w+|[A-Z][\w-]+)\s+(?:does\s+not|do\s+not|doesn['’]t"
    r"|fails\s+to|failed\s+to)\b|Failing\s+(?:that|this|which|compliance)\b|Otherwise\b)"
)


def _part_of_the_decision(facts: list[Fact], sentences: Sequence[Span], body: str) -> None:
    """An undated measure its sentence tells as part of the decision told just before in the
    same paragraph, against the same party, has that decision's date — a periodic penalty
    too, when linked so ("accompanied by a penalty of €750 per day"): it was imposed then,
    whenever it starts to run."""
    ends = {span.end: span for span in sentences}
    for fact in facts:
        own = ends.get(fact.mentions[0][1])
        if fact.date is not None or fact.action == "ruling" or own is None:
            continue
        linked = _PART_OF_IT.search(body, own.start, own.end) or _IF_NOT_MET.match(body, own.start)
        if not linked or _REFERS_BACK.match(body, own.start):
            continue  # not "The CNIL's order also instructed …": an order told before
        decisions = [
            (s, f)
            for f in facts
            if f is not fact
            and f.action != "ruling"
            and f.date is not None
            and f.respondent_key == fact.respondent_key
            for s, _ in f.mentions
            if s <= own.start and "\n\n" not in body[s : own.start]
        ]
        if decisions:
            decision = max(decisions, key=lambda item: item[0])[1]
            fact.date = decision.date
            fact.announced = fact.announced or decision.announced


def _continue_paragraphs(facts: list[Fact], body: str) -> None:
    """ "On March 25 the CFPB fined Sendwise $1.75 million … The Bureau also banned Sendwise
    …": an action told next in the same paragraph, against the same party, with no date or
    regulator of its own, has those of the action before it."""
    ordered = sorted(facts, key=lambda f: f.start)
    for before, fact in itertools.pairwise(ordered):
        told = fact.mentions[0][0]
        if (
            fact.action == "ruling"
            or before.action == "ruling"
            or fact.respondent_key != before.respondent_key
            # told in the same paragraph (the action before may have been told earlier too),
            # or in the next one as the same regulator's "also" ("The PIPC also fined Daon") …
            or not any(
                s <= told
                and (
                    "\n\n" not in body[s:told]
                    or (
                        body[s:told].count("\n\n") == 1
                        and fact.authority is not None
                        and fact.authority == before.authority
                        and _ALSO.search(body, told, fact.mentions[0][1])
                    )
                )
                for s, _ in before.mentions
            )
            # … as a new action, not "The CNIL's order also instructed …" (an earlier one)
            or _REFERS_BACK.match(body, told)
            or (fact.authority and before.authority and fact.authority != before.authority)
        ):
            continue
        if fact.authority is None and fact.jurisdiction in {None, before.jurisdiction}:
            fact.authority, fact.jurisdiction = before.authority, before.jurisdiction
        # A daily rate threatened in a decision runs from a later day (or is liquidated by a
        # later decision): it is not dated by the decision told before it.
        if fact.date is None and before.date is not None and fact.per is None:
            fact.date = before.date
        if fact.date is None and fact.announced is None and fact.per is None:
            # "Hungary's NAIH announced on 17 March a fine … The NAIH also ordered …"
            fact.announced = before.announced


# The body that decided, named again as the subject of a measure told later in the story: "The
# bench directed X to publish corrective advertisements", "The panel also barred him", "The
# five-member panel ordered …", "The 3-member bench …" (as many members as it has).
_THE_DECIDING_BODY = compiled(
    r"\W*(?:The|Its)\s+(?:[\w]+-member\s+|full\s+)?(?:bench|panel|board"
    r"|commission|committee|tribunal)\s+(?:also\s+)?(?:directed|ordered|required|barred|banned"
    r"|prohibited|instructed)\b"
)


def _deciding_body_goes_on(facts: list[Fact], body: str) -> None:
    """ "… fined Crescent Skyline Rs 150 million on Tuesday. The commission also fined its
    agent … In its order, the bench held … The bench directed Crescent Skyline to publish
    corrective advertisements": an undated measure the deciding body is said to have taken,
    told on in the same story (no heading between, every measure since of that regulator and
    of no other day), is of the decision that fined the party."""
    ordered = sorted(facts, key=lambda f: f.start)
    for index, fact in enumerate(ordered):
        told = fact.mentions[0][0]
        if (
            fact.date is not None
            or fact.action not in {"order", "ban"}
            or not _THE_DECIDING_BODY.match(body, told)
        ):
            continue
        before = [f for f in ordered[:index] if f.action != "ruling"]
        same = [
            f
            for f in before
            if _same_party(f, fact)
            and f.authority is not None
            and f.authority == fact.authority
            and f.date is not None
        ]
        if not same:
            continue
        last = same[-1]
        since = before[before.index(last) + 1 :]
        if _HEADING.search(body, last.mentions[0][0], told) or not all(
            f.authority == last.authority and (f.date is None or f.date.text == last.date.text)
            for f in since
        ):
            continue
        fact.date = last.date


def _listed_alike(facts: list[Fact]) -> None:
    """ "ÚOHS also banned A, B and C from public tenders": one measure told once against each
    party listed has one day — the one any of them was given (by the fine told before A's)."""
    for fact in facts:
        if fact.date is not None or fact.action in MONETARY or fact.action == "ruling":
            continue
        same = [
            f
            for f in facts
            if f.action == fact.action
            and f.date is not None
            and f.mentions[0] == fact.mentions[0]
            and f.respondent_key != fact.respondent_key
        ]
        if same:
            fact.date, fact.announced = same[0].date, fact.announced or same[0].announced


# A total over several parties: "fined two laundry firms and one of their executives a
# combined …", "fined Acme and Brix a total of …", "penalised the three banks €9 million in all".
_SEVERAL_PARTIES = compiled(
    rf"\b(?:{SMALL_COUNT_WORDS}|several|both|\d+)\s+(?:of\s+(?:the|their)"
    r"\s+)?(?:[\w-]+\s+){0,3}?(?:companies|firms|businesses|banks|groups|entities|parties"
    r"|people|persons|individuals|executives|airlines|platforms"
    # and any doers ("lenders", "directors", "four fuel importers", "three dairy processors")
    r"|(?!orders\b|others\b)[a-z]+(?:ers|ors))\b"
    r"|\band\s+(?:one|two|three|some|several)\s+of\s+(?:their|its|the)\b"
    # a company and one of its people: "a fuel wholesaler and its operations manager", "the
    # bank and its chief executive", "Alder Ltd and its former owner"
    r"|\band\s+(?:its|their)\s+(?:former\s+|then\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[a-z]+(?:er|or|ive|ent|ant)|owner|director|officers?|subsidiary|parent|affiliate)\b"
    r"|\b(?:fined|penali[sz]ed|sanctioned)\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*\s+and\s+[A-Z]",
)


def _over_several_parties(total: Fact, body: str) -> bool:
    """The clause that tells the total names more than one party before the amount."""
    assert total.amount is not None
    sentence = body.rfind("\n", 0, total.amount.start) + 1
    told = max([sentence, *(s for s, _ in total.mentions if s <= total.amount.start)])
    return _SEVERAL_PARTIES.search(body, told, total.amount.start) is not None


def _drop_totals(facts: list[Fact], body: str) -> list[Fact]:
    """ "Copperleaf has agreed to pay $3.4 million … a $500,000 civil penalty and $2.9 million in
    restitution": a headline figure that is the sum of amounts the article lists separately
    for the same party is their total, not another action. One the copy calls a total ("fined
    Google a total of €150 million") is the action, whatever else adds up to it — unless it
    is the total over several parties whose own amounts the article tells next."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    totals = []
    for total in monetary:
        assert total.amount is not None
        # "The CNMC adopted both sanctions …, for a combined €3.2 million": a sum of the
        # actions told before it, wherever they were told.
        restated = _RESTATES_PARTS.search(body, total.start, total.end) is not None
        called = _CALLED_TOTAL.search(body, max(0, total.amount.start - 30), total.amount.start)
        # "fined two firms and an executive a combined R$82 million … Alvorada received R$48
        # million. Brix was fined …": each party's amount, told after the sum of them all.
        several = bool(called) and not restated and _over_several_parties(total, body)
        if called and not restated and not several:
            continue
        parts = [
            f
            for f in monetary
            if f is not total
            # (a sum the sentence says restates the parts told before is theirs, whoever's)
            and (several or restated or f.respondent_key == total.respondent_key)
            and f.amount.currency == total.amount.currency
            and f.amount.amount < total.amount.amount
            and not set(f.mentions) & set(total.mentions)
            and (not restated or f.amount.start < total.amount.start)
            and (not several or f.amount.start > total.amount.start)
        ]
        # (A lead may sum five: "fined three suppliers and two of their executives a combined
        # 1,153.1 million pesos".)
        for size in (2, 3, 4, 5) if several else (2, 3):
            # The parts are listed together, in one sentence: two fines told apart (€100
            # million in 2020, €50 million in 2019) that happen to add up are not parts,
            # unless the total's sentence says it sums them (or that it is several parties').
            if any(
                sum(p.amount.amount for p in group) == total.amount.amount
                and (restated or several or set.intersection(*(set(p.mentions) for p in group)))
                for group in itertools.combinations(parts[:12], size)
            ):
                totals.append(total)
                break
    return [f for f in facts if f not in totals]


# How an amount told before is paid, not what it is: "the carrier will pay $700,000 now,
# while the remaining $700,000 is credited for refunds", "£600,000 is payable within 28 days
# and the balance suspended".
_HOW_PAID = compiled(
    r"\b(?:remaining|remainder|balance|the\s+rest|of\s+which|credited|offset|suspended"
    r"|deferred|waived|instal?l?ments?|payable)\b",
    re.I,
)


def _payment_splits(
    facts: list[Fact], sentences: Sequence[Span], ctx: _ArticleContext
) -> list[Fact]:
    """ "Fined Coastline $1.4 million … Under a consent order, it will pay $700,000 to the
    Treasury, while the remaining $700,000 is credited …": amounts that tell how a sum told
    before is paid, and add up to it, are that sum's parts — not a settlement of their own."""
    body = ctx.body
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    parts: list[Fact] = []
    for sentence in sentences:
        inside = [f for f in monetary if sentence.start <= f.amount.start < sentence.end]
        text = body[sentence.start : sentence.end]
        if not inside or not _HOW_PAID.search(text):
            continue
        money = [
            m.money
            for m in find_money(text, ctx.currency(sentence.end), body)
            if m.money is not None and m.per is None
        ]
        told = [f for f in monetary if f.amount.start < sentence.start and f not in parts]
        if any(
            len(same := [m.amount for m in money if m.currency == whole.amount.currency]) > 1
            and sum(same) == whole.amount.amount
            for whole in told
        ):
            parts += inside
    return [f for f in facts if f not in parts]


def _products_to_makers(article: Article, facts: list[Fact], ctx: _ArticleContext) -> None:
    """ "Fined OpenAI €15 million … it briefly banned ChatGPT": an action against a product
    whose maker the article sanctions or is about (the title says "ChatGPT maker OpenAI") is
    an action against the maker. A product no one else is sanctioned over keeps its name
    ("Instagram fined €405m")."""
    if not facts:
        return
    in_body = makers(article.body, ctx.lexicon)
    in_title = makers(article.title, ctx.lexicon)
    sanctioned = {f.respondent_key for f in facts} | {respondent_key(ctx.main_respondent or "")}
    for fact in facts:
        key = fact.respondent_key
        maker = in_body.get(key or "") or in_title.get(key or "")
        if maker is None or respondent_key(maker.name) not in sanctioned:
            continue
        if in_body.get(key or "") is maker:
            fact.respondent = Located(text=maker.name, start=maker.start, end=maker.end)
        else:  # named in the title only: resolved, no span of its own in the body
            fact.respondent = Located(text=maker.name, start=fact.start, end=fact.start)


def _one_name_for_the_main_party(facts: list[Fact], ctx: _ArticleContext) -> None:
    """ "… imposed on Österreichische Post AG" in a story headlined "Austrian Post": a party
    named by its legal, foreign-language name once is the one the article calls by the name
    ending in the same word."""
    main = ctx.main_respondent
    if not main:
        return
    ending = _last_word(main)
    if business_name(ending):
        # "Harbour Bank" and "Lakeside Bank", "Nile Wave Mobile" and "Savanna Mobile": a
        # business word ends many parties' names, and names none of them.
        return
    for fact in facts:
        if (
            fact.respondent
            and ending
            and fact.respondent_key != respondent_key(main)
            and _last_word(fact.respondent.text) == ending
        ):
            at = fact.respondent.start  # resolved: no span of its own (it says another name)
            fact.respondent = Located(text=main, start=at, end=at)


def _inherit_regulators(facts: list[Fact]) -> None:
    """ "Under the assurance of discontinuance, LearnLoop will pay $3.5 million in civil
    penalties": a sentence naming no regulator continues the story of the first action of
    its kind against the same company that names one."""
    for fact in facts:
        if fact.authority or fact.jurisdiction or not fact.respondent_key:
            continue
        lead = next(
            (
                f
                for f in sorted(facts, key=lambda f: f.start)
                if f.authority
                and f.action == fact.action
                and f.respondent_key == fact.respondent_key
                and f.start < fact.start
            ),
            None,
        )
        if lead is None and fact.action == "order":
            # "The order also directs Coastline to cease and desist …" after "The department
            # fined Coastline $1.4 million": the measure that decision goes on to impose.
            lead = next(
                (
                    f
                    for f in sorted(facts, key=lambda f: f.start)
                    if (f.authority or f.jurisdiction)
                    and f.action in MONETARY
                    and f.respondent_key == fact.respondent_key
                    and f.start < fact.start
                ),
                None,
            )
        if lead is not None:
            fact.authority, fact.jurisdiction = lead.authority, lead.jurisdiction


# "the same bureau", "the same regulator also fined": the body named last before.
_SAME_BODY = compiled(
    r"\bthe\s+same\s+(?:regulators?|bureaus?|authorit(?:y|ies)|agenc(?:y|ies)|watchdogs?"
    r"|commissions?|offices?|departments?|ministry|inspectorates?|bod(?:y|ies)|supervisors?"
    r"|administrations?|councils?|boards?|directorates?|units?)\b",
    re.I,
)


def _regulators_from_context(facts: list[Fact], body: str, ctx: _ArticleContext) -> None:
    """ "The ICO also gave updates on two penalties. Northbridge … was fined £130,000": a
    fact whose sentence names no regulator has the one named last before it, within the
    preceding few sentences."""
    for fact in facts:
        if fact.authority or fact.action == "ruling":
            continue
        # Up to the amount: the quote's own context counts ("The Norwegian regulator has …
        # Its largest fine so far, kr 65 000 000 …").
        end = fact.amount.start if fact.amount else fact.start
        start = max(0, fact.start - 600)
        # In a round-up, the regulator named in the section telling it, if it names one:
        # "**Cyprus: …**" after the Malta item is the Cypriot commissioner's story.
        # (A measure without an amount may be told with the sentence naming the regulator.)
        headings = [m.start() for m in _HEADING.finditer(body, start, end)]
        told = fact.amount.start if fact.amount else fact.end
        named = _named_regulators(body, headings[-1], told, ctx) if headings else []
        if headings and ctx.lexicon.places(_line_at(body, headings[-1])):
            # Nor does the look back cross into the section before when the heading names a
            # country (a round-up's item): "### Brunei: …" naming no regulator is not the
            # story of Macao's, named in the digest's table just above. ("**Earlier case**"
            # goes on with the story's regulator.)
            start = headings[-1]
        named = named or _named_regulators(body, start, end, ctx)
        if not named and _SAME_BODY.search(body, fact.start, end):
            # "In March last year, the same bureau fined Youxuan Mall …": the body named last,
            # however far back in its section the story named it.
            # (a bureau, not the court that heard the first case's appeal)
            named = [
                a
                for a in _named_regulators(body, headings[-1] if headings else 0, end, ctx)
                if not _is_court(a.authority, None, ctx)
            ]
        key = named[-1].authority if named else None
        if key is None and start == (headings[-1] if headings else -1):
            # "### Brunei: …" naming no regulator: the one of that country the article names
            key = ctx.country_regulator(start)
        if key is not None:
            authority = ctx.lexicon.authorities[key]
            # A country known already ("Mexico's") is kept unless that country's regulator
            # is the one named.
            if fact.jurisdiction in {None, authority.jurisdiction}:
                fact.authority, fact.jurisdiction = authority.id, authority.jurisdiction
    # "The securities regulator fined …" in a newsletter naming the CNMC and the CNMV.
    field_regulators(facts, body, ctx)


def _line_at(body: str, start: int) -> str:
    return body[start : body.find("\n", start) % (len(body) + 1)]


def _courts_go_on(facts: list[Fact], body: str, ctx: _ArticleContext) -> None:
    """ "The court also ordered Brightpath to … Its former sales manager was ordered to pay a
    separate penalty of $150,000": an action whose sentence names no one deciding it, told
    right after one a court decided, is that court's — not the regulator's that brought the
    case (named in passing: "towards the ACCC's legal costs") nor the story's by default."""
    told = sorted(((s, e, f) for f in facts for s, e in f.mentions), key=lambda m: m[1])
    for fact in facts:
        if fact.authority_at is not None or fact.action in {"ruling", "appeal"}:
            continue
        start = _own_start(fact)
        before = [(s, e, f) for s, e, f in told if e <= start and f is not fact]
        if not before:
            continue
        _, end, last = before[-1]
        if (
            _is_court(last.authority, last.authority_at, ctx)
            and last.action != "ruling"
            and 0 <= start - end < _ANAPHORA_REACH // 3
            and not _HEADING.search(body, end, start)
            and not _named_regulators(body, end, start, ctx)
        ):
            fact.authority, fact.jurisdiction = last.authority, last.jurisdiction
            # "… was ordered to pay a penalty of $300,000": the same hearing, the same day
            fact.date = fact.date or last.date


# A prosecution told as a sentencing: "X was sentenced in the District Court in Apia",
# "pleaded guilty in Nova Scotia provincial court in Shelburne", "was fined $12,000 in
# provincial court". The court named after it is the one that fined.
# (the court may come after the judge and the default term: "was fined $750,000 or six months'
# imprisonment in default, when they appeared before Senior Magistrate A at the Georgetown
# Magistrates' Courts"; "the Magistrate's Court in Nuku'alofa")
_SENTENCED_IN = compiled(
    r"\b(?:sentenced|convicted|pleaded\s+guilty|pled\s+guilty|fined|appeared)\b[^.;]{0,150}?"
    r"\b(?:in|at|before|by)"
    r"\s+(?:the\s+)?(?P<court>(?:[A-Z][\w'’-]*\s+){0,4}?(?:[Pp]rovincial\s+|[Dd]istrict\s+"
    r"|[Mm]agistrate(?:s[’']?|[’']s)\s+|[Cc]rown\s+|[Ss]heriff\s+)?(?:[Cc]ourts?|Tribunal)\b"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)"
)
# How far from the fact's own sentence the sentencing may be told: the next paragraph or two.
_SENTENCING_REACH = 450


# A sentence about the party's past: "was convicted in 2019 over a similar incident",
# "previously pleaded guilty", "last year … to a separate charge".
_EARLIER_CASE = compiled(
    r"\b(?:previously|formerly|before\s+that|years?\s+ago|(?:similar"
    r"|separate|previous|prior|earlier|unrelated|another)\s+(?:incident|case|charge|count"
    r"|offen[cs]e|matter|accident|prosecution|breach)s?)\b",
    re.I,
)
# When the sentencing told was, right after its court ("… District Court in 2019", "… Local
# Court last year") — not a year elsewhere in the sentence ("after a worker fell in March
# 2024", "the Health and Safety at Work Act 2015").
_SENTENCED_WHEN = compiled(
    r"\s*(?:,\s*)?(?:(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b|(?P<last>last\s+year)\b)"
)


# A court the party went to against the measure, not one that sentenced it: "appeared before
# the Competition Appeal Tribunal to challenge the fine".
_CHALLENGED = compiled(
    r"\b(?:appeal\w*|challeng\w*|contest\w*|judicial\s+review|overturn\w*|quash\w*|set\s+aside)\b",
    re.I,
)


def _sentencing_day(body: str, sentenced: re.Match[str], published: str) -> Located | None:
    """ "Vaitele Construction Limited was sentenced in the District Court in Apia on Tuesday":
    the day the court sentenced the party, told after its verb in that sentence (not the day
    of the harm or of a law named in it)."""
    low = max(body.rfind(". ", 0, sentenced.start()), body.rfind("\n", 0, sentenced.start())) + 1
    text = _sentence_at(body, sentenced.start(), sentenced.end())
    at = sentenced.start() - low
    day = next(
        (
            d
            for d in find_dates(text, published)
            if d.start >= at and d.month and not _not_an_actions_day(text, d)
        ),
        None,
    )
    return _located_date(day, low)


def _sentence_at(body: str, start: int, end: int) -> str:
    low = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
    ends = [i for i in (body.find(". ", end), body.find("\n", end)) if i >= 0]
    return body[low : min(ends) if ends else len(body)]


def _tells_an_earlier_case(
    body: str, start: int, end: int, fact: Fact, ctx: _ArticleContext
) -> bool:
    """Whether the sentencing told at `start`..`end` is another, earlier case of the party
    ("previously", "a similar incident" in its sentence; a past year or "last year" right
    after its court — not a law's year, nor the incident's): its court is not the fact's."""
    if _EARLIER_CASE.search(_sentence_at(body, start, end)):
        return True
    when = _SENTENCED_WHEN.match(body, end)
    if when is None:
        return False
    year = int((fact.date.text if fact.date else ctx.published or "0")[:4] or 0)
    return bool(when["last"]) or int(when["year"]) < year


def _sentencing_courts(facts: list[Fact], body: str, ctx: _ArticleContext) -> None:
    """ "A local construction company has been fined $40,000 … Vaitele Construction Limited
    was sentenced in the District Court in Apia …, brought by the Ministry of Commerce": a
    penalty whose sentence names no one deciding it, in a story that tells where the party
    was sentenced (just before or after, no heading between), is that court's — not the
    regulator's that brought the charges."""
    for fact in facts:
        if (
            # (a place alone names no one deciding: "A Tongan fishing company has been fined")
            (fact.authority_at is not None and fact.authority is not None)
            or fact.action not in MONETARY
            or _is_court(fact.authority, fact.authority_at, ctx)
        ):
            continue
        start, end = fact.mentions[0]
        if any(
            m.kind == "authority" and ctx.lexicon.authorities[m.key].kind != "court"
            for m in ctx.lexicon.mentions(body[start:end])
        ):
            continue  # "fined … in the Auckland District Court in a case brought by the
            # Commerce Commission": the sentence says whose case it is
        low, high = max(0, start - _SENTENCING_REACH), min(len(body), end + _SENTENCING_REACH)
        found = [
            m
            for m in _SENTENCED_IN.finditer(body, low, high)
            if not _HEADING.search(body, min(m.start(), start), max(m.end(), start))
            and not _tells_an_earlier_case(body, m.start(), m.end(), fact, ctx)
            and not _CHALLENGED.search(_sentence_at(body, m.start(), m.end()))
        ]
        if not found:
            continue
        court = min(found, key=lambda m: abs(m.start() - start))
        if fact.date is None and ctx.published:
            fact.date = _sentencing_day(body, court, ctx.published)
        words = court["court"]
        known = [
            m.key
            for m in ctx.lexicon.mentions(words)
            if m.kind == "authority" and ctx.lexicon.authorities[m.key].kind == "court"
        ]
        if known:
            authority = ctx.lexicon.authorities[known[0]]
            if fact.jurisdiction not in {None, authority.jurisdiction}:
                continue
            fact.authority, fact.jurisdiction = authority.id, authority.jurisdiction
        else:
            # A court the data files lack, by its own words: "the District Court".
            fact.authority = " ".join(w[:1].upper() + w[1:] for w in words.split())


# "The Court also granted an injunction …", "The court further ordered …"
_COURT_ALSO = compiled(
    r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udge|Justice\s+\w+|Her\s+Honour|His\s+Honour)\s+"
    r"(?:also|further|additionally)\s+(?:granted|issued|made|ordered|imposed|directed|"
    r"restrained|declared|disqualified|banned)\b"
)


def _court_also(facts: list[Fact], body: str, ctx: _ArticleContext) -> None:
    """ "The Court also granted an injunction restraining X": a further measure of the
    judgment told before, on its day — however far the article tells it from the first."""
    for fact in facts:
        if fact.date is not None or fact.action == "ruling":
            continue
        start, end = fact.mentions[0]
        if not _COURT_ALSO.search(body, start, end) or not _is_court(
            fact.authority, fact.authority_at, ctx
        ):
            continue
        dated = [
            f
            for f in facts
            if f is not fact
            and f.authority == fact.authority
            and f.date is not None
            and f.action != "ruling"
            and f.mentions[0][0] < start
        ]
        if dated:
            fact.date = max(dated, key=lambda f: f.mentions[0][0]).date


def _own_start(fact: Fact) -> int:
    """Where a fact's own words start: a quote can begin with the sentence before it (the
    court's) when the fact's sentence names its party only as "the company's director"."""
    start = fact.mentions[0][0]
    named = [
        at.start
        for at in (fact.respondent, fact.amount)
        if at is not None and at.end > at.start and at.start >= start
    ]
    return min(named, default=start)


def _named_regulators(
    body: str, start: int, end: int, ctx: _ArticleContext
) -> list[AuthorityMention]:
    """Regulators `body[start:end]` names as acting (not as reviewing an action)."""
    return [
        a
        for a in authorities(
            body[start:end], ctx.lexicon, ctx.main_authority, ctx.domain, ctx.shared_in(start, end)
        )
        if a.authority and not _REVIEWER.search(body, max(0, start + a.start - 40), start + a.start)
    ]


# A sentence of its own naming the fine told before by who imposed it and when: "The Conseil
# d'Etat said the penalty, handed down by the CNIL in January 2019, was not disproportionate".
_RETOLD_BY = compiled(
    r"\b(?:the|that|this|its)\s+(?:[\w-]+\s+)?(?:fine|penalty|sanction)\s*,?\s+(?:which\s+"
    r"(?:was|had\s+been)\s+|was\s+|had\s+been\s+)?(?:handed\s+down|imposed|issued|levied)\s+by\s+"
    r"(?:the\s+)?",
    re.I,
)


def _told_again(facts: list[Fact], sentences: Sequence[Span], ctx: _ArticleContext) -> None:
    """Such a sentence is another mention of the regulator's fine told before it, and dates it
    if nothing else did."""
    stated = {m for f in facts for m in f.mentions}
    for span in sentences:
        text = ctx.body[span.start : span.end]
        retold = _RETOLD_BY.search(text)
        if retold is None or any(s <= span.start < e for s, e in stated):
            continue
        by = next(
            (
                m.key
                for m in ctx.lexicon.mentions(text[retold.end() :])
                if m.kind == "authority" and m.start == 0
            ),
            None,
        )
        fines = [
            f for f in facts if f.action in MONETARY and f.authority == by and f.start < span.start
        ]
        if by is None or not fines:
            continue
        fine = max(fines, key=lambda f: f.start)
        fine.mentions.append((span.start, span.end))
        if fine.date is None:
            dates = [d for d in find_dates(text[retold.end() :], ctx.published) if d.start < 40]
            fine.date = _located_date(dates[0], span.start + retold.end()) if dates else None


# A sentence of its own dating the measure told just before: "This fine was imposed on 20 March
# 2025.", "The order was issued on June 27."
_DATED_AFTER = compiled(
    r"\W*(?:This|That|The|Its|His|Her|Their)\s+(?:[\w-]+\s+)?(?P<noun>fine|penalty|sanction"
    r"|order|ban|prohibition)\s+(?:was|were|had\s+been|has\s+been)\s+(?:imposed|issued"
    r"|handed\s+down|levied|adopted|signed|made)"
    # "The penalty was imposed by the commission on Tuesday": its taker named before the day
    r"(?:\s+by\s+(?:the\s+|its\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,4}?)?\s+(?:on|in)\s",
)


def _dated_after(facts: list[Fact], sentences: Sequence[Span], ctx: _ArticleContext) -> None:
    """Such a sentence dates the undated measure of its kind told last before it in the same
    paragraph."""
    body = ctx.body
    for span in sentences:
        said = _DATED_AFTER.match(body, span.start, span.end)
        if said is None or not ctx.published:
            continue
        kinds = MONETARY if said["noun"] in {"fine", "penalty", "sanction"} else {"order", "ban"}
        # (Wire copy puts each sentence in a paragraph of its own: the measure may be told in
        # the paragraph before, but not under another heading.)
        before = [
            (e, f)
            for f in facts
            if f.action in kinds
            for _, e in f.mentions
            if e <= span.start and not _HEADING.search(body, e, span.start)
        ]
        if not before:
            continue
        fact = max(before, key=lambda item: item[0])[1]
        dates = [d for d in find_dates(body[said.end() : span.end], ctx.published) if d.start < 5]
        if fact.date is None and dates:
            fact.date = _located_date(dates[0], said.end())


# A US inspection agency's citation and the penalties it proposes with it: "On March 18 OSHA
# cited Acme for seven serious violations. OSHA proposed penalties totaling $486,320."
_CITED = compiled(r"\b(?:cited|issued\s+(?:a\s+|the\s+)?citations?\s+to)\b", re.I)
_ALSO_CITED = compiled(r"\b(?:also|likewise|similarly)\s+cited\b", re.I)
_PROPOSED_PENALTY = compiled(
    r"\bpropos(?:ed|ing)\s+(?:(?:civil|total|initial)\s+)?penalt(?:y|ies)\b", re.I
)


def _cited_on(facts: list[Fact], sentences: Sequence[Span], ctx: _ArticleContext) -> None:
    """The penalties an agency proposed with its citations are dated by the citation's day
    ("OSHA on March 18 cited Acme … OSHA proposed penalties totaling $486,320"), also those of
    a citation told as another of that day ("OSHA also cited the staffing agency …, with
    proposed penalties of $32,400") — not by a settlement the article goes on to date."""
    body = ctx.body
    if not ctx.published:
        return
    for fact in facts:
        if fact.date is not None or fact.action not in MONETARY:
            continue
        start, end = fact.mentions[0]
        if not _PROPOSED_PENALTY.search(body, start, end):
            continue
        told = [s for s in sentences if s.start < end]
        for span in reversed(told):
            if _HEADING.match(body, body.rfind("\n", 0, span.start) + 1) and span.end <= start:
                break  # another section's citation
            text = body[span.start : span.end]
            if not _CITED.search(text):
                continue
            dates = [
                d
                for d in find_dates(text, ctx.published)
                if d.month and not _not_an_actions_day(text, d)
            ]
            if dates:
                fact.date = _located_date(dates[0], span.start)
                break
            if not _ALSO_CITED.search(text):
                break  # a citation of its own, undated


def _described_courts(facts: list[Fact], ctx: _ArticleContext) -> None:
    """ "France's highest administrative court on Friday upheld …": a ruling by a court the
    sentence describes rather than names is by the one court the article names, if that court
    is of the ruling's country ("Greece's Council of State" is not the Conseil d'État)."""
    courts = {
        m.key
        for m in ctx.lexicon.mentions(ctx.body)
        if m.kind == "authority" and ctx.lexicon.authorities[m.key].kind == "court"
    }
    if len(courts) != 1:
        return
    court = ctx.lexicon.authorities[courts.pop()]
    for fact in facts:
        if (
            fact.action == "ruling"
            and fact.authority is None
            and fact.jurisdiction == court.jurisdiction
        ):
            fact.authority = court.id


# "both companies were barred from public tenders", "the three firms were also ordered to …":
# one measure against each of the parties the article has just told the fines of.
_EACH_OF_THEM = compiled(
    r"\b(?P<how_many>both|(?:the|all)\s+(?:two|three|four|five))\s+(?:[a-z-]+\s+)?"
    r"(?:companies|firms|businesses|banks|operators|entities|groups|defendants)\s+(?:also\s+)?"
    r"(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:barred|banned|ordered|prohibited"
    r"|debarred|disqualified|excluded|directed|required)\b",
    re.I,
)
# The same told with the regulator as subject: "the Board ordered the three companies to
# cease the conduct", "barred both firms from tenders".
_EACH_OF_THEM_OBJECT = compiled(
    r"\b(?:ordered|orders|barred|banned|prohibited|debarred|disqualified|excluded|directed"
    r"|directs|required|requires)"
    r"\s+(?P<how_many>both|(?:the|all)\s+(?:two|three|four|five))\s+(?:[a-z-]+\s+)?"
    r"(?:companies|firms|businesses|banks|operators|entities|groups|defendants|respondents"
    r"|parties|producers|retailers|lenders|brokers|suppliers)\s+(?:to|from)\b",
    re.I,
)
_HOW_MANY = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_ANYONE = compiled(r"\b(?:respondents|parties|defendants)\b", re.I)


def _each_of_them(facts: list[Fact], body: str, ctx: _ArticleContext) -> list[Fact]:
    out: list[Fact] = []
    for fact in facts:
        start, end = fact.mentions[0]
        said = (
            _EACH_OF_THEM.search(body, start, end) or _EACH_OF_THEM_OBJECT.search(body, start, end)
            if fact.action in {"ban", "order"} and fact.amount is None
            else None
        )
        if said is None:
            out.append(fact)
            continue
        count = _HOW_MANY[said["how_many"].split()[-1].casefold()]
        # "both respondents", "the two parties": people as well as companies.
        anyone = _ANYONE.search(said[0]) is not None
        named: dict[str, Located] = {}
        loose: dict[str, Located] = {}  # with the names that only look like a person's
        for earlier in sorted(facts, key=lambda f: f.start):
            who = earlier.respondent
            if (
                earlier.action in MONETARY
                and earlier.start < said.start()
                and who is not None
                and earlier.respondent_key
                and (anyone or not ctx.is_individual(who.text))
            ):
                loose.pop(earlier.respondent_key, None)  # keep the order they were last told in
                loose[earlier.respondent_key] = who
                if anyone or not looks_personal(who.text, ctx.lexicon):
                    named.pop(earlier.respondent_key, None)
                    named[earlier.respondent_key] = who
        if len(named) < count and len(loose) == count:
            # "fined Una Market … and Sana Mlin …; ordered both companies to": two names, a
            # shop's among them, that look like people's only by their shape.
            named = loose
        if len(named) < count:
            out.append(fact)
            continue
        for who in list(named.values())[-count:]:
            each = fact.model_copy(deep=True)
            each.respondent = Located(text=who.text, start=said.start(), end=said.start())
            out.append(each)
    return out


# A measure told as an earlier case: "In 2021 the regulator had fined …", "It previously banned".
_BACKGROUND = compiled(
    r"\b(?:previously|earlier|formerly|in\s+the\s+past|last\s+year|years?\s+ago|had\s+(?:since\s+|already\s+)?(?:been\s+)?"
    r"(?:fined|ordered|banned|barred|sanctioned|penali[sz]ed|suspended|revoked|prohibited|directed"
    r"|required|reprimanded|censured|agreed|settled|signed|reached|made|given|taken|imposed|issued))\b",
    re.I,
)
# A decision of its own: "In a separate decision (published the same day)", "Separately, …".
_ANOTHER_DECISION = compiled(
    r"\b(?:separate(?:ly)?|another|second|different|parallel)\b(?:\s+[\w-]+){0,2}?\s*"
    r"(?:decision|order|action|case|proceedings?|ruling|resolution|settlement|,)",
    re.I,
)
# What the law allows (or does not), not what was decided: "A company that breaches an order
# can be fined up to ¥100 million", "the PPC cannot impose fines itself".
_WHAT_MAY_BE = compiled(
    r"\b(?:can|could|may|might)\s+(?:also\s+)?(?:be\s+)?(?:fined|ordered|banned|barred|"
    r"suspended|face|impose|levy|order)\b"
    r"|\b(?:cannot|can['’]t|could\s+not|did\s+not|does\s+not)\s+(?:\w+\s+)?(?:impose|fine|order|ban)"
    r"|\bup\s+to\s+(?:a\s+)?(?:maximum\s+of\s+)?\S*\d",
    re.I,
)
# "The CNIL's order also instructed Clearview …": an order named by whose it is, told before.
_WHOSE_ORDER = compiled(
    r"\W*(?:The\s+)?[\w’'-]+['’]s\s+(?:[\w-]+\s+)?(?:order|decision|injunction|notice|ruling"
    r"|judgm?ent)\b"
)
# A measure told as the decision's: "Under the order, X must pay …", "The agreement requires".
_THE_DECISION = compiled(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:order|decision|agreement|settlement|decree"
    r"|resolution|determination|notice)\b",
    re.I,
)
# A date in a measure's sentence that is not its day: a deadline or a period it runs for.
_NOT_ITS_DAY = compiled(r"\b(?:by|until|before|within|from|after|through|till|to)\s+$", re.I)
# A time of its own that names no day: "while B was fined €3 million in late 2021", "later
# that year". The measure happened then, not on the day the decision before it is dated.
_VAGUE_TIME = compiled(
    r"\bin\s+(?:early|late|mid)-?\s*(?:19|20)\d\d\b"
    r"|\b(?:later|earlier)\s+(?:that|the\s+same)\s+(?:year|month)\b"
    r"|\bthe\s+(?:following|previous|next)\s+(?:year|month)\b",
    re.I,
)


def _one_decision(facts: list[Fact], body: str, ctx: _ArticleContext) -> None:
    """ "By a decision of 12 March the council imposed the following fines: - X – EUR 1.2m";
    "The department signed the consent order on 12 February … Under the agreement, X must
    restore …": a decision is dated (and its legal basis cited) once, and what it did is told
    in the sentences, list items and paragraphs after it. A measure whose own sentence gives no
    date (no regulator, no provision) has those of the measure told just before it, when both
    are the same regulator's and the same decision's — not after a court's ruling told between
    them, not across a heading unless the new section goes on with a party the one before
    named, not when its sentence tells an earlier case ("had fined", "previously") or a
    decision of its own ("In a separate decision"). A daily rate is dated so only by a deal
    (a consent order's stipulated penalties); provisions pass to another party's measure only
    within one sentence or one list."""
    # A sum over the parties ("fines two firms EUR 900,000"), though no action of its own,
    # tells the decision too.
    pool = [*facts, *ctx.sums]
    order = {id(f): i for i, f in enumerate(pool)}
    decided: dict[int, Fact] = {}  # the measure that told the decision each one inherited
    told = sorted(
        ((s, e, f) for f in pool for s, e in f.mentions), key=lambda m: (m[0], order[id(m[2])])
    )
    for fact in sorted(facts, key=lambda f: (f.mentions[0][0], order[id(f)])):
        start, end = fact.mentions[0]
        here = (start, order[id(fact)])
        if fact.action in {"ruling", "appeal"}:
            continue
        before = [m for m in told if m[2] is not fact and (m[0], order[id(m[2])]) < here]
        if not before:
            continue
        s, e, last = before[-1]
        if last.action in {"ruling", "appeal"} or _is_court(last.authority, last.authority_at, ctx):
            continue
        if fact.authority is not None and fact.authority != last.authority:
            continue
        if fact.authority is None and fact.jurisdiction not in {None, last.jurisdiction}:
            continue
        text = body[start:end]
        # "In a separate decision published last Friday, RURA fined two bus companies. X was
        # fined …": a paragraph telling another decision, whatever the paragraphs before told
        paragraph = body.rfind("\n\n", 0, start) + 1
        if (
            _BACKGROUND.search(text)
            or _ANOTHER_DECISION.search(text)
            or (s < paragraph and _ANOTHER_DECISION.search(body, paragraph, start))
            or _WHAT_MAY_BE.search(text)
            or _WHOSE_ORDER.match(text)
        ):
            continue
        together = (s, e) == (start, end) or _same_list(body, e, start)
        if (
            not together
            and _HEADING.search(body, min(e, start), start)
            and not _sections_go_on(body, min(e, start), start)
            and not _topical_headings(facts, body, min(e, start), start, ctx)
            and not (
                _named_in_section(fact, body, s)
                and (
                    _LIST_ITEM.match(body, body.rfind("\n", 0, start) + 1)
                    or _THE_DECISION.search(text)
                )
            )
        ):
            continue  # another section: another story, unless its party's goes on
        if fact.authority is None:
            fact.authority, fact.jurisdiction = last.authority, last.jurisdiction
        inherited = False
        if (
            fact.date is None
            and fact.announced is None  # "In a decision published the same day": its own day
            and last.date is not None
            and (fact.per is None or decided.get(id(last), last).action == "settlement")
            and not _NOT_ITS_DAY.search(body, max(0, last.date.start - 10), last.date.start)
            and not _VAGUE_TIME.search(body, fact.start if together else start, end)
            and not any(
                not _NOT_ITS_DAY.search(text[: d.start])
                # "banned for six months, starting 1 April": when it applies, not its day
                and not _not_an_actions_day(text, d)
                # "On 28 May the commission fined A Tk 50 lakh and fined B Tk 1 crore": the
                # day its sentence gives the measure before it is this one's too
                and start + d.start != last.date.start
                for d in find_dates(text, ctx.published)
            )
        ):
            fact.date = last.date
            fact.announced = fact.announced or last.announced
            inherited = True
            decided[id(fact)] = decided.get(id(last), last)
        elif (
            fact.date is None
            and fact.announced is None
            and last.date is None
            and last.announced is not None
            and fact.per is None
            and not any(
                not _NOT_ITS_DAY.search(text[: d.start]) for d in find_dates(text, ctx.published)
            )
        ):
            # "The SC said on Wednesday it fined X … Lim was also barred from …": made public
            # in the same statement.
            fact.announced = last.announced
        same_decision = (
            inherited
            or (fact.date is None and last.date is None and fact.announced == last.announced)
            or (
                fact.date is not None and last.date is not None and fact.date.text == last.date.text
            )
        )
        if (
            not fact.provisions
            and last.provisions
            and same_decision
            and (
                together
                or fact.respondent_key == last.respondent_key
                # "fined three companies for breaching Section 11": each one's share
                or _SEVERAL_PARTIES.search(body, *decided.get(id(last), last).mentions[0])
            )
        ):
            fact.provisions = list(last.provisions)


# Headings of a section of the story told before, not of another one: "Background", "Related".
_OTHER_STORY_HEADING = compiled(
    r"\b(?:background|history|context|previous|earlier|related|other|elsewhere|also|more|"
    r"round-?up|in\s+brief|briefly|second|another|last\s+(?:year|month|week))\b",
    re.I,
)


def _topical_headings(
    facts: list[Fact], body: str, start: int, end: int, ctx: _ArticleContext
) -> bool:
    """Whether every heading between `start` and `end` names a part of one story ("The
    sanctions", "What the order requires", "The endorser") rather than another story: a
    round-up's headings name the party, regulator or country ("## Kestrel Couriers",
    "**Cyprus: …**") or say it is another case ("Background", "Second case this year")."""
    parties = {f.respondent_key for f in facts if f.respondent_key}
    for heading in _HEADING.finditer(body, start, end):
        text = body[heading.start() : body.find("\n", heading.start()) % (len(body) + 1)]
        words = re.findall(r"[\w’'&-]+", text.strip(" #*\t"))
        if (
            words
            and text.strip(" #*\t").endswith("?")
            and not _OTHER_STORY_HEADING.search(text)
            and not ctx.lexicon.mentions(text)
        ):
            # An explainer's questions about the one story: "What exactly did Mr Khoa do?",
            # "Can Acme appeal?" — its parties named, no other regulator or country.
            continue
        if (
            not words
            or _OTHER_STORY_HEADING.search(text)
            or ctx.lexicon.mentions(text)
            or any(w[0].isupper() for w in words[1:])
            or {respondent_key(w) for w in words} & parties
        ):
            return False
    return True


def _same_list(body: str, end: int, start: int) -> bool:
    """Whether `start` begins a list item that goes on the list `end` ended an item of."""
    line = body.rfind("\n", 0, start) + 1
    if not _LIST_ITEM.match(body, line) or end > line:
        return False
    lines = body[end:line].split("\n")[1:]
    return all(not text.strip() or _LIST_ITEM.match(text) for text in lines)


def _named_in_section(fact: Fact, body: str, at: int) -> bool:
    """Whether the party of `fact` is named in the section told at `at` (up to its next
    heading): "By a decision of 12 March, the council found that A, B and C …" names the
    parties the section "Fines" then lists."""
    if fact.respondent is None:
        return False
    heading = _HEADING.search(body, body.find("\n", at) + 1)
    section = fold(body[at : heading.start() if heading else len(body)])
    words = [w for w in re.findall(r"[\w&]+", fold(fact.respondent.text)) if len(w) > 3]
    return (
        bool(words)
        and cached_pattern(rf"\b{re.escape(max(words, key=len))}\b").search(section) is not None
    )
