"""Numbers written in English news, with exact character spans: "52 days", "two-month", "4%".

Hand-written rather than a library. Checked on PyPI: `word2number` 1.1 (2017, unmaintained)
reads "three of four" as 34 because it drops words it does not know, and knows neither
"dozen" nor a leading "a"; `text2num` 3.1 (Rust wheel) rejects "a hundred" and "dozen";
`number-parser` 0.3 returns None for both. None of them reports where a number is in the
text (they rewrite it), and spans are what citations need, so the scanning would be ours
anyway; the word grammar that remains is a hundred lines, strict where they guess.

`find_numbers` reports every number it sees, those inside money amounts and dates too
("€20 million" gives 20000000, "13 April 2023" gives 13 and 2023): callers that want counts
drop the spans that overlap `money.find_money` or a date. Ordinals ("second", "21st") are
not quantities and are left out; `parse_number_words` reads them when asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

from .pattern_cache import compiled

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_ORDINALS = {
    "first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
    "ninth": "nine", "twelfth": "twelve",
}  # fmt: skip
# Every word that can be part of a cardinal number (plus "a"/"an" before a scale, "and").
NUMBER_WORDS = frozenset({*_UNITS, *_TENS, *_SCALES, "hundred", "dozen"})
# "two" to "ten", as alternatives to put in a pattern: how enforcement copy counts the
# parties, decisions or breaches of one story in words ("fined three banks", "issued four
# decisions"); larger counts it writes in digits.
SMALL_COUNT_WORDS = "|".join(w for w, n in _UNITS.items() if 2 <= n <= 10)
# Parties counted without being named: "the two flour mills", "both banks", "on several
# wheat flour producers" (a decision's parties; a question's total over them). Group 1 the
# count word, group 2 what is counted. Not "two of the banks", "both its fines".
COUNTED_PARTIES = compiled(
    rf"\b(?:the\s+)?({SMALL_COUNT_WORDS}|several|both)\s+(?!of\b)"
    r"((?:[\w'’&.-]+\s+){0,3}?(?!(?:its|this|his|has|was|is|as|us|does)\b)[a-z'’-]+s)\b",
    re.I,
)

# Digits: "1,234,567.5", "1 000 000", "1.234.567", "40'000" (one kind of separator
# throughout, groups of three) or plain "52", "5.2", "2.500" (`read_digits` tells a dot that
# groups from a point). A number glued to letters ("4G", "MP3", "21st") is not a quantity.
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!,\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![.,]\d)"
    r"|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?!['’]?\d)"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?![ \u00a0\u2009\u202f]?\d)"
    r"|\d+(?:\.\d+)?"
)
_DIGIT_SCALE = (
    r"(?:[ \u00a0-](?i:thousand|million|billion|trillion)|[ \u00a0]?(?i:bn|mn))(?![^\W\d_])"
)
# Longest first (the one order that matters); alphabetical among equals, so that the
# pattern is the same in every run, whatever the set's order.
_WORD = "|".join(sorted(NUMBER_WORDS, key=lambda word: (-len(word), word)))
# A run of number words; "and" only after a scale word ("three hundred and forty two",
# not "two and three"). Which prefix of the run is a number is decided by the parser.
_WORD_RUN = (
    rf"(?i:(?:\ban?[ -]+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"\b(?:{_WORD})\b(?:(?:[ -]+|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))[ ]+and[ ]+)(?:{_WORD})\b)*)"
)
_DURATION = r"(?:day|week|month|year|hour|minute|second)"
# "52 days", "two-month", "30 calendar days", "two more months".
_UNIT = (
    rf"(?P<dur>[ \u00a0-]+(?i:(?:more|additional|further|calendar|working|business|consecutive|full|extra)[ -]+)?"
    rf"(?P<unit>(?i:{_DURATION}))(?i:s)?\b)"
    r"|(?P<pct>[ \u00a0]?%|[ \u00a0]+(?i:per[ ]?cent|percent)\b)"
)
_NUMBER = compiled(
    rf"(?<![\w.,])(?:(?P<digits>{_DIGITS})(?![^\W_]|[.,]\d)(?P<dscale>{_DIGIT_SCALE})?|(?P<words>{_WORD_RUN}))"
    rf"(?:{_UNIT})?"
)
_TOKEN = compiled(r"[^\s-]+")
_MAX_TOKENS = 40


@dataclass(frozen=True)
class NumberMention:
    value: Decimal
    start: int
    end: int
    text: str  # == the text given[start:end], including the unit ("52 days", "4%")
    unit: str | None  # "day", "week", "month", "year", "hour", "minute", "second", "percent"


def parse_number_words(text: str) -> Decimal | None:
    """The number `text` says, or None: "twenty-one" 21, "a hundred" 100, "1,234" 1234.

    The whole text must be one number: "three of four" is None. Ordinals give their
    cardinal ("twenty-first" 21, "21st" 21). Digits may carry a scale ("1.5 million").
    """
    cleaned = " ".join(text.strip().split()).lower()
    if not cleaned:
        return None
    digits = re.fullmatch(
        rf"({_DIGITS})(?:st|nd|rd|th)?(?: (thousand|million|billion|trillion))?", cleaned
    )
    if digits:
        scale = digits.group(2)
        value = read_digits(digits.group(1), scaled=bool(scale))
        return scaled(value, _SCALES[scale]) if value is not None and scale else value
    tokens = [t for t in re.split(r"[ -]+", cleaned) if t]
    if not tokens:  # only hyphens: "-", "--"
        return None
    tokens[-1] = _cardinal(tokens[-1])
    value = _parse_tokens(tokens)
    return Decimal(value) if value is not None else None


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in `text`, digits or words, with its unit when one follows directly."""
    found: list[NumberMention] = []
    for match in _NUMBER.finditer(text):
        unit = _unit_of(match)
        if match.group("digits") is not None:
            scale = match.group("dscale")
            value = read_digits(match.group("digits"), scaled=bool(scale))
            if value is None:
                continue
            if scale:
                value = scaled(value, _scale_of(scale))
            found.append(_mention(text, match.start(), match.end(), value, unit))
            continue
        found.extend(_word_mentions(text, match, unit))
    return found


def find_durations(text: str) -> list[NumberMention]:
    """Numbers followed by a time unit: "52 days", "two months", "two-month", "72-hour"."""
    return [m for m in find_numbers(text) if m.unit not in (None, "percent")]


def scaled(value: Decimal, factor: int) -> Decimal:
    """value × factor exactly, whole numbers without a fraction or exponent.

    5.2 × 10⁶ is Decimal("5200000"), not 5200000.0 nor 5.2E+6. The precision grows with the
    digits so that no product is rounded, however long the number in the text.
    """
    with localcontext() as context:
        context.prec = max(28, len(value.as_tuple().digits) + len(str(factor)) + 2)
        result = value * factor
        return result.quantize(Decimal(1)) if result == result.to_integral_value() else result


def _word_mentions(text: str, match: re.Match[str], unit: str | None) -> list[NumberMention]:
    """Split a run of number words into the longest numbers it holds, left to right."""
    run_start = match.start("words")
    tokens = [
        (t.group(0).lower(), run_start + t.start(), run_start + t.end())
        for t in _TOKEN.finditer(match.group("words"))
    ]
    found: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        # The longest English number worth writing in words is far shorter than this; the cap
        # keeps a pathological run of number words from costing cubic time.
        for j in range(min(len(tokens), i + _MAX_TOKENS), i, -1):
            value = _parse_tokens([t for t, _, _ in tokens[i:j]])
            if value is not None:
                break
        else:
            i += 1  # "and", or "a" that does not start a number
            continue
        start, end = tokens[i][1], tokens[j - 1][2]
        # The unit belongs to the last number of the run only ("three of four months").
        this_unit = unit if j == len(tokens) else None
        if this_unit is not None:
            end = match.end()
        found.append(_mention(text, start, end, Decimal(value), this_unit))
        i = j
    return found


def _parse_tokens(tokens: list[str]) -> int | None:
    """Cardinal English number words, strictly: scales descend, "a" only before a scale."""
    total, i, last_scale = 0, 0, None
    while i < len(tokens):
        group = _group(tokens, i)
        if group is None:
            return None
        value, i = group
        if i < len(tokens) and tokens[i] in _SCALES:
            scale = _SCALES[tokens[i]]
            if last_scale is not None and scale >= last_scale:
                return None
            total, last_scale, i = total + value * scale, scale, i + 1
            if i < len(tokens) and tokens[i] == "and":
                i += 1
                if i == len(tokens):
                    return None
        else:
            total += value
            if i != len(tokens):
                return None
    return total if tokens else None


def _group(tokens: list[str], i: int) -> tuple[int, int] | None:
    """A number below a thousand (times a dozen) starting at tokens[i], and where it ends."""
    first = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if first in ("a", "an"):
        if following not in ("hundred", "dozen", *_SCALES):
            return None
        value, i = 1, i + 1
    elif first == "dozen":
        return 12, i + 1
    elif first == "zero":
        return (0, i + 1) if len(tokens) == 1 else None
    else:
        below = _below_hundred(tokens, i)
        if below is None:
            return None
        value, i = below
    if i < len(tokens) and tokens[i] == "hundred":
        value, i = value * 100, i + 1
        if i + 1 < len(tokens) and tokens[i] == "and":
            i += 1
        rest = _below_hundred(tokens, i) if i < len(tokens) else None
        if rest is not None:
            value, i = value + rest[0], rest[1]
    if i < len(tokens) and tokens[i] == "dozen":
        value, i = value * 12, i + 1
    return value, i


def _below_hundred(tokens: list[str], i: int) -> tuple[int, int] | None:
    word = tokens[i]
    if word in _UNITS and word != "zero":
        return _UNITS[word], i + 1
    if word in _TENS:
        value = _TENS[word]
        if i + 1 < len(tokens) and 0 < _UNITS.get(tokens[i + 1], 0) < 10:
            return value + _UNITS[tokens[i + 1]], i + 2
        return value, i + 1
    return None


def _cardinal(word: str) -> str:
    if word in _ORDINALS:
        return _ORDINALS[word]
    if word.endswith("ieth") and word[:-4] + "y" in _TENS:
        return word[:-4] + "y"
    if word.endswith("th") and word[:-2] in (*_UNITS, "hundred", *_SCALES):
        return word[:-2]
    return word


# Not babel's `parse_decimal`: it needs the writer's locale ("1.234" is 1234 in de_DE and
# 1.234 in en_GB), and a news article declares none; a Swiss amount in an English roundup
# mixes conventions in one text. Nor `price-parser`: one price per string, no spans, no
# scale words. The rule below reads every European convention without a locale.
_GROUP_MARKS = compiled(r"[ \u00a0\u2009\u202f'’]")


def read_digits(digits: str, scaled: bool = False) -> Decimal | None:
    """What a number written in digits is worth, whichever European convention wrote it.

    A space (also no-break, thin or narrow no-break) or an apostrophe ("40'000", also ’)
    always groups thousands. With both a dot and a comma the later one is the decimal mark
    ("1,234.56", "1.234,56"). A lone comma before one or two digits is a decimal comma
    ("2,5"); before groups of three it groups thousands ("1,250"). Dots that group three
    digits twice or more group thousands ("7.552.800"); a single dot before exactly three
    digits does too ("EUR 845.000", "120.000 €"), unless a scale word follows (`scaled`:
    "2.500 million" is 2.5 million) or the number starts with 0 ("0.125").
    """
    plain = _GROUP_MARKS.sub("", digits)
    if "," in plain and "." in plain:
        european = plain.rfind(",") > plain.rfind(".")
        plain = plain.replace(".", "").replace(",", ".") if european else plain.replace(",", "")
    elif "," in plain:
        decimal_comma = re.fullmatch(r"\d+,\d{1,2}", plain)
        plain = plain.replace(",", ".") if decimal_comma else plain.replace(",", "")
    elif plain.count(".") > 1 or (not scaled and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", plain)):
        plain = plain.replace(".", "")
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def _scale_of(scale: str) -> int:
    word = scale.strip(" \u00a0-").lower()
    return {"bn": 10**9, "mn": 10**6}.get(word) or _SCALES[word]


def _unit_of(match: re.Match[str]) -> str | None:
    if match.group("pct"):
        return "percent"
    if match.group("unit"):
        return match.group("unit").lower()
    return None


def _mention(text: str, start: int, end: int, value: Decimal, unit: str | None) -> NumberMention:
    return NumberMention(value, start, end, text[start:end], unit)
