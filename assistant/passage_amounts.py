"""The sum a party was made to pay, read off the articles' sentences when the facts table
has no action for it.

The extractor reads actions with hand-written rules, and on copy nobody has seen it misses
some ("Lonestar Telematics and Bluebonnet Mobility agreed to pay $9.75 million in civil
penalties"). Saying "they report no action against Lonestar" is then false. Before saying
so, an amount question that names a party is read against the sentences of the articles
about it: one that names the party and states a sum it was fined, ordered or agreed to pay
answers, cited exactly. Everything short of that stays unanswered: a maximum, a range, a
proposal, a sum sought or claimed, compensation (unless that is what is asked), another
party's sum, or a sentence whose several sums are not paired with their parties; a deal
agreed in principle or awaiting approval, a sum later set aside or cut, an expectation, a
speaker's quoted view, a subsidiary's or parent's sum, and money that is no sanction
(dividends, taxes, disgorgement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .aboutness import story_cuts
from .actions import is_accrued_amount, is_penalty_amount, is_redress_amount
from .money import Money, MoneyMention, find_money
from .money_asked import asked_money, fits_asked
from .parties import fold
from .pattern_cache import cached_pattern, compiled
from .question_parse import Query
from .readers import Quote
from .text import sentences

if TYPE_CHECKING:
    from .engine import Engine


@dataclass(frozen=True)
class PassageAmount:
    """What a sentence says the party asked about must pay. `money` is None when the
    sentence gives several sums for several parties without pairing them: the passage
    answers, the figure is not told."""

    money: Money | None
    quote: Quote


# Questions about a sum other than the one first imposed (cut on appeal, paid so far, owed,
# per day, all told, each one's, a maximum): a sentence stating the sanction does not answer.
_ASKS_OTHER_SUM = compiled(
    r"\b(?:reduc\w*|cut|lower\w*|rais\w*|increas\w*|down\s+to|up\s+to|after|before|original\w*|"
    r"initial\w*|first|end(?:ed)?\s+up|actually|really|eventually|finally|ultimately|so\s+far|"
    r"still|owe[sd]?|owing|outstanding|remain\w*|left|balance|daily|per\s+day|a\s+day|weekly|"
    r"each|every|total|combined|altogether|all\s+told|together|maximum|max|most|minimum|cap|"
    r"limit|ceiling|could|would|might|propos\w*|sought|seek\w*|request\w*|appeal\w*|"
    # what a party asked for ("what fine did WorkSafe ask the court to impose"), not what it got
    r"ask(?:s|ed|ing)?|want\w*|urg\w*|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|"
    r"percent|per\s*cent|%|costs?|turnover|revenue|"
    # a court's or body's decision on a sum, not the sum: "what did the CSJ decide on the fine"
    r"decid\w*|decision|rul(?:e|ed|ing)|judg\w*|verdict|uph[eo]ld\w*|overturn\w*|annul\w*|"
    r"quash\w*|confirm\w*|set\s+aside)\b",
    re.I,
)

# The sum is one the party is made to pay: the words of the clause before it, or the noun
# right after it ("$9.75 million in civil penalties").
_IMPOSED_BEFORE = compiled(
    r"\b(?:agree[sd]?\s+to\s+(?:pay|a)|ordered\b[^.;]{0,60}?\bto\s+pay|(?:must|will|shall|to)\s+pay|"
    r"pa(?:ys|id|ying)|settled?\b[^.;]{0,40}?\bfor|fined|fining|penali[sz]ed|"
    r"(?:impos\w*|levi\w*|assess\w*)\b[^.;]{0,60}?\b(?:fine|penalt(?:y|ies)|sanctions?)\b|"
    r"(?:fines?|penalt(?:y|ies)|sanctions?)\s+(?:of|totall?ing|amounting\s+to))\b[^;:]{0,60}$",
    re.I,
)
_IMPOSED_AFTER = compiled(
    r"\s*(?:\([^)]*\)\s*)?(?:in\s+)?(?:civil\s+|administrative\s+|monetary\s+|criminal\s+)?"
    r"(?:fines?|penalt(?:y|ies)|sanctions?)\b",
    re.I,
)
# Words of the clause before a sum that make it no sum imposed: a maximum, a range, a
# proposal or request, a possibility, a refusal.
_NOT_IMPOSED = compiled(
    r"\b(?:up\s+to|as\s+much\s+as|maximum|max|ceiling|cap(?:ped)?|limit|between|range|faces?|"
    r"facing|risk\w*|could|(?-i:may)|might|would|can|propos\w*|recommend\w*|seek\w*|sought|"
    r"request\w*|ask\w*|demand\w*|claim\w*|intend\w*|intent|provisional\w*|draft|if|unless|"
    r"not|no|never|yet\s+to|refus\w*|declin\w*|reject\w*|instead\s+of|rather\s+than|"
    # a plan, an expectation or a view of what is due, not a sum imposed ("plans to impose",
    # "is expected to pay", "minded to", "should pay", a deal "in principle")
    r"plan\w*|expect\w*|minded|should|ought|tentativ\w*|preliminar\w*|potential\w*|"
    r"possibl\w*|in\s+principle|pending)\b",
    re.I,
)
# Words after a sum, in its clause, that leave it unsettled or undone: a deal still to be
# approved ("subject to approval by the commission", "pending a judge's approval"), or a sum
# since set aside, cut or withdrawn ("a settlement the High Court later set aside").
_UNSETTLED_AFTER = compiled(
    r"\b(?:subject\s+to|pending|in\s+principle|tentativ\w*|preliminar\w*|provisional\w*|"
    r"propos\w*|unless|if|needs?\b[^.;]{0,40}?\bapprov\w*|await\w*|overturn\w*|quash\w*|"
    r"annul\w*|set\s+aside|withdr[ae]wn?|rescind\w*|revers\w*|vacat\w*|reduc\w*|cut|halv\w*|"
    r"dropped|cancel\w*|struck\s+down|lowered|raised|increased)\b",
    re.I,
)
# Where the wrong a sum is for begins, after the sum ("… R$ 11m for failing to …").
_FOR_THE_WRONG = compiled(r"\b(?:for|over|because)\b", re.I)
# After a sum: what the money is when it is no sanction ("€34 million in dividends",
# "$4.2 million in disgorgement"). Disgorgement hands back what a wrong earned and is
# ordered beside a penalty, not as one; asked for a fine, it is not the answer.
_NOT_SANCTION_AFTER = compiled(
    r"\s*(?:in|of|as)\s+(?:\w+\s+)?(?:dividends?|tax(?:es)?|revenues?|sales|profits?|earnings|"
    r"turnover|disgorgement|(?:prejudgment\s+)?interest|fees|salar\w*|wages|bonus\w*|"
    r"investments?|loans?|funding|donations?|royalt\w*|subsid\w*|grants?|capital|assets)\b",
    re.I,
)
# A sum named as money for those harmed, not the sanction.
_REDRESS = r"\b(?:compensat\w*|restitution|refunds?|redress|damages|reimburs\w*|repay\w*)\b"
_REDRESS_NEAR = compiled(_REDRESS, re.I)
_REDRESS_AFTER = compiled(rf"\s*(?:\(\s*|in\s+)?(?:\w+\s+)?{_REDRESS}", re.I)
# Where a clause starts, looking back from a sum. (A full stop inside a sentence ends an
# abbreviation: "Rota Fácil Viagens Ltda. R$ 11.476.320,00".)
_CLAUSE_BREAK = compiled(r"[;:]|,\s+(?:but|while|whereas|although)\b")
_SPARED = compiled(r"\b(?:not|no|never|spared|escaped|without|cleared|acquitted)\b", re.I)
_RESPECTIVELY = compiled(r"\brespectively\b", re.I)
# After a sum: the party it is imposed on ("a penalty of $5m on Blue Mahoe").
# (Not "to": "pay £65,000 to Food Standards Scotland" names who is paid.)
_ON_PARTY = compiled(r"\b(?:on|upon|against|from)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
_WINDOW = 120  # characters of clause before a sum that are read


def party_amount(engine: Engine, query: Query, quotes: list[Quote]) -> PassageAmount | None:
    """The sum a sentence says the party the question names must pay, when the question
    asks plainly for that party's sanction (or, for "compensation", that kind of money)."""
    if query.kind != "amount" or not query.respondents or _ASKS_OTHER_SUM.search(query.text):
        return None
    # "the Faroese court's fine": a court's own sentence names it or a court ("the court
    # fined X"); a regulator's fine in a story of the court's ruling on it is not the court's
    court = any(_is_court(engine, a) for a in query.authorities)
    kind = asked_money(query.text)
    if kind == "loss":
        return None
    asked = set(query.respondents)
    articles = [f.article_id for k in asked for f in engine.reader.facts(respondent_key=k)]
    articles += [q.article_id for q in quotes]
    articles = list(dict.fromkeys(articles))
    # each article's own currency: a "$" in a Quebec story is the Canadian dollar
    local = engine._local_currencies([engine._quote(a, 0, 0) for a in articles])
    found: list[PassageAmount] = []
    for article_id in articles:
        body = engine.retriever.body(article_id)
        others = {f.respondent_key for f in engine.reader.facts(article_id=article_id)} - {
            None,
            *asked,
        }
        for start, end in _whole_sentences(body):
            text = body[start:end]
            if not _positions(text, asked):
                continue
            if not _of_asked_body(engine, query, article_id, body, start):
                continue
            if court and not _names_the_court(engine, query, text):
                continue
            if _names_another_body(engine, query, text) or _another_year(query, text):
                continue
            quote = engine._quote(article_id, start, end)
            read = _read(query, kind, quote, asked, others, local.get(article_id))
            if read is not None:
                found.append(read)
    figures = {(r.money.amount, r.money.currency) for r in found if r.money is not None}
    if len(figures) == 1:
        return next(r for r in found if r.money is not None)
    if len(figures) > 1:
        return None  # the sentences give different sums: no one of them is the answer
    return found[0] if found else None


def _whole_sentences(body: str) -> list[tuple[int, int]]:
    """The body's sentences, one cut after a company's legal form mended when the sum comes
    next: "… fined online travel agency Rota Fácil Viagens Ltda." + "R$ 11.476.320,00 …"."""
    spans: list[tuple[int, int]] = []
    for span in sentences(body):
        if (
            spans
            and _ENDS_ABBREVIATED.search(body, spans[-1][0], spans[-1][1])
            and any(m.start == 0 for m in find_money(body[span.start : span.end][:40]))
        ):
            spans[-1] = (spans[-1][0], span.end)
        else:
            spans.append((span.start, span.end))
    return spans


_ENDS_ABBREVIATED = compiled(r"\b[A-Z][a-z]{0,4}\.$")


def _positions(text: str, keys) -> list[tuple[int, int]]:
    """Where the text names any of the parties (start, end of the key as written)."""
    folded = fold(text)
    spots = []
    for key in keys:
        if key and key in folded:
            pattern = cached_pattern(rf"\b{re.escape(key)}\b")
            spots += [(m.start(), m.end()) for m in pattern.finditer(folded)]
    return sorted(spots)


def _of_asked_body(engine: Engine, query: Query, article_id: str, body: str, at: int) -> bool:
    """The sentence's story is the regulator's (or place's) the question names: its part of
    the article (between headings) names it, or a fact there is that regulator's."""
    if not query.authorities and not query.places:
        return True
    cuts = story_cuts(body)
    start = max(c for c in cuts if c <= at)
    end = min(c for c in cuts if c > at)
    title = engine.reader.article_meta(article_id).title or ""
    named = engine.lexicon.mentions(f"{title}\n{body[start:end]}")
    facts = [f for f in engine.reader.facts(article_id=article_id) if start <= f.start < end]
    if query.authorities:
        wanted = set(query.authorities)
        return any(m.kind == "authority" and m.key in wanted for m in named) or any(
            f.authority in wanted for f in facts
        )
    places = set(query.places)
    return any(
        m.kind == "authority" and engine.lexicon.authorities[m.key].jurisdiction in places
        for m in named
        if m.key in engine.lexicon.authorities
    ) or any(f.jurisdiction in places for f in facts)


def _is_court(engine: Engine, authority: str) -> bool:
    """A court by the data files' kind, or by its name (a court the index found in the
    articles: "Trøndelag District Court")."""
    known = engine.lexicon.authorities.get(authority)
    if known is not None and known.kind == "court":
        return True
    names = (authority,) if known is None else (authority, known.name, known.english_name)
    return any(_A_COURT.search(n) for n in names)


def _names_the_court(engine: Engine, query: Query, text: str) -> bool:
    """A court, or the court asked about, is named before the sentence's first sum, as the
    one that imposes it ("The Faroese district court … fined P/F Skálavík Laks kr.
    1.800.000"); not only after it ("was fined NOK 900,000 and has asked the district court
    to review the decision")."""
    sums = find_money(text)
    before = text[: sums[0].start] if sums else ""
    return _A_COURT.search(before) is not None or any(
        m.kind == "authority" and m.key in query.authorities
        for m in engine.lexicon.mentions(before)
    )


_A_COURT = compiled(r"\b(?:court|judge|justice|magistrate|(?:Her|His)\s+Honour)\b", re.I)


def _another_year(query: Query, text: str) -> bool:
    """The question asks about a year ("in 2024") and the sentence dates its sum to others."""
    years = {int(y) for y in _YEAR.findall(text)}
    return query.year is not None and bool(years) and query.year not in years


_YEAR = compiled(r"\b((?:19|20)\d\d)\b")


def _names_another_body(engine: Engine, query: Query, text: str) -> bool:
    """The sentence names a regulator, or a country, the question does not ask about ("a 50
    million euro fine imposed on Google by the CNIL", asked of Ireland's DPC), and none it
    does: its sum is that other body's."""
    if not query.authorities and not query.places:
        return False
    named = engine.lexicon.mentions(text)
    bodies = {m.key for m in named if m.kind == "authority"}
    places = {m.key for m in named if m.kind == "jurisdiction"}
    if query.authorities:
        if bodies and not bodies & set(query.authorities):
            return True
    elif bodies and not any(
        engine.lexicon.authorities[b].jurisdiction in query.places
        for b in bodies
        if b in engine.lexicon.authorities
    ):
        return True
    return bool(places) and not places & set(query.places) and not bodies & set(query.authorities)


def _read(
    query: Query, kind: str | None, quote: Quote, asked: set[str], others: set[str], local
) -> PassageAmount | None:
    text = quote.text
    sums = [m for m in find_money(text, local) if _imposed(kind, query, text, m)]
    sums = _without_restated(text, sums)
    if not sums:
        return None
    mine = [p for p in _positions(text, asked) if not _RELATIVE_OF.search(text, 0, p[0])]
    theirs = _positions(text, others)
    if not theirs:
        if len(sums) > 1:
            return None  # several sums of the one party (a fine and costs): none is sure
        return (
            PassageAmount(sums[0].money, quote) if _subject_or_object(text, mine, sums[0]) else None
        )
    if _RESPECTIVELY.search(text):
        return _respectively(text, mine, theirs, sums, quote)
    if len(sums) > 1:
        # several parties' sums, not paired: the passage, when it names the party among
        # those who pay (before the last sum) and says no one was spared
        among = any(end <= sums[-1].start for _, end in mine)
        return PassageAmount(None, quote) if among and not _SPARED.search(text) else None
    money = sums[0]
    named = sorted([(p, True) for p in mine] + [(p, False) for p in theirs])
    before = [(p, is_mine) for p, is_mine in named if p[1] <= money.start]
    if before:
        (last, is_mine) = before[-1]
        if is_mine:
            return (
                PassageAmount(money.money, quote) if _subject_or_object(text, mine, money) else None
            )
        # "Lonestar Telematics and Bluebonnet Mobility agreed to pay": a joint subject
        earlier = [p for p, m in before[:-1] if m]
        if earlier and _NAMES_JOINED.fullmatch(text[earlier[-1][1] : last[0]]):
            return PassageAmount(money.money, quote)
        return None
    after = [(p, is_mine) for p, is_mine in named if p[0] >= money.end]
    if after and after[0][1] and _ON_PARTY.search(text[money.end : after[0][0][0]]):
        return PassageAmount(money.money, quote)
    return None


def _imposed(kind: str | None, query: Query, text: str, mention: MoneyMention) -> bool:
    """The sum is one imposed on or agreed by a party: no maximum, range, proposal, or
    rate; the sanction (or, when the question asks for it, compensation)."""
    if mention.money is None or mention.range_end is not None or mention.per is not None:
        return False
    if mention.qualifier and _NOT_IMPOSED.search(mention.qualifier):
        return False
    if query.currency and mention.money.currency != query.currency:
        return False
    clause = text[max(0, mention.start - _WINDOW) : mention.start]
    clause = _CLAUSE_BREAK.split(clause)[-1]
    if _NOT_IMPOSED.search(clause):
        return False
    if kind == "compensation":
        return fits_asked(kind, query.text, text, mention.start, mention.end)
    if _REDRESS_NEAR.search(clause[-60:]) or _REDRESS_AFTER.match(text, mention.end):
        return False
    if _NOT_SANCTION_AFTER.match(text, mention.end):
        return False
    # Up to the wrong it is for: "for failing to refund customers whose holidays were
    # cancelled" tells what was done, not what became of the sum.
    after = _CLAUSE_BREAK.split(text[mention.end :])[0]
    if _UNSETTLED_AFTER.search(_FOR_THE_WRONG.split(after, maxsplit=1)[0]):
        return False
    if _quoted(text, mention.start):
        return False  # a speaker's view of what is due ("'X must pay £9m,' said a campaigner")
    if is_redress_amount(text, mention.start, mention.end):
        return False
    if is_accrued_amount(text, mention.start, mention.end):
        return False
    if not is_penalty_amount(text, mention.start, mention.end):
        return False
    return bool(_IMPOSED_BEFORE.search(clause) or _IMPOSED_AFTER.match(text, mention.end))


def _quoted(text: str, at: int) -> bool:
    """The position is inside quotation marks: opened before it in the sentence, or in an
    earlier sentence and closed after it ('“We regret this. Muskoka will pay $2m,” it said')."""
    before, after = text[:at], text[at:]
    return (
        before.count('"') % 2 == 1
        or after.count('"') % 2 == 1
        or before.count("“") > before.count("”")
        or after.count("”") > after.count("“")
    )


_RESTATED = compiled(r"\s*\(\s*(?:about\s+|around\s+|approx\w*\s+|~)?")


def _without_restated(text: str, sums: list[MoneyMention]) -> list[MoneyMention]:
    """One sum per figure: "three hundred seventy-five thousand dollars ($375,000)" and
    "€2m ($2.2m)" write one sum twice (the second, in brackets, restates the first)."""
    kept: list[MoneyMention] = []
    for mention in sums:
        if kept:
            gap = text[kept[-1].end : mention.start]
            if mention.money == kept[-1].money or _RESTATED.fullmatch(gap):
                continue
        kept.append(mention)
    return kept


# Between the party and the sum: a report of what someone else does ("Kelso said its
# former partner, Brae Foods, agreed to pay").
_ANOTHER_SUBJECT = compiled(
    r"\b(?:said|says|told|announced|stated|added|noted|while|whereas|after|when|whose)\b.*?"
    r"\b[A-Z][a-z]"
    # another party made to pay ("… the strongest since the regulator ordered Kerry Mutual
    # Credit to pay €3 million"), or the party's relative ("its parent, Tasman Energy")
    r"|\b(?:fined|ordered|penali[sz]ed|sanctioned|required|forced|told)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:its|their)\s+(?:former\s+)?(?:parent|subsidiary|unit|division|arm|affiliate|owner|"
    r"sister|partner)"
    # a comparison with another sum ("double the €3 million imposed on …")
    r"|\b(?:since|than|unlike|compared|exceed\w*|surpass\w*|double|twice|triple|half)\b"
)
# Before a party's name: it is named as the owner or relative of the one who pays ("Albion
# Wealth Ltd, a subsidiary of Harrowgate Group plc, agreed to pay").
_RELATIVE_OF = compiled(
    r"\b(?:(?:subsidiary|unit|division|arm|affiliate|parent|owner|sister|part|member)"
    r"(?:\s+company)?\s+of|owned\s+by|controlled\s+by|backed\s+by)\s+(?:the\s+)?$",
    re.I,
)


def _subject_or_object(text: str, mine: list[tuple[int, int]], money: MoneyMention) -> bool:
    """The asked party is who pays: named before the sum (not as the owner of something
    else: "Lonestar's parent paid"; not before a report of another's payment), or after it
    as the one it is imposed on."""
    for start, end in mine:
        if end <= money.start:
            if not text[end:].startswith(("'", "’")) and not _ANOTHER_SUBJECT.search(
                text, end, money.start
            ):
                return True
        elif _ON_PARTY.search(text[money.end : start]):
            return True
    return False


def _respectively(text, mine, theirs, sums, quote: Quote) -> PassageAmount | None:
    """ "ordered Luc Tremblay and Nadia Bouchard to pay 40 000 $ and 25 000 $ respectively":
    the run of sums right before "respectively" and the run of parties right before them,
    each party with the sum in its place. Only when the two runs are as long and the party
    asked about is in one place; otherwise the passage without a figure."""
    at = _RESPECTIVELY.search(text).start()
    listed = _run(text, [(s.start, s.end) for s in sums if s.end <= at], _SUMS_JOINED)
    if not listed:
        return PassageAmount(None, quote)
    named = sorted([(p, True) for p in mine] + [(p, False) for p in theirs])
    parties = [p for p, _ in named if p[1] <= listed[0][0]]
    run = _run(text, parties, _NAMES_JOINED)
    in_order = [dict(named)[p] for p in run]
    if True not in in_order:
        return None  # other parties' sums ("two of the processors where X's crews worked")
    if len(run) == len(listed) and in_order.count(True) == 1:
        at_sum = listed[in_order.index(True)]
        money = next(s.money for s in sums if (s.start, s.end) == at_sum)
        return PassageAmount(money, quote)
    return PassageAmount(None, quote)


# What joins the items of a list: sums ("40 000 $ and 25 000 $"), and parties, whose spans
# are only their keys ("Lonestar Telematics and Bluebonnet": the rest of a name, then "and";
# "Tremblay and Nadia Bouchard": then the next one's first names).
_SUMS_JOINED = compiled(r"\s*(?:,|,?\s+(?:and|&))\s*")
_NAMES_JOINED = compiled(r"(?:\s+[A-Z][\w.’'-]*)*\s*(?:,|,?\s+(?:and|&))\s+(?:[A-Z][\w.’'-]*\s+)*")


def _run(text: str, spans: list[tuple[int, int]], joined) -> list[tuple[int, int]]:
    """The last spans of the list that follow each other joined as list items."""
    run: list[tuple[int, int]] = []
    for span in reversed(spans):
        if run and not joined.fullmatch(text[span[1] : run[0][0]]):
            break
        run.insert(0, span)
    return run
