"""Yes or no read from the sentence that best matches what a question asks.

For yes/no questions no stored outcome answers ("Is the decision final?", "Has a judge
approved the settlement?", "Is Marriott appealing?"). Topic words ("Twitter", "fine") are
in most passages; the predicate ("approved", "final", "appeal") singles out the one that
answers. So:

- candidates are the retrieved passages plus the sentences of the named company's articles
  that use a predicate, which retrieval ranks low when topic words dominate;
- words match by Porter stem (and the synonyms in synonyms.toml), never by prefix: "appeal"
  is not "appears";
- question words count by how rare they are among the candidates, and matched words close
  together count more; a sentence matching only enforcement nouns answers nothing;
- a sentence counts only if it is about the company asked about: it names it, the paragraph
  leading up to it does, or its article is about no one else;
- a predicate the company's articles never use ("in instalments") means the sources do not
  say, rather than a yes read from a sentence about something else;
- the verdict is no when a matched predicate is negated in its own clause ("cannot be
  appealed", "must be approved by a judge", "unanswered").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .aboutness import articles_about, is_about, names_any, names_regulator
from .actions import find_statuses
from .answerability import common_words
from .asked_subject import regulator_is_subject, speaks_of_regulator
from .lexical import fts_query, stem, synonyms_of, word_forms
from .models import Answer
from .money import find_money
from .parties import respondent_key
from .pattern_cache import compiled
from .question_parse import STATUS_WORDS, Query, status_phrase_words
from .readers import Quote, polarity

if TYPE_CHECKING:
    from .engine import Citations, Engine

# Nouns nearly every enforcement sentence uses, and the words of an amount ("the 50 million
# fine"): matching them alone answers no yes/no question.
_TOPIC = re.compile(
    r"(?:fine|fined|fines|penalt\w*|sanction\w*|decision\w*|ruling\w*"
    r"|million|billion|thousand|euros?|dollars?|pounds?)$",
    re.I,
)
# "Can the FDPIC fine companies itself?": the sanction word is then what is asked.
_SANCTION_AS_VERB = re.compile(
    r"\b(?:can|could|may|might|will|would|did|does|do)\s+(?:the\s+)?"
    r"(?:(?!(?:the|a|an|its|their|this|that|any)\b)[\w'’]+\s+){1,4}?"
    r"(fine|sanction|penalise|penalize)\b",
    re.I,
)
# Outcomes that rule out the one asked about: a fine cut or upheld was not overturned.
_CONTRARY = {
    "appealed": {"not_appealed"},
    "overturned": {"reduced", "upheld"},
    "upheld": {"overturned"},
    "paid": {"not_paid"},
    "complied": {"not_complied"},
    # "did it win its challenge?": a court that let the measure stand says it did not
    "appeal_won": {"upheld"},
}
# Words the sentences stating each outcome use (to find them in the company's articles).
_OUTCOME_WORDS = {
    "overturned": ("annulled", "overturned", "quashed"),
    "reduced": ("reduced", "cut", "lowered"),
    "upheld": ("upheld", "confirmed", "dismissed", "rejected"),
    "paid": ("paid",),
    "not_paid": ("paid", "unpaid"),
    "complied": ("complied", "compliance"),
    "not_complied": ("complied", "compliance"),
}


# A court turning the challenge away lets the measure stand: "The Conseil d'État dismissed
# the application in its entirety", "the tribunal rejected the appeal".
_CHALLENGE_DISMISSED = compiled(
    r"\b(?:dismiss(?:ed|es)|reject(?:ed|s)|threw\s+out|thrown\s+out)\s+(?:the\s+|its\s+|their\s+"
    r"|his\s+|her\s+|[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:application|appeal|challenge|petition"
    r"|action|claim|complaint|case|lawsuit|suit|objection)s?\b"
    r"|\b(?:application|appeal|challenge|petition|action|claim|lawsuit|objection)s?\s+(?:was|were|has\s+been"
    r"|have\s+been)\s+(?:dismissed|rejected|thrown\s+out)\b",
    re.I,
)


def _outcomes_in(text: str) -> set[str]:
    """The outcomes a sentence states: the extractor's, and a challenge dismissed (upheld)."""
    outcomes = {m.kind for m in find_statuses(text)}
    if _CHALLENGE_DISMISSED.search(text):
        outcomes.add("upheld")
    return outcomes


def _asked_outcomes(query: Query) -> set[str]:
    """The outcome a yes/no question asks about and those that would rule it out."""
    if not query.status:
        return set()
    return {query.status, *_CONTRARY.get(query.status, ())}


_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|get|got)\s+$", re.I)
# Words that shade a question without being what it asks about ("can Google *still* appeal").
_SHADING = frozenset(
    [
        "still",
        "already",
        "ever",
        "yet",
        "actually",
        "really",
        "also",
        "finally",
        "currently",
        "now",
        "fully",
        "full",  # "paid in full", "the full amount": how much, which the sentence answers
        "entirety",
        "whole",
        "entire",
        # a light verb: "make the site inaccessible" is blocking it, "make a payment" paying
        "make",
        "altogether",
        "entirely",
        "completely",
        "formally",
        "officially",
        "publicly",
        "true",
        "going",
        "planning",
        "intending",
        "expected",
        "likely",
    ]
)
_AUXILIARIES = frozenset(
    "has have had did does do is are was were will would can could should it".split()  # noqa: SIM905
)
# A question about what happened ("did Interserve appeal?") is not answered by what may
# happen ("Interserve can appeal the penalty to the tribunal").
_ASKS_POSSIBILITY = re.compile(
    r"^\W*(?:\w+\W+)?(?:can|could|may|might|will|would|(?:is|are)\s+(?:\S+\s+){1,3}?\w+ing)\b",
    re.I,
)
# "Must it pay?", "does it still have to pay?", "is it required to notify?": what a party
# is bound to do, which an obligation stated answers.
_ASKS_OBLIGATION = re.compile(
    r"\b(?:must|ha(?:ve|s)\s+to|(?:required|obliged|obligated)\s+to|needs?\s+to)\b", re.I
)
# … and one about what a party means to do ("will Merriton appeal?", "is it appealing?") is
# not answered by what it is allowed to do ("had 28 days to appeal", "may appeal").
_ASKS_INTENT = re.compile(
    r"^\W*(?:\w+\W+)?(?:will|would|(?:is|are)\s+(?:\S+\s+){1,3}?\w+ing)\b", re.I
)
_ALLOWED = re.compile(
    r"\b(?:can|could|may|might|has\s+the\s+right\s+to|is\s+entitled\s+to"
    r"|ha[sd]\s+\w+\s+(?:days|weeks|months)\s+to)\s+(?:\w+\s+)?$",
    re.I,
)
# An outcome ("has it paid?") is read only from sentences about the enforcement itself, not
# from "customers were asked to make a payment".
_ENFORCEMENT = re.compile(
    # (a licence taken away too: "filed an amparo against the revocation")
    r"\b(?:fine[ds]?|penalt\w*|sanction\w*|settlement|decision|ruling|order|notice|judgment"
    r"|revocation|suspension|ban|closure)\b",
    re.I,
)
# A condition, not a statement: "as long as X complies", "if it pays", "unless it appeals".
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|on\s+condition\s+that"
    r"|in\s+case|whether)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# What a party must do is no statement that it did: "must pay the fine within 60 days", "is
# required to notify", "has to delete" (a question asking what it must do reads them:
# `_ASKS_OBLIGATION`). Not "must be approved by a judge": a step still to come, which says
# it has not been taken (`polarity`).
_OBLIGED = re.compile(
    r"\b(?:must|has\s+to|have\s+to|(?:is|are)\s+(?:required|obliged|obligated)\s+to|needs?\s+to)"
    r"\s+(?!be\b)(?:\w+\s+)?$",
    re.I,
)
# What a party was told to do is no statement that it did: "ordered Majan to clear the
# backlog by 30 June", "directed the bank to repay its customers".
_ORDERED_TO = re.compile(
    r"\b(?:ordered|required|directed|instructed|told|obliged|compelled)\s+(?:[\w'’.-]+\s+){1,4}?"
    r"to\s+(?!be\b)(?:(?!\b(?:and|but)\s+(?:has|have|had|did|was|were|is|are)\b"
    # (nor the relative clause's end: "Acme, which was ordered to stop it, has paid the fine")
    r"|,\s+(?:has|have|had|did|was|were|is|are)\b)[^.;])*$",
    re.I,
)
# … nor the time it has to do it: "has 30 days from notification of the reasoned judgment to
# file a recourse" (the period's start told between them).
_TIME_TO_ACT = re.compile(
    # ("thirty (30) days": the number written out, then in figures)
    r"\bha(?:s|ve|d)\s+\w+(?:\s+\(\d+\))?\s+(?:days|weeks|months|years)\b[^.;]{0,80}?\bto\s+"
    # the step's words to the end of its phrase: "to file an appeal before the competent court"
    r"(?:(?:file|lodge|bring|submit|launch|mount|seek)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,6}"
    r"|(?:\w+\s+)?)$",
    re.I,
)
_MODAL = re.compile(
    r"\b(?:can|cannot|can't|could|may|might|will|would|shall|is\s+entitled\s+to"
    # "has the right to appeal", "waived its right to appeal": a right, not a step taken
    r"|(?:the|its|their|his|her|a)\s+right\s+to"
    r"|ha(?:s|ve|d)\s+\w+(?:\s+\(\d+\))?\s+(?:days|weeks|months|years)\s+to|intends?\s+to|plans?\s+to"
    r"|expected\s+to|likely\s+to)\s+"
    # "may file an administrative appeal", "can lodge an objection": the step's noun after a
    # verb of bringing it
    r"(?:(?:file|lodge|bring|submit|launch|mount|seek)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?|(?:\w+\s+)?)$",
    re.I,
)
# "The terms, including the payment schedule, were not disclosed": the sources say they do
# not know, which is not a no.
# A sentence saying how the law works, not what the party did: "Under Tunisian law, an appeal
# does not suspend the payment of the fine", "Companies may appeal within 30 days", "Fines
# are payable within a month". It answers no question about one party's steps.
_GENERAL_RULE = re.compile(
    r"^\W*(?:(?:under|according\s+to|by)\s+(?:the\s+)?[\w\s'’-]{0,40}?\b(?:law|act|code|rules?"
    r"|regulations?|procedure)\b[^,]{0,30},\s*)?"
    r"(?:an?\s+appeal|appeals|an?\s+(?:fine|penalty|sanction)|fines|penalties|sanctions"
    r"|companies|firms|businesses|operators|parties|anyone|a\s+company|a\s+firm"
    r"|the\s+(?:law|act|code|rules?))\s+"
    r"(?:does|do|may|can|must|shall|cannot|can[’']t|need|needs|(?:has|have)\s+to|suspends?"
    r"|allows?|requires?|provides?|(?:is|are)\s+(?:payable|due|suspended|not\s+suspended))\b",
    re.I,
)
_UNDISCLOSED = re.compile(
    r"\b(?:(?:was|were|is|are|has|have)\s+not\s+(?:been\s+)?(?:disclosed|made\s+public|published"
    r"|revealed)|undisclosed|(?:not|un)\s*clear\s+(?:whether|if)|declined\s+to\s+(?:comment|say)"
    # "It remains to be seen whether he will seek to appeal", "it is not known whether"
    r"|remains?\s+to\s+be\s+seen\s+(?:whether|if)|(?:not\s+known|unknown)\s+(?:whether|if)"
    r"|did\s+not\s+(?:respond|say|comment)|could\s+not\s+(?:immediately\s+)?be\s+reached"
    # "ARTEC has not said whether it will ask for a review", "has not yet decided whether to
    # appeal", "the Authority has not been informed of its intentions": the step is unknown
    r"|(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:said|stated|indicated|announced|decided|disclosed"
    r"|confirmed)\s+(?:whether|if)|(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:informed|told|notified)"
    r"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:intentions?|plans?|decision))\b",
    re.I,
)
# Words a sentence answers by stating their opposite: a decision that "can be appealed" is
# not final.
_OPPOSITES = {
    "final": re.compile(
        r"\b(?:can|may|could)\s+(?:still\s+)?be\s+(?:appealed|challenged|contested)\b"
        r"|\bsubject\s+to\s+(?:an?\s+)?appeal\b|\bappealable\b|\bhas\s+\w+\s+(?:days|weeks|months)\s+to\s+appeal\b"
        # an objection or appeal under way: "has lodged an objection", "has filed an appeal"
        r"|\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:lodged|filed|launched)\s+an?\s+(?:objection|appeal)\b"
        # a settlement or order a judge has still to approve
        r"|\b(?:must|has\s+to|needs?\s+to)\s+(?:still\s+)?be\s+approved\b"
        r"|\b(?:subject\s+to|pending|awaiting|awaits|still\s+needs?)\s+(?:[\w-]+\s+){0,2}?approval\b",
        re.I,
    ),
}
# The words a sentence stating the opposite uses, to find it by.
_OPPOSITE_WORDS = {"final": ("appealed", "objection", "approved", "approval")}
# A step of litigation asked about, and a sentence telling of one: an appeal, a challenge, a
# review or cassation sought, a case taken (brought, gone) to a court or tribunal.
_TO_A_COURT = (
    r"(?:take|takes|took|taken|taking|bring|brings|brought|bringing|go|goes|going|gone|went)\s+"
    r"(?:[\w'’-]+\s+){0,4}?to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:court|tribunal)s?\b"
)
# (the step as the question's verb: "going to appeal", "ask for a review"; not "stayed
# pending the appeal", where the appeal only says when)
_LITIGATION_ASKED = compiled(
    r"\b(?:to|will|would|could|not)\s+(?:[\w'’-]+\s+){0,3}?(?:appeal|challenge|contest)\b"
    r"|\b(?:appealed|appealing|challenged|challenging|contested|contesting)\b"
    r"|\b(?:ask|asks|asked|asking|seek|seeks|sought|seeking|request\w*|appl(?:y|ies|ied|ying)"
    r"|fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing))\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    rf"(?:review|cassation|appeal)\b|\b{_TO_A_COURT}",
    re.I,
)
_LITIGATION_STATED = compiled(
    rf"\b(?:appeal\w*|challeng\w*|contest\w*|review\w*|cassation|lawsuit|recourse|objection"
    rf"|(?:lodg|fil)(?:e|ed|es|ing)\b|litigat\w*|{_TO_A_COURT})",
    re.I,
)
_WORD = re.compile(r"\w+")
_NUMERAL = re.compile(r"\d+(?:[.,]\d+)?")
_NEGATIVE_PREFIXES = ("un", "non", "in")
CANDIDATES_RETRIEVED = 6
CANDIDATES_TARGETED = 6


def answer_from_evidence(
    engine: Engine, query: Query, cites: Citations, quotes: list[Quote], required: bool = False
) -> Answer | None:
    """The yes or no of the best matching sentence; "the sources don't say" when none
    matches (or None, when `required` and the caller has its own not-found answer)."""
    predicates = _predicates(engine, query)
    verb = _SANCTION_AS_VERB.search(query.text)  # "can the FDPIC fine companies?"
    asked = [
        w
        for w in predicates
        if (not _TOPIC.match(w) or (verb and w == verb.group(1).casefold())) and w not in _SHADING
    ]
    # Else the articles retrieval found: the sentence that answers may rank low in them.
    articles = articles_about(engine, query) or sorted({q.article_id for q in quotes[:8]})
    asking = status_phrase_words(query)
    unmentioned = [
        w
        for w in asked
        if query.respondents
        and articles
        and not _used_in(engine, w, articles)
        # "scrap": the outcome vocabulary reads it ("annulled", "reduced … to"); "going to
        # court": how the status is asked
        and not (query.status and re.search(STATUS_WORDS[query.status], w, re.I))
        and w not in asking
    ]
    if unmentioned and len(unmentioned) < len(asked) and not required:
        # "Is the watchdog talking to US authorities …?", "did the court keep the finding?":
        # an everyday verb is paraphrase ("working with the FTC", "overturned the
        # finding") when the question's other words are used; an uncommon one
        # ("instalments") still means the sources do not say. Not for whether it was paid
        # or appealed, which only a statement of that outcome answers.
        unmentioned = [w for w in unmentioned if w not in common_words()]
    if unmentioned and required:
        return None
    if unmentioned:
        words = ", ".join(f"“{w}”" for w in unmentioned)
        return engine._not_found(query, cites, quotes, f"none of its articles mention {words}")
    stated = set(_NUMERAL.findall(query.text))
    outcome_words = [w for status in _asked_outcomes(query) for w in _OUTCOME_WORDS.get(status, ())]
    candidates = [
        *quotes[:CANDIDATES_RETRIEVED],
        *_sentences_using(
            engine,
            [
                *asked,
                *stated,
                *(o for w in asked for o in _OPPOSITE_WORDS.get(w, ())),
                *outcome_words,
            ],
            articles,
        ),
    ]
    # Each sentence once: a sentence found both ways would count its words twice as common.
    candidates = list({(c.article_id, c.start, c.end): c for c in candidates}.values())
    stating = _articles_stating(engine, query, {c.article_id for c in candidates})
    if stating:
        # "has it paid its £12k fine?": about the fine of that amount, not another's
        candidates = [c for c in candidates if c.article_id in stating]
    forms = {w: word_forms(w) for w in predicates}
    possibility = bool(_ASKS_POSSIBILITY.search(query.text) or _ASKS_OBLIGATION.search(query.text))
    intent = bool(_ASKS_INTENT.search(query.text))
    found = [_hits(q.text, forms, possibility, intent) for q in candidates]
    frequency = {w: sum(1 for hits in found if w in hits) for w in predicates}
    # "Has X complied with the order?": a sentence using only "order" (the order being made)
    # says nothing of complying; it must use the outcome's own word or state an outcome.
    outcome_asked = [
        w
        for w in asked
        if query.status in STATUS_WORDS and re.search(STATUS_WORDS[query.status], w, re.I)
    ]
    # A state the question asks about ("final"): only a sentence stating it, or its opposite,
    # answers; the words describing what is asked about ("the cold-calling fine") do not.
    states_asked = [w for w in asked if w in _OPPOSITES]
    # "Did SAT stay the market ban?": a sentence must say the step asked was (or was not)
    # taken, or share more of the question; one sharing only "market" ("restrains him from
    # the securities market") answers nothing.
    step = _step_asked(query.text)
    step = step if step in asked else None
    regulator_asked = regulator_is_subject(engine, query)
    # "Is the agency taking the judgment to the constitutional court?": only a sentence
    # telling of such a step (made, meant, ruled out) answers, not "would take it into
    # account" beside "the decision of the Court".
    litigation = query.status in {None, "appealed"} and bool(_LITIGATION_ASKED.search(query.text))
    best = None
    for quote, hits in zip(candidates, found, strict=True):
        if regulator_asked and not speaks_of_regulator(engine, query, quote.text):
            continue  # "has the FCC appealed?": not "both companies appealed"
        if (
            required
            and not _ENFORCEMENT.search(quote.text)
            # "It plans to file an appeal but has yet to do so" answers "has it appealed?"
            # without naming the fine.
            and not any(
                intended_only(quote.text, m.start(), m.end())
                for w, (m, _) in hits.items()
                if w in asked
            )
        ):
            continue
        if required and _about_another_party(engine, query, quote):
            # "has Mekong Fresh paid?" — "Lotus Mart said it had already paid its fine"
            continue
        if litigation and not _LITIGATION_STATED.search(quote.text):
            continue
        if query.respondents and _GENERAL_RULE.match(quote.text):
            # "an appeal does not suspend payment": the law, not the party's step (a question
            # about the law itself — "do regulators have to …?" — is answered by it)
            continue
        outcomes = _outcomes_in(quote.text) & _asked_outcomes(query)
        if (
            outcome_asked
            and not outcomes
            and not any(w in hits for w in outcome_asked)
            and not (intent and _says_intended_step(query, quote.text))
        ):
            continue
        if step and step not in hits and not outcomes and sum(1 for w in hits if w in asked) < 2:
            continue  # one word of the question, and not its verb, is a coincidence
        if states_asked and not any(w in hits for w in states_asked):
            continue  # "is the cold-calling fine final?": a headline about the fine is no answer
        if not (any(w in asked for w in hits) or outcomes) or not is_about(
            engine, query, quote, articles
        ):
            continue
        if (
            len(asked) >= 3
            and sum(1 for w in hits if w in asked) < 2
            and not outcomes
            and not states_asked  # the state asked is no coincidence
        ):
            # One word of a long question ("legally" in "the biggest one legally available")
            # is a coincidence, not an answer.
            continue
        score = sum((1 if w in asked else 0.2) / frequency[w] for w in hits)
        positions = sorted(m.start() for m, _ in hits.values())
        if len(positions) > 1 and positions[-1] - positions[0] < 80:
            score += 0.5  # the words stand together
        if stated and stated & set(_NUMERAL.findall(quote.text)):
            score += 1  # it is about the amount the question names ("the 50 million fine")
        elif stated and stated & set(_NUMERAL.findall(engine.retriever.body(quote.article_id))):
            score += 0.5  # its article is
        if query.respondents and names_any(quote.text, query.respondents):
            score += 0.5  # it names the company itself
        if possibility and any(
            _MODAL.search(quote.text[max(0, m.start() - 40) : m.start()])
            for w, (m, _) in hits.items()
            if w in asked
        ):
            score += (
                0.75  # "can Google still appeal?": "cannot be appealed", not "appealed in 2019"
            )
        if query.authorities and not query.respondents and names_regulator(engine, query, quote):
            score += 0.5  # "can the FDPIC fine?": about the FDPIC, or just near a fine
        if verb and any(
            _PASSIVE.search(quote.text[max(0, m.start() - 12) : m.start()])
            for w, (m, _) in hits.items()
            if w == verb.group(1).casefold()
        ):
            score -= 1  # "can the FDPIC fine?" is not answered by "the company can be fined"
        if outcomes:
            score += 1.5  # it states the outcome asked about, or one that rules it out
        if any(w in hits and _in_own_words(hits[w][0], forms[w]) for w in states_asked):
            # "is the decree final?": "the decree is not yet final" says it; "has lodged an
            # appeal" only implies it
            score += 1
        if step and step in hits:
            score += 1  # "has the court stayed it?": the sentence says whether it did
        if best is None or score > best[0] + 1e-9:
            best = (score, hits, quote)
    if best is None:
        if required:
            return None
        return engine._not_found(query, cites, quotes, "no sentence in them says yes or no to this")
    _, hits, quote = best
    possible = None if possibility else _only_possible(query.text, quote.text)
    if possible is not None:
        # "has the GVH asked the Kúria to review it?" — "the GVH may ask the Kúria to review
        # it": what may still happen, not a step taken (nor one ruled out).
        if required:
            return None
        n = cites.quote(quote)
        return engine._not_found(
            query,
            cites,
            [],
            f"they say only that it may happen (“{possible}”), not that it has",
            [n],
        )
    if _UNDISCLOSED.search(quote.text):
        if required:
            return None
        n = cites.quote(quote)
        return engine._not_found(
            query, cites, [], "they report it is not known or not disclosed", [n]
        )
    verdict = (
        "no"
        if any(_negated(quote.text, m, prefixed) for w, (m, prefixed) in hits.items() if w in asked)
        else "yes"
    )
    outcomes = _outcomes_in(quote.text)
    if (
        query.status
        and query.status not in outcomes
        and outcomes & _CONTRARY.get(query.status, set())
    ):
        # "Did the judges scrap the penalty altogether?" — "The court reduced it to €900,000."
        verdict = "no"
    lead = verdict.capitalize()
    if (
        verdict == "yes"
        and query.status == "paid"
        and asks_whole_payment(query.text)
        and PART_PAID.search(quote.text)
        and not re.search(
            r"\b(?:in\s+full|fully|the\s+(?:whole|entire|full)\s+(?:amount|sum))\b",
            quote.text,
            re.I,
        )
    ):
        # "Has it paid the fine?" — "has paid €800,000 of the fine so far": only part of it.
        verdict, lead = "no", "No, only part of it"
    n = cites.quote(quote)
    text = f"{lead}. As of {{as_of}}, the sources say: “{' '.join(quote.text.split())}” [{n}]."
    return engine._done(query, "status", text, cites, verdict=verdict)


# The step a yes/no question asks was taken: "has the GVH asked …", "did Halvorsen appeal …".
_ASKED_STEP = re.compile(
    r"^\W*(?:and\s+)?(?:has|have|had|did)\s+(?:[\w&.'’-]+\s+){1,4}?"
    r"(?P<verb>(?!(?:been|not|never|already|yet|still|ever)\b)[a-z]+(?:ed|en|ght|id|ade))\b",
    re.I,
)


# "Did SAT stay …", "has it ever replied …", "does Clearview actually sell …": the verb right
# after a named subject (capitalised words) or a pronoun — the step the question asks about.
_STEP_AFTER_NAME = re.compile(
    r"^\W*(?:and\s+)?(?:did|does|do|has|have|had)\s+"
    r"(?:(?:it|they|he|she)|(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,3})\s+"
    r"(?:(?:not|never|ever|already|yet|still|actually|really|also|finally|formally|officially"
    r"|publicly|\w+ly)\s+)*(?P<verb>(?-i:[a-z]+))\b",
    re.I,
)


def _step_asked(question: str) -> str | None:
    # "has the supreme court stayed …": a subject typed in lower case, then its verb
    match = _STEP_AFTER_NAME.search(question) or _ASKED_STEP.search(question)
    return match.group("verb").casefold() if match else None


def _about_another_party(engine: Engine, query: Query, quote: Quote) -> bool:
    """The sentence names another party of its story's actions, and not the one asked about:
    its payment or appeal is that party's."""
    if not query.respondents or names_any(quote.text, query.respondents):
        return False
    facts = engine.reader.facts(article_id=quote.article_id)
    others = {
        f.respondent_key
        for f in facts
        if f.respondent_key and f.respondent_key not in query.respondents
    }
    if names_any(quote.text, others):
        return True
    # The sentence's subject is named where the story reports the fines, beside the party
    # asked about ("Lotus Mart and Mekong Fresh were fined …"), though no fact is its own.
    subject = _LEADING_NAME.match(quote.text)
    if subject is None or respondent_key(subject.group()) in query.respondents:
        return False
    name = re.escape(subject.group())
    body = engine.retriever.body(quote.article_id)
    for fact in facts:
        if fact.respondent_key not in query.respondents:
            continue
        span = engine.reader.sentence_at(quote.article_id, fact.start)
        party = re.escape(fact.respondent.text) if fact.respondent else None
        if not span or not party:
            continue
        # listed with it: "Lotus Mart and Mekong Fresh were fined", "Mekong Fresh, Lotus Mart"
        listed = rf"\b{name}\s*(?:,|and|&)\s*{party}\b|\b{party}\s*(?:,|and|&)\s*{name}\b"
        if re.search(listed, body[span[0] : span[1]]):
            return True
    return False


# A name opening a sentence: "Lotus Mart said …", "Bayan Delguur has paid …".
_LEADING_NAME = re.compile(r"(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*))*(?=\s+[a-z])")


def _says_intended_step(query: Query, text: str) -> bool:
    """ "Are they going to fight it in court?" — "would challenge the decision at the
    Administrative Court": the step asked, in the outcome's other words, said as meant."""
    if query.status != "appealed":
        return False
    return any(
        _INTENDING_BEFORE.search(text[max(0, m.start() - 50) : m.start()])
        for m in re.finditer(STATUS_WORDS["appealed"], text, re.I)
    )


def _in_own_words(match: re.Match, forms: frozenset[str]) -> bool:
    """Whether a hit is the question's word itself, not a phrase stating its opposite."""
    return stem(match.group()) in forms


def _only_possible(question: str, text: str) -> str | None:
    """The words saying the step a question asks about may be taken ("may ask the Kúria to
    review it"), when the sentence uses the step's verb only under such a modal."""
    asked = _ASKED_STEP.search(question)
    if asked is None:
        return None
    stems = word_forms(asked.group("verb").casefold())
    uses = [m for m in _WORD.finditer(text) if stem(m.group()) in stems]
    if not uses:
        return None
    for use in uses:
        before = text[max(0, use.start() - 40) : use.start()]
        if not _MODAL.search(before) or intended_only(text, use.start(), use.end()):
            return None  # the step stated plainly somewhere in the sentence
    window = max(0, uses[0].start() - 40)
    modal = _MODAL.search(text[window : uses[0].start()])
    if re.match(r"(?:cannot|can't)\b", modal.group(), re.I):
        return None  # "cannot be appealed" rules the step out: a no, read as one
    said = text[window + modal.start() :]
    # to the end of its clause: "may ask the Kúria, Hungary's supreme court, to review it"
    said = re.split(r"[.;](?:\s|$)", said, maxsplit=1)[0][:120]
    return " ".join(said.split())


def _articles_stating(engine: Engine, query: Query, articles: set[str]) -> set[str]:
    """Of these articles, those stating an amount the question names, by value ("£12k" is
    "£12,000")."""
    named = {(m.money.amount, m.money.currency) for m in query.money if m.money}
    if not named:
        return set()
    return {
        a
        for a in articles
        if named
        & {
            (m.money.amount, m.money.currency)
            for m in find_money(engine.retriever.body(a))
            if m.money
        }
    }


# Whose view a question asks for ("In the CNIL's view, did …", "according to the court"):
# how it is asked, not a word the answering sentence must use.
_FRAMING = re.compile(
    r"\b(?:in\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?['’]s?\s+(?:view|opinion|eyes)"
    r"|in\s+the\s+(?:view|opinion|eyes)\s+of|according\s+to)\b",
    re.I,
)


def _predicates(engine: Engine, query: Query) -> list[str]:
    named = {
        w.casefold() for m in engine.lexicon.mentions(query.text) for w in _WORD.findall(m.text)
    }
    named |= {
        w.casefold()
        for m in _FRAMING.finditer(query.text)
        for w in _WORD.findall(m.group())
        if w.casefold() in {"view", "opinion", "eyes", "according"}
    }
    # Capitalised words after the first are names ("Lakeside Mobile"), not what is asked.
    # (Unless the whole question is in capitals or title case.)
    capitalised = [w for w in _WORD.findall(query.text)[1:] if w[:1].isupper()]
    if len(capitalised) < len(query.words) - 1:
        named |= {w.casefold() for w in capitalised}
    named |= _rest_of_names(engine, query)
    return [
        w
        for w in dict.fromkeys(query.words)
        if w not in engine.lexicon.stopwords
        and w not in _AUXILIARIES
        and w not in named
        and w not in query.respondents
        # a short word is grammar, unless it is the step asked about ("did it pay?")
        and (len(w) > 3 or _asks_status_with(query, w))
        and not any(c.isdigit() for c in w)  # "150m": an amount, matched as a numeral
        and not re.fullmatch(r"[\w-]+['’]s", w)  # "ico's": a name in the possessive
        and not re.search(r"n['’]t$", w)  # "hasn't": grammar
    ]


def _asks_status_with(query: Query, word: str) -> bool:
    """Whether the question asks its outcome with this word ("pay" in "did it pay the fine?")."""
    pattern = STATUS_WORDS.get(query.status or "")
    return bool(pattern) and bool(re.fullmatch(pattern, word, re.I))


def _rest_of_names(engine: Engine, query: Query) -> set[str]:
    """Words after a company's name in the question that its articles write after it too:
    the rest of its name ("Tatranská poisťovňa", however the facts shortened it)."""
    rest: set[str] = set()
    words = query.words
    for word, following in itertools.pairwise(words):
        key = respondent_key(word)
        if key not in query.respondents:
            continue
        facts = engine.reader.facts(respondent_key=key)[:5]
        for article_id in dict.fromkeys(f.article_id for f in facts):
            body = engine.retriever.body(article_id).casefold()
            if f"{word} {following}" in body:
                rest.add(following)
    return rest


def _hits(
    text: str, forms: dict[str, frozenset[str]], possibility: bool, intent: bool = False
) -> dict[str, tuple[re.Match, bool]]:
    """For each question word, its first use in `text` and whether that use carries a
    negative prefix ("unanswered" for "answered"). Uses under a modal ("can appeal") count
    only for questions about what may happen; what a party is allowed to do ("has 28 days to
    appeal") does not answer one about what it means to do."""
    hits: dict[str, tuple[re.Match, bool]] = {}
    for match in _WORD.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if (
            not possibility
            and (
                _MODAL.search(before)
                or _CONDITIONAL.search(before)
                or _OBLIGED.search(before)
                or _ORDERED_TO.search(text[max(0, match.start() - 120) : match.start()])
                or _TIME_TO_ACT.search(text[max(0, match.start() - 120) : match.start()])
            )
            and not intended_only(text, match.start(), match.end())
            # "it is not clear whether its fine will ever be paid": the sources say they do
            # not know, which answers "has it paid?" with "the sources don't say"
            and not _UNDISCLOSED.search(before)
        ):
            continue  # "as long as Hoshimura complies": no statement that it does
        if intent and _ALLOWED.search(before):
            continue
        if match.group()[:1].isupper() and _IN_A_NAME_BEFORE.search(before):
            continue  # "the Court of Appeal", "the Board of Appeal": a name, not an appeal
        own = stem(match.group())
        for word, stems in forms.items():
            if word in hits:
                continue
            if own in stems:
                hits[word] = (match, False)
            elif any(
                stem(match.group()[len(p) :]) in stems
                for p in _NEGATIVE_PREFIXES
                if own.startswith(p)
            ):
                hits[word] = (match, True)
    for word in forms:
        opposite = _OPPOSITES.get(word)
        found = opposite.search(text) if opposite and word not in hits else None
        if found:
            hits[word] = (found, True)  # "can be appealed": not final
    return hits


# A capitalised word after "Court of", "Board of the": part of a body's name.
_IN_A_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+(?:the\s+)?$")


def _negated(text: str, match: re.Match, prefixed: bool) -> bool:
    window = text[max(0, match.start() - 60) : match.end()]
    if _SOUGHT.search(text[max(0, match.start() - 40) : match.start()]):
        return True  # "a lawsuit seeking to annul the decision" annuls nothing (yet)
    if _UNDONE.match(text, match.end()):
        return True  # "lodged an appeal …, but withdrew it in May": no longer appealing
    if _WITHDRAWN_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
        return True  # "has dropped its appeal", "withdrew the challenge": not appealing now
    if intended_only(text, match.start(), match.end()):
        return True  # "plans to appeal but has yet to do so": not appealed
    if _PARTIAL_AFTER.match(text, match.end()) or _PARTIAL_BEFORE.search(
        text[max(0, match.start() - 60) : match.start()]
    ):
        return True  # "had provided only a fraction of the documents": not what was asked
    return prefixed or polarity(window, re.escape(match.group())) == "no"


# Undone, told before the step: "has dropped its appeal", "withdrew the challenge".
_WITHDRAWN_BEFORE = re.compile(
    r"\b(?:dropp(?:ed|ing)|drops?|withdr(?:ew|awn|aws?|awing)|abandon(?:ed|s|ing)?"
    r"|retract(?:ed|s)?|discontinu(?:ed|es))\s+(?:its|the|their|his|her|an?)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# Undone later in the sentence: "initially lodged an appeal with the tribunal, but withdrew it".
_UNDONE = re.compile(
    r"[^.;]{0,100}?\b(?:but|then|later|before)\s+(?:\w+\s+){0,2}?"
    r"(?:withdr[ae]w\w*|dropped|abandoned|retracted|discontinued)\b",
    re.I,
)
# Meant, and said not to be done yet: "intends to file an appeal, but had not done so",
# "plans to challenge the order but has yet to", "will appeal, though it has not yet lodged
# anything". Such a sentence answers "has it appealed?" with No.
_INTENDING_BEFORE = re.compile(
    r"\b(?:intends?|intended|intending|plans?|planned|planning|wants?|wanted|hopes?|aims?"
    r"|expects?|means|(?:is|was|are|were)\s+going|will|would|(?:is|are|was|were)\s+(?:set|due|preparing)"
    # "is considering filing a lawsuit", "weighing a challenge"
    r"|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|contemplat(?:es|ed|ing))"
    r"\s+(?:to\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_NOT_YET_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:but|though|although|yet|however)\b[^.;]{0,50}?"
    r"\b(?:(?:has|have|had)\s+(?:still\s+)?(?:not|n['’]t|never|yet\s+to)|(?:is|are|was|were)\s+yet\s+to"
    r"|not\s+yet|no\s+(?:appeal|challenge|action|claim)\s+(?:has|had)\s+(?:yet\s+)?been)\b"
    # … or the next sentence says so: "… considering a lawsuit. It has not yet filed one."
    r"|[^.;]{0,100}?[.;]\W*\s+(?:it|he|she|they|the\s+(?:company|firm|agency|group|bank))\s+"
    r"(?:has|have|had)\s+(?:still\s+)?(?:not|n['’]t|yet\s+to)\s+(?:yet\s+)?"
    r"(?:done\s+so|filed|lodged|brought|launched|made|submitted)\b"
    # … or a later clause of the sentence: "intended to appeal; at the date of this alert, no
    # notice of appeal had been filed"
    r"|[^.]{0,120}?[;,]\s*(?:[\w\s,]{0,40}?)\bno\s+(?:notice\s+of\s+)?"
    r"(?:appeal|challenge|action|claim|petition|application|lawsuit|complaint)\s+"
    r"(?:has|had|have)\s+(?:yet\s+)?been\s+(?:filed|lodged|brought|launched|made|submitted)\b",
    re.I,
)


def intended_only(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is something a party means to do and the same
    sentence says it has not done yet."""
    return bool(
        _INTENDING_BEFORE.search(text[max(0, start - 50) : start])
        and _NOT_YET_AFTER.match(text, end)
    )


# Done in part only: "provided only a fraction of the documents", "paid only half",
# "partly complied".
_PARTIAL_AFTER = re.compile(
    r"\s+(?:only\s+(?:a\s+(?:fraction|part|portion|handful|few)|some|part|half)|partially|partly|in\s+part)\b",
    re.I,
)
_PARTIAL_BEFORE = re.compile(
    r"\b(?:only\s+)?(?:partially|partly|only\s+half)\s+$"
    r"|\bonly\s+(?:a\s+(?:fraction|part|portion|handful|few)|some|part|half)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "Has it paid the fine in full?", "fully paid", "paid all of it", "the whole amount".
_ASKS_IN_FULL = re.compile(
    r"\b(?:in\s+full|fully|in\s+its\s+entirety|entirely|completely|all\s+of\s+(?:it|the)\b"
    r"|(?:the\s+)?(?:whole|entire|full)\s+(?:\w+\s+)?(?:fine|penalty|amount|sum|settlement|bill))",
    re.I,
)
# A question about some payment, not the whole sum: "has it paid anything yet", "paid any of
# the fine", "started paying", "paid the first instalment", "paid part of it".
_ASKS_SOME_PAYMENT = re.compile(
    r"\b(?:anything|any\s+(?:of|money|part|payment|amount|sum)|some\s+of|something"
    r"|part(?:ly|ially)?|portion|instal?lments?|tranches?|(?:start|begin|began|begun)\w*\s+(?:to\s+)?pay\w*"
    r"|first|down\s+payment)\b",
    re.I,
)
# A payment reported as one part of the sum: an instalment, a tranche, a first half, a part,
# "€800,000 of the fine".
PART_PAID = re.compile(
    r"\b(?:instal?lments?|tranches?|part(?:ial(?:ly)?|ly)?\s+(?:of|paid|payment)|partially|partly"
    r"|portion|(?:first|second|one)\s+(?:half|third|quarter|payment)|half\s+of|down\s+payment)\b"
    r"|\d(?:\s*(?:million|billion|mn|bn|m|k))?\s+of\s+(?:the|its|their|his|her)\s+(?:[\w€$£.,-]+\s+){0,2}?"
    r"(?:fine|penalty|sum|amount|settlement|surcharge|bill)\b",
    re.I,
)


def asks_whole_payment(question: str) -> bool:
    """Whether "has it paid?" asks about the whole sum: "in full", or no word asking about
    some of it ("anything", "the first instalment", "started paying")."""
    return bool(_ASKS_IN_FULL.search(question)) or not _ASKS_SOME_PAYMENT.search(question)


# Aims, not outcomes: "seeking to annul", "asked the court to overturn", "in a bid to cut".
_SOUGHT = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|ask(?:s|ed|ing)?\s+[\w\s]{0,30}?|want(?:s|ed)?|tr(?:y|ies|ying|ied)|"
    r"aim(?:s|ed|ing)?|bid|attempt(?:s|ed|ing)?|hop(?:e|es|ed|ing))\s+to\s+$",
    re.I,
)


def _used_in(engine: Engine, word: str, articles: Sequence[str]) -> bool:
    # A synonym with a negative prefix uses the word too: "reply" in "went unanswered".
    same = [word, *(s for s in synonyms_of(word) if " " not in s)]
    forms = [*same, *(prefix + w for w in same for prefix in _NEGATIVE_PREFIXES)]
    forms += _OPPOSITE_WORDS.get(word, ())
    return bool(
        engine.reader.lexical_sentences_in(fts_query(forms, synonyms_of(word)), articles, k=1)
    )


def _sentences_using(engine: Engine, words: list[str], articles: Sequence[str]) -> list[Quote]:
    """The best bm25 sentences of `articles` that use one of `words`."""
    if not words or not articles:
        return []
    phrases = [s for w in words for s in synonyms_of(w)]
    rows = engine.reader.lexical_sentences_in(
        fts_query(words, phrases), articles, k=CANDIDATES_TARGETED
    )
    return [engine._quote(row.article_id, row.context_start, row.end) for row in rows]
