"""Finding any of several hundred fixed names in text as one regular expression alternation
would, without compiling or running that alternation.

`(?<![\\w])(?:the\\s+)?(Name 1|Name 2|…)(?![\\w])`, case-insensitive, tried at every word of
every sentence, cost more than everything else done to read a law; its compiling cost a
tenth of a second per process, and most sentences name no law at all. Here the names are
first looked up by their words: a name can only match where each of its ASCII words (or
words of letters without case, "個人情報") stands whole in the text, so a dict from a word
to the names filed under it gives the few candidates. Only candidates are then tried, each
by its own small pattern, at the places it occurs, in the order the alternation's
backtracking would try them, so the result is the alternation's to the character.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from functools import cached_property

_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_THE = re.compile(r"the\s+", re.IGNORECASE)
# The characters besides A-Z that re.IGNORECASE matches to an ASCII letter: "İ" and "ı" to
# "i", "ſ" to "s", the Kelvin sign to "k". Folded like this (and lower-cased), any word that
# matches a name's word looks that word up.
_ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def lookup_form(text: str) -> str:
    """The text as words are looked up. Every character stays one character and keeps being
    a word character or not, so the words of the result are the looked-up words of the text."""
    return text.translate(_ASCII_TWINS).lower()


def _uncased(char: str) -> bool:
    """A character a pattern matches only as itself, whatever its case flag."""
    return char.lower() == char == char.upper()


def _lookup_words(form: str) -> frozenset[str]:
    """Words of a name that stand whole in any text the name matches: its runs of word
    characters that are ASCII or without case, between characters without case (a space,
    "-", "/") — matched only as themselves, so they end the text's word there too."""
    words = set()
    for run in _WORD_RUN.finditer(form):
        word = run.group()
        bounds = form[run.start() - 1 : run.start()] + form[run.end() : run.end() + 1]
        if all(c.isascii() or _uncased(c) for c in word) and all(_uncased(c) for c in bounds):
            words.add(word.lower())
    return frozenset(words)


class NameTable:
    """Names in the order an alternation tries them; `exact` ones match only as written."""

    def __init__(self, forms: Sequence[str], exact: Collection[str] = ()) -> None:
        if any(not form or form[0].isspace() for form in forms):
            raise ValueError("a name is empty or starts with a space")
        self.forms = tuple(forms)
        self.exact = frozenset(exact)
        words = [_lookup_words(form) for form in self.forms]
        # Each name is filed under the word fewest names share ("Gramm", not "act").
        shared = Counter(word for form_words in words for word in form_words)
        filed: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for index, form_words in enumerate(words):
            if form_words:
                rarest = min(form_words, key=lambda w: (shared[w], -len(w), w))
                filed.setdefault(rarest, []).append((index, form_words))
        self._filed = {word: tuple(entries) for word, entries in filed.items()}
        self._always = tuple(i for i, form_words in enumerate(words) if not form_words)
        self._patterns: dict[int, re.Pattern[str]] = {}
        self._scans: dict[int, re.Pattern[str]] = {}

    # --- Which names a text may have ------------------------------------------------------

    @staticmethod
    def words(text: str) -> set[str]:
        return set(_WORD_RUN.findall(lookup_form(text)))

    @staticmethod
    def endings(text: str) -> set[str]:
        """Every ending of every word: for names that may start inside a word."""
        return {w[i:] for w in _WORD_RUN.findall(lookup_form(text)) for i in range(len(w))}

    def candidates(self, words: set[str]) -> tuple[int, ...]:
        """Indexes of the names all of whose lookup words are among `words`, in order."""
        found = list(self._always)
        for word in words & self._filed.keys():
            found += [index for index, needed in self._filed[word] if needed <= words]
        return tuple(sorted(found))

    @cached_property
    def everything(self) -> tuple[int, ...]:
        return tuple(range(len(self.forms)))

    # --- Matching them as the alternation would --------------------------------------------

    def _pattern(self, index: int) -> re.Pattern[str]:
        pattern = self._patterns.get(index)
        if pattern is None:
            form = self.forms[index]
            flags = 0 if form in self.exact else re.IGNORECASE
            pattern = self._patterns[index] = re.compile(re.escape(form), flags)
        return pattern

    def _scan(self, index: int) -> re.Pattern[str]:
        """Every place the name starts, overlapping ones included."""
        pattern = self._scans.get(index)
        if pattern is None:
            inner = self._pattern(index)
            pattern = self._scans[index] = re.compile(f"(?={inner.pattern})", inner.flags)
        return pattern

    def ways(self, text: str, at: int, indexes: Sequence[int]) -> Iterator[tuple[int, int]]:
        """(start, end) of the name for each way `(?:the\\s+)?(names)` matches at `at`, in the
        order the regular expression engine tries them: after "the" and its spaces (all of
        them: no name starts with a space), then without it; the names in their order."""
        the = _THE.match(text, at)
        for start in (the.end(), at) if the else (at,):
            for index in indexes:
                match = self._pattern(index).match(text, start)
                if match:
                    yield start, match.end()

    def starts(self, text: str, indexes: Sequence[int]) -> list[int]:
        """Every place a way of `ways` can start: where a name starts, and where a "the"
        starts whose spaces run up to one."""
        found = sorted({m.start() for index in indexes for m in self._scan(index).finditer(text)})
        with_the = []
        for start in found:
            space = start
            while space > 0 and text[space - 1].isspace():  # str.isspace is \s
                space -= 1
            if space < start and space >= 3 and _THE.match(text, space - 3):
                with_the.append(space - 3)
        return sorted({*found, *with_the})

    def whole_names(self, text: str, indexes: Sequence[int]) -> list[tuple[int, int, int]]:
        """(match start, name start, name end) of each match of
        `(?<![\\w])(?:the\\s+)?(names)(?![\\w])` as `finditer` would give them."""
        found: list[tuple[int, int, int]] = []
        reached = 0
        for at in self.starts(text, indexes):
            if at < reached or (at and _WORD_CHAR.match(text, at - 1)):
                continue
            for start, end in self.ways(text, at, indexes):
                if not _WORD_CHAR.match(text, end):
                    found.append((at, start, end))
                    reached = end
                    break
        return found
