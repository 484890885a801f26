"""One sentence: the actions it states, each with its amount, party, regulator, court and
dates — after undoing the sentence splitter's cuts where a sentence is not over ("Article
5(1)(f) GDPR", "Ltd."). The fields themselves are read in `fact_fields.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .actions import (
    MONETARY,
    Match,
    find_actions,
    is_accrued_amount,
    is_penalty_amount,
    is_redress_amount,
)
from .article_context import _ArticleContext
from .dates import find_dates
from .fact_fields import (
    _REVIEWER,
    _amount,
    _dates,
    _listed_with,
    _located_date,
    _regulators,
    _respondent,
)
from .fact_model import Fact, Located
from .fact_rulings import _court_agent, _court_decides, _court_subject, _find_court, _rulings
from .models import Article
from .money import MoneyMention, dotted_symbols, find_money
from .numbers import SMALL_COUNT_WORDS, parse_number_words
from .parties import (
    _NAME,
    AuthorityMention,
    Party,
    _clean,
    authorities,
    description_noun,
    fold,
    respondent_key,
    respondents,
)
from .pattern_cache import compiled
from .provisions import find_provisions
from .text import Span

# (Also after the noun the amount qualifies: "the N2.5bn penalty (about $1.6 million at the
# time)".)
# How a conversion is told: "(about", "equivalent to around", "or roughly", "which is".
_APPROXIMATELY = (
    r"(?:approx(?:imately|\.)?|about|around|roughly|some|c\.|ca\.|~|≈|nearly|almost"
    r"|just\s+(?:over|under))"
)
_EQUIVALENT = r"(?:(?:the\s+)?(?:rough\s+)?equivalent\s+(?:of|to)|equal\s+to|worth)"
_CONVERTED_AS = (
    rf"(?:(?:or|which\s+is|that\s+is|i\.e\.)\s+(?:{_EQUIVALENT}\s+)?{_APPROXIMATELY}?"
    rf"|{_EQUIVALENT}(?:\s+{_APPROXIMATELY})?|{_APPROXIMATELY})"
)
_CONVERSION_GAP = compiled(
    # ("EUR 186,000 in denar equivalent (MKD 11,439,000)": the sum set in euros, paid in the
    # local currency, and that currency's figure in brackets.)
    r"^\s*(?:in\s+(?:[\w-]+\s+)?(?:equivalent|currency)\s*)?"
    rf"(?:(?:(?:fine|penalty|surcharge|sanction)\s*)?[(/]\s*(?:{_CONVERTED_AS})?"
    rf"|or\b\s*(?:{_CONVERTED_AS})?)\s*$"
    # After a comma or a dash, as official and wire copy set it: "SRD 3.75 million, or
    # roughly US$100,000", "(BZ$250,000.00), equivalent to US$125,000.00", "KWD 50,000 —
    # about US$163,000 —", and past the amount again in words: "BD 185,000.000 (one hundred
    # and eighty-five thousand Bahraini Dinars), approximately US$492,000", "three billion
    # ariary (Ar 3,000,000,000), about EUR 590,000". A bare comma is a list ("A €5m, B $3m"):
    # a conversion needs its word.
    rf"|^\s*(?:\)\s*|\([^()]{{1,100}}\)\s*)?(?:,|[—–]|--)\s*{_CONVERTED_AS}\s*$",
    re.I,
)
_FURTHER_CONVERSION = compiled(
    r"^\s*[,;/]\s*(?:or\s+|and\s+)?(?:approx(?:imately|\.)?|about|around|roughly|some|c\.|ca\."
    r"|~|(?:the\s+)?(?:rough\s+)?equivalent\s+(?:of|to)|equal\s+to|worth|nearly|almost"
    r"|just\s+(?:over|under))?\s*$",
    re.I,
)
_AGE_AND_ADDRESS = compiled(
    r",\s*(?:aged\s+)?\d{1,3},(?P<about>\s+(?:of|from)\s+[^.;()]{1,80}?),"
    r"(?=\s+(?:was|were|has|had|is|pleaded|admitted|must|received)\b)"
)
_DAILY_BEFORE = compiled(
    r"\b(?P<period>daily|weekly)\s+(?:coercive\s+)?(?:fines?|penalt(?:y|ies))\b[^.;]{0,40}\bof\s+$",
    re.I,
)
# The sanction told before, referred to: "paid the fine", "its penalty".
_THE_SANCTION_TOLD = compiled(r"\b(?:the|its|their|that|this)\s+$", re.I)
# Rates a periodic penalty runs at: by the day, or in some countries by the week ("€20,000 for
# each week that it remains in default").
_PERIODIC = frozenset({"day", "week"})
# A rate told as what will be charged for each day of default after the amount: "warned that
# a further ₹6,000 would be levied for each day the default continues".
_LEVIED_EACH = compiled(
    r"\s+(?:would|will|shall|is\s+to|are\s+to|could|may)\s+(?:also\s+)?be\s+(?:levied|charged"
    r"|imposed|collected|assessed|payable|added)\s+(?:for|on)\s+(?:each|every)\s+(?:further\s+"
    r"|additional\s+|extra\s+)?(?P<unit>day|week)\b",
    re.I,
)


# "in breach of Article 5(1)(f) GDPR, and fined": the sentence splitter takes "(f)" for the
# end of a sentence (a list marker); no sentence ends inside a provision's citation.
_PROVISION_TAIL = compiled(r"\d\)?\s?\([a-z0-9]{1,4}\)$")
# "… regulations at 25 Pa. Code Chapter 102": a state's abbreviation in a code's citation
# ends no sentence, nor "Cal. Civ. Code § 1798.135" its abbreviations.
_STATE_TAIL = compiled(r"\b[A-Z][a-z]{0,4}\.$")
_CODE_GOES_ON = compiled(
    r"(?:[A-Z][a-z]{0,5}\.\s?){0,3}(?:Admin\.\s?)?Code\s+(?:Ch|§|[Ss]ec|Chapter|Section)"
)


# "fined the fitness chain Hraunfoss Heilsa ehf. 3.5 million krónur for ...": the splitter
# takes a legal form's full stop for the end of the sentence (and splits "S.p.A." after
# "S.p."). A sentence goes on after a legal form when what follows cannot open one: a
# figure, a currency, a lower-case word, a bracket, or the rest of the form.
_LEGAL_FORM_TAIL = compiled(
    r"(?<![\w.])(?:ehf|hf|kft|zrt|nyrt|bt|oy|oyj|ab|as|asa|a/s|a\.s|a\.ş|a\.e|i\.k\.e|o\.e|"
    r"s\.a|s\.p|s\.p\.a|s\.r\.l|s\.a\.s|s\.l|s\.r\.o|spol|sp|z\s?o\.o|o\.o|d\.o\.o|d\.d|"
    r"sa|nv|bv|ltd|inc|corp|co|plc|llc|gmbh|ag|kg|mbh|srl|spa|sarl|sas|pty|bhd|tbk|pte|"
    r"k\.k|a\.g|n\.v|b\.v|l\.p|s\.c|uab|sia|oü|jsc|pjsc|ooo|"
    # Portuguese, Brazilian, Peruvian, Spanish, Belgian, French, Indian and UK forms
    r"lda|ltda|s\.a\.c|sac|e\.i\.r\.l|eirl|s\.l\.u|slu|sprl|bvba|eurl|pvt|llp|lp|"
    # the first word of a form in two: Ecuador's and Colombia's "Cía. Ltda.", "Cie."
    r"cía|cia|cie)\.$",
    re.I,
)
_GOES_ON = compiled(
    r"(?:[a-zà-ÿ0-9(€$£¥₩₹₺]|[A-Z]{3}\s?\d|A\.|(?:US|A|C|NZ|HK|S)\$"
    # the form's second word: "Cía. Ltda.", "Co. Ltd."
    r"|(?:Ltda?|Limited|Inc|LLC|Pte)\b)",
    re.U,
)


def _legal_form_split(body: str, previous: Span, span: Span) -> bool:
    between = body[previous.end : span.start]
    if "\n" in between or not _LEGAL_FORM_TAIL.search(
        body, max(previous.start, previous.end - 12), previous.end
    ):
        return False
    following = body[span.start : span.start + 8]
    if following.startswith("A.") and not body[previous.start : previous.end].endswith(
        ("S.p.", "s.p.")
    ):
        return False
    return bool(_GOES_ON.match(following))


def _currency_split(body: str, previous: Span, span: Span) -> bool:
    """ "X S.A.: Gs. 4.860.000.000", "fined Rs. 5 lakh": a currency written with a full stop
    ends no sentence before its amount (`money.dotted_symbols`, from currencies.toml)."""
    if "\n" in body[previous.end : span.start] or not body[span.start : span.start + 1].isdigit():
        return False
    words = body[max(previous.start, previous.end - 8) : previous.end].split()
    return bool(words) and words[-1] in dotted_symbols()


def _rejoin(
    body: str, sentences: Sequence[Span], contexts: Sequence[int]
) -> tuple[list[Span], list[int]]:
    spans: list[Span] = []
    starts: list[int] = []
    for span, start in zip(sentences, contexts, strict=True):
        if spans and (
            _legal_form_split(body, spans[-1], span) or _currency_split(body, spans[-1], span)
        ):
            spans[-1] = Span(spans[-1].start, span.end)
            continue
        if (
            spans
            and (
                _PROVISION_TAIL.search(body, max(0, spans[-1].end - 12), spans[-1].end)
                or (
                    _STATE_TAIL.search(body, max(0, spans[-1].end - 12), spans[-1].end)
                    and _CODE_GOES_ON.match(body, span.start)
                )
            )
            and "\n" not in body[spans[-1].end : span.start]
        ):
            spans[-1] = Span(spans[-1].start, span.end)
            continue
        spans.append(span)
        starts.append(start)
    # A context that started inside a sentence now rejoined starts with that sentence.
    for index, start in enumerate(starts):
        for span in spans[max(0, index - 3) : index + 1]:
            if span.start < start < span.end:
                starts[index] = span.start
    return spans, starts


def _regulator_told_before_court(ctx: _ArticleContext, at: int) -> bool:
    """ "General Court trims X's fine … The European Commission fined the two companies …
    X was fined €38.4 million": in the story of a court reviewing a fine, a fine told with
    no one imposing it is the regulator's the article named before (see
    `_regulators_from_context`, `_merge`), not the court's the story is about."""
    main = ctx.main_authority
    if main is None or ctx.lexicon.authorities[main].kind != "court":
        return False
    return ctx.regulator_named_before(at)


def _acting_regulators(
    text: str, start: int, end: int, ctx: _ArticleContext
) -> list[AuthorityMention]:
    """The regulators `text` (the body from `start` to `end`) names, the article deciding
    shared names, but not listed courts: a court named is reviewing (a court imposing a fine
    is read by `_court_agent`)."""
    return [
        a
        for a in authorities(
            text, ctx.lexicon, ctx.regulator_before(start), ctx.domain, ctx.shared_in(start, end)
        )
        if not (
            a.authority in ctx.lexicon.authorities
            and ctx.lexicon.authorities[a.authority].kind == "court"
        )
    ]


def _sentence_facts(
    article: Article, span: Span, quote_start: int, ctx: _ArticleContext
) -> list[Fact]:
    body, offset = article.body, span.start
    text = body[span.start : span.end]
    actions = find_actions(text)
    if not actions:
        return []
    money = [m for m in find_money(text, ctx.currency(span.end), body) if m.money is not None]
    primaries, conversions = _split_conversions(text, money)
    # "fined X 4.85 million shillings ($37,600)" with the shillings unread: the bracket is
    # still the conversion of that fine's amount, never a fine of its own.
    orphans = [m for m in primaries if _unread_before(text, m, money)]
    primaries = [m for m in primaries if m not in orphans]
    # "The fine is equivalent to 15,000 UF": the fine told before, in another unit.
    restated = [m for m in primaries if _RESTATED_AS.search(text, max(0, m.start - 80), m.start)]
    ctx.restated += [_amount(m, offset) for m in restated]
    primaries = [m for m in primaries if m not in restated]
    parties = respondents(text, ctx.lexicon)
    if not any(not p.pronoun for p in parties) and (opener := _digest_party(body, span, ctx)):
        parties.insert(0, opener)
    # "Skipper Jo Hale, 47, of Quay Road, Brixham, was fined": an age and an address tell who
    # the person is; the street or town in them is no party.
    described = [m.span("about") for m in _AGE_AND_ADDRESS.finditer(text)]
    parties = [p for p in parties if not any(s <= p.start < e for s, e in described)]
    personal = ctx.personal_parties(text, offset)
    if personal:
        parties = sorted(parties + personal, key=lambda p: p.start)
    regulators = [
        a
        for a in _acting_regulators(text, span.start, span.end, ctx)
        if not _REVIEWER.search(text, max(0, a.start - 40), a.start)
    ]
    if ctx.publisher:
        home = ctx.lexicon.authorities[ctx.publisher].jurisdiction
        regulators += [
            AuthorityMention(ctx.publisher, home, m.start(), m.end()) for m in _WE.finditer(text)
        ]
        regulators.sort(key=lambda a: a.start)
    parsed: dict[str, list] = {}  # dates and provisions, read only if the sentence has a fact

    def lazily(name: str) -> list:
        if name not in parsed:
            if name == "dates":
                parsed[name] = find_dates(text, ctx.published) if ctx.published else []
            else:
                parsed[name] = find_provisions(
                    text,
                    ctx.instrument,
                    ctx.law_places(span.end),
                    ctx.laws_before(span.start),
                    ctx.defined_laws,
                )
        return parsed[name]

    def base(
        action: str, near: int, clause: tuple[int, int], amount: MoneyMention | None
    ) -> list[Fact]:
        who = (
            None
            if not any(not p.pronoun for p in parties)
            and _UNNAMED_PARTY.search(text[clause[0] : clause[1]])
            else _respondent(parties, near, ctx, offset)
        )
        found = _regulators(regulators, near, clause, text, ctx)
        court = None
        if amount is not None and action in {"fine", "penalty_payment"}:
            court = _court_agent(text, amount, ctx)
            found = [court] if court else found
        elif amount is None and action in {"order", "ban"}:
            court = _court_subject(text, near, ctx)
            found = [court] if court else found
        date, announced = _dates(lazily("dates"), near, clause, text, offset, action)
        if date is None and found and court is not None and _find_court(text, ctx) is None:
            # "District Judge Z fined X" after "X appeared at Y Court on Tuesday": the court
            # named before acted on the day of the hearing told with it.
            date = ctx.court_date
        facts = []
        for regulator in found or [None]:
            fact = Fact(
                article_id=article.id,
                action=action,
                respondent=who,
                start=quote_start,
                end=span.end,
                date=date,
                announced=announced,
                provisions=[
                    Located(text=p.label, start=offset + p.start, end=offset + p.end)
                    for p in lazily("provisions")
                ],
            )
            # (Or "A peat company … has been fined" resolved to the story's main company.)
            about_main = who and (
                respondent_key(who.text) == respondent_key(ctx.main_respondent or "")
                or (who.start == who.end and who.text == ctx.main_company())
            )
            story = ctx.story_authority(offset)
            if (
                regulator is None
                and story
                and (about_main or ctx.publisher)
                and not (amount is not None and _regulator_told_before_court(ctx, offset))
            ):
                # Nothing in the sentence says who: it is the article's own story (in a
                # round-up, its section's).
                fact.authority = story
                fact.jurisdiction = ctx.lexicon.authorities[story].jurisdiction
            if regulator is not None:
                fact.authority = regulator.authority
                fact.jurisdiction = regulator.jurisdiction
                home = (
                    ctx.lexicon.authorities[ctx.main_authority].jurisdiction
                    if ctx.main_authority
                    else None
                )
                described = not any(
                    m.kind == "authority"
                    for m in ctx.lexicon.mentions(text[regulator.start : regulator.end])
                )
                court = regulator.authority is not None and (
                    regulator.authority not in ctx.lexicon.authorities
                    or ctx.lexicon.authorities[regulator.authority].kind == "court"
                )
                if (
                    (regulator.authority is None or described)
                    and not court
                    and about_main
                    and regulator.jurisdiction == home
                ):
                    # "U.S. authorities said" in an FTC story: the story's regulator, not the
                    # country's data protection authority.
                    fact.authority = ctx.main_authority
                fact.authority_at = Located(
                    text=text[regulator.start : regulator.end],
                    start=offset + regulator.start,
                    end=offset + regulator.end,
                )
            if amount is not None:
                fact.amount = _amount(amount, offset)
                fact.per = amount.per
                periodic = (
                    _DAILY_BEFORE.search(text[max(0, amount.start - 60) : amount.start])
                    if fact.per is None and action == "penalty_payment"
                    else None
                )
                if periodic:  # "coercive daily fines (tvangsbøder) of kr. 5,000"
                    fact.per = "week" if periodic["period"].lower() == "weekly" else "day"
                fact.other_amounts = [_amount(c, offset) for c in conversions.get(amount.start, [])]
            fact.mentions = [(quote_start, span.end)]
            facts.append(fact)
        return facts

    facts: list[Fact] = []
    covered: set[str] = set()
    penalties = [
        m
        for m in primaries
        if is_penalty_amount(text, m.start, m.end)
        and (m.qualifier or "") not in {"up to", "as much as"}
    ]
    for index, amount in enumerate(penalties):
        if amount.per is None and (levied := _LEVIED_EACH.match(text, amount.end)):
            amount = replace(amount, per=levied["unit"].lower())
        action = _monetary_action(actions, amount, text)
        # "collected the forfeited penalty sums of €48,000", "paid the €9,000 in daily fines
        # that had built up": what a periodic penalty came to, whatever word the sum is called.
        if action is None or is_accrued_amount(text, amount.start, amount.end):
            continue
        if (
            action != "settlement"
            and is_redress_amount(text, amount.start, amount.end)
            and not ctx.settles
        ):
            continue  # "ordered to pay K 80,000 in compensation": owed to those harmed
        if (
            action == "settlement"
            and any(
                a.kind in {"fine", "penalty_payment"}
                and a.end <= amount.start
                and _THE_SANCTION_TOLD.search(text, max(0, a.start - 12), a.start)
                for a in actions
            )
            and is_redress_amount(text, amount.start, amount.end)
        ):
            # "paid the fine within a week, and separately agreed to pay 4.6 billion kip in
            # compensation to 310 households": a deal with those harmed beside the sanction
            # told before. (Not "will pay a $500,000 civil penalty and provide $2.9 million in
            # restitution": both are the settlement's terms.)
            continue
        low = penalties[index - 1].end if index else 0
        high = penalties[index + 1].start if index + 1 < len(penalties) else len(text)
        facts.extend(base(action, amount.start, (low, high), amount))
        covered.add(action)
        if action == "fine" and any(a.kind == "settlement" for a in actions):
            covered.add("settlement")  # "agreed to pay a $42,000 fine": the fine it settled on
    _respectively(facts, text, parties, offset, ctx)
    facts += _each_listed(facts, text, offset, ctx)
    if any(a.kind == "ruling" for a in actions) or _court_decides(text, ctx):
        facts.extend(_rulings(text, offset, facts, primaries, article, span, quote_start, ctx))
        covered.add("ruling")
    for match in actions:
        # "withdrew the licence of X and debarred its key individual, Jo Hale": a second ban
        # (order) in the sentence is one more only against another party (below).
        again = match.kind in covered and match.kind in {"order", "ban"}
        if (match.kind in covered and not again) or (match.kind == "appeal" and facts):
            continue
        # "it imposed an order subject to a penalty payment of €5,000 a week": the order the
        # periodic penalty enforces is against whoever that penalty is; "X will also pay
        # $250,000 and stop adding fees": against whoever the payment is required of.
        required = match.kind == "order" and _required_too(text, match.start)
        enforced = match.kind == "order" and "penalty_payment" in covered
        # "has also failed to comply with an enforcement notice": an order first named as the
        # one not obeyed. (Not "violated a 2011 FTC order": an older order, the ground of the
        # case reported, which would merge with the order that case ends in.)
        breached = match.kind == "order" and _BREACHED_BEFORE.search(
            text, max(0, match.start - 80), match.start
        )
        if (
            not (required or enforced)
            and not _explicit_party_near(parties, match.start, match.end, text)
            and not _party_described(text, match)
        ):
            continue  # "the threat of further fines": no one in particular
        if not required and not breached and not _asserts_action(text, match):
            continue  # "had not complied with the order": an earlier action, referred to
        if match.kind not in {"appeal", "ruling"} and _EARLIER_BEFORE.search(
            text, max(0, match.start - 40), match.start
        ):
            continue  # "had already been fined for similar violations in 2021": its history
        if _DENIED_BEFORE.search(text, max(0, match.start - 30), match.start):
            # "A third company, Kestrel Ltd, was not fined": no action, but the party the
            # story goes on with ("It signed a leniency agreement …").
            named = [p for p in parties if not p.pronoun and p.end <= match.start]
            if named:
                ctx.last_party = (named[-1].name, span.end)
            continue
        near = match.start
        if again:
            # its party is its object, told after it
            after = [p for p in parties if p.start >= match.end and not p.pronoun]
            near = after[0].start if after else near
        found = base(match.kind, near, (0, len(text)), None)
        if match.kind in {"order", "ban"}:
            _same_it(found, facts, parties, near)
            found += _one_each(found, parties, text, offset, ctx)
        if match.kind == "order" and (
            paid_over := _paid_over(text, match, primaries, facts, offset)
        ):
            for fact in found:
                fact.amount = _amount(paid_over, offset)
                fact.other_amounts = [
                    _amount(c, offset) for c in conversions.get(paid_over.start, [])
                ]
        if again:
            told = {f.respondent_key for f in facts if f.action == match.kind}
            found = [f for f in found if f.respondent_key and f.respondent_key not in told]
        if match.kind in MONETARY and orphans:
            for fact in found:
                fact.other_amounts = [_amount(m, offset) for m in orphans]
        facts.extend(found)
        covered.add(match.kind)
    _item_party(facts, article.body, span)
    return facts


# An order to pay over what was gained: "ordered A and B, jointly and severally, to pay
# $2,340,000 to the Commission, which represents the amount they obtained", "ordered to hand
# over the illegal profit of VND3.2 billion", "to disgorge €1.2 million". The sum is the
# order's own; a refund or compensation to those harmed stays an order without one.
_PAY_OVER = compiled(
    r"\bto\s+(?:disgorge|hand\s+over|surrender|pay(?:\s+back)?|repay)\b[^.;]{0,60}$", re.I
)
_GAINED = compiled(
    r"\b(?:disgorge\w*|ill-gotten|illegal(?:ly)?|illicit|unlawful(?:ly)?|profits?|gains?"
    r"|proceeds|obtained)\b",
    re.I,
)
_TO_THOSE_HARMED = compiled(r"\b(?:refund\w*|compensat\w*|restitution|damages|redress)\b", re.I)


def _paid_over(
    text: str, order: Match, amounts: list[MoneyMention], facts: list[Fact], offset: int
) -> MoneyMention | None:
    """The sum an order in `text` requires paying over as gains, if it names one that no fine
    or settlement of the sentence already is."""
    taken = {f.amount.start - offset for f in facts if f.amount is not None}
    for amount in amounts:
        if amount.start < order.end or amount.start - order.end > 160:
            continue
        if amount.start in taken or not _PAY_OVER.search(text, order.end, amount.start):
            return None
        around = text[order.start : amount.end + 120]
        if _GAINED.search(around) and not _TO_THOSE_HARMED.search(around):
            return amount
        return None
    return None


# A digest's line that opens on the party it is about, in bold, perhaps with its regulator in
# brackets, then a dash or colon and what was done: "**Cedar Loans Ltd** (FCA) — banned from
# lending for six months."
_DIGEST_LINE = compiled(
    r"[ \t]*(?:\*\*|__)(?P<name>[A-Z][^*_\n]{1,80}?)(?:\*\*|__)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    r"(?:[—–:]|-(?=[ \t]))"
)


# A clause opening on an indefinite subject and its verb: "A local fishing company has been
# fined", "An Ontario Securities Commission panel ordered".
_OWN_SUBJECT = compiled(
    r"[ \t]*An?\s+(?:[\w'’&().-]+\s+){1,8}?(?:has|have|had|was|were|is|are|will)\b"
)


def _digest_party(body: str, span: Span, ctx: _ArticleContext) -> Party | None:
    """The party a digest line opens on, when the sentence is that line's first; not a place
    or a regulator the line is filed under ("**Spain** — The AEPD fined …") or its dateline."""
    line_start = body.rfind("\n", 0, span.start) + 1
    if body[line_start : span.start].strip() or body[span.start : span.start + 2] not in {
        "**",
        "__",
    }:
        return None
    line = _DIGEST_LINE.match(body, span.start, span.end)
    if line is None:
        return None
    name = line["name"].strip()
    if name.isupper() and len(name) > 5:
        return None  # a dateline: "**WALVIS BAY** – A local fishing company …"
    if any(m.kind in {"jurisdiction", "authority", "region"} for m in ctx.lexicon.mentions(name)):
        return None
    # "**Vancouver** – A … panel has ordered …", "**Suva, 3 May** —": a town (with its day)
    # the release is datelined from, in bold as many releases set it.
    towns = ctx.lexicon.city_mentions(name)
    if towns and towns[0].start == 0 and not name[towns[0].end :].strip(" ,").isalpha():
        return None
    # "**Lautoka** — A local fishing company has been fined …": what follows the dash is a
    # whole clause with its own subject, so the word in bold is where it was reported from;
    # a digest line's text only says what was done to the party ("— fined £5,000").
    if _OWN_SUBJECT.match(body, line.end(), span.end):
        return None
    start = line.start("name") - span.start
    return Party(name, start, start + len(name))


def _same_it(found: list[Fact], before: list[Fact], parties: list[Party], near: int) -> None:
    """ "It fined the operator 375 million sum and ordered it to withdraw the adverts": a bare
    "it" after the sentence's penalty is the party that penalty is on."""
    if not found or not before or not parties:
        return
    nearest = min(parties, key=lambda p: abs(p.start - near))
    if not nearest.pronoun or description_noun(nearest.name) or nearest.start < near:
        return
    if nearest.name.casefold() not in {"it", "them"}:
        return
    told = [f.respondent for f in before if f.respondent is not None]
    if told:
        for fact in found:
            fact.respondent = told[-1].model_copy()


# "- **Compliance schedule:** …", "- Corrective action plan: …": an item's label, a phrase in
# sentence case, names what the item is about, never a party (names are written capitalised).
_A_LABEL = compiled(r"[A-Z][a-z]+(?:[ \t]+[a-z][\w-]*)+")


def _item_party(facts: list[Fact], body: str, span: Span) -> None:
    """ "The authority imposed the following fines:\\n- Alder S.A.: a fine of €3m;": an item of
    a list introduced by a lead-in names its party before the colon, and the fine told after
    it is that party's (when the item names no one else)."""
    line_start = body.rfind("\n", 0, span.start) + 1
    line_end = body.find("\n", span.start)
    line_end = len(body) if line_end < 0 else line_end
    item = _LIST_ITEM.match(body[line_start:line_end])
    if (
        item is None
        or line_start + item.start("rest") > span.start + len(body[span.start : span.end]) - 1
        or not item["name"][0].isupper()
        or _A_LABEL.fullmatch(item["name"].strip(" ,"))
        or find_actions(item["name"])
        or _lead_in(body, line_start) is None
    ):
        return
    for fact in facts:
        if fact.respondent is None or fact.respondent.start == fact.respondent.end:
            fact.respondent = Located(
                text=item["name"].strip(" ,"),
                start=line_start + item.start("name"),
                end=line_start + item.end("name"),
            )


# "fined Alder and its subsidiary Birch R500,000 and R250,000 respectively": the amounts after
# the list, in its order.
_RESPECTIVELY = compiled(r"\s*,?\s*respectively\b", re.I)


def _respectively(
    facts: list[Fact], text: str, parties: list[Party], offset: int, ctx: _ArticleContext
) -> None:
    """Each amount of a list told "respectively" is against the party listed in its place."""
    amounts = sorted({f.amount.start for f in facts if f.amount is not None})
    if len(amounts) < 2:
        return
    last = max(f.amount.end for f in facts if f.amount is not None) - offset
    # "… fines of €1.5 million and €850,000 respectively, because they added fees of between
    # €9 and €18": the list ends at the sum told "respectively", not at the sentence's last.
    told = min(
        (
            f.amount
            for f in facts
            if f.amount is not None and _RESPECTIVELY.match(text, f.amount.end - offset)
        ),
        key=lambda a: a.start,
        default=None,
    )
    if told is not None and told.end - offset < last:
        amounts = [a for a in amounts if a <= told.start]
        last = told.end - offset
        facts = [f for f in facts if f.amount is None or f.amount.start in amounts]
        if len(amounts) < 2:
            return
    if not _RESPECTIVELY.match(text, last):
        listed = _listed_after(text, last, parties, len(amounts), ctx)
        if listed:
            _assign_in_order(facts, listed, amounts, offset)
        return
    first_fact = next(f for f in facts if f.amount is not None and f.amount.start == amounts[0])
    who = first_fact.respondent
    first = next((p for p in parties if who and offset + p.start == who.start), None)
    if first is None or first.start > amounts[0] - offset:
        return
    listed = [first, *_listed_with(text, first, ctx.lexicon)]
    if len(listed) != len(amounts):
        # "Chains A and B were fined X and Y respectively": the party read is the list's last
        listed = _list_ending_at(text, first, len(amounts), ctx) or listed
    if len(listed) != len(amounts) or listed[-1].end > amounts[0] - offset:
        return
    _assign_in_order(facts, listed, amounts, offset)


# "imposed penalties of R2m, R1.5m and R800,000 on Alder, Birch and Cedar respectively": the
# parties after the amounts, told after "on" (or "to", "against"), in the amounts' order.
_ON_LISTED = compiled(r"\s+(?:on|upon|to|against)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?=[A-Z])")


def _listed_after(
    text: str, last: int, parties: list[Party], size: int, ctx: _ArticleContext
) -> list[Party]:
    """The list of `size` parties told just after the amounts ending at `last`, closed by
    "respectively"; none if there is no such list."""
    on = _ON_LISTED.match(text, last)
    if on is None:
        return []
    head = next((p for p in parties if p.start == on.end() and not p.pronoun), None)
    if head is None:
        return []
    listed = [head, *_listed_with(text, head, ctx.lexicon)]
    if len(listed) != size or not _RESPECTIVELY.match(text, listed[-1].end):
        return []
    return listed


def _assign_in_order(
    facts: list[Fact], listed: list[Party], amounts: list[int], offset: int
) -> None:
    """Each fact with an amount is against the party listed in that amount's place."""
    # one decision told once: the day the sentence gives is every amount's
    dated = next((f for f in facts if f.amount is not None and f.date is not None), None)
    for fact in facts:
        if fact.amount is not None:
            party = listed[amounts.index(fact.amount.start)]
            fact.respondent = Located(
                text=party.name, start=offset + party.start, end=offset + party.end
            )
            if fact.date is None and dated is not None:
                fact.date, fact.announced = dated.date, dated.announced


# Where a name may start in the words before a party: after a space or an opening mark.
_NAME_START_BEFORE = compiled(r"(?<![\w'’&.-])(?=[A-Z])")


def _list_ending_at(text: str, last: Party, size: int, ctx: _ArticleContext) -> list[Party]:
    """The list of `size` parties that `last` closes ("A, B and C were fined …"), read from
    the words just before it; none if no such list. Only sentences told "respectively" ask."""
    low = max(0, last.start - 60 * size)
    for start in _NAME_START_BEFORE.finditer(text, low, last.start):
        name = _WHOLE_NAME.match(text, start.start())
        if name is None:
            continue
        head = _clean(name, ctx.lexicon)
        if head is None or head.pronoun or head.start >= last.start:
            continue
        listed = [head, *_listed_with(text, head, ctx.lexicon)]
        if len(listed) == size and listed[-1].start == last.start:
            return listed
    return []


# "fined its chairman A and directors B and C Tk 1 crore each": one amount for every party
# the list before it names.
_EACH_AFTER = compiled(r"\s+(?:each|apiece)\b")
_NEXT_LISTED = compiled(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[a-z][\w-]*\s+){0,3}")
_WHOLE_NAME = compiled(rf"(?P<who>{_NAME})")


def _each_listed(facts: list[Fact], text: str, offset: int, ctx: _ArticleContext) -> list[Fact]:
    """A copy of a fact whose amount is each party's ("… Tk 1 crore each") for every further
    party listed between its own and the amount."""
    more: list[Fact] = []
    for fact in facts:
        if fact.amount is not None and (
            named := _each_to_listed(text, fact.amount.end - offset, ctx)
        ):
            fact.respondent, *others = (
                Located(text=p.name, start=offset + p.start, end=offset + p.end) for p in named
            )
            for who in others:
                each = fact.model_copy(deep=True)
                each.respondent = who
                more.append(each)
            continue
        if (
            fact.amount is None
            or fact.respondent is None
            or fact.respondent.start == fact.respondent.end
        ):
            continue
        at, amount = fact.respondent.end - offset, fact.amount.start - offset
        if not (0 <= at < amount) or not _EACH_AFTER.match(text, fact.amount.end - offset):
            continue
        if _JUST_BEFORE_SUM.fullmatch(text, at, amount) and (
            before := _listed_before(text, fact.respondent.start - offset, ctx)
        ):
            # "fined three quarry operators, A, B and C, J$1.5 million each": the party read
            # is the list's last, the others named before it.
            for party in before:
                each = fact.model_copy(deep=True)
                each.respondent = Located(
                    text=party.name, start=offset + party.start, end=offset + party.end
                )
                more.append(each)
            continue
        listed: list[Located] = []
        while (item := _NEXT_LISTED.match(text, at)) is not None and item.end() < amount:
            name = _WHOLE_NAME.match(text, item.end())
            if name is None or name.start() >= amount:
                break
            party = _clean(name, ctx.lexicon)  # (not "Rahman Tk": the amount's sign)
            if party is None or party.pronoun or party.end > amount:
                break
            listed.append(
                Located(text=party.name, start=offset + party.start, end=offset + party.end)
            )
            at = party.end
        if not listed or text[at:amount].strip():
            continue  # the list must run up to the amount
        for who in listed:
            each = fact.model_copy(deep=True)
            each.respondent = who
            more.append(each)
    return more


_JUST_BEFORE_SUM = compiled(r"\s*,?\s*")
_LIST_JOINT = compiled(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _listed_before(text: str, start: int, ctx: _ArticleContext) -> list[Party]:
    """The parties a list names before the one starting at `start` ("A, B and C"), in order."""
    parties = [p for p in respondents(text, ctx.lexicon) if not p.pronoun and p.end <= start]
    listed: list[Party] = []
    for party in reversed(parties):
        if not _LIST_JOINT.fullmatch(text, party.end, start):
            break
        listed.insert(0, party)
        start = party.start
    return listed


# "issued fixed penalty notices of $5,000 each to three shops in Suva — A, B and C": one amount
# for every party of the list after it, maybe counted first.
_EACH_TO = compiled(
    r"\s+(?:each|apiece)\b(?:\s+[\w-]+){0,3}?\s+(?:to|on|against)\s+"
    rf"(?:(?P<count>{SMALL_COUNT_WORDS}|\d{{1,2}})\s+)?"
)


def _each_to_listed(text: str, end: int, ctx: _ArticleContext) -> list[Party]:
    """The parties of a list told after an amount "each" is given to (`_EACH_TO`), in order;
    none if the amount is not followed so or no list closed by "and" comes within a few words."""
    each = _EACH_TO.match(text, end)
    if each is None:
        return []
    count = each["count"]
    size = int(parse_number_words(count) or 0) if count else 0
    for start in _NAME_START_BEFORE.finditer(text, each.end(), min(len(text), each.end() + 60)):
        name = _WHOLE_NAME.match(text, start.start())
        head = _clean(name, ctx.lexicon) if name is not None else None
        if head is None or head.pronoun:
            continue
        listed = [head, *_listed_with(text, head, ctx.lexicon)]
        if len(listed) > 1:
            return listed if size in (0, len(listed)) else []
    return []


def _one_each(
    found: list[Fact], parties: list[Party], text: str, offset: int, ctx: _ArticleContext
) -> list[Fact]:
    """ "issued orders to Alder, Birchwood and Cedar": an order (a ban) against each party
    listed, as against the first."""
    more: list[Fact] = []
    for fact in found:
        who = fact.respondent
        first = next((p for p in parties if who and offset + p.start == who.start), None)
        if first is None:
            continue
        listed = [(p.name, p.start, p.end) for p in _listed_with(text, first, ctx.lexicon)]
        # "banned A and B from tenders for three years, and C for two years": one more party
        # with a term of its own, the verb left out.
        gapped = _GAPPED_PARTY.search(text, listed[-1][2] if listed else first.end)
        if gapped and gapped.start() - first.end < 200:
            listed.append((gapped["who"], gapped.start("who"), gapped.end("who")))
        for name, start, end in listed:
            each = fact.model_copy(deep=True)
            each.respondent = Located(text=name, start=offset + start, end=offset + end)
            more.append(each)
    return more


_GAPPED_PARTY = compiled(
    r",?\s+and\s+(?P<who>(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*)\s+for\s+(?:a\s+)?"
    r"(?:further\s+|another\s+)?(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?)\b"
)


# A sentence of its own giving the fine told before in another currency or unit: "The fine
# is equivalent to 15,000 UF", "That penalty, equal to about $1.1 million, …", "the same sum
# would have been worth about $6 million".
_RESTATED_AS = compiled(
    r"(?:\b(?:the|that|this|its|their)|(?P<owner>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s)"
    r"\s+(?:[\w-]+\s+)?(?:fine|penalty|sanction|sum|amount)"
    # "… the same amount would have been worth about US$6 million": what it was once worth.
    r"\s*,?\s+(?:(?:is|was|which\s+is|would\s+(?:have\s+been|be))\s+)?"
    r"(?:roughly\s+|approximately\s+)?"
    r"(?:(?:equivalent|equal)\s+to|worth)\s+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+)?$",
    re.I,
)


def _attach_restatements(facts: list[Fact], ctx: _ArticleContext) -> None:
    """Each amount a sentence restates the fine told before in (`_RESTATED_AS`) is another
    amount of the last fact with an amount before it, if that is in another currency."""
    for amount in ctx.restated:
        before = [f for f in facts if f.amount is not None and f.start < amount.start]
        if not before:
            continue
        # "Zlatiborka's fine is equivalent to €1,125,000": the fact of the party it names.
        told = _RESTATED_AS.search(ctx.body, max(0, amount.start - 80), amount.start)
        if told and told["owner"]:
            owner = fold(told["owner"])
            named = [
                f for f in before if f.respondent and fold(f.respondent.text).startswith(owner)
            ]
            before = named or before
        fact = max(before, key=lambda f: max(s for s, _ in f.mentions if s < amount.start))
        assert fact.amount is not None
        if amount.currency != fact.amount.currency and amount.currency not in {
            o.currency for o in fact.other_amounts
        }:
            fact.other_amounts.append(amount)


# An amount the money reader could not read, right before a bracketed conversion: "4.85
# million shillings (", "KES 4.85m (about".
_UNREAD_AMOUNT = compiled(
    r"(?:\d[\d.,]*(?:\s*(?:million|billion|thousand|mn|mln|bn|m|k))?\s+[A-Za-z]+"
    r"|\b[A-Z]{3}\s?\d[\d.,]*(?:\s*(?:million|billion|mn|mln|bn|m|k))?"
    # a currency sign the reader does not know: "₦185,500,000 (approximately"
    r"|(?<!\w)[^\w\s().,;:'\"“”‘’-]\s?\d[\d.,]*(?:\s*(?:million|billion|mn|mln|bn|m|k))?)"
    r"\s*\(\s*(?:approx(?:imately|\.)?|about|around|roughly|some|c\.|ca\.|~|equal\s+to"
    r"|(?:the\s+)?(?:rough\s+)?equivalent\s+(?:of|to)|nearly|almost)?\s*$"
)


def _unread_before(text: str, mention: MoneyMention, money: list[MoneyMention]) -> bool:
    unread = _UNREAD_AMOUNT.search(text, max(0, mention.start - 60), mention.start)
    return unread is not None and not any(
        m is not mention and m.start < unread.end() and unread.start() < m.end for m in money
    )


def _split_conversions(
    text: str, money: list[MoneyMention]
) -> tuple[list[MoneyMention], dict[int, list[MoneyMention]]]:
    """ "£7.5 million (€8.64 million / $8.49 million)": one amount, two conversions of it."""
    primaries: list[MoneyMention] = []
    conversions: dict[int, list[MoneyMention]] = {}
    previous: MoneyMention | None = None
    bracketed = False  # `previous` was a conversion in brackets, the bracket still open
    for mention in money:
        gap = text[previous.end : mention.start] if previous is not None else ""
        # "Rs 15 lakh (NPR 1.5 million, roughly US$11,000)": a further conversion in the
        # same brackets.
        further = bracketed and _FURTHER_CONVERSION.match(gap) is not None
        bracketed = False
        if previous is not None and (_CONVERSION_GAP.match(gap) or further):
            owner = primaries[-1]
            # the bracket the conversion stands in is still open after it
            opens = further or gap.count("(") > gap.count(")")
            if mention.money and owner.money and mention.money.currency != owner.money.currency:
                conversions.setdefault(owner.start, []).append(mention)
                previous, bracketed = mention, opens
                continue
            if mention.money == owner.money:
                # "HUF 780 million (780 millió forint)": the amount again, as the source wrote it
                previous, bracketed = mention, opens
                continue
        primaries.append(mention)
        previous = mention
    return primaries, conversions


# The sum named a fine by its own noun: "a $42,000 fine", "an administrative fine of €9,000".
_FINE_AFTER = compiled(r"\s+(?:administrative\s+|civil\s+|criminal\s+)?fine\b")
_FINE_BEFORE = compiled(r"\bfine\s+of\s+(?:about\s+|around\s+|some\s+)?$")


def _monetary_action(actions: list[Match], amount: MoneyMention, text: str) -> str | None:
    if amount.per in _PERIODIC:
        return "penalty_payment"
    monetary = [a for a in actions if a.kind in MONETARY]
    if not monetary:
        return None
    if any(a.kind == "settlement" for a in monetary):
        # "agreed to pay a $150 million civil penalty" settles; "agreed to pay a $42,000
        # fine under a consent order", "under the same settlement, X will pay a $250,000
        # fine": the sum is a fine, as the copy names it.
        if _FINE_AFTER.match(text, amount.end) or _FINE_BEFORE.search(
            text, max(0, amount.start - 30), amount.start
        ):
            return "fine"
        return "settlement"
    nearest = min(monetary, key=lambda a: _distance(a.start, a.end, amount.start, amount.end))
    return nearest.kind


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters between two spans; 0 when they overlap."""
    return max(0, b_start - a_end, a_start - b_end)


def _explicit_party_near(parties: list[Party], start: int, end: int, text: str) -> bool:
    return any(
        abs(p.start - end) < 120
        or abs(start - p.end) < 120
        or (p.end <= start and _APPOSITIVE_THEN.fullmatch(text, p.end, start))
        for p in parties
    )


# Whom an order or ban is against, when the sentence does not name them: its object told by
# what it is or by a pronoun ("requiring the mill to …", "directs the company to …",
# "restrains her from …", "a prohibition notice, barring the company from …"), or its subject ("both companies were barred", "Acme received
# order to …", a translation's bare name before "received").
_DESCRIBED_OBJECT = compiled(
    r"(?:[^.;]{0,40}?\b(?:requiring|directing|compelling|obliging|ordering|instructing|barring|"
    r"preventing|prohibiting|stopping)\s+)?"
    r"\s*(?:the\s+(?:[a-z-]+\s+)?(?!(?:decision|ruling|fine|penalty|order|case|matter|data"
    r"|information)\b)[a-z]+|him|her|them"
    # "ordered both companies to cease", "requires both respondents to …" (`_each_of_them`)
    r"|(?:both|all\s+(?:two|three|four|five))\s+(?:[a-z-]+\s+)?[a-z]+"
    # the party's short name, as the article calls it by now: "enjoined Kestrel to complete …"
    r"|(?!(?:The|It|This|That|Its|They|He|She)\b)[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,2})"
    r"\s+(?:to|from)\b"
)
_PARTY_NOUN = (
    r"(?:\b(?:[Bb]oth|[Tt]he\s+(?:two|three|four)|[Aa]ll\s+(?:three|four|five))\s+(?:[a-z-]+\s+)?"
    r"(?:companies|firms|businesses|banks|operators|entities|groups|parties|defendants)"
    r"|\b[Tt]he\s+(?:[a-z-]+\s+)?(?:company|firm|business|operator|bank|mill|plant|employer"
    r"|contractor|lender|insurer|group))"
)
_DESCRIBED_SUBJECT = compiled(
    # "both companies were barred", "the firm was also banned"
    rf"{_PARTY_NOUN}\s+(?:also\s+)?(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+)?$"
    # "the company has also received order to …", "Acme received an order"
    rf"|(?:{_PARTY_NOUN}|\b[A-Z][\w’'&-]+)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?received\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+)?$"
)


# "The company must also install a new treatment system": what a consent order requires of
# the party the story is about, told as its subject.
# (Or named: "Under the stipulation agreement, Zumbro Valley Castings Inc. must also install
# leak-detection monitors"; a name of two words or more, not the rules' "Controllers must".)
_DESCRIBED_MUST = compiled(
    rf"(?:{_PARTY_NOUN}|(?<![\w’'-])(?-i:[A-Z])[\w’'&-]+(?:\s+(?-i:[A-Z])[\w’'&.-]*){{1,5}})\s+$"
)
# "issued a stop-work order on the line", "served a prohibition order on the site": an
# inspector's order on a workplace is against whoever runs it, the story's party.
_ORDER_ON_SITE = compiled(
    # (the site perhaps told as its holder's: "covering the company's Big Bay concession")
    r"\s+(?:on|at|for|covering)\s+(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:line|site|plant|"
    r"premises|machine|machinery|equipment|vessel|mine|factory|workplace|project|building|"
    r"works|kitchen|restaurant|mill|warehouse|yard|quarry|facility|concession|farm|plantation|"
    r"depot|terminal|pipeline|well|field)\b"
    # or told by the work it stops there: "issued a prohibition notice stopping all work at
    # height", "served a notice halting all demolition work"
    r"|,?\s+(?:stopping|halting|suspending|barring|prohibiting|banning)\s+(?:all\s+|any\s+|further\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:work|works|operations?|production|activities|construction|"
    r"excavation|demolition|mining|drilling|blasting)\b",
    re.I,
)


def _party_described(text: str, match: Match) -> bool:
    if match.kind not in {"order", "ban"}:
        return False
    return bool(
        _DESCRIBED_OBJECT.match(text, match.end)
        or _DESCRIBED_SUBJECT.search(text, max(0, match.start - 80), match.start)
        or (
            text.startswith("must", match.start)
            and _DESCRIBED_MUST.search(text, max(0, match.start - 60), match.start)
        )
        or (
            match.kind == "order"
            and _ORDER_ON_SITE.match(text, match.end) is not None
            and _ISSUING.search(text[max(0, match.start - 40) : match.start]) is not None
        )
        # "ordered the temporary closure of the Bayside plant": a ban on whoever runs it
        or (match.kind == "ban" and _CLOSURE.search(text, match.start, match.end) is not None)
        # "requires both respondents to cease and desist" (the object within the trigger)
        or _EACH_WITHIN.search(text, match.start, match.end) is not None
    )


# (Or its activities suspended, or new business stopped: "ordered the suspension of activities
# of the plant", "imposed an immediate moratorium on admissions" — whoever runs it.)
_CLOSURE = compiled(r"\b(?:closure\s+of|suspension\s+of|moratori(?:um|a)\s+on)\b", re.I)
_EACH_WITHIN = compiled(
    r"\b(?:both|all\s+(?:two|three|four|five)|the\s+(?:two|three|four|five))\s+"
    r"(?:[a-z-]+\s+)?[a-z]+\s+(?:to|from)\b",
    re.I,
)


# "Kestrel, which supplies gas to 380,000 households in Victoria, has also given …": the
# party is the subject, however long the clause describing it.
_APPOSITIVE_THEN = compiled(r",\s[^.;]{1,140}?,\s+[^.;,]{0,80}")


# "imposed a surcharge of KRW 15.1 billion on a messaging platform operator": a party the
# article does not name, not the article's own company.
_UNNAMED_PARTY = compiled(
    r"\b(?:on|against|to)\s+(?:an?|another|one|two|three|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operator|company|firm|retailer|bank|lender|provider|platform|business|group|insurer|"
    r"hospital|school|app|website|developer|broker|agency|employer|individual|person|man|woman)s?\b",
    re.I,
)


_WE = compiled(r"\b[Ww]e\b")


_SANCTION_VERB = compiled(
    r"(?:fined|fines|ordered|orders|banned|bans|barred|bars|enjoin(?:s|ed)?|instruct(?:s|ed)|direct(?:s|ed)|restrain(?:s|ed)|told|prohibit(?:s|ed)?|forb(?:ade|ids|idden)|requires|required|obliged|must|"
    # a person kept out of a trade: "was disqualified", "debarred", "struck off"
    r"disqualif(?:y|ies|ied)|debar(?:s|red)?|struck|"
    # a condition placed on a licence: "imposed a specific condition of registration requiring"
    r"imposed|imposes|placed|places|attached|attaches|"
    # a permission taken away: "cancelled the registration of X", "revoked its licence"
    r"cancel(?:s|led|ed)?|revok(?:es|ed)|withdr(?:ew|aws)|rescind(?:s|ed)|"
    r"sealed|shut|closed|shuttered|padlocked|closure|"
    r"sanctioned|suspended|suspends|reprimanded|forced|settled|agreed|appeal(?:ed|s|ing)|annulled|upheld|overturned|reduced|"
    # an undertaking given or accepted: "accepted undertakings from X", "signed an undertaking"
    r"accepted|accepting|signed|offered|gave|given|"
    # a case closed on commitments: "approved a commitment decision"
    r"approved|"
    # a commitment made in an undertaking or settlement: "also committed to implement …"
    r"committed|commits|undertook|undertakes|agrees|pledged|"
    # what the order said the party must do: "(ordered X to) permanently cease trading"
    r"cease)$",
    re.I,
)


_ISSUING = compiled(
    # "X received order to establish a system …" (a translation without the article); a
    # court "granted an injunction restraining X"
    r"\b(?:issued|imposed|gave|given|made|adopted|handed|served|sent|levied|announced|obtained"
    r"|received|grant(?:ed|s)"
    # a sanction a party agreed to in a settlement: "accepted an eight-year ban from trading"
    r"|accepted|accepts)\b",
    re.I,
)


def _asserts_action(text: str, match: Match) -> bool:
    """Does the trigger state an action taken, rather than refer to one ("the order")?"""
    word = text[match.start : match.end]
    if _SANCTION_VERB.search(word.split()[0]) or _SANCTION_VERB.search(word):
        return True
    if _ISSUING.search(text[max(0, match.start - 50) : match.start]):
        return True
    # "Second, an order, made under Article 58(2)(j) GDPR, requiring Meta Ireland to suspend …"
    # — a new one; "the injunction issued against the company" is one known already.
    indefinite = re.search(r"\ban?\s+(?:[\w-]+\s+)?$", text[max(0, match.start - 25) : match.start])
    return indefinite is not None and _ISSUED_AFTER.match(text, match.end) is not None


# "was not fined", "has never been banned", "were not ordered": an action denied.
_DENIED_BEFORE = compiled(
    r"\b(?:not|never|n[o']t)\s+(?:yet\s+|also\s+)?(?:been\s+|be\s+)?(?:also\s+)?$", re.I
)


# "the company had already been fined for similar violations", "was previously banned": an
# action before the one reported, told as the party's history (no amount: one with an amount
# is read as such). Not "has already been banned from selling …": a ban that stands.
_EARLIER_BEFORE = compiled(
    r"\b(?:had\s+(?:already|previously|earlier|once)|(?:has|have|was|were)\s+(?:previously"
    r"|earlier|once))\s+(?:been\s+)?$",
    re.I,
)


_BREACHED_BEFORE = compiled(
    r"\b(?:(?:fail(?:ed|ing|s|ure)?|refus(?:ed|ing|es|al))\s+to\s+(?:comply\s+with|abide\s+by|obey)"
    r"|(?:not|never)\s+(?:yet\s+)?complied\s+with)\s+an?\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)


# "Pinecrest must pay a $2 million penalty and refund the fees", "under the agreement Acme
# will also pay $400,000 and stop charging the surcharge": a requirement joined to the payment
# the same decision or agreement requires. "Will" is a requirement only where the sentence
# names what imposes it; otherwise it is a plan.
_REQUIRED_TOO = compiled(
    r"\b(?P<modal>must|shall|(?:has|have|had)\s+to|(?:is|are|was|were)\s+(?:also\s+)?"
    r"(?:required|obliged|ordered|directed|told)\s+to|agreed\s+to|agrees\s+to|undert(?:ook|akes)"
    r"\s+to|committed\s+to|will)\s+(?:also\s+)?\w+\b(?:[^.;]|\.(?=\d)){0,160}?\band\s+(?:also\s+)?$",
    re.I,
)
_IMPOSED_BY = compiled(
    r"\b(?:agreement|settlement|order|decree|decision|judgm?ent|undertaking|ruling)\b", re.I
)


def _required_too(text: str, at: int) -> bool:
    required = _REQUIRED_TOO.search(text, max(0, at - 220), at)
    if required is None:
        return False
    return required["modal"].lower() != "will" or _IMPOSED_BY.search(text) is not None


_ISSUED_AFTER = compiled(
    r"\W{0,3}(?:(?:made|issued|adopted|imposed|served)\b|[^.;]{0,60}?\b(?:requiring|directing|compelling|obliging)\s)",
    re.I,
)


# "- Northgate Freight Ltd (Leeds): £412,000;" — an item of a list that states no verb: the
# party (perhaps with its town in brackets), a colon and an amount, nothing else. A dash
# between spaces stands for the colon as often ("- SIA Alfa – EUR 1 284 500;"); a hyphen
# does not, as it joins names ("Rolls-Royce").
_HEADING_LINE = compiled(r"^[ \t]*(?:#{1,6}\s|\*\*[^*\n]+\*\*[ \t]*$)", re.M)
_LIST_ITEM = compiled(
    r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?P<bold>\*\*|__)?(?P<name>[^\W\d_](?:[^:;()*\n]|\([^():;\n]{1,12}\)(?=[ \t]+\w)){1,80}?)"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    # "- **Alder plc**: €3m", "- **Alder plc:** €3m"
    # "- Bondi Pizza Pty Ltd, $4,400;": a comma when a figure follows it ("Alder, S.A., €3m"
    # is named up to its last comma).
    r"(?(bold)(?:(?:\*\*|__)[ \t]*(?::|[–—])|:(?:\*\*|__))|(?::|(?<=[ \t])[–—]"
    r"|,(?=[ \t]+(?:[^\s\d]{1,4}\.?[ \t]?)?\d)))"
    r"[ \t]*(?P<rest>[^\n]+)$"
)
_SENTENCE_END = compiled(r"[.!?][)\"”’]?\s+(?=[A-Z])")
# "187,4 mil. Kč", "approx. €3m", "Ltd. The": a short lower-case word's stop ends no sentence.
_ABBREVIATED = compiled(r"\b(?:[a-z]{1,3}|(?i:approx|ltd|inc|corp))\.$")
_ITEM_LINE = compiled(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+\S")


def _lead_in(body: str, line_start: int) -> Span | None:
    """The line that introduces the list a line belongs to: the last line before the list's
    items (a blank line may stand between them), when it ends with a colon or is a heading."""
    end = line_start
    while end > 0:
        start = body.rfind("\n", 0, end - 1) + 1
        line = body[start : end - 1] if body[end - 1] == "\n" else body[start:end]
        if line.strip() and not _ITEM_LINE.match(line):
            if _HEADING_LINE.match(line):
                # A digest's heading over its list, when it names the sanctions listed: "##
                # Fines imposed in May", "**Penalties**" (not "# Enforcement digest").
                if not any(m.kind in MONETARY for m in find_actions(line)):
                    return None
                return Span(start, start + len(line.rstrip()))
            if not line.rstrip().endswith(":"):
                return None
            # Its last sentence: "X fined Y €2m. The others' turnover was:" lists no fines.
            told = [
                m.end()
                for m in _SENTENCE_END.finditer(line)
                if not _ABBREVIATED.search(line, 0, m.start() + 1)
            ]
            return Span(start + (told[-1] if told else 0), start + len(line.rstrip()))
        if not line.strip() and body[start - 2 : start] == "\n\n":
            return None  # two blank lines: the list is not introduced by what is before it
        end = start
    return None


_DECISION_OF = compiled(r"\bdecision\s+(?:of|dated)\s+$", re.I)


def _decision_told_before(body: str, lead: Span, ctx: _ArticleContext) -> Located | None:
    """ "In its decision of 14 June 2023, the office found … The office fined the companies:"
    — the list's fines are of the decision the paragraph before the lead-in dates."""
    start = body.rfind("\n\n", 0, body.rfind("\n\n", 0, lead.start)) + 2
    before = body[start : lead.start]
    if _HEADING_LINE.search(before) or not ctx.published:
        return None
    for date in find_dates(before, ctx.published):
        if _DECISION_OF.search(before, max(0, date.start - 20), date.start):
            return _located_date(date, start)
    return None


def _listed_fine(article: Article, span: Span, ctx: _ArticleContext) -> Fact | None:
    """ "The office fined the companies for …:\\n- Alder plc: €3m\\n- Birch AG: €1m": each item
    of a list introduced by a sentence that fines (imposes penalties) is that regulator's
    action against the item's party, for the item's amount. A total the lead-in tells is
    dropped later as the sum of the items (`_drop_totals`)."""
    body = article.body
    line_start = body.rfind("\n", 0, span.start) + 1
    line_end = body.find("\n", span.start)
    line_end = len(body) if line_end < 0 else line_end
    item = _LIST_ITEM.match(body[line_start:line_end])
    if item is None or span.end < line_end - 1 or not item["name"][0].isupper():
        return None
    if _A_LABEL.fullmatch(item["name"].strip(" ,")):
        return None  # "- **Cash component:** $59,480": a part of a sum, not a party's fine
    text = body[line_start:line_end]
    money = [m for m in find_money(text, ctx.currency(span.end), body) if m.money is not None]
    # "- Alder S.A.: Gs. 4.860.000.000 (approximately US$ 620,000);": the item's amount and
    # its conversion in brackets.
    money, conversions = _split_conversions(text, money)
    if len(money) != 1 or money[0].start < item.start("rest"):
        return None
    amount = money[0]
    converted = conversions.get(amount.start, [])
    tail = text[converted[-1].end if converted else amount.end :]
    if converted:
        tail = tail.lstrip(" \t)")
    if text[item.start("rest") : amount.start].strip():
        return None  # "Alder: turnover €3m" is no bare amount
    # "Alder: €3m, as the firm that led the cartel;", "Birch: €1m, after a 30% reduction": the
    # item may say why after a comma (another figure — "reduced on appeal to €2m" — was
    # refused above; an action told after it is more than the figure).
    said_after = tail.strip(" \t;.,")
    if said_after and (not re.match(r"\s*[,;–—(]", tail) or find_actions(said_after)):
        return None
    lead = _lead_in(body, line_start)
    if lead is None:
        return None
    said = body[lead.start : lead.end]
    kinds = [m for m in find_actions(said) if m.kind in MONETARY]
    if not kinds:
        return None
    regulators = _acting_regulators(said, lead.start, lead.end, ctx)
    authority = regulators[-1].authority if regulators else ctx.regulator_before(lead.start)
    fact = Fact(
        article_id=article.id,
        action=kinds[0].kind,
        respondent=Located(
            text=item["name"],
            start=line_start + item.start("name"),
            end=line_start + item.end("name"),
        ),
        start=span.start,
        end=span.end,
        amount=_amount(amount, line_start),
        other_amounts=[_amount(c, line_start) for c in converted],
    )
    if authority is not None:
        fact.authority = authority
        fact.jurisdiction = (
            regulators[-1].jurisdiction
            if regulators
            else ctx.lexicon.authorities[authority].jurisdiction
        )
    dates = find_dates(said, ctx.published) if ctx.published else []
    fact.date, fact.announced = _dates(
        dates, kinds[0].start, (0, len(said)), said, lead.start, kinds[0].kind
    )
    if fact.date is None:
        fact.date = _decision_told_before(body, lead, ctx)
    fact.mentions = [(span.start, span.end)]
    return fact
