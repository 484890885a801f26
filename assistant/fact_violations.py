"""The provisions an action rests on: which facts a sentence naming breached provisions ("in
breach of Article 32 GDPR", "pursuant to Section 111") is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import pairwise

from .actions import MONETARY
from .article_context import _ArticleContext
from .body_headings import headings
from .datafiles import load_toml
from .fact_model import Fact, Located
from .models import Article
from .money import find_money
from .name_lookup import lookup_form
from .needles import compile_branches, compile_guarded
from .numbers import SMALL_COUNT_WORDS
from .parties import respondent_key
from .pattern_cache import compiled
from .people import looks_personal
from .provisions import (
    Provision,
    _law_cited_before,
    acronyms_cited,
    defined_acronyms,
    find_instruments,
    find_provisions,
    instrument_label,
)
from .text import Span

# Where copy names the provisions at stake: "in breach of Article 32", "citing Article 5(1)(f)",
# "lawsuits filed under the Texas Deceptive Trade Practices Act".
_VIOLATION = compile_branches(
    [
        r"\b(?:violat\w*|breach\w*|infring\w*|contraven\w*|contrary\s+to|in\s+violation"
        r"|cit(?:ing|es|ed))\b",
        # A duty not met: "had not complied with the Data Security Regulations"
        r"\b(?:not|never|failed\s+to|fails\s+to|failure\s+to)\s+compl(?:y|ied)\s+with\b",
        r"\bnon-?compliance\s+with\b",
        # Conduct the law forbids: "a concerted practice prohibited by article 4 of Law No.
        # 18.159", "conduct proscribed under Section 8"
        r"\b(?:prohibited|forbidden|proscribed|outlawed)\s+(?:by|under)\s+(?:the\s+)?"
        r"(?:Art(?:icle)?s?\.?\s*\d|Sections?\s*\d|§|[Ss]ec\.|(?-i:[A-Z]))",
        # A case named by the law it was under: "the previous record for a COPPA case", "the
        # largest GDPR fine" (what the sentence's laws are is `find_instruments`')
        r"\b(?-i:[A-Z][A-Za-z]{1,7}[A-Z])\s+(?:case|fine|penalty|settlement|violations?|breach(?:es)?"
        r"|enforcement\s+action)\b",
        # A law cited again by its kind: "failing to ensure the company complied with the Act"
        r"\bcompl(?:y|ied|ying)\s+with\s+(?:the|that|this|said)\s+(?-i:Act|Law|Ordinance|Code"
        r"|Decree|Regulations)\b",
        # … or as what other cases were brought under: "The price-display cases were brought
        # under the same Act"
        r"\bunder\s+the\s+same\s+(?-i:Act|Law|Ordinance|Code|Decree|Regulations)\b",
        # The basis of the action before, again: "Same section 15 power.", "under the same
        # Article 58 power"
        r"\bsame\s+(?:[Ss]ection|[Aa]rticle|[Rr]egulation|[Rr]ule|§)\s*\d",
        # "failed to put in place appropriate security measures as required by Article 32"
        r"\bfail(?:ed|s|ing|ure)\s+to\b[^.;]{0,120}\b(?:required|requires|under|of)\b",
        # A duty not met: "had never conducted a risk analysis, as required by 45 C.F.R. § 164.308"
        r"\b(?:never|not|no)\b[^.;]{0,150}\bas\s+required\s+(?:by|under)\b",
        # … or done without it: "activated without the subscriber identification required by
        # the regulations in force, in particular Decree No. …"
        r"\bwithout\b[^.;]{0,100}\b(?:required|prescribed|mandated)\s+(?:by|under)\b",
        # A finding that cites what it found breached: "The authority found inadequate security
        # measures (Article 32 GDPR)"; "the Chamber held that:" opening a list of them.
        r"\b(?:found|held|concluded|determined)\b(?=[^.;]*\b(?:Art(?:icle)?s?\.?|Sections?|§)\s*\d)",
        r"\b(?:found|held|concluded|determined)(?:\s+that)?\s*:\s*$",
        r"\bunder\s+(?:the\s+)?\*?(?:[A-Z]|[Aa]rticles?\s+\d|[Ss]ections?\s+\d)",
        # "a dark pattern under § 7004" (not a court's "jurisdiction under § 41(1) BDSG")
        r"(?<!jurisdiction\s)(?<!competence\s)(?<!appeal\s)\bunder\s+§§?\s*\d",
        # The measure's legal basis: "The decision relies on Article 58(2)(f) GDPR", "is based
        # on Section 111", "pursuant to Article 83".
        r"\b(?:rel(?:y|ies|ied)\s+on|(?:is|was|were|are)\s+based\s+on|based\s+on|pursuant\s+to"
        r"|on\s+the\s+basis\s+of|in\s+accordance\s+with|grounded\s+(?:in|on)|invok(?:ed|es|ing))"
        r"\s+(?:the\s+)?(?:Art(?:icle)?s?\.?|Sections?|§|[Ss]ec\.)\s*\d",
        # … or on a law named whole: "The regulator relied on the Energy Commission Act 1997",
        # "The resolution was based on the Law on Microfinance (Law 769)" (what it names is
        # read as a law or not by `find_instruments`).
        # (a sum imposed pursuant to it too: "is fined BZ$80,000.00 pursuant to the … Act")
        r"\b(?:rel(?:y|ies|ied)\s+on|(?:is|was|were|are)\s+based\s+on|(?:(?-i:[a-z])\w*|\d+)\s+pursuant\s+to"
        r"|on\s+the\s+basis\s+of|grounded\s+(?:in|on)|invok(?:ed|es|ing))"
        r"\s+(?:the\s+)?(?-i:[A-Z])",
        # "The regulator based its decision on Articles 176 and 179", "grounded the fine in …"
        r"\b(?:based|grounded|founded|rested)\s+(?:its|the|his|her|their|this|that)\s+"
        r"(?:decisions?|rulings?|fines?|penalt(?:y|ies)|sanctions?|orders?|findings?)\s+(?:up)?on"
        r"\s+(?:the\s+)?(?:Art(?:icle)?s?\.?|Sections?|§|[Ss]ec\.)\s*\d",
    ],
    "",
    "",
    re.I,
)


def _names_violation(text: str) -> bool:
    """Whether the sentence says what was breached. Most sentences lack every word a match
    needs, and are told so without the search (half the time of searching them all)."""
    # Only the branches whose words the sentence has are run (needles.GuardedBranches): "with",
    # "under" or "found" alone pass the whole pattern's test in most sentences.
    pattern = _VIOLATION.pattern_for(lookup_form(text))
    return pattern is not None and pattern.search(text) is not None


# A decision against several parties at once: "fined two laundry companies and one of their
# executives a combined 82.3 million reais", "sanctioned 4 banks". (Not "a total of": one
# party's several counts.)
_SEVERAL_PARTIES = compiled(
    r"\b(?:a\s+)?combined\s+(?=[^.;]{0,12}\d)"
    rf"|(?:\b(?:{SMALL_COUNT_WORDS}|several)"
    r"|(?<![\d,.])\d{1,2})"
    r"\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:companies|firms|banks|operators|carriers|insurers|lenders|brokers|platforms|entities"
    r"|makers|manufacturers|producers|distributors|contractors|airlines|hospitals"
    r"|groups|executives|directors|individuals|people|persons|suppliers|retailers|members)\b",
    re.I,
)


# (its words, looked for in the part of a body searched: most parts have none of them)
_SEVERAL_PARTIES_WORDS = compile_guarded(_SEVERAL_PARTIES.pattern, _SEVERAL_PARTIES.flags)


def several_parties(body: str, start: int, end: int) -> re.Match[str] | None:
    """`_SEVERAL_PARTIES.search(body, start, end)`, told None without the search when the
    part of the body lacks every word of one of the pattern's sets (each match has one of
    each, within the part: the search sees no further)."""
    find = lookup_form(body).find
    for words in _SEVERAL_PARTIES_WORDS.needles:
        if all(find(word, start, end) < 0 for word in words):
            return None
    return _SEVERAL_PARTIES.search(body, start, end)


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
    last_cited: list[Located] = []  # what the last sentence citing provisions cited
    cited_so_far: list[str] = []
    acronyms = defined_acronyms(body)
    for span in sentences:
        text = body[span.start : span.end]
        item = _LIST_ITEM.match(body, body.rfind("\n", 0, span.start) + 1)
        names_violation = _names_violation(text)
        if (
            last_cited
            and _THE_VIOLATIONS_AGAIN.search(text)
            and not find_provisions(text)
            and not find_instruments(text)
        ):
            # "Mr. Delaney also neither admitted nor denied the violations": the ones cited
            # last, for the party the sentence names (his measures told in its paragraph too)
            named = _violation_targets(text, monetary, [], [], ctx)
            named += _same_paragraph_measures(span, named, facts, body)
            for p in last_cited:
                _cite(p.text, p.start, p.end, named)
        if item and span.start < item.end() + 1 and listed and not names_violation:
            targets = listed  # "- Article 32 GDPR (security): …" under "the following breaches:"
        elif not names_violation:
            if not item:
                listed = []
            continue
        elif _cite_each_clause(text, span, monetary, ctx):
            listed = []
            continue
        elif described := _charge_described(text, span, monetary, ctx):
            # "The manipulation charge was brought under Article 12": the action told as
            # manipulating, not the one told last
            # (and the party's bans and orders, a person named again by surname)
            keys = {f.respondent_key for f in described} | {_surname(f, ctx) for f in described}
            targets = described + [
                f
                for f in facts
                if f.action in {"order", "ban"}
                and f.respondent_key in keys - {""}
                and f.authority == described[0].authority
                and f.mentions[0][0] < span.start
            ]
        elif _POWER_STATED.match(text):
            # "Penalties are imposed under Section 19(1) of the Act": the regulator's power,
            # stated once in an explainer, for every penalty it recaps
            targets = _regulators_penalties(text, monetary, monetary_by_main, ctx)
        else:
            targets = _listed_parties(text, span, monetary, body) or _violation_targets(
                text, monetary, main, monetary_by_main, ctx, span.start
            )
            if targets is main:
                targets = (
                    _the_company(text, monetary, ctx)
                    or _the_parties_together(text, span.start, monetary, main, body)
                    or _shares_told_next(text, span, monetary, body)
                    or _shares_of_one_decision(span.start, facts, ctx.sums, body)
                    or _parties_of_the_decision(span.start, monetary, main, body)
                    or _shares_told_just_before(span.start, monetary, body)
                    or _paragraph_party(span, monetary, body, ctx)
                    or _story_so_far(span.start, facts, main, body)
                    or main
                )
            targets = targets + _same_paragraph_measures(span, targets, facts, body)
            if re.search(r":[ \t]*(?:\n|$)", text.rstrip()):
                listed = targets  # the intro may end the sentence or share it with an item
            elif not item:
                listed = []
        places = ctx.law_places(span.end)
        provisions = find_provisions(
            text, ctx.instrument, places, ctx.laws_before(span.start), ctx.defined_laws
        )
        # "The penalty against Mr K was imposed under s 224 and the disqualification order
        # under s 248": each provision the measure named just before it rests on.
        # (a law cited whole too: "Both decisions were taken under Law No. 061-2008/AN")
        whole = [
            Provision(law, "", "", s, e, stem=instrument_label(law))
            for i, s, e in find_instruments(text, places)
            for law in [ctx.defined_laws.get(i, i)]
            if law and not any(p.start <= s and e <= p.end for p in provisions)
        ]
        measures = _measures_cited(text, span, facts, ctx, provisions + whole)
        for label, start, end, measure, _ in measures:
            _cite(label, span.start + start, span.start + end, measure)
        # (what every measure rests on is the fines' too, by the general rule)
        provisions = [p for p in provisions if all(p.start != m[1] for m in measures if m[4])]
        if not targets or (measures and not provisions):
            continue
        labels = [(p.label, p.start, p.end) for p in provisions]
        # (the bare label kept too: what the article wrote)
        labels += [
            (again, p.start, p.end)
            for p in provisions
            if (again := _cited_again(p, cited_so_far)) != p.label
        ]
        cited = {p.instrument for p in provisions}
        # A law named inside a citation read already is that citation's ("PRIN" in "PRIN
        # 2.1.1R"), not a second one cited whole.
        labels += [
            (instrument_label(law), s, e)
            for i, s, e in find_instruments(text, places)
            for law in [ctx.defined_laws.get(i, i)]
            if law and law not in cited and not any(p.start <= s and e <= p.end for p in provisions)
        ]
        # "… complied with the Act", "in breach of the Regulations": the law of that kind cited
        # last before (its name told in an earlier sentence)
        for m in _BREACHED_THE_LAW.finditer(text):
            law = _law_cited_before(m["kind"], ctx.laws_before(span.start))
            if (
                law
                and law not in cited
                and not any(p.start <= m.start("kind") < p.end for p in provisions)
            ):
                labels.append((instrument_label(law), m.start("kind"), m.end()))
        # "for breaching the PSSA": a law by the acronym the article defined for it
        labels += [
            (short, s, e)
            for short, s, e in acronyms_cited(text, acronyms)
            if not any(p.start <= s and e <= p.end for p in provisions)
        ]
        for label, start, end in labels:
            _cite(label, span.start + start, span.start + end, targets)
        cited_so_far += [label for label, _, _ in labels]
        if labels:
            last_cited = [
                Located(text=label, start=span.start + start, end=span.start + end)
                for label, start, end in labels
            ]
    _same_offences(monetary, body)
    _with_the_fine(facts)
    _cease_the_violations(facts, body)


# A law cited again by its kind as what was breached: "complied with the Act", "in breach of
# the Regulations", "contrary to the said Law" (not "the Act of 1998", "the Law on …": names).
_BREACHED_THE_LAW = compiled(
    r"\b(?:compl(?:y|ied|ying)\s+with|breach(?:ed|ing|es)?(?:\s+of)?|contraven(?:ed|ing|tions?\s+of)"
    r"|violat(?:ed|ing|ions?\s+of)|infring(?:ed|ing|ements?\s+of)|contrary\s+to"
    r"|under(?=\s+the\s+same\b))\s+"
    r"(?:the|that|this|said)\s+(?:same\s+)?(?P<kind>(?-i:Act|Law|Ordinance|Code|Decree|Regulations))\b"
    r"(?!\s+(?:of|on|for|to)\b|\s+\d)",
    re.I,
)


def _with_the_fine(facts: list[Fact]) -> None:
    """ "The Commission fined Acme €2 million and ordered it to end the clauses": a ban or an
    order told in one sentence with a fine on the same party by the same regulator is of the
    same decision, and rests on the breaches the fine was found to rest on wherever the
    article cites them (the finding told before, the sanction after). The penalty articles
    among them are the fine's alone (`_powers_to_penalties`)."""
    for fact in facts:
        if fact.action not in {"order", "ban"} or fact.respondent is None:
            continue  # (a power described, "can issue binding orders", is no decision)
        for fine in facts:
            if (
                fine.action in MONETARY
                and fine.provisions
                and fact.mentions[0] in fine.mentions
                and fine.respondent_key == fact.respondent_key
                and fine.authority == fact.authority
            ):
                for p in fine.provisions:
                    _cite(p.text, p.start, p.end, [fact])


# An order not to breach again what was charged: "requires both respondents to cease and desist
# from further violations of the CEA and CFTC regulations charged", "to refrain from future
# violations of the provisions".
_CEASE_VIOLATING = compiled(
    r"\bcease\s+and\s+desist\b|\b(?:refrain|desist)\s+from\s+(?:any\s+)?(?:further|future)\b"
    r"|\bcease\s+(?:any\s+|all\s+)?(?:further|future)\s+violations\b",
    re.I,
)


def _cease_the_violations(facts: list[Fact], body: str) -> None:
    """A cease-and-desist order rests on what its party was found to breach: the provisions
    of that party's penalty in the same decision (same regulator, same day), each party its
    own — not an order of another kind told with it ("and requires Halvard to retain an
    independent consultant")."""
    for fact in facts:
        if fact.action != "order" or fact.respondent is None:
            continue
        start, end = fact.mentions[0]
        if _CEASE_VIOLATING.search(body, start, end) is None:
            continue
        for fine in facts:
            if (
                fine.action in MONETARY
                and fine.provisions
                and fine.respondent_key == fact.respondent_key
                # (a regulator or day not yet read is the order's, read later)
                and fine.authority in {fact.authority, None}
                and (fine.date is None or fact.date is None or fine.date.text == fact.date.text)
            ):
                for p in fine.provisions:
                    _cite(p.text, p.start, p.end, [fact])


# A charge told by what it was for: "The manipulation charge was brought under …", "The
# disclosure breach falls under Article 42".
_THE_CHARGE = compiled(
    r"\W*(?:The|This|That)\s+(?P<kind>(?:[a-z-]+\s+){1,2}?)(?:charges?|offen[cs]es?|breach(?:es)?"
    r"|violations?|contraventions?|counts?|failures?)\s+(?:was|were|is|are|falls?|fell)\b"
)


def _charge_described(
    text: str, span: Span, monetary: list[Fact], ctx: _ArticleContext
) -> list[Fact]:
    """The actions told before `span` in the words that describe the charge ("for manipulating
    the price of shares"), when they are against one party and the sentence names no one."""
    m = _THE_CHARGE.match(text)
    if not m or _violation_targets(text, monetary, [], [], ctx):
        return []
    stems = [w[:7] for w in m.group("kind").split() if len(w) > 5]
    if not stems:
        return []
    told = [
        f
        for f in monetary
        if f.amount is not None
        and f.amount.start < span.start
        and any(stem in _what_for(f.amount.end, ctx.body) for stem in stems)
    ]
    return told if len({f.respondent_key for f in told}) == 1 else []


_CLAUSE_END = compiled(r"[.;](?:\s|$)|,\s+(?:and|while|whereas)\s")


def _what_for(at: int, body: str) -> str:
    """The rest of the clause a sum ends at `at`: "(about US$57,000) for manipulating the
    price of shares" — what it was imposed for."""
    end = _CLAUSE_END.search(body, at)
    return body[at : end.start() if end else len(body)].casefold()


def _cited_again(provision: Provision, before: list[str]) -> str:
    """ "Same section 15 power": a section cited without its law is the one of that number the
    article cited before with its law ("Higher Education and Research Act 2017 Sec. 15")."""
    label = provision.label
    if provision.instrument or provision.stem:
        return label
    named = {b for b in before if b.endswith(" " + label)}
    return named.pop() if len(named) == 1 else label


# A party's answer to the violations told before: "Mr. Delaney also neither admitted nor denied
# the violations", "The trader admitted the breaches".
_THE_VIOLATIONS_AGAIN = compiled(
    r"\b(?:neither\s+admit(?:s|ted)?\s+nor\s+den(?:y|ies|ied)|admit(?:s|ted)|accept(?:s|ed)"
    r"|den(?:y|ies|ied))\s+(?:the|these|those|all\s+the)\s+(?:violations|breaches"
    r"|contraventions|infringements)\b",
    re.I,
)


# A regulator's power to fine, stated in general in the present tense (an explainer's, not one
# decision's): "Penalties are imposed under Section 19(1) of the Act", "Administrative fines
# are issued pursuant to Article 57".
_POWER_STATED = compiled(
    r"\W*(?:(?:administrative|monetary|financial|civil|such)\s+)?(?:penalties|fines|sanctions)"
    r"\s+(?:are|may\s+be|can\s+be)\s+(?:\w+\s+)?(?:imposed|issued|levied|made|set)"
    r"\s+(?:under|pursuant\s+to|in\s+accordance\s+with|on\s+the\s+basis\s+of)\s",
    re.I,
)


def _regulators_penalties(
    text: str, monetary: list[Fact], by_main: list[Fact], ctx: _ArticleContext
) -> list[Fact]:
    """Every penalty the article tells by the regulator the sentence names, else by its main
    regulator."""
    regulators = {m.key for m in ctx.lexicon.mentions(text) if m.kind == "authority"}
    named = [f for f in monetary if f.authority in regulators]
    if named:  # (and those whose regulator is not yet told: the same one, read later)
        return named + [f for f in monetary if not f.authority]
    return by_main


# Clauses of one sentence, each about its own party: "The company admitted a charge under
# sections 36(1)(a) and 48 of the Act, and Pettigrew a charge under sections 44 and 49".
_CLAUSE_BREAK = compiled(r",\s+(?:and|while|whereas)\s+|;\s+")


def _cite_each_clause(text: str, span: Span, monetary: list[Fact], ctx: _ArticleContext) -> bool:
    """A sentence whose clauses each name one party and cite provisions: each clause's
    provisions are that party's breaches, not every party's. False, citing nothing, when the
    sentence is not so built."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    if not breaks:  # one clause: nothing to tell apart (and every breach sentence comes here)
        return False
    bounds = [0, *breaks, len(text)]
    clauses = []
    for start, end in pairwise(bounds):
        clause = text[start:end]
        targets = _violation_targets(clause, monetary, [], [], ctx)
        if not targets and _THE_COMPANY.match(clause):
            # "The company …, and Pettigrew …": the one company fined
            companies = [
                f
                for f in monetary
                if f.respondent
                and f.mentions[0][0] < span.start  # told already: "the company" refers back
                and not looks_personal(f.respondent.text, ctx.lexicon)
            ]
            if len({f.respondent_key for f in companies}) == 1:
                targets = companies
        provisions = find_provisions(
            clause, ctx.instrument, ctx.law_places(span.end), defined=ctx.defined_laws
        )
        if provisions:
            clauses.append((start, targets))
    keys = [frozenset(f.respondent_key for f in targets) for _, targets in clauses]
    if len(clauses) < 2 or not all(keys) or len(set(keys)) < len(keys):
        return False
    for index, (start, targets) in enumerate(clauses):
        end = clauses[index + 1][0] if index + 1 < len(clauses) else len(text)
        # "sections 44 and 49 of the Act": the law an earlier clause named
        before = [*ctx.laws_before(span.start)]
        before += [i for i, _, _ in find_instruments(text[:start], ctx.law_places(span.end))]
        for p in find_provisions(
            text[start:end], ctx.instrument, ctx.law_places(span.end), before, ctx.defined_laws
        ):
            _cite(p.label, span.start + start + p.start, span.start + start + p.end, targets)
    return True


# "His company … was fined £12,000 for the same offences": the breaches of the fine before it.
_SAME_OFFENCES = compiled(
    r"\s*(?:[^.;]{0,40}?\b)?(?:for|over)\s+the\s+same\s+(?:offen[cs]es?|breach(?:es)?|"
    r"contraventions?|violations?|failings?|misconduct|conduct)\b",
    re.I,
)


def _same_offences(monetary: list[Fact], body: str) -> None:
    """A fine told as "for the same offences" rests on the provisions of the fine told before
    it, against another party."""
    for fact in monetary:
        if fact.amount is None or not _SAME_OFFENCES.match(body, fact.amount.end):
            continue
        before = [
            f
            for f in monetary
            if f.amount is not None
            and f.amount.start < fact.amount.start
            and f.respondent_key != fact.respondent_key
            and f.provisions
        ]
        if before:
            last = max(before, key=lambda f: f.amount.start if f.amount else 0)
            for provision in last.provisions:
                _cite(provision.text, provision.start, provision.end, [fact])


def _cite(label: str, start: int, end: int, facts: list[Fact]) -> None:
    located = Located(text=label, start=start, end=end)
    for fact in facts:
        if label not in {p.text for p in fact.provisions}:
            fact.provisions.append(located)


# A measure a sentence names as resting on a provision: "The hygiene prohibition order was made
# under regulation 7(4)", "the penalty against Ms Ruiz was imposed under s 224 … and the
# disqualification order under s 248", "Both actions were taken under section 194".
_MEASURE = compiled(
    r"\b(?:the|its|his|her|their|this|that|both|each|the\s+two|the\s+three)\s+"
    # the longest description: "the surcharge payment orders" are orders, not "the surcharge"
    r"(?P<kind>(?:(?!(?:the|and|or|under|was|were)\b)[\w-]+\s+){0,3})"
    r"(?P<noun>orders?|bans?|disqualifications?|injunctions?|penalty|penalties|fines?|surcharges?|"
    r"sanctions?|actions|measures|decisions)\b",
    re.I,
)
_MONETARY_NOUNS = {"penalty", "penalties", "fine", "fines", "surcharge", "surcharges"}
_EVERY_MEASURE = {"actions", "measures", "decisions", "sanctions"}
_RESTS_ON = compiled(
    r"\b(?:under|pursuant\s+to|(?:were|was|are|is)\s+(?:based|grounded|founded)\s+(?:up)?on)\b",
    re.I,
)
# One of these (folded) is in every match of `_RESTS_ON`.
_RESTS_ON_WORDS = ("under", "pursuant", "based", "grounded", "founded")


def _measures_cited(
    text: str, span: Span, facts: list[Fact], ctx: _ArticleContext, provisions: list
) -> list[tuple[str, int, int, list[Fact], bool]]:
    """Each provision a sentence cites after naming a measure as resting on it, with that
    measure — when one is other than a fine (a fine's sentence is read by the general rule, by
    whom it names)."""
    folded = lookup_form(text)
    if not any(word in folded for word in _RESTS_ON_WORDS):
        return []  # (no measure rests on anything here: `_MEASURE` is not searched for)
    found = [m for m in _MEASURE.finditer(text) if _RESTS_ON.search(text, m.end(), m.end() + 60)]
    if not found or all(m.group("noun").casefold() in _MONETARY_NOUNS for m in found):
        return []
    told = sorted(
        (f for f in facts if f.action != "ruling" and f.mentions[0][0] < span.start),
        key=lambda f: f.mentions[0][0],
    )
    cited = []
    for index, measure in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        targets = _measure_named(text[measure.start() : end], measure, told, ctx)
        only = True  # the measures named, and no others
        if not targets and _ALL_OF_THEM.fullmatch(measure.group()):
            # "The actions were taken under section 354 of the Act, … for breaches of
            # section 369": the bans and orders of the story rest on the power named too (the
            # fines, and the breach, are read by the general rule).
            targets = [
                f for f in _section_measures(span.start, told, ctx.body) if f.action not in MONETARY
            ]
            breach = _FOR_BREACH.search(text, measure.end(), end)
            end = breach.start() if breach else end
            only = False
        for p in provisions:
            if measure.end() <= p.start < end and targets:
                cited.append((p.label, p.start, p.end, targets, only))
    return cited


# The measures told so far, without a count: "The actions were taken under …", "These sanctions
# were imposed pursuant to …".
_ALL_OF_THEM = compiled(r"(?:the|these|those)\s+(?:actions|measures|sanctions)", re.I)
_FOR_BREACH = compiled(
    r"\b(?:for|over)\s+(?:(?:the|its|their|his|her)\s+)?(?:breach(?:es)?|violations?"
    r"|contraventions?|infringements?)\s+of\b|\bin\s+(?:breach|violation|contravention)\s+of\b",
    re.I,
)


def _section_measures(at: int, told: list[Fact], body: str) -> list[Fact]:
    """The measures the section before `at` tells (since its heading), by the regulator of the
    last one — a round-up's other stories aside."""
    heading = max((m.end() for m in headings(body, 0, at)), default=0)
    section = [f for f in told if heading <= f.mentions[0][0] < at]
    if not section:
        return []
    authority = section[-1].authority
    return [f for f in section if f.authority == authority]


_ALSO = compiled(r"\balso\b", re.I)
# A measure told as part of the decision just told, whatever paragraph it opens: "In the same
# decision ARTEC ordered Nosy Connect to …".
_SAME_DECISION = compiled(
    r"\b(?:in|by|under|with)\s+the\s+same\s+(?:decision|ruling|order|notice|judgment|resolution)\b",
    re.I,
)
_HOW_MANY = {"both": 2, "the two": 2, "the three": 3}
# Nouns that tell which measure it was: "the disqualification order" is the one "disqualifying"
_GENERIC_MEASURE = {"order", "orders", "ban", "bans"}


def _last_decisions(phrase: str, told: list[Fact], body: str = "") -> list[Fact]:
    """ "Both actions", "the two orders": the last two decisions told (`told` in order) — one
    told in one sentence ("reprimanded and fined X") is one decision, and so is one its
    paragraph goes on with ("The CBA also revoked the certificate of its compliance head").
    None if the phrase gives no number or fewer were told. (Without `body`, sentences only.)"""
    opening = phrase.casefold()
    count = next((n for w, n in _HOW_MANY.items() if opening.startswith(w + " ")), 0)
    if not count:
        return []
    groups: list[list[int]] = []  # the sentences that tell each decision
    for start in sorted({f.mentions[0][0] for f in told}):
        here = [f for f in told if f.mentions[0][0] == start]
        end = here[0].mentions[0][1]
        if (
            groups
            and all(f.action not in MONETARY for f in here)
            and (
                ("\n\n" not in body[groups[-1][-1] : start] and _ALSO.search(body, start, end))
                or _SAME_DECISION.search(body, start, end)
            )
        ):
            groups[-1].append(start)
        else:
            groups.append([start])
    if len(groups) < count:
        return []
    chosen = {s for group in groups[-count:] for s in group}
    return [f for f in told if f.mentions[0][0] in chosen]


def _measure_named(
    clause: str, measure: re.Match, told: list[Fact], ctx: _ArticleContext
) -> list[Fact]:
    """The measures a phrase names: "both actions" the last two told; "the disqualification
    order" the ban told with "disqualified"; "the penalty against Mr K" his fine."""
    noun = measure.group("noun").casefold()
    if noun in _EVERY_MEASURE:
        return _last_decisions(measure.group(), told, ctx.body)
    described = measure.group("kind").casefold().split()
    # "the surcharge payment orders" are the surcharges: a sum to pay
    monetary = noun in _MONETARY_NOUNS or bool(_MONETARY_NOUNS & set(described))
    kind = [f for f in told if (f.action in MONETARY) == monetary]
    words = {_word_key(w) for w in set(_WORD.findall(clause))}
    named = [f for f in kind if f.respondent_key in words or _surname(f, ctx) in words - {""}]
    if named:
        return named
    # "the hygiene prohibition order": the measure told in those words; "the cease-and-desist
    # orders" every one so told
    if noun not in _GENERIC_MEASURE:
        described.append(noun)
    stems = [w[:7] for w in described if len(w) > 4]
    told_so = [f for f in kind if any(st in _quote(f, ctx.body) for st in stems)] or kind
    return told_so if noun.endswith("s") else told_so[-1:]


def _quote(fact: Fact, body: str) -> str:
    return " ".join(body[s:e] for s, e in fact.mentions).casefold()


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
    authorities = {f.authority for f in targets}
    first = min((f.mentions[0][0] for f in targets), default=span.start)
    return [
        f
        for f in facts
        if f.action in {"order", "ban"}
        and f not in targets
        and start <= f.mentions[0][0] < end
        and (
            (f.respondent_key, f.authority) in keys
            # "The commission also barred its former managing director …" between the fines
            # and the sentence citing their grounds: a measure of the same decision
            or (
                f.authority in authorities
                and first < f.mentions[0][0] < span.start
                and _ALSO.search(body, *f.mentions[0]) is not None
            )
        )
    ]


# "The Commission fined the two companies in a decision of 14 March 2023, …": a decision
# against several parties told without its sums, which the next sentence gives each party.
_FINED_SEVERAL = compiled(
    r"\b(?:fined|penali[sz]ed|sanctioned|imposed\s+(?:fines|penalties)\s+on)\s+(?:the\s+|all\s+)?"
    r"(?:two|three|four|five|six|both|several)\s+(?:[\w-]+\s+)?(?:companies|firms|producers|"
    r"manufacturers|makers|banks|operators|suppliers|parties|groups|members)\b",
    re.I,
)


# The sum of several parties' fines: "a combined €4 million", "a total of …", "totalling …".
_COMBINED = compiled(
    r"\b(?:(?:a\s+)?combined|(?:a\s+)?total\s+of|totall?ing|(?:an\s+)?aggregate(?:\s+of)?)\s+$",
    re.I,
)


def _shares_told_next(text: str, span: Span, monetary: list[Fact], body: str) -> list[Fact]:
    """The fines a decision against several parties, told without sums, gives each party in
    the rest of its paragraph ("Vetrolux was fined €38.4 million and Nordkap €12.75 million")
    — or with their sum only ("fined three builders a combined €4 million")."""
    if not _FINED_SEVERAL.search(text):
        return []
    if any(not _COMBINED.search(text, 0, m.start) for m in find_money(text)):
        return []
    end = body.find("\n\n", span.end)
    end = len(body) if end < 0 else end
    return [f for f in monetary if span.end <= f.mentions[0][0] < end]


# A section that goes on with the decision told before its heading: "**Executives fined**
# In addition to the company fines, the commission sanctioned two individuals …"
_GOES_ON = compiled(
    r"\b(?:in\s+addition\s+to|alongside|besides|as\s+well\s+as|on\s+top\s+of)\s+the\b"
    r"|\b(?:in|under)\s+the\s+same\s+(?:decision|order|settlement|agreement|proceedings?)\b",
    re.I,
)


def _sections_go_on(body: str, start: int, end: int) -> bool:
    """Whether every heading between `start` and `end` opens a section that goes on with the
    decision told before it, saying so in its first sentence."""
    for heading in headings(body, start, end):
        first = re.compile(r"[.:;](?=\s)").search(body, heading.end() + 1)
        if not _GOES_ON.search(body, heading.end(), first.start() if first else len(body)):
            return False
    return True


def _shares_of_one_decision(at: int, facts: list[Fact], sums: list[Fact], body: str) -> list[Fact]:
    """ "CADE fined two companies and an executive a combined 82.3 million reais … The conduct
    violated Article 36": a sentence naming no one after a decision against several parties
    (no heading between) is about every party's share of it, the combined sum's too — and the
    orders the regulator issued with it, told since ("The JFTC also issued cease-and-desist
    orders to …")."""
    monetary = [f for f in facts if f.action in MONETARY]
    before = sorted((f for f in [*monetary, *sums] if f.mentions[0][0] < at), key=lambda f: f.start)
    for index in range(len(before) - 1, -1, -1):
        told, end = before[index].mentions[0]
        if not _sections_go_on(body, told, at):
            return []
        if several_parties(body, told, end):
            group = before[index]
            shares = [f for f in before[index:] if f.authority == group.authority and f not in sums]
            orders = [
                f
                for f in facts
                if f.action in {"order", "ban"}
                and f.authority == group.authority
                and told <= f.mentions[0][0] < at
            ]
            return shares + orders
    return []


# The parties of a decision against several, named as such: "the producers exchanged
# information …", "the three mills agreed …", "The banks failed to …".
_THE_PARTIES_PLURAL = compiled(
    rf"\b(?:the|these|those|both|all)\s+(?:(?:{SMALL_COUNT_WORDS}|\d{{1,2}})\s+)?"
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?:companies|firms|banks|operators|carriers|insurers|lenders|brokers|platforms|producers"
    r"|makers|manufacturers|distributors|suppliers|retailers|mills|millers|traders|dealers"
    r"|contractors|airlines|undertakings|parties|respondents|defendants)\b",
    re.I,
)


def _the_parties_together(
    text: str, at: int, monetary: list[Fact], main: list[Fact], body: str
) -> list[Fact]:
    """ "Atlas Provende will pay …, Sahel Aliments DH 96 millions and Rif Nutrition MAD 41.2
    million … the producers exchanged information …, conduct contrary to Article 6": a finding
    about the parties in the plural is about the share of every party told together with the
    main one (in one sentence) — not a party of another case told apart."""
    if not _THE_PARTIES_PLURAL.search(text):
        return []
    # (no main action read: the one told last before the finding)
    before = [f for f in monetary if f.mentions[0][0] < at]
    main = main or [max(before, key=lambda f: f.mentions[0][0])] if before else main
    if not main:
        return []
    told = [m for f in main for m in f.mentions]  # (a fact's mention: its sentence)
    together = [
        f
        for f in monetary
        if f.authority in {m.authority for m in main} | {None}
        and any(s < high and low < e for s, e in f.mentions for low, high in told)
    ]
    group = [*main, *(f for f in together if all(f is not m for m in main))]
    return group if len({f.respondent_key for f in group}) > 1 else []


def _shares_told_just_before(at: int, monetary: list[Fact], body: str) -> list[Fact]:
    """ "The penalties were: Coastal Crest (GH₵1.2 million), Ashanti Gold (GH₵450,000) and
    Volta Trust (GH₵310,000). The notice cites section 52 of Act 1044.": a sentence naming no
    one right after the one telling several parties' shares (same paragraph) is about each."""
    shares = [f for f in monetary if any(e <= at and not body[e:at].strip() for _, e in f.mentions)]
    return shares if len({f.respondent_key for f in shares}) > 1 else []


def _parties_of_the_decision(
    at: int, monetary: list[Fact], main: list[Fact], body: str
) -> list[Fact]:
    """ "resolved to impose fines … on two wheat flour producers … found that the managers of
    Molinos, Harinera and Lempa met regularly … The Board concluded that the conduct is
    prohibited by Article 25" and the fines listed after: a finding naming no one, after the
    story of a decision against several parties (no heading between), is about the share of
    each party that story names — told before or after it, not a party of another case."""
    start = max((m.end() for m in headings(body, 0, at)), default=0)
    several = several_parties(body, start, at)
    if several is None:
        return []
    named = {_word_key(w) for w in set(_WORD.findall(body, several.start(), at))}
    # (a share whose regulator is not yet told is the same one's, read later)
    authorities = {f.authority for f in main} | {None}
    shares = [f for f in monetary if f.respondent_key in named and f.authority in authorities]
    return shares if len({f.respondent_key for f in shares}) > 1 else []


def _paragraph_party(
    span: Span, monetary: list[Fact], body: str, ctx: _ArticleContext
) -> list[Fact]:
    """ "Lykke Spel's shortcomings concern the duty of care. … The authority considers this a
    breach of Chapter 14": a sentence naming no one, in a paragraph that names a party fined
    (and no other) before it, is about that party's fine — not about the action told last."""
    start = body.rfind("\n\n", 0, span.start) + 2
    if start >= span.start or any(start <= s < span.start for f in monetary for s, _ in f.mentions):
        return []  # the paragraph tells an action itself: the general rules read it
    told = [f for f in monetary if f.mentions[0][0] < start]
    if not told:
        return []  # no party to name (`_violation_targets` of none finds none)
    before = body[start : span.start]
    named = _violation_targets(before, told, [], [], ctx)
    keys = {f.respondent_key for f in named}
    return named if len(keys) == 1 else []


def _story_so_far(at: int, facts: list[Fact], main: list[Fact], body: str) -> list[Fact]:
    """ "The board held that this breached Article 5(1)(e)": a sentence naming no one goes on
    with the action stated last before it — in a round-up, not the article's lead story. An
    order's story ("the notice directs the company to …") cites the order's grounds. Not a
    second party told with the main one ("… fined the company PLN 7.4m; its president was
    fined PLN 312,000. … The practices infringe Article 24"): that is still the main story."""
    group = _story_actions(at, facts)
    shared = any(f is m for f in group for m in main)
    if main and group and not shared and _told_with(group, main, body):
        return main
    monetary = [f for f in group if f.action in MONETARY]
    return monetary if monetary and _last_stated(at, group).action in MONETARY else group


def _told_with(group: list[Fact], main: list[Fact], body: str) -> bool:
    """Whether an action of `group` is told in the paragraph of one of `main`'s."""

    def paragraph(at: int) -> int:
        return body.rfind("\n\n", 0, at)

    return any(
        paragraph(f.mentions[0][0]) == paragraph(m.mentions[0][0]) for f in group for m in main
    )


def _last_stated(at: int, facts: list[Fact]) -> Fact:
    return max(((s, f) for f in facts for s, _ in f.mentions if s < at), key=lambda item: item[0])[
        1
    ]


_LIST_ITEM = compiled(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
# "The companies breached …", "They infringed …": the parties of a list just told, together.
_THE_PARTIES = compiled(
    r"^\W*(?:the\s+(?:\w+\s+)?(?:companies|firms|operators|undertakings|parties|"
    r"hauliers|lenders|banks)|they|all\s+of\s+them)\b",
    re.I,
)


# (or the subject of what the regulator found: "The QFCRA found that the firm breached …")
_THE_COMPANY = compiled(
    r"^\W*(?:(?:[\w.&'’-]+\s+){1,4}(?:found|held|concluded|determined|said)\s+(?:that\s+)?)?"
    r"the\s+(?:company|firm)\b(?!['’]s)",
    re.I,
)


def _the_company(text: str, monetary: list[Fact], ctx: _ArticleContext) -> list[Fact]:
    """ "The company pleaded guilty to two offences under …" in a story of a company and its
    skipper (director) both fined: the company's fine, not the person's told last."""
    if not _THE_COMPANY.match(text):
        return []
    companies = [f for f in monetary if f.respondent and not ctx.is_person(f.respondent.text)]
    people = [f for f in monetary if f not in companies]
    if len({f.respondent_key for f in companies}) > 1:
        # another firm's fine told in passing ("Last month it fined Lusail …"): the story's
        key = respondent_key(ctx.main_respondent or "")
        companies = [f for f in companies if f.respondent_key == key]
    return companies if people and len({f.respondent_key for f in companies}) == 1 else []


def _listed_parties(text: str, span: Span, monetary: list[Fact], body: str) -> list[Fact]:
    """ "The office fined the companies for a cartel under Section 3:" followed by one item a
    party ("- Alder a.s.: CZK 9 mil."), or "The companies breached Article 32" in the paragraph
    after such a list: a sentence naming no one is about every action the list states."""
    paragraph_end = body.find("\n\n", span.start)
    paragraph_end = len(body) if paragraph_end < 0 else paragraph_end
    if text.rstrip().endswith(":"):
        block = (span.end, body.find("\n\n", paragraph_end + 2) % (len(body) + 1))
    elif _THE_PARTIES.match(text) and body.rfind("\n\n", 0, span.start) >= 0:
        end = body.rfind("\n\n", 0, span.start)
        block = (body.rfind("\n\n", 0, end) + 2, end)
    else:
        return []
    listed = [
        f
        for f in monetary
        # (any mention: "reduced the fine on Alder from CZK 9 mil." may be told first)
        if any(
            block[0] <= at < block[1] and _LIST_ITEM.match(body, body.rfind("\n", 0, at) + 1)
            for at, _ in f.mentions
        )
    ]
    return listed if len(listed) > 1 else []


_FEW = rf"(?:{SMALL_COUNT_WORDS}|\d{{1,2}})"
# A sentence opening on the penalties just told: "The penalties were imposed under …".
_THE_PENALTIES = compiled(r"\s*(?:The|These|Those)\s+(?:fines|penalties|sanctions)\b")
_SEVERAL_OF = r"(?:fines|penalties|sanctions|companies|firms|parties|cases)"
# … or a clause of it: "the company breached § 128 of the Water Act, and the fines were imposed
# under § 366 of the same act".
_THE_PENALTIES_IMPOSED = compiled(
    r"\b(?:the|these|those)\s+(?:fines|penalties|sanctions)\s+(?:were|have\s+been|had\s+been)"
    r"\s+(?:imposed|levied|issued|handed\s+down)\b",
    re.I,
)


# "held that both companies had engaged in …": every party it counts (`_violation_targets`).
_BOTH_PARTIES = compiled(
    rf"\b(?:both|all\s+{_FEW}|the\s+{_FEW})\s+(?:companies|firms|parties|defendants)\b", re.I
)
# "All three penalties were levied under Section 15HA", "the four fines"
_ALL_THE_PENALTIES = compiled(
    rf"\b(?:both|all|each|these)\s+(?:{_FEW}\s+)?{_SEVERAL_OF}\b|\bthe\s+{_FEW}\s+{_SEVERAL_OF}\b",
    re.I,
)


def _violation_targets(
    text: str,
    monetary: list[Fact],
    main: list[Fact],
    monetary_by_main: list[Fact],
    ctx: _ArticleContext,
    at: int | None = None,
) -> list[Fact]:
    """The actions a sentence (at `at` in the body) saying what was breached is about: those
    against whoever it names, else those of the regulator it names, else the article's main
    action(s)."""
    words = {_word_key(w) for w in set(_WORD.findall(text))}
    initials = set(re.findall(r"\b[A-Z]{2,5}\b", text))  # "BA" for British Airways
    capitalised = {_word_key(w) for w in set(_CAPITALISED.findall(text))}
    named = [
        f
        for f in monetary
        if f.respondent_key in words or _initials(f) in initials or _surname_in(f, ctx, capitalised)
    ]
    # "held that both companies had engaged in deceptive marketing in violation of Section 10,
    # by misrepresenting the Crescent Park project": every party it counts, though the name of
    # one (its project's) is in the sentence.
    both = _BOTH_PARTIES.search(text)
    if both and len({f.respondent_key for f in named}) < 2 and at is not None:
        told = [f for f in monetary_by_main if f.start < at]
        if len({f.respondent_key for f in told}) > 1:
            return told
    if named:
        return named
    described = _cases_described(text, monetary, ctx.body)
    if described:
        return described
    plural = _ALL_THE_PENALTIES.search(text)
    if plural:
        return monetary_by_main
    if at is not None and (_THE_PENALTIES.match(text) or _THE_PENALTIES_IMPOSED.search(text)):
        # "The penalties were imposed under section 22 of the Ordinance": those told so far
        # by the regulator of the section (in a round-up, the section's regulator's).
        heading = max((m.end() for m in headings(ctx.body, 0, at)), default=0)
        section = {f.authority for f in monetary if heading <= f.start < at}
        told = [f for f in monetary if f.start < at and f.authority in section]
        if len(section) == 1 and len(told) > 1:
            return told
    regulators = {m.key for m in ctx.lexicon.mentions(text) if m.kind == "authority"}
    if regulators and ctx.main_authority not in regulators:
        # "The Garante found breaches of Articles 5 and 6" in a CNIL story: the Garante's fine;
        # "Connecticut's Attorney General has been active under the Connecticut Data Privacy
        # Act" in a Washington story: no action reported here at all.
        return [f for f in monetary if f.authority in regulators]
    return main


# Cases named by what they were about: "The price-display cases were brought under the same
# Act", "the mis-selling penalties were imposed under section 12".
_CASES_DESCRIBED = compiled(
    r"^\W*(?:the|these|those)\s+(?P<kind>(?:(?!(?:the|and|or|two|three|other)\b)[a-z][\w-]*\s+){1,2})"
    r"(?:cases|fines|penalties|sanctions)\s+(?:were|have\s+been|had\s+been)\b",
    re.I,
)


def _cases_described(text: str, monetary: list[Fact], body: str) -> list[Fact]:
    """The penalties a sentence names by their subject, told in those words' stems: "the
    price-display cases" are the fines told "for displaying shelf prices lower than …"."""
    m = _CASES_DESCRIBED.match(text)
    if not m:
        return []
    stems = [w[:6] for w in re.split(r"[\s-]+", m["kind"].casefold()) if len(w) > 4]
    if not stems:
        return []
    told = [f for f in monetary if all(st in _quote(f, body) for st in stems)]
    return told if 0 < len(told) < len(monetary) else []


def _surname(fact: Fact, ctx: _ArticleContext) -> str:
    """ "Tomasz Wierzbicki" -> "wierzbicki": how copy names a person after naming them once
    ("The penalty on Mr Wierzbicki was imposed under Article 106a")."""
    name = fact.respondent.text if fact.respondent else ""
    if not looks_personal(name, ctx.lexicon):
        return ""
    return respondent_key(name.split()[-1])


# A sentence's words and its capitalised ones, as `respondent_key` reads a name's words (each
# word's key looked up once: `_word_key`).
_WORD = compiled(r"[\w&]+")
_CAPITALISED = compiled(r"\b[A-Z][\w&]+")


@lru_cache(maxsize=16384)  # the same words recur in sentence after sentence
def _word_key(word: str) -> str:
    """respondent_key of one word of a sentence (a pure function of the word)."""
    return respondent_key(word)


def _surname_in(fact: Fact, ctx: _ArticleContext, keys: set[str]) -> bool:
    """`_surname(fact, ctx) in keys`, without asking whether the name is a person's when its
    last word's key is not one of them: _surname is that key, or "" for a company's."""
    name = fact.respondent.text if fact.respondent else ""
    words = name.split()
    if words and "" not in keys and respondent_key(words[-1]) not in keys:
        return False
    return _surname(fact, ctx) in keys


def _initials(fact: Fact) -> str:
    """ "British Airways" -> "BA": how copy abbreviates a respondent after naming it once."""
    words = re.findall(r"[A-Z][\w&]*", fact.respondent.text) if fact.respondent else []
    return "".join(w[0] for w in words) if len(words) > 1 else ""


# A provision that empowers the penalty rather than one breached: "the penalties were levied
# under Section 15HA", "imposed a penalty payment … under Article 100 of the Act", "under
# Article 91, which provides for fines of between …", "Under Article 83(5) GDPR, infringements
# may be punished by fines of up to …", "the maximum available under Article 83(5)".
_PENALTY_WORD = r"(?:fines?|penalt(?:y|ies)|sanctions?|surcharges?|penalty\s+payments?)"
_POWER_BEFORE = compiled(
    rf"\b{_PENALTY_WORD}\b[^.;]{{0,80}}?\b(?:imposed|levied|set|calculated|assessed|issued"
    r"|determined|fixed)\b[^.;]{0,60}?\b(?:under|pursuant\s+to|in\s+accordance\s+with"
    r"|on\s+the\s+basis\s+of)\s+(?:the\s+)?$"
    # "imposed a penalty payment of EUR 1,000 per day, under Article 100" (not "imposed a fine
    # for breaching the duty under Article 32": what was breached)
    rf"|\b(?:imposed|imposes|levied|levies)\s+(?:\w+\s+){{0,3}}?{_PENALTY_WORD}\b"
    r"(?:(?!\b(?:breach|violat|infring|contraven|fail|for\b))[^.;]){0,60}?\bunder\s+(?:the\s+)?$"
    r"|\bmaximum\b[^.;]{0,60}?\bunder\s+(?:the\s+)?$",
    re.I,
)
_POWER_WHICH = compiled(
    # (a law's number on the way: "(Law No. 2018-28 of 12 December 2018), which allow …")
    r"^(?:[^.;]|(?<=\bNo)\.){0,120}?\b(?:which|that)\s+(?:provides?|allows?|permits?|sets?|caps?|empowers?"
    rf"|authori[sz]es?)\b[^.;]{{0,80}}?\b{_PENALTY_WORD}\b",
    re.I,
)
# "Under Article 83(4) GDPR, infringements … may be sanctioned with fines of up to …"
_POWER_AFTER = compiled(
    r"^[^.;]{0,160}?\b(?:may|can|could)\s+be\s+(?:punished|sanctioned|fined|penali[sz]ed)\b"
    r"|^[^.;]{0,120}?\b(?:the\s+)?(?:theoretical\s+|statutory\s+|legal\s+)?maximum\b",
    re.I,
)
_UNDER_OPENS = compiled(r"(?:^|[.!?:]\s+|\n\s*)(?:[-*]\s+)?Under\s+(?:the\s+)?$")


@cache
def _capped_provisions() -> frozenset[str]:
    """Provisions the data files know set a maximum fine ("GDPR Art. 83(5)")."""
    return frozenset(
        f"{c['instrument']} {c['provision']}" for c in load_toml("instruments.toml")["cap"]
    )


def _penalty_power(located: Located, body: str) -> bool:
    label = located.text
    if not any(c.isdigit() for c in label.split()[-1]):
        return False  # "the GDPR", "PECR": a law as a whole is what was breached too
    if label in _capped_provisions() or any(
        label.startswith(c) and not label[len(c) : len(c) + 1].isdigit()
        for c in _capped_provisions()
    ):
        return True
    before = body[max(0, located.start - 160) : located.start]
    after = body[located.end : located.end + 200]
    if _POWER_BEFORE.search(before):
        return True
    if _POWER_WHICH.search(after):
        return True
    return bool(_UNDER_OPENS.search(before) and _POWER_AFTER.search(after))


def _powers_to_penalties(facts: list[Fact], body: str) -> None:
    """A provision that empowers a penalty (the penalty article, "under section X, which allows
    fines of …") rests the monetary measure on it, not the bans, orders or rulings of the same
    decision: those keep only the provisions breached."""
    for fact in facts:
        if fact.action in MONETARY:
            continue
        fact.provisions = [
            p
            for p in fact.provisions
            if not _penalty_power(p, body)
            # told in the measure's own sentence: "ordered … under Article 58(2)(d)"
            or any(s <= p.start < e for s, e in fact.mentions)
            # "The actions were taken under section 354": every measure, by the words
            or _EVERY_ACTION_UNDER.search(body, max(0, p.start - 120), p.start)
        ]


# "The actions were taken under section 354 of …", "These measures were imposed pursuant to".
_EVERY_ACTION_UNDER = compiled(
    r"\b(?:the|these|those|all\s+(?:the|these|those))\s+(?:actions|measures)\s+(?:were|have\s+been"
    r"|had\s+been)\s+(?:\w+\s+)?(?:taken|imposed|made|adopted|ordered)\s+(?:under|pursuant\s+to)"
    r"\s+(?:the\s+)?$"
    # "Both decisions were based on Article 30": each decision whole, its order too
    r"|\b(?:both|the\s+two|the\s+three|these|those|all\s+(?:the|these|those|three))\s+"
    r"(?:actions|measures|decisions|sanctions)\s+(?:were|are)\s+(?:based|grounded|founded)"
    r"\s+(?:up)?on\s+(?:the\s+)?$",
    re.I,
)
