"""Who got off: "which of the makers got off without paying a surcharge?" is answered by
the sentence saying a party escaped, avoided or was spared the sanction (often under a
leniency programme) — a party with no recorded action, so read from the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .people import legal_forms
from .readers import Quote

# The question asks for a party that was not sanctioned.
ASKS_SPARED = re.compile(
    r"\b(?:got|get|gets|getting)\s+(?:off|away)\b|\bescap(?:e|ed|es)\b|\bavoid(?:ed|s)?\b|\bspared\b"
    # "without a fine", "without a cofece fine": a word may name whose fine it would be
    r"|\bimmunity\b|\bwithout\s+(?:paying|being\s+(?:fined|penali[sz]ed|sanctioned)|an?\s+(?:[\w-]+\s+)?(?:fine|penalty|surcharge|sanction))\b"
    # "which one wasn't fined", "who was not penalised" (not "who was fined": the ones that were)
    r"|\b(?:(?:was|were)\s+not|wasn['’]t|weren['’]t)\s+(?:fined|penali[sz]ed|sanctioned)\b"
    r"|\bnot\s+(?:fined|penali[sz]ed|sanctioned)\b"
    # "which producer didn't settle?": the party left out of a settlement
    r"|\b(?:didn['’]?t|did\s+not|never|refused\s+to|declined\s+to|won['’]?t)\s+settle\b"
    r"|\bnot\s+(?:part\s+of|among|in|party\s+to)\s+the\s+settlements?\b",
    re.I,
)
# A question about the party that did not settle, answered by the sentence saying so.
ASKS_NOT_SETTLED = re.compile(
    r"\b(?:didn['’]?t|did\s+not|never|refused\s+to|declined\s+to|won['’]?t)\s+settle\b"
    r"|\bnot\s+(?:part\s+of|among|in|party\s+to)\s+the\s+settlements?\b",
    re.I,
)
_SANCTION = r"(?:fines?|penalt(?:y|ies)|surcharges?|sanctions?|sanction\s+fees?|forfeitures?|levy)"
# A sentence saying a party got off: "Okubo escaped a surcharge because it was the first to
# report the cartel", "A fourth firm, Pegaso, avoided a fine under the leniency programme",
# "Rivermark was granted full immunity", "Tallis was spared a penalty", "Kern was not fined".
_SPARED_SAID = re.compile(
    rf"\b(?:escaped|avoided|evaded|was\s+spared|were\s+spared)\s+(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+)?{_SANCTION}\b"
    # "was granted full exemption from the fine under the leniency programme"
    r"|\b(?:was|were)\s+(?:granted|given|awarded)\s+(?:full\s+|total\s+|conditional\s+)?(?:immunity|exemption)\b"
    r"|\b(?:received|obtained|secured|won|got)\s+(?:full\s+|total\s+|conditional\s+)?(?:immunity|exemption)\b"
    r"|\b(?:was|were)\s+(?:not|never)\s+(?:fined|penali[sz]ed|sanctioned)\b"
    rf"|\b(?:was|were)\s+exempt(?:ed)?\s+from\s+(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+)?{_SANCTION}\b",
    re.I,
)
# "A fourth producer, Moulouya Feeds, did not request a settlement", "X declined to settle",
# "X refused the settlement offer", "X is not party to the settlement".
_NOT_SETTLED_SAID = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|never)\s+(?:request(?:ed)?|s[oe]ught|seek|appl(?:y|ied)\s+for"
    r"|ask(?:ed)?\s+for|enter(?:ed)?\s+into|accept(?:ed)?|sign(?:ed)?|agree(?:d)?\s+to|take\s+part\s+in|join(?:ed)?)"
    r"\s+(?:an?\s+|the\s+|any\s+)?settlements?\b"
    r"|\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|chose\s+not\s+to)\s+settle\b"
    r"|\b(?:declined|refused|rejected|turned\s+down)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?settlement\b"
    r"|\b(?:is|was)\s+not\s+(?:a\s+)?(?:party\s+to|part\s+of)\s+the\s+settlements?\b",
    re.I,
)
# A party let off with a commitment (an undertaking) it offered instead of a sanction,
# asked as "which lab got off with a commitment instead of a fine?"
_ASKS_COMMITMENT = re.compile(r"\b(?:commitments?|undertakings?|pledges?)\b", re.I)
_COMMITMENT_ACCEPTED = re.compile(
    r"\baccept(?:ed|s)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:commitments?|undertakings?|pledges?)"
    r"(?:\s+\([^)]{1,60}\))?\s+(?:offered|proposed|given|made|submitted)\s+by\s+"
    r"(?P<who>(?:[A-Z][\w&.'’-]*)(?:\s+(?:(?:de|del|la|y)\s+)*[A-Z][\w&.'’-]*|\s+&)*)",
)
# Particles inside a name: "Aire Clínico del Norte", "Grupo de la Costa", "Casa dos Ventos".
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w&.'’-]*)"
    r"(?:\s+(?:(?:de|del|della|des|di|do|dos|da|das|du|la|van|von|y)\s+)*[A-Z][\w&.'’-]*|\s+&)*"
)
# A legal form written in initials, with the particles between them: "S.A. de C.V.",
# "S. de R.L.", "S.A.S.", "S.R.L.".
_INITIALS_FORM = re.compile(r"(?:[A-Z]\.)+(?:\s+(?:de|del|y)\s+(?:[A-Z]\.)+)*,?")
# Capitalised words that open a sentence or a clause, not a name.
_NOT_NAME = frozenset(
    "a an the only but however one another its their this that these those also".split()  # noqa: SIM905
)
# A sentence runs on past a point inside a figure ("3.5") and after a lone capital, an
# initial or a legal form's letters ("Pollos Copán, S.A., which …", "Justice T. Raman").
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\b[A-Z])\.|[.!?](?=[^\s]))+(?:[.!?]+|$)", re.M)


def spared_party(
    article_ids: Sequence[str],
    body: Callable[[str], str],
    quote: Callable[[str, int, int], Quote],
    question: str = "",
) -> tuple[str, Quote] | None:
    """The party a sentence of these articles says got off a sanction (or, asked which did
    not settle, stayed out of a settlement), by its fullest name in that article, with that
    sentence."""
    pattern = _NOT_SETTLED_SAID if ASKS_NOT_SETTLED.search(question) else _SPARED_SAID
    offered = not ASKS_NOT_SETTLED.search(question) and _ASKS_COMMITMENT.search(question)
    for article_id in article_ids:
        text = body(article_id)
        for sentence in _SENTENCE.finditer(text):
            said = pattern.search(sentence.group())
            if said is None and offered:
                # "accepted a cessation commitment offered by X": X got off with it
                # read on past the sentence's end: "offered by Danubia Med S.R.L., a smaller
                # distributor" runs on past the points of the name's legal form
                said = _COMMITMENT_ACCEPTED.search(text, sentence.start(), sentence.end() + 200)
                if said is not None and said.start() >= sentence.end():
                    said = None
                name = _subject(said.group("who")) if said else None
                if name is not None:
                    full = _fullest(name, text)
                    at = text.find(full, said.start("who"))
                    end = sentence.end()
                    if at >= 0 and at + len(full) >= end:
                        rest = re.compile(r"[^.!?\n]*[.!?](?=\s|$)").match(text, at + len(full))
                        end = rest.end() if rest else at + len(full)
                    return full, quote(article_id, sentence.start(), end)
                continue
            if said is None:
                continue
            name = _subject(sentence.group()[: said.start()])
            if name is None:
                continue
            return _fullest(name, text), quote(article_id, sentence.start(), sentence.end())
    return None


def _subject(before: str) -> str | None:
    """The last name before the verb: "A third producer, Mirae Binders, " → Mirae Binders."""
    runs = []
    for run in _NAME_RUN.finditer(before):
        words = run.group().split()
        while words and words[0].casefold() in _NOT_NAME:
            words.pop(0)
        if words:
            runs.append(" ".join(words))
    # "Pollos Copán, S.A., which …", "Granos del Norte, S. de R.L.": a legal form set off by
    # a comma is the name's own
    while len(runs) > 1 and (
        re.fullmatch(rf"(?:{legal_forms()})\.?,?", runs[-1]) or _INITIALS_FORM.fullmatch(runs[-1])
    ):
        runs.pop()
    return runs[-1].rstrip(",") if runs else None


def _fullest(name: str, text: str) -> str:
    """ "Okubo" written in full elsewhere in the article: "Okubo Flow Systems Co"."""
    longer = re.findall(rf"\b{re.escape(name)}(?:\s+(?:[A-Z][\w&.'’-]*|&))*", text)
    return max(longer, key=len, default=name)
