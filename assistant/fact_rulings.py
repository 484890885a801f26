"""Court rulings: which court a sentence names or means ("the court", "it cut the fine"),
what it decided about a fine (reduced, upheld, overturned, damages awarded), and the fine
and the grounds each ruling is about.
"""

from __future__ import annotations

import calendar
import itertools
import re
from functools import cache

from .actions import foreign_court_name
from .article_context import _ArticleContext
from .datafiles import load_toml
from .dates import DateMention, find_dates
from .fact_fields import _DATELINE, _IMPOSED_WHEN, _amount, _located_date, _respondent
from .fact_model import Amount, Fact, Located
from .lexicon import lexicon
from .models import Article
from .money import MoneyMention, find_money
from .parties import AuthorityMention, description_noun, fold, respondent_key, respondents
from .pattern_cache import cached_pattern, compiled
from .text import Span


def _is_court(authority: str | None, at: Located | None, ctx: _ArticleContext) -> bool:
    if authority in ctx.lexicon.authorities:
        return ctx.lexicon.authorities[authority].kind == "court"
    # A court the data files lack is known by its name, even when its judge acted for it
    # ("District Judge Rowe fined …" for "Doncaster Magistrates' Court").
    return any(_COURT.search(text) for text in (authority or "", at.text if at else ""))


_COURT_OUTCOMES = frozenset({"reduced", "overturned", "upheld"})
# A court as the one deciding: "the Berlin Regional Court", "the First-tier Tribunal",
# "the Conseil d'État", "the Court of Justice of the European Union".


# Capitalised words that open a sentence before a court's name, not part of it: "On Thursday
# Ireland's Circuit Court cut …", "In June the High Court …".
_NOT_IN_A_COURT_NAME = "|".join(
    # (nor an article: "A Federal High Court in Abuja fined …" names the Federal High Court)
    ["On", "In", "At", "By", "Last", "Then", "But", "And", "However", "Meanwhile", "Earlier"]
    + ["A", "An", "This", "That"]
    + [w for w in (*calendar.day_name, *calendar.month_name) if w]
)
# A court copy introduces by its judge: "Denver District Judge Helena Marsh reduced …" (the
# Denver District Court), "Beirut's single criminal judge fined …" (a judge sitting alone is
# the court itself in civil-law countries). Only with the court's seat before it: "District
# Judge Rowe" alone is the court the article named before (`_THE_COURT`).
_NOT_A_SEAT = rf"(?:{_NOT_IN_A_COURT_NAME}|The|Chief|Senior|Deputy|Acting|Presiding|Former|Retired|Judge|Justice)\b"
_JUDGE_KIND = (
    r"(?:District|Circuit|County|Superior|Municipal|Magistrates?|Provincial|Regional|Crown"
    r"|Sheriff|Bankruptcy|Family|Criminal|Civil|Commercial|Administrative|Labou?r|Tax)"
)
_JUDGES_COURT = (
    rf"(?P<seat>(?:(?!{_NOT_A_SEAT})[A-Z][\w.-]*\s+)?(?!{_NOT_A_SEAT})[A-Z][\w.-]*)(?:['’]s)?\s+"
    rf"(?i:(?P<alone>(?:single|sole|investigating)\s+)?(?P<kind>(?:{_JUDGE_KIND}\s+){{1,2}})judge)"
)
_JUDGE_NAMED = compiled(_JUDGES_COURT)
_COURT = compiled(
    # "the Tribunale di Roma", "the Oberlandesgericht Düsseldorf": named in its own language
    rf"\b(?:{foreign_court_name()}|{_JUDGES_COURT}"
    rf"|(?:(?!(?:{_NOT_IN_A_COURT_NAME})\b)[A-Z][\w'’-]*\s+){{0,4}}(?:Court(?:\s+of\s+(?:Justice|Appeals?|Cassation|First\s+Instance)(?:\s+of\s+the\s+European\s+Union)?)?"
    r"|Tribunal|Conseil\s+d['’]État|Council\s+of\s+State"
    # quasi-judicial appeals boards: "the Pollution Control Hearings Board", "the Board of
    # Immigration Appeals", "the Environmental Appeals Board"
    r"|(?:Hearings?|Appeals?|Review)\s+Board|Board\s+of\s+(?:[A-Z]\w+\s+)?(?:Appeals?|Review)))\b"
)


_ROUGHLY = r"(?:about|around|approximately|roughly|some|nearly|almost|just\s+(?:over|under))"
# "cut the fine by €5 million": the size of the cut, neither the fine nor the court's figure.
_CHANGED_BY = compiled(
    r"\b(?:reduced|reduces|cut|cuts|lowered|lowers|decreased|slashed|trimmed|raised|raises"
    rf"|increased|increases)\s+(?:the|its|that|this|a)\s+(?:[\w-]+\s+){{0,2}}?(?:fine|penalty|"
    rf"sanction|amount)\s+by\s+(?:{_ROUGHLY}\s+)?$",
    re.I,
)
# A court's figure going up: "raised the fine", "doubled the penalty" (not "profits increased")
_RAISED = compiled(
    r"\b(?:raised|raises|increased|increases|doubled)\s+(?:the|its|that|this|a)\s+"
    r"(?:\S+\s+){0,3}?(?:fine|penalty|sanction)\b",
    re.I,
)


# "reduced a €600,000 fine imposed by the Belgian Data Protection Authority on telecom
# operator Telinko NV to €250,000": the object can be long.
_REDUCED_TO = compiled(
    # "from A$ 2.5 million to": a decimal point does not end the clause, nor a legal form's
    # full stop ("imposed on Zeeland Gas B.V. for … from €2 million to")
    # "raised the fine to", "halved the penalty, to": a court's new figure whichever way it
    # goes; "to about CLP 1,760 million", "equivalent to around €7 million" (told in a unit
    # not read as money first) are that figure too.
    r"\b(?:reduced|reduces|cut|cuts|lowered|lowers|decreased|halved|halves|slashed|trimmed"
    r"|raised|raises|increased|increases|doubled)\b(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,220}?"
    rf"\bto\s+(?:{_ROUGHLY}\s+)?$"
    # The new figure in words, then in digits in brackets, as courts' and official copy set
    # it: "reduced the penalty to one hundred and sixty thousand United States dollars
    # (US$160,000)" (the words are not read as money; the digits are that figure).
    rf"|\bto\s+(?:{_ROUGHLY}\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|million|billion|and|a)[\s-]+){1,12}"
    r"(?:[\w.]+\s+){0,3}?\(\s*$"
    # "the court set the fine at €250,000", "recalculating the penalty, it fixed it at €1m"
    r"|\b(?:set|fixed)\s+(?:it|the\s+(?:fine|penalty|amount))\s+at\s+$"
    # "the court substituted a penalty of A$ 1.6 million"
    r"|\b(?:court|tribunal|judges?)\s+(?:\w+\s+){0,2}?substitut(?:ed|es)\s+(?:\w+\s+){0,4}?(?:of\s+)?$"
    # "allowing the Crown's sentence appeal and substituting a fine of $600,000 for the
    # $180,000 imposed at trial": an appeal court's own sentence.
    r"|\b(?:allow(?:ed|ing|s)|grant(?:ed|ing|s))\s+(?:the\s+)?[^.;]{0,60}?\bappeal\b[^.;]{0,60}?"
    r"(?:,\s*|\s+and\s+)substitut(?:ed|ing)\s+(?:\w+\s+){0,4}?(?:of\s+)?$",
    re.I,
)


# Not "…, UODO confirmed, and did not go to court": a court confirms a decision or a fine.
_UPHELD = compiled(
    # "confirmed the €12 million fine": its figure is a word of the object too
    # (US copy's "affirmed": "the judge affirmed $236,000 in penalties", "affirmed the fine")
    r"\b(?:upheld|uphold|upholds|(?:confirmed|affirmed)\s+(?:the|its|a|that)\s+"
    r"(?:\S*\d\S*\s+(?:(?:million|billion|bn|m)\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"(?:fine|decision|penalty|sanction|ruling|order)"
    r"|affirmed\s+\S*\d\S*(?:\s+(?:million|billion|bn|m))?\s+(?:in\s+)?(?:fines|penalties))\b",
    re.I,
)


_ANNULLED = compiled(r"\b(?:annull?ed|annuls|overturned|quashed|set\s+aside|struck\s+down)\b", re.I)


# Money a court orders paid to the people harmed: "ordered X to pay $35,000 in damages",
# "awarded compensation of €12,000".
_DAMAGES_AFTER = compiled(r"\s*(?:in|as)\s+(?:\w+\s+)?(?:damages|compensation)\b", re.I)
_DAMAGES_BEFORE = compiled(
    r"\b(?:damages|compensation)\s+(?:of|totall?ing|amounting\s+to)\s+$", re.I
)
_COURT_AWARDS = compiled(
    r"\b(?:court|tribunal|judge|judges)\b[^.;]{0,80}?\b(?:ordered|orders|awarded|awards)\b", re.I
)


def _awarded(text: str, mention: MoneyMention) -> bool:
    return bool(
        _COURT_AWARDS.search(text, 0, mention.start)
        and (
            _DAMAGES_AFTER.match(text, mention.end)
            or _DAMAGES_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        )
    )


def awards_damages(fact: Fact, body: str) -> bool:
    """A ruling whose amount a court ordered paid as damages: it can be paid or not."""
    return (
        fact.action == "ruling"
        and fact.amount is not None
        and bool(
            _DAMAGES_AFTER.match(body, fact.amount.end)
            or _DAMAGES_BEFORE.search(body, max(0, fact.amount.start - 40), fact.amount.start)
        )
    )


def _the_court_again(text: str, ctx: _ArticleContext) -> bool:
    """Whether the sentence goes on about a court told before without naming a court: "the
    Board", a court's story going on, "the judge" of the court named last."""
    return (
        _the_board(text, ctx)
        or _court_goes_on(text, ctx)
        or _judge_of_the_court(text, ctx)
        or _the_panel(text, ctx)
    )


# A court's bench told by its own name once the court is named: German, Austrian and Czech
# courts sit in a "senate", appeals courts in a "panel" ("The Senate cut the fine to …").
_PANEL = compiled(
    r"\b(?:the|that|this)\s+(?:same\s+|appeals?\s+|cartel\s+)?(?:senate|panel|bench)\b", re.I
)


def _the_panel(text: str, ctx: _ArticleContext) -> bool:
    return ctx.last_court is not None and _PANEL.search(text) is not None


def _rulings(
    text: str,
    offset: int,
    facts: list[Fact],
    money: list[MoneyMention],
    article: Article,
    span: Span,
    quote_start: int,
    ctx: _ArticleContext,
) -> list[Fact]:
    """Court decisions a sentence reports: the amount a court set ("reduced … to £92,000"),
    the fine it upheld, or a decision without an amount (annulled, ruled). A ruling's party,
    place and date are those of the fine it rules on (see `_attach_rulings`)."""
    court = _find_court(text, ctx)
    if (
        court is None
        # "the same chamber rejected all of X's pleas": a court's chamber is the court
        and not re.search(r"\b(?:court|tribunal|judge|chamber)\b", text, re.I)
        and not _the_court_again(text, ctx)
    ):
        return []
    name, known, where = _resolve_court(text, court, ctx, span.end) if court else (None, [], None)
    if name:
        ctx.last_court = (name, known, where)
    elif ctx.last_court and (
        re.search(r"\b(?:the|that|this)\s+(?:same\s+)?(?:court|tribunal|chamber)\b", text, re.I)
        or _the_court_again(text, ctx)
    ):
        # "The court reduced it to €900,000": the one named before, as it was resolved there
        name, known, where = ctx.last_court

    # Whom a ruling told without the fine it rules on concerns: the party the sentence names
    # ("reduced the fine … imposed on Celeritas Móvil"), else the one sanctioned just before
    # ("The court upheld that fine").
    # (a court the sentence names is where the case went, never its party: "the Commission has
    # now gone to the Court of Appeal")
    parties = [p for p in respondents(text, ctx.lexicon) if not _COURT.fullmatch(p.name)]
    party = _respondent(parties, court.start() if court else 0, ctx, offset)
    # Named by no party of its own: the party its paragraph opens on ("As to the bank, the
    # Court …"), else the paragraph's case, not the party sanctioned last
    unnamed = party is None or party.start == party.end
    case = (_paragraph_party(ctx, offset) if unnamed else None) or (
        _party_of_the_case(ctx, offset) if party and unnamed else None
    )
    pleas = _WHOSE_PLEAS.search(text)
    if pleas:
        # "rejected all five of Acme's pleas": the appellant, whoever was sanctioned last
        case = Located(
            text=pleas["name"], start=offset + pleas.start("name"), end=offset + pleas.end("name")
        )

    def ruling(amount: Amount | None, like: Fact | None) -> Fact:
        return Fact(
            article_id=article.id,
            action="ruling",
            respondent=case or (like.respondent if like else party),
            # "the Market Court annulled …" in a Belgian story, told after "the Market Court
            # (Marktenhof)": the court the lexicon knows as the Market Court of Belgium.
            authority=known[0] if known else (name and _national_court(name, where, ctx)) or name,
            jurisdiction=where,
            amount=amount,
            other_amounts=like.other_amounts if like and amount else [],
            date=_located_date(_court_date(text, court, ctx), offset)
            or (like.date if like else None),
            start=quote_start,
            end=span.end,
            mentions=[(quote_start, span.end)],
            authority_at=Located(text=name, start=offset + court.start(), end=offset + court.end())
            if court and name
            else None,
        )

    rulings = []
    lower_rulings: list[Fact] = []
    reduced_to = [m for m in money if _REDUCED_TO.search(text[max(0, m.start - 250) : m.start])]
    for mention in money:
        like = next(
            (f for f in facts if f.amount and f.amount.start == offset + mention.start), None
        )
        if _awarded(text, mention):
            # "the Tribunal ordered Kauri Ltd to pay $35,000 in damages": the court's own
            # award against the party it names, not a regulator's fine it rules on.
            award = ruling(_amount(mention, offset), like)
            award.respondent = _respondent(
                [p for p in respondents(text, ctx.lexicon) if p.start < mention.start],
                mention.start,
                ctx,
                offset,
            )
            if like is not None:
                facts.remove(like)
            rulings.append(award)
        elif _CHANGED_BY.search(text[max(0, mention.start - 120) : mention.start]):
            if like is not None:
                facts.remove(like)  # by how much the court changed it, no one's fine
        elif mention in reduced_to:
            if like is not None:
                facts.remove(like)  # the court's figure, not a regulator's fine
            window = max(0, mention.start - 250)
            lower = _LOWER_COURT_SET.search(text[window : mention.start])
            if lower:
                # The judgment ruled on set it: that court's ruling, this one told without a sum.
                lower_rulings.extend(
                    _lower_court_ruling(
                        text, window + lower.start(), mention, ruling, ctx, span, offset
                    )
                )
                continue
            rulings.append(ruling(_amount(mention, offset), like))
        elif _UPHELD.search(text) and not reduced_to:
            # Not "partially upheld the appeal … but cut the fine from €2m to €1.4m": the
            # figure cut from was not upheld.
            rulings.append(ruling(_amount(mention, offset), like))
    if rulings:
        rulings += _further_parties(text, offset, rulings, ruling, ctx)
    # "The Regional Court on Wednesday cut a GDPR fine imposed on …" (the figure comes later)
    # "Last month the Council of State upheld that fine" (the figure told before)
    if not rulings and any(
        p.search(text)
        for p in (
            _ANNULLED,
            _RULED,
            _REDUCED,
            _RAISED,
            _UPHELD,
            _DECIDED_REQUEST,
            _EVERY_PLEA,
            _APPEAL_REJECTED,
            _DECIDED_OTHERWISE,
        )
    ):
        rulings.append(ruling(None, facts[0] if facts else None))
    rulings += lower_rulings
    decided = {r.date.text for r in rulings if r.date}
    for fact in facts:
        if fact.date and fact.date.text in decided:
            # "the court on Wednesday reduced a €600,000 fine": Wednesday dates the ruling;
            # the fine is older and dated elsewhere (or not at all).
            fact.date = None
    return rulings


def _lower_court_ruling(
    text, at, mention, ruling, ctx: _ArticleContext, span, offset
) -> list[Fact]:
    """ "…confirmed the judgment of the Chișinău Court of Appeal, which had reduced the fine
    to MDL 6,780,000": the figure is the ruling of the court the clause is about, the last one
    named before it, undated here."""
    courts = [c for c in _COURT.finditer(text, 0, at) if c.end() <= at]
    if not courts:
        return []
    name, known, where = _resolve_court(text, courts[-1], ctx, span.end)
    if not name:
        return []
    fact = ruling(_amount(mention, offset), None)
    fact.authority = known[0] if known else name
    fact.jurisdiction = where
    fact.authority_at = Located(
        text=name, start=offset + courts[-1].start(), end=offset + courts[-1].end()
    )
    fact.date = None
    return [fact]


# "reduced the fine on A from … to …, upheld the fine on B, and annulled the decision as
# regards C": one judgment ruling on several parties' fines, a clause each.
_CLAUSE_ON_PARTY = compiled(
    r"\b(?:upheld|confirmed|annulled|quashed|overturned|set\s+aside)\s+(?:the\s+)?"
    r"(?:fine|penalty|decision|sanction)\s+(?:on|against|imposed\s+on|as\s+regards|"
    r"in\s+respect\s+of|concerning)\s+(?=[A-Z])"
)


_NAME_TO_CLAUSE_END = compiled(
    r"(?P<name>[A-Z][^,;()]{1,60}?)(?=\s*(?:[,;(]|\s+and\s|\.?\s*$|\.\s))"
)


def _further_parties(text, offset, rulings, ruling, ctx: _ArticleContext) -> list[Fact]:
    """The rulings a sentence's further clauses make on other parties' fines."""
    told = {r.respondent_key for r in rulings}
    parties = respondents(text, ctx.lexicon)
    more = []
    for clause in _CLAUSE_ON_PARTY.finditer(text):
        party = next((p for p in parties if p.start == clause.end() and not p.pronoun), None)
        # A name the party reader does not know (a region's word in it): up to the clause's end
        named = _NAME_TO_CLAUSE_END.match(text, clause.end())
        if party is not None:
            start, end = party.start, party.end
        elif named is not None:
            start, end = named.span("name")
        else:
            continue
        fact = ruling(None, None)
        fact.respondent = Located(text=text[start:end], start=offset + start, end=offset + end)
        if fact.respondent_key not in told:
            told.add(fact.respondent_key)
            more.append(fact)
    return more


# A court imposing the fine itself (criminal fines, civil penalties a court orders): "fined
# 150,000 kroner by the Aarhus City Court", "a judge of the Federal Court … ordered Coralbay to
# pay a civil penalty of A$ 2.5 million", "the district court fined the company €40,000".
_BY_COURT = compiled(r"\bby\s+(?:the\s+|a\s+)?$")
# "was fined £80,000 at Plymouth Magistrates' Court", "was fined $262,500 in the Hamilton
# District Court": where a sentence is passed, the court passing it — unless the sentence
# names who brought the case ("in the Auckland District Court in a case brought by the
# Commerce Commission"): that regulator's fine, as its releases tell it.
_AT_COURT = compiled(r"^\s*(?:at|in)\s+(?:the\s+)?$")
_BROUGHT_BY = compiled(
    r"\b(?:brought|taken|prosecuted|filed|initiated)\s+by\b|\bprosecution\s+by\b"
)
_SENTENCED = compiled(r"\b(?:was|were|been|being)\s+(?:fined|sentenced|ordered\s+to\s+pay)\b")
_COURT_IMPOSES = compiled(
    r"^[^;]{0,200}?\b(?:fined|fines|imposed|imposes|ordered|orders|sentenced|sentences)\b"
    r"(?:[^.;]|\.(?!\s+[A-Z]))*$"  # "ordered Maple Ridge Credit Inc. to pay"
)


def _court_agent(text: str, amount: MoneyMention, ctx: _ArticleContext) -> AuthorityMention | None:
    if not (
        _COURT_WORD.search(text)
        or re.search(r"\b(?:court|judge|Judge|Justice|[Mm]agistrate)", text)
    ):
        return None
    for court in _COURT.finditer(text):
        if court.start() > amount.end:
            between = text[amount.end : court.start()]
            acting = len(between) < 80 and (
                _BY_COURT.search(between)
                or (
                    _AT_COURT.match(between)
                    and _SENTENCED.search(text, 0, amount.start)
                    and not (between.strip().startswith("in") and _BROUGHT_BY.search(text))
                )
                # "has been ordered to pay $18 million … after the Federal Court found …"
                or (
                    _AFTER_COURT.search(between)
                    and _COURT_FINDS.match(text, court.end())
                    and _PASSIVE_SANCTION.search(text, 0, amount.start)
                )
            )
        else:
            between = text[court.end() : amount.start]
            other_agent = any(
                m.kind == "authority" and ctx.lexicon.authorities[m.key].kind != "court"
                for m in ctx.lexicon.mentions(between)
            )
            acting = (
                _COURT_IMPOSES.match(between)
                # "was ordered by the Delhi High Court to pay Rs 5 lakh"
                or (len(between) < 80 and _ORDERED_BY.search(text, 0, court.start()))
            ) and not other_agent
            # "reduced the penalty imposed by the regulator": a court's own figure is a ruling
            acting = acting and not _REDUCED.search(between)
        if acting:
            return _court_mention(text, court, amount, ctx)
    return _court_before_imposes(text, amount, ctx)


def _court_before_imposes(
    text: str, amount: MoneyMention, ctx: _ArticleContext
) -> AuthorityMention | None:
    """ "X appeared at Y Magistrates' Court … District Judge Z fined X £6,400": a judge (or
    "the court") imposing the sum is the court named before."""
    if ctx.last_court is None:
        return None
    for court in _THE_COURT.finditer(text, 0, amount.start):
        if _COURT_OF.match(text, court.end()):
            continue  # "The Court of Competition …": a court being named, not the one before
        between = text[court.end() : amount.start]
        other_agent = any(
            m.kind == "authority" and ctx.lexicon.authorities[m.key].kind != "court"
            for m in ctx.lexicon.mentions(between)
        )
        if _COURT_IMPOSES.match(between) and not _REDUCED.search(between) and not other_agent:
            return _court_named_before(court, amount, ctx)
    return None


def _court_named_before(
    court: re.Match, amount: MoneyMention | None, ctx: _ArticleContext
) -> AuthorityMention:
    """ "the Court", "District Judge Rowe": the court the article named last, as acting here."""
    assert ctx.last_court is not None
    kind = court.group().split()[-1].casefold()
    name, known, where = (
        ctx.last_court if kind in {"court", "judge"} else ctx.last_of_kind.get(kind, ctx.last_court)
    )
    where = where or (_currency_country(amount, ctx) if amount else None)
    resolved = known[0] if known else _national_court(name, where, ctx) or name
    return AuthorityMention(resolved, where, court.start(), court.end())


# Between a court and the verb it is the subject of: "The court also ordered", "the High
# Court, in a separate order, directed", "Justice Rao on Friday banned".
_SUBJECT_GAP = compiled(
    r"\s*(?:,[^,.;]{1,80},\s*)?(?:(?:also|further|additionally|then|separately|subsequently"
    r"|on\s+\w+(?:\s+\d{1,2})?)\s+){0,2}"
    # "The court also granted an injunction", "the judge made a freezing order"
    r"(?:(?:granted|issued|made|imposed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2})?$"
)
# "District Judge Z fined X £6,400 and imposed a prohibition order": the court's next measure
# in the same sentence, after the sanction it imposed first.
_AND_THEN = compiled(
    r"\s*(?:fined|ordered|sentenced)\b[^.;]{0,120}?\band\s+(?:also\s+)?"
    r"(?:(?:granted|issued|made|imposed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3})?$"
)
_THE_COURT = compiled(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:same\s+)?(?:[Cc]ourt|[Tt]ribunal|[Jj]udge|[Mm]agistrate)\b"
    r"|\b(?:Justice|Judge|Magistrate)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
)

# "The Court", "the Court" (read as "Court"): a judgment's summary naming its court again.
_GENERIC_COURT = compiled(r"(?:(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:same\s+)?)?(?:Court|Tribunal)")


def _the_court_before(text: str, court: re.Match, ctx: _ArticleContext) -> bool:
    """ "the Court" alone is the court named before; "the Court of Energy Disputes (SEW)" is
    one being named."""
    return (
        ctx.last_court is not None
        and bool(_GENERIC_COURT.fullmatch(court.group()))
        and not _COURT_OF.match(text, court.end())
        and not _COURT_SHORT.match(text, court.end())
    )


def _court_subject(text: str, at: int, ctx: _ArticleContext) -> AuthorityMention | None:
    """The court a sentence makes the subject of the action at `at` ("The court also ordered
    Brightpath to …"): named there, or the one named before ("the court", "Justice Okafor")."""
    if not (
        _COURT_WORD.search(text) or re.search(r"\b(?:court|tribunal|judge|Judge|Justice)", text)
    ):
        return None
    for court in _COURT.finditer(text, 0, at):
        if _the_court_before(text, court, ctx):
            continue  # "The Court also granted …": the court named before (below)
        if _SUBJECT_GAP.fullmatch(text, court.end(), at):
            return _court_mention(text, court, None, ctx)
    if ctx.last_court is None:
        return None
    for court in _THE_COURT.finditer(text, 0, at):
        if _SUBJECT_GAP.fullmatch(text, court.end(), at) or _AND_THEN.fullmatch(
            text, court.end(), at
        ):
            # "The tribunal also cancelled …" after "… review to the High Court": the tribunal
            # named last, not the court (as `_court_named_before` reads it).
            kind = court.group().split()[-1].casefold()
            name, known, where = (
                ctx.last_court
                if kind in {"court", "judge"}
                else ctx.last_of_kind.get(kind, ctx.last_court)
            )
            # A court named without its country: that of the sums the sentence tells
            where = where or next(
                (c for m in find_money(text) if (c := _currency_country(m, ctx))), None
            )
            resolved = known[0] if known else _national_court(name, where, ctx) or name
            return AuthorityMention(resolved, where, court.start(), court.end())
    return None


# "… after the Federal Court found its agents misled consumers": the finding the court made
_AFTER_COURT = compiled(r"\b(?:after|when|as|because|once)\s+(?:the\s+|a\s+)?$")
_COURT_FINDS = compiled(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:found|ruled|held|decided|concluded|determined)\b"
)
_PASSIVE_SANCTION = compiled(
    r"\b(?:been|was|were|is|are|be)\s+(?:\w+\s+)?(?:ordered\s+to\s+pay|fined|penali[sz]ed"
    r"|sentenced\s+to\s+pay)\b[^.;]{0,40}$"
)
_ORDERED_BY = compiled(
    r"\b(?:ordered|fined|penali[sz]ed|sentenced|directed)\s+by\s+(?:the\s+|a\s+)?$"
)


def _court_mention(
    text: str, court: re.Match, amount: MoneyMention | None, ctx: _ArticleContext
) -> AuthorityMention:
    """The court `court` matched, as the authority acting: its lexicon id (or name) and country."""
    if _the_court_before(text, court, ctx):
        # "In May, the Court ordered …": the court named before, not one called "Court"
        return _court_named_before(court, amount, ctx)
    name = _court_name(text, court)
    # "the Federal Court of Australia": the lexicon's court, named in full.
    known = [
        m.key
        for m in ctx.lexicon.mentions(text)
        if m.kind == "authority"
        and m.start < court.end() + 20
        and court.start() < m.end
        and ctx.lexicon.authorities[m.key].kind == "court"
    ] or [m.key for m in ctx.lexicon.mentions(name) if m.kind == "authority"]
    home = ctx.lexicon.authorities[ctx.main_authority].jurisdiction if ctx.main_authority else None
    seat = _court_country(court, ctx) or _court_seat_country(text, court, ctx)
    if (own := _own_place(name, known, ctx)) is not None:
        known, seat = [], own
    where = (
        ctx.lexicon.authorities[known[0]].jurisdiction
        if known
        else seat or (_currency_country(amount, ctx) if amount else None) or home
    )
    resolved = known[0] if known else _national_court(name, where, ctx)
    return AuthorityMention(resolved or name, where, court.start(), court.end())


def _own_place(name: str, known: list[str], ctx: _ArticleContext) -> str | None:
    """ "the Ontario Court of Justice" is not the CJEU whose listed name ends its own: the
    one place the court's name as read gives, when the listed court it contains is another
    place's."""
    own = [m.key for m in ctx.lexicon.mentions(name) if m.kind == "jurisdiction"]
    if len(own) != 1 or not known:
        return None
    where = ctx.lexicon.authorities[known[0]].jurisdiction
    return own[0] if own[0].partition("-")[0] != where.partition("-")[0] else None


def _court_seat_country(text: str, court: re.Match, ctx: _ArticleContext) -> str | None:
    """ "the High Court of Ireland", "a court in Denmark": the country named as its seat."""
    seat = _seat(text, court.end())
    if seat is None:
        return None
    places = [m.key for m in ctx.lexicon.mentions(seat) if m.kind == "jurisdiction"]
    return places[0] if places else None


def _currency_country(amount: MoneyMention, ctx: _ArticleContext) -> str | None:
    """The one country whose currency the amount is in (C$ is Canada's; € is many)."""
    if amount.money is None:
        return None
    countries = ctx.lexicon.currency_users().get(amount.money.currency, [])
    return countries[0] if len(countries) == 1 else None


def _national_court(name: str, where: str | None, ctx: _ArticleContext) -> str | None:
    """ "the Federal Court" in an Australian story is the Federal Court of Australia."""
    wanted = name.casefold()
    for authority in ctx.lexicon.authorities.values():
        if authority.kind == "court" and authority.jurisdiction == where:
            names = (authority.name, authority.english_name, *authority.aliases)
            if any(
                n.casefold() == wanted or n.casefold().startswith(wanted + " of ") for n in names
            ):
                return authority.id
    return None


def _court_of_the_title(ctx: _ArticleContext) -> None:
    """ "Court of First Instance cuts CBCS fine on Schottegat Trust", the body saying "the
    Court" only: the court the headline names in full is the one "the Court" stands for, until
    the body names one itself."""
    title = ctx.title or ""
    court = _find_court(title, ctx) if _COURT_WORD.search(title) else None
    if court is None or ctx.last_court is not None:
        return
    # (its country: the story's regulator's, as for a court the body names)
    name, known, where = _resolve_court(title, court, ctx, len(ctx.body))
    if name and len(name.split()) > 1:  # a name of its own, not "Court" alone
        ctx.last_court = (name, known, where)


def _resolve_court(
    text: str, court: re.Match, ctx: _ArticleContext, at: int
) -> tuple[str, list[str], str | None]:
    """A court's name as lists of courts write it, its lexicon id (if any) and its country.
    `at` is where the sentence naming it ends: the story there is the court's."""
    if not ctx.title_court_read:
        ctx.title_court_read = True
        _court_of_the_title(ctx)
    if court.group() in ctx.court_shorts:
        return ctx.court_shorts[court.group()]  # "the CBb": as resolved where it was named
    if _the_court_before(text, court, ctx):
        assert ctx.last_court is not None
        return ctx.last_court  # "The Court also granted …", "the Court": the one named before
    name = _court_name(text, court)
    seat = _court_country(court, ctx)
    # The country of the regulator whose story is being told: in a round-up, the section's.
    regulator = ctx.regulator_before(at)
    home = ctx.lexicon.authorities[regulator].jurisdiction if regulator else None
    # "The Full Court of the Federal Court of Australia": the lexicon's name, in full.
    near = [
        m
        for m in ctx.lexicon.mentions(text)
        if m.kind == "authority"
        and m.start <= court.end() + 40
        and court.start() <= m.end
        and ctx.lexicon.authorities[m.key].kind == "court"
    ]
    # A name two countries' courts share ("Supreme Court of Justice": Moldova's and the
    # Dominican Republic's) is the court of the country it sits in, else the story's.
    first = [m.key for m in near if (m.start, m.end) == (near[0].start, near[0].end)]
    local = [k for k in first if ctx.lexicon.authorities[k].jurisdiction in {seat or home}]
    known = (local or first)[:1] or [
        m.key for m in ctx.lexicon.mentions(name) if m.kind == "authority"
    ]
    where = ctx.lexicon.authorities[known[0]].jurisdiction if known else None
    if (
        known
        and not seat
        and home
        and where
        and home != where
        and _only_english_name(text, ctx.lexicon.authorities[known[0]])
    ):
        # "the Council of State (Consiglio di Stato)" in a story about the Italian authority,
        # "the Council of State upheld that fine" in a round-up's section on Greece: a name
        # many countries' courts share in English, the story's country's court.
        known, where = [], home
    seat = seat or _own_place(name, known, ctx)
    if seat and where and seat != where:
        # "Greece's Council of State" is not the Conseil d'État whose English name it shares.
        known, where = [], seat
    elif seat and not where:
        where = seat
    elif not where and not known:
        # A court the lexicon does not know, with no seat named ("the Human Rights Review
        # Tribunal ordered …"): a court of the country whose regulator's story is told.
        where = home
    local = _COURT_LOCAL_NAME.match(text, court.end())
    if local and not _COURT_WORD.search(local.group("local")):
        # "Spain's National High Court (Audiencia Nacional)": the article may call it by its
        # own name later ("The Audiencia Nacional upheld that fine"); it keeps its English one.
        ctx.court_shorts[local.group("local")] = (name, known, where)
    shortened = _short_form(text, court)
    if shortened:
        short, with_own_name = shortened
        # A court the lexicon does not know goes by the short name the article gives it,
        # unless that leaves out its seat: "the Voivodeship Administrative Court (WSA) in
        # Lublin" is the Lublin court, "WSA" every one of its kind ("TAR Lazio" names Lazio).
        # Given with its own-language name too, it keeps the English one readers know it by.
        seat_named = _seat(text, court.end())
        if not known and not with_own_name and not (seat_named and seat_named not in short):
            ctx.court_renamed[name] = short  # what it was called before, in this article
            name = short
        ctx.court_shorts[short] = (name, known, where)
    return name, known, where


# "the Trade and Industry Appeals Tribunal (CBb)", "the Regional Administrative Court of
# Lazio (TAR Lazio)": a short name in brackets, by which the article then calls the court —
# an abbreviation ("CBb", "OLG"), not the court's name in its own language ("Landgericht Berlin").
# "the Court of Competition and Consumer Protection (Sąd Ochrony …, SOKiK)": after its name in
# its own language.
# "the Tribunal de lo Contencioso Administrativo (TCA)": the rest of a name in its own language.
_COURT_SHORT = compiled(
    r"(?:\s+(?:of|in)\s+[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,4}"
    r"|(?:\s+(?:(?:de|del|la|lo|los|las|di|du|des|der|für|van|von|do|da|y|e)\s+)*"
    r"[A-ZÀ-Ž][\w'’-]+){1,5})?\s*"
    r"\((?P<own>[^(),]{1,60},\s*)?(?P<short>[A-Z][A-Za-z]{1,7}(?:\s+[A-Z][a-z]+)?)\)"
)


# A court's name in its own language, in brackets after the English one.
_COURT_LOCAL_NAME = compiled(
    r"\s*\((?P<local>[A-ZÀ-Ž][\w'’-]+(?:\s+(?:(?:de|del|di|der|des|du|la|le|van|von)\s+)?"
    r"[A-ZÀ-Ž][\w'’-]+){1,4})\)"
)


def _short_form(text: str, court: re.Match) -> tuple[str, bool] | None:
    """The short name in brackets after a court's name, and whether its own-language name
    comes with it ("(Bundesverwaltungsgericht, BVwG)")."""
    found = _COURT_SHORT.match(text, court.end())
    if found is None:
        return None
    first = found.group("short").split()[0]
    if sum(c.isupper() for c in first) < 2:
        return None
    return found.group("short"), found.group("own") is not None


# A court named by its judge ("Denver District Judge …") has none of those words.
_JUDGE_WORD = compiled(r"[Jj]udge\b")
# A cheap first test: a word any court's name has.
_COURT_WORD = compiled(
    r"Court|Tribunal|gericht|Conseil|Council|Cour|Corte|Juzgado|Audiencia|Rechtbank|Gerechtshof"
    r"|Sąd|Soud|Curtea|Board|tribunal[ e]|cour\s"
)


def _court_day(text: str, court: re.Match, offset: int, ctx: _ArticleContext) -> Located | None:
    """The day told right beside a court's name: "appeared at X Court on Tuesday"."""
    if not ctx.published:
        return None
    near = [
        d
        for d in find_dates(text, ctx.published)
        if court.end() <= d.start <= court.end() + 12
        or court.start() - 20 <= d.end <= court.start()
    ]
    return _located_date(near[0], offset) if near else None


_LABEL = compiled(r"\**:")


def _find_court(text: str, ctx: _ArticleContext) -> re.Match | None:
    """The first court a sentence names, by its name or by a short name given earlier."""
    # Not a field's label: "**Court:** Tribunal de lo Contencioso Administrativo (TCA)"
    labelled = (c for c in _COURT.finditer(text) if not _LABEL.match(text, c.end()))
    court = next(labelled, None) if _COURT_WORD.search(text) or _JUDGE_WORD.search(text) else None
    if court is not None and any(c.isupper() for c in text[: court.start()]):
        # "the ÎCCJ dismissed the appeal, upholding the Court of Appeal's judgment": a listed
        # court's initials named first are the court deciding.
        initials = _listed_court_initials(named=True).search(text, 0, court.start())
        court = initials or court
    if court is None and ctx.court_shorts:
        shorts = "|".join(re.escape(s) for s in sorted(ctx.court_shorts, key=len, reverse=True))
        court = re.search(rf"(?<![\w-])(?:{shorts})(?![\w-])", text)
    if court is None and any(c.isupper() for c in text):
        # "the NCDRC dismissed the appeal": a listed court known by its initials alone, whose
        # name holds no word that says court ("National Consumer Disputes Redressal
        # Commission").
        court = _listed_court_initials().search(text)
    return court


@cache
def _listed_court_initials(named: bool = False) -> re.Pattern[str]:
    """Initials the data files give courts whose names have no court word in them; `named`:
    those of every court ("ÎCCJ", "CJEU") that no other body goes by."""
    data = load_toml("authorities.toml")["authority"]
    others = {f for a in data if a["kind"] != "court" for f in (a["id"], *a.get("aliases", []))}
    initials = sorted(
        {
            alias
            for a in data
            if a["kind"] == "court"
            and (named or not _COURT_WORD.search(f"{a['name']} {a.get('english_name') or ''}"))
            for alias in (a["id"], *a.get("aliases", []))
            if (alias in a.get("aliases", []) or named)
            and (
                re.fullmatch(r"[A-Z]{3,8}", alias)
                or (named and alias.isupper() and alias.isalpha() and 3 <= len(alias) <= 8)
            )
            and not (named and alias in others)
        },
        key=lambda a: (-len(a), a),
    )
    alternation = "|".join(map(re.escape, initials)) or "(?!)"
    return compiled(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _only_english_name(text: str, authority) -> bool:
    """The court is written only by an English name ("Council of State"), never by its own."""
    english = (authority.english_name or "").casefold()
    own = {n.casefold() for n in (authority.name, *authority.aliases)} - {english}
    folded = text.casefold()
    return bool(english) and english in folded and not any(n in folded for n in own)


def _court_country(court: re.Match, ctx: _ArticleContext) -> str | None:
    """The country a court's name opens with: "Greece's Council of State" → GR."""
    owner = re.match(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s", court.group().strip())
    judge = _JUDGE_NAMED.fullmatch(court.group().strip())
    if owner is None and judge is None:
        return None
    seat = judge["seat"] if judge else owner.group(1)
    places = [m.key for m in ctx.lexicon.mentions(seat) if m.kind == "jurisdiction"]
    if judge and not places:
        # "Wichita District Judge": a court named by its town is that town's country's
        places = [m.key for m in ctx.lexicon.city_mentions(seat)]
    return places[0] if places else None


_MONTHS = frozenset(m.casefold() for m in calendar.month_name if m)
# "the Regional Court of Bonn", "the Voivodeship Administrative Court (WSA) in Warsaw"
# Not "the Court of Competition and Consumer Protection": what it hears, not where it sits.
# What a court of a seat hears, named after it: "the Tbilisi Court of Appeals", "the Lagos
# Court of Justice" — never its seat.
_COURT_HEARS = r"(?:Appeals?|Cassation|Justice|Session|Claims|Arbitration|Auditors)\b"
_COURT_SEAT = compiled(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:of|in)\s+(?!the\b)"
    rf"(?!{_COURT_HEARS})([A-Z][\w-]+)\b(?!\s+and\s+[A-Z])"
    # (up to two more words, when they and the first name one place: "British Columbia")
    r"(?P<more>(?:\s+[A-Z][\w-]+\b){0,2})"
)


def _seat(text: str, at: int) -> str | None:
    """The seat named after a court's name ending at `at`: "of Bonn", "in Stockholm", "of
    British Columbia" (a place of several words), else None."""
    seat = _COURT_SEAT.match(text, at)
    if seat is None:
        return None
    words = f"{seat.group(1)}{seat.group('more')}".split()
    for n in range(len(words), 1, -1):
        place = " ".join(words[:n])
        if any(
            m.kind == "jurisdiction" and (m.start, m.end) == (0, len(place))
            for m in lexicon().mentions(place)
        ):
            return place
    return words[0]


def _court_name(text: str, court: re.Match) -> str:
    """ "Austria's Federal Administrative Court" is the Federal Administrative Court; "the
    Regional Court of Bonn" and "the Administrative Court in Stockholm" are named the way
    lists of courts name them: "Bonn Regional Court", "Stockholm Administrative Court"."""
    judge = _JUDGE_NAMED.fullmatch(court.group().strip())
    if judge:
        # "Denver District Judge …": the Denver District Court; "Beirut's single criminal
        # judge": that judge is the court (named with its seat, as lists of courts do)
        kind = " ".join(
            w.capitalize() for w in (judge["alone"] or "").split() + judge["kind"].split()
        )
        return f"{judge['seat']} {kind} {'Judge' if judge['alone'] else 'Court'}"
    # (a country of two words too: "South Africa's National Consumer Tribunal")
    name = re.sub(
        r"^(?:The\s+|(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+)", "", court.group().strip()
    )
    seat = _seat(text, court.end())
    if seat and seat.casefold() in _MONTHS:
        seat = None  # "the Aarhus City Court in October"
    if seat and re.search(r"(?:Court|Tribunal)$", name):
        name = f"{seat} {name}"
    elif seat is None and (heard := _COURT_OF.match(text, court.end())):
        name += heard.group()  # "the Court of Competition and Consumer Protection"
    return name


# What a court hears, named after it: "of Competition and Consumer Protection".
_COURT_OF = compiled(
    rf"\s+of\s+(?:{_COURT_HEARS}(?:\s+and\s+{_COURT_HEARS})?|[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+)+)"
)


def _court_date(text: str, court: re.Match | None, ctx: _ArticleContext) -> DateMention | None:
    """The date of the court's decision: the first one stated after the court is named ("a
    sanction that the Conseil d'État upheld in June 2020"), else the first in the sentence."""
    # "annulled the €200,000 fine the Garante imposed in 2024": the fine's date, not the court's.
    dates = [
        d
        for d in find_dates(text, ctx.published)
        if not _IMPOSED_WHEN.search(text, max(0, d.start - 40), d.start)
        and not _DATELINE.match(text[: d.start])  # "WARSAW, June 3 (Wire) -": the news's day
    ]
    # A court told by its common noun only ("a decision upheld by the tribunal on Monday"):
    # the first date after that word, not the fine's told before it.
    at = court.start() if court is not None else _unnamed_court_at(text)
    if at is not None:
        # (not a day the court's finding tells of: "rejected the appeal on 11 August, finding
        # that X had started only in late February")
        after = [d for d in dates if d.start >= at and not _FINDING_THAT.search(text, at, d.start)]
        if after:
            return after[0]
    return dates[0] if dates else None


_FINDING_THAT = compiled(
    r"\b(?:find(?:ing)?|found|hold(?:ing)?|held|not(?:ing|ed)|conclud(?:ing|ed)|consider(?:ing|ed))"
    r"\s+that\b",
    re.I,
)
_UNNAMED_COURT = compiled(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:court|tribunal|judge|chamber)\b", re.I
)


def _unnamed_court_at(text: str) -> int | None:
    found = _UNNAMED_COURT.search(text)
    return found.start() if found else None


_REDUCED = compiled(
    r"\b(?:reduced|cut|cuts|lowered|halved|slashed|trimmed|substituted|substituting)\b"
    r"|\b(?:set|fixed)\s+(?:it|the\s+(?:fine|penalty))\s+at\b",
    re.I,
)
_RULED = compiled(r"\b(?:ruled|held|decided|judged|dismissed)\b", re.I)
# Court reports' other words for a decision: "the court acquitted the former director", "a
# decision that the administrative court confirmed in 2023", "X had lost before the Court of
# Appeal as well", and a challenge decided in the passive ("The application was dismissed").
# ("confirmed" only as the court's act: not "confirmed in court filings", "the court confirmed
# that it had received the appeal".)
_DECIDED_OTHERWISE = compiled(
    r"\b(?:acquitt(?:ed|s)|(?:court|tribunal)\s+(?:later\s+|subsequently\s+|also\s+)?confirmed"
    r"(?!\s+(?:that|receipt|it\s+had|to))"
    # the court told by its name in a clause on the decision: "a decision that the TAR Lazio
    # confirmed in 2023"
    r"|(?:decision|fine|penalty|sanction|order)s?,?\s+(?:which|that)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){1,5}?(?:later\s+|subsequently\s+|also\s+)?confirmed"
    r"|(?:lost|won)\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:case\s+|appeal\s+|challenge\s+)?"
    r"(?:before|in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:court|tribunal)"
    r"|(?:application|appeal|petition|challenge|complaint|action|claim)s?\s+(?:was|were|has\s+been"
    r"|have\s+been)\s+(?:therefore\s+|thus\s+|accordingly\s+|also\s+)?(?:dismissed|rejected"
    r"|refused|thrown\s+out))\b",
    re.I,
)
# "confirmed the judgment of the Court of Appeal, which had reduced the fine … to MDL 6.78
# million": the figure the judgment ruled on set, told in a clause about it, not this court's.
_LOWER_COURT_SET = compiled(
    r"\b(?:which|that)\s+had\s+(?:\w+\s+)?(?:reduced|cut|lowered|decreased|halved|slashed"
    r"|trimmed|raised|increased|doubled)\b(?:[^.;]|\.(?!\s+[A-Z])){0,220}?$"
)
# The party's appeal failed: "rejected an appeal by food wholesaler X, leaving in place a fine
# of …", "threw out the appeal brought by Y", "turned down Acme's appeal".
# (Or its action for annulment, its complaint: "rejected the action of X", "rejected as
# unfounded the complaint of Y".)
_APPEAL_REJECTED = compiled(
    r"\b(?:rejected|threw\s+out|turned\s+down)\s+(?:as\s+(?:unfounded|groundless|ill-founded"
    r"|baseless|inadmissible)\s+)?(?:an?|the|its|their|his|her"
    r"|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?[’']s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:appeals?|actions?|complaints?|challenges?|objections?)\b"
)
# "asked the WSA to suspend enforcement, but the court refused that request": a decision on
# what a party asked of it.
_DECIDED_REQUEST = compiled(
    r"\b(?:refused|rejected|denied|granted|turned\s+down)\s+"
    # "rejected all five of the company's pleas", "rejected each of Acme's pleas"
    r"(?:(?:all|each|every\s+one)\s+(?:\w+\s+)?of\s+)?"
    r"(?:the|that|this|its|their|his|her|a|an|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?[’']s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:requests?|applications?|motions?|petitions?|pleas?)\b",
    re.I,
)


# Every ground of an appeal rejected: "rejected all five of Acme's pleas", "dismissed each of
# its grounds" — the appeal failed (not "rejected two of its pleas": others may have won).
_EVERY_PLEA = compiled(
    r"\b(?:rejected|dismissed)\s+(?:all|each|every\s+one)\s+(?:\w+\s+)?of\s+[^.;]{0,40}?"
    r"\b(?:pleas|grounds|arguments)\b",
    re.I,
)


def _party_of_the_case(ctx: _ArticleContext, at: int) -> Located | None:
    """ "In Case T-1/24, *Acme v Commission*, … The court set it at €2 million": a ruling whose
    sentence names no party concerns the sanctioned party its paragraph names last (the case
    told there), not the party sanctioned last in the article. Located where it is named."""
    start = ctx.body.rfind("\n\n", 0, at) + 1
    # each party by its key ("Acme" for "Acme S.A.")
    names = {respondent_key(name): name for name in ctx.sanctioned if respondent_key(name)}
    if len(names) < 2:
        return None  # one party: nothing to choose
    named = [
        (m.start(), m.end(), name)
        for key, name in names.items()
        for m in cached_pattern(rf"\b{re.escape(key)}\b", re.I).finditer(ctx.body[start:at])
    ]
    if not named:
        return None
    first, end, name = max(named)
    if ctx.last_party and respondent_key(ctx.last_party[0]) == respondent_key(name):
        return None  # the party sanctioned last: read as before
    return Located(text=ctx.body[start + first : start + end], start=start + first, end=start + end)


# A case note's paragraph on one party's appeal: "On the bank, the Chamber held …", "As to
# the insurer, …", "As regards Moselle Leasing, …" — what the court decided there is about it.
_ON_PARTY = compiled(
    r"(?:[-*]\s+)?(?:On|As\s+(?:to|regards|for)|Regarding|Concerning|With\s+(?:regard|respect)"
    r"\s+to|In\s+(?:respect|relation)\s+(?:of|to)|Turning\s+to)\s+(?P<who>[^,.;:\n]{2,60}?),"
)


def _paragraph_opener(body: str, at: int) -> re.Match[str] | None:
    """The paragraph holding `at` opening on a party ("As to the bank, …"), if it does."""
    start = body.rfind("\n\n", 0, at)
    return _ON_PARTY.match(body, start + 2 if start >= 0 else 0)


def _paragraph_party(ctx: _ArticleContext, at: int) -> Located | None:
    """The sanctioned party the paragraph holding `at` opens on, located where it is named."""
    opener = _paragraph_opener(ctx.body, at)
    if opener is None or opener.end() > at:
        return None
    who = opener["who"]
    where = opener.start("who")
    if who.startswith(("the ", "its ")) and description_noun(who):
        # "the bank", "the insurer": held as written, so as not to be one with a ruling on
        # another party; whose it is, the fine told of "the bank" says (`_opened_on`)
        return Located(text=who, start=where, end=where + len(who))
    told = [*ctx.sanctioned, ctx.main_respondent or ""]
    key = respondent_key(who)
    if not key or all(respondent_key(n) != key for n in told):
        return None  # "On Monday, the court …": no party
    return Located(text=who, start=where, end=where + len(who))


def _opened_on(fines: list[Fact], body: str, at: int) -> Fact | None:
    """ "The APDA fined the bank 75.000 euros and Valira 18.000 euros. … On the bank, the
    Chamber held …": the fine told of the party its paragraph opens on by a description, the
    one whose sum comes next after those words where it was told."""
    opener = _paragraph_opener(body, at)
    if opener is None or not opener["who"].startswith(("the ", "its ")):
        return None
    who = opener["who"].casefold()
    best: tuple[int, Fact] | None = None
    for fine in fines:
        if fine.amount is None:
            continue
        s, e = fine.mentions[0]
        told = body[s:e].casefold().rfind(who, 0, fine.amount.start - s)
        if told >= 0 and (best is None or fine.amount.start - (s + told) < best[0]):
            best = (fine.amount.start - (s + told), fine)
    return best[1] if best else None


_WHOSE_PLEAS = compiled(
    r"\b(?:rejected|dismissed)\s+(?:all|each|every\s+one)\s+(?:\w+\s+)?of\s+"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pleas|grounds|arguments)\b"
)


def _the_board(text: str, ctx: _ArticleContext) -> bool:
    """ "X appealed to the Pollution Control Hearings Board. … the board cut the penalty": an
    appeals board named before is "the board" (not a company's board, when none was)."""
    return bool(
        ctx.last_court
        and ctx.last_court[0].endswith(("Board", "Appeals", "Review"))
        and re.search(r"\b(?:the|that|this)\s+(?:same\s+|appeals?\s+)?board\b", text, re.I)
    )


# A judge by title and name: "Justice Awa Jallow", "Judge Okafor", "Magistrate Tuilau".
_TITLED_JUDGE = compiled(r"\b(?:Justice|Judge|Magistrate)\s+[A-Z][\w’'-]+")


def _judge_of_the_court(text: str, ctx: _ArticleContext) -> bool:
    """ "X challenged the fine in the High Court in Banjul. … Justice Awa Jallow reduced the
    fine to D7.5 million": a judge named by title speaks for the court named before."""
    return ctx.last_court is not None and _TITLED_JUDGE.search(text) is not None


def _court_decides(text: str, ctx: _ArticleContext) -> bool:
    """A court deciding something in this sentence, whether or not a trigger word fired."""
    named = _find_court(text, ctx) is not None or re.search(
        r"\b(?:court|tribunal|judges?)\b", text, re.I
    )
    # "the same chamber rejected …": the court named before, by its chamber
    named = named or (
        ctx.last_court and re.search(r"\b(?:the|that|this)\s+(?:same\s+)?chamber\b", text, re.I)
    )
    named = named or _the_board(text, ctx)  # "the board lowered the penalty to $90,000"
    named = named or _judge_of_the_court(text, ctx)  # "Justice Awa Jallow reduced the fine"
    named = named or _the_panel(text, ctx)  # "the Senate cut the fine to €12.9 million"
    if not named:
        return _court_goes_on(text, ctx)
    return any(
        p.search(text)
        for p in (
            _UPHELD,
            _ANNULLED,
            _RULED,
            _REDUCED,
            _RAISED,
            _DECIDED_REQUEST,
            _EVERY_PLEA,
            _DECIDED_OTHERWISE,
        )
    )


# A sentence about a court (its judgment, its chamber, the court itself).
# (Or its reasons told by a pronoun, as only a court's are: "It held that an average consumer
# would understand …", the sentence between the court and what "it" then decided.)
_ABOUT_COURT = compiled(
    r"\b(?:court|tribunal|judges?|judgm?ent|judgement|chamber)\b"
    r"|^\W*(?:It|They)\s+(?:also\s+|further\s+)?(?:held|ruled)\s+that\b",
    re.I,
)
# The court as the subject of the next sentence, by a pronoun: "But it cut the fine …",
# "It also annulled the order", "On 4 March it confirmed the finding but cut the fine …",
# "By judgment of 3 July 2024, it reduced …", "In a ruling last week, it upheld …".
_COURT_PRONOUN = compiled(
    r"\W*(?:(?:but|and|yet|however|instead)\W+)?(?:(?:on|in)\s+[\w ]{1,20}?,?\s+"
    r"|(?:by|in)\s+(?:a\s+|its\s+)?(?:judgm?ent|ruling|decision|order)\b[^,.;]{0,40},\s*)?"
    r"(?:it|they)\s+(?:also\s+|then\s+|however\s+"
    r"|nevertheless\s+|nonetheless\s+)?(?:cut|reduced|lowered|upheld|annulled|overturned"
    r"|quashed|set\s+aside|confirmed|dismissed|rejected|threw\s+out|acquitted)\b"
    # its reasons, then what it decided on them: "It held that the thresholds did not yet
    # apply and annulled the fine."
    r"|\W*(?:it|they)\s+(?:also\s+|further\s+)?(?:held|found|ruled)\s+that\b(?=[^.;]*\b(?:"
    r"annull?ed|overturned|quashed|set\s+aside|upheld|reduced|cut|lowered)\b)"
    # a challenge decided, told in the passive: "The application was dismissed."
    r"|\W*(?:the|that|this|its|his|her|their)\s+(?:[\w-]+\s+)?(?:application|appeal|petition"
    r"|challenge|complaint|action|claim)s?\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:therefore\s+|thus\s+|accordingly\s+|also\s+)?(?:dismissed|rejected|refused"
    r"|thrown\s+out)\b"
    # or what it decided, told in the passive: "The court held that the Commission had used
    # the right turnover. The fine was upheld in full."
    r"|\W*(?:the|that|this|its|his|her|their)\s+(?:[\w-]+\s+)?(?:fines?|penalt(?:y|ies)|sanctions?"
    r"|decisions?|bans?|prohibitions?|orders?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:therefore\s+|thus\s+|accordingly\s+)?(?:upheld|confirmed)\b",
    re.I,
)


def _court_goes_on(text: str, ctx: _ArticleContext) -> bool:
    """The sentence right after one about a court tells what "it" (the court) decided."""
    return bool(ctx.court_just_before and ctx.last_court and _COURT_PRONOUN.match(text))


_SAME_BENCH = compiled(r"\b(?:the|that)\s+same\s+(?:court|tribunal|chamber|judges?|panel)\b", re.I)


def _same_bench(facts: list[Fact], body: str) -> None:
    """ "In the second case the same chamber rejected all of Y's pleas": the court that gave
    the ruling told before — not one named since as where an appeal could go next."""
    told = sorted((f for f in facts if f.action == "ruling"), key=lambda f: f.start)
    for before, ruling in itertools.pairwise(told):
        start, end = ruling.mentions[0]
        if (
            before.authority
            and _SAME_BENCH.search(body, start, end)
            and ruling.authority_at is None
        ):
            ruling.authority, ruling.jurisdiction = before.authority, before.jurisdiction
            # told as the same bench's other judgment of the day, unless dated otherwise
            ruling.date = ruling.date or before.date


def _attach_rulings(facts: list[Fact], body: str = "") -> None:
    """A ruling that names nobody rules on the fine before it of the party named last before
    it ("Farmalinija brought an action before the Administrative Court. On 9 April the court
    dismissed the action": Farmalinija's fine, not its manager's told just before), else on
    the nearest fine before it in the article."""
    if body:
        _fines_a_court_restates(facts, body)
        _conversions_told_again(facts, body)
    _restated_fines(facts)
    ordered = sorted(facts, key=lambda f: f.start)
    for index, fact in enumerate(ordered):
        if fact.action != "ruling":
            continue
        before = [f for f in ordered[:index] if f.action in {"fine", "penalty_payment"}]
        ruled = before[-1] if before else None
        if ruled is None:
            continue
        # (or by a description its paragraph opens on: "On the bank, …", see `_paragraph_party`)
        unnamed = (
            fact.respondent is None
            or fact.respondent.start == fact.respondent.end
            or fact.respondent.text[:1].islower()
        )
        if body and unnamed:
            ruled = (
                _opened_on(before, body, fact.start)
                or _named_last_before(before, body, fact.mentions[0][1])
                or ruled
            )
        if unnamed:
            fact.respondent = ruled.respondent
        fact.jurisdiction = fact.jurisdiction or ruled.jurisdiction


def _conversions_told_again(facts: list[Fact], body: str) -> None:
    """A court story tells the fine first as the sum the court changed ("reduced the fine from
    KM 2.450.000,00 to KM 1.380.000,00"), then its background tells it again with what it
    comes to in another currency ("The Council fined Una Market KM 2.450.000,00 (approximately
    €1.25 million)"): that conversion is the fine's other amount, whether or not the
    restating sentence was read as a fine of its own."""
    # (imported here: fact_sentences itself reads courts through this module)
    from .fact_sentences import _split_conversions

    rulings = [f for f in facts if f.action == "ruling"]
    for fact in facts:
        if (
            fact.action not in {"fine", "penalty_payment"}
            or fact.amount is None
            or fact.other_amounts
            or not any(fact.mentions[0] in r.mentions for r in rulings)
        ):
            continue
        written = body[fact.amount.start : fact.amount.end]
        at = body.find(written, fact.mentions[0][1])
        while at >= 0 and not fact.other_amounts:
            window = body[at : at + len(written) + 100]
            money = find_money(window)
            primaries, conversions = _split_conversions(window, money)
            first = primaries[0] if primaries else None
            if first is not None and first.start == 0:
                fact.other_amounts = [
                    _amount(c, at)
                    for c in conversions.get(0, [])
                    if c.money and c.money.currency != fact.amount.currency
                ]
            at = body.find(written, at + len(written))


_APPOSITION = compiled(
    r",\s+(?:a|an|the|its|his|her|their|who|which|whose|formerly|once)\b[^,.;:\n]{1,80},", re.I
)


def _named_last_before(fines: list[Fact], body: str, at: int) -> Fact | None:
    """Of `fines`, the one whose party the text names last in the few sentences up to `at`
    (the end of the ruling's own sentence, which may name the party itself)."""
    # (not a name inside an apposition describing another: "Ozols, a former Baltic Dairy
    # employee, brought an action" is Ozols's)
    window = _APPOSITION.sub(lambda m: " " * len(m.group()), fold(body[max(0, at - 600) : at]))
    best: tuple[int, int] | None = None
    found = None
    for fine in fines:
        key = fine.respondent_key
        if not key:
            continue
        last = max((m.start() for m in re.finditer(rf"\b{re.escape(key)}\b", window)), default=-1)
        if last >= 0 and (best is None or (last, fine.start) > best):
            best, found = (last, fine.start), fine
    return found


# What a court did to a fine it names by its sum: "The Court annulled the 18.000 euros fine in
# full", "the tribunal upheld the KSh 2 million penalty".
_COURT_DID_TO = compiled(
    r"\b(?:annull?ed|quashed|set\s+aside|overturned|upheld|confirmed|cancell?ed|struck\s+down"
    r"|reduced|lowered|cut)\s+(?:the|that|this)\s+$",
    re.I,
)


def _fines_a_court_restates(facts: list[Fact], body: str) -> None:
    """A fine a court's sentence names by the sum of one told before, its party not named in
    that sentence ("The APDA fined the bank 75.000 euros and Valira 18.000 euros … The Court
    annulled the 18.000 euros fine in full"), is that fine told again — not another fine, of
    whichever party was named last."""
    for fact in [f for f in facts if f.action == "fine" and f.amount is not None]:
        start, end = fact.mentions[0]
        who = fact.respondent
        if who is not None and who.start < who.end and start <= who.start < end:
            continue  # "upheld the €15,000 fine on Baltic Leasing": that party's
        if not _COURT_DID_TO.search(body, max(start, fact.amount.start - 40), fact.amount.start):
            continue
        earlier = [
            f
            for f in facts
            if f is not fact
            and f.action == "fine"
            and f.start < start
            and f.amount is not None
            and (f.amount.amount, f.amount.currency) == (fact.amount.amount, fact.amount.currency)
        ]
        if len(earlier) != 1:
            continue  # two fines of that sum: which one the court meant, the sum cannot say
        (told,) = earlier
        facts.remove(fact)
        told.mentions = sorted({*told.mentions, *fact.mentions})


def _restated_fines(facts: list[Fact]) -> None:
    """ "It fined Kartli GEL 12.6 million … On 14 July the court rejected its claim and upheld
    the GEL 12.6 million fine": the fine a ruling's sentence names by its sum is the one told
    before with that sum, not another one; the ruling keeping it sets no sum of its own."""
    for ruling in [f for f in facts if f.action == "ruling" and f.amount]:
        assert ruling.amount is not None
        sums = [
            f
            for f in facts
            if f.action in {"fine", "penalty_payment"}
            and f.amount is not None
            and (f.amount.amount, f.amount.currency)
            == (ruling.amount.amount, ruling.amount.currency)
        ]
        told = [f for f in sums if f.mentions[0] == ruling.mentions[0]]
        before = [f for f in sums if f not in told and f.start < ruling.start]
        # told again in the ruling's sentence, and already one with it (`_merge`)
        merged = [f for f in before if ruling.mentions[0] in f.mentions]
        if (told and before) or merged:
            for fact in told:
                facts.remove(fact)
            before = merged or before
            # whose fine it is, the sum says: "rejected Baltic's claim and upheld the €3m fine"
            ruling.respondent = before[-1].respondent
            # the court upheld that fine: it set no sum of its own
            ruling.amount, ruling.other_amounts = None, []
        elif told:
            # "the TCA upheld the commission's fine of $ 2.300.000 on X", the fine told only
            # there: the fine keeps the regulator's sum, and the ruling again sets none
            ruling.amount, ruling.other_amounts = None, []


def _rulings_on_grounds(facts: list[Fact]) -> None:
    """A court ruling on a fine rules on the breaches the fine was for: "The court reduced it
    to €900,000" concerns the Article 32 breach the regulator found."""
    for ruling in facts:
        if ruling.action != "ruling" or not ruling.respondent_key:
            continue
        ruled = [
            f
            for f in facts
            if f.action in {"fine", "penalty_payment"}
            and f.respondent_key == ruling.respondent_key
            and f.provisions
        ]
        if not ruled:
            continue
        fine = max(ruled, key=lambda f: (f.amount is not None, f.start < ruling.start, f.start))
        have = {p.text for p in ruling.provisions}
        ruling.provisions += [p for p in fine.provisions if p.text not in have]
