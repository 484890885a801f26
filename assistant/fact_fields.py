"""The fields of one action as its own sentence states them: the party it is against, the
regulators taking it, its dates (decided, announced, due, in force) and its amount.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterator

from .article_context import _ANAPHORA_REACH, _ArticleContext
from .dates import DateMention
from .event_clauses import dates_another_event
from .fact_model import Amount, Fact, Located
from .lexicon import Lexicon
from .money import MoneyMention, currency_named_at
from .parties import (
    _NAME,
    AMOUNT_STARTS,
    AuthorityMention,
    Party,
    _clean,
    _written_forms,
    description_noun,
    fold,
    initials,
    is_indefinite,
    named_before,
    respondent_key,
    unnamed_object,
)
from .pattern_cache import compiled
from .people import legal_forms, looks_personal, role_phrase

_DECISION_DATE = compiled(
    r"\b(?:decision|ruling|order|notice)\b[^.;]{0,25}$|^\W*on\W*$|\bdated\W*$", re.I
)
# Not "said it had on July 29 directed X": the day of what it had done.
_ANNOUNCED_DATE = compiled(
    r"\b(?:made\s+public|announced|published|disclosed|revealed|said)\b"
    r"(?![^.;]*\b(?:had|has|have)\b)[^.;]{0,12}$",
    re.I,
)


# A body named as the one reviewing an action, not taking it: "upheld by the Privacy Appeals
# Board", "appealed to the Market Court" — or bringing the case the court decided: "in a case
# brought by ASIC", "proceedings brought by the regulator".
_REVIEWER = compiled(
    r"\b(?:(?:upheld|confirmed|annulled|overturned|quashed|reviewed|reduced|cut|set\s+aside)\s+by"
    r"|(?:case|proceedings|action|prosecution)\s+(?:was\s+|were\s+)?(?:brought|filed|launched)\s+by"
    r"|appeal(?:ed|s)?\s+(?:\w+\s+){0,3}?(?:to|with|before)"
    r"|(?:complaint|challenge|appeal)\s+(?:\w+\s+){0,3}?(?:to|with|before))\s+(?:the\s+)?$",
    re.I,
)


def _distance_to(party: Party, at: int) -> int:
    """Characters between a party and an amount: "Alder was fined €3m and Birchwood €1m" has
    Alder nearer to €3m than Birchwood, counted from where Alder's name ends."""
    return at - party.end if party.end <= at else abs(party.start - at)


# (Or the subject of a fine of its own: "The company was fined VND850 million, and its
# broker, Dong Phuong Securities, was fined VND400 million".)
_WITH_AMOUNT = compiled(
    r"\s+with\s+(?=\S{0,4}\d)"
    # ("Beta Haulage Ltd, which must pay K1 million": the sum told of it)
    r"|,\s+(?:which|who)\s+(?:must|will|(?:has|have)\s+to|is\s+to)\s+(?:also\s+)?pay\s+(?=\S{0,4}\d)"
    r"|(?P<fined>,?\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?fined\s+(?=\S{0,4}\d))"
    # ("pronounced to X a fine of KM 30.000, and to Mr Y a fine of KM 5.000": Y's is the second)
    r"|\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:fine|penalty)\s+(?:in\s+the\s+amount\s+)?of\s+(?=\S{0,4}\s?\d)"
)
# "… Sahel Aliments DH 96 millions and Rif Nutrition MAD 41.2 million": a name with a sum
# (its currency first) right after it.
_SUM_AFTER = compiled(rf"\s+(?=(?!\d{{4}}\b){AMOUNT_STARTS})")
# Whether a sum starts at a position (an order or a ban told at it has none).
_AN_AMOUNT = compiled(AMOUNT_STARTS)


# Between a company and a person named with it: "X and its chief executive, Jo Hale,".
_JOINT_WITH = compiled(
    r"\s+and\s+(?:its|their|the\s+(?:company|firm|bank)['’]s)\s+[^,.;\d]{1,50},\s+"
)


# A sentence opening on the party it is about: "Concerning the Lotos Bank, …", "As for
# Kestrel Ltd, …", "With regard to the second firm, Alder AS, …" (its name after the comma).
_TOPIC = compiled(
    r"[\W_]*(?:Concerning|Regarding|As\s+(?:for|to|regards)|With\s+(?:regard|respect)\s+to"
    r"|In\s+(?:the\s+case\s+of|respect\s+of|relation\s+to)|Turning\s+to)\s+(?:the\s+)?"
    rf"(?P<who>{_NAME})\s*,"
)


def _owns_another_amount(party: Party, near: int, body: str, offset: int) -> bool:
    """The party is told "with" an amount, or fined one, other than the one at `near`."""
    told = _WITH_AMOUNT.match(body, offset + party.end)
    if told is not None and told["fined"] and not _AN_AMOUNT.match(body, offset + near):
        return False  # its own fine, but this is no amount: an order, a ban
    return told is not None and told.end() != offset + near


def _others_sums(parties: list[Party], near: int, body: str, offset: int) -> list[Party]:
    """For an amount at `near` in a list of parties each with its sum ("Atlas will pay 184,6
    millions, Sahel DH 96 millions and Rif MAD 41.2 million"), the parties whose sum comes
    right after their name and is another: not its party, while a named one is left."""
    if not _AN_AMOUNT.match(body, offset + near):
        return []
    owners = []
    for party in parties:
        told = _SUM_AFTER.match(body, offset + party.end)
        if told is not None and told.end() != offset + near:
            owners.append(party)
    # (A party described is left as well as one named: "fined the bank 75.000 euros and
    # Valira 18.000 euros" — the bank's is the first.)
    left = [p for p in parties if p not in owners and p.start < near]
    return owners if any(not p.pronoun or description_noun(p.name) for p in left) else []


# A sum told on the party after it: "penalties of Rs5 million on A and Rs1 million on its
# chief executive, B", "a fine of 800 UF against its manager, B" — each sum is its own
# party's, however near the party before it.
_SUM_ON = compiled(
    r"[^\s\d]{0,4}\d[\d.,']*(?:\s+[^\s\d;,.]+){0,2}?\s+(?:on|upon|against)\s+"
    r"(?:(?:its|their|his|her|the\s+(?:company|firm|bank)['’]s)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,?\s+)?"
)


def _told_on(parties: list[Party], near: int, body: str, offset: int) -> Party | None:
    """The named party a sum at `near` is told "on" (`_SUM_ON`), if any."""
    return next(
        (
            p
            for p in parties
            if not p.pronoun
            and p.start > near
            and _SUM_ON.fullmatch(body, offset + near, offset + p.start)
        ),
        None,
    )


def _respondent(
    parties: list[Party], near: int, ctx: _ArticleContext, offset: int
) -> Located | None:
    if (on := _told_on(parties, near, ctx.body, offset)) is not None:
        return Located(text=on.name, start=offset + on.start, end=offset + on.end)
    # "followed by Birchwood with €2 million": Birchwood's is the amount after "with" only.
    parties = [p for p in parties if not _owns_another_amount(p, near, ctx.body, offset)]
    unnamed = [
        p
        for p in parties
        if p.pronoun and unnamed_object(ctx.body, offset + p.start, p.name, ctx.lexicon)
    ]
    if unnamed:
        parties = [p for p in parties if p not in unnamed]
        if not parties:
            return None  # "last year it fined a mobile phone importer": someone unnamed
    others = _others_sums(parties, near, ctx.body, offset)
    parties = [p for p in parties if p not in others]
    named = [p for p in parties if not p.pronoun]
    nearest = min(parties, key=lambda p: _distance_to(p, near), default=None)
    if nearest and description_noun(nearest.name) and all(ctx.is_individual(p.name) for p in named):
        # "a penalty of £2m on the company and £300,000 on its CFO, Jo Hale": the company is
        # no person named beside it.
        named = []
    pool = named or parties
    if pool:
        party = min(pool, key=lambda p: _distance_to(p, near))
        # "fined Kingston Wealth Ltd and its chief executive, Marcia Brown, J$4 million": one
        # sum after both, the company's (its person is named with it).
        party = next(
            (
                p
                for p in pool
                if p.end <= party.start < near
                and _JOINT_WITH.fullmatch(ctx.body, offset + p.end, offset + party.start)
            ),
            party,
        )
        if not party.pronoun:
            return Located(text=party.name, start=offset + party.start, end=offset + party.end)
        # "Concerning the Lotos Bank, by the same resolution the Board decided to impose on it
        # a fine": the party the sentence opens on as its topic is what "it" stands for.
        topic = _TOPIC.match(ctx.body, offset)
        if topic and (named := _clean(topic, ctx.lexicon)) and not named.pronoun:
            return Located(text=named.name, start=named.start, end=named.end)
        # "fined the plant" where the article introduced "the Kestrel Quarry cement plant".
        described = ctx.described(party.name, offset + party.start)
        if described:
            return Located(text=described, start=offset, end=offset)
        # "have fined a Tremley Point chemical plant $1.2m … and ordered the company to …":
        # the party the sentence described just before, itself named in the next sentence.
        lead = next(
            (p for p in reversed(parties) if p.end <= party.start and is_indefinite(p.name)),
            None,
        )
        described = lead and ctx.described(lead.name, offset + lead.start)
        if described:
            return Located(text=described, start=offset, end=offset)
        # "The biggest case concerns Anse Royale Motors (Pty) Ltd, … On 24 September the FTC
        # fined the dealer …": the one company the sentence before names.
        before = _the_company_before(party, ctx, offset)
        if before:
            return Located(text=before, start=offset, end=offset)
    # "The Deputy Ombudsman also ordered the company to …": the party sanctioned just before,
    # which in a round-up is not the article's main one.
    recent = ctx.last_party and offset - ctx.last_party[1] < _ANAPHORA_REACH
    who = ctx.last_party[0] if recent and ctx.last_party else ctx.main_respondent
    if not parties and not recent and (before := _the_one_named_before(ctx, offset)):
        # "… Hai Xiang Fishing Co., pleaded guilty in the Magistrate's Court. The court
        # imposed a fine of T$250,000": a sentence naming no one continues the one before,
        # whose company a court's or a follow-up's sentence did not make the last party.
        who = before
    if who and ctx.main_respondent and respondent_key(who) == respondent_key(ctx.main_respondent):
        who = ctx.main_respondent  # the article's full name for it ("Clearview AI")
    # "The airline has been directed to …" after a ban on its head of training, Jo Hale:
    # a company's noun never stands for a person, introduced by a role or not.
    company_noun = any(p.pronoun and description_noun(p.name) for p in parties)
    if company_noun and recent and who and _reads_as_person(who, ctx):
        # the company sanctioned last before the person
        companies = [
            n
            for n in ctx.sanctioned
            if not looks_personal(n, ctx.lexicon) and not ctx.is_individual(n)
        ]
        who = companies[-1] if companies else None
    if parties and (
        who is None
        or ctx.is_individual(who)
        or (company_noun and (_reads_as_person(who, ctx) or ctx.is_someone(who)))
    ):
        # "it", "the company" is never a person fined beside it, and stands for a company
        # even where the article names none as sanctioned.
        who = ctx.main_company() or who
    if who:
        return Located(text=who, start=offset, end=offset)  # resolved: no span of its own
    return None


def _the_one_named_before(ctx: _ArticleContext, offset: int) -> str | None:
    """The one company the sentence before the one at `offset` (in its paragraph) names, if
    it names one only and no person."""
    previous = [p for p in named_before(ctx.body, offset, ctx.lexicon) if not p.pronoun]
    keys = {respondent_key(p.name): p.name for p in previous}
    if len(keys) != 1 or any(
        ctx.is_someone(p.name) or _reads_as_person(p.name, ctx) for p in previous
    ):
        return None
    return next(iter(keys.values()))


def _the_company_before(party: Party, ctx: _ArticleContext, offset: int) -> str | None:
    """For a company's noun ("the dealer") the article introduced no party with, the one
    company the sentence before names, if it names one only. Where that sentence has the
    noun itself beside a party ("fined the bank €75,000 and Valira €18,000. It also ordered
    the bank to …"), the party is not the noun's: the story's main one, if another."""
    noun = description_noun(party.name)
    if not noun:
        return None
    previous = named_before(ctx.body, offset + party.start, ctx.lexicon)
    # (a company's noun is never the person named before: "Investor Tran Van Khoa was
    # fined …. The company itself was fined …")
    keys = {
        respondent_key(p.name): p.name
        for p in previous
        if not p.pronoun and not ctx.is_someone(p.name) and not _reads_as_person(p.name, ctx)
    }
    if any(p.pronoun and description_noun(p.name) == noun for p in previous):
        # the noun told sanctioned beside another party: the story's own, which that one is not
        main = ctx.main_respondent
        return main if main and keys and respondent_key(main) not in keys else None
    if len(keys) != 1:
        return None
    (name,) = keys.values()
    # "Kestrel" for the "Kestrel Air Ltd" fined before: the name the facts already use
    words = fold(name).split()
    return next(
        (n for n in reversed(ctx.sanctioned) if fold(n).split()[: len(words)] == words), name
    )


def _described_as_company(name: str, ctx: _ArticleContext) -> bool:
    """ "fined smaller domestic carrier Lagoon Air …; the carrier was also ordered": a name
    the article introduces with a company's noun is a company's, however much it reads like
    a person's."""
    key = respondent_key(name)
    return any(respondent_key(p.name) == key for _, p in ctx.descriptions())


def _reads_as_person(name: str, ctx: _ArticleContext) -> bool:
    """A name that reads like a person's and that the article does not write as a company's
    (with a legal form after it, or introduced with a company's noun)."""
    return (
        looks_personal(name, ctx.lexicon)
        and not _written_with_legal_form(name, ctx.body)
        and not _described_as_company(name, ctx)
    )


def _written_with_legal_form(name: str, body: str) -> bool:
    """ "cottonseed-oil producer Oltin Don Yog' JSC": a name the article writes with a legal
    form after it is a company's, however much it reads like a person's ("Don")."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}[’']?,?\s+([\w.&/]+)", body):
        if match.group(1) in _written_forms() or match.group(1).rstrip(".") in _written_forms():
            return True
    return False


# "issued cease-and-desist orders to Alder, Birchwood and a third firm, Cedar Ltd, requiring
# them to …": the further names of a list after the party a measure is against. A party of
# its own is introduced by "and" or a comma, maybe after what it is ("a third firm,").
_NEXT_IN_LIST = compiled(
    # (the full stop of a legal form the name was read without: "Skeena Corp., its CEO …")
    r"(?P<sep>\.?\s*,\s*(?:and\s+)?|\.?\s+and\s+)"
    r"(?:(?:an?\s+(?:second|third|fourth|fifth|sixth|further|separate)|another)\s+"
    r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*,\s+"
    # "and its franchisee Pinnacle Loans", "and their parent company Alder Group"
    r"|(?:its|their)\s+(?:[a-z][\w-]*\s+){1,2}"
    # "Skeena Corp., its CEO Marcus Vellani and director Priya Sandhu": a person named by
    # the role held at the company listed before
    rf"|(?:(?:its|their)\s+)?(?:{role_phrase()})\s*,?\s+)?"
    rf"(?P<who>{_NAME})"
)


def _listed_with(text: str, first: Party, lexicon: Lexicon) -> list[Party]:
    """The parties listed after `first` ("to A, B and C"). Only a list closed by "and" is
    one: "ordered Acme, Ofcom said, to …" names no second party."""
    listed: list[Party] = []
    at = first.end
    while (item := _NEXT_IN_LIST.match(text, at)) is not None:
        party = _clean(item, lexicon)
        if party is None or party.pronoun:
            break
        listed.append(party)
        at = party.end
        if "and" in item["sep"]:
            return listed
    return []


def _regulators(
    found: list[AuthorityMention],
    near: int,
    clause: tuple[int, int],
    text: str,
    ctx: _ArticleContext,
) -> list[AuthorityMention]:
    """The regulator(s) behind an amount: in its clause, else nearest; a bare place is its DPA."""
    in_clause = [a for a in found if clause[0] <= a.start < clause[1]]
    if len(in_clause) > 1 and len({a.start for a in in_clause}) == len(in_clause):
        listed = [a for a in in_clause if a.authority is None or a.jurisdiction]
        if len({a.jurisdiction for a in listed}) == len(listed) > 1 and _is_list(text, listed):
            return listed  # "authorities in Italy and Greece … €20 million": one fine each
    if in_clause:
        return [_closest(in_clause, near)]
    places = [
        AuthorityMention(_sole_regulator(ctx, m.key), m.key, clause[0] + m.start, clause[0] + m.end)
        for m in ctx.lexicon.mentions(text[clause[0] : clause[1]])
        if m.kind == "jurisdiction"
        # "$18 million (US$11.7 million)": a currency's sign, not where anything happened
        and not text.startswith("$", clause[0] + m.end)
        # "may not apply for a Nevada gaming licence": a place describing a thing, not acting
        and not (
            _ATTRIBUTIVE_PLACE.match(text, clause[0] + m.end)
            and _DETERMINER_BEFORE.search(
                text, max(0, clause[0] + m.start - 6), clause[0] + m.start
            )
        )
        and not currency_named_at(text, clause[0] + m.start, clause[0] + m.end)
        # "fined Brackenridge Payments Ireland Limited": a place inside a company's name
        and not _IN_COMPANY_NAME.match(text, clause[0] + m.end)
        # "over cash transfers to Tunisia": where something went, not who acted
        and not _TOWARDS.search(text, max(0, clause[0] + m.start - 14), clause[0] + m.start)
    ]
    # "…, a smaller supplier in Sinaloa, 135.7 million pesos": a state of the country of a
    # regulator found or of the article's, without a regulator of its own, is where a party is, not who acted.
    countries = {a.jurisdiction for a in found}
    if ctx.main_authority:
        countries.add(ctx.lexicon.authorities[ctx.main_authority].jurisdiction)
    places = [
        p
        for p in places
        if p.authority is not None
        or (parent := ctx.lexicon.jurisdictions[p.jurisdiction].parent) is None
        or parent not in countries
    ]
    if places:
        # In lists ("€8.85m in the UK, and €20m in Italy") a place follows its amount.
        return [_closest(places, near, following_first=True)]
    if found:
        return [_closest(found, near)]
    return []


_ATTRIBUTIVE_PLACE = compiled(r"[ \t]+[a-z]")
_TOWARDS = compiled(r"\b(?:to|into|towards|via|out\s+of|bound\s+for)\s+(?:the\s+)?$")
# A place closing a company's name before its legal form ("Payments Ireland Limited",
# "Kobold Romania S.R.L."), or opening one ("Ireland Holdings DAC"): a party's, not a regulator's.
_IN_COMPANY_NAME = compiled(
    rf"(?:[ \t]+[A-Z][\w&'’-]*){{0,3}}?,?[ \t]+(?:{legal_forms()})(?![\w/])"
)
_DETERMINER_BEFORE = compiled(r"\b(?:an?|his|her|its|their)\s+$")


def _closest(
    candidates: list[AuthorityMention], near: int, following_first: bool = False
) -> AuthorityMention:
    """The candidate nearest `near`; a country beats the EU it belongs to."""
    national = [c for c in candidates if c.jurisdiction != "EU"] or candidates
    following = [c for c in national if c.start >= near] if following_first else []
    return min(following or national, key=lambda c: abs(c.start - near))


def _sole_regulator(ctx: _ArticleContext, code: str) -> str | None:
    """The regulator a bare place stands for: a European country's one data protection
    authority, a US state's attorney general; otherwise nobody can say."""
    place = ctx.lexicon.jurisdictions.get(code)
    if place is None:
        return None
    if place.parent == "US":
        kind = "attorney_general"
    elif {"EU", "EEA"} & set(place.groups) or code in {"GB", "CH"}:
        kind = ctx.domain
    else:
        return None
    national = [
        a for a in ctx.lexicon.authorities.values() if a.jurisdiction == code and a.kind == kind
    ]
    return national[0].id if len(national) == 1 else None


# "The decision, issued on 10 September 2019, …", "The decision was taken on 28 March 2022."


def _is_list(text: str, mentions: list[AuthorityMention]) -> bool:
    ordered = sorted(mentions, key=lambda a: a.start)
    return all(
        re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[a.end : b.start])
        for a, b in itertools.pairwise(ordered)
    )


_STATUTE_OF = compiled(
    r"\b(?:Law|Act|Decree|Regulation|Ordinance|Code|Statute|Directive|Loi|Gesetz)\s+(?:No\.?\s*[\w/-]+\s+)?of\s+(?:the\s+)?$"
)


# "complete a remediation programme … by 31 March 2025": a deadline, not when anything happened.
# "According to Monday's filing": the day something was said, not when anything was done.
_STATEMENT_OF = compiled(
    r"['’]s\s+(?:filing|statement|announcement|(?:press\s+)?release|report|disclosure)\b", re.I
)
# "X paid the R$480,000 fine in May": when it was paid, not when it was imposed.
_PAID_WHEN = compiled(r"\bpaid\b(?:[^.;,]|[.,](?=\d)){0,50}?\s$", re.I)
_DEADLINE = compiled(
    r"\b(?:by|until|before|no\s+later\s+than|deadline\s+of|due\s+(?:on|by))\s+(?:the\s+)?$", re.I
)
# "EUR 1 500 for each day from 1 August": when a daily penalty starts to run, not when it
# was decided.
_RUNS_FROM = compiled(
    r"\b(?:(?:each|every|per|a)\s+day|daily)\s+(?:from|after|starting(?:\s+on)?)\s+(?:the\s+)?$"
    # "M2,500 for each day that the reports remain unsubmitted after 31 October 2024"
    r"|\b(?:each|every|per)\s+day\s+(?:that|of|in\s+which|on\s+which)\b[^.;]{0,80}?"
    r"\b(?:after|from|beyond|past)\s+(?:the\s+)?$"
    r"|\bwith\s+effect\s+from\s+(?:the\s+)?$"
    # "banned for six months, starting 1 April", "for two years from 1 May": when a measure
    # starts to apply
    r"|\b(?:starting|beginning|commencing)(?:\s+(?:on|from))?\s+(?:the\s+)?$"
    r"|\b(?:days?|weeks?|months?|years?)\s+(?:from|as\s+of)\s+(?:the\s+)?$"
    # "coercive fine of NOK 15 000 per day therefore runs from 2. March", "accrues from"
    r"|\b(?:runs?|running|ran|accru(?:es?|ing|ed)|(?:starts?|started|begins?|began)\s+to"
    r"\s+(?:run|accrue))\s+(?:\w+\s+)?from\s+(?:the\s+)?$",
    re.I,
)
# "It has fined several operators since 2021", "between 2021 and 2022": a period's bounds,
# not the day of a decision.
_PERIOD_BOUND = compiled(
    r"\b(?:since|between)\s+(?:(?:early|late|mid-?)\s*)?$|\bbetween\s+\S+(?:\s+\S+){0,2}\s+and\s+$"
    # "for failing to meet quality standards during 2023": the period the wrong lasted (not
    # "During 2024, the FIU fined …" opening the sentence)
    r"|(?<=\S\s)(?:during|throughout)\s+(?:the\s+(?:whole\s+of\s+)?)?$",
    re.I,
)
# "fined X for failing to protect data ahead of a ransomware attack in 2023": when the
# wrong the penalty punishes happened, not when it was punished.
_EVENT_WHEN = compiled(
    r"\b(?:(?:cyber|ransomware|hacking)[\s-]?attacks?|attacks?|(?:data\s+|security\s+)?breach(?:es)?"
    r"|incidents?|leaks?|hacks?|intrusions?|outages?|spills?|collapse|accidents?|explosions?"
    r"|fires?|crash(?:es)?)\s+(?:in|on|of|during)\s+(?:the\s+)?$",
    re.I,
)
# "fined $70,000 after a worker's arm was pulled into a conveyor in 2023": the harm the
# "after" clause tells happened then, not the fine.
_AFTER_HARM_WHEN = compiled(
    r"\bafter\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?[^.;,]{0,60}?"
    # (or the harm told in the active: "after one of its workers fell … last year")
    r"\b(?:was|were|got|fell|died|collapsed|exploded|caught\s+fire|crashed|sank|leaked|spilled"
    r"|spilt|suffered|lost|broke)\s+"
    r"(?![^.;,]*\b(?:fined|penali[sz]ed|sanctioned|ordered|convicted|sentenced))"
    # (a relative period needs no preposition: "… at Vaitele last year")
    r"[^.;,]{0,100}?(?:\b(?:in|on|during)\s+(?:the\s+)?|(?P<bare>\s))$",
    re.I,
)
# "the Act, which took effect on March 31, 2024": when a law started to apply, not an action.
_IN_FORCE = compiled(
    r"\b(?:t(?:ook|akes?)\s+effect|(?:came|comes?|entered|enters?)\s+into\s+(?:force|effect)"
    r"|in\s+force|became\s+applicable|appl(?:y|ies|ied)\s+(?:since|from)|effective)\b[^.;]{0,40}$"
    # "only the second time the surcharge system introduced in 2021 has been used": when the
    # regime began, not when it was used
    r"|\b(?:system|regime|scheme|rules?|law|act|framework|powers?|mechanism|procedure)\s+"
    r"(?:was\s+|were\s+)?(?:first\s+)?(?:introduced|enacted|established|created|adopted|set\s+up"
    r"|launched)\s+(?:in|on)\s+(?:the\s+)?$",
    re.I,
)


def _harms_day(text: str, d: DateMention) -> bool:
    harm = _AFTER_HARM_WHEN.search(text[max(0, d.start - 200) : d.start])
    return harm is not None and (
        harm["bare"] is None or d.text.split()[0].lower() in {"last", "this", "yesterday"}
    )


def _not_an_actions_day(text: str, d: DateMention) -> bool:
    """A date the words before it give to something else: a statute's name ("the Law of 3
    December 2017"), a law taking effect, a deadline, the day a daily penalty starts to run,
    a payment, a period's bounds, the wrong punished ("an attack in 2023")."""
    return bool(
        _STATUTE_OF.search(text[max(0, d.start - 40) : d.start])
        or _IN_FORCE.search(text[max(0, d.start - 60) : d.start])
        or _DEADLINE.search(text[max(0, d.start - 30) : d.start])
        or _RUNS_FROM.search(text[max(0, d.start - 120) : d.start])
        or _PAID_WHEN.search(text[max(0, d.start - 60) : d.start])
        or _PERIOD_BOUND.search(text[max(0, d.start - 30) : d.start])
        or _EVENT_WHEN.search(text[max(0, d.start - 40) : d.start])
        or _harms_day(text, d)
    )


# The kinds of event (data/events.toml) an action of each kind is told by.
_ACTION_KINDS = {"ruling": {"ruling"}, "appeal": {"challenge"}}


def _dates(
    dates: list[DateMention],
    near: int,
    clause: tuple[int, int],
    text: str,
    offset: int,
    action: str | None = None,
) -> tuple[Located | None, Located | None]:
    acted: DateMention | None = None
    decided: DateMention | None = None
    announced: DateMention | None = None
    dates = [d for d in dates if not _not_an_actions_day(text, d)]
    if action is not None and len(dates) > 1:
        # "… said on Monday it had fined Karoo Cement R45 million, and on Thursday Karoo said it
        # would appeal": a date whose own clause tells only another kind of step (the party's
        # appeal, a court's ruling, a payment) is that step's, not the action's.
        kinds = _ACTION_KINDS.get(action, {"sanction"})
        dates = [d for d in dates if not dates_another_event(text, d.start, d.end, kinds)]
    plain = [d for d in dates if clause[0] <= d.start < clause[1]]
    dateline: DateMention | None = None
    for d in dates:
        before = text[max(0, d.start - 40) : d.start]
        if _DATELINE.match(text[: d.start]):
            # "DUBLIN, Nov 6 (Reuters) -": the wire's date, the day the news came out
            dateline = dateline or d
        elif (
            _ANNOUNCED_DATE.search(before)
            or _STATEMENT_OF.match(text, d.end)
            or _THEN_ANNOUNCED.match(text, d.end)
            or _PUBLISHED_DATED.match(text, d.end)
        ):
            announced = announced or d
        elif _SANCTION_VERB_AFTER.match(text, d.end):
            # "The Commission on 20 June fined X … in breach of directions it issued in 2023":
            # the date told with the sanction's own verb, not the other thing's.
            # The last one before the fact's amount or verb: "X, which in 2019 fined Y, on
            # Tuesday fined Z".
            if acted is None or d.start < near:
                acted = d
        elif _DECISION_DATE.search(before) or _IMPOSED_WHEN.search(
            text[max(0, d.start - 100) : d.start]
        ):
            # "stayed a penalty that the CCI imposed in May": the penalty's own day, not the
            # court's (told first) nor the announcement's.
            decided = decided or d
    # "ISTANBUL, Jan 22 (Wire) - … said on Tuesday it had fined": the day it said so.
    announced = announced or dateline
    nearest = min(
        (d for d in plain if d is not announced and d is not dateline),
        key=lambda d: abs(d.start - near),
        default=None,
    )
    chosen = acted or decided or nearest
    return _located_date(chosen, offset), _located_date(announced, offset)


# "On 29 January 2026, the LfDI BW announced that it had imposed …": the date of saying
# that something had been done before ("On Wednesday the AG announced a settlement" is the
# settlement's own day).
# "On 11 February 2025 the FCA published a Final Notice, dated 6 February 2025, …": the day
# a document dated otherwise was made public.
_PUBLISHED_DATED = compiled(
    r",?\s+[^.;]{0,60}?\b(?:published|released|made\s+public|announced)\b[^.;]{0,60}?\bdated\s",
    re.I,
)
_THEN_ANNOUNCED = compiled(
    r",?\s+(?:(?!\b(?:fined|fines|imposed|ordered|banned|issued|adopted|decided|sanctioned)\b)"
    r"[^.;])*?\b(?:announced|said|disclosed|revealed)\s+(?:that\s+)?"
    r"(?:it|they|the\s+[\w-]+|[A-Z][\w-]*)\s+(?:had|has|have)\s",
    re.I,
)


def _located_date(mention: DateMention | None, offset: int) -> Located | None:
    if mention is None or mention.year is None:
        return None
    iso = (
        f"{mention.year:04d}"
        + (f"-{mention.month:02d}" if mention.month else "")
        + (f"-{mention.day:02d}" if mention.month and mention.day else "")
    )
    return Located(text=iso, start=offset + mention.start, end=offset + mention.end)


def _amount(mention: MoneyMention, offset: int) -> Amount:
    assert mention.money is not None
    return Amount(
        text=mention.text,
        start=offset + mention.start,
        end=offset + mention.end,
        amount=mention.money.amount,
        currency=mention.money.currency,
    )


# "DUBLIN, Nov 6 (Reuters) -", and a press release's bold opening "**Lima, 3 May 2025.**": the
# place the news comes from, then its day.
_WEEKDAYS = "|".join(calendar.day_name)
_DATELINE = compiled(
    r"^\s*(?:[A-Z][A-Z .'-]+|\*\*[A-Z][\w .'’-]+"
    # A press release's place in its own case: "Lisbon, 14 March 2025 —", "Dublin, Ireland,"
    # (not a sentence opening on a time: "On Tuesday, 3 March, …")
    r"|(?!(?:On|In|At|By|From|Since|Until|Before|After|During|Last|This|Next|Early|Late"
    rf"|Earlier|Later|Today|Yesterday|{_WEEKDAYS})\b)"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}(?:,\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?)"
    r",\s+$"
)


# A date told just before the verb of a sanction: "The Commission on 20 June fined",
# "the watchdog has on 3 May 2024 ordered", "on Tuesday also banned".
_SANCTION_VERB_AFTER = compiled(
    r",?\s+(?:(?:has|had|have|also)\s+){0,2}"
    r"(?:fined|imposed|levied|ordered|banned|sanctioned|penali[sz]ed|directed|barred|suspended"
    r"|revoked|issued)\b",
    re.I,
)
_IMPOSED_WHEN = compiled(
    r"\b(?:imposed|issued|levied|fined|adopted)\b(?:\s+(?!(?:and|but)\b)[\w-]+){0,3}?\s+(?:in|on)\s+$"
    # "the GH¢2 million fine imposed by the Bank of Ghana on April 28": the taker named
    # between the verb and the day (a name of up to six words, its initials in brackets)
    r"|\b(?:imposed|issued|levied|adopted)\s+by\s+(?:the\s+)?[A-Z][\w&'’.-]*"
    r"(?:\s+(?:of|for|on|and|de|du|des|la|le|[A-Z][\w&'’.-]*)){0,6}(?:\s+\([A-Z][\w&.-]*\))?"
    r"\s+(?:in|on)\s+$"
    # "a fine of RON 1.2 million that ANRE had imposed on distribution operator Gaz Carpatic
    # Distribuție SA in June 2023": the party named between the verb and the day
    r"|\b(?:imposed|levied)\s+(?:on|upon|against)\s+(?:[\w.,'’&()-]+\s+){1,8}?(?:in|on)\s+$"
)


# A company's short form, defined in brackets after its name: "Visayan Grid Power Distribution
# Corp. (VGPDC)", "Nordic Freight Services AS ("NFS")".
_SHORT_IN_BRACKETS = r"\(\s*[\"“]?(?P<short>[A-Z][A-Z&]{1,7})[\"”]?\s*\)"
_DEFINED_SHORT = compiled(rf"(?P<name>{_NAME})\.?\s+{_SHORT_IN_BRACKETS}")
# Its brackets alone, found from each "(": a body without them is not searched from every capital.
_BRACKETED_SHORT = compiled(_SHORT_IN_BRACKETS)


def _definitions(body: str) -> Iterator[re.Match[str]]:
    """`_DEFINED_SHORT.finditer(body)`, searched only before each bracketed short form: every
    definition ends in one, and trying a name from every capital letter of a whole body cost
    as much as the rest of the pass. A name runs at most `_LONGEST_NAME` characters back."""
    searched_to = 0
    for bracket in _BRACKETED_SHORT.finditer(body):
        start = max(searched_to, bracket.start() - _LONGEST_NAME)
        defined = _DEFINED_SHORT.search(body, start, bracket.end())
        if defined is not None:
            searched_to = defined.end()
            yield defined


_LONGEST_NAME = 300


def _spell_out_short_forms(facts: list[Fact], body: str) -> None:
    """A party the article calls by the short form it defined ("fined VGPDC ₱3.2 million")
    is the party by its name, if the short form is the name's initials."""
    shorts: dict[str, str] = {}
    for defined in _definitions(body):
        name, short = defined["name"], defined["short"]
        letters = initials(name)
        if letters[:2] == short[:2] and set(short) <= set(letters + "&"):
            shorts.setdefault(short, name)
    for fact in facts:
        if fact.respondent and fact.respondent.text in shorts:
            at = fact.respondent.start
            fact.respondent = Located(text=shorts[fact.respondent.text], start=at, end=at)
