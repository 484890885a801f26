"""Enforcement facts in one article: who was fined (ordered, banned…) by whom, how much, when,
under which provisions, and what happened next — every field with the span it came from.

Extraction is per sentence (amounts and actions), then per article (outcomes, provisions
and repeated mentions of one action). Grouping across articles is in `grouping.py`.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP

from .actions import (
    MONETARY,
    STATUS_APPLIES_TO,
    Match,
    find_actions,
    find_statuses,
    foreign_court_name,
    is_accrued_amount,
    is_penalty_amount,
    mentions_action,
    speaker_pattern,
)
from .dates import DateMention, find_dates
from .fact_model import Action as Action  # re-exported: the models live apart (fact_model)
from .fact_model import Amount, Fact, Located, Status, rounding, same_sum
from .lexicon import Lexicon
from .models import Article
from .money import MoneyMention, find_money
from .parties import (
    CORPORATE_WORDS,
    AuthorityMention,
    Party,
    authorities,
    find_respondent,
    fold,
    headline_subject,
    main_respondent,
    makers,
    respondent_key,
    respondents,
)
from .people import Person, looks_personal, people, personal_pronouns
from .provisions import find_instruments, find_provisions, instrument_label
from .text import Span, comments_start

# Bump when extraction changes: stored facts are then extracted again (no re-embedding).
EXTRACTOR_VERSION = 50

_CONVERSION_GAP = re.compile(
    r"^\s*(?:[(/]|or)\s*(?:approx(?:imately|\.)?|about|around|roughly|some|c\.|ca\.|~|or"
    r"|(?:the\s+)?(?:rough\s+)?equivalent\s+(?:of|to)|equal\s+to|worth|nearly|almost"
    r"|just\s+(?:over|under))?\s*$",
    re.I,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:these|those|them|such|none\s+of|any\s+of|all\s+of|each\s+of)\b", re.I
)
_DAILY_BEFORE = re.compile(
    r"\b(?P<period>daily|weekly)\s+(?:coercive\s+)?(?:fines?|penalt(?:y|ies))\b[^.;]{0,40}\bof\s+$",
    re.I,
)
# Rates a periodic penalty runs at: by the day, or in some countries by the week ("€20,000 for
# each week that it remains in default").
_PERIODIC = frozenset({"day", "week"})
_THAT_ONE = re.compile(
    r"\b(?:that|this)\s+(?:earlier\s+|first\s+|previous\s+)?(?:fine|penalty|sanction|amount|decision|order|ban)\b",
    re.I,
)
# "the company has not paid", "it has appealed": the respondent last named.
_SINGULAR_SUBJECT = re.compile(
    r"\b(?:the\s+(?:company|firm|business|operator|retailer|group|bank|pharmacy|provider"
    r"|platform|insurer|lender)|it)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# "any of the penalties the CNIL has issued": about every such action, not just this one.
_BROAD = re.compile(r"\b(?:any|all|each)\s+of\s+the\s+(?:fines|penalties|sanctions|orders)\b", re.I)
# Where copy names the provisions at stake: "in breach of Article 32", "citing Article 5(1)(f)",
# "lawsuits filed under the Texas Deceptive Trade Practices Act".
_VIOLATION = re.compile(
    r"\b(?:violat\w*|breach\w*|infring\w*|contraven\w*|contrary\s+to|in\s+violation|citing)\b"
    # A duty not met: "had not complied with the Data Security Regulations"
    r"|\b(?:not|never|failed\s+to|fails\s+to|failure\s+to)\s+compl(?:y|ied)\s+with\b"
    r"|\bnon-?compliance\s+with\b"
    # "failed to put in place appropriate security measures as required by Article 32"
    r"|\bfail(?:ed|s|ing|ure)\s+to\b[^.;]{0,120}\b(?:required|requires|under|of)\b"
    # A duty not met: "had never conducted a risk analysis, as required by 45 C.F.R. § 164.308"
    r"|\b(?:never|not|no)\b[^.;]{0,150}\bas\s+required\s+(?:by|under)\b"
    # A finding that cites what it found breached: "The authority found inadequate security
    # measures (Article 32 GDPR)"; "the Chamber held that:" opening a list of them.
    r"|\b(?:found|held|concluded|determined)\b(?=[^.;]*\b(?:Art(?:icle)?s?\.?|Sections?|§)\s*\d)"
    r"|\b(?:found|held|concluded|determined)(?:\s+that)?\s*:\s*$"
    r"|\bunder\s+(?:the\s+)?(?:[A-Z]|[Aa]rticles?\s+\d|[Ss]ections?\s+\d)"
    # The measure's legal basis: "The decision relies on Article 58(2)(f) GDPR", "is based
    # on Section 111", "pursuant to Article 83".
    r"|\b(?:rel(?:y|ies|ied)\s+on|(?:is|was|were|are)\s+based\s+on|based\s+on|pursuant\s+to"
    r"|on\s+the\s+basis\s+of|in\s+accordance\s+with|grounded\s+(?:in|on)|invok(?:ed|es|ing))"
    r"\s+(?:the\s+)?(?:Art(?:icle)?s?\.?|Sections?|§|[Ss]ec\.)\s*\d",
    re.I,
)
_DECISION_DATE = re.compile(
    r"\b(?:decision|ruling|order|notice)\b[^.;]{0,25}$|^\W*on\W*$|\bdated\W*$", re.I
)
# Not "said it had on July 29 directed X": the day of what it had done.
_ANNOUNCED_DATE = re.compile(
    r"\b(?:made\s+public|announced|published|disclosed|revealed|said)\b"
    r"(?![^.;]*\b(?:had|has|have)\b)[^.;]{0,12}$",
    re.I,
)


class _ArticleContext:
    def __init__(self, article: Article, lexicon: Lexicon) -> None:
        body = self.body = article.body
        self.lexicon = lexicon
        self.published = article.published
        countries = (
            _article_countries(article, lexicon)
            if lexicon.ambiguous(body) or lexicon.ambiguous(article.outlet or "")
            else Counter()
        )
        named = _resolve_by_country(
            [m for m in lexicon.mentions(body) if m.kind == "authority"], countries, lexicon
        )
        counts = Counter(m.key for m in named)
        # Where each regulator is named, for "the regulator" in the sentences after it.
        self._named = [(m.end, m.key) for m in named if lexicon.authorities[m.key].kind != "court"]
        # A regulator's own press release: the outlet is the authority, and "we" is it.
        publisher = [
            m.key
            for m in _resolve_by_country(
                [m for m in lexicon.mentions(article.outlet or "") if m.kind == "authority"],
                countries,
                lexicon,
            )
        ]
        self.publisher = _state_office(article.outlet or "", publisher, lexicon)
        # A headline names the regulator acting; the body may name others in passing ("Other
        # states are watching: Connecticut's Attorney General …") as often as it.
        headline = {m.key for m in lexicon.mentions(article.title) if m.kind == "authority"}
        # The regulator whose story it is, before a court that reviewed it (named as often).
        regulators = Counter(
            {k: n for k, n in counts.items() if lexicon.authorities[k].kind != "court"}
        )
        self.main_authority = (
            self.publisher
            or (next(iter(headline)) if len(headline) == 1 else None)
            or (regulators.most_common(1)[0][0] if regulators else None)
            or (counts.most_common(1)[0][0] if counts else None)
        )
        places = Counter(m.key for m in lexicon.mentions(body) if m.kind == "jurisdiction")
        home = self.main_authority and lexicon.authorities[self.main_authority].jurisdiction
        code = home or (places.most_common(1)[0][0] if places else None)
        article_currency = (
            lexicon.jurisdictions[code].currency if code in lexicon.jurisdictions else None
        )
        # A name two regulators share that the article leaves open ("Datatilsynet": Denmark's
        # or Norway's) says no country: the article's currency stands there.
        named_at = Counter(end for end, _ in self._named)
        unsettled = {key for end, key in self._named if named_at[end] > 1}

        def currency(at: int) -> str | None:
            """Whose "$", "pesos" or "kr" the text at `at` writes: the acting regulator's
            country's (in a round-up it changes from section to section), else the article's."""
            key = self.regulator_before(at)
            settled = key is not None and key not in unsettled
            place = lexicon.authorities[key].jurisdiction if settled else None
            local = (
                lexicon.jurisdictions[place].currency if place in lexicon.jurisdictions else None
            )
            return local or article_currency

        self.currency = currency
        instruments = Counter(i for i, _, _ in find_instruments(body))
        self.instrument = instruments.most_common(1)[0][0] if instruments else None
        # The kind of regulator a bare place or "the Dutch regulator" stands for: its data
        # protection authority only in a story about data protection — in one about energy
        # prices, "the Czech regulator" is not the Czech data protection office.
        self.domain = (
            "data_protection" if _ABOUT_DATA_PROTECTION.search(f"{article.title}\n{body}") else None
        )
        # The court named last, for "the court ruled": its name, authority id and country.
        self.last_court: tuple[str, list[str], str | None] | None = None
        self.court_shorts: dict[str, tuple[str, list[str], str | None]] = {}  # "CBb": as above
        self.last_party: tuple[str, int] | None = None  # sanctioned last, and where
        # Where the last sentence about a court ends, and whether it is the one just before:
        # "… the court's chamber upheld the finding. But it cut the fine to €1.75 million."
        self.court_told_to: int | None = None
        self.court_just_before = False
        self.restated: list[Amount] = []  # "The fine is equivalent to …": see _RESTATED_AS
        self.section = 0  # where the current section (after a heading) starts
        subject = headline_subject(article.title, lexicon)
        in_title = respondents(article.title, lexicon) or ([subject] if subject else [])
        # A party the title names is the main one: the whole body is read for parties (as
        # long as reading all its sentences) only when the title names none.
        in_body = [] if any(not p.pronoun for p in in_title) else respondents(body, lexicon)
        self.main_respondent = main_respondent(in_body, in_title, article.title)
        self._people: list[Person] | None = None  # read when a sentence needs them
        # Parties named in the article that look like people ("fined Jo Hale … banned him").
        self.named_individuals: list[tuple[str, int]] = []

    def people(self) -> list[Person]:
        """The persons the article introduces by a role ("Jo Hale, its former director")."""
        if self._people is None:
            self._people = people(self.body, self.lexicon)
        return self._people

    def is_individual(self, name: str) -> bool:
        """A person the article introduces by a role: never "it" or "the company"."""
        key = respondent_key(name)
        return any(respondent_key(p.name) == key for p in self.people())

    def personal_parties(self, text: str, offset: int) -> list[Party]:
        """ "the FCA's decision to fine him £310,000", "she was disqualified": the person the
        pronoun stands for, named last before it in the paragraph."""
        found = []
        for start, end in personal_pronouns(text):
            who = self._person_before(offset + start)
            if who:
                found.append(Party(who, start, end))
        return found

    def _person_before(self, at: int) -> str | None:
        paragraph = self.body.rfind("\n\n", 0, at)
        named = [(p.end, p.name) for p in self.people() if paragraph < p.start and p.end <= at]
        # Without a role: a party named as a person ("fined Jo Hale £5,000 and banned him").
        named += [(end, name) for name, end in self.named_individuals if paragraph < end <= at]
        return max(named)[1] if named else None

    def law_places(self, at: int) -> tuple[str, ...]:
        """The country whose laws the text at `at` cites: the acting regulator's."""
        key = self.regulator_before(at)
        return (self.lexicon.authorities[key].jurisdiction,) if key else ()

    def regulator_before(self, at: int) -> str | None:
        """ "It was a busy week for Ofcom … On Thursday the regulator fined …": in a round-up
        the regulator is the one named last before, not the one the article names most."""
        if self.publisher:
            return self.publisher
        index = bisect.bisect_left(self._named, (at, ""))
        if index:
            end, key = self._named[index - 1]
            if at - end < _ANAPHORA_REACH and end > self.section:
                return key
        return self.main_authority


_ANAPHORA_REACH = 1500  # characters: a few paragraphs
# A section heading: "## Australia", "**UK: Ofcom fines two telcos**".
_HEADING = re.compile(r"[ \t]*(?:#{1,6}\s|\*\*[^*\n]+\*\*[ \t]*$)", re.M)


def _article_countries(article: Article, lexicon: Lexicon) -> Counter[str]:
    """How often an article points at each country: places it names, regulators only one
    country has, and amounts in a currency only one country uses (NOK: Norway)."""
    countries: Counter[str] = Counter()
    spans: Counter[tuple[int, int]] = Counter()
    mentions = lexicon.mentions(article.body)
    for m in mentions:
        if m.kind == "authority":
            spans[(m.start, m.end)] += 1
    for m in mentions:
        if m.kind == "jurisdiction":
            countries[m.key] += 1
        elif m.kind == "authority" and spans[(m.start, m.end)] == 1:
            countries[lexicon.authorities[m.key].jurisdiction] += 1
    users: dict[str, list[str]] = {}
    for j in lexicon.jurisdictions.values():
        if j.currency and j.parent is None:
            users.setdefault(j.currency, []).append(j.code)
    for money in find_money(article.body):
        owners = users.get(money.money.currency, []) if money.money else []
        if len(owners) == 1:
            countries[owners[0]] += 1
    return countries


def _resolve_by_country(found: list, countries: Counter[str], lexicon: Lexicon) -> list:
    """A name two regulators share ("Datatilsynet": Norway's and Denmark's) is the one whose
    country the article points at most; a tie leaves both."""
    spans: dict[tuple[int, int], list] = {}
    for m in found:
        spans.setdefault((m.start, m.end), []).append(m)
    dropped: set[int] = set()
    for same in spans.values():
        if len(same) < 2:
            continue
        scores = {id(m): countries[lexicon.authorities[m.key].jurisdiction] for m in same}
        best = max(scores.values())
        if best and sum(1 for v in scores.values() if v == best) == 1:
            dropped.update(k for k, v in scores.items() if v != best)
    return [m for m in found if id(m) not in dropped]


def _state_office(outlet: str, named: list[str], lexicon: Lexicon) -> str | None:
    """The authority publishing under `outlet`. "State of California Department of Justice,
    Office of the Attorney General" is California's attorney general, not the U.S.
    Department of Justice whose name it shares."""
    if not named:
        return None
    states = {m.key for m in lexicon.mentions(outlet) if m.kind == "jurisdiction" and "-" in m.key}
    national = lexicon.authorities[named[0]].jurisdiction
    for state in sorted(states):
        if state.split("-")[0] != national:
            continue
        general = [
            a.id
            for a in lexicon.authorities.values()
            if a.jurisdiction == state and a.kind == "attorney_general"
        ]
        if general and re.search(r"\b(?:Justice|Attorney\s+General)\b", outlet):
            return general[0]
    return named[0]


def extract_facts(
    article: Article, sentences: Sequence[Span], contexts: Sequence[int], lexicon: Lexicon
) -> list[Fact]:
    """The enforcement actions an article states, one `Fact` per action."""
    context = _ArticleContext(article, lexicon)
    body = article.body
    sentences, contexts = _rejoin(body, sentences, contexts)
    mentions: list[Fact] = []
    comments = comments_start(body)
    for span, quote_start in zip(sentences, contexts, strict=True):
        if span.start >= comments:
            break  # readers' opinions are not reports
        text = body[span.start : span.end]
        if _HEADING.match(body, body.rfind("\n", 0, span.start) + 1):
            context.last_party = None  # a new section: "the company" is not the last one's
            context.section = span.start
        court = _find_court(text, context)
        if court:
            context.last_court = _resolve_court(text, court, context, span.end)
        context.court_just_before = (
            context.court_told_to is not None
            and not body[context.court_told_to : span.start].strip()
        )
        if mentions_action(text):
            found = _sentence_facts(article, span, quote_start, context)
            mentions.extend(found)
            named = [
                f.respondent
                for f in found
                if f.respondent and f.respondent.end > f.respondent.start
            ]
            personal = [p for p in named if looks_personal(p.text, lexicon)]
            context.named_individuals += [(p.text, p.end) for p in personal]
            # "It", "the company" is never a person fined beside it.
            named = [p for p in named if p not in personal or not context.is_individual(p.text)]
            if named:
                context.last_party = (named[-1].text, span.end)
        if court or _ABOUT_COURT.search(text):
            context.court_told_to = span.end
    _products_to_makers(article, mentions, context)
    _one_name_for_the_main_party(mentions, context)
    # A heading restating an amount ("## Australia: A$5.2m civil penalty") summarises the
    # sentence that reports it: that sentence is the fact's quote, the heading a mention.
    mentions.sort(key=lambda f: bool(_HEADING.match(body, body.rfind("\n", 0, f.start) + 1)))
    facts = _drop_totals(_fold_headings(_merge(mentions, body), body), body)
    _attach_restatements(facts, context)
    _told_again(facts, sentences, context)
    _attach_rulings(facts)
    _described_courts(facts, context)
    _inherit_regulators(facts)
    _regulators_from_context(facts, body, context)
    _courts_go_on(facts, body, context)
    _attach_statuses(article, sentences, contexts, facts, context)
    _did_as_ordered(sentences, contexts, facts, context)
    _attach_violations(article, sentences, facts, context)
    _rulings_on_grounds(facts)
    _attach_article_dates(article, sentences, facts, context)
    _continue_paragraphs(facts, body)
    _same_day(facts, body)
    _in_addition(facts, body)
    _part_of_the_decision(facts, sentences, body)
    _date_judgments(article, sentences, facts, context)
    for fact in facts:
        _derive_statuses(fact, body)
    return facts


_CALLED_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|totall?(?:ing|ed)|combined)\W*$", re.I)
# A sentence summing actions already told: "both sanctions", "the two fines … together".
_RESTATES_PARTS = re.compile(
    r"\b(?:both|the\s+(?:two|three)|these|all\s+three)\s+(?:[\w-]+\s+)?"
    r"(?:fines|penalties|sanctions|decisions|amounts)\b",
    re.I,
)


# "in breach of Article 5(1)(f) GDPR, and fined": the sentence splitter takes "(f)" for the
# end of a sentence (a list marker); no sentence ends inside a provision's citation.
_PROVISION_TAIL = re.compile(r"\d\)?\s?\([a-z0-9]{1,4}\)$")


# "fined the fitness chain Hraunfoss Heilsa ehf. 3.5 million krónur for ...": the splitter
# takes a legal form's full stop for the end of the sentence (and splits "S.p.A." after
# "S.p."). A sentence goes on after a legal form when what follows cannot open one: a
# figure, a currency, a lower-case word, a bracket, or the rest of the form.
_LEGAL_FORM_TAIL = re.compile(
    r"(?<![\w.])(?:ehf|hf|kft|zrt|nyrt|bt|oy|oyj|ab|as|asa|a/s|a\.s|a\.ş|a\.e|i\.k\.e|o\.e|"
    r"s\.a|s\.p|s\.p\.a|s\.r\.l|s\.a\.s|s\.l|s\.r\.o|spol|sp|z\s?o\.o|o\.o|d\.o\.o|d\.d|"
    r"sa|nv|bv|ltd|inc|corp|co|plc|llc|gmbh|ag|kg|mbh|srl|spa|sarl|sas|pty|bhd|tbk|pte|"
    r"k\.k|a\.g|n\.v|b\.v|l\.p|s\.c|uab|sia|oü|jsc|pjsc|ooo|"
    # Portuguese, Brazilian, Peruvian, Spanish, Belgian, French, Indian and UK forms
    r"lda|ltda|s\.a\.c|sac|e\.i\.r\.l|eirl|s\.l\.u|slu|sprl|bvba|eurl|pvt|llp|lp)\.$",
    re.I,
)
_GOES_ON = re.compile(r"(?:[a-zà-ÿ0-9(€$£¥₩₹₺]|[A-Z]{3}\s?\d|A\.|(?:US|A|C|NZ|HK|S)\$)", re.U)


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


def _rejoin(
    body: str, sentences: Sequence[Span], contexts: Sequence[int]
) -> tuple[list[Span], list[int]]:
    spans: list[Span] = []
    starts: list[int] = []
    for span, start in zip(sentences, contexts, strict=True):
        if spans and _legal_form_split(body, spans[-1], span):
            spans[-1] = Span(spans[-1].start, span.end)
            continue
        if (
            spans
            and _PROVISION_TAIL.search(body, max(0, spans[-1].end - 12), spans[-1].end)
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


_REFERS_BACK = re.compile(
    r"\W*(?:The|This|That|Its|Their)\s+(?:[\w’'-]+\s+){0,2}"
    r"(?:order|decision|injunction|ban|notice|ruling|judgment|fine|penalty)\b"
)


# "The judgment, dated 13 February 2025, was published this week."
_JUDGMENT_DATED = re.compile(
    # "The judgment of the court's second chamber was filed on 3 June 2025"
    r"\b(?:judgment|judgement|ruling|verdict)\b[^.;]{0,40}?\b(?:dated|of"
    r"|(?:delivered|handed\s+down|issued|filed|given|rendered|pronounced)"
    # "In a judgment handed down in Melbourne on Friday"
    r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+on)\W*$",
    re.I,
)


def _date_judgments(
    article: Article, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """A judgment dated in a sentence of its own dates the court's rulings told before it."""
    if not ctx.published:
        return
    for span in sentences:
        text = article.body[span.start : span.end]
        if not re.search(r"\b(?:judge?ment|ruling|verdict)\b", text, re.I):
            continue
        for d in find_dates(text, ctx.published):
            if not d.month or not _JUDGMENT_DATED.search(text[max(0, d.start - 70) : d.start]):
                continue
            # Undated, or dated only by a weekday ("on Tuesday cut the fine"): the day it was
            # reported, the judgment's own date being this one.
            rulings = [
                f
                for f in facts
                if f.action == "ruling" and (f.date is None or _relative(article.body, f.date))
            ]
            earlier = [f for f in rulings if f.start <= span.start]
            for ruling in earlier or rulings[:1]:
                if ruling.date is not None:
                    ruling.announced = ruling.announced or ruling.date
                ruling.date = _located_date(d, span.start)
            # "ordered to pay $18 million after the Federal Court found … In a judgment handed
            # down on Friday, …": what the court itself imposed in the story it tells.
            for fact in facts:
                told = fact.mentions[0][0]
                if (
                    fact.action != "ruling"
                    and fact.date is None
                    and _is_court(fact.authority, fact.authority_at, ctx)
                    and not _HEADING.search(
                        article.body, min(told, span.start), max(told, span.start)
                    )
                ):
                    fact.date = _located_date(d, span.start)
            break


# A measure told as part of the decision or deal that fined the party: "In addition to the
# fine, we have ordered …", "The (proposed) consent judgment also requires X to …".
_IN_ADDITION = re.compile(
    r"\W*(?:In\s+addition\s+to|Alongside|As\s+well\s+as|Besides|On\s+top\s+of)\s+the\s+"
    r"(?:administrative\s+|monetary\s+)?(?P<measure>fine|penalty|sanction|payment|ban|prohibition)s?\b"
    r"|[^.;]{0,60}?\b(?:consent\s+)?(?:judgm?ent|judgement|decree|settlement|agreement)\s+"
    r"(?:also\s+)?requires\b",
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
        if fines:
            fine = max(fines, key=lambda f: f.start)
            fact.date = fine.date
            fact.announced = fact.announced or fine.announced
            if fact.authority is None:
                fact.authority, fact.jurisdiction = fine.authority, fine.jurisdiction


_ALSO = re.compile(
    r"\b(?:also|further|additionally)\s+(?:fined|imposed|ordered|sanctioned|penalised|penalized)\b"
)
# "In a decision published the same day, the PDPC fined …", "In the same statement, the
# authority said it had fined …": the day of the action told before.
_SAME_DAY = re.compile(
    r"\b(?:[Oo]n\s+)?(?:the|that)\s+same\s+(?:day|date)\b"
    r"|\bIn\s+(?:the|that)\s+same\s+(?:statement|announcement|(?:press\s+)?release|decision|notice"
    r"|proceedings?|case|investigation|resolution|ruling|order|deliberation)\b"
)


_PUBLISHED_SAME_DAY = re.compile(
    r"\b(?:published|announced|released|made\s+public|disclosed)\s+(?:on\s+)?(?:the|that)\s+same\s+(?:day|date)\b"
    r"|\b(?:separate|another|second|different)\s+decision\b",
    re.I,
)


def _same_day(facts: list[Fact], body: str) -> None:
    ordered = sorted(facts, key=lambda f: f.start)
    for index, fact in enumerate(ordered):
        told, end = fact.mentions[0]
        if fact.date is not None or fact.per is not None or not _SAME_DAY.search(body, told, end):
            continue
        dated = [f for f in ordered[:index] if (f.date or f.announced) and f.start < told]
        if not dated:
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


# A measure told as part of the decision just told: "It also issued an injunction …,
# accompanied by a penalty of €750 per day of delay", "Her Honour also made an order …",
# "If the company does not do so, it will have to pay a penalty payment of €100,000 per day".
# (Not "on top of a $22M sanction it slapped the company with last year": a later one; not
# "the threat of further fines".)
_PART_OF_IT = re.compile(
    r"\b(?:also|further|additionally)\s+(?:\w+ly\s+)?(?!(?:be|been|being|has|have|had|is|was"
    r"|were|are)\b)(?:[a-z]+ed|made|gave|took|set|put|won|requires|orders|bans|imposes|directs"
    r"|prohibits|obliges)\b"
    r"|\b(?:in\s+addition|as\s+well\s+as|alongside|together\s+with|coupled\s+with"
    r"|accompanied\s+by|backed\s+by)\b",
    re.I,
)
# … or, opening its sentence, as what follows if the measure told just before is not met.
_IF_NOT_MET = re.compile(
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


def _drop_totals(facts: list[Fact], body: str) -> list[Fact]:
    """ "Copperleaf has agreed to pay $3.4 million … a $500,000 civil penalty and $2.9 million in
    restitution": a headline figure that is the sum of amounts the article lists separately
    for the same party is their total, not another action. One the copy calls a total ("fined
    Google a total of €150 million") is the action, whatever else adds up to it."""
    monetary = [f for f in facts if f.amount and f.action in MONETARY and f.per is None]
    totals = []
    for total in monetary:
        assert total.amount is not None
        # "The CNMC adopted both sanctions …, for a combined €3.2 million": a sum of the
        # actions told before it, wherever they were told.
        restated = _RESTATES_PARTS.search(body, total.start, total.end) is not None
        called = _CALLED_TOTAL.search(body, max(0, total.amount.start - 30), total.amount.start)
        if called and not restated:
            continue
        parts = [
            f
            for f in monetary
            if f is not total
            and f.respondent_key == total.respondent_key
            and f.amount.currency == total.amount.currency
            and f.amount.amount < total.amount.amount
            and not set(f.mentions) & set(total.mentions)
            and (not restated or f.amount.start < total.amount.start)
        ]
        for size in (2, 3):
            # The parts are listed together, in one sentence: two fines told apart (€100
            # million in 2020, €50 million in 2019) that happen to add up are not parts,
            # unless the total's sentence says it sums them.
            if any(
                sum(p.amount.amount for p in group) == total.amount.amount
                and (restated or set.intersection(*(set(p.mentions) for p in group)))
                for group in itertools.combinations(parts[:12], size)
            ):
                totals.append(total)
                break
    return [f for f in facts if f not in totals]


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
    for fact in facts:
        if (
            fact.respondent
            and ending
            and fact.respondent_key != respondent_key(main)
            and _last_word(fact.respondent.text) == ending
        ):
            at = fact.respondent.start  # resolved: no span of its own (it says another name)
            fact.respondent = Located(text=main, start=at, end=at)


def _last_word(name: str) -> str:
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.casefold() not in _CORPORATE_FORMS]
    last = words[-1] if len(words) > 1 else ""
    return last if len(last) > 3 and not last.isupper() else ""


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
        if lead is not None:
            fact.authority, fact.jurisdiction = lead.authority, lead.jurisdiction


# A body named as the one reviewing an action, not taking it: "upheld by the Privacy Appeals
# Board", "appealed to the Market Court".
_REVIEWER = re.compile(
    r"\b(?:(?:upheld|confirmed|annulled|overturned|quashed|reviewed|reduced|cut|set\s+aside)\s+by"
    r"|appeal(?:ed|s)?\s+(?:\w+\s+){0,3}?(?:to|with|before)"
    r"|(?:complaint|challenge|appeal)\s+(?:\w+\s+){0,3}?(?:to|with|before))\s+(?:the\s+)?$",
    re.I,
)


def _regulators_from_context(facts: list[Fact], body: str, ctx: _ArticleContext) -> None:
    """ "The ICO also gave updates on two penalties. Northbridge … was fined £130,000": a
    fact whose sentence names no regulator has the one named last before it, within the
    preceding few sentences."""
    for fact in facts:
        if fact.authority or fact.jurisdiction or fact.action == "ruling":
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
        named = named or _named_regulators(body, start, end, ctx)
        if named:
            authority = ctx.lexicon.authorities[named[-1].authority]
            fact.authority, fact.jurisdiction = authority.id, authority.jurisdiction


def _courts_go_on(facts: list[Fact], body: str, ctx: _ArticleContext) -> None:
    """ "The court also ordered Brightpath to … Its former sales manager was ordered to pay a
    separate penalty of $150,000": an action whose sentence names no one deciding it, told
    right after one a court decided, is that court's — not the regulator's that brought the
    case (named in passing: "towards the ACCC's legal costs") nor the story's by default."""
    told = sorted(((s, e, f) for f in facts for s, e in f.mentions), key=lambda m: m[0])
    for fact in facts:
        if fact.authority_at is not None or fact.action in {"ruling", "appeal"}:
            continue
        start = fact.mentions[0][0]
        before = [(s, e, f) for s, e, f in told if s < start and f is not fact]
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


def _is_court(authority: str | None, at: Located | None, ctx: _ArticleContext) -> bool:
    if authority in ctx.lexicon.authorities:
        return ctx.lexicon.authorities[authority].kind == "court"
    return at is not None and _COURT.search(at.text) is not None


def _named_regulators(
    body: str, start: int, end: int, ctx: _ArticleContext
) -> list[AuthorityMention]:
    """Regulators `body[start:end]` names as acting (not as reviewing an action)."""
    return [
        a
        for a in authorities(body[start:end], ctx.lexicon, ctx.main_authority, ctx.domain)
        if a.authority and not _REVIEWER.search(body, max(0, start + a.start - 40), start + a.start)
    ]


# --- One sentence -------------------------------------------------------------------------


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
    personal = ctx.personal_parties(text, offset)
    if personal:
        parties = sorted(parties + personal, key=lambda p: p.start)
    regulators = [
        a
        for a in authorities(text, ctx.lexicon, ctx.regulator_before(span.start), ctx.domain)
        if not _REVIEWER.search(text, max(0, a.start - 40), a.start)
        # A court named is reviewing (a court imposing a fine is read by `_court_agent`).
        and not (
            a.authority in ctx.lexicon.authorities
            and ctx.lexicon.authorities[a.authority].kind == "court"
        )
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
                parsed[name] = find_provisions(text, ctx.instrument, ctx.law_places(span.end))
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
        if amount is not None and action in {"fine", "penalty_payment"}:
            court = _court_agent(text, amount, ctx)
            found = [court] if court else found
        elif amount is None and action in {"order", "ban"}:
            court = _court_subject(text, near, ctx)
            found = [court] if court else found
        date, announced = _dates(lazily("dates"), near, clause, text, offset)
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
            about_main = who and respondent_key(who.text) == respondent_key(
                ctx.main_respondent or ""
            )
            if regulator is None and ctx.main_authority and (about_main or ctx.publisher):
                # Nothing in the sentence says who: it is the article's own story.
                fact.authority = ctx.main_authority
                fact.jurisdiction = ctx.lexicon.authorities[ctx.main_authority].jurisdiction
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
        action = _monetary_action(actions, amount)
        if action is None or (
            action == "penalty_payment" and is_accrued_amount(text, amount.start, amount.end)
        ):
            continue
        low = penalties[index - 1].end if index else 0
        high = penalties[index + 1].start if index + 1 < len(penalties) else len(text)
        facts.extend(base(action, amount.start, (low, high), amount))
        covered.add(action)
    if any(a.kind == "ruling" for a in actions) or _court_decides(text, ctx):
        facts.extend(_rulings(text, offset, facts, primaries, article, span, quote_start, ctx))
        covered.add("ruling")
    for match in actions:
        if match.kind in covered or (match.kind == "appeal" and facts):
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
        if not (required or enforced) and not _explicit_party_near(
            parties, match.start, match.end, text
        ):
            continue  # "the threat of further fines": no one in particular
        if not required and not breached and not _asserts_action(text, match):
            continue  # "had not complied with the order": an earlier action, referred to
        found = base(match.kind, match.start, (0, len(text)), None)
        if match.kind in MONETARY and orphans:
            for fact in found:
                fact.other_amounts = [_amount(m, offset) for m in orphans]
        facts.extend(found)
        covered.add(match.kind)
    return facts


# A sentence of its own giving the fine told before in another currency or unit: "The fine
# is equivalent to 15,000 UF", "That penalty, equal to about $1.1 million, …".
_RESTATED_AS = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?(?:fine|penalty|sanction|sum|amount)"
    r"\s*,?\s+(?:is\s+|was\s+|which\s+is\s+)?(?:roughly\s+|approximately\s+)?"
    r"(?:equivalent|equal)\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+)?$",
    re.I,
)


def _attach_restatements(facts: list[Fact], ctx: _ArticleContext) -> None:
    """Each amount a sentence restates the fine told before in (`_RESTATED_AS`) is another
    amount of the last fact with an amount before it, if that is in another currency."""
    for amount in ctx.restated:
        before = [f for f in facts if f.amount is not None and f.start < amount.start]
        if not before:
            continue
        fact = max(before, key=lambda f: max(s for s, _ in f.mentions if s < amount.start))
        assert fact.amount is not None
        if amount.currency != fact.amount.currency and amount.currency not in {
            o.currency for o in fact.other_amounts
        }:
            fact.other_amounts.append(amount)


# A sentence of its own naming the fine told before by who imposed it and when: "The Conseil
# d'Etat said the penalty, handed down by the CNIL in January 2019, was not disproportionate".
_RETOLD_BY = re.compile(
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


# An amount the money reader could not read, right before a bracketed conversion: "4.85
# million shillings (", "KES 4.85m (about".
_UNREAD_AMOUNT = re.compile(
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
    for mention in money:
        if previous is not None and _CONVERSION_GAP.match(text[previous.end : mention.start]):
            owner = primaries[-1]
            if mention.money and owner.money and mention.money.currency != owner.money.currency:
                conversions.setdefault(owner.start, []).append(mention)
                previous = mention
                continue
        primaries.append(mention)
        previous = mention
    return primaries, conversions


def _monetary_action(actions: list[Match], amount: MoneyMention) -> str | None:
    if amount.per in _PERIODIC:
        return "penalty_payment"
    monetary = [a for a in actions if a.kind in MONETARY]
    if not monetary:
        return None
    if any(a.kind == "settlement" for a in monetary):
        return "settlement"  # "agreed to pay a $150 million civil penalty" settles
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


# "Kestrel, which supplies gas to 380,000 households in Victoria, has also given …": the
# party is the subject, however long the clause describing it.
_APPOSITIVE_THEN = re.compile(r",\s[^.;]{1,140}?,\s+[^.;,]{0,80}")


# "imposed a surcharge of KRW 15.1 billion on a messaging platform operator": a party the
# article does not name, not the article's own company.
_UNNAMED_PARTY = re.compile(
    r"\b(?:on|against|to)\s+(?:an?|another|one|two|three|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operator|company|firm|retailer|bank|lender|provider|platform|business|group|insurer|"
    r"hospital|school|app|website|developer|broker|agency|employer|individual|person|man|woman)s?\b",
    re.I,
)


def _respondent(
    parties: list[Party], near: int, ctx: _ArticleContext, offset: int
) -> Located | None:
    named = [p for p in parties if not p.pronoun]
    pool = named or parties
    if pool:
        party = min(pool, key=lambda p: abs(p.start - near))
        if not party.pronoun:
            return Located(text=party.name, start=offset + party.start, end=offset + party.end)
    # "The Deputy Ombudsman also ordered the company to …": the party sanctioned just before,
    # which in a round-up is not the article's main one.
    recent = ctx.last_party and offset - ctx.last_party[1] < _ANAPHORA_REACH
    who = ctx.last_party[0] if recent and ctx.last_party else ctx.main_respondent
    if who and ctx.main_respondent and respondent_key(who) == respondent_key(ctx.main_respondent):
        who = ctx.main_respondent  # the article's full name for it ("Clearview AI")
    if who:
        return Located(text=who, start=offset, end=offset)  # resolved: no span of its own
    return None


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
    ]
    if places:
        # In lists ("€8.85m in the UK, and €20m in Italy") a place follows its amount.
        return [_closest(places, near, following_first=True)]
    if found:
        return [_closest(found, near)]
    return []


def _closest(
    candidates: list[AuthorityMention], near: int, following_first: bool = False
) -> AuthorityMention:
    """The candidate nearest `near`; a country beats the EU it belongs to."""
    national = [c for c in candidates if c.jurisdiction != "EU"] or candidates
    following = [c for c in national if c.start >= near] if following_first else []
    return min(following or national, key=lambda c: abs(c.start - near))


_ABOUT_DATA_PROTECTION = re.compile(
    r"\b(?:GDPR|RGPD|DSGVO|AVG|UK\s+GDPR|data[\s-]protection|personal\s+data|privacy|personal\s+information"
    r"|data\s+breach|(?:customers?|users?|patients?|employees?|children)['’]?\s+data)\b",
    re.I,
)


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


_STATUTE_OF = re.compile(
    r"\b(?:Law|Act|Decree|Regulation|Ordinance|Code|Statute|Directive|Loi|Gesetz)\s+(?:No\.?\s*[\w/-]+\s+)?of\s+(?:the\s+)?$"
)


# "complete a remediation programme … by 31 March 2025": a deadline, not when anything happened.
# "According to Monday's filing": the day something was said, not when anything was done.
_STATEMENT_OF = re.compile(
    r"['’]s\s+(?:filing|statement|announcement|(?:press\s+)?release|report|disclosure)\b", re.I
)
# "X paid the R$480,000 fine in May": when it was paid, not when it was imposed.
_PAID_WHEN = re.compile(r"\bpaid\b(?:[^.;,]|[.,](?=\d)){0,50}?\s$", re.I)
_DEADLINE = re.compile(
    r"\b(?:by|until|before|no\s+later\s+than|deadline\s+of|due\s+(?:on|by))\s+(?:the\s+)?$", re.I
)
# "EUR 1 500 for each day from 1 August": when a daily penalty starts to run, not when it
# was decided.
_RUNS_FROM = re.compile(
    r"\b(?:(?:each|every|per|a)\s+day|daily)\s+(?:from|after|starting(?:\s+on)?)\s+(?:the\s+)?$"
    r"|\bwith\s+effect\s+from\s+(?:the\s+)?$",
    re.I,
)
# "It has fined several operators since 2021", "between 2021 and 2022": a period's bounds,
# not the day of a decision.
_PERIOD_BOUND = re.compile(
    r"\b(?:since|between)\s+(?:(?:early|late|mid-?)\s*)?$|\bbetween\s+\S+(?:\s+\S+){0,2}\s+and\s+$",
    re.I,
)
# "the Act, which took effect on March 31, 2024": when a law started to apply, not an action.
_IN_FORCE = re.compile(
    r"\b(?:t(?:ook|akes?)\s+effect|(?:came|comes?|entered|enters?)\s+into\s+(?:force|effect)"
    r"|in\s+force|became\s+applicable|appl(?:y|ies|ied)\s+(?:since|from)|effective)\b[^.;]{0,40}$",
    re.I,
)


def _dates(
    dates: list[DateMention], near: int, clause: tuple[int, int], text: str, offset: int
) -> tuple[Located | None, Located | None]:
    decided: DateMention | None = None
    announced: DateMention | None = None
    # "under … the Law of 3 December 2017": a statute's name, not when anything happened.
    dates = [
        d
        for d in dates
        if not _STATUTE_OF.search(text[max(0, d.start - 40) : d.start])
        and not _IN_FORCE.search(text[max(0, d.start - 60) : d.start])
        and not _DEADLINE.search(text[max(0, d.start - 30) : d.start])
        and not _RUNS_FROM.search(text[max(0, d.start - 30) : d.start])
        and not _PAID_WHEN.search(text[max(0, d.start - 60) : d.start])
        and not _PERIOD_BOUND.search(text[max(0, d.start - 30) : d.start])
    ]
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
        elif _DECISION_DATE.search(before) or _IMPOSED_WHEN.search(before):
            # "stayed a penalty that the CCI imposed in May": the penalty's own day, not the
            # court's (told first) nor the announcement's.
            decided = decided or d
    # "ISTANBUL, Jan 22 (Wire) - … said on Tuesday it had fined": the day it said so.
    announced = announced or dateline
    chosen = decided or (
        min(
            (d for d in plain if d is not announced and d is not dateline),
            key=lambda d: abs(d.start - near),
            default=None,
        )
    )
    return _located_date(chosen, offset), _located_date(announced, offset)


# "On 29 January 2026, the LfDI BW announced that it had imposed …": the date of saying
# that something had been done before ("On Wednesday the AG announced a settlement" is the
# settlement's own day).
# "On 11 February 2025 the FCA published a Final Notice, dated 6 February 2025, …": the day
# a document dated otherwise was made public.
_PUBLISHED_DATED = re.compile(
    r",?\s+[^.;]{0,60}?\b(?:published|released|made\s+public|announced)\b[^.;]{0,60}?\bdated\s",
    re.I,
)
_THEN_ANNOUNCED = re.compile(
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


# --- One article --------------------------------------------------------------------------


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
_ORDINAL = re.compile(
    r"\W*(first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)\b",
    re.I,
)


def _enumerated_apart(a: Fact, b: Fact, body: str) -> bool:
    """Two measures without amounts, each told as its own item of an enumeration."""
    if a.amount is not None or b.amount is not None:
        return False
    first = [_ORDINAL.match(body, s) for s, _ in a.mentions[:1] + b.mentions[:1]]
    return all(first) and first[0].group(1).casefold() != first[1].group(1).casefold()


def _merge(mentions: list[Fact], body: str = "") -> list[Fact]:
    """One fact per action: the same fine said three times in an article is one fine."""
    facts: list[Fact] = []
    # Only facts with the same action, rate and respondent can be one, so each mention is
    # compared with those alone: a list of thousands of fines in one long article took
    # quadratic time (25 s at 50,000 characters, hours at the 1,000,000 allowed).
    groups: dict[tuple[str, str | None, str | None], list[Fact]] = {}
    for mention in sorted(mentions, key=lambda f: f.amount is None):  # facts with amounts lead
        group = groups.setdefault((mention.action, mention.per, mention.respondent_key), [])
        target = next(
            (
                f
                for f in group
                if _same_action(f, mention) and not _enumerated_apart(f, mention, body)
            ),
            None,
        )
        if target is None:
            facts.append(mention)
            group.append(mention)
            continue
        for name in ("authority", "authority_at", "jurisdiction", "amount", "announced"):
            if getattr(target, name) is None and getattr(mention, name) is not None:
                setattr(target, name, getattr(mention, name))
        if mention.date and (target.date is None or len(mention.date.text) > len(target.date.text)):
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
        for match in find_statuses(text):
            if match.kind == "appealed" and _case_against_a_party(text, match, ctx):
                continue
            if match.kind in {"paid", "not_paid"} and _paid_to_those_harmed(text, match, facts):
                continue
            compatible = [
                f
                for f in facts
                if f.action in STATUS_APPLIES_TO.get(match.kind, {f.action})
                # damages a court awarded are paid, or not, like a fine
                or (match.kind in {"paid", "not_paid"} and awards_damages(f, body))
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
            targets = _status_targets(match, span, quote_start, text, compatible, ctx)
            targets = _periodic_named(match, text, targets, compatible)
            targets = _status_object(match, text, targets)
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
            for fact in targets:
                if not any(
                    s.status == match.kind and s.start == quote_start for s in fact.statuses
                ):
                    fact.statuses.append(
                        Status(status=match.kind, start=quote_start, end=span.end, claim_of=claim)
                    )


# "filed an application with the Competition Tribunal against ticket seller Pinegate Ltd.": a
# case brought against a company (by a regulator or a claimant), not an appeal of a measure.
_AGAINST_NAME = re.compile(
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
_TO_THOSE_HARMED = re.compile(
    r"[^.;]{0,80}?\b(?:to|among)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?"
    r"(?:[\d,.]+\s+(?:million\s+)?)?(?:affected\s+|its\s+|their\s+|the\s+|former\s+)*"
    r"(?:customers|consumers|clients|borrowers|victims|users|students|patients|employees|workers"
    r"|passengers|policyholders|tenants|members|subscribers|investors)\b"
    r"|[^.;]{0,60}?\bin\s+(?:redress|refunds?|compensation|restitution|damages)\b",
    re.I,
)
_APART_FROM_THE_FINE = re.compile(
    r"\b(?:separately\s+from|apart\s+from|besides|in\s+addition\s+to)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:fine|penalty|sanction)\b",
    re.I,
)


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
_TAKEN_AWAY = re.compile(
    r"\b(?:stopped|ceased|discontinued|removed|deleted|erased|destroyed|dismantled|taken\s+down"
    r"|taken\s+offline|took\s+down|suspended|withdrawn|pulled|disabled|shut\s+down"
    r"|switched\s+off|uninstalled)\b",
    re.I,
)
_RESTORED = re.compile(
    r"\b(?:reactivated|restored|reinstated|resumed|back\s+online|lifted)\b", re.I
)
_REMOVAL_VERB = re.compile(
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
_ORDERED_TO = re.compile(
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
        verb = told.group(1).casefold()
        past = _past(verb)
        not_done = re.compile(
            rf"\b(?:(?:has|have|had|did|does)(?:\s+still)?\s+not|(?:hasn|haven|hadn|didn)['’]t)"
            rf"(?:\s+(?:yet|since|so\s+far))?\s+(?:{past}|{verb})\b"
            rf"|\b(?:(?:has|have)\s+yet|failed|refused|declined|refuses|declines)\s+to\s+{verb}\b",
            re.I,
        )
        done = re.compile(rf"\b(?:{past})\b", re.I)
        end_of_section = _HEADING.search(body, told.end())
        for span, quote_start in zip(sentences, contexts, strict=True):
            if span.end <= told.end() or (end_of_section and span.start >= end_of_section.start()):
                continue
            if span.start - told.end() > _ANAPHORA_REACH:
                break
            start = max(span.start, told.end())
            text = body[start : span.end]
            negative = not_done.search(text)
            positive = None if negative else done.search(text)
            said = negative or positive
            if said is None:
                continue
            before = text[: said.start()]
            if _ORDERED_TO.search(text) or re.search(r"\b(?:was|were|be|been)\s+$", before):
                continue  # a new order, or "the cameras were removed" said of someone else
            if not _about_party(before, fact, ctx):
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


def _about_party(before: str, fact: Fact, ctx: _ArticleContext) -> bool:
    """Whether the clause before a deed has the fact's party as its subject."""
    clause = re.split(r"[.;:]|\bbut\b|\bwhile\b", before)[-1]
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
_STATUS_OBJECT = re.compile(
    r"\b(?:the|its|his|her|their|that|this)\s+(?:[\w-]+\s+)?"
    r"(fines?|penalt(?:y|ies)|orders?|notices?|injunctions?|bans?|prohibitions?)\b",
    re.I,
)
_OBJECT_ACTIONS = {
    "fine": MONETARY,
    "penalt": MONETARY,
    "order": frozenset({"order", "penalty_payment"}),
    "notice": frozenset({"order", "penalty_payment"}),
    "injunction": frozenset({"order", "penalty_payment"}),
    "ban": frozenset({"ban"}),
    "prohibition": frozenset({"ban"}),
}


# "the CMA can impose a fixed penalty … for failing to comply with an information notice, plus
# a daily penalty": the law's powers, not this company's conduct.
_WHAT_THE_LAW_ALLOWS = re.compile(
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


_MEASURE_WORD = re.compile(
    r"\b(fines?|penalt(?:y|ies)|orders?|notices?|injunctions?|bans?|prohibitions?)\b", re.I
)


# "has filed suit in the Seoul Administrative Court to cancel the surcharge": the challenge
# names its object by the word the measure was told with.
_TO_UNDO = re.compile(
    r"[^.;]{0,80}?\bto\s+(?:cancel|annul|overturn|quash|set\s+aside|reverse|lift)\s+(?:the|its|that"
    r"|this)\s+(?:[\w-]+\s+)?(surcharges?|fines?|penalt(?:y|ies)|orders?|bans?|injunctions?"
    r"|notices?)\b",
    re.I,
)


def _what_it_seeks_to_undo(
    match: Match, text: str, facts: list[Fact], here: list[Fact], body: str
) -> list[Fact]:
    """The actions (against the party the sentence is about) told with that word."""
    undo = _TO_UNDO.match(text, match.end) if match.kind in {"appealed", "disputed"} else None
    if undo is None or not here:
        return []
    # its stem: "penalties" was told as "penalty", "surcharges" as "surcharge"
    word = re.compile(rf"\b{re.escape(undo.group(1).rstrip('s')[:6])}", re.I)
    keys = {f.respondent_key for f in here}
    party = [f for f in facts if f.action != "ruling" and f.respondent_key in keys]
    told = [f for f in party if word.search(body, *f.mentions[0])]
    return told if len(told) < len(party) else []


def _measures_kept(match: Match, text: str, facts: list[Fact], here: list[Fact]) -> list[Fact]:
    """ "The Full Court left the independent review order undisturbed": the order (or ban) a
    court's statement names as its object, against the party of the sentence's actions."""
    said = _MEASURE_WORD.findall(text, match.start, match.end)
    if not said or said[-1].casefold().startswith(("fine", "penalt")):
        return []
    kinds = next(v for k, v in _OBJECT_ACTIONS.items() if said[-1].casefold().startswith(k))
    keys = {f.respondent_key for f in here}
    return [f for f in facts if f.action in kinds and (not keys or f.respondent_key in keys)]


def _status_object(match: Match, text: str, targets: list[Fact]) -> list[Fact]:
    """ "Kuura has not complied with the order": the order, not the ban decided with it."""
    if match.kind in _COURT_OUTCOMES:
        return targets  # a court reducing "the fine" rules on it: the ruling is a target too
    said = _STATUS_OBJECT.search(text, match.start, match.end + 30)
    if said is None:
        return targets
    word = said.group(1).casefold()
    kinds = next(v for k, v in _OBJECT_ACTIONS.items() if word.startswith(k))
    return [f for f in targets if f.action in kinds] or targets


# "The company removed …", "It has since paid": a sentence whose subject is the party told last.
_SUBJECT_OPENS = re.compile(
    r"\W*(?:(?:The|This)\s+(?:company|firm|business|operator|retailer|group|bank|clinic|provider"
    r"|platform|insurer|lender|start-?up|controller)|It)\b"
)


def _status_targets(
    match: Match, span: Span, quote_start: int, text: str, facts: list[Fact], ctx: _ArticleContext
) -> list[Fact]:
    here = [
        f
        for f in facts
        if any(s <= span.start < e or span.start <= s < span.end for s, e in f.mentions)
    ]
    if match.kind in _COURT_OUTCOMES:
        kept = _measures_kept(match, text, facts, here)
        if kept:
            return kept
        # "€75 million …, which was reduced to €52 million": the outcome is the original fine's.
        rulings = [f for f in here if f.action == "ruling"]
        here = [f for f in here if f.action != "ruling"]
        before = [f for f in here if f.amount and f.amount.start < span.start + match.start]
        if before:
            return before + rulings
        if here:
            return here + rulings  # "reduced a €600,000 fine … to €250,000"
        if rulings:
            ruled = [
                f
                for f in facts
                if f.action in {"fine", "penalty_payment"}
                and f.start < span.start
                and f.respondent_key == rulings[0].respondent_key
            ]
            return rulings + ruled[-1:]
    sought = _what_it_seeks_to_undo(match, text, facts, here, ctx.body)
    if sought:
        return sought
    broad = _BROAD.search(text, match.start)
    person = _person_subject(match, span, text, facts, ctx)
    if person:
        return person
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
        return here
    if not here and not broad:
        # "According to the filing, X paid the R$480,000 fine in May": the amount right after
        # the statement says which action, told elsewhere in the article.
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
    if not here and _THAT_ONE.search(text, max(0, match.start - 15), match.end + 30):
        # "In 2021 the AEPD fined Telvoria €70,000 … The company paid that fine", "That
        # penalty was paid": the action stated last before, not every action against the company.
        earlier = [f for f in facts if any(e <= span.start for _, e in f.mentions)]
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
        key = min(by_name)[1]
        return [f for f in facts if f.respondent_key == key]
    # A court named is where the appeal went ("a complaint … with the Administrative Court"),
    # not whose actions the sentence is about.
    named = {
        m.key
        for m in ctx.lexicon.mentions(text)
        if m.kind == "authority" and ctx.lexicon.authorities[m.key].kind != "court"
    }
    if named:
        return [f for f in facts if f.authority in named]
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
    key = respondent_key(next((p.name for p in who if not p.pronoun), ctx.main_respondent or ""))
    targets = [f for f in facts if f.respondent_key == key] if key else []
    if match.kind in _COURT_OUTCOMES:
        targets = [f for f in targets if f.action in {"fine", "penalty_payment"}]
    return targets


_OPENING_NAME = re.compile(r"\W*([A-ZÀ-Ž][\w’'&-]+)\s+(?:is|was|has|had|have|are|were|said|says)\b")


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


_PERSON_NAME = re.compile(r"[A-ZÀ-Ž][\w'’-]+(?:\s+[A-ZÀ-Ž][\w'’-]+){1,2}")
# "Wrzos has not paid his fine. His lawyer said he would challenge it": he, his lawyer.
_PERSONAL_SUBJECT = re.compile(r"\b(?:he|she|his|her)\b(?:\s+[\w-]+){0,3}\s*$", re.I)


def _a_person(fact: Fact, body: str) -> bool:
    """ "Tomasz Wrzos", called "Wrzos" later: a person fined, not a company."""
    name = fact.respondent.text if fact.respondent else ""
    if not _PERSON_NAME.fullmatch(name) or any(
        w.casefold().strip(".") in _CORPORATE_FORMS for w in name.split()
    ):
        return False
    first, last = name.split()[0], name.split()[-1]
    alone = re.finditer(rf"\b{re.escape(last)}\b", body)
    return any(
        not body[max(0, m.start() - len(first) - 1) : m.start()].startswith(first) for m in alone
    )


def _person_subject(
    match: Match, span: Span, text: str, facts: list[Fact], ctx: _ArticleContext
) -> list[Fact]:
    """A status said of "he" or "his lawyer" is the person's named last before, not the
    company's fined with them."""
    if not _PERSONAL_SUBJECT.search(text, 0, match.start) or respondents(
        text[: match.start], ctx.lexicon
    ):
        return []
    people = [f for f in facts if f.respondent and _a_person(f, ctx.body)]
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
            for m in re.finditer(
                rf"\b{re.escape(word)}\b", fold(ctx.body[window : span.start + match.start])
            )
        ]
        if named:
            last_at[fact.respondent_key] = max(last_at.get(fact.respondent_key, -1), *named)
    if not last_at:
        return []
    key = max(last_at, key=lambda k: last_at[k])
    return [f for f in people if f.respondent_key == key]


def _named_at(text: str, fact: Fact) -> int | None:
    """Where `text` names the fact's party: by its key ("Clearview"), or by the last word of
    its name, as copy calls people by surname ("Tomasz Wrzos" … "Wrzos") and companies by
    their distinctive word ("Dom Maklerski Nadodrze S.A." … "Nadodrze")."""
    at = find_respondent(text, fact.respondent_key or "")
    if at is not None or fact.respondent is None:
        return at
    words = [
        w
        for w in re.findall(r"[\w'’-]+", fact.respondent.text)
        if w.casefold().strip(".") not in _CORPORATE_FORMS and len(w) > 2  # not "S.A."'s "A"
    ]
    last = words[-1] if len(words) > 1 else ""
    if len(last) < 4 or not last[0].isupper() or last.isupper():
        return None
    found = re.search(rf"\b{re.escape(last)}\b", text)
    return found.start() if found else None


_CORPORATE_FORMS = CORPORATE_WORDS


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


def _attach_violations(
    article: Article, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """Provisions and laws an article says were breached belong to the action against whoever
    the sentence names, else to the article's main action(s)."""
    monetary = [f for f in facts if f.action in MONETARY]
    key = respondent_key(ctx.main_respondent or "")
    main = [f for f in monetary if f.authority == ctx.main_authority and f.respondent_key == key]
    monetary_by_main = [f for f in monetary if f.authority == ctx.main_authority]
    # "Both fines were for breaches of Article 32": every fine by the article's regulator.
    main = main or monetary_by_main
    body = article.body
    listed: list[Fact] = []  # what a list introduced by "the following breaches:" is about
    for span in sentences:
        text = body[span.start : span.end]
        item = _LIST_ITEM.match(body, body.rfind("\n", 0, span.start) + 1)
        if item and span.start < item.end() + 1 and listed and not _VIOLATION.search(text):
            targets = listed  # "- Article 32 GDPR (security): …" under "the following breaches:"
        elif not _VIOLATION.search(text):
            if not item:
                listed = []
            continue
        else:
            targets = _violation_targets(text, monetary, main, monetary_by_main, ctx)
            if targets is main:
                targets = _story_so_far(span.start, facts) or main
            targets = targets + _same_paragraph_measures(span, targets, facts, body)
            if re.search(r":[ \t]*(?:\n|$)", text.rstrip()):
                listed = targets  # the intro may end the sentence or share it with an item
            elif not item:
                listed = []
        if not targets:
            continue
        places = ctx.law_places(span.end)
        provisions = find_provisions(text, ctx.instrument, places)
        labels = [(p.label, p.start, p.end) for p in provisions]
        cited = {p.instrument for p in provisions}
        # A law named inside a citation read already is that citation's ("PRIN" in "PRIN
        # 2.1.1R"), not a second one cited whole.
        labels += [
            (instrument_label(i), s, e)
            for i, s, e in find_instruments(text, places)
            if i not in cited and not any(p.start <= s and e <= p.end for p in provisions)
        ]
        for label, start, end in labels:
            located = Located(text=label, start=span.start + start, end=span.start + end)
            for fact in targets:
                if label not in {p.text for p in fact.provisions}:
                    fact.provisions.append(located)


def _story_actions(at: int, facts: list[Fact]) -> list[Fact]:
    """Every action (rulings aside) against the party of the action stated last before `at`,
    by the same regulator."""
    stated = [(s, f) for f in facts if f.action != "ruling" for s, _ in f.mentions if s < at]
    if not stated:
        return []
    last = max(stated, key=lambda item: item[0])[1]
    return [
        f
        for f in facts
        if f.respondent_key == last.respondent_key
        and f.authority == last.authority
        and f.action != "ruling"
    ]


def _same_paragraph_measures(
    span: Span, targets: list[Fact], facts: list[Fact], body: str
) -> list[Fact]:
    """ "… fined Sendwise $1.75 million …, in violation of the EFTA. The Bureau also banned
    Sendwise …": the measures taken in the same paragraph against the same party rest on the
    same breaches."""
    start = body.rfind("\n\n", 0, span.start)
    end = body.find("\n\n", span.end)
    end = len(body) if end < 0 else end
    keys = {(f.respondent_key, f.authority) for f in targets}
    return [
        f
        for f in facts
        if f.action in {"order", "ban"}
        and f not in targets
        and (f.respondent_key, f.authority) in keys
        and start <= f.mentions[0][0] < end
    ]


def _story_so_far(at: int, facts: list[Fact]) -> list[Fact]:
    """ "The board held that this breached Article 5(1)(e)": a sentence naming no one goes on
    with the action stated last before it — in a round-up, not the article's lead story. An
    order's story ("the notice directs the company to …") cites the order's grounds."""
    group = _story_actions(at, facts)
    monetary = [f for f in group if f.action in MONETARY]
    return monetary if monetary and _last_stated(at, group).action in MONETARY else group


def _last_stated(at: int, facts: list[Fact]) -> Fact:
    return max(((s, f) for f in facts for s, _ in f.mentions if s < at), key=lambda item: item[0])[
        1
    ]


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")


def _violation_targets(
    text: str,
    monetary: list[Fact],
    main: list[Fact],
    monetary_by_main: list[Fact],
    ctx: _ArticleContext,
) -> list[Fact]:
    """The actions a sentence saying what was breached is about: those against whoever it
    names, else those of the regulator it names, else the article's main action(s)."""
    words = {respondent_key(w) for w in re.findall(r"[\w&]+", text)}
    initials = set(re.findall(r"\b[A-Z]{2,5}\b", text))  # "BA" for British Airways
    named = [f for f in monetary if f.respondent_key in words or _initials(f) in initials]
    if named:
        return named
    plural = re.search(
        r"\b(?:both|all|each|the\s+two|these)\s+(?:fines|penalties|companies|firms)\b",
        text,
        re.I,
    )
    if plural:
        return monetary_by_main
    regulators = {m.key for m in ctx.lexicon.mentions(text) if m.kind == "authority"}
    if regulators and ctx.main_authority not in regulators:
        # "The Garante found breaches of Articles 5 and 6" in a CNIL story: the Garante's fine;
        # "Connecticut's Attorney General has been active under the Connecticut Data Privacy
        # Act" in a Washington story: no action reported here at all.
        return [f for f in monetary if f.authority in regulators]
    return main


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
_DECISION_SENTENCE = re.compile(
    rf"\b{_DOCUMENT}\b{_CLAUSE_CHAR}{{0,40}}?\b(?:issued|taken|adopted|dated|made|signed|of"
    # "Under a consent agreement registered with the Competition Tribunal on June 10"
    r"|registered|filed|entered|approved)\b"
    # "The restricted committee adopted its decision on 27 December 2023."
    r"|\b(?:adopted|issued|took|signed|made)\s+(?:its|the|a|their|our)\s+(?:final\s+)?(?:decision|ruling|resolution)\b"
    # "On November 12 the Attorney General filed a consent decree": a settlement's date.
    # "… announced a Stipulated Final Order with X": named as its issuer names it.
    r"|\b(?:filed|entered|signed|announced|reached)\s+(?:a|an|the)\s+"
    r"(?:(?:proposed|stipulated|final|(?-i:[A-Z][\w-]*))\s+){0,3}"
    r"(?:consent\s+(?:decree|order|judgm?ent)|settlement|assurance\s+of|(?-i:Order)\b)",
    re.I,
)
# "ROME, Jan 17 (Reuters) - " opens wire copy: the date is the announcement's.


_ANNOUNCEMENT_SENTENCE = re.compile(
    r"^\s*[A-Z][A-Z .'-]+,\s|\b(?:said|announced|published|made\s+public|disclosed)\b"
)


def _attach_article_dates(
    article: Article, sentences: Sequence[Span], facts: list[Fact], ctx: _ArticleContext
) -> None:
    """Dates an article gives for its main action elsewhere: "The decision, issued on 10
    September 2019, …" (from a sentence stating no fact of its own — that one dated it
    already) and the announcement ("ROME, Jan 17 (Reuters) - … said on Monday")."""
    key = respondent_key(ctx.main_respondent or "")
    main = [f for f in facts if f.authority == ctx.main_authority and f.respondent_key == key]
    if not facts or not ctx.published:
        return
    stated = {m for f in facts for m in f.mentions}
    decided = announced = None
    decisions: list[tuple[int, Located]] = []  # every decision dated, for round-ups' stories
    items: list[tuple[int, Located]] = []  # every decision said published, likewise
    for span in sentences:
        text = article.body[span.start : span.end]
        dates = [d for d in find_dates(text, ctx.published) if d.month]
        for d in dates:
            before = text[max(0, d.start - 30) : d.start]
            if _IN_FORCE.search(text[max(0, d.start - 60) : d.start]):
                continue
            if announced is None and (
                _ANNOUNCED_WORDS.search(before) or _DATELINE.match(text[: d.start])
            ):
                announced = _located_date(d, span.start)
            elif (
                _DECISION_SENTENCE.search(text)
                and _DECIDED_WORDS.search(before)
                # A sentence stating a fact dated it already, unless it dates the decision
                # document itself ("The penalty notice, dated April 3, 2023, sets …").
                and (
                    not any(s <= span.start < e for s, e in stated)
                    or _DOCUMENT_DATED.search(text, max(0, d.start - 90), d.start)
                )
            ):
                decisions.append((span.start, _located_date(d, span.start)))
                decided = decided or decisions[-1][1]
        if announced_here := _item_announced(text, span, dates, stated):
            items.append(announced_here)
    for at, date in items:
        # "The decision, published on 20 March, relies on …" after a round-up's item: the
        # day that item's measures were made public.
        for fact in _story_actions(at, facts):
            if fact.date is None and fact.announced is None:
                fact.announced = date
    for at, date in decisions:
        # "In a decision dated 14 May 2024, the board found …" after a round-up's item: the
        # decision of the story being told, its fine and its orders alike.
        for fact in _story_actions(at, facts):
            if fact in main:
                continue
            if fact.date is not None and fact.date.text != date.text:
                if not _relative(article.body, fact.date):
                    continue
                fact.announced = fact.announced or fact.date  # "On Monday the regulator fined"
                fact.date = None
            if fact.date is None and not _dated_otherwise(article.body, fact, date, ctx):
                fact.date = date
    for fact in main:
        if (
            decided
            and fact.date is not None
            and fact.date.text != decided.text
            and _relative(article.body, fact.date)
        ):
            # "fined TikTok on Tuesday" in a story whose notice is "dated April 3": the day
            # the fine was made public, not the decision's.
            fact.announced = fact.announced or fact.date
            fact.date = None
        if decided and fact.date is None and not _dated_otherwise(article.body, fact, decided, ctx):
            fact.date = decided
        if announced and fact.announced is None:
            fact.announced = announced


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


# Words dating a decision document: "notice, dated", "Final Notice … was issued on".
_DOCUMENT_DATED = re.compile(
    r"\b(?:dated|issued\s+on|adopted\s+on|signed\s+on)\W*$"
    # "a consent agreement registered with the Competition Tribunal on June 10"
    r"|\b(?:registered|filed|entered|approved)\s+(?:with|by|before)\s+[^.;,]{1,60}?\s+on\s+$",
    re.I,
)


# "In a judgment dated 18 December 2025, … it cut the fine": the court's day, not the fine's.
_COURT_DATED = re.compile(r"\b(?:judgm?ent|ruling|verdict|hearing)\b[^.;]{0,20}$", re.I)


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
        and not _COURT_DATED.search(text, max(0, d.start - 30), d.start)
        and not (fact.announced and d.month)
        and d.year is not None
        and not decided.text.startswith(_located_date(d, 0).text)
        for d in find_dates(text, ctx.published)
    )


def _relative(body: str, date: Located) -> bool:
    """A date written without a number ("today", "on Tuesday", "last month")."""
    return date.end > date.start and not any(c.isdigit() for c in body[date.start : date.end])


# "… and has annulled a second sanction altogether": another measure annulled beside the one
# reduced.
_ANOTHER_ANNULLED = re.compile(
    r"\b(?:annull?ed|overturned|quashed|set\s+aside)\s+(?:in\s+full\s+|entirely\s+)?"
    r"(?:a|the|its)\s+(?:second|separate|other|further)\b|\bannull?ed\s+another\b",
    re.I,
)


_PART_PAID = re.compile(
    r"\bpa(?:id|ying|ys)\s+(?:only\s+)?(?:half|a\s+(?:third|quarter)|\d+\s?(?:%|per\s?cent))\s+of"
    r"|\bpaid\s+(?:the|a|its|their)\s+reduced\b",
    re.I,
)


def _derive_statuses(fact: Fact, body: str) -> None:
    """A court that overturned, reduced or upheld a fine heard an appeal against it."""
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
    if court and not any(s.status == "appealed" for s in fact.statuses):
        fact.statuses.append(Status(status="appealed", start=court[0].start, end=court[0].end))


_WE = re.compile(r"\b[Ww]e\b")


def _most_precise_first(fact: Fact) -> None:
    """ "€35.3 million" and "€35,258,707.95" are one fine: the exact figure leads."""
    if fact.amount is None or not fact.variants:
        return
    best = min(fact.variants, key=rounding)
    if rounding(best) < rounding(fact.amount):
        fact.variants = [v for v in fact.variants if v is not best] + [fact.amount]
        fact.amount = best


_DECIDED_WORDS = re.compile(
    r"\b(?:dated|issued|taken|adopted|signed|decided|on"
    # "the decision of 3 May", "Resolution No. 28417 of 14 May 2024", "Deliberação/2025/87 of"
    rf"|(?:{_DOCUMENT}|judgm?ent){_DOCUMENT_NUMBER}\s+of)\W*$",
    re.I,
)


_ANNOUNCED_WORDS = re.compile(
    r"\b(?:announced|published|said|made\s+public|disclosed|released)\b[^.;]{0,30}$", re.I
)


_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]+,\s+$")


_SANCTION_VERB = re.compile(
    r"(?:fined|fines|ordered|orders|banned|bans|barred|enjoin(?:s|ed)?|instructed|directed|told|prohibit(?:s|ed)?|forb(?:ade|ids|idden)|requires|required|obliged|must|"
    # a person kept out of a trade: "was disqualified", "debarred", "struck off"
    r"disqualif(?:y|ies|ied)|debar(?:s|red)?|struck|"
    r"sanctioned|suspended|reprimanded|forced|settled|agreed|appeal(?:ed|s|ing)|annulled|upheld|overturned|reduced|"
    # an undertaking given or accepted: "accepted undertakings from X", "signed an undertaking"
    r"accepted|signed|offered|gave|given|"
    # a commitment made in an undertaking or settlement: "also committed to implement …"
    r"committed|commits|undertook|undertakes|agrees|pledged)$",
    re.I,
)


_ISSUING = re.compile(
    r"\b(?:issued|imposed|gave|given|made|adopted|handed|served|sent|levied|announced|obtained)\b",
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


_BREACHED_BEFORE = re.compile(
    r"\b(?:(?:fail(?:ed|ing|s|ure)?|refus(?:ed|ing|es|al))\s+to\s+(?:comply\s+with|abide\s+by|obey)"
    r"|(?:not|never)\s+(?:yet\s+)?complied\s+with)\s+an?\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)


# "Pinecrest must pay a $2 million penalty and refund the fees", "under the agreement Acme
# will also pay $400,000 and stop charging the surcharge": a requirement joined to the payment
# the same decision or agreement requires. "Will" is a requirement only where the sentence
# names what imposes it; otherwise it is a plan.
_REQUIRED_TOO = re.compile(
    r"\b(?P<modal>must|shall|(?:has|have|had)\s+to|(?:is|are|was|were)\s+(?:also\s+)?"
    r"(?:required|obliged|ordered|directed|told)\s+to|agreed\s+to|agrees\s+to|undert(?:ook|akes)"
    r"\s+to|committed\s+to|will)\s+(?:also\s+)?\w+\b(?:[^.;]|\.(?=\d)){0,160}?\band\s+(?:also\s+)?$",
    re.I,
)
_IMPOSED_BY = re.compile(
    r"\b(?:agreement|settlement|order|decree|decision|judgm?ent|undertaking|ruling)\b", re.I
)


def _required_too(text: str, at: int) -> bool:
    required = _REQUIRED_TOO.search(text, max(0, at - 220), at)
    if required is None:
        return False
    return required["modal"].lower() != "will" or _IMPOSED_BY.search(text) is not None


_ISSUED_AFTER = re.compile(
    r"\W{0,3}(?:(?:made|issued|adopted|imposed|served)\b|[^.;]{0,60}?\b(?:requiring|directing|compelling|obliging)\s)",
    re.I,
)


_SPEAKER = re.compile(
    r"(?P<who>\b[\w’'&.-]+(?:\s+[\w’'&.-]+){0,3})\s+(?:says?|said|claims?|claimed|maintains?|maintained|"
    r"insists?|insisted|argues?|argued|told|stated|contends?|believes?)\b",
    re.I,
)


_COURT_OUTCOMES = frozenset({"reduced", "overturned", "upheld"})
# A court as the one deciding: "the Berlin Regional Court", "the First-tier Tribunal",
# "the Conseil d'État", "the Court of Justice of the European Union".


_COURT = re.compile(
    # "the Tribunale di Roma", "the Oberlandesgericht Düsseldorf": named in its own language
    rf"\b(?:{foreign_court_name()}"
    r"|(?:[A-Z][\w'’-]*\s+){0,4}(?:Court(?:\s+of\s+(?:Justice|Appeal|Cassation)(?:\s+of\s+the\s+European\s+Union)?)?"
    r"|Tribunal|Conseil\s+d['’]État|Council\s+of\s+State))\b"
)


# "reduced a €600,000 fine imposed by the Belgian Data Protection Authority on telecom
# operator Telinko NV to €250,000": the object can be long.
_REDUCED_TO = re.compile(
    # "from A$ 2.5 million to": a decimal point does not end the clause, nor a legal form's
    # full stop ("imposed on Zeeland Gas B.V. for … from €2 million to")
    r"\b(?:reduced|reduces|cut|cuts|lowered|lowers|decreased)\b(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,220}?\bto\s+$"
    r"|\b(?:set|fixed)\s+the\s+(?:fine|penalty|amount)\s+at\s+$"  # "the court set the fine at €250,000"
    # "the court substituted a penalty of A$ 1.6 million"
    r"|\b(?:court|tribunal|judges?)\s+(?:\w+\s+){0,2}?substitut(?:ed|es)\s+(?:\w+\s+){0,4}?(?:of\s+)?$",
    re.I,
)


# Not "…, UODO confirmed, and did not go to court": a court confirms a decision or a fine.
_UPHELD = re.compile(
    r"\b(?:upheld|uphold|upholds|confirmed\s+(?:the|its|a|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fine|decision|penalty|sanction|ruling|order))\b",
    re.I,
)


_ANNULLED = re.compile(
    r"\b(?:annull?ed|annuls|overturned|quashed|set\s+aside|struck\s+down)\b", re.I
)


# Money a court orders paid to the people harmed: "ordered X to pay $35,000 in damages",
# "awarded compensation of €12,000".
_DAMAGES_AFTER = re.compile(r"\s*(?:in|as)\s+(?:\w+\s+)?(?:damages|compensation)\b", re.I)
_DAMAGES_BEFORE = re.compile(
    r"\b(?:damages|compensation)\s+(?:of|totall?ing|amounting\s+to)\s+$", re.I
)
_COURT_AWARDS = re.compile(
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
        and not re.search(r"\b(?:court|tribunal|judge)\b", text, re.I)
        and not _court_goes_on(text, ctx)
    ):
        return []
    name, known, where = _resolve_court(text, court, ctx, span.end) if court else (None, [], None)
    if name:
        ctx.last_court = (name, known, where)
    elif ctx.last_court and (
        re.search(r"\b(?:the|that|this)\s+(?:same\s+)?(?:court|tribunal)\b", text, re.I)
        or _court_goes_on(text, ctx)
    ):
        # "The court reduced it to €900,000": the one named before, as it was resolved there
        name, known, where = ctx.last_court

    # Whom a ruling told without the fine it rules on concerns: the party the sentence names
    # ("reduced the fine … imposed on Celeritas Móvil"), else the one sanctioned just before
    # ("The court upheld that fine").
    party = _respondent(respondents(text, ctx.lexicon), court.start() if court else 0, ctx, offset)

    def ruling(amount: Amount | None, like: Fact | None) -> Fact:
        return Fact(
            article_id=article.id,
            action="ruling",
            respondent=like.respondent if like else party,
            authority=known[0] if known else name,
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
        elif mention in reduced_to:
            if like is not None:
                facts.remove(like)  # the court's figure, not a regulator's fine
            rulings.append(ruling(_amount(mention, offset), like))
        elif _UPHELD.search(text) and not reduced_to:
            # Not "partially upheld the appeal … but cut the fine from €2m to €1.4m": the
            # figure cut from was not upheld.
            rulings.append(ruling(_amount(mention, offset), like))
    # "The Regional Court on Wednesday cut a GDPR fine imposed on …" (the figure comes later)
    # "Last month the Council of State upheld that fine" (the figure told before)
    if not rulings and any(
        p.search(text) for p in (_ANNULLED, _RULED, _REDUCED, _UPHELD, _DECIDED_REQUEST)
    ):
        rulings.append(ruling(None, facts[0] if facts else None))
    decided = {r.date.text for r in rulings if r.date}
    for fact in facts:
        if fact.date and fact.date.text in decided:
            # "the court on Wednesday reduced a €600,000 fine": Wednesday dates the ruling;
            # the fine is older and dated elsewhere (or not at all).
            fact.date = None
    return rulings


# A court imposing the fine itself (criminal fines, civil penalties a court orders): "fined
# 150,000 kroner by the Aarhus City Court", "a judge of the Federal Court … ordered Coralbay to
# pay a civil penalty of A$ 2.5 million", "the district court fined the company €40,000".
_BY_COURT = re.compile(r"\bby\s+(?:the\s+|a\s+)?$")
_COURT_IMPOSES = re.compile(
    r"^[^;]{0,200}?\b(?:fined|fines|imposed|imposes|ordered|orders|sentenced|sentences)\b"
    r"(?:[^.;]|\.(?!\s+[A-Z]))*$"  # "ordered Maple Ridge Credit Inc. to pay"
)


def _court_agent(text: str, amount: MoneyMention, ctx: _ArticleContext) -> AuthorityMention | None:
    if not (_COURT_WORD.search(text) or re.search(r"\b(?:court|judge)", text)):
        return None
    for court in _COURT.finditer(text):
        if court.start() > amount.end:
            between = text[amount.end : court.start()]
            acting = len(between) < 80 and (
                _BY_COURT.search(between)
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
    return None


# Between a court and the verb it is the subject of: "The court also ordered", "the High
# Court, in a separate order, directed", "Justice Rao on Friday banned".
_SUBJECT_GAP = re.compile(
    r"\s*(?:,[^,.;]{1,80},\s*)?(?:(?:also|further|additionally|then|separately|subsequently"
    r"|on\s+\w+(?:\s+\d{1,2})?)\s+){0,2}$"
)
_THE_COURT = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:same\s+)?(?:court|tribunal|judge)\b"
    r"|\b(?:Justice|Judge)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
)


def _court_subject(text: str, at: int, ctx: _ArticleContext) -> AuthorityMention | None:
    """The court a sentence makes the subject of the action at `at` ("The court also ordered
    Brightpath to …"): named there, or the one named before ("the court", "Justice Okafor")."""
    if not (_COURT_WORD.search(text) or re.search(r"\b(?:court|tribunal|judge|Justice)", text)):
        return None
    for court in _COURT.finditer(text, 0, at):
        if _SUBJECT_GAP.fullmatch(text, court.end(), at):
            return _court_mention(text, court, None, ctx)
    if ctx.last_court is None:
        return None
    for court in _THE_COURT.finditer(text, 0, at):
        if _SUBJECT_GAP.fullmatch(text, court.end(), at):
            name, known, where = ctx.last_court
            resolved = known[0] if known else _national_court(name, where, ctx) or name
            return AuthorityMention(resolved, where, court.start(), court.end())
    return None


# "… after the Federal Court found its agents misled consumers": the finding the court made
_AFTER_COURT = re.compile(r"\b(?:after|when|as|because|once)\s+(?:the\s+|a\s+)?$")
_COURT_FINDS = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:found|ruled|held|decided|concluded|determined)\b"
)
_PASSIVE_SANCTION = re.compile(
    r"\b(?:been|was|were|is|are|be)\s+(?:\w+\s+)?(?:ordered\s+to\s+pay|fined|penali[sz]ed"
    r"|sentenced\s+to\s+pay)\b[^.;]{0,40}$"
)
_ORDERED_BY = re.compile(
    r"\b(?:ordered|fined|penali[sz]ed|sentenced|directed)\s+by\s+(?:the\s+|a\s+)?$"
)


def _court_mention(
    text: str, court: re.Match, amount: MoneyMention | None, ctx: _ArticleContext
) -> AuthorityMention:
    """The court `court` matched, as the authority acting: its lexicon id (or name) and country."""
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
    where = (
        ctx.lexicon.authorities[known[0]].jurisdiction
        if known
        else seat or (_currency_country(amount, ctx) if amount else None) or home
    )
    resolved = known[0] if known else _national_court(name, where, ctx)
    return AuthorityMention(resolved or name, where, court.start(), court.end())


def _court_seat_country(text: str, court: re.Match, ctx: _ArticleContext) -> str | None:
    """ "the High Court of Ireland", "a court in Denmark": the country named as its seat."""
    seat = _COURT_SEAT.match(text, court.end())
    if seat is None:
        return None
    places = [m.key for m in ctx.lexicon.mentions(seat.group(1)) if m.kind == "jurisdiction"]
    return places[0] if places else None


def _currency_country(amount: MoneyMention, ctx: _ArticleContext) -> str | None:
    """The one country whose currency the amount is in (C$ is Canada's; € is many)."""
    if amount.money is None:
        return None
    countries = [
        j.code
        for j in ctx.lexicon.jurisdictions.values()
        if j.currency == amount.money.currency and j.parent is None
    ]
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


def _resolve_court(
    text: str, court: re.Match, ctx: _ArticleContext, at: int
) -> tuple[str, list[str], str | None]:
    """A court's name as lists of courts write it, its lexicon id (if any) and its country.
    `at` is where the sentence naming it ends: the story there is the court's."""
    if court.group() in ctx.court_shorts:
        return ctx.court_shorts[court.group()]  # "the CBb": as resolved where it was named
    name = _court_name(text, court)
    seat = _court_country(court, ctx)
    # "The Full Court of the Federal Court of Australia": the lexicon's name, in full.
    known = [
        m.key
        for m in ctx.lexicon.mentions(text)
        if m.kind == "authority"
        and m.start <= court.end() + 40
        and court.start() <= m.end
        and ctx.lexicon.authorities[m.key].kind == "court"
    ][:1] or [m.key for m in ctx.lexicon.mentions(name) if m.kind == "authority"]
    where = ctx.lexicon.authorities[known[0]].jurisdiction if known else None
    # The country of the regulator whose story is being told: in a round-up, the section's.
    regulator = ctx.regulator_before(at)
    home = ctx.lexicon.authorities[regulator].jurisdiction if regulator else None
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
    short = _short_form(text, court)
    if short:
        # A court the lexicon does not know goes by the short name the article gives it,
        # unless that leaves out its seat: "the Voivodeship Administrative Court (WSA) in
        # Lublin" is the Lublin court, "WSA" every one of its kind ("TAR Lazio" names Lazio).
        seat_named = _COURT_SEAT.match(text, court.end())
        if not known and not (seat_named and seat_named.group(1) not in short):
            name = short
        ctx.court_shorts[short] = (name, known, where)
    return name, known, where


# "the Trade and Industry Appeals Tribunal (CBb)", "the Regional Administrative Court of
# Lazio (TAR Lazio)": a short name in brackets, by which the article then calls the court —
# an abbreviation ("CBb", "OLG"), not the court's name in its own language ("Landgericht Berlin").
_COURT_SHORT = re.compile(
    r"(?:\s+(?:of|in)\s+[A-Z][\w-]+)?\s*\((?P<short>[A-Z][A-Za-z]{1,7}(?:\s+[A-Z][a-z]+)?)\)"
)


# A court's name in its own language, in brackets after the English one.
_COURT_LOCAL_NAME = re.compile(
    r"\s*\((?P<local>[A-ZÀ-Ž][\w'’-]+(?:\s+(?:(?:de|del|di|der|des|du|la|le|van|von)\s+)?"
    r"[A-ZÀ-Ž][\w'’-]+){1,4})\)"
)


def _short_form(text: str, court: re.Match) -> str | None:
    found = _COURT_SHORT.match(text, court.end())
    if found is None:
        return None
    first = found.group("short").split()[0]
    return found.group("short") if sum(c.isupper() for c in first) >= 2 else None


# A cheap first test: a word any court's name has.
_COURT_WORD = re.compile(
    r"Court|Tribunal|gericht|Conseil|Council|Cour|Corte|Juzgado|Audiencia|Rechtbank|Gerechtshof"
    r"|Sąd|Soud|Curtea"
)


def _find_court(text: str, ctx: _ArticleContext) -> re.Match | None:
    """The first court a sentence names, by its name or by a short name given earlier."""
    court = _COURT.search(text) if _COURT_WORD.search(text) else None
    if court is None and ctx.court_shorts:
        shorts = "|".join(re.escape(s) for s in sorted(ctx.court_shorts, key=len, reverse=True))
        court = re.search(rf"(?<![\w-])(?:{shorts})(?![\w-])", text)
    return court


def _only_english_name(text: str, authority) -> bool:
    """The court is written only by an English name ("Council of State"), never by its own."""
    english = (authority.english_name or "").casefold()
    own = {n.casefold() for n in (authority.name, *authority.aliases)} - {english}
    folded = text.casefold()
    return bool(english) and english in folded and not any(n in folded for n in own)


def _court_country(court: re.Match, ctx: _ArticleContext) -> str | None:
    """The country a court's name opens with: "Greece's Council of State" → GR."""
    owner = re.match(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s", court.group().strip())
    if owner is None:
        return None
    places = [m.key for m in ctx.lexicon.mentions(owner.group(1)) if m.kind == "jurisdiction"]
    return places[0] if places else None


_MONTHS = frozenset(m.casefold() for m in calendar.month_name if m)
# "the Regional Court of Bonn", "the Voivodeship Administrative Court (WSA) in Warsaw"
_COURT_SEAT = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:of|in)\s+(?!the\b)([A-Z][\w-]+)\b")


def _court_name(text: str, court: re.Match) -> str:
    """ "Austria's Federal Administrative Court" is the Federal Administrative Court; "the
    Regional Court of Bonn" and "the Administrative Court in Stockholm" are named the way
    lists of courts name them: "Bonn Regional Court", "Stockholm Administrative Court"."""
    name = re.sub(r"^(?:The\s+|[A-Z][\w.-]*['’]s\s+)", "", court.group().strip())
    seat = _COURT_SEAT.match(text, court.end())
    if seat and seat.group(1).casefold() in _MONTHS:
        seat = None  # "the Aarhus City Court in October"
    if seat and re.search(r"(?:Court|Tribunal)$", name):
        name = f"{seat.group(1)} {name}"
    return name


_IMPOSED_WHEN = re.compile(
    r"\b(?:imposed|issued|levied|fined|adopted)\b(?:\s+(?!(?:and|but)\b)[\w-]+){0,3}?\s+(?:in|on)\s+$"
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
    if court is not None:
        after = [d for d in dates if d.start >= court.start()]
        if after:
            return after[0]
    return dates[0] if dates else None


_REDUCED = re.compile(
    r"\b(?:reduced|cut|cuts|lowered|substituted)\b|\b(?:set|fixed)\s+the\s+(?:fine|penalty)\s+at\b",
    re.I,
)
_RULED = re.compile(r"\b(?:ruled|held|decided|judged|dismissed)\b", re.I)
# "asked the WSA to suspend enforcement, but the court refused that request": a decision on
# what a party asked of it.
_DECIDED_REQUEST = re.compile(
    r"\b(?:refused|rejected|denied|granted|turned\s+down)\s+(?:the|that|this|its|their|his|her"
    r"|a|an)\s+(?:[\w-]+\s+){0,2}?(?:requests?|applications?|motions?|petitions?|pleas?)\b",
    re.I,
)


def _court_decides(text: str, ctx: _ArticleContext) -> bool:
    """A court deciding something in this sentence, whether or not a trigger word fired."""
    named = _find_court(text, ctx) is not None or re.search(
        r"\b(?:court|tribunal|judges?)\b", text, re.I
    )
    if not named:
        return _court_goes_on(text, ctx)
    return any(p.search(text) for p in (_UPHELD, _ANNULLED, _RULED, _REDUCED, _DECIDED_REQUEST))


# A sentence about a court (its judgment, its chamber, the court itself).
_ABOUT_COURT = re.compile(r"\b(?:court|tribunal|judges?|judgm?ent|judgement|chamber)\b", re.I)
# The court as the subject of the next sentence, by a pronoun: "But it cut the fine …",
# "It also annulled the order", "On 4 March it confirmed the finding but cut the fine …".
_COURT_PRONOUN = re.compile(
    r"\W*(?:(?:but|and|yet|however|instead)\W+)?(?:(?:on|in)\s+[\w ]{1,20}?,?\s+)?(?:it|they)\s+(?:also\s+|then\s+|however\s+"
    r"|nevertheless\s+|nonetheless\s+)?(?:cut|reduced|lowered|upheld|annulled|overturned"
    r"|quashed|set\s+aside|confirmed)\b",
    re.I,
)


def _court_goes_on(text: str, ctx: _ArticleContext) -> bool:
    """The sentence right after one about a court tells what "it" (the court) decided."""
    return bool(ctx.court_just_before and ctx.last_court and _COURT_PRONOUN.match(text))


def _attach_rulings(facts: list[Fact]) -> None:
    """A ruling that names nobody rules on the nearest fine before it in the article."""
    ordered = sorted(facts, key=lambda f: f.start)
    for index, fact in enumerate(ordered):
        if fact.action != "ruling":
            continue
        before = [f for f in ordered[:index] if f.action in {"fine", "penalty_payment"}]
        ruled = before[-1] if before else None
        if ruled is None:
            continue
        if fact.respondent is None or fact.respondent.start == fact.respondent.end:
            fact.respondent = ruled.respondent
        fact.jurisdiction = fact.jurisdiction or ruled.jurisdiction


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


def _initials(fact: Fact) -> str:
    """ "British Airways" -> "BA": how copy abbreviates a respondent after naming it once."""
    words = re.findall(r"[A-Z][\w&]*", fact.respondent.text) if fact.respondent else []
    return "".join(w[0] for w in words) if len(words) > 1 else ""
