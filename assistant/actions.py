"""Where a sentence states an enforcement action, and what it says happened next.

The vocabulary is data (`data/enforcement.toml`); this module compiles it and answers three
questions about a piece of text: which actions it states, which amounts in it are not
penalties (caps, turnover, funding), and which outcomes ("has not paid", "appealed") it
reports — with negation winning over the positive reading it contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from .datafiles import load_toml
from .name_lookup import lookup_form
from .needles import GuardedBranches, WordBits, compile_branches
from .pattern_cache import compiled

ACTIONS = ("penalty_payment", "fine", "settlement", "order", "ban", "appeal", "ruling")
MONETARY = frozenset({"penalty_payment", "fine", "settlement"})
# Which outcomes can be said of which actions: an order is complied with, a fine is paid.
STATUS_APPLIES_TO = {
    "paid": MONETARY,
    "not_paid": MONETARY,
    "partially_paid": MONETARY,
    "complied": frozenset({"order", "ban"}),
    "not_complied": frozenset({"order", "ban"}),
}
# Checked before their positive twins, so "has not paid" is never also "paid".
_NEGATIVE_FIRST = (
    "not_paid",
    "not_complied",
    "overturned",
    "reduced",
    "upheld",
    "not_appealed",
    "disputed",
    "appealed",
    "partially_paid",
    "paid",
    "complied",
)


@dataclass(frozen=True)
class Match:
    kind: str  # an action or a status
    start: int
    end: int


def _source(patterns: list[str]) -> str:
    return r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b"


def _guarded(patterns: list[str]) -> GuardedBranches:
    """The patterns as one, with the words it needs: most sentences state no outcome and no
    action, and are passed over on a look for those words instead of a search; the others
    are searched with the patterns whose words they have (needles.GuardedBranches)."""
    return compile_branches(patterns, r"\b(?:", r")\b", re.IGNORECASE, lazily=True)


@dataclass(frozen=True)
class _Vocabulary:
    actions: dict[str, GuardedBranches]
    statuses: dict[str, GuardedBranches]
    not_penalty_before: re.Pattern[str]
    not_penalty_after: re.Pattern[str]
    not_penalty_sentence: re.Pattern[str]
    # The same two patterns with each branch's words (`is_penalty_amount` asks only whether
    # they match: a text lacking a branch's words is not searched with it).
    not_penalty_before_branches: GuardedBranches
    not_penalty_sentence_branches: GuardedBranches
    accrued_before: re.Pattern[str]
    accrued_after: re.Pattern[str]
    redress_before: re.Pattern[str]
    redress_after: re.Pattern[str]


@cache
def vocabulary() -> _Vocabulary:
    data = load_toml("enforcement.toml")
    # `\b(?:(?:p1)|(?:p2)|…)\W*$`: what is said of the amount right before it.
    # (Each branch's pattern read when a text calls for it: a process runs few of them.)
    before = compile_branches(
        data["not_a_penalty"]["before_amount"], r"\b(?:", r")\W*$", re.IGNORECASE, lazily=True
    )
    sentence = compile_branches(  # the pattern of `_source(…)`
        data["not_a_penalty"]["sentence"], r"\b(?:", r")\b", re.IGNORECASE, lazily=True
    )
    return _Vocabulary(
        actions={name: _guarded(data["actions"][name]["patterns"]) for name in ACTIONS},
        statuses={name: _guarded(data["statuses"][name]["patterns"]) for name in _NEGATIVE_FIRST},
        not_penalty_before=before.pattern,
        not_penalty_after=compiled(
            "|".join(f"(?:{p})" for p in data["not_a_penalty"]["after_amount"]), re.IGNORECASE
        ),
        not_penalty_sentence=sentence.pattern,
        accrued_before=compiled(
            rf"\b(?:{'|'.join(f'(?:{p})' for p in data['accrued']['before_amount'])})\W*$",
            re.IGNORECASE,
        ),
        accrued_after=compiled(
            "|".join(f"(?:{p})" for p in data["accrued"]["after_amount"]), re.IGNORECASE
        ),
        redress_before=compiled(
            rf"\b(?:{'|'.join(f'(?:{p})' for p in data['redress']['before_amount'])})\W*$",
            re.IGNORECASE,
        ),
        redress_after=compiled(
            "|".join(f"(?:{p})" for p in data["redress"]["after_amount"]), re.IGNORECASE
        ),
        not_penalty_before_branches=before,
        not_penalty_sentence_branches=sentence,
    )


class _Chooser:
    """`GuardedBranches.pattern_for` of several kinds (each action, or each outcome) for one
    text, from one look for all their words (`needles.WordBits`, shared by the actions and
    the outcomes: `_have`) instead of each kind testing each of its words in turn.
    pattern_for's answer depends only on which of the kind's words the text has: whether it
    has one word of each set the kind needs, and which sets of its branches' words it has
    one of (`GuardedBranches.pattern_with`). Each word sets, in one number, the bits of the
    sets it is one of: each kind's needed sets, then (shifted past them) its branches'
    sets, so that a text's number, cut into each kind's bits, answers both at once."""

    def __init__(self, kinds: dict[str, GuardedBranches], bits: dict[str, int], at: int) -> None:
        """The kinds' words' bits are added to `bits`, from bit `at` on (to `self.end`)."""
        layout = []
        for kind, guard in kinds.items():
            needs_at = at
            for number, words in enumerate(guard.needles):
                for word in words:
                    bits[word] = bits.get(word, 0) | 1 << (at + number)
            at += len(guard.needles)
            sets_at = at
            width = 0
            for word, sets in zip(guard.words, guard.word_bits, strict=True):
                bits[word] = bits.get(word, 0) | sets << at
                width = max(width, sets.bit_length())
            at += width
            needs = (1 << len(guard.needles)) - 1
            layout.append((kind, guard, needs_at, needs, sets_at, (1 << width) - 1))
        self.layout = tuple(layout)
        self.end = at

    def patterns(self, text: str) -> Iterator[tuple[str, re.Pattern[str]]]:
        """(kind, pattern to run on the text) for each kind that may match it, in order."""
        have = _have(text)
        for kind, guard, needs_at, needs, sets_at, sets in self.layout:
            if have >> needs_at & needs != needs:
                continue  # pattern_for's may_match: a set of needed words has none present
            pattern = guard.for_sets(have >> sets_at & sets)
            if pattern is not None:
                yield kind, pattern


@cache
def _choosers() -> tuple[_Chooser, _Chooser, WordBits]:
    """The actions' chooser, the outcomes', and the look for the words of both."""
    vocab = vocabulary()
    bits: dict[str, int] = {}
    actions = _Chooser(vocab.actions, bits, 0)
    statuses = _Chooser(vocab.statuses, bits, actions.end)
    return actions, statuses, WordBits(bits)


@lru_cache(maxsize=1024)  # each sentence is asked for its actions and for its outcomes
def _have(text: str) -> int:
    return _choosers()[2](lookup_form(text))


def _actions_chooser() -> _Chooser:
    return _choosers()[0]


def _statuses_chooser() -> _Chooser:
    return _choosers()[1]


def mentions_action(text: str) -> bool:
    """Cheap first test: could this text state an enforcement action at all? (What one
    pattern of every action's words would find, asked of each action's.)"""
    return any(pattern.search(text) is not None for _, pattern in _actions_chooser().patterns(text))


def find_actions(text: str) -> list[Match]:
    found = []
    for kind, pattern in _actions_chooser().patterns(text):
        found.extend(Match(kind, m.start(), m.end()) for m in pattern.finditer(text))
    # An "overdue penalty payment" is one action, not also a "penalty" fine.
    found.sort(key=lambda m: (m.start, -(m.end - m.start), ACTIONS.index(m.kind)))
    kept: list[Match] = []
    for match in found:
        if not any(
            k.start <= match.start < k.end or match.start <= k.start < match.end for k in kept
        ):
            kept.append(match)
    return kept


# "If it fails to comply, the inspectorate may impose …", "whether it has paid": a status
# in a condition or a question is not one the text states. Nor is what a restriction lasts
# until: "bars X from lending until it has replaced its collection agents".
# Nor is one the writer cannot vouch for: "we are not aware that an appeal has been filed",
# "there is no indication that the fine has been paid"; nor a duty to see it done.
_CONDITION = compiled(
    r"\b(?:if|unless|until|should|whether|in\s+case|in\s+the\s+event(?:\s+that)?"
    r"|not\s+aware\s+(?:that|of)|no\s+(?:sign|indication|evidence|record|confirmation)\s+that"
    # … nor a duty: "failing to ensure that the company complied with the requirements"
    r"|ensur(?:e|es|ed|ing))"
    r"\b[^.;,:]{0,40}$",
    re.IGNORECASE,
)


# "has not lodged an appeal", "never filed a lawsuit": an appeal denied. There is no status
# for that (a decision not appealed is simply not "appealed"), so the statement is dropped.
_DENIED = compiled(r"\b(?:not|never|n[o']t)\s+(?:yet\s+|even\s+|ever\s+)?$", re.IGNORECASE)
_DENIABLE = frozenset({"appealed", "paid", "complied"})
# A denial of several parties at once: "neither the company nor Mr Ito has (yet) appealed".
_NEITHER_NOR = compiled(r"\bneither\b[^.;]{1,100}?\bnor\b[^.;]{1,80}$", re.IGNORECASE)
# "a company can settle by paying half of the fine", "X may appeal within 30 days": what the
# law allows, not what anyone did. (Lower case: "on 14 May" is a date.)
_POSSIBLE = compiled(r"\b(?:can|could|may|might)\b[^.;,:]{0,40}$")
# "within the deadline for challenging the decision in court", "the right to appeal": likewise.
_ALLOWED = compiled(
    r"\b(?:deadline|time\s+limit|period|right|time|option|possibility|opportunity|days|weeks"
    r"|months)\s+(?:for|to|of)\s+$",
    re.IGNORECASE,
)
# "has closed its dispute with the authority", "to settle the dispute": a dispute that ended.
_DISPUTE_ENDED = compiled(
    r"\b(?:(?:clos|settl|resolv)(?:e|es|ed|ing)|end(?:s|ed|ing)?)\s+(?:its|the|their|his|her"
    r"|this|that|a)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _not_stated(kind: str, text: str, m: re.Match[str]) -> bool:
    """A status the text names without stating it: a condition, a possibility, a denial, a
    dispute that is over."""
    before = text[max(0, m.start() - 50) : m.start()]
    if _CONDITION.search(before) or _POSSIBLE.search(before):
        return True
    if kind in _DENIABLE and _DENIED.search(text, max(0, m.start() - 20), m.start()):
        return True
    if kind in _DENIABLE and _NEITHER_NOR.search(text, max(0, m.start() - 200), m.start()):
        return True  # "neither the company nor its director has appealed"
    if kind in {"appealed", "disputed"} and _ALLOWED.search(before):
        return True
    return (
        kind == "disputed"
        and m.group().lower().startswith("disput")
        and bool(_DISPUTE_ENDED.search(before))
    )


def find_statuses(text: str) -> list[Match]:
    kept: list[Match] = []
    for kind, pattern in _statuses_chooser().patterns(text):
        for m in pattern.finditer(text):
            if _not_stated(kind, text, m):
                continue
            overlapping = [k for k in kept if k.start < m.end() and m.start() < k.end]
            # A longer statement wins over a word inside it: "is contesting its fine in court"
            # is an appeal, not only the "contesting" a company's side says.
            if overlapping and all(
                m.start() <= k.start and k.end <= m.end() and (k.end - k.start) < len(m.group())
                for k in overlapping
            ):
                kept = [k for k in kept if k not in overlapping]
                overlapping = []
            if not overlapping:
                kept.append(Match(kind, m.start(), m.end()))
    return sorted(kept, key=lambda m: m.start)


def is_penalty_amount(text: str, start: int, end: int | None = None) -> bool:
    """False for an amount that is a cap, a turnover, a valuation or funding."""
    vocab = vocabulary()
    # 100 characters: "turnover for the financial year ending 31 March 2023 as £640 million".
    if _matches_in(vocab.not_penalty_before_branches, text[max(0, start - 100) : start]):
        return False
    if end is not None and vocab.not_penalty_after.match(text, end):
        return False
    return not _names_no_penalty(text)


@lru_cache(maxsize=1024)  # asked once for each amount the sentence has
def _names_no_penalty(text: str) -> bool:
    return _matches_in(vocabulary().not_penalty_sentence_branches, text)


def _matches_in(branches: GuardedBranches, text: str) -> bool:
    """`branches.pattern.search(text) is not None`: whether the alternation matches anywhere
    is whether one of its branches does, and a branch whose words the text lacks cannot (the
    patterns of ~100 branches, each tried at every character, cost ~0.15 ms a search)."""
    pattern = branches.pattern_for(lookup_form(text))
    return pattern is not None and pattern.search(text) is not None


def is_accrued_amount(text: str, start: int, end: int) -> bool:
    """True for a sum run up under a periodic penalty already imposed ("has forfeited €120,000
    in penalty payments"): that penalty's consequence, not a new one."""
    vocab = vocabulary()
    return bool(
        vocab.accrued_before.search(text[max(0, start - 60) : start])
        or vocab.accrued_after.match(text, end)
    )


def is_redress_amount(text: str, start: int, end: int) -> bool:
    """True for compensation, refunds or back pay ordered paid to those harmed ("ordered it
    to compensate farmers KSh 2 million", "$85,000 in arrears of wages"): no penalty."""
    vocab = vocabulary()
    return bool(
        vocab.redress_before.search(text[max(0, start - 60) : start])
        or vocab.redress_after.match(text, end)
    )


@cache
def foreign_court_name() -> str:
    """A regular expression (no groups) for a court named in its own language: "Tribunale di
    Roma", "Cour d'appel de Paris", "Tribunal Supremo", "Oberlandesgericht Düsseldorf"."""
    data = load_toml("enforcement.toml")["courts"]

    def either(patterns: list[str]) -> str:
        return "|".join(f"(?:{p})" for p in patterns)

    qualifier = rf"\s+(?:{either(data['qualifiers'])})\b"
    seat = rf"\s+(?:{either(data['prepositions'])})[\w’'-]+"
    return (
        rf"(?:(?:{either(data['words'])})\b(?:{qualifier}|{seat}){{0,4}}"
        rf"|(?:{either(data['words_then_seat'])})\b(?:\s+[A-ZÀ-Ž][\w’'-]+)?)"
    )


@cache
def speaker_pattern() -> re.Pattern[str]:
    """Someone saying something: "Clearview says", "the company said", "Ton-That told AFP".
    `who` is the (up to four) words before the reporting verb."""
    verbs = load_toml("enforcement.toml")["attribution"]["verbs"]
    alternation = "|".join(f"(?:{v})" for v in verbs)
    return compiled(
        rf"(?P<who>\b[\w’'&.-]+(?:\s+[\w’'&.-]+){{0,3}})\s+(?:{alternation})\b", re.IGNORECASE
    )
