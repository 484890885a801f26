"""The same enforcement action reported by several articles, as one group with its conflicts.

Facts are grouped when they name the same respondent, action and place (or regulator) and
their dates do not contradict each other. Within a group the amount most sources give (in
the place's own currency when there is a choice) is the answer; other amounts in that
currency that differ beyond rounding are conflicts, each with its source; amounts in other
currencies are other reports of the same sum (no conversion is made).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from .fact_model import Amount, Fact, same_sum
from .lexicon import Lexicon


class PublishedLookup(Protocol):
    """Article id -> publication date: a dict, or `store.PublishedDates` (read as asked)."""

    def get(self, article_id: str, default: None = None, /) -> str | None: ...


@dataclass
class ActionGroup:
    facts: list[Fact] = field(default_factory=list)  # one per article, newest source first

    @property
    def action(self) -> str:
        return self.facts[0].action

    @property
    def respondent(self) -> str | None:
        if len(self.facts) == 1:  # most groups: one source
            return self.facts[0].respondent.text if self.facts[0].respondent else None
        names = [f.respondent.text for f in self.facts if f.respondent]
        return max(Counter(names).items(), key=lambda kv: (kv[1], len(kv[0])))[0] if names else None

    @property
    def authority(self) -> str | None:
        return next((f.authority for f in self.facts if f.authority), None)

    @property
    def jurisdiction(self) -> str | None:
        return next((f.jurisdiction for f in self.facts if f.jurisdiction), None)

    @property
    def per(self) -> str | None:
        return self.facts[0].per

    @property
    def date(self) -> str | None:
        """The most precise date any source gives (they agree, or they would not be grouped)."""
        dates = [f.date.text for f in self.facts if f.date]
        return max(dates, key=len, default=None)

    @property
    def announced(self) -> str | None:
        """When it was first made public: the earliest of the most precise days the sources
        give (a later article recalling it carries its own day, not the action's)."""
        dates = [f.announced.text for f in self.facts if f.announced]
        precise = max(map(len, dates), default=0)
        return min((d for d in dates if len(d) == precise), default=None)

    def dated_fact(self) -> Fact | None:
        """The source that gives the group's date."""
        return next((f for f in self.facts if f.date and f.date.text == self.date), None)

    def amounts(self) -> list[tuple[Amount, Fact]]:
        return [(f.amount, f) for f in self.facts if f.amount]

    def amount(self, home_currency: str | None = None) -> tuple[Amount, Fact] | None:
        """The amount most sources give, preferring the place's own currency."""
        found = self.amounts()
        if not found:
            return None
        currencies = Counter(a.currency for a, _ in found)
        currency = home_currency if home_currency in currencies else currencies.most_common(1)[0][0]
        same = [(a, f) for a, f in found if a.currency == currency]
        # The value the most sources agree on (within rounding); the most exact of those leads.
        best = max(same, key=lambda af: sum(1 for b, _ in same if same_sum(af[0], b)))
        agreeing = [(a, f) for a, f in same if same_sum(a, best[0])]
        return min(agreeing, key=lambda af: (len(af[0].text) < 4, -len(af[0].text)))

    def conflicts(self, chosen: Amount | None) -> list[tuple[Amount, Fact]]:
        if chosen is None:
            return []
        return [
            (a, f)
            for a, f in self.amounts()
            if a.currency == chosen.currency and not same_sum(a, chosen)
        ]

    def statuses(self) -> dict[str, list[Fact]]:
        found: dict[str, list[Fact]] = {}
        for fact in self.facts:
            for status in fact.statuses:
                found.setdefault(status.status, []).append(fact)
        return found


@dataclass
class _Forming:
    """A group while `group_facts` builds it, with what `_compatible` asks kept up to date
    as facts join (the group's properties would scan its facts on every comparison: at
    100,000 chunks, ~300 facts a company, that was 80 ms of every question)."""

    group: ActionGroup
    jurisdiction: str | None = None  # the first fact's that names one, as the group's is
    authority: str | None = None
    dates: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def add(self, fact: Fact) -> None:
        self.group.facts.append(fact)
        self.jurisdiction = self.jurisdiction or fact.jurisdiction
        self.authority = self.authority or fact.authority
        if fact.date:
            self.dates.add(fact.date.text)
        self.articles.add(fact.article_id)


def _compatible(forming: _Forming, fact: Fact) -> bool:
    # `forming` is from the fact's bucket: same action, rate (`per`) and respondent key.
    if fact.jurisdiction and forming.jurisdiction and fact.jurisdiction != forming.jurisdiction:
        return False
    if fact.authority and forming.authority and fact.authority != forming.authority:
        return False
    if fact.article_id in forming.articles:
        return False  # an article states an action once (facts.py merged its mentions)
    return not fact.date or all(_dates_agree(fact.date.text, d) for d in forming.dates)


def _dates_agree(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _target(bucket: list[_Forming], fact: Fact) -> _Forming | None:
    """The group `fact` belongs to, among its bucket's groups (see `group_facts`): one
    stating the same amount; one stating another amount only when it is the sole candidate
    (then the sources disagree) — never a guess among a company's several fines."""
    compatible = [g for g in bucket if _compatible(g, fact)]
    if fact.amount is None or len(compatible) <= 1:
        return compatible[0] if compatible else None
    agreeing = [
        g
        for g in compatible
        if any(f.amount is None or same_sum(f.amount, fact.amount) for f in g.group.facts)
    ]
    return agreeing[0] if agreeing else None


def group_facts(
    facts: Iterable[Fact], published: PublishedLookup | None = None
) -> list[ActionGroup]:
    """Groups of facts about one action each, in a stable order (respondent, then date)."""
    ordered = sorted(
        facts, key=lambda f: (f.amount is None, f.date is None, -len(f.date.text) if f.date else 0)
    )
    groups: list[ActionGroup] = []
    # Only facts with the same action, rate and respondent key can share a group, so each is
    # compared with its own bucket's groups, not all of them: thousands of facts (a question
    # naming only a regulator) group in milliseconds. The respondent key is computed once.
    buckets: dict[tuple, list[_Forming]] = {}
    for fact in ordered:
        bucket = buckets.setdefault((fact.action, fact.per, fact.respondent_key), [])
        target = _target(bucket, fact)
        if target is None:
            target = _Forming(ActionGroup([]))
            groups.append(target.group)
            bucket.append(target)
        target.add(fact)
    if published:
        for group in groups:
            group.facts.sort(key=lambda f: published.get(f.article_id) or "", reverse=True)
    return sorted(groups, key=lambda g: (g.respondent or "", g.date or "", g.action))


def home_currency(group: ActionGroup, lexicon: Lexicon) -> str | None:
    place = lexicon.jurisdictions.get(group.jurisdiction or "")
    return place.currency if place else None
