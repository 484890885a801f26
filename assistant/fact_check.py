"""Extracted facts against a table written by reading the articles: what matches, what not.

Used by the tests (which require the seed and fixture tables to match) and bench/facts.py.
An expected fact is identified by its action, amount and evidence phrase; the other fields
(respondent, authority, jurisdiction, date, provisions, statuses, other amounts) are then
compared one by one so a failure names the field that is wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .facts import Fact
from .lexicon import Lexicon
from .parties import respondent_key


@dataclass
class FactReport:
    expected: int = 0
    matched: int = 0  # identity and every field right
    # Who, by whom and how much right (action, amount, respondent, authority, jurisdiction),
    # whatever the dates, provisions, statuses and second currencies: the part of a fact a
    # reader needs first, counted apart so a set's score shows which part is missing.
    core_matched: int = 0
    wrong: list[str] = field(default_factory=list)  # "article: expected …: field differs"
    missing: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)  # amounts extracted that no expected fact has

    @property
    def perfect(self) -> bool:
        return self.matched == self.expected and not self.spurious


_CORE_FIELDS = ("respondent ", "authority ", "jurisdiction ")


def load_expected(path: Path) -> dict[str, list[dict[str, Any]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


# The number a provision label cites within its law: "Art. 5", "s. 110", "§ 1c.2", "14 CFR
# 260.6"; failing those, a regulation, chapter or paragraph ("reg. 5", "Ch. 102").
_PROVISION_NUMBER = re.compile(
    r"(?:\bArt(?:icle)?s?\.?|\bSec(?:tion)?s?\.?|\bss?\.|§+|\bRules?|\br\.|\bC\.?F\.?R\.?"
    r"|\bU\.?S\.?C\.?|\bNYCRR)\s*(\d+)",
    re.I,
)
_PART_NUMBER = re.compile(
    r"(?:\bReg(?:ulation)?s?\.?|\bCh(?:apter)?s?\.?|\bPara(?:graph)?s?\.?)\s*(\d+)", re.I
)


def _provision_key(label: str) -> str:
    """The number the label cites within its law: "GDPR Art. 5(1)(f)" and "GDPR Art. 5" both
    cite Article 5, and so does "Law No. 9121/2003 Art. 5" (the law's own number or year is
    not the provision's: "Securities and Exchange Ordinance 1969 s. 22" cites 22). An
    article's paragraph does not replace it ("Art. 1240 para. 2" cites 1240); a regulation's
    or chapter's number counts when no article or section is cited, the last one written
    ("Regulations 1997 reg. 5" cites 5). A label with neither keys on its first number
    ("POJK No. 10/POJK.05/2022"); a law cited without a number ("COPPA") is its own key."""
    provision = _PROVISION_NUMBER.search(label)
    if provision:
        return provision.group(1)
    parts = _PART_NUMBER.findall(label)
    if parts:
        return parts[-1]
    number = re.search(r"\d+", label)
    return number.group() if number else label.casefold()


def _named_without_country(name: str, fact: Fact, lexicon: Lexicon) -> bool:
    """ "Federal Court" for the "Federal Court of Australia" the fact names: a table may leave
    out the country a court's full name ends with, when it is the fact's country."""
    full = fact.authority or ""
    names = [full]
    if full in lexicon.authorities:  # an id ("High Court (BB)"): by its name too
        names += [lexicon.authorities[full].name]
    for written in names:
        if not written.casefold().startswith(name.casefold() + " of "):
            continue
        country = written[len(name) + len(" of ") :]
        places = [m for m in lexicon.mentions(country) if m.kind == "jurisdiction"]
        if any(
            m.start == 0 and m.end == len(country) and m.key == fact.jurisdiction for m in places
        ):
            return True
    return False


# The small words that join a court's name to its place ("High Court in Nairobi").
_LINKS = {"the", "of", "in", "at"}


def _name_words(name: str) -> list[str]:
    """ "High Court in Nairobi" and "Nairobi High Court": one court, its place put before or
    after its name, as outlets do either way."""
    return sorted(w for w in re.findall(r"\w+", name.casefold()) if w not in _LINKS)


# A country tag our ids carry to tell apart bodies of one name: "TRA (BH)", "CAAB (BW)".
_COUNTRY_TAG = re.compile(r"\s+\([A-Z]{2}(?:-[A-Z0-9]{1,3})?\)$")
_NAME_INITIAL = re.compile(r"\b[A-Z]")


def _named_by_short_form(wanted: str, place: str | None, fact: Fact, lexicon: Lexicon) -> bool:
    """ "TRA" for our "TRA (BH)", "PUC" for "Public Utilities Commission (BZ)": a table names a
    body by its name or short form without the tag that tells it from another place's body
    of that name. Only when the table's jurisdiction is the body's: the tag is all that
    differs."""
    body = lexicon.authorities.get(fact.authority or "")
    if body is None or place is None or not _same_place(place, body.jurisdiction):
        return False
    names = {body.name, body.english_name, *body.aliases, _COUNTRY_TAG.sub("", body.id)}
    # Its initials, without the place in brackets: "Public Utilities Commission" is "PUC".
    names |= {"".join(_NAME_INITIAL.findall(_COUNTRY_TAG.sub("", n))) for n in names}
    return wanted.casefold() in {n.casefold() for n in names if n}


def _same_place(wanted: str, got: str | None) -> bool:
    """ "CA" in a table for the "CA-AB" the extractor read: a table may give a provincial or
    state regulator's country, and the subdivision is the more precise of the two. Not the
    other way round: a country where the table names the state is a miss."""
    return got == wanted or ((got or "").partition("-")[0] == wanted and "-" not in wanted)


def _quote_text(fact: Fact, body: str) -> str:
    return " ".join(" ".join(body[s:e].split()) for s, e in fact.mentions)


def _identity(expected: dict[str, Any], fact: Fact, body: str) -> bool:
    if fact.action != expected["action"]:
        return False
    if expected["amount"] is not None:
        if fact.amount is None or (fact.amount.amount, fact.amount.currency) != (
            Decimal(expected["amount"]),
            expected["currency"],
        ):
            return False
    elif fact.amount is not None:
        return False
    return " ".join(expected["evidence"].split()) in _quote_text(fact, body)


# Words a hand-written table uses for one of the extractor's statuses.
_STATUS_WORDS = {"annulled": "overturned", "quashed": "overturned", "set_aside": "overturned"}


def _differences(expected: dict[str, Any], fact: Fact, lexicon: Lexicon) -> list[str]:
    problems = []
    if expected["respondent"] and (
        fact.respondent is None
        or respondent_key(fact.respondent.text) != respondent_key(expected["respondent"])
    ):
        got = fact.respondent.text if fact.respondent else None
        if not (
            got
            and (
                expected["respondent"].casefold() in got.casefold()
                or got.casefold() in expected["respondent"].casefold()
            )
        ):
            problems.append(f"respondent {got!r} != {expected['respondent']!r}")
    if expected.get("jurisdiction") is not None and not _same_place(
        expected["jurisdiction"], fact.jurisdiction
    ):
        problems.append(f"jurisdiction {fact.jurisdiction!r} != {expected['jurisdiction']!r}")
    if expected.get("authority"):
        wanted = {m.key for m in lexicon.mentions(expected["authority"]) if m.kind == "authority"}
        # A court the extractor names itself is compared by any name the article gives it.
        have = {m.key for m in lexicon.mentions(fact.authority or "") if m.kind == "authority"}
        if (
            fact.authority not in wanted
            and not wanted & have
            and (fact.authority or "").casefold() != expected["authority"].casefold()
            and not _named_without_country(expected["authority"], fact, lexicon)
            and _name_words(expected["authority"]) != _name_words(fact.authority or "")
            and not _named_by_short_form(
                expected["authority"], expected.get("jurisdiction"), fact, lexicon
            )
        ):
            problems.append(f"authority {fact.authority!r} != {expected['authority']!r}")
    if (
        expected.get("date")
        and not (fact.date and fact.date.text == expected["date"])
        and not (fact.announced and fact.announced.text == expected["date"])
    ):
        problems.append(f"date {fact.date.text if fact.date else None!r} != {expected['date']!r}")
    if (expected.get("per") or None) != fact.per and expected.get("per"):
        problems.append(f"per {fact.per!r} != {expected['per']!r}")
    have = {_provision_key(p.text) for p in fact.provisions}
    for label in expected.get("provisions", []):
        if _provision_key(label) not in have:
            problems.append(f"provision {label!r} missing")
    statuses = {s.status for s in fact.statuses}
    for status in expected.get("statuses", []):
        # A table may name the extractor's "overturned" by the court's word for it.
        if _STATUS_WORDS.get(status, status) not in statuses:
            problems.append(f"status {status!r} missing (have {sorted(statuses)})")
    others = {(o.amount, o.currency) for o in fact.other_amounts}
    for other in expected.get("other_amounts", []):
        if (Decimal(other["amount"]), other["currency"]) not in others:
            problems.append(f"other amount {other['amount_text']!r} missing")
    return problems


def compare(
    extracted: dict[str, list[Fact]],
    bodies: dict[str, str],
    expected: dict[str, list[dict[str, Any]]],
    lexicon: Lexicon,
    lexicons: Mapping[str, Lexicon] | None = None,
) -> FactReport:
    """`lexicons` holds, per article, the lexicon with the bodies it introduces that the data
    files lack (`unlisted_bodies.article_lexicon`): a table may name one by another of its
    names ("SOKiK" for the Court of Competition and Consumer Protection)."""
    report = FactReport()
    for article_id, wanted in expected.items():
        facts = extracted.get(article_id, [])
        body = bodies[article_id]
        lexicon_here = (lexicons or {}).get(article_id, lexicon)
        used: set[int] = set()
        for item in wanted:
            report.expected += 1
            label = f"{article_id[:40]}: {item['action']} {item.get('amount_text') or ''} ({item['evidence'][:40]}…)"
            candidates = [
                i for i, f in enumerate(facts) if i not in used and _identity(item, f, body)
            ]
            if not candidates:
                report.missing.append(label)
                continue
            best = min(candidates, key=lambda i: len(_differences(item, facts[i], lexicon_here)))
            used.add(best)
            problems = _differences(item, facts[best], lexicon_here)
            if not any(p.startswith(_CORE_FIELDS) for p in problems):
                report.core_matched += 1
            if problems:
                report.wrong.append(f"{label}: {'; '.join(problems)}")
            else:
                report.matched += 1
        expected_amounts = {(Decimal(i["amount"]), i["currency"]) for i in wanted if i["amount"]}
        for fact in facts:
            if fact.amount and (fact.amount.amount, fact.amount.currency) not in expected_amounts:
                report.spurious.append(
                    f"{article_id[:40]}: {fact.action} {fact.amount.text} ({body[fact.start : fact.end][:60]}…)"
                )
    return report
