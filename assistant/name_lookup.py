"""Finding any of several hundred fixed names in text as one regular expression alternation
would, without compiling or running that alternation.

`(?<![\\w])(?:the\\s+)?(Name 1|Name 2|…)(?![\\w])`, case-insensitive, tried at every word of
every sentence, cost more than everything else done to read a law; its compiling cost a
tenth of a second per process, and most sentences name no law at all. Here the names are
first looked up by their words: a name can only match where each of its ASCII words (or
words of letters without case, "個人情報") stands whole in the text, so a dict from a word
to the names filed under it gives the few candidates. Only those are then tried, at the
places they occur (found by plain string search in the text folded as re.IGNORECASE folds
it; a name with cased letters of other scripts by a small pattern of its own), in the order
the alternation's backtracking would try them, so the result is the alternation's to the
character.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .pattern_cache import compiled

_WORD_RUN = compiled(r"\w+")
_WORD_CHAR = compiled(r"\w")
_THE = compiled(r"the\s+", re.IGNORECASE)
# The characters besides A-Z that re.IGNORECASE matches to an ASCII letter: "İ" and "ı" to
# "i", "ſ" to "s", the Kelvin sign to "k". Folded like this (and lower-cased), any word that
# matches a name's word looks that word up.
_ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_TWINS = "\u0130\u0131\u017f\u212a"


@lru_cache(maxsize=4096)  # a sentence is looked up for many patterns' words
def lookup_form(text: str) -> str:
    """The text as words are looked up. Every character stays one character and keeps being
    a word character or not, so the words of the result are the looked-up words of the text."""
    # None of the four, nothing to translate (a translation reads a non-ASCII text a
    # character at a time: twenty times as long as looking for them).
    if text.isascii() or not any(map(text.__contains__, _TWINS)):
        return text.lower()
    return text.translate(_ASCII_TWINS).lower()


def _uncased(char: str) -> bool:
    """A character a pattern matches only as itself, whatever its case flag."""
    return char.lower() == char == char.upper()


def folds_plainly(text: str) -> bool:
    """ASCII, or letters without case: matched case-insensitively as folded."""
    return text.isascii() or all(c.isascii() or _uncased(c) for c in text)


def _lookup_words(form: str) -> tuple[frozenset[str], str | None]:
    """Words of a name that stand whole in any text the name matches: its runs of word
    characters that are ASCII or without case, between characters without case (a space,
    "-", "/") — matched only as themselves, so they end the text's word there too. And the
    one of them the name starts with, if any: a name may start inside a word of the text."""
    if form.isascii():  # most names: every run qualifies, between ASCII non-word characters
        runs = _WORD_RUN.findall(form.lower())
        leading = runs[0] if runs and _WORD_CHAR.match(form) else None
        return frozenset(runs), leading
    words, leading = set(), None
    for run in _WORD_RUN.finditer(form):
        word = run.group()
        bounds = form[run.start() - 1 : run.start()] + form[run.end() : run.end() + 1]
        if folds_plainly(word) and all(_uncased(c) for c in bounds):
            words.add(word.lower())
            leading = word.lower() if run.start() == 0 else leading
    return frozenset(words), leading


class _Filed:
    """A name filed under one of its words. (A plain class: ~760 are made a process, and a
    frozen dataclass's making costs twice as much.)"""

    __slots__ = ("index", "inner", "leading", "words")

    def __init__(
        self, index: int, words: frozenset[str], inner: frozenset[str], leading: str | None
    ) -> None:
        self.index = index
        self.words = words  # all its lookup words
        self.inner = inner  # those but the one it starts with
        self.leading = leading


@dataclass(frozen=True)
class Candidates:
    """The names a text may have, and the text as they are looked for in it."""

    text: str
    folded: str  # lookup_form(text): as long as the text, character for character
    indexes: tuple[int, ...]  # into NameTable.forms, in its order


class NameTable:
    """Names in the order an alternation tries them; `exact` ones match only as written."""

    def __init__(self, forms: Sequence[str], exact: Collection[str] = ()) -> None:
        if any(not form or form[0].isspace() for form in forms):
            raise ValueError("a name is empty or starts with a space")
        self.forms = tuple(forms)
        self.exact = frozenset(exact)
        words = [_lookup_words(form) for form in self.forms]
        # Each name is filed under the word fewest names share ("Gramm", not "act").
        shared = Counter(word for form_words, _ in words for word in form_words)
        filed: dict[str, list[_Filed]] = {}
        for index, (form_words, leading) in enumerate(words):
            if form_words:
                rarest = (
                    min(form_words, key=lambda w: (shared[w], -len(w), w))
                    if len(form_words) > 1
                    else next(iter(form_words))
                )
                inner = form_words - {leading} if leading in form_words else form_words
                entry = _Filed(index, form_words, inner, leading)
                filed.setdefault(rarest, []).append(entry)
        self._filed = {word: tuple(entries) for word, entries in filed.items()}
        self._always = tuple(i for i, (form_words, _) in enumerate(words) if not form_words)
        # How each name is found: as written in the text (one matched only as written), as
        # folded in the text folded (a name of ASCII and letters without case: a character
        # matches its like case-insensitively exactly when the two fold alike), else by a
        # pattern of its own.
        self._needles: list[tuple[bool, str] | None] = [
            (False, form)
            if form in self.exact
            else (True, form.lower())
            if folds_plainly(form)
            else None
            for form in self.forms
        ]
        self._patterns: dict[int, re.Pattern[str]] = {}

    # --- Which names a text may have ------------------------------------------------------

    def candidates(self, text: str, inside_words: bool = False) -> Candidates:
        """The names whose lookup words the text has (and, when written in ASCII, that it
        has whole). `inside_words`: for names that may start inside a word, their first word
        may end one of the text's."""
        folded = lookup_form(text)
        words = set(_WORD_RUN.findall(folded))
        if inside_words:
            endings = {w[i:] for w in words for i in range(len(w))}
            entries = [e for w in endings & self._filed.keys() for e in self._filed[w]]
            found = [
                e.index
                for e in entries
                if e.inner <= words and (e.leading is None or e.leading in endings)
            ]
        else:
            entries = [e for w in words & self._filed.keys() for e in self._filed[w]]
            found = [e.index for e in entries if e.words <= words]
        found = [i for i in found if self._in(text, folded, i)]
        return Candidates(text, folded, tuple(sorted([*self._always, *found])))

    def _in(self, text: str, folded: str, index: int) -> bool:
        needle = self._needles[index]
        return needle is None or needle[1] in (folded if needle[0] else text)

    # --- Matching them as the alternation would --------------------------------------------

    def _pattern(self, index: int) -> re.Pattern[str]:
        """A name with characters of other scripts that have case: where it starts."""
        pattern = self._patterns.get(index)
        if pattern is None:
            pattern = self._patterns[index] = re.compile(
                f"(?={re.escape(self.forms[index])})", re.IGNORECASE
            )
        return pattern

    def _at(self, found: Candidates, index: int, at: int) -> bool:
        """Whether the name matches at `at` (as long as it is: a character for each)."""
        needle = self._needles[index]
        if needle is None:
            return self._pattern(index).match(found.text, at) is not None
        folded, written = needle
        return (found.folded if folded else found.text).startswith(written, at)

    def _places(self, found: Candidates, index: int) -> Iterator[int]:
        """Every place the name starts, overlapping ones too."""
        needle = self._needles[index]
        if needle is None:
            yield from (m.start() for m in self._pattern(index).finditer(found.text))
            return
        folded, written = needle
        haystack = found.folded if folded else found.text
        at = haystack.find(written)
        while at >= 0:
            yield at
            at = haystack.find(written, at + 1)

    def ways(self, found: Candidates, at: int) -> Iterator[tuple[int, int]]:
        """(start, end) of the name for each way `(?:the\\s+)?(names)` matches at `at`, in the
        order the regular expression engine tries them: after "the" and its spaces (all of
        them: no name starts with a space), then without it; the names in their order."""
        the = _THE.match(found.text, at)
        for start in (the.end(), at) if the else (at,):
            for index in found.indexes:
                if self._at(found, index, start):
                    yield start, start + len(self.forms[index])

    def starts(self, found: Candidates) -> list[int]:
        """Every place a way of `ways` can start: where a name starts, and where a "the"
        starts whose spaces run up to one."""
        text = found.text
        names = {at for index in found.indexes for at in self._places(found, index)}
        with_the = []
        for start in names:
            space = start
            while space > 0 and text[space - 1].isspace():  # str.isspace is \s
                space -= 1
            if space < start and space >= 3 and _THE.match(text, space - 3):
                with_the.append(space - 3)
        return sorted({*names, *with_the})

    def whole_names(self, found: Candidates) -> list[tuple[int, int, int]]:
        """(match start, name start, name end) of each match of
        `(?<![\\w])(?:the\\s+)?(names)(?![\\w])` as `finditer` would give them."""
        text, matches, reached = found.text, [], 0
        for at in self.starts(found):
            if at < reached or (at and _WORD_CHAR.match(text, at - 1)):
                continue
            for start, end in self.ways(found, at):
                if not _WORD_CHAR.match(text, end):
                    matches.append((at, start, end))
                    reached = end
                    break
        return matches
