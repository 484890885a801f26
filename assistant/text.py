"""Sentence spans with character offsets, and chunks of whole sentences.

Everything here works on offsets into an article body and never copies or rewrites text,
so a span can always be quoted back exactly: `body[span.start:span.end]`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import syntok.segmenter

from .pattern_cache import compiled

# A line ending a sentence: terminal punctuation, then optional closing quotes/brackets.
_ABBREVIATED_CURRENCY = compiled(r"\b(?:kr|Kr|Rs|Kč|kn|Ft|zł|Dhs)\.\s+$")
# "Resolution No. RA-0912", "Case Nr. C-311/18": a number sign before a reference.
_NUMBER_SIGN = compiled(r"\b(?:No|Nos|Nr|no|nr)\.\s+$")
# "from 2. March 2026": the day written as an ordinal with a full stop (Nordic and German
# usage, kept in translations) before a month and a year, after a word that introduces a
# date (not "voted 5 to 2. May 2024 brought …").
_DAY_ORDINAL = compiled(
    r"\b(?:from|on|until|till|by|since|before|after|dated|decided|made|of)\s+\d{1,2}\.\s+$", re.I
)
_MONTH_YEAR = compiled(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{4}\b"
)
_REFERENCE = compiled(r"\(?[\w/.-]*\d")  # "No. (20) of 2018", as the UAE numbers laws
# A legal form's full stop, then a word that opens sentences, not names.
_FORM_THEN_OPENER = compiled(
    r"\b(?:Ltd|Inc|Corp|Co|Plc|plc|LLC|LLP|Pty|GmbH|AG|S\.A|N\.V|B\.V|S\.L|S\.p\.A|S\.r\.l)\.\s+"
    r"(?=(?:Under|In|On|At|After|Before|But|However|It|Its|He|She|They|Their|This|That|These"
    r"|Those|According|Separately|Meanwhile|Last|Earlier|Since|When|While|Although|Both"
    r"|There|Following|Despite|If|Once|Until|Now|Then|Later|Today|Yesterday)\b)"
)
_ENDS_SENTENCE = compiled(r"[.!?:;…][\"'”’»)\]]*$")
_STARTS_BLOCK = compiled(r"^\s*([-*•·#>]|\d+[.)]\s)")
_BLANK_LINES = compiled(r"\n[ \t]*\n")
_ALNUM = re.compile(r"\w")
# Lines longer than this are whole paragraphs (web text, trafilatura output), not lines of
# a hard-wrapped paragraph (Markdown written in an editor, e-mail).
_WRAPPED_LINE_MAX = 100
# The subject of a sentence is in the one before: a pronoun or demonstrative opens it, or it
# points back at "these/those/such" things. How news copy chains sentences, not a list of
# particular sentences.
_NEEDS_PREVIOUS = compiled(
    r"^\W*(?:(?:however|but|and|also|still|yet|instead|meanwhile|moreover)\W+)?"
    r"(?:these|those|this|that|it|its|they|their|them|such|he|she|his|her|both|neither|"
    r"the (?:company|firm|group|startup|start-up|regulator|watchdog|authority|agency|body|"
    r"fine|penalty|decision|order|sanction|ruling))\b"
    r"|\b(?:none|all|each|any|some|most|either|neither) of (?:these|those|them|which|the above)\b"
    r"|\b(?:these|those|such) (?:fines|penalties|sanctions|orders|decisions|breaches|violations)\b",
    re.IGNORECASE,
)
# A sentence that continues a list begun before it ("X has also fined …", "Similar fines …").
_CONTINUES = compiled(r"\b(?:also|similar(?:ly)?|likewise|too|as well|in addition|another)\b", re.I)
CONTEXT_SENTENCES = 2  # at most this many earlier sentences complete one


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def paragraphs(body: str) -> list[Span]:
    """Blocks that a sentence never crosses: blank-line blocks, split at hard line breaks."""
    result: list[Span] = []
    block_start = 0
    for match in [*_BLANK_LINES.finditer(body), None]:
        block_end = match.start() if match else len(body)
        result.extend(_split_block(body, block_start, block_end))
        if match:
            block_start = match.end()
    return result


def _split_block(body: str, start: int, end: int) -> list[Span]:
    lines: list[Span] = []
    pos = start
    while pos <= end:
        nl = body.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        lines.append(Span(pos, line_end))
        if nl == -1:
            break
        pos = nl + 1
    lines = [ln for ln in lines if body[ln.start : ln.end].strip()]
    if not lines:
        return []
    width = max(len(body[ln.start : ln.end].strip()) for ln in lines)
    if width > _WRAPPED_LINE_MAX:
        return lines
    # Hard-wrapped text: join lines until one ends a sentence, is short (a heading, the
    # last line of a paragraph) or the next starts a list item or heading.
    result: list[Span] = []
    current = lines[0]
    for line, following in itertools.pairwise(lines):
        text = body[line.start : line.end].strip()
        hard = (
            _ENDS_SENTENCE.search(text) is not None
            or len(text) < width / 2
            or _STARTS_BLOCK.match(body[following.start : following.end]) is not None
            or text.startswith("#")
        )
        if hard:
            result.append(current)
            current = following
        else:
            current = Span(current.start, following.end)
    result.append(current)
    return result


def sentences(body: str) -> list[Span]:
    """Sentence spans of the body, in order, trimmed of surrounding white space.

    Spans with no letter or digit (a lone "×", a rule of dashes) are left out.
    """
    return list(_sentences(body))


# The extractor segments an article's body again where one party's story continues in the
# next sentence (`parties.named_after`): ~5 % of reading an article, for the same spans. A
# build segments each article (`indexer.prepare`) up to `_QUEUED_ARTICLES` (256) ahead of
# reading its facts, so the cache holds more than that: with 8, the bodies segmented for a
# build were gone by the time the extractor asked, and each was segmented twice (~10 % of
# extraction). Bounded, for the TUI's long-lived process (~10 kB an article).
@lru_cache(maxsize=512)
def _sentences(body: str) -> tuple[Span, ...]:
    result: list[Span] = []
    for para in paragraphs(body):
        text = body[para.start : para.end]
        starts = [
            sentence[0].offset
            for paragraph in syntok.segmenter.analyze(text)
            for sentence in paragraph
            if sentence
        ]
        # "of kr. 5,000", "Rs. 2 crore": a currency written with a full stop does not end a
        # sentence before its amount, nor "No." before a reference ("No. RA-0912").
        starts = [
            begin
            for begin in starts
            if not (
                _ABBREVIATED_CURRENCY.search(text, 0, begin) and text[begin : begin + 1].isdigit()
            )
            and not (_NUMBER_SIGN.search(text, 0, begin) and _REFERENCE.match(text, begin))
            and not (_DAY_ORDINAL.search(text, 0, begin) and _MONTH_YEAR.match(text, begin))
        ]
        # "fined Quayside Tours Ltd. Under the Act, …": syntok reads "Ltd." as an
        # abbreviation inside the sentence unless "The" follows; a word that opens sentences
        # after a company's legal form starts one.
        starts = sorted({*starts, *(m.end() for m in _FORM_THEN_OPENER.finditer(text))})
        # A sentence ends where the next begins: robust to tokens whose value syntok
        # rewrites (it joins "exam-\nple"), which would make offset + len(value) wrong.
        for index, begin in enumerate(starts):
            finish = starts[index + 1] if index + 1 < len(starts) else len(text)
            span = _trim(body, para.start + begin, para.start + finish)
            if span and _ALNUM.search(body, span.start, span.end):
                result.append(span)
    return tuple(result)


def rough_sentence(text: str, start: int, end: int | None = None) -> Span:
    """The stretch of `text` around start..end from the last ". " or line break before it to
    the next ". " after it: for an answer reading a quote or body around one figure, where
    the indexed sentence spans are not at hand (it does not know abbreviations: "Ltd. " ends
    it, as `sentences` would not)."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    closing = text.find(". ", start if end is None else end)
    return Span(opening, closing if closing >= 0 else len(text))


def _trim(body: str, start: int, end: int) -> Span | None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def context_starts(body: str, spans: Sequence[Span]) -> list[int]:
    """For each sentence, the index of the earliest sentence it must be quoted with.

    "To date, none of these penalties have been paid" needs the sentence before it; if that
    one continues an enumeration ("The UK has also imposed …"), the one before that too —
    at most `CONTEXT_SENTENCES` back, never across a paragraph break.
    """
    paragraph_starts = [p.start for p in paragraphs(body)]
    paragraph = [bisect.bisect_right(paragraph_starts, span.start) for span in spans]
    starts = []
    for index in range(len(spans)):
        earliest = index
        for hop in range(CONTEXT_SENTENCES):
            text = body[spans[earliest].start : spans[earliest].end]
            needs = _NEEDS_PREVIOUS.search(text) or (hop > 0 and _CONTINUES.search(text))
            if earliest == 0 or not needs or paragraph[earliest - 1] != paragraph[earliest]:
                break
            earliest -= 1
        starts.append(earliest)
    return starts


TokenOffsets = Callable[[str], list[tuple[int, int]]]


def fit_to_tokens(
    body: str,
    spans: Sequence[Span],
    counts: Sequence[int],
    max_tokens: int,
    token_offsets: TokenOffsets,
) -> tuple[list[Span], list[int]]:
    """Split sentences longer than `max_tokens` word pieces into pieces that fit.

    A run-on "sentence" (a table flattened to text, a page with no full stops) would
    otherwise be cut off silently by the model. Pieces break between word pieces, preferring
    a break after white space.
    """
    out_spans: list[Span] = []
    out_counts: list[int] = []
    for span, count in zip(spans, counts, strict=True):
        if count <= max_tokens:
            out_spans.append(span)
            out_counts.append(count)
            continue
        offsets = token_offsets(body[span.start : span.end])
        first = 0
        while first < len(offsets):
            last = min(first + max_tokens, len(offsets))
            if last < len(offsets):
                # Back off to a word boundary when one is close.
                for candidate in range(last, max(first + max_tokens // 2, first + 1), -1):
                    if offsets[candidate][0] > offsets[candidate - 1][1]:
                        last = candidate
                        break
            piece = _trim(body, span.start + offsets[first][0], span.start + offsets[last - 1][1])
            if piece:
                out_spans.append(piece)
                out_counts.append(last - first)
            first = last
    return out_spans, out_counts


def pack_chunks(
    counts: Sequence[int], max_tokens: int, overlap_tokens: int
) -> list[tuple[int, int]]:
    """Group consecutive sentences into chunks of at most `max_tokens` word pieces.

    Returns inclusive (first, last) sentence indices. Each chunk after the first repeats the
    previous chunk's closing sentences, up to `overlap_tokens`, but always moves forward.
    """
    chunks: list[tuple[int, int]] = []
    n = len(counts)

    def extend(first: int) -> int:
        last, total = first, counts[first]
        while last + 1 < n and total + counts[last + 1] <= max_tokens:
            last += 1
            total += counts[last]
        return last

    first = 0
    while first < n:
        last = extend(first)
        chunks.append((first, last))
        if last + 1 >= n:
            break
        next_first = last + 1
        overlap = 0
        while next_first - 1 > first and overlap + counts[next_first - 1] <= overlap_tokens:
            next_first -= 1
            overlap += counts[next_first]
        # Overlap only if the next chunk still gets past this one with it; else start fresh.
        first = next_first if extend(next_first) > last else last + 1
    return chunks


# Where readers' comments begin on a saved page: "Comments Filter:", "This discussion has been
# archived", "• by alice ( 196126 ) on Wednesday May 10, 2023 @10:43AM", "42 comments".
_COMMENTS = compiled(
    r"^\s*(?:comments?\s+filter:|this\s+discussion\s+has\s+been\s+archived|\d+\s+comments?\s*$|"
    r"(?:[•*-]\s*)?by\s+\S[^\n]{0,40}\(\s*\d+\s*\)\s+on\s+\w+day\b|leave\s+a\s+(?:comment|reply))",
    re.IGNORECASE | re.MULTILINE,
)


def comments_start(body: str) -> int:
    """Offset where a comment section starts, or len(body) when there is none."""
    match = _COMMENTS.search(body)
    return match.start() if match else len(body)


# A box of links to other stories: "**Related**", "Read more:", "See also", then a list. Its
# lines are headlines of other cases ("Sawmill worker's death: company fined $425,000
# (2022)"), not what this article reports.
_LINK_BOX = compiled(
    r"^[ \t#>*_]*(?:related(?:[ \t]+(?:stories|articles|coverage|news|content|reading))?|"
    r"read[ \t]+more|more[ \t]+on[ \t]+this(?:[ \t]+story)?|see[ \t]+also|further[ \t]+reading|"
    r"you[ \t]+may[ \t]+also[ \t]+like|also[ \t]+read)[ \t*_:]*\n(?:[ \t]*\n)?"
    r"((?:[ \t]*[-*\u2022][^\n]*(?:\n|$))+)",
    re.IGNORECASE | re.MULTILINE,
)


def link_boxes(body: str) -> list[tuple[int, int]]:
    """The spans of the lists of links to other stories in `body`."""
    return [m.span(1) for m in _LINK_BOX.finditer(body)]
