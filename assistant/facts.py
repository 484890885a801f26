"""Enforcement facts in one article: who was fined (ordered, banned…) by whom, how much, when,
under which provisions, and what happened next — every field with the span it came from.

Extraction is per sentence (amounts and actions), then per article (outcomes, provisions
and repeated mentions of one action). Grouping across articles is in `grouping.py`.

The work is split by what is read: `article_context.py` (what the whole article says about
each sentence), `fact_sentences.py` with `fact_fields.py` (one sentence's actions and their
fields), `fact_tables.py` (fines a table lists), `fact_rulings.py` (courts and their
rulings), `fact_merge.py` (one action told several times), `fact_passes.py` (facts filled in
from the facts around them),
`fact_statuses.py` (what happened next), `fact_violations.py` (provisions breached) and
`fact_dates.py` (dates told outside an action's own sentence). This module runs them in turn.
"""

from __future__ import annotations

from collections.abc import Sequence

from .actions import mentions_action
from .article_context import _HEADING, _ArticleContext
from .fact_dates import (
    _attach_article_dates,
    _date_judgments,
    _measure_dates,
    _next_days,
    _released_today,
    _same_day,
)
from .fact_fields import _spell_out_short_forms
from .fact_merge import _merge
from .fact_model import Action as Action  # re-exported: the models live apart (fact_model)
from .fact_model import Fact
from .fact_passes import (
    _cited_on,
    _continue_paragraphs,
    _court_also,
    _courts_go_on,
    _dated_after,
    _deciding_body_goes_on,
    _described_courts,
    _drop_totals,
    _each_of_them,
    _fold_headings,
    _in_addition,
    _inherit_regulators,
    _listed_alike,
    _one_decision,
    _one_name_for_the_main_party,
    _part_of_the_decision,
    _payment_splits,
    _products_to_makers,
    _regulators_from_context,
    _sentencing_courts,
    _told_again,
)
from .fact_rulings import (
    _ABOUT_COURT,
    _attach_rulings,
    _court_day,
    _find_court,
    _resolve_court,
    _rulings_on_grounds,
    _same_bench,
)
from .fact_sentences import _attach_restatements, _listed_fine, _rejoin, _sentence_facts
from .fact_statuses import _attach_statuses, _derive_statuses, _did_as_ordered, _own_appeals
from .fact_tables import table_facts
from .fact_totals import _drop_called_totals, _drop_rounded_totals
from .fact_violations import _attach_violations, _powers_to_penalties
from .lexicon import Lexicon
from .models import Article
from .parties import fold, opening_party, respondent_key, respondents
from .pattern_cache import compiled
from .people import looks_personal
from .text import Span, comments_start, link_boxes
from .unlisted_bodies import article_lexicon

# Bump when extraction changes: stored facts are then extracted again (no re-embedding).
EXTRACTOR_VERSION = 115


# The capitalised words a sentence opens on: "Black Sea Fuels, the smallest of the four, …"
_OPENING_NAME = compiled(r"\W*((?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*)*)")


def _sanctioned_subject(text: str, context: _ArticleContext) -> str | None:
    """The party named as sanctioned before that a sentence telling no action opens on (its
    name or the first words of it), if any."""
    opening = _OPENING_NAME.match(text)
    if not opening:
        return None
    words = fold(opening[1]).split()
    for name in reversed(context.sanctioned):
        if fold(name).split()[: len(words)] == words:
            return name
    return None


def _penalised_again(text: str, context: _ArticleContext) -> str | None:
    """The one party sanctioned before (or the story's main one) that a sentence telling a
    penalty but no action of its own names ("This is not the first time X is penalised"),
    as the article first wrote it; None if it names none or several."""
    keys: dict[str, str] = {}
    for name in [*context.sanctioned, context.main_respondent or ""]:
        if key := respondent_key(name):
            keys.setdefault(key, name)
    named = {
        respondent_key(p.name)
        for p in respondents(text, context.lexicon)
        if not p.pronoun and respondent_key(p.name) in keys
    }
    return keys[named.pop()] if len(named) == 1 else None


def extract_facts(
    article: Article, sentences: Sequence[Span], contexts: Sequence[int], lexicon: Lexicon
) -> list[Fact]:
    """The enforcement actions an article states, one `Fact` per action."""
    # Regulators the data files lack are read from how the article introduces them.
    lexicon = article_lexicon(article, lexicon)
    context = _ArticleContext(article, lexicon)
    body = article.body
    sentences, contexts = _rejoin(body, sentences, contexts)
    mentions: list[Fact] = []
    comments = comments_start(body)
    boxes = link_boxes(body)
    for span, quote_start in zip(sentences, contexts, strict=True):
        if span.start >= comments:
            break  # readers' opinions are not reports
        if any(start <= span.start < end for start, end in boxes):
            continue  # headlines of other stories
        text = body[span.start : span.end]
        if _HEADING.match(body, body.rfind("\n", 0, span.start) + 1):
            context.last_party = None  # a new section: "the company" is not the last one's
            context.section = span.start
        court = _find_court(text, context)
        if court:
            context.last_court = _resolve_court(text, court, context, span.end)
            kind = context.last_court[0].split()[-1].casefold()
            context.last_of_kind[kind] = context.last_court
            context.court_date = _court_day(text, court, span.start, context)
        context.court_just_before = (
            context.court_told_to is not None
            and not body[context.court_told_to : span.start].strip()
        )
        if (rows := table_facts(article, span, context)) is not None:
            mentions.extend(rows)  # "| Alder plc | ICO | £40,000 |" under "| Company | … | Fine |"
        elif mentions_action(text):
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
                context.sanctioned += [p.text for p in named]
            elif not court and (subject := _sanctioned_subject(text, context)):
                # (a court's case is followed by the paragraph that tells it: `fact_rulings`)
                context.last_party = (subject, span.end)
                context.sanctioned.append(subject)  # the party told of last
            elif not found and not court and (again := _penalised_again(text, context)):
                # "This is not the first time Atoll Skyways is penalised. In 2023 the MCAA
                # fined the company …": the story has turned back to that party.
                context.last_party = (again, span.end)
        elif listed := _listed_fine(article, span, context):
            mentions.append(listed)  # "- Alder plc (Leeds): £3m" under "X fined:"
        elif (
            context.last_party is None
            and span.start > context.section
            and (opener := opening_party(text, lexicon))
        ):
            # "**What about the listed company?** Tonle Sap Holdings Plc published its report
            # late. The SERC decided to fine the company …": a section that opens on a
            # company is about it; "the company" after is that one, not the article's first.
            context.last_party = (opener, span.end)
        elif subject := _sanctioned_subject(text, context):
            # "Black Sea Fuels did not go to court but asked for time. … it has so far paid
            # GEL 1 million of its fine": "it" is the party the sentence before was about.
            context.last_party = (subject, span.end)
            context.sanctioned.append(subject)
        if court or _ABOUT_COURT.search(text):
            context.court_told_to = span.end
    for fact in mentions:
        if fact.authority in context.court_renamed:
            fact.authority = context.court_renamed[fact.authority]
    _products_to_makers(article, mentions, context)
    _one_name_for_the_main_party(mentions, context)
    _spell_out_short_forms(mentions, body)
    # A heading restating an amount ("## Australia: A$5.2m civil penalty") summarises the
    # sentence that reports it: that sentence is the fact's quote, the heading a mention.
    mentions.sort(key=lambda f: bool(_HEADING.match(body, body.rfind("\n", 0, f.start) + 1)))
    merged = _fold_headings(_merge(mentions, body), body)
    merged = _payment_splits(merged, sentences, context)
    facts = _drop_called_totals(_drop_rounded_totals(_drop_totals(merged, body), body), body)
    # A sum over several parties is no action, but it still dates their shares and names
    # their breach ("fined two firms and an executive a combined R$82 million on Wednesday").
    context.sums = [f for f in merged if f not in facts]
    facts = _each_of_them(facts, body, context)
    _attach_restatements(facts, context)
    _told_again(facts, sentences, context)
    _dated_after(facts, sentences, context)
    _cited_on(facts, sentences, context)
    _attach_rulings(facts, body)
    _same_bench(facts, body)
    _described_courts(facts, context)
    _inherit_regulators(facts)
    _regulators_from_context(facts, body, context)
    _courts_go_on(facts, body, context)
    facts = _own_appeals(facts, body)
    _attach_statuses(article, sentences, contexts, facts, context)
    _did_as_ordered(sentences, contexts, facts, context)
    _attach_violations(article, sentences, facts, context)
    _rulings_on_grounds(facts)
    _attach_article_dates(article, sentences, facts, context)
    _attach_article_dates(article, sentences, context.sums, context)  # they date shares told after
    _continue_paragraphs(facts, body)
    _deciding_body_goes_on(facts, body)
    _listed_alike(facts)
    _same_day(facts, body)
    _measure_dates(body, sentences, facts, context)
    _in_addition(facts, body)
    _court_also(facts, body, context)
    _part_of_the_decision(facts, sentences, body)
    _date_judgments(article, sentences, facts, context)
    _one_decision(facts, body, context)
    _powers_to_penalties(facts, body)
    _released_today(body, facts, context, sentences)  # what is left undated
    _next_days(body, facts, context)
    # The sentencing court, read last: the breaches, the days and the story's measures follow
    # the story's regulator, who brought the charges.
    _sentencing_courts(facts, body, context)
    for fact in facts:
        _derive_statuses(fact, body)
        fact.respondent_personal = bool(fact.respondent) and context.is_person(fact.respondent.text)
    return facts
