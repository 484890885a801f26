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


def _asked_name(question: str) -> str | None:
    """The body a question asks the decision of, as a pattern of its folded words."""
    asked = asked_body(question)
    words = [re.escape(w) for w in re.findall(r"[\w'’]+", _fold(asked))] if asked else []
    return r"\s+".join(words) if words else None


def not_yet_decided(
    question: str,
    articles: Sequence[str],
    body: Callable[[str], str],
) -> tuple[str, int, int] | None:
    """(article, start, end) of a sentence saying the body a question asks the decision of
    has not yet decided, in these articles; None if none says so."""
    name = _asked_name(question)
    if name is None:
        return None
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


# --- a step still pending before the body asked, or an outcome only planned ------------------
#
# Follow-up copy tells an appeal lodged "with the Utilities Appeal Tribunal … while the appeal
# is pending", a tribunal "which will hear the case in the spring"; a claimant that "will
# seek damages of TND 5 million", "will evaluate whether to file a civil claim"; a regulator
# that "may appeal to the Supreme Court within 30 days". Asked what the tribunal decided, what
# the claimant won or got back, whether the regulator appealed, the answer is that the
# sources do not say, citing that sentence — unless the same articles report the outcome.

# A step still open, said in the sentence that names the body or in the one after it.
_PENDING = re.compile(
    r"\b(?:(?:is|are|remains?|was|were)\s+(?:still\s+)?pending|pending\s+(?:before|at|with)"
    r"|(?:will|is\s+(?:due|expected)\s+to|is\s+scheduled\s+to)\s+(?:hear|rule|decide|consider)"
    r"|(?:has|have)\s+(?:yet\s+)?to\s+(?:hear|rule|decide)|awaiting)\b",
    re.I,
)
# The body decided: "the Court of Appeal has dismissed the appeal", "the tribunal ruled".
_DECIDED = (
    r"(?:\([^)]{1,80}\)\s+)?(?:(?:has|have|had)\s+)?(?:now\s+|since\s+)?(?:ruled|decided|"
    r"dismissed|upheld|quashed|annulled|overturned|set\s+aside|cut|reduced|rejected|allowed|"
    r"confirmed|found|held|struck\s+down|reinstated)\b"
)
# The step is planned or possible, not done: "will seek", "would consider filing", "may
# appeal", "intends to appeal", "has 30 days to appeal", "whether to file".
_PLANNED = (
    r"(?:will|would|shall|may|might|could|can|plans?\s+to|intends?\s+to|aims?\s+to"
    r"|(?:is|are)\s+(?:considering|weighing|preparing\s+to|expected\s+to|likely\s+to)"
    r"|(?:has|have)\s+(?:\w+\s+){1,3}to|(?:consider|evaluate|decide|study)\w*\s+whether\s+to)"
)
# Asked what a claimant got: "how much did the IGSS get back in its civil claim", "how much
# did the federation win in damages", "what compensation has X received".
_ASKS_RECOVERED = re.compile(
    r"\b(?:did|has|have|had)\s+(?:the\s+)?(?P<actor>[^?,;]{2,60}?)\s+(?:get\s+back|got\s+back|"
    r"recover(?:ed)?|win|won|receive[d]?|obtain(?:ed)?|collect(?:ed)?|secure[d]?|get|got|"
    r"been\s+awarded|be\s+awarded|claw(?:ed)?\s+back)\b",
    re.I,
)
_CLAIM = r"(?:claim|damages|compensation|lawsuit|suit|restitution|civil\s+action|indemnit\w+)"
# Done: "has recovered NT$ 12 million in a civil claim", "was awarded damages".
_RECOVERED = re.compile(
    r"\b(?:recovered|won|was\s+awarded|were\s+awarded|awarded|received|obtained|collected|"
    r"secured|got\s+back|clawed\s+back)\b",
    re.I,
)
# Asked whether a party appealed: "has the CBCS appealed the ruling to the joint court".
_ASKS_APPEALED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:has|have|did)\s+(?:the\s+)?(?P<actor>[^?,;]{2,60}?)\s+"
    r"(?:(?:actually|already|now|yet)\s+)?(?:appeal(?:ed)?|challenged?|(?:filed|lodged|launched|"
    r"brought)\s+(?:an?\s+|its\s+)?(?:appeal|challenge))\b",
    re.I,
)
_APPEAL_DONE = (
    r"(?:\([^)]{1,80}\)\s+)?(?:(?:has|have|had)\s+)?(?:now\s+|since\s+|already\s+)?"
    r"(?:appealed|challenged|(?:filed|lodged|launched|brought)\s+(?:an?\s+|its\s+)?"
    r"(?:appeal|challenge))\b"
)
_APPEAL_PLANNED = rf"(?:\([^)]{{1,80}}\)\s+)?(?:{_PLANNED})\s+(?:still\s+|yet\s+)?(?:appeal|challenge|lodge|file)\b"
# Said not done: "no notice of appeal had been filed", "had not filed", "has not appealed".
_NOT_FILED = re.compile(
    r"\bno\s+(?:notice\s+of\s+)?appeal\s+(?:had|has|have)\s+(?:yet\s+)?been\s+(?:filed|lodged)"
    r"|\b(?:had|has|have)\s+not\s+(?:yet\s+)?(?:filed|lodged|appealed)\b"
    r"|\b(?:had|has|have)\s+yet\s+to\s+(?:file|lodge|appeal)\b"
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "its",
        "their",
        "and",
        "in",
        "on",
        "for",
        "to",
        "by",
        "with",
        "at",
        "from",
    ]
)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.!?](?=\s|$)|\n\s*\n", text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for begin, end in spans:
        chunk = text[begin:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            result.append((begin + lead, begin + len(chunk.rstrip())))
    return result


def _words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’]+", _fold(phrase)) if w not in _STOP and len(w) > 1]


def _names(sentence: str, words: Sequence[str]) -> bool:
    """Whether the sentence names every word of the party (a plural "bakers" written
    "Bakers", a name in any case)."""
    return all(re.search(rf"\b{re.escape(w.rstrip('s'))}", sentence) for w in words)


def only_pending(
    question: str, articles: Sequence[str], body: Callable[[str], str]
) -> tuple[str, int, int] | None:
    """(article, start, end) of a sentence saying a step before the body a question asks the
    decision of is still pending ("filed an appeal with the Tribunal … while the appeal is
    pending"), when none of these articles says that body decided."""
    joined = _asked_name(question)
    if joined is None:
        return None
    name = re.compile(rf"\b{joined}\b")
    decided = re.compile(rf"\b{joined}\s+{_DECIDED}")
    found = None
    for article_id in articles:
        text = _fold(body(article_id))
        if len(text) != len(body(article_id)):
            continue  # positions would not line up
        if decided.search(text):
            return None
        spans = _sentences(text)
        for i, (start, end) in enumerate(spans):
            if not name.search(text, start, end):
                continue
            for begin, stop in spans[i : i + 2]:
                if found is None and _PENDING.search(text, begin, stop):
                    found = (article_id, begin, stop)
    return found


def only_planned(
    question: str, articles: Sequence[str], body: Callable[[str], str]
) -> tuple[str, int, int] | None:
    """(article, start, end) of a sentence telling the outcome a question asks for as only
    planned or possible — damages a claimant "will seek", an appeal a regulator "may" bring —
    when none of these articles reports it done."""
    folded = _fold(question)
    recovered = _ASKS_RECOVERED.search(folded) if re.search(rf"\b{_CLAIM}", folded) else None
    appealed = _ASKS_APPEALED.search(folded)
    asked = recovered or appealed
    if asked is None:
        return None
    words = _words(asked.group("actor"))
    if not words:
        return None
    head = re.escape(words[-1].rstrip("s"))
    found = None
    for article_id in articles:
        text = _fold(body(article_id))
        if len(text) != len(body(article_id)):
            continue  # positions would not line up
        for start, end in _sentences(text):
            sentence = text[start:end]
            if recovered:
                if not re.search(rf"\b{_CLAIM}", sentence):
                    continue
                planned = re.search(rf"\b{_PLANNED}\b[^.]*?\b{_CLAIM}", sentence)
                if not planned and _RECOVERED.search(sentence) and _names(text, words):
                    return None  # the outcome is reported, in a story about that party
                if planned and found is None and _names(sentence, words):
                    found = (article_id, start, end)
            else:
                if re.search(rf"\b{head}\w*\s+{_APPEAL_DONE}", sentence):
                    return None  # that party appealed
                if _NOT_FILED.search(sentence):
                    return None  # "no notice of appeal had been filed": a plain no, said
                if found is None and re.search(rf"\b{head}\w*\s+{_APPEAL_PLANNED}", sentence):
                    found = (article_id, start, end)
    return found
