"""Dates an article gives its facts outside their own sentence: the decision's or the
announcement's date told elsewhere, "in the same decision", a judgment dated in a sentence
of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import timedelta
from functools import cache

from .actions import MONETARY, find_actions
from .article_context import _HEADING, _ArticleContext
from .body_headings import first_heading, headings
from .datafiles import load_toml
from .dates import MONTH_NAMES, DateMention, find_dates
from .fact_days_later import days_later
from .fact_fields import _DATELINE, _IN_FORCE, _STATUTE_OF, _located_date, _not_an_actions_day
from .fact_model import Fact, Located
from .fact_passes import _ANOTHER_DECISION, _PART_OF_IT, _REFERS_BACK
from .fact_rulings import _ABOUT_COURT, _is_court
from .fact_table_dates import date_from_tables
from .fact_told_days import made_public_day, meetings_day
from .fact_violations import (
    _LIST_ITEM,
    _SEVERAL_PARTIES,
    _last_decisions,
    _shares_told_next,
    _story_actions,
    several_parties,
)
from .models import Article
from .name_lookup import lookup_form
from .needles import compile_guarded
from .numbers import COUNTED_PARTIES, SMALL_COUNT_WORDS
from .parties import find_respondent, respondent_key
from .pattern_cache import compiled
from .text import Span, rough_sentence
from .text import sentences as split_sentences

# "The judgment, dated 13 February 2025, was published this week."
_JUDGMENT_DATED = compiled(
    # "The judgment of the court's second chamber was filed on 3 June 2025"
    r"\b(?:judgment|judgement|ruling|verdict)\b[^.;]{0,40}?\b(?:dated|of"
    r"|(?:delivered|handed\s+down|issued|filed|given|rendered|pronounced)"
    # "In a judgment handed down in Melbourne on Friday"
    r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+on)\W*$"
    # a case's fact box: "**Judgment:** Sentencia No. 612/2026, 3 November 2026"
    # "**Date of judgment:** 27 June 2025", "Decided: 3 May 2024", "Delivered: …"
    r"|(?:^|\n)\W*(?:(?:date\s+of\s+(?:the\s+)?)?(?:judgm?ent|judgement|ruling|verdict)"
    r"(?:\s+(?:of|date|dated|delivered))?|decided|delivered|date\s+(?:decided|delivered))\W*:"
    r"[^\n]{0,50}$",
    re.I,
)


# A sentence about a judgment: "The judgment of 3 May …", "Decided: 12 June 2024" (guarded by
# its words: most sentences have none of them).
_JUDGMENT = compile_guarded(
    r"\b(?:judge?ment|ruling|verdict)\b|^\W*(?:date\s+)?(?:decided|delivered)\W*:", re.I | re.M
)


def _date_judgments(
    article: Article, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """A judgment dated in a sentence of its own dates the court's rulings told before it."""
    if not ctx.published:
        return
    for span in sentences:
        text = article.body[span.start : span.end]
        if not (_JUDGMENT.may_match(lookup_form(text)) and _JUDGMENT.pattern.search(text)):
            continue
        for d in find_dates(text, ctx.published):
            if not d.month or not _JUDGMENT_DATED.search(text[max(0, d.start - 70) : d.start]):
                continue
            # Undated, or dated only by a weekday ("on Tuesday cut the fine"): the day it was
            # reported, the judgment's own date being this one.
            rulings = [
                f
                for f in facts
                if f.action == "ruling"
                and (
                    f.date is None
                    or _relative(article.body, f.date)
                    or _reviewed_decisions_day(f, f.date, facts)
                )
            ]
            earlier = [f for f in rulings if f.start <= span.start]
            # (the courts giving this judgment: not the tribunal whose fine it reviewed; a
            # case's fact box dates every ruling of the court it names first: "It dismissed
            # the separate action of …" is the same judgment's)
            first = rulings[:1]
            later = [
                f for f in rulings if first and f.authority and f.authority == first[0].authority
            ]
            for ruling in earlier or later or first:
                if ruling.date is not None and _relative(article.body, ruling.date):
                    ruling.announced = ruling.announced or ruling.date
                ruling.date = _located_date(d, span.start)
            # (the courts giving this judgment: not the tribunal whose fine it reviewed)
            day = _located_date(d, span.start).text
            judging = {
                f.authority
                for f in facts
                if f.action == "ruling"
                and f.authority
                and f.date
                and f.date.text == day
                and not first_heading(
                    article.body, min(f.start, span.start), max(f.start, span.start)
                )
            }
            # "ordered to pay $18 million after the Federal Court found … In a judgment handed
            # down on Friday, …": what the court itself imposed in the story it tells.
            for fact in facts:
                told = fact.mentions[0][0]
                if (
                    fact.action != "ruling"
                    and fact.date is None
                    and _is_court(fact.authority, fact.authority_at, ctx)
                    and (not judging or fact.authority in judging)
                    and not first_heading(
                        article.body, min(told, span.start), max(told, span.start)
                    )
                ):
                    fact.date = _located_date(d, span.start)
            break


# "In a decision published the same day, the PDPC fined …", "In the same statement, the
# authority said it had fined …": the day of the action told before.
_SAME_DAY = compiled(
    r"\b(?:[Oo]n\s+)?(?:the|that)\s+same\s+(?:day|date)\b"
    r"|\bIn\s+(?:the|that)\s+same\s+(?:statement|announcement|(?:press\s+)?release|decision|notice"
    r"|proceedings?|case|investigation|resolution|ruling|order|deliberation)\b"
)


_PUBLISHED_SAME_DAY = compiled(
    r"\b(?:published|announced|released|made\s+public|disclosed)\s+(?:on\s+)?(?:the|that)\s+same\s+(?:day|date)\b"
    r"|\b(?:separate|another|second|different)\s+decision\b",
    re.I,
)


# "In a separate decision the same month, the ODPC fined …": the month (or year) of the
# action told before, no more precise than that.
_SAME_PERIOD = compiled(r"\b(?:the|that)\s+same\s+(?P<period>month|year)\b", re.I)


def _same_period(fact: Fact, ordered: list[Fact], body: str) -> None:
    told, end = fact.mentions[0]
    same = _SAME_PERIOD.search(body, told, end)
    if same is None or fact.date is not None or fact.per is not None:
        return
    dated = [f for f in ordered if f.date and f.start < told and f.date.start < told]
    if not dated:
        return
    before = max(dated, key=lambda f: f.date.start)
    width = 7 if same["period"].lower() == "month" else 4
    if len(before.date.text) >= width:
        fact.date = before.date.model_copy(update={"text": before.date.text[:width]})


def _same_day(facts: list[Fact], body: str) -> None:
    ordered = sorted(facts, key=lambda f: f.start)
    for index, fact in enumerate(ordered):
        _same_period(fact, ordered, body)
        # The mention telling it "in the same decision", not always the first: a judgment's
        # summary may name the fine before the story of the decision gets to it.
        told, end = next(
            ((s, e) for s, e in fact.mentions if _SAME_DAY.search(body, s, e)), fact.mentions[0]
        )
        if fact.per is not None or not _SAME_DAY.search(body, told, end):
            continue
        own = fact.date is not None and any(s <= fact.date.start < e for s, e in fact.mentions)
        if own:
            _refine_the_decisions_day(fact, ordered[:index])
            continue
        dated = [f for f in ordered[:index] if (f.date or f.announced) and f.start < told]
        if named := _measure_named(body, fact, ordered):
            # "On the same day as the Kayor decision, the ARTP fined …": that decision's day,
            # not the day written last (a court's order told in between).
            fact.date = named.date
            fact.announced = fact.announced or named.announced
            continue
        written = _last_day_written(body, told)
        last_told = max((s for f in dated for s, _ in f.mentions if s < told), default=-1)
        if written is not None and written.start > last_told:
            # "The court heard that on August 14, 2024, the worker … WorkSafe issued a
            # prohibition notice the same day": the day just written, though no action's.
            fact.date = written
            continue
        if fact.date is not None or not dated:
            continue
        # The decision told last before: "… was fined EUR 41 million on 12 March. … In the same
        # decision, …" is that fine's, though the article first named the fine earlier.
        dated.sort(key=lambda f: max(s for s, _ in f.mentions if s < told))
        if _PUBLISHED_SAME_DAY.search(body, told, end):
            # "In a separate decision published the same day": made public that day, decided
            # on a day of its own.
            fact.announced = fact.announced or dated[-1].announced or dated[-1].date
            continue
        fact.date = dated[-1].date
        fact.announced = fact.announced or dated[-1].announced


def _refine_the_decisions_day(fact: Fact, before: list[Fact]) -> None:
    """ "In March 2025, ARTCI fined Sahel Mobile … In the same decision, dated 18 March 2025,
    it banned the operator …": the day the same decision is dated by is the day of the measure
    told before, known till then only by its month (or year)."""
    assert fact.date is not None
    told = fact.mentions[0][0]
    earlier = [
        f
        for f in before
        if f.action != "ruling" and f.authority == fact.authority and f.mentions[0][0] < told
    ]
    if not earlier:
        return
    measure = max(earlier, key=lambda f: f.mentions[0][0])
    if measure.date is None:
        # "DOHA (Wire) — The QFCRA has fined Pearl Gate … In the same decision, announced on
        # Tuesday, the authority banned its former officer": that decision's day
        measure.date = fact.date
    elif len(measure.date.text) < len(fact.date.text) and fact.date.text.startswith(
        measure.date.text
    ):
        measure.date = fact.date


# "the same day as the Kayor decision", "the same day as the fine against Nordwind"
_SAME_DAY_AS = compiled(r"\bsame\s+(?:day|date)\s+as\s+(?P<what>[^,.;]{1,80})", re.I)


def _measure_named(body: str, fact: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The dated measure a "same day as …" names by its party, told before `fact`."""
    told, end = fact.mentions[0]
    same = _SAME_DAY_AS.search(body, told, end)
    if same is None:
        return None
    what = same["what"]
    named = [
        f
        for f in facts
        if f is not fact
        and f.action != "ruling"
        and f.date is not None
        and f.respondent_key
        and f.mentions[0][0] < told
        # (the key is folded: "Société Générale" is "societe generale")
        and find_respondent(what, f.respondent_key) is not None
    ]
    return min(named, key=lambda f: f.mentions[0][0]) if named else None


def _last_day_written(body: str, at: int) -> Located | None:
    """The last full day (day, month and year) an event is told on ("on August 14, 2024")
    in the paragraph of `at` or the two before it — not a date naming a law ("the Energy Law
    Act of 10 April 1997")."""
    start = at
    for _ in range(3):
        start = body.rfind("\n\n", 0, max(start - 1, 0))
    start += 1
    text = body[start:at]
    days = [
        d
        for d in find_dates(text, None)
        if d.day and d.month and d.year and re.search(r"\b[Oo]n\s+$", text[: d.start])
    ]
    return _located_date(days[-1], start) if days else None


# The documents a regulator decides by, in English or under the name enforcement news keeps
# untranslated: "the decision", "Resolution No. 28417", "the precept" (Estonia), "the consent
# decree", "Deliberação/2025/87", "Resolución Exenta No. 7482, dated Sept. 4", "the Bescheid
# of 3 May". Not the English "judgment": that dates a court's ruling (_date_judgments).
_DOCUMENT = (
    r"(?:decision|ruling|resolution|deliberation|d[ée]lib[ée]ration|delibera[çc][ãa]o"
    r"|provvedimento|order|notice|determination|precept|decree|sanction|penalty"
    r"|fine|injunction|(?:consent\s+)?agreement|settlement|assurance"
    r"|resoluci[óo]n|resolu[çc][ãa]o|decisi[óo]n|decis[ãa]o|d[ée]cision|decisione|ordinanza"
    r"|sentencia|senten[çc]a|arr[êe]t[ée]?|Bescheid|Beschluss|beschikking|besluit|afg[øo]relse"
    r"|beslut|beslutning|p[aä][aä]t[öo]s|decyzj[ai]|rozhodnut[íi]|hat[áa]rozat|odlo[čc]ba)"
)
# Its reference, if written: "No. 28417", "n° 2024-113", "/2025/87".
_DOCUMENT_NUMBER = r"(?:[ \t]*(?:No\.?|n[°º]\.?|Nr\.?|#)?[ \t]*[/\w.-]*\d[\w/.-]*)?"
# Within a sentence a full stop ends the clause, except in "No. 28417" and "5.2".
_CLAUSE_CHAR = r"(?:[^.;]|\.(?=\s?\d)|(?<=\bNo)\.)"
_DECISION_SENTENCE = compiled(
    # "The decisions were taken on 6 March", "Both orders are dated 30 September": one date
    # for several documents.
    rf"\b{_DOCUMENT}s?\b{_CLAUSE_CHAR}{{0,40}}?\b(?:issued|taken|adopted|dated|made|signed|of"
    # as courts and tribunals give theirs: "In a decision rendered on Thursday, September 4"
    r"|rendered|delivered|handed\s+down|pronounced"
    # "Under a consent agreement registered with the Competition Tribunal on June 10"
    r"|registered|filed|entered|approved)\b"
    # "The restricted committee adopted its decision on 27 December 2023.", "a panel of the
    # ASC issued its sanctions decision"
    # "On Monday, the CFTC issued an order simultaneously filing and settling charges"
    r"|\b(?:adopted|issued|took|signed|made)\s+(?:its|the|an?|their|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decision|ruling|resolution|order)\b"
    # "On 8 October the SSC issued three sanctioning decisions": one day for each of them
    rf"|\b(?:adopted|issued|took|signed|made)\s+(?:{SMALL_COUNT_WORDS}"
    r"|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:decisions|rulings|resolutions|orders)\b"
    # "On November 12 the Attorney General filed a consent decree": a settlement's date.
    # "… announced a Stipulated Final Order with X": named as its issuer names it.
    r"|\b(?:filed|entered|signed|announced|reached)\s+(?:a|an|the)\s+"
    r"(?:(?:proposed|stipulated|final|administrative|amended|interim|(?-i:[A-Z][\w-]*))\s+){0,3}"
    r"(?:consent\s+(?:decree|order|judgm?ent)|settlement|assurance\s+of|(?-i:Order)\b)"
    # A sentencing told after its fine: "Judge Alana Reid imposed the fine on Tuesday",
    # "the magistrate handed down the penalty on 3 May".
    # A board approving the fine told before is its decision: "The board of commissioners
    # approved the penalty at a meeting on Tuesday", "the council endorsed the sanction".
    r"|\b(?:imposed|handed\s+down|levied|passed|approved|endorsed|ratified)\s+the\s+"
    r"(?:fines?|penalt(?:y|ies)|sentences?|sanctions?)\b"
    # A board's vote is its decision: "The commission's plenary voted on Tuesday to sanction
    # the companies", "the board voted unanimously on 3 June to fine".
    rf"|\bvoted\b{_CLAUSE_CHAR}{{0,40}}?\bto\s+(?:sanction|fine|penali[sz]e|impose|revoke|suspend"
    r"|ban|order|approve|accept|adopt)\b",
    re.I,
)


def _same_regulator(named: str | None, main: str | None) -> bool:
    """Whether a fact's regulator is the story's: the same, or its acronym left unqualified
    where the story's is told apart by its country ("ART" for "ART (CM)")."""
    return named == main or (
        bool(named and main) and "(" not in named and main.startswith(f"{named} (")
    )


def _attach_article_dates(
    article: Article, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """Dates an article gives for its main action elsewhere: "The decision, issued on 10
    September 2019, …" (from a sentence stating no fact of its own — that one dated it
    already) and the announcement ("ROME, Jan 17 (Reuters) - … said on Monday")."""
    if not facts or not ctx.published:
        return
    key = respondent_key(ctx.main_respondent or "")
    # (The main company too where "the company" stood for it: "A peat firm … has been fined".)
    told = {
        f.respondent.text for f in facts if f.respondent and f.respondent.start == f.respondent.end
    }
    # (the main company is looked for only when some party is so told: it reads the body)
    keys = {key} | ({respondent_key(c)} if told and (c := ctx.main_company()) in told else set())
    main = [
        f
        for f in facts
        if _same_regulator(f.authority, ctx.main_authority) and f.respondent_key in keys
    ]
    for fact in facts:
        if fact.date is not None and (
            _the_wrongs_day(article.body, fact)
            or _a_figures_year(article.body, fact.date)
            or _a_periods_start(article.body, fact.date)
            or _a_running_penaltys_start(article.body, fact.date)
        ):
            fact.date = None
    stated = {m for f in facts for m in f.mentions}
    decided = announced = None
    decided_at = 0
    named_in = ""  # the sentence dating the decision
    several = False  # whether the decision dated first is against several parties
    decisions: list[tuple[int, Located]] = []  # every decision dated, for round-ups' stories
    items: list[tuple[int, Located]] = []  # every decision said published, likewise
    lists: list[tuple[int, Located]] = []  # a dated decision whose measures a list tells
    for span in sentences:
        text = article.body[span.start : span.end]
        dates = [d for d in find_dates(text, ctx.published) if d.month]
        for d in dates:
            before = text[max(0, d.start - 30) : d.start]
            if _IN_FORCE.search(text[max(0, d.start - 60) : d.start]) or _STATUTE_OF.search(
                text[max(0, d.start - 40) : d.start]
            ):
                # (nor the statute broken: "Decree No. 2015/3759/PM of 3 September 2015")
                continue
            said = (
                _ANNOUNCED_WORDS.search(before) or _ANNOUNCING.match(text, 0, d.start)
            ) and not _SEPARATE_DECISION.match(text)
            if announced is None and (said or _DATELINE.match(text[: d.start])):
                # (not "In a separate decision published last Friday, …": that one's day)
                announced = _located_date(d, span.start)
                if not said and (
                    spoken := next(
                        (
                            e
                            for e in dates
                            if e.start > d.end
                            and _ANNOUNCED_WORDS.search(text[max(0, e.start - 30) : e.start])
                        ),
                        None,
                    )
                ):
                    # "SHANGHAI, Aug. 21 (ECBW) -- The bureau said on Wednesday it fined …":
                    # the day it spoke, not the wire's
                    announced = _located_date(spoken, span.start)
            elif said or _SPOKE.search(before):
                # "Gadaa said in a statement on Wednesday that it would pay the penalty", "…,
                # its legal director told local radio on Wednesday": the day someone spoke,
                # never a decision's, whoever spoke first.
                continue
            elif (
                _DECISION_SENTENCE.search(text)
                and (
                    _DECIDED_WORDS.search(before)
                    or _SIGNED_THEN_DAY.search(text, max(0, d.start - 90), d.start)
                )
                # A sentence stating a fact dated it already, unless it dates the decision
                # document itself ("The penalty notice, dated April 3, 2023, sets …").
                and (
                    not any(s <= span.start < e for s, e in stated)
                    # "The agency's decision of 18 February found that … It fined A …": told
                    # only as the lead-in of facts its own sentence left undated
                    or _lead_in_of_undated(text, span, d, facts, article.body)
                    or _DOCUMENT_DATED.search(text, max(0, d.start - 90), d.start)
                    or _ISSUES_DOCUMENT.match(text, d.end)
                )
            ):
                decisions.append((span.start, _located_date(d, span.start)))
                if decided is None:
                    decided, decided_at = decisions[-1][1], span.start
                    named_in = text
                    several = any(
                        _SEVERAL_PARTIES.match(text, m.end()) or _COUNTED.match(text, m.end())
                        for m in _SANCTIONED.finditer(text)
                    )
                # The lead-in may end the sentence or share it with the first item.
                if lead_in := re.search(r":[ \t]*(?:\n|$)", text.rstrip()):
                    lists.append((span.start + lead_in.start() + 1, decisions[-1][1]))
        if announced_here := _item_announced(text, span, dates, stated):
            items.append(announced_here)

    if decided and several:
        # "… by Resolution No. 41/2025 of 15 April 2025, sanctioned three distributors" and then
        # each one's fine and orders told on: the story is the decision against them all, and
        # its measures told after it are that decision's.
        main += [
            f
            for f in facts
            if _same_regulator(f.authority, ctx.main_authority)
            and f.action != "ruling"
            and f.mentions[0][0] > decided_at
            and f not in main
        ]
    if decided:
        # "On Monday, the CFTC issued an order … settling charges against Halvard Commodities
        # LLC and one of its former traders, Dmitri Kalnins": the measures its regulator's story
        # tells after it against a party the dated decision names are that decision's.
        main += [
            f
            for f in facts
            if _same_regulator(f.authority, ctx.main_authority)
            and f.action != "ruling"
            and f.respondent_key
            and f.mentions[0][0] > decided_at
            and f not in main
            and re.search(rf"\b{re.escape(f.respondent_key)}\b", named_in, re.I)
        ]
    for at, date in items:
        # "The decision, published on 20 March, relies on …" after a round-up's item: the
        # day that item's measures were made public.
        for fact in _story_actions(at, facts):
            if fact.date is None and fact.announced is None:
                fact.announced = date
    # "On 14 January RURA fined X … The regulator at the same time ordered X to …": measures
    # of a decision told before, whatever a later decision ("In a decision of 12 June, RURA
    # liquidated the penalty") or a later event's day says.
    continued = {id(f): c for f in facts if (c := _measure_continued(article.body, f, facts))}
    for at, date in decisions:
        # "In a decision dated 14 May 2024, the board found …" after a round-up's item: the
        # decision of the story being told, its fine and its orders alike.
        for fact in _dated_together(article.body, at, facts):
            if fact in main or _another_decisions(article.body, fact, at, date, continued):
                continue
            if earlier := _earlier_decisions_measure(
                article.body, fact, at, date, decisions, facts
            ):
                if fact.date is None:
                    fact.date = earlier
                continue
            if fact.date is not None and fact.date.text != date.text:
                if not _relative(article.body, fact.date):
                    continue
                fact.announced = fact.announced or fact.date  # "On Monday the regulator fined"
                fact.date = None
            if fact.date is None and not _dated_otherwise(article.body, fact, date, ctx):
                fact.date = date
    for end, date in lists:
        _date_listed_measures(article.body, end, date, facts)
    for fact in main:
        if (
            decided
            and fact.date is not None
            and fact.date.text != decided.text
            # (or by the wire's dateline: "SAN JOSÉ, Aug 7 (Wire) - SUTEL has fined …")
            and (_relative(article.body, fact.date) or _in_dateline(article.body, fact.date))
        ):
            # "fined TikTok on Tuesday" in a story whose notice is "dated April 3": the day
            # the fine was made public, not the decision's.
            fact.announced = fact.announced or fact.date
            fact.date = None
        if (
            decided
            and fact.date is None
            and not _another_decisions(article.body, fact, decided_at, decided, continued)
            and not _dated_otherwise(article.body, fact, decided, ctx)
            and not _reviewed_decisions_day(fact, decided, facts)
            and not _another_bodys_decision(article.body, fact, decided, ctx)
            and not _other_story(article.body, fact, decided_at, ctx)
        ):
            fact.date = decided
        if announced and fact.announced is None:
            fact.announced = announced
    if decided and main:
        # "COFECE has fined three suppliers and two executives a combined … The plenary voted
        # on Tuesday to sanction the companies": the decision against them all, dated as its
        # main party's share, dates every share (`_parties_shares`).
        for whole in ctx.sums:
            told, end = whole.mentions[0]
            if (
                whole.date is None
                and told < decided_at
                and _same_regulator(whole.authority, ctx.main_authority)
                and several_parties(article.body, told, end)
            ):
                whole.date = decided
    _parties_shares(article.body, facts, ctx.sums)


# The reason a sanction is given for, up to a month or day it names: "fined X $8,250 for a
# manure storage basin overflow in April", "penalised for late filings in March 2024".
_FOR_THE_WRONG = compiled(
    r"\s*(?:\([^)]{0,60}\)\s*)?for\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?!\b(?:and|but|which|who|after|when|while|fined|ordered|imposed)\b)[^.;,()])"
    r"{1,80}?\b(?:in|on|during)\s+(?:the\s+)?$",
    re.I,
)


def _the_wrongs_day(body: str, fact: Fact) -> bool:
    """Whether the date a fact has is the day of the wrong its sentence gives the sanction
    for, written right after its amount: "the MPCA fined a dairy farmer $8,250 for a manure
    storage basin overflow in April" tells when the basin overflowed, not when it was fined."""
    if fact.date is None or fact.date.end <= fact.date.start:
        return False
    return _told_as_the_wrongs(body, fact, fact.date.start)


# "a fine corresponding to roughly 1.9% of its turnover in 2023": the year a financial figure
# is of, not a decision's.
_FIGURE_OF = compiled(
    r"\b(?:turnover|revenues?|sales|income|profits?|earnings|net\s+assets)\s+"
    r"(?:in|for|of|during)\s+(?:the\s+)?(?:(?:financial|fiscal|business)\s+year\s+)?$",
    re.I,
)


def _a_figures_year(body: str, date: Located) -> bool:
    return date.end > date.start and bool(
        _FIGURE_OF.search(body, max(0, date.start - 50), date.start)
    )


# "refusing, from March to June, to supply distributors": the start of the period a wrong
# lasted, never the day it was punished.
_FROM = compiled(r"\bfrom\s+(?:(?:early|late|mid)[\s-]?)?$", re.I)
_TO_ANOTHER = compiled(
    rf",?\s+(?:to|until|till|through)\s+(?:(?:early|late|mid)[\s-]?)?(?:the\s+)?"
    rf"(?:[0-9]|(?:{MONTH_NAMES})\b)",
    re.I,
)


# "from January to November of last year": the period's end, likewise.
_FROM_TO = compiled(
    rf"\bfrom\s+(?:(?:early|late|mid)[\s-]?)?(?:{MONTH_NAMES}|[0-9])[^.;,]{{0,20}}?\s+"
    r"(?:to|until|till|through)\s+[^.;,]{0,20}$",
    re.I,
)


def _a_periods_start(body: str, date: Located) -> bool:
    """Whether a date bounds a period told "from … to …", not a day anything was done."""
    if date.end <= date.start:
        return False
    return bool(
        _FROM.search(body, max(0, date.start - 20), date.start)
        and _TO_ANOTHER.match(body, date.end)
    ) or bool(_FROM_TO.search(body, max(0, date.start - 60), date.start))


# "a further Rs 5,000 for each day the default continues beyond 30 November", "NOK 20 000 for
# each day the ban is breached after 1 July": the day a daily penalty starts to run (or a
# deadline), the relative clause written without "that" — never the day it was decided.
_EACH_DAY_AFTER = compiled(
    r"\b(?:each|every|per)\s+day\b[^.;:]{0,80}?\b(?:after|beyond|past|from)\s+(?:the\s+)?$",
    re.I,
)


def _a_running_penaltys_start(body: str, date: Located) -> bool:
    return date.end > date.start and bool(
        _EACH_DAY_AFTER.search(body, max(0, date.start - 120), date.start)
    )


def _told_as_the_wrongs(body: str, fact: Fact, at: int) -> bool:
    """Whether a date written at `at` is in the "for …" clause right after the fact's amount."""
    if fact.amount is None or not fact.amount.end <= at <= fact.amount.end + 200:
        return False
    if _FOR_THE_WRONG.fullmatch(body, fact.amount.end, at) and at <= fact.amount.end + 120:
        return True
    # "fined X B$750,000 for failing to notify customers and the authorities promptly during
    # a 31-hour network outage last year": a time the wrong is told by, however long the clause
    return bool(
        _LAST_PERIOD.match(body, at) and _FOR_THE_WRONG_LONG.fullmatch(body, fact.amount.end, at)
    )


_LAST_PERIOD = compiled(r"(?:last|the\s+previous|the\s+preceding)\s+(?:year|month)\b", re.I)
_FOR_THE_WRONG_LONG = compiled(
    r"\s*(?:\([^)]{0,60}\)\s*)?for\s+"
    r"(?:(?!\b(?:but|which|who|after|when|while|fined|ordered|imposed|said)\b)[^.;()])"
    r"{1,180}?\s",
    re.I,
)


# "… sanctioned three distributors", "fined the four banks": a decision's parties counted
# as the object of its sanction (not "which runs four hospitals").
_SANCTIONED = compiled(
    r"\b(?:sanctioned|fined|penali[sz]ed|punished|censured|imposed\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fines|penalties|sanctions)\s+on)\s+(?:the\s+|all\s+)?",
    re.I,
)
# The parties a sanction counts, whatever they are called: "imposed sanctions on two holders
# of mobile telephony concessions", "fined three pharmacies", "sanctioned 12 lenders".
_COUNTED = compiled(
    rf"(?:{SMALL_COUNT_WORDS}|several|(?<![\d,.])\d{{1,2}})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?!times\b|occasions\b|counts\b|years\b|months\b|days\b)[a-z]{3,}s\b"
)


def _earlier_decisions_measure(
    body: str,
    fact: Fact,
    at: int,
    date: Located,
    decisions: list[tuple[int, Located]],
    facts: list[Fact],
) -> Located | None:
    """ "In a resolution dated 8 September, ASEP fined X … The regulator also ordered X to …
    and set a daily fine …" and then, paragraphs on, "In a resolution issued on 20 January,
    ASEP set the total accrued": a measure told as part of a decision dated before it (its
    sentence's "also", after a measure of that decision against the same party) is that
    decision's, not the later one's. Returns the earlier decision's date."""
    told, end = fact.mentions[0]
    if told >= at or not _PART_OF_IT.search(body, told, end):
        return None
    earlier = [(a, d) for a, d in decisions if a < told]
    if not earlier or earlier[-1][1].text == date.text:
        return None
    decided = earlier[-1][1]
    dated_alike = any(
        f is not fact
        and f.action != "ruling"
        and f.date is not None
        and f.date.text == decided.text
        # against the same party, or by the same regulator ("the regulator also ordered")
        and (
            f.respondent_key == fact.respondent_key
            or (f.authority is not None and f.authority == fact.authority)
        )
        and f.start < told
        for f in facts
    )
    return decided if dated_alike else None


def _lead_in_of_undated(
    text: str, span: Span, d: DateMention, facts: list[Fact], body: str
) -> bool:
    """ "The agency's decision of 18 February found that the four companies had … It fined A
    GEL 12.6 million, B …": a regulator's decision dated in the sentence before the one telling
    its fines — only their quote's lead-in, which left them undated."""
    if _ABOUT_COURT.search(text) or not any(c.isdigit() for c in text[d.start : d.end]):
        return False
    told = [f for f in facts if f.mentions[0][0] <= span.start < f.mentions[0][1]]
    return bool(told) and all(
        f.date is None
        and f.action != "ruling"
        and f.amount is not None
        and f.amount.start >= span.end
        for f in told
    )


# "Both orders are dated 30 September": the decisions told last, however many parties.
_SEVERAL_DOCUMENTS = compiled(
    rf"\b(?:both|the\s+(?:two|three))\s+(?:[\w-]+\s+)?{_DOCUMENT}s\b", re.I
)


_PLURAL_DOCUMENTS = compiled(rf"\s*(?:The|These|All\s+the)\s+(?:[\w-]+\s+)?{_DOCUMENT}s\b")


def _dated_together(body: str, at: int, facts: list[Fact]) -> list[Fact]:
    """The actions a sentence dating a decision at `at` dates: those of the story told last,
    or the last decisions it counts ("Both orders are dated …")."""
    sentence_end = body.find(".", at)
    several = _SEVERAL_DOCUMENTS.search(body, at, sentence_end if sentence_end > 0 else len(body))
    if several:
        told = sorted(
            (f for f in facts if f.action != "ruling" and f.mentions[0][0] < at),
            key=lambda f: f.mentions[0][0],
        )
        counted = _last_decisions(several.group(), told)
        if counted:
            return counted
    # "The Commission fined the two companies in a decision of 14 March 2023": the fines the
    # rest of the paragraph gives each of them
    end = re.compile(r"[.;](?=\s|$)").search(body, at)
    sentence = Span(at, end.end() if end else len(body))
    monetary = [f for f in facts if f.action in MONETARY]
    shares = _shares_told_next(body[sentence.start : sentence.end], sentence, monetary, body)
    if shares:
        return shares
    paragraph = body.rfind("\n\n", 0, at) + 1
    if _PLURAL_DOCUMENTS.match(body, at):
        # "The decisions were taken on 6 March": every action its paragraph told before it
        told = [f for f in facts if f.action != "ruling" and paragraph <= f.mentions[0][0] < at]
        if told:
            return told
    # "On 8 October the SSC issued three sanctioning decisions. X was fined …, Y was fined …":
    # a paragraph opening with the dated decision goes on to tell its measures.
    ends = body.find("\n\n", at)
    ends = len(body) if ends < 0 else ends
    told = [f for f in facts if f.action != "ruling" and paragraph <= f.mentions[0][0] < ends]
    if told and all(f.mentions[0][0] > sentence.end for f in told):
        return told
    if not told and (following := _next_paragraphs_actions(body, ends, facts)):
        # "In a decision rendered on 4 September, the panel found that … ¶ The Tribunal
        # imposed a penalty of …": findings told in a paragraph of their own, the measures
        # in the next one
        return following
    story = _story_actions(at, facts)
    # "Under a settlement agreement approved by the Commission on October 8, 2024, Ms. Marsh
    # agreed to pay $40,000": a sentence dating the document that states actions of its own
    # dates those, and the story's only if it is about the same party ("The decision, dated
    # 16 September, also ordered the school …" after its fine).
    own = [f for f in facts if f.action != "ruling" and any(s <= at < e for s, e in f.mentions)]
    if own:
        keys = {f.respondent_key for f in own}
        return own + [f for f in story if f.respondent_key in keys and f not in own]
    return story


def _next_paragraphs_actions(body: str, ends: int, facts: list[Fact]) -> list[Fact]:
    """The actions the paragraph after `ends` (a paragraph's end) tells first, none dated
    with a figure of its own — unless a heading opens it (another section)."""
    start = ends
    while start < len(body) and body[start] in "\n \t":
        start += 1
    if start >= len(body) or _HEADING.match(body, start):
        return []
    stop = body.find("\n\n", start)
    stop = len(body) if stop < 0 else stop
    told = [f for f in facts if f.action != "ruling" and start <= f.mentions[0][0] < stop]
    if any(
        f.date is not None and any(c.isdigit() for c in body[f.date.start : f.date.end])
        for f in told
    ):
        return []
    return told


def _other_story(body: str, fact: Fact, decided_at: int, ctx: _ArticleContext) -> bool:
    """In a round-up, a decision dated in one item's section does not date another item's
    measure: "The Commission also directed Zenlink …" under Nigeria is not the German
    regulator's decision "taken on 12 June" — another section, another regulator's story."""
    told = fact.mentions[0][0]
    start, end = sorted((told, decided_at))
    if not first_heading(body, start, end):
        return False
    return bool(fact.authority) and fact.authority != _story_regulator(body, decided_at, ctx)


def _story_regulator(body: str, at: int, ctx: _ArticleContext) -> str | None:
    """The regulator named last in the section around `at`, if any."""
    section = max((m.start() for m in headings(body, 0, at)), default=0)
    end = body.find(".", at)
    named = [
        m.key
        for m in ctx.lexicon.mentions(body[section : end if end > 0 else len(body)])
        if m.kind == "authority"
    ]
    return named[-1] if named else ctx.main_authority


def _reviewed_decisions_day(fact: Fact, decided: Located, facts: list[Fact]) -> bool:
    """A court's ruling is never dated by the decision of another body it reviewed ("The
    Commission fined the two companies in a decision of 14 March 2023")."""
    return fact.action == "ruling" and any(
        f.action != "ruling"
        and f.date
        and f.date.text == decided.text
        and f.authority != fact.authority
        for f in facts
    )


def _another_bodys_decision(body: str, fact: Fact, decided: Located, ctx: _ArticleContext) -> bool:
    """A court's ruling is not dated by a decision whose sentence speaks of no court ("The
    fine was imposed by the Litigation Chamber of the Data Protection Authority in a decision
    of 14 November 2023"): that is the decision the court reviewed, even when no fact of
    that body carries the day."""
    if fact.action != "ruling":
        return False
    sentence = body[rough_sentence(body, decided.start).start : decided.end]
    named = {m.key for m in ctx.lexicon.mentions(sentence) if m.kind == "authority"}
    return fact.authority not in named and not _COURT_WORDS.search(sentence)


_COURT_WORDS = compiled(
    r"\b(?:court|tribunal|judge|justices?|bench|judgm?ents?|rulings?|verdict|appeal)\b", re.I
)


def _date_listed_measures(body: str, end: int, date: Located, facts: list[Fact]) -> None:
    """ "The order (dated 28 November 2023) does four things:" and then one list item for
    each measure: every measure listed is the dated decision's."""
    listed_to = _list_end(body, end)
    for fact in facts:
        if fact.action == "ruling" or not end <= fact.mentions[0][0] < listed_to:
            continue
        if fact.date is not None and fact.date.text != date.text:
            if not _relative(body, fact.date):
                continue  # "- on 3 May it also banned …": an item dated otherwise
            fact.announced = fact.announced or fact.date
        fact.date = date


def _list_end(body: str, start: int) -> int:
    """Where the list of items that begins right after `start` ends (`start` if none does)."""
    end = start
    for line in re.finditer(r"[^\n]*(?:\n|$)", body[start:]):
        if not line.group().strip():
            if line.end() == len(body) - start:
                break
            continue  # items may be parted by blank lines
        if not _LIST_ITEM.match(line.group()):
            break
        end = start + line.end()
    return end


def _parties_shares(body: str, facts: list[Fact], sums: list[Fact]) -> None:
    """ "BRASILIA, Oct 18 - CADE on Wednesday fined two companies and an executive a combined
    82.3 million reais … Alvorada received the largest fine, 48.7 million reais. … was ordered
    to pay 2.4 million reais.": each party's share, told after the dated decision against them
    all with no date of its own, is that decision's — until a heading or another dated action."""
    ordered = sorted([*facts, *sums], key=lambda f: f.mentions[0][0])
    group: Fact | None = None
    for fact in ordered:
        told, end = fact.mentions[0]
        if group is not None and (
            first_heading(body, group.mentions[0][1], told) or _EARLIER.search(body, told, end)
        ):
            group = None  # a new section, or an earlier case told for comparison
        inherited = group is not None and fact.date == group.date
        if fact.date is not None and not inherited:
            group = fact if several_parties(body, told, end) else None
            continue
        if (
            group is None
            or told < group.mentions[0][1]  # a share told in a sentence after the decision's
            or fact.action == "ruling"
            or fact.authority != group.authority
        ):
            continue
        fact.date = group.date
        fact.announced = fact.announced or group.announced


# "The CNMC had previously fined Sales Norte €1 million": another, earlier case.
_EARLIER = compiled(
    r"\b(?:previously|earlier|already|formerly|in\s+the\s+past|last\s+year|years?\s+ago)\b",
    re.I,
)


def _item_announced(
    text: str, span: Span, dates: list[DateMention], stated: set[tuple[int, int]]
) -> tuple[int, Located] | None:
    """ "The decision, published on 20 March, …": a sentence of its own referring back to the
    measure told before, with the day it was made public."""
    if any(s <= span.start < e for s, e in stated) or not _REFERS_BACK.match(text):
        return None
    for d in dates:
        if re.search(
            r"\b(?:published|announced|made\s+public|released)\s+(?:on\s+)?$",
            text[max(0, d.start - 30) : d.start],
        ):
            return span.start, _located_date(d, span.start)
    return None


# A sentence whose day opens on the regulator issuing the decision document it tells: "On
# Monday, the CFTC issued an order simultaneously filing and settling charges against …",
# "On 3 May the authority adopted a decision sanctioning …".
_ISSUES_DOCUMENT = compiled(
    # (the regulator's own act, not "announced that it had issued a Final Order")
    r",?\s+(?:(?!\b(?:announced|said|stated|reported|disclosed|published|confirmed|revealed)\b)"
    r"[^,.;]){1,80}?\s+(?:issued|adopted|entered|signed)\s+(?:its|the|an?)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_DOCUMENT}\b",
    re.I,
)


# Words dating a decision document: "notice, dated", "Final Notice … was issued on".
_DOCUMENT_DATED = compiled(
    r"\b(?:dated|issued\s+on|adopted\s+on|signed\s+on)\W*$"
    # "a consent agreement registered with the Competition Tribunal on June 10"
    r"|\b(?:registered|filed|entered|approved)\s+(?:with|by|before)\s+[^.;,]{1,60}?\s+on\s+$",
    re.I,
)


# "In a judgment dated 18 December 2025, … it cut the fine": the court's day, not the fine's.
_COURT_DATED = compiled(r"\b(?:judgm?ent|ruling|verdict|hearing)\b[^.;]{0,20}$", re.I)


def _dated_otherwise(body: str, fact: Fact, decided: Located, ctx: _ArticleContext) -> bool:
    """ "Last year, the regulator temporarily banned …": a sentence dating its action, if
    only by a year, is not dated by the decision document the article names elsewhere; nor
    is "In the same decision, …", dated by the decision told before it (`_same_day`)."""
    text = body[fact.start : fact.end]
    if _SAME_DAY.search(body, *fact.mentions[0]) and not _PUBLISHED_SAME_DAY.search(
        body, *fact.mentions[0]
    ):
        return True
    return any(
        not _DATELINE.match(text[: d.start])
        and not _not_an_actions_day(text, d)
        and not _COURT_DATED.search(text, max(0, d.start - 30), d.start)
        and not (fact.announced and d.month)
        and d.year is not None
        and not _told_as_the_wrongs(body, fact, fact.start + d.start)
        and not decided.text.startswith(_located_date(d, 0).text)
        for d in find_dates(text, ctx.published)
    )


def _relative(body: str, date: Located) -> bool:
    """A date written without a number ("today", "on Tuesday", "last month")."""
    return date.end > date.start and not any(c.isdigit() for c in body[date.start : date.end])


_DECIDED_WORDS = compiled(
    r"\b(?:dated|issued|taken|adopted|signed|decided|made|on"
    # "the decision of 3 May", "Resolution No. 28417 of 14 May 2024", "Deliberação/2025/87 of"
    rf"|(?:{_DOCUMENT}|judgm?ent){_DOCUMENT_NUMBER}\s+of)\W*$",
    re.I,
)


# "… signed the administrative consent order Tuesday": the day written right after the document
# its signing names.
_SIGNED_THEN_DAY = compiled(
    r"\b(?:signed|issued|adopted|filed|entered|approved)\s+(?:the|a|an|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_DOCUMENT}\s+(?:on\s+)?$",
    re.I,
)


# Someone speaking: "its legal director told local radio on", "the bank stated on".
_SPOKE = compiled(
    r"\b(?:said|told|stated|commented|added|explained|wrote)\b[^.;]{0,30}\bon\s+$", re.I
)


_ANNOUNCED_WORDS = compiled(
    r"\b(?:announced|published|said|made\s+public|disclosed|released)\b[^.;]{0,30}$", re.I
)


# A sentence opening on the regulator making its decision public, the day in that clause:
# "Announcing the decision at a news conference in Monrovia on Monday, the agency's …",
# "Presenting the sanctions to reporters in Dakar on 12 March, …".
_ANNOUNCING = compiled(
    r"\W*(?:Announcing|Unveiling|Presenting|Publishing|Releasing)\s+(?:the|its|their|this)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT}|measures|sanctions|fines|penalties)\b"
    r"[^,.;]{0,80}?\b(?:on|last|this)\s+$",
    re.I,
)


# A measure told as part of the decision told before it: "The regulator also ordered …", "At
# the same time it ordered …", "Apart from the fine, the tribunal ordered …", "Under the same
# settlement X will pay …", "The same decision fined …".
_ALONG_WITH = compiled(
    rf"{_PART_OF_IT.pattern}"
    r"|\b(?:apart\s+from|besides|in\s+addition\s+to)\s+the\s+(?:[\w-]+\s+)?(?:fine|penalty"
    r"|sanction)s?\b",
    re.I,
)
# … or told so in words naming that decision itself: whatever it is dated by.
_SAME_DECISION = compiled(
    r"\bat\s+the\s+same\s+time\b"
    rf"|\b(?:under|in|by)\s+the\s+same\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENT}\b"
    rf"|\bthe\s+same\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENT}\s+(?:also\s+)?[a-z]+ed\b",
    re.I,
)


def _measure_continued(body: str, fact: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The dated measure an undated one continues: "On 14 January the regulator fined X …"
    and, paragraphs on in the same section, "The regulator at the same time ordered X to …":
    the measure last told before it, by the same regulator or against the same party, if
    dated and not another regulator's. None if the fact's sentence does not tell it so."""
    if fact.action == "ruling":
        return None
    told, end = fact.mentions[0]
    # ("The same AK decision fined …" refers back to that decision, not to a measure told)
    same = _SAME_DECISION.search(body, told, end)
    if not same and (_REFERS_BACK.match(body, told) or not _ALONG_WITH.search(body, told, end)):
        return None
    # ("At the same time, Italy's Garante has fined …" may mean "meanwhile": it names no
    # decision, so the section and the regulator still count)
    names_it = same is not None and not re.match(r"at\s", same.group(), re.I)
    before: list[tuple[int, Fact]] = []
    for f in facts:
        if (
            f is fact
            or f.action == "ruling"
            or not (
                f.respondent_key == fact.respondent_key
                or (f.authority is not None and f.authority == fact.authority)
            )
        ):
            continue
        at = max((s for s, _ in f.mentions if s <= told), default=None)
        if at is None or (at == told and f.date is None):
            continue  # (not another measure of its own sentence, undated too)
        # (in another section too, when its words name that decision: "The same AK decision
        # fined …" under a heading of its own)
        if names_it or not first_heading(body, at, told):
            before.append((at, f))
    if not before:
        return None
    # The measure told last: "In the Ceylon Orient Bank case the FIU also directed …" after
    # that bank's fine, undated, is not of the decision dated in the item before it.
    measure = max(before, key=lambda item: item[0])[1]
    if measure.date is None:
        return None
    # Another regulator's: "The UK has also imposed a penalty" after the CNIL's fine (but
    # "Under the same settlement" names the decision itself).
    if (
        not names_it
        and measure.authority
        and fact.authority
        and measure.authority != fact.authority
    ):
        return None
    return measure


def _another_decisions(
    body: str, fact: Fact, at: int, date: Located, continued: dict[int, Fact]
) -> bool:
    """Whether the decision dated at `at` is not the one `fact` is a measure of: the fact
    continues a measure dated otherwise, told before, and the decision's sentence does not
    refer back to it ("The order, dated 3 June, …")."""
    measure = continued.get(id(fact))
    return (
        measure is not None
        and measure.date is not None
        and measure.date.text != date.text
        and not _REFERS_BACK.match(body, at)
    )


def _measure_dates(
    body: str, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """A measure's day told outside its sentence: the day its body's sentence before opened on
    (`_dated_openings`), the day of the measure it continues (`_continued_measures`)."""
    _dated_openings(body, sentences, facts, ctx)
    _continued_measures(facts, body)
    _separate_decisions_day(body, facts, ctx)
    _in_effect_from(body, facts, ctx)
    _agreed_before_approved(body, facts, ctx)


# "Under the agreement, which an administrative law judge … approved on October 2, …": the day
# a judge or panel approved an agreement told before.
_APPROVED_LATER = compiled(
    r"\b(?:the|this|that)\s+(?:(?:settlement|consent)\s+)?(?:agreement|settlement|deal)\s*,?\s*"
    r"(?:which|that)\b[^.;]{0,120}?\b(?:approved|endorsed|accepted|confirmed|sanctioned)"
    r"\s+(?:it\s+)?on\s+$",
    re.I,
)
# "On September 24, 2025, X and OSHA entered into a settlement agreement", "X reached a
# settlement with the Commission on 2 April 2025", "signed a consent agreement".
_AGREEMENT_MADE = compiled(
    r"\b(?:entered\s+into|signed|reached|concluded|executed)\s+(?:an?|the|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreement|settlement|deal)\b",
    re.I,
)


def _agreed_before_approved(body: str, facts: list[Fact], ctx: _ArticleContext) -> None:
    """Terms told "under the agreement, which a judge approved on October 2" after the
    agreement was told made on its own day ("On September 24, 2025, X and OSHA entered into a
    settlement agreement"): the day the parties agreed, not the later approval's."""
    for fact in facts:
        if fact.action == "ruling" or fact.date is None:
            continue
        told, end = fact.mentions[0]
        if not told <= fact.date.start < end:
            continue
        if not _APPROVED_LATER.search(body, max(told, fact.date.start - 200), fact.date.start):
            continue
        # the agreement made, told in this paragraph or the one before, on a day of its own
        start = body.rfind("\n\n", 0, body.rfind("\n\n", 0, told)) + 1
        made = None
        for span in split_sentences(body[start:told]):
            text = body[start + span.start : start + span.end]
            if not _AGREEMENT_MADE.search(text):
                continue
            days = [d for d in find_dates(text, ctx.published) if d.day and d.month]
            if len(days) == 1:
                made = _located_date(days[0], start + span.start)
        if made is not None and made.text != fact.date.text:
            fact.date = made


# "… that it had suspended X's licence for six months, with effect from May 1, 2026",
# "…, effective 1 March 2025": the day a suspension took effect.
_EFFECT_FROM = compiled(
    r"\b(?:with\s+effect\s+(?:from|as\s+of)|effective\s+(?:from\s+|as\s+of\s+)?"
    r"|taking\s+effect\s+(?:from|on)|starting|as\s+from)\s*$",
    re.I,
)
# "confirmed on Wednesday that", "said on 10 March 2025 that", "announced on Monday it had …"
_SPOKEN_ON = compiled(
    r"\b(?:said|confirmed|announced|stated|disclosed|told\s+[\w ]{1,30}?)\s+(?:on\s+)?$", re.I
)


def _in_effect_from(body: str, facts: list[Fact], ctx: _ArticleContext) -> None:
    """A suspension told with the day it took effect ("with effect from 1 May") in a sentence
    whose only other day is when someone said or confirmed it ("the GEA confirmed on
    Wednesday that it had suspended …"): the suspension's day is the day it took effect; the
    day it was told, its announcement. Told with its own deciding day ("On 3 March the
    authority suspended … with effect from 1 April"), it keeps that."""
    for fact in facts:
        told_on = fact.date or fact.announced
        if fact.action != "ban" or told_on is None:
            continue
        told, end = fact.mentions[0]
        sentence = body[rough_sentence(body, told).start : end]
        offset = end - len(sentence)
        dates = [d for d in find_dates(sentence, ctx.published) if d.month]
        effective = [d for d in dates if _EFFECT_FROM.search(sentence[: d.start])]
        if len(effective) != 1 or not effective[0].day:
            continue
        others = [d for d in dates if d is not effective[0]]
        if not others or not all(_SPOKEN_ON.search(sentence[: d.start]) for d in others):
            continue
        if told_on.start - offset not in {d.start for d in others}:
            continue
        fact.announced = fact.announced or told_on
        fact.date = _located_date(effective[0], offset)


def _continued_measures(facts: list[Fact], body: str) -> None:
    """An undated measure told as part of a dated one before it in the same section ("The
    ARTP also ordered Kayor to …" two paragraphs after "On 4 February 2026, the ARTP imposed
    a fine …") has that measure's date."""
    for fact in facts:
        if fact.date is not None and not _in_dateline(body, fact.date):
            continue
        if measure := _measure_continued(body, fact, facts):
            # (a wire story's "JOHANNESBURG, June 24 -" is the day it was reported)
            fact.announced = fact.announced or fact.date or measure.announced
            fact.date = measure.date


def _in_dateline(body: str, date: Located) -> bool:
    """Whether a date is a wire story's dateline's: "JOHANNESBURG, June 24 (Wire) -"."""
    line = body.rfind("\n", 0, date.start) + 1
    before = body[line : date.start]
    # (a place in capitals, accents too: "SAN JOSÉ, Aug 7 -")
    place = re.match(r"\s*([^\W\d][^,\n\d]{1,40}),\s+$", before)
    return date.end > date.start and (
        bool(_DATELINE.match(before)) or (place is not None and place[1].isupper())
    )


# A sentence opening on the day its body acted: "On 26 September 2024 the Plenum of the
# Competition Council found …", "On 12 June 2025, the Court of Appeal accepted …".
# (or on its month: "In June the Committee found …", "In March 2024, the Commission …")
# (or on the day itself, told relatively: "Last month, the BCSC approved a settlement …")
_OPENS_ON = compiled(r"\W*(?:(?:On|In)\s+)?$")
# The words before the body's name in the subject: "the Plenum of the", "Moldova's" — not a
# verb ("On 4 March it confirmed the AGCM's finding": the court's day, not the AGCM's).
_SUBJECT_BEFORE = compiled(
    r",?\s*(?:(?:the|its)\s+)?"
    # the body's staff acting for it: "inspectors of the Authority", "officials from the EPA"
    r"(?:(?:[a-z]+\s+)?(?:inspectors|officials|officers|agents|investigators|staff)"
    r"\s+(?:of|from)\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,4}"
)
# An adverbial clause set off by commas between the day and the subject: "On 3 April 2025,
# after a year-long inquiry into roaming charges, the Authority found …", "On March 11,
# following a complaint by a consumer group, the agency fined …".
_INTERJECTED = compiled(
    r",\s*(?:after|following|upon|on\s+the\s+basis\s+of|in\s+response\s+to|at\s+the\s+end\s+of"
    r"|acting\s+on|as\s+part\s+of|during|having)\b[^,;.]{1,140},(?=\s)",
    re.I,
)


def _dated_openings(
    body: str, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """ "On 26 September 2024 the Plenum of the Competition Council found that X had abused
    … / The Council held that this infringed Article 11 and imposed a fine of …": a sentence
    opening on the day a body acted dates that body's undated measures told in it and in the
    next two sentences (the next paragraph at most, no heading, no other day or other decision
    told between)."""
    if not ctx.published:
        return
    for index, span in enumerate(sentences):
        text = body[span.start : span.end]
        day = next((d for d in find_dates(text, ctx.published) if d.month), None)
        if day is None or not _OPENS_ON.fullmatch(text[: day.start]):
            continue
        if not _tells_a_decision(text):
            continue  # "In January the FCA opened an investigation into …": no decision yet
        # the body acting: named right after the day ("On 3 May, the Plenum of the Council")
        subject_at = day.end
        if aside := _INTERJECTED.match(text, day.end):
            subject_at = aside.end()
        after = text[subject_at : subject_at + 60]
        bodies = [
            m
            for m in ctx.lexicon.mentions(after)
            if m.kind == "authority" and _SUBJECT_BEFORE.fullmatch(after[: m.start])
        ]
        # (every regulator a name may stand for: "the Competition Council")
        named = {m.key for m in bodies if m.start == bodies[0].start}
        if not bodies:
            # the story's regulator by its role: "In June the Committee found …"
            role = _BODY_BY_ROLE.match(after.lstrip(" ,"))
            main = ctx.main_authority and ctx.lexicon.authorities.get(ctx.main_authority)
            if role is None or not main or main.kind == "court":
                continue
            named = {ctx.main_authority}
        end = span.end
        for later in sentences[index + 1 : index + 3]:
            if (
                first_heading(body, end, later.end)
                or body.count("\n\n", span.start, later.end) > 1
                # (not a deadline or a running penalty's start: "ordered it to build a plant
                # by 30 June 2025")
                or any(
                    d.month and not _not_an_actions_day(body[later.start : later.end], d)
                    for d in find_dates(body[later.start : later.end], ctx.published)
                )
                # "Separately, the AMF fined …": a decision of its own
                or _ANOTHER_DECISION.search(body, later.start, later.end)
            ):
                break
            end = later.end
        start = span.start
        for fact in facts:
            if (
                fact.date is None
                and fact.authority in named
                and any(start <= s < end for s, _ in fact.mentions)
            ):
                fact.date = _located_date(day, span.start)


# A press release's own day, told in its opening: "Harrisburg, PA – The Department of
# Environmental Protection (DEP) today announced that …".
_TODAY_ANNOUNCED = compiled(
    r"\btoday\s+(?:announced|said|reported|released|published|issued)\b"
    r"|\b(?:announced|said)\s+today\b",
    re.I,
)


def _undated_news(fact: Fact, body: str) -> bool:
    """A measure the article reports with no date or announcement day of its own, that is not
    a court's ruling and not an earlier case it recalls ("had previously fined"): what a
    release's or round-up's own day or month may date."""
    told, end = fact.mentions[0]
    return (
        fact.date is None
        and fact.announced is None
        and fact.action != "ruling"
        and not _EARLIER.search(body, told, end)
    )


def _released_today(
    body: str, facts: list[Fact], ctx: _ArticleContext, sentences: Sequence[Span] = ()
) -> None:
    """What a regulator's press release reports with no date of its own ("Brennan Directional
    Drilling signed a separate CO&A and agreed to pay $85,000") was announced the day of the
    release — not an earlier case it recalls ("had previously fined")."""
    date_from_tables(body, facts, ctx)  # a digest's summary table dates its prose's measures
    meetings_day(body, sentences, facts, ctx)  # "At its meeting held on Friday, the Board …"
    made_public_day(body, sentences, facts, ctx)  # "The sanction was announced last Friday."
    _own_decisions_day(body, facts)
    _decisions_measures(body, sentences, facts, ctx)
    _days_of_months(body, sentences, facts, ctx)
    _decisions_named_by_month(body, facts, ctx)
    _round_ups_period(body, facts, ctx)
    release = _TODAY_ANNOUNCED.search(body, 0, 1500)
    if release is None or not ctx.published:
        return
    today = find_dates(body[release.start() : release.end()], ctx.published)
    if not today:
        return
    day = _located_date(today[0], release.start())
    for fact in facts:
        if (
            _undated_news(fact, body)
            and fact.authority == ctx.main_authority
            and fact.mentions[0][0] > release.start()
        ):
            fact.announced = day


# A round-up naming itself so: "Island markets enforcement round-up (January 2026)", "This
# edition covers decisions published between 1 and 31 January 2026", "our monthly digest".
_ROUND_UP = compiled(
    r"\b(?:round[\s-]?ups?|digest|newsletter|this\s+(?:edition|issue)|monthly\s+(?:look|review"
    r"|summary|update)|(?:the\s+)?month\s+in\s+(?:review|enforcement))\b",
    re.I,
)


_NO_DAY_GIVEN = compiled(
    r"\b(?:did|does|has|have)\s+not\s+(?:yet\s+)?(?:say|said|disclose[ds]?|give[ns]?|state[ds]?"
    r"|publish(?:ed)?|reveal(?:ed)?)\s+(?:when|the\s+date|on\s+what\s+(?:day|date))\b"
    r"|\b(?:undated|no\s+date\s+(?:was|is)\s+given)\b",
    re.I,
)


def _round_ups_period(body: str, facts: list[Fact], ctx: _ArticleContext) -> None:
    """A round-up of one month's decisions ("Island markets enforcement round-up (January
    2026)") dates by that month the measures its items give no day of their own (not even
    the day they were announced) — "Separately, the hearing panel imposed an administrative
    fine of TT$60,000 on …" — but not an earlier case an item recalls ("in 2023")."""
    if not ctx.published:
        return
    first = first_heading(body)
    intro = body[: first.start() if first else min(len(body), 600)]
    told = f"{ctx.title or ''}\n{intro}"
    if not _ROUND_UP.search(told):
        return
    months = {(d.year, d.month) for d in find_dates(told, ctx.published) if d.year and d.month}
    if len(months) != 1:
        return
    ((year, month),) = months
    at = len(intro)
    sections = [m.start() for m in headings(body)] + [len(body)]
    period = Located(text=f"{year:04d}-{month:02d}", start=at, end=at)
    for fact in facts:
        told_at, end = fact.mentions[0]
        if (
            _undated_news(fact, body)
            and told_at >= at
            and not any(d.year for d in find_dates(body[told_at:end], ctx.published))
            # "SDAIA did not say when the decision was taken": an item saying it has no day
            and not _NO_DAY_GIVEN.search(
                body,
                max((s for s in sections if s <= told_at), default=0),
                min(s for s in sections if s > told_at) if told_at < len(body) else len(body),
            )
        ):
            fact.date = period


# A paragraph opening on another decision: "In a separate decision published on its website
# last Friday, RURA fined two intercity bus companies …".
_SEPARATE_DECISION = compiled(
    rf"\W*(?:In|By|Under)\s+(?:a|an)\s+(?:separate|another|second|different|parallel)\s+"
    rf"(?:[\w-]+\s+)?{_DOCUMENT}\b[^.;]*",
    re.I,
)
_MADE_PUBLIC = compiled(
    r"\b(?:published|announced|made\s+public|released|posted)\b[^.;,]{0,30}?\s+$", re.I
)


def _separate_decisions_day(body: str, facts: list[Fact], ctx: _ArticleContext) -> None:
    """The measures a paragraph tells after opening on another decision ("In a separate
    decision published on its website last Friday, RURA fined two bus companies. X was fined
    Rwf 3 million …") have the day that opening gives it: made public then (the only day the
    copy gives that decision), or decided then ("In a separate decision adopted on 3 May")."""
    if not ctx.published:
        return
    for fact in facts:
        told = fact.mentions[0][0]
        if fact.action == "ruling" or fact.date is not None or fact.announced is not None:
            continue
        paragraph = body.rfind("\n\n", 0, told) + 1
        opening = _SEPARATE_DECISION.match(body, paragraph, fact.mentions[0][1])
        if opening is None:
            continue
        text = opening.group()
        for d in find_dates(text, ctx.published):
            if not d.month and not d.relative:
                continue
            located = _located_date(d, opening.start())
            if _MADE_PUBLIC.search(text, 0, d.start):
                # made public then, on no day of its own the copy gives: the only day it has,
                # a decision of its own (not the one told before)
                fact.date = fact.announced = located
            elif _DECIDED_WORDS.search(text[max(0, d.start - 30) : d.start]):
                fact.date = located
            else:
                continue
            break


# A sentence telling a body's decision on a day: "The Board of Directors of the SC resolved
# on 21 March 2025 to impose fines …", "On 13 November 2025, a panel of the MSC approved a
# settlement agreement …", "the Commission decided on 3 May to fine …". The deciding verb,
# within the clause of the day (before it or after it).
_DECIDING = compiled(
    r"\b(?:resolved|decided|approved|adopted|agreed|voted|determined|concluded|imposed|fined"
    r"|sanctioned|penali[sz]ed|accepted|endorsed|ratified|issued|ordered|directed)\b",
    re.I,
)
_ON_THE_DAY = compiled(r"\b(?:[Oo]n|dated)\s+$")
# What an enforcement decision is about, by name: "adopted a decision against three banks",
# "concluded its investigation into Acme", "approved a settlement agreement with …".
_ENFORCEMENT_DECISION = compiled(
    r"\b(?:decisions?|resolutions?|rulings?|determinations?|investigations?|proceedings|cases?"
    r"|inquir(?:y|ies)|probes?|agreements?|settlements?|undertakings|commitments|sanctions?"
    r"|penalt(?:y|ies)|fines?|orders?|infringements?|breach(?:es)?|violations?|charges?)\b",
    re.I,
)
# A finding about a party: "found that X had abused", "concluded that the bank breached".
_FINDING = compiled(r"\b(?:found|concluded|held|ruled|established|determined)\s+that\b", re.I)


_CASE_OPENED = compiled(
    r"\b(?:open|launch|start|begin|began|begun|initiat|commenc)\w*\s+(?:an?|its|the|a\s+formal)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:investigations?|inquir(?:y|ies)|probes?|proceedings|cases?)\b",
    re.I,
)


# A measure taken on the spot, on the day the story then tells the fine and orders of:
# "On 14 May, inspectors of the EPA sealed the warehouse …", "officials shut down the plant".
_ON_THE_SPOT = compiled(
    r"\b(?:sealed(?:\s+off)?|padlocked|shut\s+down|closed\s+down|shut\s+(?:the|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:plant|factory|premises|site|warehouse|shop|store|mine|facility))\b",
    re.I,
)


def _tells_a_decision(text: str) -> bool:
    """Whether a sentence tells a regulator deciding a case — a measure, a finding about a
    party, a decision or settlement by name ("adopted a decision against three banks",
    "approved a settlement agreement with …") — not its other business: "approved the merger
    of X and Y", "issued new guidelines for two industries", "opened an investigation"."""
    # (a case opened is not yet decided: "decided to open an inquiry into …")
    rest = _CASE_OPENED.sub(" ", text)
    return bool(
        find_actions(text)
        or _FINDING.search(text)
        or _ON_THE_SPOT.search(text)
        or (_DECIDING.search(rest) and _ENFORCEMENT_DECISION.search(rest))
    )


# A deciding body named by its role only: "the Board", "a panel", "the Commission".
_BODY_BY_ROLE = compiled(
    r"\b(?:[Tt]he|[Aa])\s+(?:[A-Z][\w-]*\s+){0,2}?(?:[Bb]oard|[Pp]anel|Commission|Authority"
    r"|Council|Committee|Superintendency|Superintendencia|[Rr]egulator|[Aa]gency|[Cc]ollege"
    r"|Plenum|Plenary)\b"
)


@cache
def _other_cases_heading() -> re.Pattern[str]:
    words = load_toml("events.toml")["sections"]["other_cases"]
    return compiled(rf"\W*(?:{'|'.join(words)})\b[^\n]*$", re.I)


def _last_heading_before(body: str, at: int) -> re.Match[str] | None:
    """The last `_HEADING` match of `body[:at]` (the body's headings found once:
    `body_headings`)."""
    found = headings(body, 0, at)
    return found[-1] if found else None


def _in_other_cases_section(body: str, at: int) -> bool:
    """Whether `at` is under a heading telling other cases ("**Background**")."""
    last = _last_heading_before(body, at)
    if last is None:
        return False
    line_end = body.find("\n", last.start())
    line = body[last.start() : line_end if line_end >= 0 else len(body)]
    return bool(_other_cases_heading().match(line.strip().strip("#*").strip()))


def _dated_decisions(
    body: str, sentences: Sequence[Span], ctx: _ArticleContext
) -> list[tuple[Span, Located, set[str]]]:
    """Every sentence telling a regulator's decision on a day: its span, the day and the
    regulators it may be (not a court's: a judgment is dated by `_date_judgments`)."""
    found: list[tuple[Span, Located, set[str]]] = []
    for span in sentences:
        text = body[span.start : span.end]
        # (the sentence's days first: read already, and most sentences have none)
        days = find_dates(text, ctx.published)
        if not days or not _DECIDING.search(text):
            continue
        for d in days:
            # (a day written in figures: "on 21 March", not "on Tuesday")
            if not d.month or not d.day or not any(c.isdigit() for c in text[d.start : d.end]):
                continue
            if not _ON_THE_DAY.search(text[max(0, d.start - 10) : d.start]):
                continue
            if _IN_FORCE.search(text[max(0, d.start - 60) : d.start]):
                continue
            # the deciding verb in the day's clause
            left = text[: d.start]
            clause_start = max(left.rfind(";"), left.rfind(". "), 0)
            right_end = len(text)
            for stop in (";", ". "):
                at = text.find(stop, d.end)
                if at >= 0:
                    right_end = min(right_end, at)
            clause = text[clause_start:right_end]
            if not _DECIDING.search(clause):
                continue
            named = {
                m.key
                for m in ctx.lexicon.mentions(clause)
                if m.kind == "authority"
                and not (
                    m.key in ctx.lexicon.authorities
                    and ctx.lexicon.authorities[m.key].kind == "court"
                )
            }
            if not named and ctx.main_authority and _BODY_BY_ROLE.search(clause):
                main = ctx.lexicon.authorities.get(ctx.main_authority)
                if main is None or main.kind != "court":
                    named = {ctx.main_authority}
            if not named or _ABOUT_COURT.search(clause):
                continue
            # a decision of enforcement (a measure, a case, a decision against someone) — not
            # the regulator's other business: "approved the merger of X and Y", "issued new
            # guidelines for two industries"
            if not _tells_a_decision(clause):
                continue
            found.append((span, _located_date(d, span.start), named))
            break
    return found


def _decisions_measures(
    body: str, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """ "On 13 November 2025, a panel of the MSC approved a settlement agreement with Red
    River and its CEO … **The sanctions** Under the settlement: - Red River agreed to pay
    …; - Mr. Toews is prohibited from …": a regulator's decision dated once, its measures told
    in later sentences, lists and sections with no date of their own. Each undated measure of
    that regulator told after it, before another decision or dated measure of the regulator,
    is that decision's — not a court's ruling, not an earlier case ("had previously fined", a
    "Background" section), not another story of a round-up."""
    if not ctx.published:
        return
    decisions = _dated_decisions(body, sentences, ctx)
    if not decisions:
        return
    round_up = _ROUND_UP.search(f"{ctx.title or ''}\n{body[:600]}") is not None
    first = decisions[0][0].end
    for fact in facts:
        # (told in the story's summary too: "At a glance: - Mr. Toews is barred for seven
        # years", and again under the decision told after it)
        told, end = next(((s, e) for s, e in fact.mentions if s >= first), fact.mentions[0])
        if (
            fact.date is not None
            or fact.action == "ruling"
            # (a daily penalty threatened, "has two months to comply, under penalty of
            # €100,000 a day", is dated by the decision that sets it running, if any)
            or fact.action == "penalty_payment"
            or fact.authority is None
            or _EARLIER.search(body, told, end)
            or _in_other_cases_section(body, told)
        ):
            continue
        # "Separately, the authority fined …": a decision of its own
        own = rough_sentence(body, told)
        if _ANOTHER_DECISION.match(body[own.start : own.end].lstrip()):
            continue
        before = [d for d in decisions if d[0].end <= told]
        if not before:
            continue
        span, day, named = before[-1]
        if fact.authority not in named:
            continue
        # another measure of the regulator dated otherwise, told between: another decision
        if any(
            f is not fact
            and f.action != "ruling"
            and f.date is not None
            and f.date.text != day.text
            and f.authority == fact.authority
            and span.end <= f.mentions[0][0] < told
            and not _relative(body, f.date)
            for f in facts
        ):
            continue
        # the decision's parties: named in its sentence or the section it opens (up to the
        # next heading, or to the measure), or counted by its sentence ("on two flour
        # producers") — not a related story's headline after the article
        heading = first_heading(body, span.end, told)
        if heading is not None and round_up:
            continue  # another item of a round-up
        section = body[span.start : heading.start() if heading else told]
        if not (
            (fact.respondent_key and find_respondent(section, fact.respondent_key) is not None)
            or COUNTED_PARTIES.search(body, span.start, span.end)
        ):
            continue
        fact.date = day


def _paragraphs_apart(breaks: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether two runs of blank lines lie wholly within `a`..`b` (so the text between holds
    more than one paragraph break), found by bisecting the body's runs once listed."""
    i = bisect.bisect_left(breaks, (a, a))
    return i + 1 < len(breaks) and breaks[i + 1][1] <= b


def _days_of_months(
    body: str, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """ "Last month, on 11 August, the Appeals Board rejected the appeal", "In August the
    Appeals Board rejected the appeal … The Board, which ruled on 11 August, …": an action
    dated by its month only, its day told too — in its own sentence, or in another naming
    its body and the same kind of act in its paragraph or the next (no heading between, no
    other party's) — has that day, if the copy gives only one (not a
    deadline, a payment or a period's bound: `_not_an_actions_day`)."""
    if not ctx.published:
        return
    from .event_clauses import _kinds_in, dates_another_event

    breaks = [m.span() for m in re.finditer(r"\n{2,}", body)]
    for fact in facts:
        if fact.date is None or len(fact.date.text) != 7 or fact.authority is None:
            continue
        month = fact.date.text
        kind = {"ruling"} if fact.action == "ruling" else {"sanction"}
        own = [Span(s, e) for s, e in fact.mentions]
        own_starts = [o.start for o in own]
        days: set[str] = set()
        found: Located | None = None
        for span in sentences:
            text = body[span.start : span.end]
            if month[5:] and not re.search(r"\d", text):
                continue
            is_own = any(o.start <= span.start < o.end for o in own)
            near = any(
                not _paragraphs_apart(breaks, a, b)
                and not first_heading(body, a, b)
                and body.count("\n\n", a, b) <= 1
                for a, b in (sorted((o, span.start)) for o in own_starts)
            )
            if not is_own and (
                not near
                or fact.authority
                not in {m.key for m in ctx.lexicon.mentions(text) if m.kind == "authority"}
                or not (_kinds_in(text) & kind)
                # (not another party's: "In a resolution issued on 20 January, ASEP set the
                # total accrued" by another company)
                or any(
                    f is not fact
                    and (
                        any(s <= span.start < e for s, e in f.mentions)
                        or (
                            f.respondent_key != fact.respondent_key
                            and f.respondent_key
                            and find_respondent(text, f.respondent_key) is not None
                        )
                    )
                    for f in facts
                )
            ):
                continue
            for d in find_dates(text, ctx.published):
                located = _located_date(d, span.start)
                if (
                    located is None
                    or not d.day
                    or not located.text.startswith(month + "-")
                    or not any(c.isdigit() for c in text[d.start : d.end])
                    or not _ON_THE_DAY.search(text[max(0, d.start - 10) : d.start])
                    or _not_an_actions_day(text, d)
                    or dates_another_event(text, d.start, d.end, kind)
                ):
                    continue
                days.add(located.text)
                found = located
        if len(days) == 1 and found is not None:
            fact.date = found


def _own_decisions_day(body: str, facts: list[Fact]) -> None:
    """ "The Tribunal held that the clauses were unlawful, and on 24 March 2025 it imposed a
    fine of P6.8 million on Tlotlo": a body deciding the case itself (a tribunal at first
    instance) — its finding, told as a ruling, and its fine in one sentence are one decision
    of one day. The fine left undated beside the dated ruling of the same body (the day was
    given to the ruling, a court's usually being another's fine) has that day; so do the
    measures told as part of it ("The Tribunal also ordered …")."""
    changed = False
    for ruling in facts:
        if ruling.action != "ruling" or ruling.date is None or ruling.authority is None:
            continue
        if ruling.date.end <= ruling.date.start:
            continue
        for fact in facts:
            if (
                fact.action == "ruling"
                or fact.date is not None
                or fact.authority != ruling.authority
                or not any(
                    s <= ruling.date.start < e and (s, e) in ruling.mentions
                    for s, e in fact.mentions
                )
            ):
                continue
            fact.date = ruling.date
            changed = True
    if changed:
        _continued_measures(facts, body)


@cache
def _decided_in() -> re.Pattern[str]:
    """ "the same January round of decisions", "its March meeting", "the October
    enforcement sweep": a decision named by its month (nouns in data/events.toml)."""
    nouns = "|".join(load_toml("events.toml")["decided_in"]["nouns"])
    return compiled(
        r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[\w-]+['’]s)\s+(?:same\s+)?"
        rf"(?P<m>{MONTH_NAMES})\s+(?:[a-z-]+\s+)?(?:{nouns})\b"
    )


_TO_COME = compiled(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|to)\b|next|upcoming|forthcoming"
    r"|coming)\b",
    re.I,
)
_COURTS_OWN = compiled(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)?\s*(?:court|tribunal|judge|appeals?\s+board)s?['’]s?\s", re.I
)


def _decisions_named_by_month(body: str, facts: list[Fact], ctx: _ArticleContext) -> None:
    """ "In the same January round of decisions, it fined smaller operator Nineveh Net IQD
    750 million": a measure with no date of its own, told as part of a decision named by its
    month, is of that month (the last one not after publication)."""
    if not ctx.published:
        return
    for fact in facts:
        if fact.date is not None or fact.action == "ruling":
            continue
        told, end = fact.mentions[0]
        named = _decided_in().search(body, told, end)
        if named is None:
            continue
        # a meeting still to come ("will decide at its September meeting whether to fine"),
        # or a court's hearing of the appeal ("will be heard at the tribunal's September
        # hearing"): not the month the measure was decided
        own = rough_sentence(body, named.start())
        if _TO_COME.search(body, own.start, named.start()) or _COURTS_OWN.match(named.group()):
            continue
        month = [d for d in find_dates(f"in {named['m']}", ctx.published) if d.month]
        located = _located_date(month[0], 0) if month else None
        if located is not None:
            fact.date = Located(text=located.text, start=named.start("m"), end=named.end("m"))


# "Inspectors … found the unguarded roller the next morning and issued a stop-work order": the
# day after the last day the story told (not "the day after the decision": that names its
# own event).
_NEXT_DAY = compiled(
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|a\s+day\s+later)\b", re.I
)


def _next_days(body: str, facts: list[Fact], ctx: _ArticleContext) -> None:
    """A measure told only as taken "the next day" is of the day after the last full day
    written before it in its paragraph or the two before (no heading between)."""
    if not ctx.published:
        return
    # "two days later, on Thursday": the offset from the measure told before
    days_later(body, facts, ctx.published)
    for fact in facts:
        if fact.date is not None or fact.announced is not None:
            continue
        told, end = fact.mentions[0]
        nxt = _NEXT_DAY.search(body, told, end)
        if nxt is None:
            continue
        start = told
        for _ in range(3):
            start = max(body.rfind("\n\n", 0, max(start - 1, 0)), 0)
        heading = [h.end() for h in headings(body, start, told)]
        start = max([start, *heading])
        text = body[start : nxt.start()]
        days = [
            d
            for d in find_dates(text, ctx.published)
            if d.date is not None
            and not d.relative
            and not _STATUTE_OF.search(text[max(0, d.start - 40) : d.start])
        ]
        if days:
            after = days[-1].date + timedelta(days=1)
            fact.date = Located(text=after.isoformat(), start=nxt.start(), end=nxt.end())
