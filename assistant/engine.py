"""The answer engine: a question (and the conversation so far) to a cited `Answer`.

Route by what the question asks. Stored facts answer who/how much/when/whether about
enforcement actions; calculators do arithmetic on cited inputs; readers take amounts, dates,
counts and names off the best evidence; everything else is the best passage, quoted. When
the sources cannot answer — a word they never use, a respondent or place they do not
connect, no statement of the outcome asked — the answer says so and cites what is nearest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from . import calc
from .aboutness import (
    about_the_company,
    about_the_regulator,
    in_the_party_story,
    in_the_story_led_with,
    names_any,
    unknown_names,
)
from .answer import newest_date
from .answerability import common_words, correct_spelling, off_topic_words, unknown_words
from .asked_other_party import asks_other_party, asks_person_at, asks_which_kind
from .calc import CalcError, Input, count_left
from .calc_routing import ACRONYM, PROPOSAL_WORDS, TOTAL_WORDS, initials, route
from .count_left import NOT_DONE, asks_left, read_part_of_whole
from .dates import find_dates
from .event_clauses import asked_kinds
from .fact_model import Fact
from .full_names import full_name
from .grouping import ActionGroup, group_facts, home_currency
from .how_long import length_words, read_duration
from .judge_asked import ASKS_JUDGE, judge_named
from .lexical import fts_query, stem, synonyms_of, text_stems, word_forms
from .lexicon import Lexicon
from .models import Answer, Calculation, Citation, Conflict, DateValue, MoneyValue, NumberValue
from .money import Money, find_money, format_money
from .money_asked import asked_money, fits_asked
from .not_yet_decided import asked_body, not_yet_decided, only_pending, only_planned
from .paid_party import asks_which_paid, paid_party
from .parties import DESCRIPTOR_NOUNS, find_respondent, fold, respondent_key
from .party_figure import ASKS_PARTY_FIGURE, party_figure
from .party_named_body import bodies_in_party_names
from .passage_amounts import PassageAmount, party_amount
from .pattern_cache import compiled
from .people import holds_a_role, legal_forms, looks_personal, role_phrase
from .places import within
from .question_parse import (
    ASKS_HOW_LONG,
    DEADLINE_WORDS,
    DECISION_AND_RULING,
    PENALTY_NOUNS,
    SHORT_OF_SOUGHT,
    STILL_OWED_WORDS,
    Query,
    currency_code,
    parse,
)
from .readers import (
    Quote,
    counted_nouns,
    iso,
    names_a_body,
    read_amount,
    read_count,
    read_date,
    read_deadline,
    read_entity,
)
from .retrieve import Retriever
from .role_asked import (
    asked_people,
    asked_role,
    follow_up_role,
    holds_role,
    owned_person_role,
    people_sanctioned_in,
    written_with_role,
)
from .spared import ASKS_SPARED, spared_party
from .stated_figures import count_stated, mentions_input, stating_quotes, subtotal_stated
from .store import IndexReader
from .substituted_sum import substituted_sum
from .text import rough_sentence, sentences
from .unlisted_bodies import bodies_named
from .wording import describe, fmt_date, month_year, per_period, said_by

# Amounts that are not imposed penalties (turnover, funding, what was proposed): read from text.
# Not "what is the fine worth in US dollars": a conversion of the penalty.
_NOT_PENALTY_AMOUNT = re.compile(
    r"\b(?:turnover|revenue|sales|income|profits?|funding|raised|worth(?!\s+(?:in|into)\s)|valued|invest\w*|salary|price|propos\w*|rapporteur|intended|notice\s+of\s+intent|provisional\w*|owe[sd]?|owing|outstanding"
    # a sum owed to those harmed, not a penalty: "how much compensation must it pay?"
    r"|compensation|damages|restitution|redress|repa(?:y|ys|ying|yments?)"
    # what a party must pay besides the penalty: "how much did it pay in costs?"
    r"|costs)\b"
    # what a party paid those it harmed, not a penalty: "pay the injured technician",
    # "in the workers' comp settlement"
    r"|\bpa(?:y|id|ying)\s+(?:the|its|their|an?)\s+(?:injured\s+|affected\s+|harmed\s+)?"
    r"(?:workers?|technicians?|employees?|customers?|victims?|passengers?|consumers?|claimants?"
    r"|patients?|drivers?|tenants?|residents?|investors?|clients?|staff)\b|\bworkers['’]?\s+comp\b"
    # what a regulator said it might impose: "what had it said it might impose?"
    r"|\b(?:said|warned|threatened|signalled|signaled)\s+(?:that\s+)?(?:it|they|he|she)?\s*(?:might|could|would|may)\s+"
    r"(?:impose|fine|levy|seek)\b",
    re.I,
)
# A penalty named, then what it was for: "the daily fine set for the late investment plan",
# "the penalty over its revenue reporting". The words after it say what the penalty punished.
_PENALTY_FOR = re.compile(rf"\b{PENALTY_NOUNS}\b[^?]*?\b(?:for|over)\b[^?]*$", re.I)
_WHAT_IT_WAS_FOR = re.compile(
    r"turnover|revenue|sales|income|profits?|funding|invest\w*|salary|price", re.I
)


def _not_penalty_amount(text: str) -> bool:
    """The question asks for a sum that is no penalty (a turnover, an investment, a sum
    owed), not a penalty described by what it was for."""
    return any(
        not (_WHAT_IT_WAS_FOR.fullmatch(m.group(0)) and _PENALTY_FOR.search(text[: m.start()]))
        for m in _NOT_PENALTY_AMOUNT.finditer(text)
    )


# A sentence telling a court's step on a penalty: "It reduced the fine to …", "set the fine at".
_SETS_PENALTY = re.compile(
    rf"\b(?:set|fixed|reduc\w+|lower\w*|cut|increas\w+|rais\w+)\s+(?:the\s+|its\s+|a\s+)?"
    rf"(?:[\w-]+\s+)?{PENALTY_NOUNS}\b",
    re.I,
)
_WORD = compiled(r"\w+")
_NEXT_WORD = compiled(r"\s+(\w+)")
# A regulator's or a court's name, as a "which <noun>" answer must not be (`_is_a_body`).
_REGULATOR_OR_COURT_HEADS = compiled(
    r"\b(?:commission|ministry|agency|authority|court|tribunal|regulator)\b", re.I
)
_ASKS_REGULATOR = re.compile(
    r"\b(?:regulators?|authority|authorities|watchdogs?|agency|agencies|body|bodies|commission"
    r"|ministry|supervisors?|courts?|tribunals?)\b",
    re.I,
)
_ASKS_WHICH_COURT = re.compile(r"\b(?:which|what)\s+court\b", re.I)
_SANCTION_VERB = re.compile(
    r"\b(?:fined|penalised|penalized|sanctioned|ordered|banned|barred|imposed|slapped)\b"
    # "who hit pelangi flour with a penalty?", "who handed X the fine?"
    r"|\bhit\b(?=[^?]*\bwith\b)|\bhanded\b",
    re.I,
)
# "who was banned …", "which firm got fined …", "who has been barred": the question's "who" is
# the subject of a passive sanction verb, so the one sanctioned — not "who banned X?".
_WHO_WAS_SANCTIONED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:who|which\s+(?:\w+\s+){0,2}?\w+)\s+"
    r"(?:was|were|got|gets|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:fined|penalised|penalized|sanctioned|banned|barred|punished|censured|disqualified"
    # "who got slapped with a fine", "who was hit with the biggest penalty", "who was handed"
    r"|(?:slapped|hit|saddled|stung)\s+with|handed|ordered\s+to\s+pay)\b",
    re.I,
)
# "who was fined the most in kenya?", "who was fined the least": one party ranked by its sum,
# not every party the place has.
_RANKED_BY_SUM = re.compile(
    r"\b(?:most|least|largest|biggest|highest|heaviest|smallest|lowest|hardest)\b"
    r"(?!\s+(?:recent(?:ly)?|often|frequently|times|likely|court|tribunal)\b)",
    re.I,
)
# Words naming the type of answer wanted, not its topic: "what year", "which date".
# How enforcement copy gives the reason for an action.
_REASON = re.compile(
    r"\b(?:because|due\s+to|on\s+the\s+grounds|for\s+(?:failing|not|breaching|violating|"
    r"unlawfully|illegally|having)|failed\s+to|could\s+not\s+(?:demonstrate|show|prove)|"
    r"did\s+not\s+(?:obtain|have|ask)|without\s+(?:valid\s+)?consent|found\s+that|"
    r"in\s+breach|breach(?:ed|es)?|violat(?:ed|ing|ion)|infring\w+|unlawful(?:ly)?|"
    r"took\s+into\s+account)\b",
    re.I,
)
# A passage question asking for a party's conduct or a body's reasons, not a topic:
# "what did X do wrong", "what did its collectors actually do", "what was X accused of".
_ASKS_CONDUCT = re.compile(
    r"\b(?:do|did|does|done)\s+wrong\b|\bwhat\s+(?:did|does|had|has|have)\b[^?]{1,80}?"
    r"\b(?:actually\s+|really\s+)?do\b\W*$"
    r"|\bwhat\s+(?:was|were|is|are)\s+[^?]{1,60}?\b(?:accused|found\s+guilty|guilty|blamed)\s+(?:of|for)\b"
    r"|\bwhat\s+(?:breach|violation|offen[cs]e|misconduct|failing)s?\b",
    re.I,
)
# What a court does to a fine or decision: cut, quash, annul, throw out, uphold.
_COURT_UNDID = (
    r"(?:cut|cuts|reduce[ds]?|lower(?:ed|s)?|slash(?:ed|es)?|quash(?:ed|es)?|annul(?:led|s)?"
    r"|overturn(?:ed|s)?|overrule[ds]?|set\s+aside|throw(?:n)?\s+out|threw\s+out|strike\s+down"
    r"|struck\s+down|uph[eo]ld|upheld|void(?:ed)?|scrap(?:ped)?|halve[ds]?|trim(?:med)?)\b"
)
# A court's step asked for: its judgment, ruling, verdict or sentence, or what a court did to
# a fine ("when did the high court cut X's fine", "date the tribunal quashed it").
_ASKS_COURT_STEP = re.compile(
    r"\b(?:judg(?:e)?ments?|rulings?|verdicts?|sentenc(?:e|ed|ing))\b"
    rf"|\b(?:court|tribunal|judge|justice)\b[^?]*\b{_COURT_UNDID}"
    # "when was X's penalty quashed?", "when was the fine upheld on appeal?": what only a
    # court does to a measure, with no court named (not "cut" or "reduced": a regulator
    # lowers its own fines too)
    r"|\b(?:was|were|been|got|get)\s+(?:[\w'’-]+\s+){0,2}?(?:quash(?:ed)?|annull?(?:ed)?"
    r"|overturned|set\s+aside|thrown\s+out|struck\s+down|upheld|confirmed\s+on\s+appeal)\b"
    r"|\b(?:fine|penalty|sanction|decision|order|ban)\s+(?:quashed|annulled|overturned|set\s+aside"
    r"|thrown\s+out|struck\s+down|upheld|confirmed)\b",
    re.I,
)
# A licence, concession or registration taken away: "revoked its licence", "stripped of its
# concession", "suspended the permit", "struck off the register".
_ASKS_LICENCE_TAKEN = re.compile(
    r"\b(?:revok\w*|revocation|cancel\w*|withdr[ae]w\w*|stripp?\w*|pull\w*|yank\w*|suspen\w*)\b[^?]{0,40}?"
    r"\b(?:licen[cs]es?|concessions?|permits?|registrations?|authori[sz]ations?|charters?|accreditations?)\b"
    r"|\b(?:licen[cs]es?|concessions?|permits?|registrations?|authori[sz]ations?)\s+(?:was\s+|were\s+)?"
    r"(?:revok\w*|revocation|cancel\w*|withdr[ae]w\w*|pulled|suspen\w*)\b|\bstruck\s+off\b",
    re.I,
)
# Words every court's or body's name shares, which name none in particular.
_BODY_WORDS = frozenset({"court", "tribunal", "of", "the", "and", "for", "in", "de", "du", "la"})
_ASKS_REASONING = re.compile(
    r"^\W*(?:and\s+)?why\b[^?]*\b(?:think|thought|believe|believed|consider|considered|find|found"
    r"|decide|decided|rule|ruled|hold|held|say|said)\b|\bon\s+what\s+(?:grounds?|basis)\b"
    # "why did the high court quash the fine", "why was X's fine thrown out": what a court
    # did to a decision, whose reasons are its findings
    rf"|^\W*(?:and\s+)?why\b[^?]*\b{_COURT_UNDID}",
    re.I,
)
_ASKS_MANNER = re.compile(
    r"^\W*(?:and\s+)?how\s+(?:did|do|does|had|have|were|was)\b(?!\s+(?:much|many|long|big|large))",
    re.I,
)
# Words saying what kind of answer is wanted, which the answering sentence need not use.
_ANSWER_KIND_WORDS = frozenset(
    {"wrong", "think", "thought", "believe", "believed", "actually", "really"}
)


def _asks_why_court_undid(text: str) -> bool:
    """ "why did the court throw out the fine", "on what grounds was it quashed": a court's
    reasons for what it did to a measure."""
    return bool(_ASKS_REASONING.search(text) and re.search(rf"\b{_COURT_UNDID}", text, re.I))


def _asks_explanation(text: str) -> bool:
    return bool(
        _ASKS_CONDUCT.search(text) or _ASKS_REASONING.search(text) or _ASKS_MANNER.search(text)
    )


# A sentence stating a finding or a reason: "found that", "held that", "had failed to".
_FINDING = re.compile(
    r"\b(?:found|held|ruled|concluded|considered|established|determined)\s+that\b"
    r"|\b(?:had\s+)?failed\s+to\b|\bhad\s+not\s+(?:explained|justified|shown|demonstrated|proved)\b"
    r"|\bbecause\b|\bgiven\s+that\b|\bon\s+the\s+grounds\b|\bin\s+breach\s+of\b",
    re.I,
)
# A finding said by a court or judge: "the Court held that", "Justice Banda found that",
# "it ruled that" (the court the story is about), "the judges concluded that".
_BY_COURT = re.compile(
    r"\b(?:court|tribunal|judges?|justice|bench|chamber|panel|magistrate|it|she|he)\b"
    r"(?:\s+\w+){0,4}?\s+(?:also\s+|further\s+)?(?:found|held|ruled|concluded|considered|"
    r"established|determined|accepted|agreed|said|stated|noted|reasoned|observed)\s+that\b",
    re.I,
)
# The most a party could have been fined, asked with the party named: "the maximum fine INAE
# could have given X", "the most X could have been fined", "the highest possible penalty".
_MOST_POSSIBLE = re.compile(
    # ("could legally have imposed": an adverb may come between)
    r"\b(?:maximum|max|most|highest|ceiling|cap)\b[^?]{0,60}?\b(?:could|can|might|would)\s+"
    r"(?:\w+ly\s+)?(?:have\s+)?(?:been\s+)?(?:given|imposed|fined|faced?|got(?:ten)?|received?|levied"
    r"|charged)\b"
    r"|\b(?:maximum|highest|largest)\s+(?:possible|permitted|allowed|statutory|legal)\b"
    r"|\b(?:statutory|legal)\s+(?:maximum|max|cap|ceiling|limit)\b"
    # "the maximum fine under the Civil Aviation Act", "the max penalty allowed by law": what a
    # law lets a regulator impose, not what one imposed
    r"|\b(?:maximum|max)\s+(?:[\w-]+\s+){0,2}?(?:fine|penalty|sanction|amount)s?\s+"
    r"(?:under|allowed|permitted|possible|provided|available)\b",
    re.I,
)
# How long something ran, asked as a number of days: "for how many days did the daily fines
# run?", "how many days was the site closed for?"
# (what happened, "did … run"; not "how many days can it run before it hits the cap?")
_ASKS_DAYS_RAN = compiled(
    r"\bhow\s+many\s+(?:days|weeks|months)\s+(?:did|were|was|had)\b"
    r"(?![^?]*\b(?:cap|maximum|max|ceiling|limit)\b)[^?]*\b(?:run|ran|last(?:ed)?|continu\w*"
    r"|accru\w*|closed|suspended|shut)\b",
    re.I,
)
# A ceiling said in a sentence: "the maximum penalty … is", "fines of up to", "capped at".
_CEILING_SAID = re.compile(
    r"\b(?:maximum|max\.?|ceiling|cap(?:ped)?|up\s+to|as\s+much\s+as|at\s+most|not\s+exceed"
    r"|limit(?:ed)?\s+(?:of|to))\b",
    re.I,
)
_COURT_SAID_WORDS = ["ruled", "said", "court", "judge", "justice"]
_FINDING_WORDS = ["found", "held", "failed", "concluded", "because", "breach", "explained"]
# A heading introducing how something was done: "**How the arrangement worked**".
_HOW_HEADING = re.compile(r"^\s*((?:#{1,6}\s+|\*\*|__)how\b[^\n]{0,80})$", re.I | re.M)
_HEADING_LINE = re.compile(r"^\s*(?:#{1,6}\s+|\*\*[^*\n]{1,90}\*\*\s*$)", re.M)
# A heading is a short line of its own: longer bold lines are a story's standfirst.
_HEADING_LENGTH = 90
_TYPE_WORDS = frozenset(
    {
        "year",
        "years",
        "date",
        "dates",
        "month",
        "months",
        "day",
        "days",
        "when",
        "much",
        "many",
        "amount",
        "figure",
        "name",
    }
)


class Citations:
    """Numbered citations, one per distinct span, in the order the answer uses them."""

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader
        self.items: list[Citation] = []

    def add(self, article_id: str, start: int, end: int) -> int:
        for citation in self.items:
            if (
                citation.article_id == article_id
                and citation.start <= start
                and end <= citation.end
            ):
                return citation.n
        meta = self.reader.article_meta(article_id)
        body = self.reader.article_body(article_id)
        citation = Citation(
            n=len(self.items) + 1,
            article_id=article_id,
            title=meta.title,
            outlet=meta.outlet,
            published=meta.published,
            url=meta.url,
            start=start,
            end=end,
            quote=body[start:end],
        )
        self.items.append(citation)
        return citation.n

    def quote(self, quote: Quote) -> int:
        return self.add(quote.article_id, quote.start, quote.end)


# "who's the X chairman …", "who is X's chief executive": a person asked for by role.
_ASKS_WHO_IS = re.compile(r"^\W*(?:and\s+)?who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\b", re.I)
# A sum asked for as got: "how much in damages did the worker get", "what was she awarded".
_ASKS_RECEIVED = re.compile(
    r"\b(?:get|got|gotten|receive[sd]?|awarded|win|won|obtain(?:ed)?|recover(?:ed)?)\b", re.I
)
# A sum only claimed: "seeking $1.2 million in damages", "claiming 4.2 million lei".
_CLAIMED_BEFORE = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|claim(?:s|ing|ed)?|demand(?:s|ing|ed)?|ask(?:s|ing|ed)\s+for"
    r"|su(?:es|ing|ed)\s+for)\s+(?:(?:about|around|some|roughly|more\s+than|over|nearly|almost"
    r"|up\s+to|at\s+least|a\s+total\s+of)\s+)?\W*$",
    re.I,
)


# "the fine imposed on 3 March": the decision's date, in a sentence about the payment.
_IMPOSED_ON = re.compile(r"\b(?:imposed|fined|issued|decided|dated|of)\s+(?:on\s+)?$", re.I)


# "the fine after the appeal", "after the Council of State judgment", "the reduced fine",
# "the fine as cut by the court": what a court set.
_AFTER_RULING = re.compile(
    r"\bafter\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:appeal|judgm?ent|ruling|court\s+(?:case|decision|ruling))\b"
    r"|\b(?:reduced|new|revised|lowered|cut)\s+(?:fine|penalty|amount)\b"
    r"|\b(?:fine|penalty)\s+(?:as\s+)?(?:cut|reduced|set|lowered)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:court|tribunal|judges?)\b"
    # "what did the court of appeal put in its place?", "… substitute for it?"
    r"|\b(?:court|tribunal|judges?|appeal)\b[^?]{0,40}?\b(?:put|set)\s+in\s+(?:its|their)\s+place\b"
    r"|\b(?:court|tribunal|judges?|appeal)\b[^?]{0,40}?\bsubstitut\w*",
    re.I,
)
# What is left of a sum, as the copy says it: "the balance of US$80,000 is due", "£20,000
# remains outstanding".
_BALANCE_SAID = compiled(
    r"\b(?:balance|outstanding|remaining|remainder|rest\s+of|still\s+owe\w*|left\s+to\s+pay)\b",
    re.I,
)
# A body's name that is a court's: "Court of Appeal of Alberta", "Labour Tribunal".
_A_COURT = compiled(r"\b(?:court|tribunal|judge|justice)\b", re.I)
# A figure a court set, asked by what the court did: "how much did the court reduce X's penalty
# to?", "what did the tribunal cut the fine to?".
_COURT_SET_SUM = re.compile(
    r"\b(?:court|tribunal|judges?|appeals?\s+(?:court|body|panel))\b[^?]{0,40}?"
    r"\b(?:reduce|cut|lower|set|increase|raise|change|revise)d?\b",
    re.I,
)
# "Which court cut X's fine?", "what tribunal upheld it?"
_COURT_OUTCOMES = {
    "reduced": r"\b(?:cut|reduc\w*|lower\w*|slash\w*|trimm?\w*)\b",
    "overturned": r"\b(?:annul\w*|overturn\w*|quash\w*|set\s+aside|struck\s+down|scrap\w*"
    r"|thr(?:ew|own|ow)\s+out|void\w*)\b",
    "upheld": r"\b(?:uph[eo]ld\w*|confirm\w*)\b",
}
# "Which court cut X's fine?", "what tribunal upheld it?", and "who quashed X's fine?": only a
# court quashes, upholds or sets aside a measure, so "who" then asks for the court (not "who
# cut": a regulator cuts its own fines too).
_ASKS_COURT = re.compile(
    r"^\W*(?:and\s+)?(?:which|what)\s+(?:court|tribunal|judges?|appeals?\s+court)\b"
    r"|^\W*(?:and\s+)?who\s+(?:(?:has|have|had|then|finally|eventually|actually)\s+)*"
    r"(?:annul\w*|overturn\w*|quash\w*|set\s+aside|struck\s+down|thr(?:ew|own)\s+out|uph[eo]ld\w*)\b",
    re.I,
)
# "Who appealed the CA's fines?", "who has paid?", "who is contesting the penalty?": "who" is
# the subject of a party's own step, so the party whose action has that outcome is asked
# (not "who fined X", nor "who did X appeal to").
_WHO_TOOK_STEP = re.compile(
    r"^\W*(?:(?:and|so|but|then)\s+)?who\s+(?:(?:has|have|had|is|are|was|were|did|already|then"
    r"|actually|eventually|finally|since)\s+)*(?:(?:not|never)\s+)?"
    r"(?:appeal\w*|challeng\w*|contest\w*|fight\w*|fought|paid|pays?|paying|settled|compl\w*"
    r"|accept\w*|(?:went|gone|go(?:es|ing)?)\s+to\s+court|took\s+(?:[\w'’-]+\s+){1,3}?to\s+court)\b",
    re.I,
)
_PARTY_STEPS = frozenset({"appealed", "paid", "complied", "accepted"})
_PAID_VERB = re.compile(r"\b(?:paid|settled|pays|transferred)\b", re.I)
# "How much did Vela actually end up paying?", "how much has it paid so far?": the sum paid,
# which may be less than the one imposed.
# The sum a case began with, before a court replaced it: "the fine at trial", "at first
# instance", "what was X originally fined".
_ASKS_FIRST_SUM = compiled(
    r"\bat\s+(?:the\s+)?(?:trial|first\s+instance)\b|\boriginal(?:ly)?\b|\binitial(?:ly)?\b"
    r"|\bfirst\s+(?:imposed|set|handed\s+down)\b",
    re.I,
)
_ASKS_AMOUNT_PAID = re.compile(
    r"\bhow\s+much\b[^?]*\b(?:actually|really|in\s+the\s+end|end(?:ed)?\s+up|eventually|finally|"
    r"ultimately|so\s+far|in\s+fact)\b[^?]*\b(?:pa(?:y|ys|id|ying)|hand(?:ed)?\s+over|transferr?(?:ed)?)\b"
    r"|\bhow\s+much\b[^?]*\b(?:pa(?:y|ys|id|ying)|hand(?:ed)?\s+over)\b[^?]*\b(?:actually|really|in\s+the\s+end|eventually|finally|ultimately|so\s+far|in\s+fact)\b",
    re.I,
)
# A part of a sum asked for: "how much of the €2m has it paid", "how much of its fine".
_ASKS_PART_PAID = re.compile(
    r"\bhow\s+much\s+of\s+(?:the|its|their|that|this|his|her|[$€£¥]|\d)", re.I
)
# "by paying half of the €1.64 million fine", "paid a quarter of the penalty"
_SHARES = {
    "half": Decimal("0.5"),
    "a third": Decimal(1) / 3,
    "one third": Decimal(1) / 3,
    "two thirds": Decimal(2) / 3,
    "two-thirds": Decimal(2) / 3,
    "a quarter": Decimal("0.25"),
    "one quarter": Decimal("0.25"),
    "three quarters": Decimal("0.75"),
    "three-quarters": Decimal("0.75"),
}
_PAID_SHARE = re.compile(
    rf"\bpa(?:y|ys|id|ying)\s+(?:only\s+)?({'|'.join(_SHARES)})\s+of\s+(?:the|its|that)\b", re.I
)
_FUTURE_EVENT = re.compile(
    r"\b(?:expected|due|scheduled|set|likely|going|planned)\s+to\b|\bwill\s+\w+\s+(?:decide|rule|hear|issue)",
    re.I,
)
# An end asked: "when does the suspension end?", "when will the ban be lifted?", "when does
# the licence come back?"; and the copy saying one: "suspended until 1 March", "expires on".
_ASKS_END = compiled(
    r"^\W*(?:(?:and|so|but)\s+)?when\s+(?:does|do|did|will|would|is|was)\b[^?]*"
    r"\b(?:end|ends|ended|expire[sd]?|run\s+out|ran\s+out|lapse[sd]?|be\s+lifted|lifted"
    r"|come\s+back|be\s+restored|restored|finish(?:es|ed)?|over)\W*$",
    re.I,
)
_END_SAID = compiled(
    r"\b(?:until|till|expir\w*|ends?|ended|ending|lift\w*|lapse\w*|runs?\s+(?:out|until|to|through)"
    r"|through|restor\w*|reinstat\w*)\b",
    re.I,
)
_STARTING = re.compile(
    r"\bfrom\s+(?:what|which)\s+(?:date|day)\b|\bfrom\s+when\b|\b(?:start|begin)(?:s|ing)?\s+(?:to\s+)?(?:run|accru)",
    re.I,
)


def _after_publication(reading) -> bool:
    """A date later than the article that gives it: something still to come when written."""
    published = reading.quote.published
    value = iso(reading.value)
    return bool(published) and value[: len(published)] > published[: len(value)]


_PARTITION = re.compile(
    r"\b(?:of\s+this\s+(?:amount|sum|total)|of\s+which|of\s+the\s+(?:total|sum|fine|penalty)|split|divided|broken\s+down|shared)\b",
    re.I,
)


# "X, the former chief executive of Tallis Loans Limited": a person by their employer, with
# the roles people.toml lists.
@cache
def _role_of() -> re.Pattern[str]:
    return re.compile(
        rf"\b{role_phrase()}\s+(?:\w+\s+)?of\s+"
        r"(?:(?:the\s+)?[a-z][\w-]*\s+){0,2}(?P<employer>[A-Z][\w&'’.-]*)"
    )


_PERSON_SANCTIONED = re.compile(
    r"\b(?:fined?|penalis\w+|penaliz\w+|banned|barred|prohibit\w*|sanction\w*)\s+(?:him|her)\b",
    re.I,
)
# "Who was banned …", "who else got fined …": the one an action was against, asked of a case.
_ASKS_WHO_PASSIVE = re.compile(
    r"^\W*who\s+(?:else\s+)?(?:was|were|got|has\s+been|had\s+been|have\s+been)\b", re.I
)
# "the biggest fine", "the smallest penalty": which end of the amounts a question asks for.
_SUPERLATIVE = re.compile(
    r"\b(?:(?P<top>biggest|largest|highest|heaviest|steepest|most)|(?P<bottom>smallest|lowest|"
    r"lightest|least))\b",
    re.I,
)


def _same_party(a, b) -> bool:
    """One party under two names: the same key, or one name ending the other ("Alvorada",
    "Lavanderia Alvorada Ltda")."""
    if a.respondent_key == b.respondent_key:
        return True
    short, long = sorted((fold(a.respondent.text), fold(b.respondent.text)), key=len)
    return f" {short} " in f" {long} " and len(short) > 3


def _by_size(facts: list, superlative: re.Match[str] | None):
    """The fact with the largest (or smallest) lump sum, among those in the currency most of
    them are in (sums in different currencies are not compared); None when none is asked for
    or none has an amount."""
    if superlative is None:
        return None
    priced = [f for f in facts if f.amount and f.per is None]
    if not priced:
        return None
    currencies = [f.amount.currency for f in priced]
    common = max(set(currencies), key=currencies.count)
    pool = [f for f in priced if f.amount.currency == common]
    pick = min if superlative.group("bottom") else max
    return pick(pool, key=lambda f: f.amount.amount)


# "Which company …", "what firm …", "which lender …": the party an action was against.
_ASKS_RESPONDENT = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:company|companies|firm|business|operator|lender|insurer"
    r"|retailer|provider|carrier|platform|supplier|bank|airline|haulier|builder|contractor"
    r"|manufacturer|maker|developer|broker|trader)s?\b"
    # "which of the Dutch hauliers …": one of the parties the question describes
    r"|\bwhich\s+(?:one\s+)?of\s+(?:the|these|those|them)\b",
    re.I,
)
# A status the question denies: "which road builder didn't take the decision to court",
# "which of them has not paid", "never appealed".
_DENIED_STATUS = re.compile(
    r"\b(?:didn[’']?t|did\s+not|has\s+not|hasn[’']?t|have\s+not|haven[’']?t|never|not|"
    r"(?:failed|refused|declined)\s+to|yet\s+to)\b",
    re.I,
)
# What is asked of a person by their role: their sanction, its date or whether they paid.
_ROLE_KINDS = frozenset({"amount", "date", "status", "calculation", "entity"})
_ACTION_NAMES = {"penalty_payment": "penalty payment", "ruling": "amount the court set"}
# An exchange rate a source states: "($1 = 0.9375 euros)", "$1 = 10.91 Swedish crowns",
# "($1 = 1,540 naira)" (a comma inside a number ends nothing).
_STATED_RATE = re.compile(
    r"(?P<left>(?:[$€£¥]|[A-Z]{2,3}\$?)\s?1(?:\.0+)?|1\s+[A-Za-z]+)\s*=\s*(?P<right>[^()=\n]{1,30}?)(?=\)|\n|$|;|,(?!\d{3}))"
)
# A rate written per unit of the other currency: "at the central bank's middle rate of 117.20
# dinars per euro", "at 4.30 zloty to the euro".
_PER_UNIT_RATE = re.compile(
    r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s+(?P<cur>[A-Za-z]+)\s+"
    r"(?:per|to\s+the|to\s+one|to\s+a|for\s+(?:one|each|every|a))\s+(?P<unit>[A-Za-z]+)\b"
)


def _stated_rates(body: str, local: str) -> list[tuple[Money, Money, int, int]]:
    """The exchange rates an article states, each as (one unit, what it is worth, span):
    "($1 = 1,540 naira)" (quoted in its brackets) and "117.20 dinars per euro"."""
    rates = []
    for match in _STATED_RATE.finditer(body):
        left = [m.money for m in find_money(match.group("left")) if m.money]
        right = [m.money for m in find_money(match.group("right")) if m.money]
        if len(left) != 1 or len(right) != 1 or left[0].amount != 1:
            continue
        # "($1 = 1,540 naira)" is quoted as the wire writes it, in its brackets
        start, end = match.start(), match.end()
        if body[start - 1 : start] == "(" and body[end : end + 1] == ")":
            start, end = start - 1, end + 1
        rates.append((left[0], right[0], start, end))
    for match in _PER_UNIT_RATE.finditer(body):
        worth, unit = (
            currency_code(match.group("cur"), local),
            currency_code(match.group("unit"), local),
        )
        if worth and unit and worth != unit and Decimal(match.group("n")) > 0:
            # quoted from its sentence's start: "At the central bank's middle rate of …"
            start = rough_sentence(body, match.start()).start
            while body[start].isspace():
                start += 1
            rates.append(
                (
                    Money(Decimal(1), unit),
                    Money(Decimal(match.group("n")), worth),
                    start,
                    match.end(),
                )
            )
    return rates


_ASKS_DEADLINE = re.compile(rf"\b(?:{DEADLINE_WORDS})\b", re.I)
# The sum a settlement's sentence says was kept back: "the terms are confidential", "for an
# undisclosed sum", "the amount was not disclosed".
_UNDISCLOSED = re.compile(
    r"\b(?:terms|amount|sum|figure|value|details)\s+(?:\w+\s+){0,4}?(?:is|are|was|were|remains?|have|has)\s+"
    r"(?:(?:not\s+(?:been\s+)?|been\s+kept\s+)(?:disclosed|made\s+public|published|revealed)|confidential|secret|undisclosed)\b"
    r"|\b(?:undisclosed|confidential|unspecified|unknown)\s+(?:sum|amount|figure|payment|settlement)\b",
    re.I,
)
_ASKS_SETTLED_SUM = re.compile(r"\b(?:settle\w*|compensation|payout|pay(?:ment)?\s+to)\b", re.I)
# "how much did the UCC fine each operator?": one party's own sum, not several parties' total
_ASKS_EACH = re.compile(r"\beach\b|\bapiece\b|\bper\s+(?:company|firm|operator|bank|party)\b", re.I)
_COMBINED = re.compile(rf"\b{TOTAL_WORDS}\b", re.I)

# "How many companies did X fine", "how many fines has X issued": what the facts can count.
_COUNTED_ACTIONS = re.compile(
    r"\bhow\s+many\s+(?:\w+\s+)?(compan(?:y|ies)|firms?|organi[sz]ations?|businesses|entities|"
    r"respondents|fines|penalties|sanctions|settlements)\b",
    re.I,
)


_SINGULAR = {
    "companies": "company",
    "firms": "firm",
    "organisations": "organisation",
    "organizations": "organization",
    "businesses": "business",
    "entities": "entity",
    "respondents": "respondent",
    "fines": "fine",
    "penalties": "penalty",
    "sanctions": "sanction",
    "settlements": "settlement",
}


# Facts kept grouped (~6 KB each parsed): a few regulators' or many companies' actions.
_GROUPED_FACTS_KEPT = 10_000
# Above this many stored facts, a question naming no company, regulator or place is answered
# from passages instead of grouping every fact (each fact parsed is ~75 µs and ~6 KB).
_ALL_FACTS_LIMIT = 5_000


def markers(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers))


class Engine:
    def __init__(self, reader: IndexReader, retriever: Retriever, lexicon: Lexicon) -> None:
        self.reader = reader
        self.retriever = retriever
        # Regulators the data files lack but the articles introduce, by the names facts give
        # them, so that questions can name them too.
        self.lexicon = lexicon.with_authorities(
            bodies_named(reader.authorities_named(lexicon.authorities), lexicon)
        )
        self.respondents = reader.respondent_keys()
        self.published = reader.published_dates()
        self._names: tuple[str, list[str]] = ("", [])  # the last question's unknown names
        # Actions read and grouped, by what selected their facts. The index an engine reads
        # never changes (a new generation gets a new engine), so they stay good across
        # questions: one answer asks for them three or four times, and a conversation keeps
        # asking about the same company ("and has it been paid?"). Grouping a regulator's
        # facts at 100,000 chunks takes ~100 ms.
        self._grouped: dict[tuple, list[ActionGroup]] = {}
        self._grouped_size = 0  # facts held by `_grouped`
        self._fact_count: int | None = None  # facts in the index, counted once

    def _without_bodies_in_party_names(self, query: Query) -> Query:
        """ "the casa paulista fine": the retailer Casa Paulista Eletro the sources name, not
        the regulator CASA — the question as if that body were not named."""
        names = {
            f.respondent.text
            for key in query.respondents
            for f in self.reader.facts(respondent_key=key)
            if f.respondent
        }
        inside = bodies_in_party_names(query.text, self.lexicon, names)
        if not inside:
            return query
        kept = tuple(a for a in query.authorities if a not in inside)
        places = {m.key for m in self.lexicon.mentions(query.text) if m.kind == "jurisdiction"}
        places |= {self.lexicon.authorities[a].jurisdiction for a in kept}
        dropped = {self.lexicon.authorities[a].jurisdiction for a in inside}
        return replace(query, authorities=kept, places=frozenset((query.places - dropped) | places))

    def unknown_names(self, text: str) -> list[str]:
        """`aboutness.unknown_names`, worked out once per question: the fact look-ups and
        the quote filters of one answer all ask it (an outlet query each time)."""
        if self._names[0] != text:
            self._names = (text, unknown_names(self, text))
        return self._names[1]

    # --- entry ----------------------------------------------------------------------------

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        previous: Query | None = None
        for earlier in history:
            earlier = correct_spelling(earlier, self.reader, self.lexicon)
            previous = parse(
                earlier, self.lexicon, self.respondents, [previous] if previous else None
            )
        question = correct_spelling(question, self.reader, self.lexicon)
        if previous is None:  # then the search is for the question as asked: encode it now
            self.retriever.prefetch(question)
        query = parse(question, self.lexicon, self.respondents, [previous] if previous else None)
        if not query.respondents and (named := self._party_by_acronym(question)):
            # "How much was NMT fined?" where the fine is on "Nordic Mobile Telecom" and the
            # story calls it NMT after: that party, not "no action against NMT".
            query = replace(query, respondents=(named,))
        if query.authorities and query.respondents:
            query = self._without_bodies_in_party_names(query)
        if (body := self._regulator_by_acronym(query)) is not None:
            # "the SC fines": several countries' regulators go by "SC"; the one the sources
            # introduce so ("the Superintendencia de Competencia (SC)") is meant when those
            # the data knows by it have no action in them.
            old = {self.lexicon.authorities[a].jurisdiction for a in query.authorities}
            place = self.lexicon.authorities[body].jurisdiction
            query = replace(
                query, authorities=(body,), places=frozenset({place} | (query.places - old))
            )
        if not query.respondents and (named := self._party_by_later_word(question)):
            # "By what percent did the court cut the Drini fine?" where the party is
            # "Çimento Drini" (its key the first word): the party the later word names.
            query = replace(query, respondents=(named,))
        if (
            query.inherited
            and previous is not None
            and query.respondents
            and query.places
            and query.places != previous.places
            # "and what did the court of appeal put in its place?": a court the question
            # names brings the place of a court of that name, not another story's place
            and not all(_A_COURT.search(a) for a in query.authorities or ("",))
            and not self._groups(query)
            and self._groups(replace(query, respondents=()), any_respondent=True)
        ):
            # "How much did UODO fine Medikar?" then "and the Australian one?" in a round-up:
            # the Australian action, whoever it was against — Medikar has none there.
            query = replace(query, respondents=())
        if query.inherited and query.respondents and (role := follow_up_role(query.text)):
            # "how much was X fined?" then "and the seller?": the other party the story
            # writes with that role, not X again.
            other = self._party_in_role(query, role)
            if other is not None:
                query = replace(query, respondents=(other,))
        asked = query.respondents
        query, unheld = self._person_by_role(query)
        cites = Citations(self.reader)
        quotes = self._evidence(query)
        self._quotes = quotes  # for `_done`: the passages that also bear on the answer
        if unheld is None and not query.respondents and query.kind in _ROLE_KINDS and quotes:
            # "did it fine the bank's managers personally?" naming a bank the facts do not
            # know: the stories the passages are from must report an action on a person
            group = asked_people(query.text)
            articles = self._asked_articles(query, quotes)
            if group and not self._person_sanctioned(articles, frozenset(), group):
                unheld = group
        if query.kind == "entity" and query.respondents != asked and _ASKS_WHO_IS.match(query.text):
            # "who's the Sadeem chairman that got barred?": the person the articles name with
            # that role, cited to the action against them
            facts = [f for key in query.respondents for f in self.reader.facts(respondent_key=key)]
            if facts:
                fact = min(facts, key=lambda f: (f.article_id, f.start))
                n = self._cite_fact(fact, cites)
                return self._done(query, "entity", f"{fact.respondent.text} [{n}].", cites)
        missing = unknown_words(query, self.reader, self.lexicon, self.respondents)
        missing = [w for w in missing if not self._spelled_out_in(w, quotes)]
        if missing:
            words = ", ".join(f"“{w}”" for w in missing)
            return self._not_found(query, cites, quotes, f"nothing in them mentions {words}")
        elsewhere = off_topic_words(query, self.reader, self.lexicon, self.respondents)
        if elsewhere:
            words = " or ".join(f"“{w}”" for w in elsewhere)
            return self._not_found(
                query, cites, [], f"they are about enforcement and never mention {words}"
            )
        if (
            query.respondents
            and (query.authorities or self._all_elsewhere(query))
            and query.kind != "calculation"
            # "the fine after the Council of State judgment": the court named ruled on it
            and not (query.kind == "amount" and _AFTER_RULING.search(query.text))
            and not self._groups(replace(query, action=None))
        ):
            # "What did the Texas attorney general get from LearnLoop?", "How much did
            # California fine Hollis?" (Vermont did): no such action is reported, whatever
            # passages mention both.
            return self._no_such_action(query, cites, quotes)
        if unheld:
            # "How much was X's chief executive fined?" where the sources report only X's
            # own fine: that is not the person's, and no action against them is reported.
            return self._not_found(
                query,
                cites,
                quotes,
                f"they report no action against the {unheld} of the company named",
            )
        pending = self._not_yet_decided(query, quotes)
        if pending is not None:
            # "what did the Conseil d'État decide in X's appeal?" — "The Conseil d'État has
            # not yet ruled."
            n = cites.add(*pending)
            return self._not_found(query, cites, [], "they say that body has not yet decided", [n])
        articles = self._asked_articles(query, quotes)
        pending = only_pending(query.text, articles, self.retriever.body)
        if pending is not None:
            # "what did the tribunal decide on X's appeal?" — "filed an appeal with the
            # tribunal … while the appeal is pending."
            n = cites.add(*pending)
            return self._not_found(
                query, cites, [], "they say the case is still pending before that body", [n]
            )
        planned = only_planned(query.text, articles, self.retriever.body)
        if planned is not None:
            # "how much did X win in damages?" — "X will seek damages of …"; "has the
            # regulator appealed?" — "the regulator may appeal within six weeks".
            n = cites.add(*planned)
            return self._not_found(
                query, cites, [], "they tell that step only as planned or possible, not done", [n]
            )
        handler = getattr(self, f"_{query.kind}")
        return handler(query, cites, quotes)

    def _not_yet_decided(self, query: Query, quotes: list[Quote]) -> tuple[str, int, int] | None:
        if asked_body(query.text) is None:
            return None
        return not_yet_decided(query.text, self._asked_articles(query, quotes), self.retriever.body)

    def _asked_articles(self, query: Query, quotes: list[Quote]) -> list[str]:
        """The articles about the parties asked about, then those of the best passages."""
        articles = [f.article_id for k in query.respondents for f in self.reader.facts(k)]
        articles += [q.article_id for q in quotes[:3]]
        return list(dict.fromkeys(articles))

    def _person_by_role(self, query: Query) -> tuple[Query, str | None]:
        """ "What fine did X's director get?": the person the articles about X name with that
        role, when they report an action against them (not X's own fine). Second, the role
        asked when no such person is found and only a person can hold it ("X's chief
        executive"): then no action against them is reported."""
        role = asked_role(query.text) if query.respondents else None
        group = asked_people(query.text) if query.respondents and role is None else None
        if group is not None and query.kind in _ROLE_KINDS:
            # "did it also fine the bank's managers personally?": only when the articles
            # about the company report an action against a person may one of them answer
            named = set(query.respondents)
            articles = {f.article_id for k in named for f in self.reader.facts(respondent_key=k)}
            return query, None if self._person_sanctioned(articles, named, group) else group
        if role is None or query.kind not in _ROLE_KINDS:
            return query, None
        named = set(query.respondents)
        articles = {f.article_id for key in named for f in self.reader.facts(respondent_key=key)}
        holders: dict[str, None] = {}
        people = False  # an action against a person who may be the company's
        for article_id in sorted(articles):
            body = self.reader.article_body(article_id)
            companies = {
                f.respondent_key
                for f in self.reader.facts(article_id=article_id)
                if f.respondent_key and not f.respondent_personal
            }
            for fact in self.reader.facts(article_id=article_id):
                key = fact.respondent_key
                if key is None or key in named or not fact.respondent_personal:
                    continue
                said = body[fact.start : fact.end]
                if not any(
                    key != other and other not in named and names_any(said, (other,))
                    for other in companies
                ):
                    people = True  # not written as another company's person
                if holds_role(body, fact.respondent.text, role):
                    holders[key] = None
        if holders:
            return replace(query, respondents=tuple(holders)), None
        # Only when they report no action against any person: one whose role the copy
        # writes further from their name may still be the one asked about.
        return query, None if people else owned_person_role(query.text)

    def _person_sanctioned(self, articles, named, group: str) -> bool:
        """Whether the articles report an action against a person (not one asked about), or
        write one on the group of people asked about ("its directors were each fined")."""
        return any(
            fact.respondent_personal and fact.respondent_key not in named
            for article_id in articles
            for fact in self.reader.facts(article_id=article_id)
        ) or any(people_sanctioned_in(self.reader.article_body(a), group) for a in articles)

    def _party_in_role(self, query: Query, role: str) -> str | None:
        """The one party of the asked party's articles, not it, that an article writes as
        holding `role` ("its operations manager, Jo Hale"; "the seller, Baobab Mills")."""
        named = set(query.respondents)
        articles = {f.article_id for key in named for f in self.reader.facts(respondent_key=key)}
        found: dict[str, None] = {}
        for article_id in sorted(articles):
            body = self.reader.article_body(article_id)
            for fact in self.reader.facts(article_id=article_id):
                key = fact.respondent_key
                if key is None or key in named or key in found:
                    continue
                if written_with_role(body, fact.respondent.text, role):
                    found[key] = None
        return next(iter(found)) if len(found) == 1 else None

    def _paid_when(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        said_paid = False
        for group in self._groups(query):
            for fact in group.facts:
                for status in fact.statuses:
                    if status.status != "paid":
                        continue
                    said_paid = True
                    text = self.retriever.body(fact.article_id)[status.start : status.end]
                    published = self.published.get(fact.article_id)
                    # "fined £45,000 in March …, paid the penalty in full in April": the
                    # date nearest the payment, after it first.
                    verb = _PAID_VERB.search(text)
                    at = verb.start() if verb else 0
                    decided = {group.date, group.announced}
                    day = min(
                        (
                            d
                            for d in find_dates(text, published)
                            if d.year
                            and not _IMPOSED_ON.search(text[max(0, d.start - 25) : d.start])
                            and iso(d) not in decided
                        ),
                        key=lambda d: (d.start < at, abs(d.start - at)),
                        default=None,
                    )
                    if day is None:
                        continue
                    value = iso(day)
                    n = cites.add(fact.article_id, status.start, status.end)
                    text = f"{fmt_date(value)}. The sources say {describe(group, self.lexicon)} was paid then [{n}]."
                    return self._done(query, "date", text, cites, DateValue(date=value))
        why = (
            "they say the fine was paid but not when"
            if said_paid
            else "they do not say that it was paid, or when"
        )
        return self._not_found(query, cites, quotes, why)

    def _all_elsewhere(self, query: Query) -> bool:
        """An amount asked for in a place, and every action against the company the question
        names is known to be somewhere else (an action whose place is unknown might be
        there). Only amounts: "Was a Swedish authority fined over Clearview?" names a
        company and a place without asking for an action against one in the other."""
        if not query.places or query.kind != "amount":
            return False
        theirs = self._groups(replace(query, places=frozenset(), action=None))
        return bool(theirs) and all(g.jurisdiction is not None for g in theirs)

    def _evidence(self, query: Query) -> list[Quote]:
        text = query.text
        if query.inherited:  # "and the Greek one?": search with what it inherited
            extra = [
                *query.respondents,
                *(
                    self.lexicon.jurisdictions[p].name
                    for p in query.places
                    if p in self.lexicon.jurisdictions
                ),
            ]
            text = f"{query.context} {text} {' '.join(extra)} {query.action or ''}"
        found = self.retriever.search(text, k=8)
        return [self._quote(e.article_id, e.start, e.end) for e in found]

    def _quote(self, article_id: str, start: int, end: int) -> Quote:
        return Quote(
            article_id,
            start,
            end,
            self.retriever.body(article_id)[start:end],
            self.published.get(article_id),
            self.reader.article_meta(article_id).outlet,
        )

    def _focus(self, query: Query) -> list[str]:
        stop = self.lexicon.stopwords | _TYPE_WORDS
        words = [w for w in query.words if w not in stop and len(w) > 2 and not w.isdigit()]
        # Short place names count too: "UK guest records".
        places = [
            m.text.casefold()
            for m in self.lexicon.mentions(query.text)
            if m.kind == "jurisdiction" and len(m.text) <= 2
        ]
        return [*words, *places, *(s.casefold() for s in synonyms_of(query.text))]

    # --- facts ----------------------------------------------------------------------------

    def _groups(
        self,
        query: Query,
        action: str | None = None,
        any_respondent: bool = False,
        by_action: bool = True,
    ) -> list[ActionGroup]:
        """Actions matching the question's slots. `by_action=False` is for calculations: there
        the action words and amounts in the question are inputs, not selectors."""
        if not query.respondents and self.unknown_names(query.text):
            return []  # "How much was Meridian fined?": no action the facts know is against it
        if not (query.respondents or query.authorities or query.places) and self._too_many_facts():
            # "What was the largest fine?" names nobody: grouping every fact of a newsroom's
            # corpus (82,000 at 100,000 chunks) took 20 s and 800 MB. Passages answer it.
            return []
        groups = self._read_groups(query)
        if query.authorities:
            # "fined by AGCOM": that regulator's actions, not the Garante's in the same
            # country (an action whose regulator is unknown may still be it).
            chosen = [
                g
                for g in groups
                if g.authority in query.authorities
                or (g.authority is None and within(g.jurisdiction, query.places))
            ]
            if not chosen and query.respondents:
                # "how much did the SEC fine Lotus Equities?": an acronym several countries'
                # regulators share, which the party's own story gives its regulator
                # ("the Securities and Exchange Commission of Sri Lanka (SEC)").
                chosen = [g for g in groups if self._introduced_as(g, query.text)]
            if not by_action:
                # "How much did the First-tier Tribunal knock off X's penalty?": a court's ruling
                # is worked out against the regulator's measure it ruled on, so a calculation
                # keeps the ruled-on party's other actions as inputs.
                ruled_on = {g.facts[0].respondent_key for g in chosen if g.action == "ruling"}
                chosen += [
                    g
                    for g in groups
                    if g not in chosen
                    and g.action != "ruling"
                    and g.facts[0].respondent_key in ruled_on - {None}
                ]
            courts_only = all(
                self.lexicon.authorities[a].kind == "court"
                for a in query.authorities
                if a in self.lexicon.authorities
            )
            if chosen or by_action or not (query.respondents and courts_only):
                # A calculation "to keep the NCLAT stay": a court it names in passing, with
                # no ruling of it recorded, leaves the party's own actions as its inputs.
                # (Elsewhere the court selects: "has X appealed to the Court of Justice?"
                # with no such appeal recorded is not answered from another court's ruling.)
                groups = chosen
        elif query.places:
            groups = [g for g in groups if within(g.jurisdiction, query.places)]
        wanted = action or (query.action if by_action else None)
        if wanted:
            same = [g for g in groups if g.action == wanted]
            # "civil penalties" in a US settlement are what the question calls a fine.
            fallback = (
                [g for g in groups if g.action in {"penalty_payment", "settlement"}]
                if wanted == "fine"
                else []
            )
            groups = same or fallback
        if query.year:
            # "how much did the ODPC fine each lender back in 2021": a measure the sources
            # date to another year does not answer (announced that year counts too)
            year = str(query.year)
            groups = [
                g
                for g in groups
                if (not g.date and not self._undated_later(g, query.year))
                or (g.date and g.date.startswith(year))
                or any(f.announced and f.announced.text.startswith(year) for f in g.facts)
            ]
        if by_action:
            for mention in query.money:
                if mention.money is not None:
                    matching = [
                        g
                        for g in groups
                        if any(
                            a.amount == mention.money.amount
                            and a.currency == mention.money.currency
                            for a, _ in g.amounts()
                        )
                    ]
                    groups = matching or groups
        return groups

    def _introduced_as(self, group: ActionGroup, question: str) -> bool:
        """Whether the group's regulator is introduced in its story by an acronym the question
        uses for a regulator: "(SEC)" right after the body's name."""
        acronyms = self._acronyms_named(question)
        if not acronyms or group.authority is None:
            return False
        return any(
            group.authority in self._introduced_by(self.retriever.body(article_id), acronym)
            for article_id in {f.article_id for f in group.facts}
            for acronym in acronyms
        )

    def _acronyms_named(self, text: str) -> set[str]:
        """The regulators' acronyms `text` names ("SEC", "SC"), as written."""
        return {
            m.text
            for m in self.lexicon.mentions(text)
            if m.kind == "authority" and m.text.isupper() and len(m.text) >= 2
        }

    def _introduced_by(self, text: str, acronym: str) -> set[str]:
        """The regulators `text` introduces by `acronym`: named right before "(ACRONYM)"."""
        found: set[str] = set()
        for bracket in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
            before = text[max(0, bracket.start() - 120) : bracket.start()].rstrip()
            found |= {
                m.key
                for m in self.lexicon.mentions(before)
                if m.kind == "authority" and m.end == len(before)
            }
        return found

    def _undated_later(self, group: ActionGroup, year: int) -> bool:
        """An action the copy gives no date is news of its articles' own time: "announced on 14
        January that it had fined X" in a 2026 newsletter is not what was fined "back in 2022".
        Only when every article stating it was published two years or more after the year
        asked and no sentence stating it names that year."""
        for fact in group.facts:
            published = self.published.get(fact.article_id) or ""
            if not published[:4].isdigit() or int(published[:4]) <= year + 1:
                return False
            body = self.retriever.body(fact.article_id)
            if any(str(year) in body[a:b] for a, b in [(fact.start, fact.end), *fact.mentions]):
                return False
        return True

    def _too_many_facts(self) -> bool:
        if self._fact_count is None:
            self._fact_count = self.reader.fact_count()
        return self._fact_count > _ALL_FACTS_LIMIT

    def _read_groups(self, query: Query) -> list[ActionGroup]:
        if query.respondents:
            selector: tuple = ("respondents", tuple(query.respondents))
        else:
            selector = ("about", tuple(sorted(query.authorities)), tuple(sorted(query.places)))
        if selector not in self._grouped:
            if self._grouped_size >= _GROUPED_FACTS_KEPT:
                self._grouped, self._grouped_size = {}, 0
            if query.respondents:
                facts = [
                    f for key in query.respondents for f in self.reader.facts(respondent_key=key)
                ]
                facts += self._spelled_out(facts, query.respondents)
            else:
                # Only the named regulator's or place's actions pass the filters in `_groups`:
                # read those (and what groups with them), not every fact in the index.
                facts = self.reader.facts_about(query.authorities, query.places)
            self._grouped[selector] = group_facts(facts, self.published)
            self._grouped_size += len(facts)
        return list(self._grouped[selector])  # callers filter their own copy

    def _spelled_out_in(self, word: str, quotes: Sequence[Quote]) -> bool:
        """An acronym the question uses ("the NAL amount") that the articles found write
        out ("a Notice of Apparent Liability"): capitalised words whose initials spell it,
        small joining words between them."""
        if not re.fullmatch(r"[A-Z]{2,6}s?", word):
            return False
        letters = word.rstrip("s")
        joins = r"(?:\s+(?:of|the|and|for|on|to|de|du|des|der|la|le)\b)*\s+"
        spelled = re.compile(r"\b" + joins.join(rf"{c}[a-z][\w'’-]*" for c in letters) + r"\b")
        articles = dict.fromkeys(q.article_id for q in quotes[:8])
        return any(spelled.search(self.reader.article_body(a)) for a in articles)

    def _respondents_words(self, query: Query) -> set[str]:
        """The words, folded, of the names the question's parties go by in the facts."""
        return {
            fold(w)
            for key in query.respondents
            for f in self.reader.facts(respondent_key=key)
            if f.respondent
            for w in re.findall(r"\w+", f.respondent.text)
        }

    def _party_by_acronym(self, question: str) -> str | None:
        """The key of the party an acronym in the question stands for, when no fact names
        the acronym itself: a party of an article using the acronym whose capitalised words'
        initials spell it ("Nordic Mobile Telecom" … "NMT")."""
        for token in dict.fromkeys(re.findall(r"\b[A-Z]{2,5}\b", question)):
            if token.casefold() in self.respondents or self.lexicon.mentions(token):
                continue  # a party the facts name so, a regulator or a place
            rows = self.reader.lexical_top_sentences(fts_query([token]), k=20)
            for article_id in dict.fromkeys(r.article_id for r in rows):
                for fact in self.reader.facts(article_id=article_id):
                    if fact.respondent is not None and initials(fact.respondent.text) == token:
                        return fact.respondent_key
        return None

    def _regulator_by_acronym(self, query: Query) -> str | None:
        """The one regulator the sources introduce by the acronym the question names a
        regulator by ("(SC)" right after its name), when no regulator the data knows by that
        acronym has an action in them."""
        if query.authorities:
            if any(self.reader.facts(authority=a) for a in query.authorities):
                return None
            acronyms = self._acronyms_named(query.text)
        else:
            # "did the ncc fine X?": an acronym the data leaves out because several
            # regulators share it (Nigeria's and Taiwan's NCC), typed in either case — not a
            # word of a party's name ("oistins auto mart")
            names = self._respondents_words(query)
            acronyms = {
                word.upper()
                for word in re.findall(r"\b[A-Za-z]{2,6}\b", query.text)
                if (word.isupper() or (len(word) >= 3 and word.islower()))
                and word.casefold() not in self.lexicon.stopwords
                and word.casefold() not in common_words()
                and word.casefold() not in self.respondents
                and fold(word) not in names
            }
        found: set[str] = set()
        for acronym in acronyms:
            for row in self.reader.lexical_top_sentences(fts_query([acronym]), k=20):
                sentence = self.reader.article_body(row.article_id)[row.start : row.end]
                found |= self._introduced_by(sentence, acronym)
        found = {key for key in found if self.reader.facts(authority=key)}
        return found.pop() if len(found) == 1 else None

    def _party_by_later_word(self, question: str) -> str | None:
        """The key of the one party a question names by a later word of its name, not the
        first that keys it: "Drini" for "Çimento Drini", "Telekom" for "Deutsche Telekom".
        Only an uncommon word (not a regulator, place or everyday word) that is the second or
        a later word of exactly one party's name in the articles using it."""
        common = common_words()
        found: set[str] = set()
        for word in dict.fromkeys(re.findall(r"[^\W\d_][\w'’-]+", question)):
            word = re.sub(r"['’]s?$", "", word)
            folded = fold(word)
            if (
                len(folded) < 4
                or folded in common
                or folded in self.lexicon.stopwords
                or folded in self.lexicon.framing
                or folded in self.respondents
                or self.lexicon.mentions(word)
            ):
                continue
            rows = self.reader.lexical_top_sentences(fts_query([word]), k=20)
            for article_id in dict.fromkeys(r.article_id for r in rows):
                for fact in self.reader.facts(article_id=article_id):
                    if fact.respondent is None or fact.respondent_personal:
                        continue
                    words = re.findall(r"[\w&]+", fold(fact.respondent.text))
                    if folded in words[1:] and fact.respondent_key != folded:
                        found.add(fact.respondent_key)
        return found.pop() if len(found) == 1 else None

    def _spelled_out(self, facts: list[Fact], keys: Sequence[str]) -> list[Fact]:
        """The facts of the party an acronym stands for, where its article names the party in
        full too: "BA" is British Airways in a story that says "the ICO fined British Airways
        £20m … BA had been told it faced £183m". Only a party of the same articles whose
        capitalised words' initials spell the acronym."""
        more: list[Fact] = []
        for key in keys:
            own = [f for f in facts if f.respondent_key == key and f.respondent is not None]
            if not own or not all(ACRONYM.fullmatch(f.respondent.text) for f in own):
                continue
            acronym = own[0].respondent.text
            seen = {key}
            for article_id in dict.fromkeys(f.article_id for f in own):
                for fact in self.reader.facts(article_id=article_id):
                    other = fact.respondent_key
                    if other in seen or fact.respondent is None:
                        continue
                    if initials(fact.respondent.text) == acronym:
                        seen.add(other)
                        more += self.reader.facts(respondent_key=other)
        return more

    def _cite_group(self, group: ActionGroup, cites: Citations) -> int:
        fact = (group.amount(home_currency(group, self.lexicon)) or (None, group.facts[0]))[1]
        return cites.add(fact.article_id, fact.start, fact.end)

    def _conflicts(self, group: ActionGroup, chosen, cites: Citations) -> list[Conflict]:
        return [
            Conflict(
                claim=f"{format_money(Money(a.amount, a.currency))} ({f.article_id})",
                citation=cites.add(f.article_id, f.start, f.end),
            )
            for a, f in group.conflicts(chosen)
        ]

    # --- kinds ----------------------------------------------------------------------------

    def _not_this_sum(self, query: Query, group, fact, amount) -> str | None:
        """Why the amount recorded does not answer the question, when its own sentence says
        so: the sum agreed is confidential ("the terms are confidential, but … costs alone
        exceeded $400,000"), or it is several parties' combined sum and the question asks what
        each got ("fined two operators a combined Shs1.2 billion")."""
        body = self.retriever.body(fact.article_id)
        at = amount.start if amount.start is not None else fact.start
        around = rough_sentence(body, at)
        sentence = body[around.start : around.end]
        if (group.action == "settlement" or _ASKS_SETTLED_SUM.search(query.text)) and (
            _UNDISCLOSED.search(sentence)
        ):
            return "they say the sum agreed was not disclosed"
        if _ASKS_EACH.search(query.text) and _COMBINED.search(sentence) and not group.respondent:
            return "they give only the combined figure for all of them, not each one's"
        return None

    def _amount(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        if (
            query.respondents
            and ASKS_PARTY_FIGURE.search(query.text)
            # "what did the NICTA say the fine was": the regulator's own figure
            and not any(m.kind == "authority" for m in self.lexicon.mentions(query.text))
        ):
            # "and what does the operator say the figure is?": the party's own account, from
            # a sentence in which it speaks — not the regulator's figure it disputes
            own = {f.article_id for k in query.respondents for f in self.reader.facts(k)}
            said = party_figure(quotes, query.respondents, own, self._local_currencies(quotes))
            if said is not None:
                money, quote = said
                n = cites.quote(quote)
                text = f"{format_money(money)}, the figure the party itself gives [{n}]."
                return self._amount_answer(query, text, cites, money)
        part = self._part_of_stated(query, cites, quotes) or self._after_ruling(
            query, cites, quotes
        )
        if part is not None:
            return part
        # Amounts that are not penalties, and statutory maximums, are read from the text.
        about_caps = (
            re.search(r"\b(?:maximum|cap|limit|most)\b", query.text, re.I) and not query.respondents
        ) or bool(_MOST_POSSIBLE.search(query.text))
        # "how much did the clients lose?", "… agreed to pay the communities?": money that is
        # not the sanction, answered only by a figure its sentence names as that kind
        money_kind = asked_money(query.text)
        about_penalty = not _not_penalty_amount(query.text) and not about_caps and not money_kind
        groups = (
            self._groups(query)
            if about_penalty
            and (query.respondents or query.places or query.authorities or query.action)
            else []
        )
        groups = [g for g in groups if g.amounts()]
        # A rate asked for ("the daily fine", "how much a week") is a periodic penalty's of
        # that period; any other amount is a lump sum's.
        daily = bool(
            re.search(r"\b(?:daily|a\s+day|per\s+day|each\s+day|rate)\b", query.text, re.I)
        )
        weekly = re.search(r"\b(?:weekly|(?:a|per|each|every)\s+week)\b", query.text, re.I)
        period = "week" if weekly else "day" if daily else None
        groups = [
            g for g in groups if (g.per if g.per in ("day", "week") else None) == period
        ] or groups
        if groups:
            # The action most sources report, then the latest year (decided, announced, or
            # reported: "in 2021 the AEPD fined it €70,000" is background to this year's),
            # then the one whose sentence uses more of the question's words ("in civil
            # penalties").
            own = self._own_words(query)
            words = {id(g): self._words_used(own, g.facts) for g in groups}
            shared = set.intersection(*words.values())  # say nothing between them
            # "and roughly in euros?": first the action the sources give in that currency.
            in_asked = {
                id(g): bool(query.currency)
                and any(
                    a.currency == query.currency
                    for f in g.facts
                    for a in [f.amount, *f.other_amounts]
                    if a is not None
                )
                for g in groups
            }
            # "what was the fine at trial?", "… originally?": the earliest of a case's sums,
            # before an appeal court put another in its place.
            first = _ASKS_FIRST_SUM.search(query.text) and min(
                (g.date for g in groups if g.date), default=None
            )
            group = max(
                groups,
                key=lambda g: (
                    in_asked[id(g)],
                    bool(first) and (g.date or "")[:7] == first[:7],
                    len(g.facts),
                    self._year(g),
                    len(words[id(g)] - shared),
                ),
            )
            chosen = self._pick_amount(group, query)
            if chosen is not None and _ASKS_AMOUNT_PAID.search(query.text):
                paid = self._amount_paid(query, group, chosen[0], quotes, cites)
                if paid is not None:
                    return paid
                reported_paid = any(s.status == "paid" for f in group.facts for s in f.statuses)
                if _ASKS_PART_PAID.search(query.text) or not reported_paid:
                    # "How much of the $3.25m has it paid so far?": the sum imposed is what
                    # the question already knows; no payment reported means no answer. So
                    # too "how much has it paid in astreinte so far?" where the sources tell
                    # of no payment at all: the sum (or daily rate) imposed is not a payment.
                    return self._not_found(
                        query,
                        cites,
                        quotes,
                        f"they report {describe(group, self.lexicon)} but not how much of it "
                        "has been paid",
                        [self._cite_group(group, cites)],
                    )
            if chosen is not None and query.currency and chosen[0].currency != query.currency:
                # "What is the fine in US dollars?" when the sources give no dollar figure:
                # converted at an exchange rate they state ("($1 = 0.9375 euros)"), or not at all.
                return self._at_stated_rate(query, cites, quotes, group, *chosen)
            if chosen is not None:
                amount, fact = chosen
                unsaid = self._not_this_sum(query, group, fact, amount)
                if unsaid is not None:
                    return self._not_found(
                        query,
                        cites,
                        quotes,
                        unsaid,
                        [cites.add(fact.article_id, fact.start, fact.end)],
                    )
                numbers = [
                    cites.add(fact.article_id, fact.start, fact.end),
                    *self._written_at(fact, amount, cites),
                    *self._ruling_restated(group, fact, amount, cites),
                    *self._agreeing(group, amount, fact, cites),
                ]
                money = Money(amount.amount, amount.currency)
                text = f"{format_money(money)}{per_period(group.per)}. The sources report {describe(group, self.lexicon, money)} {markers(numbers)}."
                if fact.amount is not None and amount.currency != fact.amount.currency:
                    # "24 million Swedish crowns ($2.2 million)": the figure asked for is the
                    # source's conversion, not the amount imposed.
                    text = (
                        f"{format_money(money)}{per_period(group.per)}, the "
                        f"source's own conversion of {describe(group, self.lexicon)} "
                        f"{markers(numbers)}."
                    )
                others = [g for g in groups if g is not group]
                if others and not query.inherited and len(groups) <= 4:
                    text += (
                        " The sources also report "
                        + "; ".join(
                            f"{describe(g, self.lexicon)} [{self._cite_group(g, cites)}]"
                            for g in others
                        )
                        + "."
                    )
                return self._amount_answer(
                    query, text, cites, money, conflicts=self._conflicts(group, amount, cites)
                )
            return self._not_found(
                query,
                cites,
                quotes,
                f"they report {describe(group, self.lexicon)} but not how much it was",
                [self._cite_group(group, cites)],
            )
        if query.respondents and (query.places or query.authorities) and about_penalty:
            return self._no_such_action(query, cites, quotes)
        focus = self._focus(query)
        if not about_penalty and query.respondents:
            # "How much does Clínica Aurora owe now?": the passages are already the company's;
            # its name would favour the sentence naming the fine over "the amount owed now".
            named = self._respondents_words(query)
            focus = [w for w in focus if fold(w) not in named] or focus
        evidence = self._filtered(query, quotes)
        if not about_penalty and _ASKS_SETTLED_SUM.search(query.text):
            # "how much did X pay the injured worker in the settlement?" — "the terms are
            # confidential, but …": the sources say the sum was not disclosed; a penalty or
            # a cost named beside it is not that sum.
            secret = next((q for q in evidence[:4] if _UNDISCLOSED.search(q.text)), None)
            if secret is not None:
                return self._not_found(
                    query,
                    cites,
                    quotes,
                    "they say the sum agreed was not disclosed",
                    [cites.add(secret.article_id, secret.start, secret.end)],
                )
        fits = (
            (lambda text, s, e: fits_asked(money_kind, query.text, text, s, e))
            if money_kind
            else None
        )
        reading = read_amount(
            query, evidence, focus, local=self._local_currencies(evidence), fits=fits
        )
        if reading is None and money_kind:
            said = {"loss": "what was lost", "compensation": "a sum paid or agreed to those harmed"}
            return self._not_found(
                query, cites, quotes, f"they give no figure for {said[money_kind]}"
            )
        if reading is None or not self._year_holds(query, reading.quote):
            return self._not_found(query, cites, quotes, "no amount in them answers this")
        if _MOST_POSSIBLE.search(query.text) and not _CEILING_SAID.search(reading.quote.text):
            # "what is the maximum fine INAE could have given X?" — the passage gives X's own
            # fine: the maximum is no figure they state ("several times higher")
            said = next((q for q in evidence[:6] if _CEILING_SAID.search(q.text)), None)
            extra = [cites.add(said.article_id, said.start, said.end)] if said else []
            return self._not_found(
                query, cites, quotes, "they give no figure for the maximum", extra
            )
        claimed = _CLAIMED_BEFORE.search(
            reading.quote.text[max(0, reading.start - 40) : reading.start]
        )
        if claimed and _ASKS_RECEIVED.search(query.text):
            # "how much in damages did the worker get?" — "has filed a lawsuit … seeking $1.2
            # million in damages": what is claimed is not what was got
            return self._not_found(
                query,
                cites,
                quotes,
                f"they report only a sum claimed ({format_money(reading.value)}), not one "
                "received or awarded",
                [cites.add(reading.quote.article_id, reading.quote.start, reading.quote.end)],
            )
        if _ASKS_EACH.search(query.text) and _COMBINED.search(reading.quote.text):
            # "how much did it fine each operator?" — "fined two operators a combined Shs1.2
            # billion": the sum of them all, not each one's
            return self._not_found(
                query,
                cites,
                quotes,
                "they give only the combined figure for all of them, not each one's",
                [cites.add(reading.quote.article_id, reading.quote.start, reading.quote.end)],
            )
        if about_penalty and self._names_as_employer(query, reading.quote.text):
            # "… Callum Reddy, the former chief executive of Tallis Loans, … to fine him
            # £310,000": the figure is the person's, not the company's the question names.
            return self._not_found(
                query, cites, quotes, "the amount they give there is a person's, not the company's"
            )
        n = cites.quote(reading.quote)
        return self._done(
            query,
            "amount",
            f"{format_money(reading.value)}. {said_by(reading.quote)} [{n}].",
            cites,
            MoneyValue(amount=reading.value.amount, currency=reading.value.currency),
        )

    def _ruling_restated(self, group: ActionGroup, fact, amount, cites: Citations) -> list[int]:
        """A court's figure as the article states the court's own step, when the fact's
        sentence reports it in passing: "confirmed the judgment of the Court of Appeal, which
        had reduced the fine to MDL 6,780,000" in the lead, "It reduced the fine to 6.780.000
        lei." where the article tells that judgment; "the court set the fine at €250,000."
        The figure, however written (the same number in another currency's spelling), in a
        sentence of the same article that sets or cuts a penalty."""
        if group.action != "ruling" or amount.amount < 1000:
            return []
        body = self.retriever.body(fact.article_id)
        for mention in find_money(body):
            if mention.money is None or mention.money.amount != amount.amount:
                continue
            if fact.start <= mention.start < fact.end:
                continue
            span = self.reader.sentence_at(fact.article_id, mention.start)
            if span is None or span[0] <= fact.start < span[1]:
                continue
            if _SETS_PENALTY.search(body[span[0] : span[1]]):
                return [cites.add(fact.article_id, *span)]
        return []

    def _written_at(self, fact, amount, cites: Citations) -> list[int]:
        """The sentence that writes the figure given, when it is not the fact's own: "fined
        H&M 35.3 million euros" is the fact's, "The exact amount of the penalty is
        35,258,707.95 euros" further down says the figure the answer gives; likewise the
        sentence that gives the date the answer states."""
        numbers = []
        # and the one that dates it: "The FCCPC imposed the N2.5bn penalty in a final order
        # issued on August 19, 2025" beside a lead that gives no date (the answer gives it).
        at = [amount.start, *([fact.date.start] if fact.date and fact.date.start > 0 else [])]
        for position in at:
            if fact.start <= position < fact.end:
                continue
            span = self.reader.sentence_at(fact.article_id, position)
            if span:
                numbers.append(cites.add(fact.article_id, *span))
        return numbers

    def _local_currencies(self, quotes: Sequence[Quote]) -> dict[str, str]:
        """Each quoted article's own currency: that of the place most of its facts are in.
        The extractor reads a "$" in an Australian story as the Australian dollar; an amount
        read off the same story's passage must too."""
        local = {}
        for article_id in {q.article_id for q in quotes}:
            places = Counter(
                place.currency
                for f in self.reader.facts(article_id=article_id)
                for place in [self.lexicon.jurisdictions.get(f.jurisdiction or "")]
                if place is not None and place.currency
            )
            if places:
                local[article_id] = places.most_common(1)[0][0]
        return local

    def _names_as_employer(self, query: Query, text: str) -> bool:
        """The passage names the company asked about only as a person's employer, and that
        person as the one sanctioned ("fine him", "banned her")."""
        if not _PERSON_SANCTIONED.search(text):
            return False
        asked = {*query.respondents, *(respondent_key(n) for n in self.unknown_names(query.text))}
        return any(respondent_key(m.group("employer")) in asked for m in _role_of().finditer(text))

    def _agreeing(self, group: ActionGroup, amount, chosen, cites: Citations) -> list[int]:
        """Up to two more sources giving the same sum: corroboration a reader can check."""
        from .fact_model import same_sum

        others = [
            f
            for a, f in group.amounts()
            if f is not chosen and a.currency == amount.currency and same_sum(a, amount)
        ]
        return [cites.add(f.article_id, f.start, f.end) for f in others[:2]]

    def _at_stated_rate(
        self, query: Query, cites: Citations, quotes: list[Quote], group: ActionGroup, amount, fact
    ) -> Answer:
        target = query.currency
        given = Money(amount.amount, amount.currency)
        fine = cites.add(fact.article_id, fact.start, fact.end)
        for article_id in dict.fromkeys(f.article_id for f in group.facts):
            body = self.retriever.body(article_id)
            for one, other, start, end in _stated_rates(body, given.currency):
                if {one.currency, other.currency} != {target, given.currency}:
                    continue
                rate = Input(
                    f"exchange rate: 1 {one.currency} = {other.amount} {other.currency}",
                    other.amount,
                    cites.add(article_id, start, end),
                )
                result = calc.convert(
                    Input(_ACTION_NAMES.get(group.action, group.action), given, fine),
                    rate,
                    target,
                    rate_is_per_target=one.currency == target,
                )
                used = markers([i.citation for i in result.calculation.inputs if i.citation])
                text = (
                    f"{format_money(result.value)} ({result.calculation.formula}, at the rate "
                    f"the source states) {used}."
                )
                return self._done(
                    query,
                    "calculation",
                    text,
                    cites,
                    MoneyValue(amount=result.value.amount, currency=result.value.currency),
                    calculation=result.calculation,
                )
        return self._not_found(
            query,
            cites,
            [],
            f"they give {describe(group, self.lexicon)} only as {format_money(given)} "
            f"and state no {target} figure or exchange rate",
            [fine],
        )

    def _amount_paid(
        self, query: Query, group: ActionGroup, imposed, quotes: list[Quote], cites: Citations
    ) -> Answer | None:
        """ "How much did Vela actually end up paying?" when the sources say a sum other than
        the one imposed was paid: "€820,000 was transferred to the authority", or "by paying
        half of the €1.64 million fine" (worked out). None when they say nothing else."""
        articles = {f.article_id for f in group.facts}
        # What the sources say was paid: its 'paid' statements, and any other outcome told
        # with a payment ("has paid only a quarter of the fine" reads as a reduction).
        statements = [
            (f.article_id, s.start, s.end)
            for f in group.facts
            for s in f.statuses
            if s.status == "paid"
            or (
                s.status in {"reduced", "not_paid"}
                and _PAID_SHARE.search(self.retriever.body(f.article_id)[s.start : s.end])
            )
        ]
        if not statements and not _ASKS_PART_PAID.search(query.text):
            # A part asked for ("how much of the fine has it paid so far?") may be told in a
            # sentence no payment status was read from: "has so far paid €300,000 of the fine".
            return None
        candidates = statements + [
            (q.article_id, q.start, q.end)
            for q in quotes
            if q.article_id in articles and _PAID_VERB.search(q.text)
        ]
        imposed_sums = {a.amount for a, _ in group.amounts() if a.currency == imposed.currency}
        for article_id, start, end in candidates:
            text = self.retriever.body(article_id)[start:end]
            for mention in find_money(text, imposed.currency):
                money = mention.money
                if (
                    money is not None
                    and money.currency == imposed.currency
                    and money.amount not in imposed_sums
                    and mention.per is None
                    and money.amount < imposed.amount
                ):
                    n = cites.add(article_id, start, end)
                    text = (
                        f"{format_money(money)}. The sources say {format_money(money)} of "
                        f"{describe(group, self.lexicon)} was paid [{n}]."
                    )
                    return self._amount_answer(query, text, cites, money)
        for article_id, start, end in statements:
            text = self.retriever.body(article_id)[start:end]
            part = _PAID_SHARE.search(text)
            if part is None:
                continue
            share = _SHARES[part.group(1).casefold()]
            money = Money(imposed.amount * share, imposed.currency)
            n = cites.add(article_id, start, end)
            text = (
                f"{format_money(money)}: {part.group(1).casefold()} of "
                f"{describe(group, self.lexicon)}, which the sources say was paid [{n}] "
                f"({format_money(Money(imposed.amount, imposed.currency))} × {share.normalize()})."
            )
            return self._amount_answer(query, text, cites, money)
        return None

    def _part_of_stated(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer | None:
        """ "How much of the €150m fine falls on Google Ireland?": the part the sources state
        beside the named party, never the whole the question already gives."""
        if not re.search(r"\bhow\s+much\s+of\b", query.text, re.I) or not query.money:
            return None
        whole = {(m.money.amount, m.money.currency) for m in query.money if m.money}
        # The party's own words beyond the company key ("Ireland" in "Google Ireland").
        named = {
            w.casefold()
            for m in self.lexicon.mentions(query.text)
            if m.kind == "authority"
            for w in re.findall(r"\w+", m.text)
        }
        focus = [
            w.casefold()
            for w in re.findall(r"(?<!^)\b[A-Z][\w&]*", query.text)
            if w.casefold() not in query.respondents and w.casefold() not in named
        ]
        if not focus:
            return None
        best = None
        for rank, quote in enumerate(self._filtered(query, quotes)):
            stated = {
                (f.amount.amount, f.amount.currency)
                for f in self.reader.facts(article_id=quote.article_id)
                if f.amount
            }
            if not stated & whole:
                continue  # a story about another sum
            mentions = find_money(quote.text)
            for index, mention in enumerate(mentions):
                money = mention.money
                if money is None or (money.amount, money.currency) in whole:
                    continue
                if not any(money.currency == c for _, c in whole):
                    continue
                # "€90 million is imposed on Google LLC and €60 million on Google Ireland":
                # what follows an amount, up to the next one, is what it is for.
                stop = mentions[index + 1].start if index + 1 < len(mentions) else len(quote.text)
                after = quote.text[mention.end : min(stop, mention.end + 60)].casefold()
                score = sum(1 for w in focus if w in after)
                if score and _PARTITION.search(quote.text):
                    score += 1  # "Of this amount, €90 million is imposed on …"
                if score and (best is None or (score, -rank) > best[0]):
                    best = ((score, -rank), money, quote)
        if best is None:
            return None
        _, money, quote = best
        n = cites.quote(quote)
        return self._done(
            query,
            "amount",
            f"{format_money(money)}, according to {said_by(quote)} [{n}].",
            cites,
            MoneyValue(amount=money.amount, currency=money.currency),
        )

    def _pick_amount(self, group: ActionGroup, query: Query):
        if query.currency:
            for amount, fact in group.amounts():
                if amount.currency == query.currency:
                    return amount, fact
            for fact in group.facts:
                for other in fact.other_amounts:
                    if other.currency == query.currency:
                        return other, fact
        source = self._source_named(query)
        if source:
            for amount, fact in group.amounts():
                if fact.article_id in source:
                    return amount, fact
        return group.amount(home_currency(group, self.lexicon))

    def _date(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        if query.status == "paid" and query.respondents:
            # "When did Fjellvik pay its fine?": the day of the payment, which only a
            # sentence saying it was paid can give — never the decision's.
            return self._paid_when(query, cites, quotes)
        named = query.respondents or query.places or query.authorities or query.action
        # A wire story may give only the day the action was announced: that dates it too.
        groups = [g for g in self._groups(query) if g.date or g.announced] if named else []
        public = bool(
            re.search(r"\b(?:public|announc\w*|publish\w*|disclos\w*)\b", query.text, re.I)
        )
        background = re.search(
            r"\b(?:found|founded|formed|first|since|complain\w*|notice|set\s+up|established|created|launched|incorporated|started)\b",
            query.text,
            re.I,
        )
        # "When is the court expected to decide?": a future event no decision date answers;
        # "from what date do the daily fines start?": the date they run from.
        future = _FUTURE_EVENT.search(query.text)
        starting = _STARTING.search(query.text)
        # "when does the licence suspension end?": the day it ends, which a decision's date
        # is not — only a sentence saying until when answers
        ending = _ASKS_END.search(query.text)
        # "When did the CAI correct the figure?", "when did X appeal?": a step the facts do
        # not date (they date decisions and rulings) — read off the sentence reporting it.
        asked = asked_kinds(query.text)
        other_step = bool(asked) and not asked & {"sanction", "ruling"}
        if "sanction" in asked and "ruling" not in asked:
            # "when did the board suspend X's licence?": a court's ruling on the challenge is
            # dated, the suspension is not — the ruling's date does not answer it.
            groups = [g for g in groups if g.action != "ruling"]
        if _ASKS_LICENCE_TAKEN.search(query.text) and not re.search(
            rf"\b(?:fined?|{PENALTY_NOUNS})\b", query.text, re.I
        ):
            # "when was X stripped of its concession?", "when did the IFT revoke the licence?":
            # a fine the story dates is another step of the case; only a ban or an order
            # answers, else the sentence reporting the revocation.
            groups = [g for g in groups if g.action in {"ban", "order"}]
        if _ASKS_COURT_STEP.search(query.text):
            # "when did the high court cut X's fine?", "date of the X judgment": a court's
            # ruling on the decision, not the decision the story also dates.
            # The fine asked about is the ruling's object ("cut X's fine"): any action's ruling.
            pool = self._groups(replace(query, action=None)) if named else []
            # (or, asked when a party was sentenced, a court's own penalty: not the inspectors'
            # notice the court report also dates)
            groups = (
                [g for g in pool if g.action == "ruling" and g.date]
                or [g for g in groups if self._by_a_court(g.authority)]
                or groups
            )
        asked_words = set(re.findall(r"\w+", fold(query.text)))

        def court_named(group: ActionGroup) -> int:
            """How many of the body's own words the question uses ("the high court")."""
            words = set(re.findall(r"\w+", fold(group.authority or ""))) - _BODY_WORDS
            return len(words & asked_words) if group.action == "ruling" else 0

        if (
            groups
            and not background
            and not future
            and not starting
            and not other_step
            and not ending
        ):
            group = max(
                groups,
                key=lambda g: (court_named(g), len(g.facts), len(g.date or g.announced or "")),
            )
            # (or the decision is dated only by the month the announcement's day falls in:
            # "a fine imposed … in February 2023", "said on Friday [10 February] it had fined")
            vaguer = (
                group.date is not None
                and group.announced is not None
                and len(group.date) < len(group.announced)
                and group.announced.startswith(group.date)
            )
            use_announced = group.announced is not None and (public or group.date is None or vaguer)
            value = group.announced if use_announced else group.date
            numbers = []
            for fact in group.facts:
                located = fact.announced if use_announced else fact.date
                if located is not None and located.text == value and len(numbers) < 3:
                    numbers.append(self._cite_fact(fact, cites, located.start))
            verb = (
                "it was made public"
                if use_announced and public
                else f"the day it was announced (the sources date the decision only to {fmt_date(group.date)})"
                if use_announced and vaguer
                else "the day it was announced (the sources give no decision date)"
                if use_announced
                else "the date the sources give"
            )
            text = f"{fmt_date(value)}. The sources report {describe(group, self.lexicon)}; {verb}: {fmt_date(value)} {markers(numbers)}."
            return self._done(query, "date", text, cites, DateValue(date=value))
        reading = read_date(query, self._filtered(query, quotes), self._focus(query))
        if future and reading is not None and not _after_publication(reading):
            reading = None  # every date they give is past when they were written
        if ending and reading is not None and not _END_SAID.search(reading.quote.text):
            reading = None  # a date the passage gives is not said to be the end
        if reading is None:
            return self._not_found(query, cites, quotes, "no date in them answers this")
        # "When did the judge approve the settlement?" — "that settlement still requires
        # final approval from a federal judge": a date nearby is another event's.
        filtered = self._filtered(query, quotes)
        for quote in dict.fromkeys([reading.quote, *filtered[:3]]):
            pending = self._pending(query, quote)
            if pending:
                return self._not_found(
                    query,
                    cites,
                    [],
                    f"they say it has not happened yet (“{pending}”)",
                    [cites.quote(quote)],
                )
        return self._date_read(query, cites, reading)

    def _by_a_court(self, authority: str | None) -> bool:
        """Whether a body is a court: one the data files list as one, or one read from the
        article named as one ("the District Court", "Magistrates' Court")."""
        known = self.lexicon.authorities.get(authority) if authority else None
        if known is not None and known.kind != "unlisted":
            return known.kind == "court"
        return bool(authority) and re.search(r"\b(?:court|tribunal)\b", authority, re.I) is not None

    def _date_read(self, query: Query, cites: Citations, reading) -> Answer:
        """A date read off a passage, cited to it."""
        value = iso(reading.value)
        n = cites.quote(reading.quote)
        return self._done(
            query,
            "date",
            f"{fmt_date(value)}, according to {said_by(reading.quote)} [{n}].",
            cites,
            DateValue(date=value),
        )

    def _count_in_story(self, query: Query):
        """A count the search did not bring up, in the story about the company the question
        names ("how many connection applications were overdue at Majan?" — "1,214
        applications … had been pending beyond the licence deadline", a paragraph that does
        not name it): only from a sentence that also holds a word of the question other than
        the counted noun and the company's name, so a count of something else stays unsaid."""
        story = in_the_party_story(self, query)
        if not story:
            return None
        from .readers import counted_nouns

        nouns = {n[:5] for n in counted_nouns(query.text)}
        names = {w for key in query.respondents for w in key.split()}
        others = [
            w
            for w in self._focus(query)
            if w[:5] not in nouns and w not in names and not w.isdigit() and len(w) > 3
        ]
        reading = read_count(query, story, others, self.lexicon)
        if reading is None:
            return None
        said = reading.quote.text.casefold()
        return reading if any(re.search(rf"\b{re.escape(w[:5])}", said) for w in others) else None

    def _left_said(self, query: Query, quotes: list[Quote]):
        """The count read for the question when its clause states the ones left outright
        ("about 14,200 customers are still waiting for refunds")."""
        reading = read_count(query, self._filtered(query, quotes), self._focus(query), self.lexicon)
        if reading is None:
            return None
        text = reading.quote.text
        opening = max(text.rfind(c, 0, reading.start) for c in ".;")
        closing = min(
            (i for i in (text.find(c, reading.end) for c in ".;") if i >= 0), default=len(text)
        )
        return reading if NOT_DONE.search(text[opening + 1 : closing]) else None

    def _count_left(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer | None:
        """ "how many customers still haven't got their refund?" — "has credited 41,300 of
        roughly 52,800 eligible customers": the whole less the part served, worked out, when
        no sentence states the ones left outright."""
        if self._left_said(query, quotes) is not None:
            return None
        part = read_part_of_whole(query.text, self._filtered(query, quotes))
        if part is None:
            return None
        n = cites.quote(part.quote)
        unit = part.noun
        try:
            result = count_left(
                Input(f"{unit} in all", part.whole, n),
                Input(f"{unit} already dealt with", part.done, n),
                unit,
            )
        except CalcError as exc:
            return self._not_found(query, cites, quotes, f"the calculation cannot be done: {exc}")
        left = result.value
        # "of roughly 52,800": the ones left are as rough as the whole
        about = "About " if part.rough else ""
        text = f"{about}{left:,} {unit} ({result.calculation.formula}) [{n}]."
        value = NumberValue(number=left, unit=unit)
        return self._done(query, "calculation", text, cites, value, calculation=result.calculation)

    def _count(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        if asks_left(query.text) and (left := self._count_left(query, cites, quotes)):
            return left
        if ASKS_HOW_LONG.search(query.text) and not counted_nouns(query.text):
            return self._how_long(query, cites, quotes)
        reading = read_count(query, self._filtered(query, quotes), self._focus(query), self.lexicon)
        if reading is None:
            # "how many returns did DEP document on the Tenmile pipeline?": the count is in
            # the paragraph after the lead that names the pipeline
            led = in_the_story_led_with(self, query, quotes)
            reading = read_count(query, led, self._focus(query), self.lexicon) if led else None
        if reading is None:
            reading = self._count_in_story(query)
        if reading is None:
            counted = self._count_actions(query, cites)
            if counted is not None:
                return counted
            return self._not_found(query, cites, quotes, "no number in them answers this")
        from .readers import counted_as

        unit = counted_as(query.text, reading)
        number = reading.value
        n = cites.quote(reading.quote)
        shown = f"{int(number):,}" if number == int(number) else str(number)
        return self._done(
            query,
            "count",
            f"{shown} {unit}. {said_by(reading.quote)} [{n}].",
            cites,
            NumberValue(number=number, unit=unit),
        )

    def _how_long(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        """ "for how long can't X sell …?", "how long is the suspension?": the length the
        sentence about the measure states ("for 90 days", "a six-month ban")."""
        reading = read_duration(query.text, self._filtered(query, quotes), self._focus(query))
        if reading is None:
            # "how long is the daily penalty capped at?" — "up to a ceiling of 200 days": no
            # length in a form read here; the passages about it show what they say
            return self._passage(query, cites, quotes)
        number, unit = length_words(reading.value)
        n = cites.quote(reading.quote)
        return self._done(
            query,
            "count",
            f"{number:,} {unit}. {said_by(reading.quote)} [{n}].",
            cites,
            NumberValue(number=number, unit=unit),
        )

    def _count_actions(self, query: Query, cites: Citations) -> Answer | None:
        """ "How many companies did the CFPB fine in March 2025?" when no source states the
        number: the actions the sources report, counted and each one cited — so the reader
        sees exactly what was counted (and that it is what these sources cover)."""
        asked = _COUNTED_ACTIONS.search(query.text)
        if asked is None or query.respondents or not (query.authorities or query.places):
            return None
        groups = [
            g
            for g in self._groups(query, action=query.action or "fine", any_respondent=True)
            if g.action in {"fine", "settlement", "penalty_payment"} and g.respondent
        ]
        if query.year:
            # Dated by the decision, else the announcement, else the report's own date.
            period = f"{query.year:04d}" + (f"-{query.month:02d}" if query.month else "")
            groups = [
                g
                for g in groups
                if (
                    g.date or g.announced or self.published.get(g.facts[0].article_id) or ""
                ).startswith(period)
            ]
        if not groups:
            return None  # nothing in the period asked about: the sources don't say
        by_party: dict[str, list[ActionGroup]] = {}
        for group in groups:
            by_party.setdefault(fold(group.respondent), []).append(group)
        companies = re.match(r"(?:compan|firm|organi|business|entit|respondent)", asked.group(1))
        items = list(by_party.values()) if companies else [[g] for g in groups]
        unit = asked.group(1).casefold()
        if len(items) == 1:
            unit = _SINGULAR.get(unit, unit)
        lines = [
            "; ".join(f"{describe(g, self.lexicon)} [{self._cite_group(g, cites)}]" for g in item)
            for item in items
        ]
        text = (
            f"{len(items)} {unit}, counting the actions these sources report: "
            + "; ".join(lines)
            + "."
        )
        articles = {f.article_id for item in items for g in item for f in g.facts}
        stating = count_stated(len(items), sorted(articles), self.retriever.body)
        if stating is not None:
            text += f" The sources state the number too [{cites.add(*stating)}]."
        return self._done(query, "count", text, cites, NumberValue(number=len(items), unit=unit))

    def _spared(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer | None:
        """ "Which of the makers got off without a surcharge?", "which supplier got away
        without a COFECE fine?": no action is recorded against that party; the sentence
        saying it escaped one names it."""
        if not ASKS_SPARED.search(query.text):
            return None
        return self._party_said(query, cites, quotes, spared_party)

    def _paid_party(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer | None:
        """ "Which of the chains has paid up?", "which retailer hasn't paid its fine?": the
        party the sentence saying it paid (or has not) names as its subject."""
        if not asks_which_paid(query.text):
            return None
        return self._party_said(query, cites, quotes, paid_party)

    def _party_said(
        self, query: Query, cites: Citations, quotes: list[Quote], find: Callable
    ) -> Answer | None:
        """The party FIND reads off the sentences of the five best-matching articles (with
        the sentence that names it), as an entity answer citing that sentence."""
        articles = list(dict.fromkeys(q.article_id for q in self._filtered(query, quotes)[:5]))
        found = find(articles, self.retriever.body, self._quote, query.text)
        if found is None:
            return None
        name, quote = found
        n = cites.quote(quote)
        stop = "" if name.endswith(".") else "."  # "… Cía. Ltda."
        return self._done(query, "entity", f"{name}{stop} {said_by(quote)} [{n}].", cites)

    def _regulator_sanctions(self, text: str) -> bool:
        """A regulator the question names is the subject of its sanction verb ("the officer
        the TTSEC fined", "who did the FCA ban?"): the question asks whom it sanctioned."""
        for mention in self.lexicon.mentions(text):
            if mention.kind != "authority":
                continue
            after = re.match(r"\s+(?:has\s+|had\s+|have\s+|then\s+|later\s+)?", text[mention.end :])
            rest = text[mention.end + (after.end() if after else 0) :]
            verb = _SANCTION_VERB.match(rest)
            if verb is not None and verb.group().casefold() != "ordered":
                return True
        return False

    def _judge_asked(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer | None:
        """ "Which judge heard X's appeal?": the judge the party's story names by title
        ("Justice Refilwe Sechele agreed in part"), not the court."""
        if not ASKS_JUDGE.search(query.text):
            return None
        facts = [f for k in query.respondents for f in self.reader.facts(k)]
        articles = list(dict.fromkeys(f.article_id for f in facts))
        articles += [
            a for a in dict.fromkeys(q.article_id for q in quotes[:3]) if a not in articles
        ]
        if not articles:
            return None
        starts: dict[str, list[int]] = {}
        for fact in facts:
            starts.setdefault(fact.article_id, []).append(fact.start)
        named = judge_named(articles, self.retriever.body, lambda a: starts.get(a, []))
        if named is None:
            return None
        name, article_id, at = named
        span = self.reader.sentence_at(article_id, at)
        if span is None:
            return None
        quote = self._quote(article_id, *span)
        n = cites.quote(quote)
        return self._done(query, "entity", f"{name}. {said_by(quote)} [{n}].", cites)

    def _entity(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        answered = self._judge_asked(query, cites, quotes)
        if answered is not None:
            return answered
        answered = self._spared(query, cites, quotes)
        if answered is not None:
            # before the parties of recorded actions: those are the ones who did not get off
            return answered
        answered = self._paid_party(query, cites, quotes)
        if answered is not None:
            # before the parties of recorded actions: one sentence naming several parties
            # may carry another's payment
            return answered
        # "Which regulator fined X?" is a fact; "which CNIL body fined X?" names the regulator
        # already and asks for something inside it — read from the text.
        if (
            _SANCTION_VERB.search(query.text)
            # "the former account exec the SFC banned?" names the regulator and asks for
            # whom it sanctioned, not which regulator did
            and (query.respondents or (query.places and not query.authorities))
            # "the compliance officer the TTSEC fined": the regulator is the one that fined;
            # who it fined is asked
            and not self._regulator_sanctions(query.text)
            # "who was banned for 7 yrs in the manitoba case": the one it fell on is asked
            and not _WHO_WAS_SANCTIONED.search(query.text)
            # "which CNIL body fined X?" names the regulator and asks for a part of it
            and not (
                query.authorities
                and re.search(
                    r"\b(?:body|committee|department|unit|division|office|panel)\b",
                    query.text,
                    re.I,
                )
            )
        ):
            groups = self._groups(query, any_respondent=True)
            named = [g for g in groups if any(f.authority_at for f in g.facts)]
            if named:
                group = max(named, key=lambda g: len(g.facts))
                fact = next(f for f in group.facts if f.authority_at)
                written = fact.authority_at.text
                if re.search(r"\bname\b", query.text, re.I) and not self._is_a_name(written):
                    return self._not_found(
                        query,
                        cites,
                        quotes,
                        f"they say “{written}” without naming the authority",
                        [cites.add(fact.article_id, fact.start, fact.end)],
                    )
                n = cites.add(fact.article_id, fact.start, fact.end)
                named_at = None if self._is_a_name(written) else self._named_elsewhere(fact, group)
                if named_at is not None:
                    # "A German data protection regulator said it had fined H&M …": the
                    # regulator as the story names it elsewhere, cited there too.
                    name, at = named_at
                    span = self.reader.sentence_at(fact.article_id, at)
                    numbers = [n, *([cites.add(fact.article_id, *span)] if span else [])]
                    return self._done(
                        query,
                        "entity",
                        f"{name}. The sources report {describe(group, self.lexicon)} "
                        f"{markers(numbers)}.",
                        cites,
                    )
                official = (
                    self.lexicon.authorities[group.authority].english_name
                    if group.authority in self.lexicon.authorities
                    else None
                )
                # "IDPC (Information and Data Protection Commissioner)": an acronym with the
                # name it stands for; a name in another language with the English one and id.
                extra = (
                    ""
                    if not official or official.casefold() in written.casefold()
                    else f" ({official})"
                    if group.authority in written
                    else f" ({official}, {group.authority})"
                )
                return self._done(
                    query,
                    "entity",
                    f"{written}{extra}. The sources report {describe(group, self.lexicon)} [{n}].",
                    cites,
                )
            answered = self._regulator_named_before(query, groups, cites)
            if answered is not None:
                return answered
        answered = self._respondent_asked(query, cites, quotes) or self._court_asked(query, cites)
        if answered is not None:
            return answered
        answered = self._sanctioned_in_case(query, cites)
        if answered is not None:
            return answered
        passages = self._filtered(query, quotes)
        if _ASKS_WHICH_COURT.search(query.text):
            # "Which court sentenced the owner?" when the passages found name only the judge
            # ("District Judge X fined Novak"): the court is named elsewhere in the story
            # ("appeared at Doncaster Magistrates' Court").
            passages = passages + self._court_sentences(passages)
        reading = read_entity(query, passages, self._focus(query), self.lexicon)
        if (
            reading is not None
            and query.respondents
            and asks_other_party(self._without_parties(query))
            and (
                names_any(str(reading.value), query.respondents)
                # "which lenders bought X's records?" — not the regulator that fined X
                or (
                    asks_which_kind(query.text) is not None
                    and not _ASKS_REGULATOR.search(query.text)
                    and self._is_a_body(reading.value)
                )
            )
        ):
            # "which insurers bought the lonestar driving data?" — "Lonestar Telematics LLC":
            # the party the question names is not the other one it asks for. "Who at
            # Catskill …?" asks for one of its people: a person's name, if any.
            reading = None
            if asks_person_at(query.text):
                reading = read_entity(
                    query,
                    passages,
                    self._focus(query),
                    self.lexicon,
                    skip=lambda name: (
                        not looks_personal(name, self.lexicon) or names_any(name, query.respondents)
                    ),
                )
            if reading is None:
                return self._not_found(
                    query, cites, quotes, "they name no one of the kind asked for"
                )
        if reading is None or (
            re.search(r"\bname\b", query.text, re.I)
            # "name the regulator" wants a regulator's name; "name of the former account
            # exec" a person's, which the lexicon of regulators does not know
            and _ASKS_REGULATOR.search(query.text)
            and not self._is_a_name(reading.value)
        ):
            return self._not_found(query, cites, quotes, "no name in them answers this")
        if (
            query.year
            and not self._year_holds(query, reading.quote)
            and re.search(r"\b(?:19|20)\d\d\b", reading.quote.text)
        ):
            # "which operator did the NCA fine in 2024?" — "the fine that the NCA imposed on
            # Volta Wireless in 2023": a party of another year's action.
            return self._not_found(
                query, cites, quotes, "no name in them answers this for that year"
            )
        if (
            _ASKS_RESPONDENT.search(query.text) or _WHO_WAS_SANCTIONED.search(query.text)
        ) and self._is_asked_regulator(query, _with_acronym(reading.value, reading.quote.text)):
            # "which ghanaian operator did the NCA fine in 2024?" — the name a passage gives
            # is the regulator the question names, not a party it acted against.
            return self._not_found(query, cites, quotes, "no party they name answers this")
        acted_on = self._person_acted_on(query, reading, passages)
        # "who is the youtuber the CCPA barred?": introduced in one sentence, barred in the one
        # the search ranked first — cite that first.
        numbers = [cites.quote(acted_on)] if acted_on is not None else []
        numbers.append(cites.quote(reading.quote))
        value = _with_acronym(reading.value, reading.quote.text)
        if value[:1].islower():
            # a body written in lower case ("its restricted committee") is named with the
            # article an answer needs: "The restricted committee."
            value = re.sub(r"^(?:the\s+)?", "The ", value)
        named = self._in_full(reading.value, reading.quote, cites)
        if named is not None:
            value = named[0]
            numbers.append(named[1])
        return self._done(
            query, "entity", f"{value}. {said_by(reading.quote)} {markers(numbers)}.", cites
        )

    def _without_parties(self, query: Query) -> str:
        """The question with the names of the parties it asks about blanked out: "Dodo Pay"
        is a name, not the verb "pay"."""
        text = query.text
        for key in query.respondents:
            at = find_respondent(text, key)
            if at is None:
                continue
            # the name as the facts write it runs on past its key ("Dodo Pay Ltd": "dodo")
            words = {
                w.casefold()
                for f in self.reader.facts(respondent_key=key)
                for w in _WORD.findall(f.respondent.text if f.respondent else "")
            }
            end = at + len(key)
            while (follow := _NEXT_WORD.match(text, end)) and follow.group(1).casefold() in words:
                end = follow.end()
            text = text[:at] + " " * (end - at) + text[end:]
        return text

    def _is_a_body(self, name: str) -> bool:
        """Whether a name is a regulator's or a court's, as the lexicon or its words say."""
        return names_a_body(name, self.lexicon, _REGULATOR_OR_COURT_HEADS)

    def _is_asked_regulator(self, query: Query, name: str) -> bool:
        """Whether `name` is a regulator the question names, by its id or its acronym."""
        bodies = [m for m in self.lexicon.mentions(name) if m.kind == "authority"]
        if any(m.key in query.authorities for m in bodies):
            return True
        asked = set(query.words)
        return bool(bodies) and any(
            word.casefold() in asked for word in re.findall(r"\b[A-Z]{2,}\b", name)
        )

    def _person_acted_on(self, query: Query, reading, passages: list[Quote]) -> Quote | None:
        """A passage ranked above the one the person's name was read from, in the same story,
        that names that person ("Mr Varma") and words of the question the name's own passage
        lacks ("prohibited" for "barred"): what the question says was done to them."""
        name = str(reading.value)
        if not looks_personal(name, self.lexicon) or len(name.split()) < 2:
            return None
        surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
        own = reading.quote.text.casefold()
        focus = [w for w in self._focus(query) if w not in own]
        for passage in passages:
            if passage == reading.quote:
                return None
            if (
                passage.article_id == reading.quote.article_id
                and surname.search(passage.text)
                and any(w in passage.text.casefold() for w in focus)
            ):
                return passage
        return None

    def _in_full(self, name: str, quote: Quote, cites: Citations) -> tuple[str, int] | None:
        """ "Mr Varma" where the story names him in full ("Aditya Varma, a personal-finance
        YouTuber"): the full name, and the citation of the sentence that gives it."""
        body = self.retriever.body(quote.article_id)
        found = full_name(name, body)
        if found is None:
            return None
        whole, start, end = found
        span = self.reader.sentence_at(quote.article_id, start) or (start, end)
        return whole, cites.add(quote.article_id, *span)

    def _regulator_named_before(
        self, query: Query, groups: list[ActionGroup], cites: Citations
    ) -> Answer | None:
        """ "The ICO also gave updates on two penalties. Northbridge … was fined £130,000":
        the regulator is named a sentence or two before the action; cite both."""
        for group in sorted(groups, key=lambda g: -len(g.facts)):
            if group.authority not in self.lexicon.authorities:
                continue
            for fact in group.facts:
                body = self.retriever.body(fact.article_id)
                window = max(0, fact.start - 600)
                named = [
                    m
                    for m in self.lexicon.mentions(body[window : fact.start])
                    if m.kind == "authority" and m.key == group.authority
                ]
                if not named:
                    continue
                authority = self.lexicon.authorities[group.authority]
                numbers = [
                    self._cite_fact(fact, cites, window + named[-1].start),
                    cites.add(fact.article_id, fact.start, fact.end),
                ]
                text = (
                    f"{authority.english_name} ({authority.id}). The sources report "
                    f"{describe(group, self.lexicon)} {markers(numbers)}."
                )
                return self._done(query, "entity", text, cites)
        return None

    def _full_name_in(self, name: str, article_id: str) -> str:
        """The party's full name where its article introduces it: "Lavanderia Alvorada Ltda"
        for the "Alvorada" later sentences (and so its facts) use."""
        body = self.retriever.body(article_id)
        pattern = re.compile(
            rf"(?<![\w.])((?:[A-Z][\w&'’-]*\s+){{0,3}}){re.escape(name)}"
            rf"((?:\s+{_COMPANY_FORMS})?)(?![\w&-])"
        )
        for match in pattern.finditer(body):
            before = match.group(1).split()
            if any(
                w.casefold() in self.lexicon.stopwords or w.endswith(("'s", "’s")) for w in before
            ):
                continue  # "The Alvorada plant", "When Alvorada …": no part of its name
            fuller = f"{' '.join(before)} {name}{match.group(2)}".strip()
            if fuller != name:
                return fuller
        return name

    def _rulings_on(self, groups: list[ActionGroup], query: Query) -> list[ActionGroup]:
        """The courts' rulings on these actions' parties, which the question's regulator does
        not select: "days between the URE decision and the SOKiK judgment" names no party,
        and the court may be one no list has."""
        parties = {g.facts[0].respondent_key for g in groups} - {None}
        if not parties:
            return []
        anyone = replace(query, authorities=(), places=frozenset())
        return [
            g
            for g in self._groups(anyone, any_respondent=True, by_action=False)
            if g.action == "ruling" and g.facts[0].respondent_key in parties and g not in groups
        ]

    def _named_elsewhere(self, fact, group: ActionGroup) -> tuple[str, int] | None:
        """The regulator's name as the fact's article writes it (the longest form, with the
        acronym in brackets after it: "the Hamburg Commissioner for … (HmbBfDI)") and where."""
        body = self.retriever.body(fact.article_id)
        named = [
            m
            for m in self.lexicon.mentions(body)
            if m.kind == "authority" and m.key == group.authority
        ]
        if not named:
            return None
        best = max(named, key=lambda m: (len(m.text), -m.start))
        bracket = re.match(r"\s*\(([^()\n]{2,12})\)", body[best.end :])
        name = best.text + (f" ({bracket.group(1)})" if bracket else "")
        return name, best.start

    def _is_a_name(self, text: str) -> bool:
        return any(m.kind == "authority" for m in self.lexicon.mentions(text))

    def _calculation(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        # All years: "the total across its 2019, 2020 and 2021 decisions".
        selecting = replace(query, year=None)
        if query.respondents and re.search(SHORT_OF_SOUGHT, query.text, re.I):
            # "How far below what the ACCC wanted was Tallowood's penalty?": the ACCC asked,
            # a court imposed it — the regulator named is not the one whose action it is.
            selecting = replace(selecting, authorities=())
        decision_and_ruling = bool(DECISION_AND_RULING.search(query.text))
        if query.respondents and decision_and_ruling:
            # "days between the CNIL's decision on Lumenar and the ruling": the regulator
            # names the decision; the court's ruling on it is the other date.
            selecting = replace(selecting, authorities=(), places=frozenset())
        groups = self._groups(selecting, any_respondent=not query.respondents, by_action=False)
        if not query.respondents and decision_and_ruling:
            groups += self._rulings_on(groups, selecting)
        focus = self._focus(query)

        # Every party's actions in those articles, grouped once if a route asks for them.
        case = cache(lambda: self._case_groups(query, groups))

        def routed_with(passages: list[Quote]):
            return route(
                query,
                groups,
                passages,
                lambda g: self._cite_group(g, cites),
                cites.quote,
                focus,
                case=case,
                body=self.retriever.body,
                personal=lambda name: looks_personal(name, self.lexicon),
            )

        if asks_left(query.text):
            # "how many customers still haven't got their refund?": a count, not a sum of money
            left = self._count_left(query, cites, quotes)
            if left is not None:
                return left
            if self._left_said(query, quotes) is not None:
                return self._count(query, cites, quotes)
        if _ASKS_DAYS_RAN.search(query.text) and not query.money:
            # "for how many days did the daily fines run?": the days the sources count ("the
            # daily fines ran for 23 days"), not a fine imposed beside them divided by the rate
            counted = self._count(query, cites, quotes)
            if counted.found:
                return counted
        try:
            routed = routed_with(quotes)
            if routed is None and query.respondents:
                # "Without that, the regulator would have imposed £1,285,700": a figure to
                # compare with may be stated in the company's own articles in a sentence that
                # names neither it nor the question's words.
                wider = quotes + self._proposal_sentences(groups)
                if len(wider) > len(quotes):
                    routed = routed_with(wider)
        except CalcError as exc:
            return self._not_found(query, cites, quotes, f"the calculation cannot be done: {exc}")
        if routed is None:
            if _ASKS_DEADLINE.search(query.text):
                # "What was Saúde Prime's deadline to pay?" — "had until 13 December 2024".
                reading = read_deadline(self._filtered(query, quotes), focus)
                if reading is not None:
                    return self._date_read(query, cites, reading)
            return self._passage(query, cites, quotes)
        result = routed.result
        value = result.value
        if isinstance(value, Money):
            shown, typed = (
                format_money(value),
                MoneyValue(amount=value.amount, currency=value.currency),
            )
        elif isinstance(value, date):
            shown, typed = fmt_date(value.isoformat()), DateValue(date=value.isoformat())
        elif isinstance(value, dict):
            shown, typed = " and ".join(format_money(m) for m in value.values()), None
        else:
            unit = {
                "days": "days",
                "years": "years",
                "percent": "percent",
                "months": "months",
                "weeks": "weeks",
            }.get(routed.value_kind, "")
            # Percentages to one decimal place, as the working shows them ("81.45%" -> 81.5).
            number = _shown_percent(value) if routed.value_kind == "percent" else value
            shown, typed = (
                (f"{number}%" if unit == "percent" else f"{number} {unit}"),
                NumberValue(number=number, unit=unit),
            )
        stated = [i.value for i in result.calculation.inputs] + re.findall(
            r"\d+(?:\.\d+)?%", " ".join(result.calculation.steps)
        )
        stating = [cites.quote(q) for q in stating_quotes(quotes[:8], stated)]
        if isinstance(value, Money) and re.search(STILL_OWED_WORDS, query.text, re.I):
            # "the balance of US$80,000 is due within 28 days": the copy's own statement of
            # what is left, in the articles of the inputs, cited beside the working
            said = self._balance_said(value, {c.article_id for c in cites.items})
        else:
            said = None
        used = markers([i.citation for i in result.calculation.inputs if i.citation])
        text = f"{shown} ({result.calculation.formula}){' ' + used if used else ''}."
        given = {
            m.money.amount
            for i in result.calculation.inputs
            for m in find_money(i.value)
            if m.money
        }
        for group in groups:
            for amount, fact in group.amounts() if group.action == "ruling" else []:
                if amount.amount in given:
                    # the court's figure where the article tells the court's own step
                    stating += self._ruling_restated(group, fact, amount, cites)
        extra = [n for n in dict.fromkeys(stating) if f"[{n}]" not in used]
        if extra:
            text += f" The inputs are stated in {markers(extra)}."
        if result.calculation.formula.startswith("total"):
            articles = {f.article_id for g in groups for f in g.facts}
            amounts = [m.money for i in result.calculation.inputs for m in find_money(i.value)[:1]]
            subtotal = subtotal_stated(
                [m for m in amounts if m], sorted(articles), self.retriever.body
            )
            if subtotal is not None:
                money, *where = subtotal
                text += f" The sources state {format_money(money)} for part of it [{cites.add(*where)}]."
        if said is not None:
            text += f" The sources state the same balance [{cites.add(*said)}]."
        return self._done(query, "calculation", text, cites, typed, calculation=result.calculation)

    def _balance_said(self, value: Money, articles: set[str | None]) -> tuple[str, int, int] | None:
        """(article, start, end) of a sentence of these articles that states `value` as what
        is left to pay."""
        shown = format_money(value)
        for article_id in sorted(a for a in articles if a):
            body = self.retriever.body(article_id)
            for span in sentences(body):
                text = body[span.start : span.end]
                if _BALANCE_SAID.search(text) and mentions_input(text, shown):
                    return article_id, span.start, span.end
        return None

    def _case_groups(self, query: Query, groups: list[ActionGroup]) -> list[ActionGroup]:
        """Every party's actions in the articles reporting the parties asked about: "X's
        share of the total" is of the penalties that case imposed on all of them, and a total
        it states is no one party's penalty."""
        if not query.respondents:
            return []
        articles = {f.article_id for g in groups for f in g.facts}
        facts = [f for a in sorted(articles) for f in self.reader.facts(article_id=a)]
        return group_facts(facts, self.published)

    def _status(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        from .status_answers import answer_status

        return answer_status(self, query, cites, quotes)

    def _overview(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        groups = self._groups(query, action=None, any_respondent=not query.respondents)
        if not groups:
            return self._not_found(
                query, cites, quotes, "they report no enforcement action that matches"
            )
        lines = [f"{describe(g, self.lexicon)} [{self._cite_group(g, cites)}]" for g in groups[:12]]
        text = (
            f"{len(groups)} enforcement action{'s' if len(groups) != 1 else ''}: "
            + "; ".join(lines)
            + "."
        )
        return self._done(
            query, "passage", text, cites, NumberValue(number=len(groups), unit="actions")
        )

    def _passage(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        if not quotes:
            return self._not_found(query, cites, quotes, "no passage in them matches")
        quotes = self._explaining(query, quotes)
        nearest = " ".join(q.text for q in quotes[:3])
        # A word the passages write only capitalised ("Hamburg") is a name, not a topic.
        topic = [
            w
            for w in self._topic_words(query)
            if w not in {"like", "about", "tell", "know"}
            # "what did X do wrong", "why did the court think …": what kind of answer is
            # wanted (a finding, a reason), not a word the answer uses
            and not (w in _ANSWER_KIND_WORDS and _asks_explanation(query.text))
            and not (
                re.search(rf"\b{re.escape(w)}\b", nearest, re.I)
                and not re.search(rf"\b{re.escape(w)}\b", nearest)
            )
        ]
        # "why did the tribunal throw out X's penalty": the outcome and the measure name what
        # the court did, which the story may tell in other words ("the fine was set aside");
        # the court's finding `_explaining` put first answers without repeating them
        reasons_found = _asks_why_court_undid(query.text) and _BY_COURT.search(quotes[0].text)
        if (
            topic
            and not reasons_found
            and not any(word_forms(w) & text_stems(nearest) for w in topic)
        ):
            # "What's the weather in Hamburg this weekend?": passages that only share a
            # place name with the question do not answer it.
            words = " or ".join(f"“{w}”" for w in topic)
            return self._not_found(query, cites, quotes, f"no passage in them is about {words}")
        # "**Why the court cut the fine**": a heading found is a pointer to the paragraph
        # under it, which is what answers.
        under = {q: self._under_heading(q) for q in quotes[:6]}
        # a heading saying it gives the reason ("**Why the court cut the fine**")
        signposted = [p for q, p in under.items() if p and re.match(r"\W*why\b", q.text, re.I)]
        quotes = [under.get(q) or q for q in quotes]
        if re.match(r"^\W*(?:and\s+)?why\b", query.text, re.I):
            # "Why was Criteo fined?": the passage giving a reason, if one of the best does.
            about = {
                f.article_id
                for key in query.respondents
                for f in self.reader.facts(respondent_key=key)
            }
            reasons = [
                q
                for q in quotes[:6]
                if _REASON.search(q.text) and (not about or q.article_id in about)
            ]
            reasons = [
                *(p for p in signposted if not about or p.article_id in about),
                *reasons,
            ]
            reasons = list(dict.fromkeys(reasons))
            if _ASKS_REASONING.search(query.text) and (
                _FINDING.search(quotes[0].text) or _BY_COURT.search(quotes[0].text)
            ):
                # the court's reasons, chosen by `_explaining`, stay first
                reasons = [quotes[0], *(q for q in reasons if q != quotes[0])]
            quotes = reasons + [q for q in quotes if q not in reasons]
        for quote in quotes[:3]:
            cites.quote(quote)
        lead = " ".join(quotes[0].text.split())
        return self._done(
            query,
            "passage",
            f"{said_by(quotes[0])}: “{lead}” [1]. See also {markers([2, 3][: len(cites.items) - 1])}.".replace(
                " See also .", ""
            ),
            cites,
        )

    def _explaining(self, query: Query, quotes: list[Quote]) -> list[Quote]:
        """ "What did X do wrong?", "what did X's collectors actually do?", "why did the court
        think the fine too high?", "how did the firms coordinate bids?": the sentences stating a
        finding or a court's reasons ("found that …", "held that …") about the party asked
        about, from its articles, first; and for "how did …", the paragraph under a "How …"
        heading of the story retrieved first."""
        conduct = bool(_ASKS_CONDUCT.search(query.text))
        reasoning = bool(_ASKS_REASONING.search(query.text))
        undid = reasoning and re.search(rf"\b{_COURT_UNDID}", query.text, re.I) is not None
        manner = bool(_ASKS_MANNER.search(query.text)) and not conduct
        if not (conduct or reasoning or manner):
            return quotes
        if manner:
            for article_id in dict.fromkeys(q.article_id for q in quotes[:3]):
                body = self.retriever.body(article_id)
                for heading in _HOW_HEADING.finditer(body):
                    start, end = heading.span(1)
                    under = self._under_heading(self._quote(article_id, start, end))
                    if under is not None:
                        return [under, *quotes]
            return quotes
        about = {
            f.article_id for key in query.respondents for f in self.reader.facts(respondent_key=key)
        }
        articles = sorted(about) or list(dict.fromkeys(q.article_id for q in quotes[:3]))
        topic = [w for w in self._topic_words(query) if w not in _ANSWER_KIND_WORDS]
        rows = self.reader.lexical_sentences_in(
            fts_query([*topic, *_FINDING_WORDS, *(_COURT_SAID_WORDS if undid else ())]),
            articles,
            k=12,
        )
        wider = [self._quote(r.article_id, r.start, r.end) for r in rows]
        pool = list(dict.fromkeys([*quotes[:8], *wider]))
        named = [w for w in query.words if len(w) > 2 and w not in self.lexicon.stopwords]

        def score(item: tuple[int, Quote]) -> float:
            rank, quote = item
            stems = text_stems(quote.text)
            found = 3.0 if _FINDING.search(quote.text) else 0.0
            overlap = sum(1 for w in topic if word_forms(w) & stems)
            # "why did the Bucharest Court of Appeal …": the paragraph about that court
            near = self._nearby_text(quote)
            names = sum(
                0.5 for w in named if w not in topic and re.search(rf"\b{re.escape(w)}", near, re.I)
            )
            own = 1.0 if not about or quote.article_id in about else -2.0
            if undid and _BY_COURT.search(quote.text):
                # "why did the court quash the fine?": the court's findings, not the ones of
                # the authority whose decision it undid ("The Commission had found that …")
                found += 2.0
            return found + overlap + min(names, 2.0) + own - rank * 0.05

        ranked = sorted(enumerate(pool), key=score, reverse=True)
        if undid:
            # "why did the court quash the fine?": the words naming the outcome are in the
            # sentences telling it; the reasons are what the court found
            ranked = [
                r
                for r in ranked
                if _BY_COURT.search(r[1].text) and (not about or r[1].article_id in about)
            ] or ranked
        best = ranked[0][1]
        if not (_FINDING.search(best.text) or (undid and _BY_COURT.search(best.text))):
            return quotes
        return [best, *(q for q in quotes if q != best)]

    def _nearby_text(self, quote: Quote) -> str:
        """The quote with the paragraphs before it up to the heading above them."""
        body = self.retriever.body(quote.article_id)
        heading = max((m.start() for m in _HEADING_LINE.finditer(body, 0, quote.start)), default=0)
        return body[max(heading, quote.start - 1500) : quote.end]

    def _under_heading(self, quote: Quote) -> Quote | None:
        """The paragraph under a heading ("**Why the court cut the fine**", "## Background"),
        when the quote is the heading alone."""
        text = quote.text.strip()
        if len(text) > _HEADING_LENGTH or not re.fullmatch(
            r"(?:#{1,6}\s+.+|\*\*[^*]+\*\*|__[^_]+__)", text
        ):
            return None
        body = self.retriever.body(quote.article_id)
        after = re.match(r"\s*\n\s*\n\s*", body[quote.end :])
        if after is None:
            return None
        start = quote.end + after.end()
        end = body.find("\n\n", start)
        end = len(body) if end < 0 else end
        paragraph = body[start:end].strip()
        if not paragraph or re.match(r"[#*_]", paragraph):
            return None  # another heading, a byline: no paragraph of running text
        return self._quote(quote.article_id, start, start + len(paragraph))

    def _pending(self, query: Query, quote: Quote) -> str | None:
        """The words of `quote` saying the event the question asks about is still to come
        (a quote sharing at least two of the question's topic words)."""
        topic = self._topic_words(query)
        stems = text_stems(quote.text)
        if sum(1 for w in topic if word_forms(w) & stems) < 2:
            return None
        for word in topic:
            match = re.search(
                rf"\b(?:still\s+(?:requires?|needs?|awaits?)|requires?|awaiting|awaits?|pending|"
                rf"(?:has|have)\s+yet\s+to|not\s+yet)\s+(?:\w+\s+){{0,3}}?{re.escape(stem(word)[:6])}\w*",
                quote.text,
                re.I,
            )
            if match:
                return match.group()
        return None

    def _topic_words(self, query: Query) -> list[str]:
        """What a passage question is about, beyond the names in it."""
        named = {
            w.casefold()
            for m in self.lexicon.mentions(query.text)
            for w in re.findall(r"\w+", m.text)
        }
        skip = self.lexicon.stopwords | self.lexicon.framing | _TYPE_WORDS | named
        return [
            w
            for w in dict.fromkeys(query.words)
            if w not in skip
            and w not in self.respondents
            and len(w) > 3
            and not any(c.isdigit() for c in w)
            and "'" not in w
            and "’" not in w
        ]

    # --- endings --------------------------------------------------------------------------

    def _no_such_action(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
        """ "A Dutch fine against Clearview", "fined by AGCOM": the sources have that
        company's actions elsewhere, or that regulator's against others, but not both at
        once. Say which is missing, and what they do report."""
        read = party_amount(self, query, quotes)
        if read is not None:
            # the facts table missed the action: "… agreed to pay $9.75 million in civil
            # penalties" says what the party pays, whatever the table lacks
            return self._read_from_passage(query, cites, read)
        if query.authorities:
            where = "by " + " or ".join(self.lexicon.authorities[a].id for a in query.authorities)
        else:
            where = "in " + " or ".join(
                self.lexicon.jurisdictions[p].name if p in self.lexicon.jurisdictions else p
                for p in sorted(query.places)
            )
        names = [
            next(
                (f.respondent.text for f in self.reader.facts(respondent_key=k) if f.respondent), k
            )
            for k in query.respondents
        ]
        who = " or ".join(names) or "anyone"
        # What they do report: the company's actions elsewhere, and that regulator's (or
        # that place's) against others.
        theirs = self._groups(replace(query, places=frozenset(), authorities=()))[:2]
        there = self._groups(
            Query(
                text=query.text,
                kind=query.kind,
                places=query.places,
                authorities=query.authorities,
                action=query.action,
            ),
            any_respondent=True,
        )[:2]
        reason = f"they report no {query.action or 'action'} against {who} {where}"
        reported = [*theirs, *(g for g in there if g not in theirs)]
        if reported:
            listed = "; ".join(
                f"{describe(g, self.lexicon)} [{self._cite_group(g, cites)}]" for g in reported
            )
            return self._not_found(
                query, cites, quotes, f"{reason}. What they do report: {listed}", keep=True
            )
        return self._not_found(query, cites, quotes, reason)

    def _read_from_passage(self, query: Query, cites: Citations, read: PassageAmount) -> Answer:
        """The sum a sentence says the party pays, told as read from the passage; or, when
        the sentence gives several parties' sums without pairing them, the passage."""
        n = cites.quote(read.quote)
        if read.money is None:
            text = (
                f"The sources give sums for several parties in one passage without saying "
                f"which is this party's [{n}]."
            )
            return self._done(query, "passage", text, cites)
        text = (
            f"{format_money(read.money)}. {said_by(read.quote)} [{n}] (read from the "
            "passage; the facts table has no entry for this action)."
        )
        money = MoneyValue(amount=read.money.amount, currency=read.money.currency)
        return self._done(query, "amount", text, cites, money)

    def _not_found(
        self,
        query: Query,
        cites: Citations,
        quotes: list[Quote],
        why: str,
        extra: Sequence[int] = (),
        keep: bool = False,
    ) -> Answer:
        nearest = [cites.quote(q) for q in quotes[:2]] if not keep else []
        text = f"The sources don't say: {why}."
        if nearest or extra:
            text += f" Nearest passages: {markers([*extra, *nearest])}."
        return Answer(
            question=query.text, kind="not_found", found=False, answer=text, citations=cites.items
        )

    def _done(
        self,
        query: Query,
        kind: str,
        text: str,
        cites: Citations,
        value=None,
        calculation: Calculation | None = None,
        conflicts=(),
        verdict=None,
    ) -> Answer:
        also = self._also_relevant(query, cites)
        if also:
            text += f" Also relevant: {markers(also)}."
        as_of = newest_date(cites.items)
        if kind == "status" and as_of:
            text = text.replace("{as_of}", month_year(as_of))
        if conflicts:
            text += (
                " Sources disagree: "
                + "; ".join(f"{c.claim} [{c.citation}]" for c in conflicts)
                + "."
            )
        return Answer(
            question=query.text,
            kind=kind,
            found=True,
            verdict=verdict,
            value=value,
            answer=text,
            calculation=calculation,
            citations=cites.items,
            conflicts=list(conflicts),
            as_of=as_of,
        )

    def _source_named(self, query: Query) -> set[str]:
        """Articles the question points at by outlet ("according to the Slashdot summary")."""
        runs = re.findall(r"[A-Z]\w+(?:\s+[A-Z]\w+)*", query.text)  # "Privacy Ledger"
        return self.reader.articles_from_outlets(set(runs))

    def _filtered(self, query: Query, quotes: list[Quote]) -> list[Quote]:
        """The quotes a value may be read from: from the outlet the question names, if any,
        and about the company and the regulator it names (never a figure from another's
        story)."""
        named = self._source_named(query)
        quotes = [q for q in quotes if q.article_id in named] or quotes if named else quotes
        return about_the_regulator(self, query, about_the_company(self, query, quotes))

    def _year_holds(self, query: Query, quote: Quote) -> bool:
        """ "revenue in 2024": a passage from 2022 with no year in it does not answer."""
        if query.year is None:
            return True
        return str(query.year) in quote.text or (quote.published or "").startswith(str(query.year))

    def _cite_fact(self, fact, cites: Citations, at: int | None = None) -> int:
        """Cite the sentence that holds position `at` (the date, the regulator's name) — one of
        the fact's own sentences, or another sentence of the article that states it ("The
        decision, issued on 10 September 2019, …") — else the sentence stating the fact."""
        if at is not None:
            for start, end in fact.mentions:
                if start <= at < end:
                    return cites.add(fact.article_id, start, end)
            span = self.reader.sentence_at(fact.article_id, at)
            if span is not None:
                return cites.add(fact.article_id, *span)
        return cites.add(fact.article_id, fact.start, fact.end)

    def _also_relevant(self, query: Query, cites: Citations) -> list[int]:
        """Up to two of the best passages, not yet cited, that name what the answer is about:
        what a careful reader would want beside the answer to check it."""
        subject = {*query.respondents, *(w for w in query.words if w in self.respondents)}
        places = {p.casefold() for p in query.places}
        found = []
        for quote in getattr(self, "_quotes", [])[:4]:
            if len(found) == 2:
                break
            if any(
                c.article_id == quote.article_id and c.start <= quote.start < c.end
                for c in cites.items
            ):
                continue
            folded = fold(quote.text)
            names = {m.key.casefold() for m in self.lexicon.mentions(quote.text)}
            if (subject and any(s in folded for s in subject)) or (places & names):
                found.append(cites.quote(quote))
        return found

    def _respondent_asked(
        self, query: Query, cites: Citations, quotes: list[Quote]
    ) -> Answer | None:
        """ "Which company did the ACMA direct to comply with the TCP Code?": the party of the
        regulator's action whose sentence shares most of the question's words. "Which company
        got the biggest fine in the hospital laundry case?": of the case the passages found."""
        who_took_step = query.status in _PARTY_STEPS and _WHO_TOOK_STEP.search(query.text)
        if (
            query.respondents
            or not (_ASKS_RESPONDENT.search(query.text) or who_took_step)
            # "which of the makers got off without a surcharge?": no action of its to find
            or ASKS_SPARED.search(query.text)
        ):
            return None
        superlative = _SUPERLATIVE.search(query.text)
        if query.authorities or query.places:
            # "which one didn't take the decision to court?": the court is the outcome asked
            # about, not the action whose party is wanted.
            selecting = replace(query, action=None) if query.status else query
            facts = [f for g in self._groups(selecting) for f in g.facts if f.respondent]
        elif (superlative or query.status) and quotes:
            facts = [f for f in self.reader.facts(article_id=quotes[0].article_id) if f.respondent]
        else:
            return None
        if not facts:
            return None
        # "Which operator took the NCC to court?": the party whose action has that outcome;
        # "which one didn't?": the party whose action the sources say it did not have.
        wanted = query.status
        if wanted and not wanted.startswith("not_") and _DENIED_STATUS.search(query.text):
            wanted = f"not_{wanted}"
        outcome = [f for f in facts if any(s.status == wanted for s in f.statuses)]
        if not outcome and wanted == "appealed":
            # "which one is contesting the penalty?": a party that disputes it, when none is
            # reported to have gone to court
            wanted = "disputed"
            outcome = [f for f in facts if any(s.status == wanted for s in f.statuses)]
        if who_took_step and not outcome:
            return None  # "who has paid?" when no party's payment is recorded: not any party
        facts = outcome or facts
        asked = _ASKS_RESPONDENT.search(query.text)
        after = re.match(r"\s+([\w-]+)", query.text[asked.end() :]) if asked else None
        if (after and holds_a_role(after.group(1))) or re.search(
            r"\bpersonally\b", query.text, re.I
        ):
            # "which bank executive did the CMF fine personally?": a person, not the bank
            facts = [f for f in facts if f.respondent_personal] or facts
        ranked = _by_size(facts, superlative)
        if ranked:
            # "Which company got the biggest fine?": the amounts decide, not the words.
            n = cites.add(ranked.article_id, ranked.start, ranked.end)
            # Its fullest name in these facts ("Lavanderia Alvorada" for "Alvorada received …")
            name = max(
                (f.respondent.text for f in facts if f.respondent and _same_party(f, ranked)),
                key=len,
            )
            name = self._full_name_in(name, ranked.article_id)
            return self._done(query, "entity", f"{name} [{n}].", cites)
        fact = self._by_overlap(query, facts)[0]
        assert fact.respondent is not None
        if outcome:
            # Cited by the sentence that says it ("has gone to the Federal High Court to
            # challenge the penalty"), then the action's own.
            said = next(s for s in fact.statuses if s.status == wanted)
            n = cites.add(fact.article_id, said.start, said.end)
            cites.add(fact.article_id, fact.start, fact.end)
            return self._done(query, "entity", f"{fact.respondent.text} [{n}].", cites)
        # What was done to the party ("refer … to the police"), not what kind of party it is
        # or where ("company", "Norway's").
        done = {
            word
            for word in self._own_words(query)
            if word not in DESCRIPTOR_NOUNS
            and not self.lexicon.mentions(re.sub(r"['’]s$", "", word).title())
        }
        if done and not self._words_used(done, [fact]):
            # "Which firm did Datatilsynet report to the police?" when its only recorded
            # action says nothing of reporting or police: the passages answer, not the facts.
            return None
        n = cites.add(fact.article_id, fact.start, fact.end)
        return self._done(query, "entity", f"{fact.respondent.text} [{n}].", cites)

    def _sanctioned_in_case(self, query: Query, cites: Citations) -> Answer | None:
        """ "Who was banned from running companies in the Brightpath case?": the parties of that
        action in the stories about the company named — often a person beside the company."""
        if not (query.action and _ASKS_WHO_PASSIVE.search(query.text)):
            return None
        if query.respondents:
            articles = {f.article_id for k in query.respondents for f in self.reader.facts(k)}
            found = [
                f
                for article_id in articles
                for f in self.reader.facts(article_id=article_id)
                if f.action == query.action and f.respondent
            ]
        elif (query.places or query.authorities) and _WHO_WAS_SANCTIONED.search(query.text):
            # "who was banned for 7 yrs in the manitoba case": that action where the question
            # places it, whoever it was against
            found = [
                f
                for g in self._groups(query, any_respondent=True)
                for f in g.facts
                if f.action == query.action and f.respondent
            ]
        else:
            return None
        facts = sorted(found, key=lambda f: (f.article_id, f.start))
        first = {}
        for fact in facts:
            first.setdefault(fact.respondent_key or "", fact)
        if not first:
            return None
        if _RANKED_BY_SUM.search(query.text):
            priced = [f for f in first.values() if f.amount is not None]
            if len({f.amount.currency for f in priced}) != 1:
                return None  # sums in several currencies (or none): not ranked here
            least = re.search(r"\b(?:least|smallest|lowest)\b", query.text, re.I)
            pick = (min if least else max)(priced, key=lambda f: f.amount.amount)
            first = {pick.respondent_key or "": pick}
        # each party in full, cited where the action is stated: in a summary and again in
        # the terms ("Mr. Toews is barred …", "Mr. Toews is prohibited from …")
        named = [
            f"{self._full_name_in(f.respondent.text, f.article_id)} "
            + markers(
                [
                    cites.add(f.article_id, start, end)
                    for start, end in dict.fromkeys([(f.start, f.end), *f.mentions])
                ][:3]
            )
            for f in first.values()
            if f.respondent is not None
        ]
        return self._done(query, "entity", "; ".join(named) + ".", cites)

    def _amount_answer(
        self, query: Query, text: str, cites: Citations, money: Money, **extra
    ) -> Answer:
        return self._done(
            query,
            "amount",
            text,
            cites,
            MoneyValue(amount=money.amount, currency=money.currency),
            **extra,
        )

    def _after_ruling(self, query: Query, cites: Citations, quotes: list[Quote]) -> Answer | None:
        """ "What is Tauernblick's fine after the appeal?", "Onda Mobile's fine after the
        Council of State judgment?": the amount a court set, from the ruling recorded on the
        company's measure (whichever court the question names: the ruling is the answer)."""
        after = _AFTER_RULING.search(query.text)
        court_set = _COURT_SET_SUM.search(query.text)
        if not query.respondents or not (after or court_set):
            return None
        selecting = replace(query, authorities=(), places=frozenset(), action=None, status=None)
        any_ruling = [g for g in self._groups(selecting, action="ruling") if g.action == "ruling"]
        rulings = [g for g in any_ruling if g.amounts() and g.per is None]
        if not rulings and after:
            # No court's sum recorded, but the copy says what replaced the first one:
            # "substituting a fine of NZ$420,000 for the NZ$150,000 imposed at trial".
            own = {f.article_id for g in self._groups(selecting) for f in g.facts}
            said = substituted_sum([q for q in quotes if q.article_id in own])
            if said is not None:
                money, quote = said
                n = cites.quote(quote)
                text = f"{format_money(money)}, the sum put in place of the first [{n}]."
                return self._amount_answer(query, text, cites, money)
        if not any_ruling and court_set:
            # "how much did the court reduce X's penalty to?" where no court has ruled on it:
            # the measure's own sum is no court's figure
            return self._not_found(
                query, cites, quotes, "they report no court ruling on it, so no figure a court set"
            )
        if not rulings or not after:
            return None  # (a court's step asked otherwise is read as before)
        group = max(rulings, key=lambda g: (self._year(g), len(g.facts)))
        amount, fact = group.amounts()[0]
        # Every ruling stating the same amount ("cut the penalty from A$2.5 million to A$1.6
        # million", told twice by one article) is cited with it.
        same = [
            f
            for g in rulings
            for a, f in g.amounts()
            if (a.amount, a.currency) == (amount.amount, amount.currency)
        ]
        cited = [fact, *(f for f in same if f is not fact)][:3]
        numbers = [cites.add(f.article_id, f.start, f.end) for f in cited]
        money = Money(amount.amount, amount.currency)
        text = (
            f"{format_money(money)}, the amount set on appeal. The sources report "
            f"{describe(group, self.lexicon, money)} {markers(numbers)}."
        )
        return self._amount_answer(query, text, cites, money)

    def _court_asked(self, query: Query, cites: Citations) -> Answer | None:
        """ "Which court cut Onda Mobile's fine?": the court of a ruling recorded on the
        company's measure — one whose outcome is the one asked about, if the question names
        one ("cut": reduced)."""
        if not query.respondents or not _ASKS_COURT.search(query.text):
            return None
        rulings = [
            g
            for g in self._groups(replace(query, authorities=()), action="ruling")
            if g.action == "ruling"
        ]
        outcome = next(
            (s for s, words in _COURT_OUTCOMES.items() if re.search(words, query.text, re.I)), None
        )
        if outcome:
            rulings = [
                g for g in rulings if any(s.status == outcome for f in g.facts for s in f.statuses)
            ]
        named = [g for g in rulings if any(f.authority_at for f in g.facts)]
        if not named:
            return None
        group = max(named, key=lambda g: len(g.facts))
        fact = next(f for f in group.facts if f.authority_at)
        n = cites.add(fact.article_id, fact.start, fact.end)
        written = fact.authority_at.text
        if group.authority and group.authority.casefold() not in written.casefold():
            written += f" ({group.authority})"  # "National High Court (Audiencia Nacional)"
        text = f"{written}. The sources report {describe(group, self.lexicon)} [{n}]."
        return self._done(query, "entity", text, cites)

    def _court_sentences(self, passages: list[Quote]) -> list[Quote]:
        """Sentences of the top passage's article that name a court or tribunal."""
        articles = [q.article_id for q in passages[:1]]
        if not articles:
            return []
        rows = self.reader.lexical_sentences_in(fts_query(["court", "tribunal"], []), articles, k=4)
        # In story order: the court of the case a story leads with is named before those of
        # others it mentions ("Last month, Sheffield Magistrates' Court fined …").
        rows = sorted(rows, key=lambda r: r.start)
        return [self._quote(r.article_id, r.start, r.end) for r in rows]

    def _proposal_sentences(self, groups: list[ActionGroup]) -> list[Quote]:
        """Sentences of the actions' articles that state a proposed, sought or undiscounted
        figure."""
        articles = sorted({f.article_id for g in groups for f in g.facts})[:5]
        if not articles:
            return []
        rows = self.reader.lexical_sentences_in(fts_query([], PROPOSAL_WORDS), articles, k=4)
        return [self._quote(r.article_id, r.context_start, r.end) for r in rows]

    def _by_overlap(self, query: Query, facts: list) -> list:
        """Sources whose sentences share the most of the question's words first."""
        focus = set(self._focus(query))

        def overlap(fact) -> int:
            body = self.retriever.body(fact.article_id)[fact.start : fact.end].casefold()
            return sum(1 for word in focus if word in body)

        return sorted(facts, key=overlap, reverse=True)

    def _year(self, group: ActionGroup) -> str:
        when = group.date or group.announced or self.published.get(group.facts[0].article_id)
        return (when or "")[:4]

    def _own_words(self, query: Query) -> set[str]:
        """The question's own words, other than the names in it (its company, regulator and
        places, which select the actions already)."""
        names = {
            w.casefold()
            for m in self.lexicon.mentions(query.text)
            for w in re.findall(r"\w+", m.text)
        } | {w for w in query.words if respondent_key(w) in query.respondents}
        return set(self._focus(query)) & set(query.words) - names

    def _words_used(self, words: set[str], facts: list) -> set[str]:
        """Those of `words` that these facts' sentences use."""
        bodies = [self.retriever.body(f.article_id)[f.start : f.end].casefold() for f in facts]
        return {word for word in words if any(word in body for body in bodies)}


# The legal forms that end a company's name.
_COMPANY_FORMS = f"(?:{legal_forms()})"


def _shown_percent(value: Decimal) -> Decimal:
    """A percentage to one decimal place, or to three significant figures when it is under
    10%: a fine of 4.39% of turnover is not "4.4%", nor 0.052% "0.1%"."""
    places = max(1, 2 - value.adjusted()) if value else 1
    rounded = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    if rounded == rounded.to_integral_value():
        return rounded.quantize(Decimal(1))
    return rounded.normalize()  # 4.10 is shown 4.1


def _with_acronym(name: str, text: str) -> str:
    """ "FTC" -> "Federal Trade Commission (FTC)" when the passage pairs them, and the other way."""
    if re.fullmatch(r"[A-Z]{2,6}", name):
        full = re.search(
            rf"((?:[A-Z][\w'’-]*\s+(?:of\s+|and\s+|for\s+|the\s+)*)+[A-Z][\w'’-]*)\s*\(\s*{name}\s*\)",
            text,
        )
        return f"{full.group(1)} ({name})" if full else name
    short = re.search(rf"{re.escape(name)}\s*\(\s*([A-Z]{{2,6}})\s*\)", text)
    return f"{name} ({short.group(1)})" if short else name
