"""Who paid, who did not: "which of the chains has paid up?", "which retailer hasn't paid its
spot fine?" is answered by the sentence saying a party paid (or has not), naming it as the
subject of the payment. Several parties fined in one story are told apart there: the
recorded outcomes of actions may sit on the wrong party when one sentence names several."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .pattern_cache import compiled
from .readers import Quote
from .spared import _SENTENCE, _fullest, _subject

# "which … has paid", "who hasn't paid", "which of them paid up", "which firm is yet to pay"
ASKS_WHICH_PAID = compiled(
    r"^\W*(?:and\s+)?(?:which|who)\b[^?]{0,80}?\b(?:(?:has|have|had|did)(?:\s+not|n['’]t)?\s+"
    r"(?:yet\s+|already\s+|still\s+|actually\s+)?(?:paid|pay)|paid|(?:is|are)\s+(?:still\s+)?yet\s+to\s+pay"
    r"|still\s+owes?)\b",
    re.I,
)
# The question asks for the party that has not paid.
_ASKS_UNPAID = compiled(
    r"\b(?:(?:has|have|had|did)(?:\s+not|n['’]t)|not|never|yet\s+to|still\s+owes?)\b", re.I
)
_SANCTION = r"(?:fine|penalty|surcharge|sanction|notice|amount|sum)s?"
# A party's own payment, as the subject of the verb: "X has paid", "X said it had already paid
# its fine", "X paid the penalty in March".
_PAID_SAID = compiled(
    r"\b(?:has|have|had)\s+(?:already\s+|since\s+|now\s+)?paid\b(?!\s+(?:only|part|half|\S+\s+of\b))"
    rf"|\bpaid\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?{_SANCTION}\b(?!\s+in\s+part)",
    re.I,
)
_UNPAID_SAID = compiled(
    r"\b(?:has|have|had)\s+(?:still\s+)?(?:not|n['’]t|never)\s+(?:yet\s+)?paid\b"
    r"|\b(?:hasn['’]t|haven['’]t|hadn['’]t)\s+(?:yet\s+)?paid\b"
    r"|\b(?:is|are|was|were)\s+(?:still\s+)?yet\s+to\s+pay\b|\b(?:has|have|had)\s+yet\s+to\s+pay\b"
    r"|\b(?:did\s+not|didn['’]t|failed\s+to|refused\s+to)\s+pay\b",
    re.I,
)
# Words before the verb that make it no statement of the party's own payment: a condition
# ("if X has not paid"), or another's duty ("ordered X to pay").
_NOT_A_STATEMENT = compiled(r"\b(?:if|unless|whether|until|once|when|ordered|required)\b", re.I)


def paid_party(
    article_ids: Sequence[str],
    body: Callable[[str], str],
    quote: Callable[[str, int, int], Quote],
    question: str,
) -> tuple[str, Quote] | None:
    """The party a sentence of these articles says paid (or, asked which has not, has not
    paid), by its fullest name in that article, with that sentence."""
    unpaid = bool(_ASKS_UNPAID.search(question))
    pattern = _UNPAID_SAID if unpaid else _PAID_SAID
    for article_id in article_ids:
        text = body(article_id)
        for sentence in _SENTENCE.finditer(text):
            said = pattern.search(sentence.group())
            if said is None or (not unpaid and _UNPAID_SAID.search(sentence.group())):
                continue
            before = sentence.group()[: said.start()]
            if _NOT_A_STATEMENT.search(before):
                continue
            name = _subject(before)
            if name is None:
                continue
            return _fullest(name, text), quote(article_id, sentence.start(), sentence.end())
    return None


# "which firm paid the biggest fine?", "who paid more?": a comparison of amounts, not whether
# a party paid.
_COMPARES = compiled(
    r"\b(?:most|least|more|less|largest|biggest|highest|lowest|smallest|heaviest|how\s+much)\b",
    re.I,
)


def asks_which_paid(question: str) -> bool:
    return bool(ASKS_WHICH_PAID.search(question)) and not _COMPARES.search(question)
