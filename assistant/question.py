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
    # NFC like the articles: "Liberte\u0301s" typed on a Mac must match "Libertés".
    text = unicodedata.normalize("NFC", " ".join(text.split()))
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
    language = _foreign_language(words, lexicon)
    if language:
        name = _LANGUAGE_NAMES.get(language, language)
        raise BadQuestion(
            f"the question looks like {name}; the assistant understands English questions only"
        )
    return text


def _foreign_language(words: list[str], lexicon: Lexicon) -> str | None:
    """`Lexicon.foreign_language`, which gives up at the first English stopword, plus the
    questions it lets through because a few of their words are English too ("a" in Spanish,
    "was" in Dutch): several words of one other language and more than twice as many as
    English stopwords. Regulators' own names ("Commission nationale de l'informatique et des
    libertés") stay far below that inside an English question."""
    language = lexicon.foreign_language(words)
    if language:
        return language
    lowered = [w.casefold() for w in words]
    english = sum(1 for w in lowered if w in lexicon.stopwords)
    best, hits = None, 0
    for code, vocabulary in lexicon.foreign_words.items():
        count = sum(1 for w in lowered if w in vocabulary)
        if count > hits:
            best, hits = code, count
    return best if hits >= 2 and hits > 2 * english else None


def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")
