"""Whether a passage is about what a question names: the company, or the regulator.

Round-ups and background paragraphs put several companies' stories side by side; a
sentence answers a question about one company only when it, or the paragraph leading up to
it, names that company — or when it names no other company in an article about this one.
"""

from __future__ import annotations

import calendar
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .answerability import common_words
from .lexical import fts_query
from .money import find_money
from .parties import find_respondent, fold, respondent_key
from .provisions import find_instruments
from .question_parse import Query, sanctioned_party
from .readers import Quote
from .text import sentences

if TYPE_CHECKING:
    from .engine import Engine

# How far back a sentence's subject may have been named ("Northbridge … was fined. The ICO
# said the company has not paid").
LOOKBACK = 400


def about_the_company(engine: Engine, query: Query, quotes: list[Quote]) -> list[Quote]:
    """The quotes about the company the question names (all of them when it names none). A
    name the facts do not know ("Danske Bank" in an article no rule could read) still has to
    be in the quote's article: a figure from another company's story never answers."""
    if not query.respondents:
        names = engine.unknown_names(query.text)
        if names:
            # The quote or the paragraph leading up to it names them.
            return [q for q in quotes if names_any(_nearby(engine, q), _name_forms(names))]
        return quotes
    articles = articles_about(engine, query)
    return [q for q in quotes if is_about(engine, query, q, articles)]


def about_the_regulator(engine: Engine, query: Query, quotes: list[Quote]) -> list[Quote]:
    """The quotes about the regulator the question names ("the maximum fine the OCP can
    impose"): from an article with a fact of its, or naming it in or before the quote. A
    figure from another regulator's story never answers. All of them when the question names
    no regulator, or the index holds nothing of the one it names."""
    if not query.authorities:
        return quotes
    theirs = {
        f.article_id
        for f in engine.reader.facts_about(query.authorities, [])
        if f.authority in query.authorities
    }
    if not theirs:
        return quotes
    return [
        q
        for q in quotes
        if q.article_id in theirs
        or any(
            m.kind == "authority" and m.key in query.authorities
            for m in engine.lexicon.mentions(_nearby(engine, q))
        )
    ]


_CALENDAR = frozenset(
    w.casefold()
    for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr, *calendar.day_abbr)
    if w
)
_CAPITALISED = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*)*")


def unknown_names(engine: Engine, text: str) -> list[str]:
    """Proper names in a question that are no regulator, place, law or known company: the
    capitalised words after its first, other than acronyms and common words."""
    candidates = []
    for match in _CAPITALISED.finditer(text):
        start, run = match.start(), match.group()
        if start == 0:
            # The first word is capitalised anyway; the name is what follows it in the same
            # run ("Has Banco Cordillera Austral paid …").
            rest = run.split(maxsplit=1)[1] if len(run.split()) > 1 else ""
            start, run = match.end() - len(rest), rest
        if any(
            not _is_acronym(w)
            and w.casefold().rstrip(".") not in _CALENDAR
            and w.casefold().rstrip(".") not in engine.lexicon.stopwords
            for w in run.split()
        ):
            candidates.append((start, match.end(), run))
    candidates += _lowercase_names(engine, text)
    if not candidates:
        return []  # the common case, decided without reading the laws' names
    known = []
    for m in engine.lexicon.mentions(text):
        if m.kind == "authority" and sanctioned_party(text, m.start):
            # "impose on the Central Bank of Nigeria": a regulator named as the party fined
            # is a party like any other, known only if the facts have it as one (the place
            # in its name is still a place).
            place = engine.lexicon.jurisdictions.get(engine.lexicon.authorities[m.key].jurisdiction)
            for form in (place.name, *place.aliases, *place.demonyms) if place else ():
                for found in re.finditer(rf"\b{re.escape(form)}\b", m.text, re.I):
                    known.append((m.start + found.start(), m.start + found.end()))
        else:
            known.append((m.start, m.end))
    known += [(s, e) for _, s, e in find_instruments(text)]
    names = []
    for start, end, run in candidates:
        if any(s < end and start < e for s, e in known):
            continue
        name = re.sub(r"['’]s$", "", run).rstrip(".")
        if respondent_key(
            name
        ) not in engine.respondents and not engine.reader.articles_from_outlets(
            {name}  # "per TechCrunch"
        ):
            names.append(name)
    return names


def _is_acronym(word: str) -> bool:
    """An acronym, in capitals ("URE") or mostly so ("SOKiK", "CySEC", "UOKiK"): a body's short
    form, which says nothing about the company asked about."""
    upper = sum(c.isupper() for c in word)
    return word.isupper() or (upper >= 3 and upper > sum(c.islower() for c in word))


def _lowercase_names(engine: Engine, text: str) -> list[tuple[int, int, str]]:
    """Names typed in lower case ("is harbourline still fighting it?"): an uncommon word the
    sources write capitalised, as a name."""
    found = []
    for match in re.finditer(r"\b[a-z][\w'’-]{3,}\b", text):
        word = match.group()
        if word in engine.lexicon.stopwords or respondent_key(word) in engine.respondents:
            continue
        if word in common_words():
            # A surname that is also in the model's vocabulary ("menon", "rossi"): a name
            # when every sentence using it writes it capitalised inside the sentence.
            if _always_a_name(engine, word):
                found.append((match.start(), match.end(), word))
            continue
        rows = engine.reader.lexical_top_sentences(fts_query([word]), 1)
        if not rows:
            continue
        sentence = engine.retriever.body(rows[0].article_id)[rows[0].start : rows[0].end]
        # "koyo" for "Kōyō": the question is typed without the accents
        if re.search(rf"\b{re.escape(_capitalised(word))}\b", _unaccented(sentence)):
            found.append((match.start(), match.end(), word))
    return found


# How many of the sentences using a common word are read to tell whether it is a name.
_NAME_EVIDENCE = 8


def _always_a_name(engine: Engine, word: str) -> bool:
    # Any sentences using it will do (a name is capitalised in all of them): unranked, so a
    # common word's long posting list is not scored whole on every question.
    rows = engine.reader.lexical_some_sentences(fts_query([word]), _NAME_EVIDENCE)
    if not rows:
        return False
    in_a_party = False
    for row in rows:
        sentence = _unaccented(engine.retriever.body(row.article_id)[row.start : row.end])
        uses = list(re.finditer(rf"\b{re.escape(word)}\b", sentence, re.I))
        # Capitalised, and not merely as a sentence's first word or in a heading.
        inside = [m for m in uses if m.start() > 0 and sentence[: m.start()].strip(" #*-")]
        if not inside or any(m.group() != _capitalised(word) for m in uses):
            return False
        bodies = [m for m in engine.lexicon.mentions(sentence) if m.kind == "authority"]
        in_a_party = in_a_party or any(
            not any(b.start <= m.start() < b.end for b in bodies) for m in inside
        )
    # "the malaysian competition watchdog": a word the sources capitalise only inside
    # regulators' and courts' names ("Malaysia Competition Commission") describes a
    # regulator; it names no party.
    return in_a_party


# A story's lead: its first paragraph of running text (not a heading, a bold line or a
# dateline alone).
_LEAD_LENGTH = 100


def in_the_story_led_with(engine: Engine, query: Query, quotes: list[Quote]) -> list[Quote]:
    """The quotes `about_the_company` leaves out for a name the facts do not know that are
    still in the story about it: a second look when those it keeps do not answer."""
    names = [] if query.respondents else engine.unknown_names(query.text)
    if not names:
        return []
    forms = _name_forms(names)
    return [
        q
        for q in quotes
        if not names_any(_nearby(engine, q), forms) and _in_story_about(engine, q, forms)
    ]


def _in_story_about(engine: Engine, quote: Quote, forms: list[str]) -> bool:
    """The article's lead names what the question names ("… during construction of its
    Tenmile Creek Gathering Pipeline"), and neither the quote nor the paragraph leading up to
    it names another party with a recorded action: "DEP documented 41 inadvertent returns"
    in the next paragraph is still that story."""
    body = engine.retriever.body(quote.article_id)
    lead = next(
        (
            p
            for p in re.split(r"\n\s*\n", body[: quote.start])
            if len(p.strip()) >= _LEAD_LENGTH and not p.lstrip().startswith(("#", "**"))
        ),
        None,
    )
    if lead is None or not names_any(lead, forms):
        return False
    others = {f.respondent_key for f in engine.reader.facts(article_id=quote.article_id)} - {None}
    return not names_any(_nearby(engine, quote), others - set(forms))


def _capitalised(word: str) -> str:
    return word[0].upper() + word[1:]


def _unaccented(text: str) -> str:
    """The text without accents, in its own case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_forms(names: list[str]) -> list[str]:
    """How the sources may write names the facts do not know: whole, or without a business
    word written first ("Banco Cordillera Austral" is "Cordillera Austral")."""
    forms = []
    for name in names:
        folded = fold(name)
        forms.append(folded)
        first, _, rest = folded.partition(" ")
        if rest and respondent_key(name) != first:
            forms.append(rest)
    return forms


def articles_about(engine: Engine, query: Query) -> list[str]:
    """The articles reporting action against the companies the question names, or else by
    the regulators or in the places it names."""
    facts = [f for key in query.respondents for f in engine.reader.facts(respondent_key=key)]
    if not query.respondents:
        facts = [f for a in query.authorities for f in engine.reader.facts(authority=a)]
        facts += [f for p in query.places for f in engine.reader.facts(jurisdiction=p)]
    return sorted({f.article_id for f in facts})


def is_about(engine: Engine, query: Query, quote: Quote, articles: Sequence[str]) -> bool:
    """Whether `quote` is about the company the question names: it names the company, or
    names no other and the paragraph leading up to it does ("Northbridge … was fined. The ICO
    said the company has not paid"), or names none in an article about this one."""
    if not query.respondents:
        if (
            query.authorities
            and articles
            and quote.article_id not in articles
            and not names_regulator(engine, query, quote)
        ):
            # "has ZICTA appealed the ruling?": a question naming only a regulator is
            # answered from its stories, not from another regulator's appeal.
            return False
        names = engine.unknown_names(query.text)  # a company the facts do not know
        if not names:
            return True
        forms = _name_forms(names)
        if not names_any(quote.text, forms) and _opens_with_another_party(engine, quote):
            return False
        nearby = _nearby(engine, quote)
        if names_any(nearby, forms):
            return True
        # "cerro alto" for "Minera Cerro Alto": the part of a party's name the question uses.
        # A sentence naming no party in an article whose every action is against that party
        # is about it ("On the suspension, the court … annulled that part").
        parties = {
            f.respondent.text
            for f in engine.reader.facts(article_id=quote.article_id)
            if f.respondent
        }
        if parties:
            return all(names_any(fold(p), forms) for p in parties)
        # No action read from it: an article whose title names the party is about it.
        return names_any(engine.reader.article_meta(quote.article_id).title, forms)
    if names_any(quote.text, query.respondents):
        return True
    others = {f.respondent_key for f in engine.reader.facts(article_id=quote.article_id)} - {
        None,
        *query.respondents,
    }
    if names_any(quote.text, others):
        return False  # "… directed Harbour Link. Separately, it fined Tideway £400,000."
    nearby = _nearby(engine, quote)
    if _opens_with_another_party(engine, quote):
        return False  # "Koolhaas intends to object. Trans-Maas has paid its fine in full."
    if names_any(nearby, query.respondents):
        return True
    if quote.article_id not in articles:
        return False
    return not names_any(nearby, others) and _article_is_about(engine, quote.article_id, query)


# A name opening a sentence or a list item: "Trans-Maas Vrachtvervoer has paid …",
# "- Halden Freight AS (Bergen): NOK 2 mill."
_OPENING_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*)+")
_SENTENCE_OPENING = r"(?:^|\n|[.!?]\s+)[-*•\s]*"
# How far into its own line or sentence a party's amount follows its name.
_OWN_AMOUNT_WITHIN = 80


def _opens_with_another_party(engine: Engine, quote: Quote) -> bool:
    """The quote's subject is a party the article names with an amount of its own, which
    the facts may not have read: the paragraph about one company goes on to another."""
    match = _OPENING_NAME.match(quote.text.lstrip(" \t\n-*•"))
    if match is None:
        return False
    name = match.group()
    if name.split()[0].casefold() in engine.lexicon.stopwords or engine.lexicon.mentions(name):
        return False  # "The ICO said …", a regulator or a place
    body = engine.retriever.body(quote.article_id)
    for other in re.finditer(_SENTENCE_OPENING + re.escape(name) + r"\b", body):
        if quote.start <= other.end() <= quote.end:
            continue
        rest = body[other.end() : other.end() + _OWN_AMOUNT_WITHIN]
        # its own line or sentence ("B.V. (Roermond): € 175.500" is one)
        rest = re.split(r"\n|[.!?]\s+(?=[A-Z])", rest, maxsplit=1)[0]
        if find_money(rest):
            return True
    return False


def names_regulator(engine: Engine, query: Query, quote: Quote) -> bool:
    """The regulator the question names is named in the quote or the paragraph before it."""
    return any(
        m.kind == "authority" and m.key in query.authorities
        for m in engine.lexicon.mentions(_nearby(engine, quote))
    )


def _nearby(engine: Engine, quote: Quote) -> str:
    """The quote with the part of its paragraph that leads up to it."""
    body = engine.retriever.body(quote.article_id)
    paragraph_start = body.rfind("\n\n", 0, quote.start) + 1
    return body[max(paragraph_start, quote.start - LOOKBACK) : quote.end]


def names_any(text: str, keys) -> bool:
    return any(find_respondent(text, key) is not None for key in keys)


def _article_is_about(engine: Engine, article_id: str, query: Query) -> bool:
    """Its title names the company, its lead (first) action is against it, or it reports
    action against no one else."""
    title = engine.reader.article_meta(article_id).title
    if names_any(title, query.respondents):
        return True
    facts = [f for f in engine.reader.facts(article_id=article_id) if f.respondent_key]
    if not facts:
        return False
    lead = min(facts, key=lambda f: f.start)
    return lead.respondent_key in query.respondents or {f.respondent_key for f in facts} <= set(
        query.respondents
    )


# A Markdown heading line: where one story of a round-up ends and the next begins.
_HEADING = re.compile(r"^#{1,6}\s", re.M)


def story_cuts(body: str) -> list[int]:
    """Where the body's stories begin and end: its start, each heading, its end (a body
    without headings is one story)."""
    return [0, *(m.start() for m in _HEADING.finditer(body)), len(body)]


def in_the_party_story(engine: Engine, query: Query) -> list[Quote]:
    """Every sentence of the story about the company the question names, for a second look
    when the passages the search brought up do not answer ("at the end of February, 1,214
    applications … had been pending", two paragraphs after the one naming the company): in
    each article reporting action against it, the part between headings that names it (the
    whole article when it has none), less the sentences naming another party."""
    if not query.respondents:
        return []
    found = []
    for article_id in articles_about(engine, query):
        body = engine.retriever.body(article_id)
        cuts = story_cuts(body)
        others = {f.respondent_key for f in engine.reader.facts(article_id=article_id)} - {
            None,
            *query.respondents,
        }
        published = engine.published.get(article_id)
        outlet = engine.reader.article_meta(article_id).outlet
        for start, end in itertools.pairwise(cuts):
            if start == end or not names_any(body[start:end], query.respondents):
                continue
            for span in sentences(body[start:end]):
                text = body[start + span.start : start + span.end]
                if names_any(text, others):
                    continue
                found.append(
                    Quote(article_id, start + span.start, start + span.end, text, published, outlet)
                )
    return found
