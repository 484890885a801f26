"""Money a question asks for that is not the sanction: what the victims lost, what a company
paid or agreed to pay those it harmed ("how much compensation has X paid out to households",
"how much has X agreed to pay the communities", "how much did the clients lose").

Enforcement stories put such sums beside the fine — a rate of compensation per customer,
losses the victims claim, the value of the trades — and a wrong figure read off them is worse
than none. So the question's kind of money is read, and a figure answers only when the words
that name it in its own sentence are of that kind: the nearest money word before it ("losses
of", "agreed to pay", "fined … ") or the one right after it ("$2m in damages"). A rate per
unit ("GEL 20 per household") is no total paid, unless the question asks per unit.
"""

from __future__ import annotations

import re

from .pattern_cache import compiled

# Those a company pays besides the state: "pay the henry town communities", "paid out to
# households", "pay the affected farmers".
_BENEFICIARIES = (
    r"(?:communit(?:y|ies)|households?|famil(?:y|ies)|villages?|villagers|farmers|fishermen"
    r"|fishers|landowners|homeowners|residents|locals|victims|customers|clients|subscribers"
    r"|consumers|users|passengers|patients|tenants|workers|employees|investors|depositors"
    r"|borrowers|policyholders|savers|shareholders|people)"
)
_ASKS_COMPENSATION = compiled(
    r"\b(?:compensat\w*|damages|redress|restitution|payouts?|paid\s+out)\b"
    r"|\bpa(?:y|id|ying|yments?)\s+(?:out\s+)?(?:to\s+)?(?:the\s+|its\s+|their\s+|those\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_BENEFICIARIES}\b",
    re.I,
)
# "how much did the clients lose", "what were the investors' losses"
_ASKS_LOSS = compiled(r"\b(?:lose|lost|losses|loss)\b", re.I)
# The question itself asks a rate: "how much per household", "to each subscriber".
_ASKS_PER_UNIT = compiled(r"\b(?:per|each|every|apiece|a\s+head)\b", re.I)

# The words that name a figure in its sentence, by kind; the nearest before it decides.
_KIND_WORDS = {
    "loss": r"loss(?:es)?|lost|lose|losing",
    "compensation": r"compensat\w*|damages|redress|restitution|payouts?|pa(?:y|ys|id|ying|yments?)",
    "sanction": r"fine[ds]?|fining|penalt(?:y|ies)|penali[sz]\w*|sanction\w*|surcharges?",
    # what a company pays the state in the ordinary course: "an annual permit fee of US$25,000"
    "fee": r"fees?|tax(?:es)?|royalt(?:y|ies)|levy|levies|charges?|dues",
    "value": r"worth|valued?|value|turnover|revenues?|sales|income|profits?",
    "claim": r"claim\w*|seek\w*|sought|demand\w*|want\w*",
}
_KIND_BEFORE = compiled(
    "|".join(rf"\b(?P<{kind}>{words})\b" for kind, words in _KIND_WORDS.items()), re.I
)
# "$2m in losses", "R5m in compensation", "(about €1m) in damages"
_KIND_AFTER = compiled(
    r"\s*(?:\([^)]*\)\s*)?(?:in|of|as)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?P<loss>loss(?:es)?)|(?P<compensation>compensation|damages|redress|restitution)"
    r"|(?P<sanction>fines?|penalt(?:y|ies)|sanctions?))\b",
    re.I,
)
# A rate per unit after the figure: "GEL 20 per affected household", "to each subscriber".
_PER_UNIT_AFTER = compiled(
    r"\s*(?:\([^)]*\)\s*)?(?:per|each|(?:for|to)\s+(?:each|every))\s+[\w-]+", re.I
)
# How far back the words naming a figure are looked for, within its clause.
_BEFORE = 80
_CLAUSE_END = compiled(r"[.;:!?]\s")


# A penalty named, then what it punished: "penalty on X for not compensating passengers".
_PENALTY_FOR = compiled(
    r"\b(?:fines?|penalt(?:y|ies)|sanctions?|surcharges?)\b[^?]*?\b(?:for|over)\b", re.I
)


def asked_money(question: str) -> str | None:
    """The kind of money the question asks for that is not the sanction: "loss" or
    "compensation" (paid, or agreed, to those harmed); None for any other. Words telling
    what a penalty was for ask for the penalty."""
    for kind, asks in (("loss", _ASKS_LOSS), ("compensation", _ASKS_COMPENSATION)):
        if any(not _PENALTY_FOR.search(question[: m.start()]) for m in asks.finditer(question)):
            return kind
    return None


def figure_kind(text: str, start: int, end: int) -> str | None:
    """What the words naming the figure at text[start:end] say it is: "loss",
    "compensation", "sanction", "value", "claim", or None when nothing names it."""
    after = _KIND_AFTER.match(text, end)
    if after is not None:
        return after.lastgroup
    window = text[max(0, start - _BEFORE) : start]
    # within its own clause: "…, but it did not put a figure on the losses. The firm …"
    window = _CLAUSE_END.split(window)[-1]
    named = [m.lastgroup for m in _KIND_BEFORE.finditer(window)]
    return named[-1] if named else None


def fits_asked(kind: str, question: str, text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] states the kind of money the question asks for; a
    rate per unit states no total, unless the question asks per unit."""
    if figure_kind(text, start, end) != kind:
        return False
    return bool(_ASKS_PER_UNIT.search(question)) or not _PER_UNIT_AFTER.match(text, end)
