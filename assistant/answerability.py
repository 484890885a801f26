"""Words a question depends on that the sources never use: the surest sign they cannot answer.

"Did Clearview pay the UK fine in instalments?" — nothing mentions instalments, so saying
"No" (the UK fine is unpaid) would answer a different question. A word counts as known when
its stem, a synonym's stem, or a near spelling (a typo: "Clearveiw") is in the index.
Only noun-like words are held to this: verbs and adverbs are paraphrase ("ignoring its order"
for "failed to comply"), and framing words ("memo", "according to") are not about the facts.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from .datafiles import load_toml
from .dates import find_dates
from .lexical import _stem_phrase, fts_query, synonyms_of
from .lexicon import Lexicon
from .parties import fold
from .provisions import find_instruments, instrument_names
from .question_parse import Query, status_phrase_words
from .store import IndexReader

_VERBAL = re.compile(r"(?:ing|ed|ly)$")


# "doesn't", "won't", "they're": grammar, not a subject the sources might lack.
_CONTRACTION = re.compile(
    r"n['’]t$|['’](?:re|ll|ve|d|m)$"
    # typed without the apostrophe: "whats", "doesnt", "hasnt"
    r"|^(?:what|that|who|where|when|how|there|here)s$"
    r"|^(?:is|was|are|were|has|have|had|do|does|did|wo|ca|could|would|should)nt$"
)


def unknown_words(
    query: Query, reader: IndexReader, lexicon: Lexicon, respondents: set[str]
) -> list[str]:
    """Specific words of the question the sources never use: names ("Meta", "Rome") and
    uncommon words ("instalments"). Everyday words ("kept", "rate") are paraphrase."""
    vocabulary = reader.vocabulary()
    if not vocabulary:
        return []
    named = {fold(w) for m in lexicon.mentions(query.text) for w in re.findall(r"\w+", m.text)}
    if query.kind == "calculation":
        # "the maximum under Art. 83(5) GDPR": the calculators know the law from their data.
        named |= {
            fold(w)
            for _, start, end in find_instruments(query.text)
            for w in re.findall(r"\w+", query.text[start:end])
        }
        # "by the end of December 2024": a date the user gives is an input, like a number.
        named |= {fold(w) for d in find_dates(query.text, None) for w in re.findall(r"\w+", d.text)}
    named |= {fold(w) for w in status_phrase_words(query)}  # "going to fight the fine"
    # "fined rm1m": an amount the question gives, not a word the sources must use
    named |= {fold(w) for m in query.money for w in re.findall(r"\w+", m.text)}
    common = common_words()
    missing = []
    for match in re.finditer(r"[^\W\d_](?:\w|['’-])+", query.text):
        word = re.sub(r"['’]s$", "", match.group()).strip("-'’")  # "4%-or-€20m": "or"
        folded = fold(word)  # "Saúde" is "saude", as the index and the respondents hold it
        capitalised = (
            word[0].isupper()
            and match.start() > 0
            and not query.text[: match.start()].rstrip().endswith((".", "?", "!", ":"))
        )
        if (
            len(folded) < 3
            or folded in lexicon.stopwords
            or folded in lexicon.framing
            or folded in named
            or folded in respondents
            or folded in _NEVER_UNKNOWN
            or _VERBAL.search(folded)
            or _CONTRACTION.search(folded)
            or (folded in common and not capitalised)
        ):
            continue
        mixed = any(c.isdigit() for c in folded)  # "Company3": a name, whole or not at all
        if (
            not (_known_exactly(folded, vocabulary) if mixed else _known(folded, vocabulary))
            and not _names_a_currency(word)
            and not reader.articles_from_outlets({word})  # "in the Privacy Ledger issue"
            and not _in_titles(folded, reader)
        ):
            missing.append(word)
    if missing:
        # "the TCP Code" when the sources write "Telecommunications Consumer Protections Code":
        # a law they name, under another of its names. (Read only now: the names of every
        # law compile to one pattern that costs a cold question ~80 ms.)
        known_laws = {
            fold(w)
            for law, start, end in find_instruments(query.text)
            if any(
                all(_stem_phrase(w) in vocabulary for w in re.findall(r"\w+", name))
                for name in instrument_names(law)
            )
            for w in re.findall(r"\w+", query.text[start:end])
        }
        missing = [w for w in missing if fold(w) not in known_laws]
    return list(dict.fromkeys(missing))


def _in_titles(word: str, reader: IndexReader) -> bool:
    """A word of a headline ("ILT fines three hauliers") is the sources' own, even when the
    article's sentences never repeat it."""
    return len(word) >= 4 and reader.titles_mention(_stem_phrase(fold(word)))


def _names_a_currency(word: str) -> bool:
    """ "PLN", "zloty", "francs": part of an amount or a rate the question states, which a
    calculation uses whether or not the sources spell the currency that way."""
    from .money import find_money

    return any(m.money for m in find_money(f"1 {word}"))


def _known(word: str, vocabulary: frozenset[str]) -> bool:
    stems = {_stem_phrase(word), *(_stem_phrase(s) for s in synonyms_of(word))}
    if any(s in vocabulary for stem in stems for s in stem.split()):
        return True
    if word.casefold() in common_words():
        return False  # "weather" is a word of its own, not a misspelt "whether"
    stem = _stem_phrase(word)
    # (a misspelling keeps its first letter: "airtel" is not a misspelt "cartel")
    return len(stem) >= 5 and bool(
        difflib.get_close_matches(
            stem, [w for w in vocabulary if w[:1] == stem[:1]], n=1, cutoff=0.8
        )
    )


@cache
def common_words() -> frozenset[str]:
    """Whole words of the model's vocabulary: a proxy for everyday English."""
    from .embed import model_dir

    with open(model_dir() / "vocab.txt", encoding="utf-8") as handle:  # one piece a line
        return frozenset(filter(str.isalpha, handle.read().split()))


def correct_spelling(question: str, reader: IndexReader, lexicon: Lexicon) -> str:
    """Replace words the sources never use by a close one they do ("paymnet", "Clearveiw"),
    and write regulators' acronyms typed in lower case as the sources do ("the kftc")."""

    def acronym(match: re.Match[str]) -> str:
        word = match.group()
        before = re.search(r"([^\W\d_]+)\W*$", question[: match.start()])
        if (
            word in common_words()
            and before is not None
            and before.group(1).casefold() not in lexicon.stopwords
        ):
            # "oistins auto mart": an everyday word inside a name typed in lower case is no
            # regulator's acronym (Belarus's MART); "the sec", "by the mart" may be.
            return word
        return lexicon.acronym(word) or word

    question = re.sub(r"\b[^\W\d_]{3,6}\b", acronym, question)
    vocabulary = reader.vocabulary()
    if not vocabulary:
        return question
    question = _written_out(question, vocabulary)
    named: set[str] | None = None  # the regulators and places the question names

    def fix(match: re.Match[str]) -> str:
        nonlocal named
        word = match.group()
        folded = word.casefold()
        if (  # cheapest first: most words are known to the sources
            len(folded) < 5
            or folded in lexicon.stopwords
            # Without accents, as the index holds them: "Persónuvernd" is no misspelling.
            or _known_exactly(fold(folded), vocabulary)
            or folded in common_words()
        ):
            return word
        if named is None:
            named = {
                w.casefold() for m in lexicon.mentions(question) for w in re.findall(r"\w+", m.text)
            }
        if folded in named:  # "Garante" is a regulator, not a misspelt "grant"
            return word
        if synonyms_of(folded):  # "penalise" where the sources write "fined": a known word
            return word
        # Only a word with the same first letter: a typo seldom changes it, and a name the
        # sources never use ("airtel") is no misspelt everyday word ("cartel").
        initial = fold(folded)[:1]
        close = difflib.get_close_matches(
            folded, [w for w in vocabulary if len(w) >= 4 and w[:1] == initial], n=1, cutoff=0.8
        )
        if not close:
            return word
        written = _as_written(close[0], reader)
        return written if word.islower() else written.capitalize()

    return re.sub(r"[^\W\d_]{5,}", fix, question)


def _as_written(stemmed: str, reader: IndexReader) -> str:
    """The word the sources write for a stem the vocabulary holds: "decison" is closest to
    "decis", which the sources write "decision" (a stem alone names nothing to search)."""
    # (a prefix query: the index stems what it is asked, and a stem stemmed again may differ)
    rows = reader.lexical_top_sentences(fts_query([stemmed]) + "*", 1)
    if rows:
        body = reader.article_body(rows[0].article_id)[rows[0].start : rows[0].end]
        for word in re.findall(r"[^\W\d_]+", body):
            if _stem_phrase(word) == stemmed:
                return word.casefold()
    return stemmed


def _written_out(question: str, vocabulary: frozenset[str]) -> str:
    """Shorthand written out ("incl" -> "including", "pax" -> "passengers"), unless the
    sources use the shorthand themselves. Only a lower-case word on its own is shorthand:
    "Inc." after a name is a company's legal form, "€5bn" an amount."""
    shorthand = _shorthand()

    def expand(match: re.Match[str]) -> str:
        word = match.group()
        full = shorthand.get(word)
        if full is None or _known_exactly(word, vocabulary):
            return word
        return full

    return re.sub(r"(?<![\w€$£¥.-])[a-z]+\b(?![.'’-]\w)", expand, question)


@cache
def _shorthand() -> dict[str, str]:
    return dict(load_toml("shorthand.toml")["shorthand"])


def _known_exactly(word: str, vocabulary: frozenset[str]) -> bool:
    return _stem_phrase(word) in vocabulary


# Abbreviations of provisions and currency names are understood, never "unknown".
_NEVER_UNKNOWN = frozenset(
    {"art", "arts", "sec", "secs", "reg", "regs", "para", "paras", "i.e", "e.g"}
) | frozenset(
    name.casefold()
    for currency in load_toml("currencies.toml")["currency"]
    for name in currency["names"]
)


# Words that put a question in the sources' world even when nothing else in it does.
_DOMAIN = re.compile(
    r"\b(?:fine[sd]?|penalt\w*|sanction\w*|regulat\w*|watchdog|authorit\w*|privacy|data|gdpr"
    r"|breach\w*|law\w*|court\w*|complian\w*|consent|settle\w*|enforce\w*|investigat\w*"
    r"|appeal\w*|commission\w*|decision\w*|ruling\w*|violat\w*|infring\w*|order\w*)\b",
    re.I,
)


def off_topic_words(
    query: Query, reader: IndexReader, lexicon: Lexicon, respondents: set[str]
) -> list[str]:
    """ "Who won the 2024 Champions League final?": a question naming no company, regulator
    or place and no enforcement word, most of whose words the sources never use, is about
    something else — even if one of its everyday words ("final") turns up somewhere."""
    # A place alone does not: "what's the weather in Madrid this weekend?"
    if (
        query.respondents
        or query.authorities
        or query.money
        or query.dates
        or query.durations
        or _DOMAIN.search(query.text)
    ):
        return []
    vocabulary = reader.vocabulary()
    if not vocabulary:
        return []
    content = [
        w
        for w in dict.fromkeys(query.words)
        if w not in lexicon.stopwords
        and w not in lexicon.framing
        and w not in respondents
        and len(w) > 2
        and not any(c.isdigit() for c in w)
        and not _CONTRACTION.search(w)
        and not any(m.kind == "jurisdiction" for m in lexicon.mentions(w))
    ]
    missing = [w for w in content if not _known(w, vocabulary) and not _in_titles(w, reader)]
    return missing if len(missing) >= 2 and 2 * len(missing) >= len(content) else []
