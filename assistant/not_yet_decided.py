"""A decision asked for that the sources say is still to come: "what did the Conseil d'État
decide in X's appeal?" when the story says "The Conseil d'État has not yet ruled" or that
operators "are waiting for the Conseil d'État's judgment".

Follow-up reporting tells of a court (or a regulator) still to decide in words like "has
not yet ruled", "is yet to decide", "has yet to rule", "has still to give its judgment",
"waiting for the court's ruling". Asked what that body decided, the answer
is that the sources do not say — with the sentence saying it has not decided — never a
near passage about the case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

# "what did the CSJ decide on …", "how did the high court rule …", "what has the tribunal
# decided about …": the body asked about, and its decision.
_ASKS_DECISION = re.compile(
    r"^\W*(?:(?:and|so|but|then)\s+)?(?:what|how)\s+(?:did|has|have|had)\s+(?:the\s+)?"
    r"(?P<body>[^?,;]{2,60}?)\s+(?:decide[ds]?|rul(?:e|ed)|h[eo]ld|f[io]u?nd|conclude[ds]?"
    r"|say|said|determine[ds]?)\b",
    re.I,
)
# The body has not yet decided, said of it: "has not yet ruled", "is yet to decide", "has
# still to rule", "has not (yet) given its judgment".
_NOT_YET = (
    r"(?:ha[sv]e?|had)\s+not\s+(?:yet\s+)?(?:ruled|decided|(?:given|delivered|issued|handed\s+down)"
    r"\s+(?:its|a|any)\s+(?:judgm?ent|ruling|decision|verdict))"
    r"|(?:is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:rule|decide|give|deliver|issue|hand\s+down)"
    r"|(?:ha[sv]e?)\s+(?:still\s+|yet\s+)to\s+(?:rule|decide|give|deliver|issue|hand\s+down)"
)
_WAITING = r"(?:waiting\s+for|awaiting|await)\s+(?:the\s+)?"
_DECISION = r"['’]s?\s+(?:judgm?ent|ruling|decision|verdict)"


def _fold(text: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .casefold()
        .replace("’", "'")
    )


def asked_body(question: str) -> str | None:
    """The body whose decision a question asks for, as the question writes it."""
    match = _ASKS_DECISION.search(question)
    return match.group("body").strip() if match else None


def not_yet_decided(
    question: str,
    articles: Sequence[str],
    body: Callable[[str], str],
) -> tuple[str, int, int] | None:
    """(article, start, end) of a sentence saying the body a question asks the decision of
    has not yet decided, in these articles; None if none says so."""
    asked = asked_body(question)
    if asked is None:
        return None
    words = [re.escape(w) for w in re.findall(r"[\w'’]+", _fold(asked))]
    if not words:
        return None
    name = r"\s+".join(words)
    said = re.compile(
        rf"\b{name}\s+(?:\([^)]{{1,80}}\)\s+)?(?:{_NOT_YET})\b|\b{_WAITING}{name}{_DECISION}\b",
        re.I,
    )
    for article_id in articles:
        text = body(article_id)
        folded = _fold(text)
        if len(folded) != len(text):
            continue  # positions would not line up
        match = said.search(folded)
        if match is None:
            continue
        start = max(text.rfind(". ", 0, match.start()) + 2, text.rfind("\n", 0, match.start()) + 1)
        stop = re.compile(r"[.!?](?=\s|$)").search(text, match.end())
        return article_id, start, stop.end() if stop else len(text)
    return None
