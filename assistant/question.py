"""Checks a question must pass before any search: one clear line when it cannot be asked."""

from __future__ import annotations

import re
import unicodedata

from .errors import BadQuestion
from .lexicon import Lexicon

_LANGUAGE_NAMES = {
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)


def clean_question(question: str, lexicon: Lexicon, max_chars: int) -> str:
    """The question with control characters removed and white space collapsed, or BadQuestion."""
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in question)
    text = " ".join(text.split())
    if not text:
        raise BadQuestion("the question is empty; type what you want to know")
    if len(text) > max_chars:
        raise BadQuestion(
            f"the question is {len(text):,} characters long; the limit is {max_chars:,}"
            " (ask about one thing at a time)"
        )
    words = _WORD.findall(text)
    letters = [c for w in words for c in w]
    if letters and sum(1 for c in letters if _is_latin(c)) < len(letters) / 2:
        raise BadQuestion(
            "the question is not in English; the assistant understands English questions only"
        )
    language = lexicon.foreign_language(words)
    if language:
        name = _LANGUAGE_NAMES.get(language, language)
        raise BadQuestion(
            f"the question looks like {name}; the assistant understands English questions only"
        )
    return text


def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")
