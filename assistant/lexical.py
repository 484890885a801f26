"""Lexical search text: what FTS5 indexes and how a question becomes an FTS5 query.

FTS5's tokenizer drops symbols, so "£7.5 million" would never match "in pounds". Both the
indexed text and the questions therefore spell currency symbols (from currencies.toml)
and "%" out as words. Quotes always come from the article body, never from this text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from . import plain_letters
from .datafiles import load_toml
from .pattern_cache import compiled

# Bump when `searchable` changes: the index stores its output and must be rebuilt.
LEXICAL_VERSION = 8  # 8: letters read plainly (plain_letters); 7: ₽ ₼ ؋ ៛ ₭ ฿ ₪
_WORD = compiled(r"\w+", re.UNICODE)


@cache
def _spelled_symbols() -> tuple[re.Pattern[str], dict[str, str]]:
    data = load_toml("currencies.toml")
    spelled = {"%": "percent"}
    for currency in data["currency"]:
        for symbol in currency["symbols"]:
            # Only symbols the tokenizer would drop: "kr" or "CHF" are words already.
            if len(symbol) == 1 and not symbol.isalnum() and symbol not in spelled:
                spelled[symbol] = f"{currency['names'][0]} {currency['code']}"
    pattern = re.compile("|".join(re.escape(s) for s in sorted(spelled, key=len, reverse=True)))
    return pattern, spelled


# "U.S." tokenizes to two single letters and "US" to the pronoun "us": give the countries a
# word of their own. Case-sensitive, so the pronoun is left alone.
_COUNTRY_ABBREVIATIONS = [
    (compiled(r"\bU\.S\.(?:A\.)?|\bUSA?\b"), "usa"),
    (compiled(r"\bU\.K\.|\bUK\b"), "uk"),
    (compiled(r"\bE\.U\.|\bEU\b"), "eu"),
]


def searchable(text: str) -> str:
    """Text as the FTS5 tables index it (and as questions are matched against it)."""
    text = text.translate(plain_letters.ANY_CASE)  # "Łąkowa" found by "lakowa"
    pattern, spelled = _spelled_symbols()
    text = pattern.sub(lambda m: f"{m.group()} {spelled[m.group()]} ", text)
    for abbreviation, word in _COUNTRY_ABBREVIATIONS:
        text = abbreviation.sub(lambda m, w=word: f"{m.group()} {w} ", text)
    return text


@cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("porter")


@lru_cache(maxsize=8192)
def _stem_phrase(text: str) -> str:
    return " ".join(_stemmer().stemWords(_WORD.findall(text.casefold())))


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Synonym groups keyed by the stem of each member ("photos" and "photo" share one)."""
    groups = load_toml("synonyms.toml")["groups"]
    table: dict[str, tuple[str, ...]] = {}
    for group in groups:
        stems = [_stem_phrase(word) for word in group]  # once per word: the stemmer is slow
        for key in stems:
            others = tuple(w for w, stem in zip(group, stems, strict=True) if stem != key)
            table[key] = tuple(dict.fromkeys((*table.get(key, ()), *others)))
    return table


def query_terms(question: str, stopwords: Iterable[str]) -> list[str]:
    stop = set(stopwords)
    terms: list[str] = []
    for word in _WORD.findall(searchable(question).casefold()):
        if (word not in stop and (len(word) > 1 or word.isdigit())) and word not in terms:
            terms.append(word)
    return terms


def synonyms_of(question: str) -> list[str]:
    """Synonyms of the question's words and two-word phrases ("public relations")."""
    table = _synonyms()
    stems = _stemmer().stemWords(_WORD.findall(question.casefold()))
    keys = [*stems, *(" ".join(pair) for pair in itertools.pairwise(stems))]
    found: list[str] = []
    for key in keys:
        found.extend(w for w in table.get(key, ()) if w not in found)
    return found


def fts_query(terms: Sequence[str], phrases: Sequence[str] = ()) -> str:
    """An FTS5 OR-query with every term quoted: question text can never inject FTS syntax."""
    quoted = [f'"{t.replace(chr(34), chr(34) * 2)}"' for t in terms]
    for phrase in phrases:
        words = _WORD.findall(searchable(phrase).casefold())
        if words:
            quoted.append('"' + " ".join(words) + '"')
    return " OR ".join(dict.fromkeys(quoted))


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A word's Porter stem, as the FTS5 tables index it."""
    return _stemmer().stemWord(word.casefold())


def word_forms(word: str) -> frozenset[str]:
    """Stems that count as `word` when matching text: its own and its one-word synonyms'."""
    return frozenset({stem(word), *(stem(s) for s in synonyms_of(word) if " " not in s)})


def text_stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text)}
