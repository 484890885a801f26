"""Yes/no questions: has it been paid, complied with, appealed; was it fined; is it true.

Outcome questions read the outcome statements stored with the facts (regulators' reports
before companies' claims). "Was X fined by Y?" asks whether such an action is reported.
"Does X accept …?" asks for X's own position, which is reported as X's claim. Anything else
reads the yes or no of the best evidence sentence that uses the question's own words.
A question nothing answers gets "the sources don't say", never a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .asked_subject import regulator_is_subject
from .lexical import fts_query
from .models import Answer
from .money import find_money
from .not_sanctioned import said_not_sanctioned
from .parties import respondent_key
from .places import within
from .question_parse import _ACTION_WORDS, Query
from .readers import Quote
from .wording import action_noun, describe
from .yes_no_evidence import (
    PART_PAID,
    answer_from_evidence,
    asks_whole_payment,
    intended_only,
)

if TYPE_CHECKING:
    from .engine import Citations, Engine

_OUTCOMES = {
    # Part paid is not paid: "has it paid the fine?" after a first instalment is "No, only
    # part of it" (and "in full?" more so).
    "paid": {"paid": "yes", "not_paid": "no", "partially_paid": "no"},
    "complied": {"complied": "yes", "not_complied": "no"},
    "appealed": {
        "appealed": "yes",
        "overturned": "yes",
        "reduced": "yes",
        "upheld": "yes",
        "not_appealed": "no",
    },
    "appeal_won": {"overturned": "yes", "reduced": "yes", "upheld": "no"},
    "upheld": {"upheld": "yes", "overturned": "no", "reduced": "no"},
    "overturned": {"overturned": "yes", "upheld": "no"},
    "reduced": {"reduced": "yes", "upheld": "no"},
    # A measure a court annulled no longer applies; one it upheld does.
    "in_force": {"overturned": "no", "upheld": "yes", "reduced": "yes"},
    # Accepting a decision is not challenging it: a recorded appeal or dispute answers No.
    "accepted": {
        "appealed": "no",
        "overturned": "no",
        "reduced": "no",
        "upheld": "no",
        "disputed": "no",
        "not_appealed": "yes",
    },
}
# "Can Google still appeal?", "Is Marriott appealing?", "Is the decision final?": about what
# may or will happen, or is under way — read from what the sources say, not from the
# recorded outcomes of actions.
_NOT_A_RECORD = re.compile(
    r"^\W*(?:can|could|will|would|should|must|may|might)\b|^\W*(?:is|are)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:going\s+to|appealing|taking|bringing|planning|considering|intending|final|still)\b"
    # "Does X still have to pay the fine?": what it is bound to do now, not a payment made
    r"|^\W*(?:and\s+)?(?:does|do)\s+(?:[\w'’&.-]+\s+){1,6}?(?:still\s+)?(?:have|need)\s+to\b",
    re.I,
)
_PHRASES = {
    "paid": "has been paid",
    "not_paid": "has not been paid",
    "partially_paid": "has been paid only in part",
    "complied": "has been complied with",
    "not_complied": "has not been complied with",
    "appealed": "has been appealed",
    "overturned": "was overturned on appeal",
    "reduced": "was reduced on appeal",
    "upheld": "was upheld on appeal",
    "disputed": "will be challenged",  # only for a stated intention to appeal (`_TO_APPEAL`)
    "not_appealed": "was accepted, not challenged",
}
_TO_APPEAL = re.compile(r"\b(?:appeal|challeng|contest|fight|go\s+to\s+court)\w*", re.I)
# A question about what a party will do: "will", "going to", "planning to", "intend to".
_WILL = re.compile(
    r"\b(?:will|going\s+to|plan(?:s|ning)?\s+to|intend(?:s|ing)?\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:appeal|challenge|contest|fight)\b",
    re.I,
)
_EXISTENCE = re.compile(
    r"\b(?:fined|sanctioned|penalised|penalized|ordered|banned|barred|imposed|hit\s+with|slapped)\b"
    # "did the SEC slap Lotus with a fine?", "did they hit X with a penalty?"
    r"|\b(?:slap|hit)\s+[^?]{1,60}?\bwith\s+(?:a|an|the|its|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fine|penalty|sanction)\b"
    # "Did the HDPA fine Kallisto?": the verb, before the party ("the privacy fine to court"
    # is the noun)
    r"|^\W*(?:did|does|has|have|had)\b[^?]*\b(?:fine|sanction|penali[sz]e|ban)\s+(?:it\b|them\b|(?-i:[A-Z]))",
    re.I,
)
_CLAIM = re.compile(
    r"\b(?:accept|accepts|agree|agrees|admit|admits|acknowledge|say|says|claim|claims|think|believe|consider|dispute)\b"
    # "accept the fine" asks whether it was challenged, an outcome; "accept the GDPR applies"
    # asks for a position.
    r"(?!\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:fine|penalty|decision|sanction|ruling|order)\b)",
    re.I,
)


# "Has the court ruled on X's appeal?", "has the appeal been decided (heard)?": whether a
# court has decided it, not whether it was lodged.
_RULED_ON = re.compile(
    r"\b(?:rul(?:ed|es|e|ing)|decided?|decision|judgm?ent|verdict)\s+(?:on|in)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:appeal|challenge)s?\b"
    r"|\b(?:appeal|challenge)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:decided|determined|resolved)\b",
    re.I,
)
_DECIDED = {"overturned": "yes", "reduced": "yes", "upheld": "yes"}


def answer_status(engine: Engine, query: Query, cites: Citations, quotes: list[Quote]) -> Answer:
    if query.status == "appealed" and _RULED_ON.search(query.text):
        # The appeal's outcome answers it; an appeal reported lodged with no outcome does not.
        answered = _outcome(engine, replace(query, action=None), cites, _DECIDED)
        if answered is not None:
            return answered
        return engine._not_found(
            query, cites, quotes, "they report no ruling on the appeal, only that it was made"
        )
    if (
        query.status in _OUTCOMES
        and not _CLAIM.search(query.text)
        # "Is the fine still in force?" is about now, which the record of appeals answers
        and (query.status == "in_force" or not _NOT_A_RECORD.search(query.text))
    ):
        # "Has the FCC appealed?": the companies' appeals recorded on its decisions are not its
        answered = (
            None
            if query.status == "appealed" and regulator_is_subject(engine, query)
            else _outcome(engine, query, cites)
        )
        if answered is not None:
            return answered
        if query.status == "in_force":
            answered = _still_standing(engine, query, cites, quotes)
            if answered is not None:
                return answered
            # Whether a measure still stands is what courts did with it; a sentence that
            # merely uses "valid" or "in force" about something else must not answer it.
            return engine._not_found(
                query, cites, quotes, "they report no court overturning or upholding it"
            )
        if query.status in {"paid", "appealed"}:
            answered = answer_from_evidence(engine, query, cites, quotes, required=True)
            if answered is not None:
                return answered
            return engine._not_found(
                query,
                cites,
                quotes,
                f"they do not say whether it {'was paid' if query.status == 'paid' else 'was appealed'}",
            )
    if _ASKS_STILL_UNDER.search(query.text):
        # "Is X still banned from lending?": what the sources say of the measure now.
        answered = _still_standing(engine, query, cites, quotes)
        if answered is not None:
            return answered
    if (
        query.status == "appealed"
        and _WILL.search(query.text)
        # "Is the commission going to appeal the judge's ruling?": the appeal the company
        # lodged, recorded on the commission's decision, is not the commission's
        and not regulator_is_subject(engine, query)
    ):
        # "Is Verdant going to fight the fine?", "Will Kovanda appeal?": a stated intention to
        # challenge answers it, as does an appeal already lodged.
        # A company saying it will appeal is recorded as disputing the decision; a dispute
        # of anything else ("maintains it is not subject to the GDPR") is no such intention.
        answered = _outcome(engine, query, cites, {"appealed": "yes"}) or _outcome(
            engine, query, cites, {"disputed": "yes"}, said=_TO_APPEAL
        )
        if answered is not None:
            return answered
    if _CLAIM.search(query.text) and query.respondents:
        answered = _claim(engine, query, cites)
        if answered is not None:
            return answered
    if (
        (_EXISTENCE.search(query.text) or _verb_before_party(query))
        and not query.status
        and not _NOT_A_RECORD.search(query.text)
    ):
        answered = _denied(engine, query, cites, quotes) or _existence(engine, query, cites)
        if answered is not None:
            return answered
    return answer_from_evidence(engine, query, cites, quotes)


def _denied(engine: Engine, query: Query, cites: Citations, quotes: list[Quote]) -> Answer | None:
    """ "Was the poultry association itself fined?" — "No fine was imposed on the
    association": No. Only for a party the facts do not know (a known one's recorded
    actions answer), described in the question's words."""
    if query.respondents:
        return None
    articles = list(dict.fromkeys(q.article_id for q in quotes[:5]))
    quote = said_not_sanctioned(articles, engine.retriever.body, engine._quote, query.words)
    if quote is None:
        return None
    n = cites.quote(quote)
    said = " ".join(quote.text.split())
    text = f"No. As of {{as_of}}, the sources say: “{said}” [{n}]."
    return engine._done(query, "status", text, cites, verdict="no")


# "did the ncc fine delta wave?": the sanction verb, then the party typed in lower case.
_VERB_THEN_WORD = re.compile(
    r"^\W*(?:did|does|has|have|had)\b[^?]*\b(?:fine|sanction|penali[sz]e|ban)\s+(?:the\s+)?"
    r"(?P<word>[\w&'’.-]+)",
    re.I,
)


def _verb_before_party(query: Query) -> bool:
    """The sanction verb asked with a known party right after it, however it is typed."""
    match = _VERB_THEN_WORD.search(query.text)
    return bool(match) and respondent_key(match.group("word")) in query.respondents


def _outcome(
    engine: Engine,
    query: Query,
    cites: Citations,
    wanted: dict[str, str] | None = None,
    said: re.Pattern[str] | None = None,
) -> Answer | None:
    """The recorded outcome; `said`: only statuses whose sentence says this."""
    wanted = wanted or _OUTCOMES[query.status]
    action = query.action if query.action else ("order" if query.status == "complied" else None)
    groups = engine._groups(query, action=action)
    if not (query.respondents or query.authorities or query.places) and (
        len({g.facts[0].respondent_key for g in groups}) > 1
    ):
        # "has the peat company paid its fine?" names no party the facts know: one party's
        # recorded outcome, picked among several, is not its; the sentences that match
        # the question's words answer (`answer_from_evidence`).
        return None
    if query.status == "complied":
        groups = [g for g in groups if g.action in {"order", "ban"}] or groups
    found = []
    for group in groups:
        for fact in group.facts:
            for status in fact.statuses:
                if _claimant_speaks_for_itself(engine, fact, status):
                    continue
                if status.status in wanted and (
                    said is None
                    or said.search(
                        engine.retriever.body(fact.article_id)[status.start : status.end]
                    )
                ):
                    found.append((status.claim_of is not None, group, fact, status))
    if not found:
        return None
    found = _naming_the_measure(engine, query, found, wanted)
    # Reported facts before anyone's claims; an appeal reported before a statement that none
    # was made (the later event is the one a report of both records).
    # A sub-heading says in shorthand what a sentence of the story tells in full ("**Kalahari
    # Home still has not paid**" over "Nearly a year later, the penalty remains unpaid"): the
    # sentence is cited.
    found.sort(
        key=lambda item: (
            item[0],
            item[3].status == "not_appealed",
            _is_heading(engine.retriever.body(item[2].article_id)[item[3].start : item[3].end]),
        )
    )
    whole = asks_whole_payment(query.text)  # "paid (in full)?", not "paid anything?"
    if query.status == "paid" and whole:
        # "paid (in full)?": a payment of part answers it, whatever else was paid
        found.sort(key=lambda item: item[3].status != "partially_paid")
    _, group, fact, status = found[0]
    verdict = wanted[status.status]
    if status.status == "partially_paid" and not whole:
        verdict = "yes"  # "has it paid anything yet?": some of it
    if verdict == "yes" and status.status == "appealed" and _only_intended(engine, fact, status):
        # "intends to file an appeal, but had not done so": an appeal meant, not made.
        n = cites.add(fact.article_id, status.start, status.end)
        quote = " ".join(cites.items[n - 1].quote.split())
        text = f"No. As of {{as_of}}, the sources say: “{quote}” [{n}]."
        return engine._done(query, "status", text, cites, verdict="no")
    if whole and (
        status.status == "partially_paid" or (verdict == "yes" and status.status == "paid")
    ):
        said = engine.retriever.body(fact.article_id)[status.start : status.end]
        if status.status == "partially_paid" or _paid_in_part(said, fact):
            # "Has it paid the fine (in full)?" — "had already paid the first instalment": no,
            # only part of it.
            n = cites.add(fact.article_id, status.start, status.end)
            engine._cite_fact(fact, cites)
            quote = " ".join(cites.items[n - 1].quote.split())
            text = f"No, only part of it. As of {{as_of}}, the sources say: “{quote}” [{n}]."
            return engine._done(query, "status", text, cites, verdict="no")
    numbers = [cites.add(fact.article_id, status.start, status.end), engine._cite_fact(fact, cites)]
    seen = {fact.article_id}
    for _, _other_group, other_fact, other in found[1:]:
        if wanted[other.status] == verdict and other_fact.article_id not in seen and len(seen) < 3:
            seen.add(other_fact.article_id)  # corroboration from another source
            numbers.append(cites.add(other_fact.article_id, other.start, other.end))
    marks = "".join(f"[{n}]" for n in dict.fromkeys(numbers))
    claim = f"{status.claim_of} says" if status.claim_of else "the sources say"
    text = f"{verdict.capitalize()}. As of {{as_of}}, {claim} {describe(group, engine.lexicon)} {_PHRASES[status.status]} {marks}."
    return engine._done(query, "status", text, cites, verdict=verdict)


def _claimant_speaks_for_itself(engine: Engine, fact, status) -> bool:
    """A payment another fined party claims is its own: "Bayan Delguur said it had already
    paid its fine" says nothing of Tengis Retail's, whatever fact it was read onto."""
    if status.claim_of is None or status.status not in {"paid", "not_paid", "partially_paid"}:
        return False
    if not re.match(r"(?!The\b|A\b|An\b|Its\b)[A-Z]", status.claim_of):
        return False  # "the company", "its lawyer": the party's own side, not another party
    key = respondent_key(status.claim_of)
    if not key or key == fact.respondent_key:
        return False
    body = engine.retriever.body(fact.article_id)
    said = respondent_key_words(body[status.start : status.end])
    if key not in said or fact.respondent_key in said:
        return False  # the sentence does not speak of the claimant alone
    # Fined itself: a fact of the story is about it, or the sentence reporting a fine names it
    # ("Supermarket chains Bayan Delguur Market and Tengis Retail were fined …").
    for other in engine.reader.facts(article_id=fact.article_id):
        if other.respondent_key == key:
            return True
        span = engine.reader.sentence_at(fact.article_id, other.start)
        if span and respondent_key(status.claim_of) in respondent_key_words(
            body[span[0] : span[1]]
        ):
            return True
    return False


def respondent_key_words(text: str) -> set[str]:
    return {respondent_key(w) for w in re.findall(r"[\w&]+", text)}


_HEADING = re.compile(r"\s*(?:#+\s|\*\*[^*\n]+\*\*\s*$)")


def _is_heading(text: str) -> bool:
    """A line of the article set as a heading: "## …", or bold alone on its line."""
    return bool(_HEADING.match(text))


def _naming_the_measure(engine: Engine, query: Query, found: list, wanted: dict[str, str]) -> list:
    """Of outcomes that disagree, the ones whose sentence names the measure asked about, when
    some do and some do not: "did X appeal the fine?" where one sentence says "X did not appeal
    the fine itself" and another that it "filed an appeal against the liquidation decision"
    (a decision on the daily penalty, recorded on the same case) — the fine's own sentence
    answers."""
    pattern = _ACTION_WORDS.get(query.action or "")
    if pattern is None or len({wanted[item[3].status] for item in found}) < 2:
        return found
    naming = [
        item
        for item in found
        if re.search(
            pattern, engine.retriever.body(item[2].article_id)[item[3].start : item[3].end], re.I
        )
    ]
    return naming or found


def _paid_in_part(said: str, fact) -> bool:
    """Whether the sentence reporting a payment reports only part of the sum: an instalment
    or a half paid, or a sum paid smaller than the penalty."""
    if re.search(
        r"\b(?:in\s+full|fully|(?:the\s+)?(?:whole|entire|full)\s+(?:amount|sum))\b", said, re.I
    ):
        return False
    if PART_PAID.search(said):
        return True
    if fact.amount is None:
        return False
    paid = [
        m.money
        for m in find_money(said)
        if m.money is not None and m.money.currency == fact.amount.currency and m.money.amount > 0
    ]
    return bool(paid) and max(m.amount for m in paid) < fact.amount.amount


# "Is X still banned (barred, suspended, restricted) from …?": whether a measure still holds.
_ASKS_STILL_UNDER = re.compile(
    r"\bstill\s+(?:(?:be(?:ing)?|been)\s+)?(?:banned|barred|suspended|restricted|prohibited|blocked"
    r"|disqualified|closed|shut|under\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:ban|restriction|suspension|order))\b",
    re.I,
)
# How a report says a measure still holds, or no longer does.
_STANDS = re.compile(
    r"\b(?:is|are|remains?|stays?)\s+(?:still\s+)?in\s+(?:force|effect|place)\b"
    r"|\bstill\s+(?:in\s+(?:force|effect|place)|applies|stands)\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+lifted\b|\bnot\s+yet\s+(?:been\s+)?lifted\b",
    re.I,
)
_LIFTED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:lifted|revoked|rescinded|withdrawn)\b"
    r"|\blifted\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:ban|restriction|suspension|closure|order)\b"
    r"|\b(?:ban|restriction|suspension|closure)\s+(?:has\s+)?(?:ended|expired|lapsed)\b",
    re.I,
)
# A sentence whose subject is the money penalty speaks of the fine, not of a ban.
_FINE_SUBJECT = re.compile(r"\b(?:fine|penalty|surcharge|payment)\b[^.;]*$", re.I)


def _still_standing(
    engine: Engine, query: Query, cites: Citations, quotes: list[Quote]
) -> Answer | None:
    """ "Is X still barred from lending?" — "The restriction, however, is still in force":
    Yes; "the ban was lifted in March": No. From the articles about the party asked about."""
    from .aboutness import articles_about, is_about

    articles = articles_about(engine, query) or sorted({q.article_id for q in quotes[:8]})
    if not articles:
        return None
    words = ["force", "effect", "place", "lifted", "revoked", "rescinded", "expired", "ended"]
    rows = engine.reader.lexical_sentences_in(fts_query(words), articles, k=20)
    for row in rows:
        quote = engine._quote(row.article_id, row.context_start, row.end)
        for pattern, verdict in ((_STANDS, "yes"), (_LIFTED, "no")):
            match = pattern.search(quote.text)
            if match is None or (
                _FINE_SUBJECT.search(quote.text[: match.start()])
                and not _FINE_SUBJECT.search(query.text)
            ):
                continue
            if not is_about(engine, query, quote, articles):
                continue
            n = cites.quote(quote)
            said = " ".join(quote.text.split())
            text = f"{verdict.capitalize()}. As of {{as_of}}, the sources say: “{said}” [{n}]."
            return engine._done(query, "status", text, cites, verdict=verdict)
    return None


def _only_intended(engine: Engine, fact, status) -> bool:
    """Whether the sentence a recorded appeal stands on says it is only intended so far."""
    text = engine.retriever.body(fact.article_id)[status.start : status.end]
    return any(intended_only(text, m.start(), m.end()) for m in _TO_APPEAL.finditer(text))


def _existence(engine: Engine, query: Query, cites: Citations) -> Answer | None:
    groups = engine._groups(query)
    if not groups and query.respondents and query.action in {"fine", "ban", "order"}:
        # "Did the Greek authority fine Kallisto?" when it banned it: the sources report
        # another measure against the company there, and no such action.
        others = engine._groups(query, by_action=False)
        # "Did the CNIL ban Clearview?" when it ordered it to stop: an order may be the ban
        # asked about, so only a different kind of measure answers No.
        if query.action in {"ban", "order"} and any(g.action in {"ban", "order"} for g in others):
            others = []
        if others:
            group = max(others, key=lambda g: len(g.facts))
            numbers = [engine._cite_fact(f, cites) for f in group.facts[:2]]
            marks = "".join(f"[{n}]" for n in dict.fromkeys(numbers))
            text = (
                f"No. The sources report {describe(group, engine.lexicon)} {marks}, and no "
                f"{action_noun(query.action)} against {group.respondent or 'it'}."
            )
            return engine._done(query, "status", text, cites, verdict="no")
    if not groups and (query.places or query.authorities):
        groups = engine._groups(query, any_respondent=True)
        groups = [
            g
            for g in groups
            if within(g.jurisdiction, query.places) or g.authority in query.authorities
        ]
    if not groups:
        return None
    group = max(groups, key=lambda g: len(g.facts))
    numbers = [engine._cite_fact(f, cites) for f in engine._by_overlap(query, group.facts)[:3]]
    marks = "".join(f"[{n}]" for n in dict.fromkeys(numbers))
    text = f"Yes. The sources report {describe(group, engine.lexicon)} {marks}."
    return engine._done(query, "status", text, cites, verdict="yes")


_ASKS_DISPUTE = re.compile(
    r"\b(?:disput|contest|challeng|den(?:y|ies|ied)|reject|oppos|object)\w*", re.IGNORECASE
)


def _claim(engine: Engine, query: Query, cites: Citations) -> Answer | None:
    """ "Does Clearview accept the GDPR applies?": its own stated position, attributed."""
    for key in query.respondents:
        for fact in engine.reader.facts(respondent_key=key):
            for status in fact.statuses:
                if status.status == "disputed" and status.claim_of:
                    n = cites.add(fact.article_id, status.start, status.end)
                    quote = " ".join(cites.items[n - 1].quote.split())
                    # "Does X accept …?" is answered No by its dispute; "does X dispute …?" Yes.
                    asks_dispute = bool(_ASKS_DISPUTE.search(query.text))
                    verdict = "yes" if asks_dispute else "no"
                    text = f"{verdict.capitalize()}. {status.claim_of} disputes it: “{quote}” [{n}]. This is {status.claim_of}'s position, not a finding."
                    return engine._done(query, "status", text, cites, verdict=verdict)
    return None
