"""Words a regular expression cannot match without: a cheap first test before running it.

A pattern like `(?:has|have|had)\\s+(?:already\\s+)?paid\\b` never matches a sentence without
"paid" in it, and most sentences have none of a pattern's words. Looking for the words with
`in` costs a fraction of running the pattern at every position, so a text that has none of
them is not searched at all, and the answer is the same.

The words are read off the pattern's own parse — the one `re` compiles it from, so parsing
costs nothing extra and the words follow any edit of the pattern. They are folded as
`name_lookup.lookup_form` folds text (lower case; the four characters re.IGNORECASE matches
to ASCII letters as those letters) and are looked for in the text folded the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from re import _constants as _c  # the opcodes of the standard library's parse of patterns
from re import _parser

from .name_lookup import folds_plainly, lookup_form
from .pattern_cache import PatternList, compile_pattern, compiled

_MOST_STRINGS = 256  # fixed texts kept for a piece of a pattern before giving up on it
_MOST_NEEDS = 2  # sets of words kept, all needed ("March" and a digit for "3 March 2024")
_IGNORECASE = int(re.IGNORECASE)
_Strings = frozenset[str]
_Needs = tuple[_Strings, ...]  # every match has one word of each set


@dataclass(frozen=True)
class Guarded:
    """A compiled pattern and sets of words (folded): every match contains one word of each
    set. No sets: none known, every text is searched."""

    pattern: re.Pattern[str]
    needles: tuple[tuple[str, ...], ...]

    def may_match(self, folded: str) -> bool:
        """False only when the text, folded, cannot match: it lacks all words of a set."""
        contains = folded.__contains__
        for words in self.needles:  # noqa: SIM110 - a third faster than all(): asked ~700 times an article
            if not any(map(contains, words)):
                return False
        return True


_WORD_RUN = compiled(r"\w+")


class WordBits:
    """For a folded text, the bits of the fixed words (folded, as needles are) it has: the
    union of `bits[w]` over exactly the words `w` with `w in folded`, from one look for all
    of them instead of a substring search for each.

    A word of word characters only is in the text exactly when it is in one of the text's
    runs of word characters (a non-word character, or the text's end, on each side of a
    run stops it), and runs recur from sentence to sentence: each run's words are found
    once, each word of three or more characters looked for only where the run has its first
    three. The few other words are each looked for in the whole text."""

    def __init__(self, bits: dict[str, int]) -> None:
        plain = sorted(w for w in bits if _WORD_RUN.fullmatch(w))
        self._bits = dict(bits)
        self._short = tuple((w, bits[w]) for w in plain if len(w) < 3)
        by_start: dict[str, list[tuple[str, int]]] = {}
        for word in plain:
            if len(word) >= 3:
                by_start.setdefault(word[:3], []).append((word, bits[word]))
        self._by_start = {start: tuple(filed) for start, filed in by_start.items()}
        self._others = tuple((w, bits[w]) for w in sorted(bits) if not _WORD_RUN.fullmatch(w))
        self._in_run: dict[str, int] = {}

    def _of_run(self, run: str) -> int:
        """The bits of the words of word characters in the run."""
        found = 0
        for word, bits in self._short:
            if word in run:
                found |= bits
        by_start = self._by_start
        for start in range(len(run) - 2):
            for word, bits in by_start.get(run[start : start + 3], ()):
                if run.startswith(word, start):
                    found |= bits
        return found

    def __call__(self, folded: str) -> int:
        found = 0
        for word, bits in self._others:
            if word in folded:
                found |= bits
        in_run = self._in_run
        for run in set(_WORD_RUN.findall(folded)):
            bits = in_run.get(run)
            if bits is None:
                if len(in_run) >= 65536:
                    in_run.clear()
                bits = in_run[run] = self._of_run(run)
            found |= bits
        return found


class WordScan:
    """What `WordBits` answers (the union of `bits[w]` over the words `w` in a folded text),
    from one pass of a pattern over the text: for a short text and many words ("not a
    penalty" before an amount: ~440 words, 100 characters), where looking for each word in
    turn, or reading each new run of word characters a character at a time, costs more.

    The pattern finds, at each position of the text, the longest of the words that starts
    there; every other word starting there is a beginning of that one, so its bits are read
    with it. Words of one or two characters, found at almost every
    position, are each looked for in the whole text instead."""

    def __init__(self, bits: dict[str, int]) -> None:
        self._short = tuple((w, bits[w]) for w in sorted(bits) if len(w) < 3)
        words = sorted(w for w in bits if len(w) >= 3)
        self._pattern = compiled(f"(?=({_longest_first(words)}))") if words else None
        self._bits = bits
        self._with_beginnings: dict[str, int] = {}  # a word's bits and its beginnings'

    def __call__(self, folded: str) -> int:
        found = 0
        for word, bits in self._short:
            if word in folded:
                found |= bits
        if self._pattern is not None:
            with_beginnings = self._with_beginnings
            for word in set(self._pattern.findall(folded)):
                bits = with_beginnings.get(word)
                if bits is None:
                    bits = with_beginnings[word] = self._beginnings(word)
                found |= bits
        return found

    def _beginnings(self, word: str) -> int:
        found = 0
        for end in range(3, len(word) + 1):
            found |= self._bits.get(word[:end], 0)
        return found


def _longest_first(words: list[str]) -> str:
    """A pattern matching the words (none empty) that, at a position, matches the longest of
    them starting there: grouped by their first character (at a position one group at most
    can match), each group's rests longest first."""
    rests: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda word: (-len(word), word)):
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        f"{re.escape(first)}(?:{'|'.join(after)})" for first, after in sorted(rests.items())
    )


class GuardSet:
    """`[guard.may_match(folded) for guard in guards]` from one look for all the guards'
    words (`WordBits`): each set of words a guard needs is a bit, set by each of its words;
    a guard may match when the text sets all its bits. For a caller that asks many guards
    of each text (parties' respondent patterns: ~60 a sentence)."""

    def __init__(self, guards: Sequence[Guarded]) -> None:
        bits, masks = _bits_of_sets(guard.needles for guard in guards)
        self._masks = tuple(masks)
        self._words = WordBits(bits)

    def may_match(self, folded: str) -> list[bool]:
        """For each guard, in order, whether the text folded to `folded` may match it."""
        have = self._words(folded)
        return [have & mask == mask for mask in self._masks]


def compile_guarded(source: str, flags: int = 0) -> Guarded:
    """`re.compile(source, flags)` and the pattern's words, read off the parse it is compiled
    from (both kept between processes: pattern_cache)."""
    pattern, needles = compile_pattern(source, flags, _fewest_needles_of, kind=_FEWEST)
    return Guarded(pattern, needles or ())


# The kind of a pattern's entry in pattern_cache whose words are kept as `compile_guarded`
# uses them (`_fewest_of`), not as read (finding the fewest of a big set's words cost a
# process ~7 ms of the patterns it reads).
_FEWEST = "fewest needles"


def _fewest_needles_of(parsed) -> tuple[tuple[str, ...], ...]:
    return _fewest_of(_needles_of(parsed))


def _bits_of_sets(
    items: Iterable[tuple[tuple[str, ...], ...]],
) -> tuple[dict[str, int], list[int]]:
    """Each set of words of each item (a guard's, a branch's) as a bit: the bits each word
    sets, and each item's mask, the bits of all its sets (0 for an item with none)."""
    bits: dict[str, int] = {}
    masks = []
    bit = 1
    for sets in items:
        mask = 0
        for words in sets:
            for word in words:
                bits[word] = bits.get(word, 0) | bit
            mask |= bit
            bit <<= 1
        masks.append(mask)
    return bits, masks


def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a set that contain none of its other words.

    Every use of a set asks only whether a text has one of its words; a text that has
    "appealed" has "appeal", so when "appeal" is in the set "appealed" can never change the
    answer, and looking for it only costs time (dates' "apr", "apr.", "april" are "apr")."""
    if len(words) <= 8 or "" in words:
        return tuple(
            word for word in words if not any(other in word for other in words if other != word)
        )
    # Many words (up to 256): each word's shorter pieces looked up, not every other word
    # looked for in it (another word is in it exactly when one of its pieces is that word).
    present = frozenset(words)
    shortest = min(map(len, words))
    return tuple(word for word in words if not _holds_one(word, present, shortest))


def _holds_one(word: str, present: frozenset[str], shortest: int) -> bool:
    """Whether a piece of `word` shorter than it (of `shortest` characters or more) is one of
    `present`."""
    length = len(word)
    for size in range(shortest, length):
        for start in range(length - size + 1):
            if word[start : start + size] in present:
                return True
    return False


@dataclass(frozen=True)
class GuardedBranches(Guarded):
    """`before(?:(?:b1)|(?:b2)|…)after` compiled whole (`pattern`), and each branch's words.

    A branch whose words a text lacks cannot match anywhere in it, so the alternation without
    it tries the same branches in the same order at every position and finds the same matches:
    `pattern_for` runs only the branches a text has the words of (`Alternation`: each branch
    compiled alone, once per machine, and run as the alternation of them would run). Most
    sentences that pass the whole pattern's test have the words of a few of its dozens of
    branches, and each branch is tried at every word. The matches' spans and text are the
    same; the groups inside branches are numbered otherwise.
    """

    branches: tuple[str, ...] = ()
    # Each word any branch needs, and (in the same order) the bits of the branches' sets of
    # words it is one of.
    words: tuple[str, ...] = ()
    word_bits: tuple[int, ...] = ()
    branch_bits: tuple[int, ...] = ()  # each branch's sets of words, as bits
    before: str = ""
    after: str = ""
    flags: int = 0
    subsets: dict[int, Alternation | re.Pattern[str] | None] = field(  # by the sets of words
        default_factory=dict, compare=False, hash=False, repr=False
    )
    # Each branch's own pattern, `before(?:branch)after`: its words are read off it, and it is
    # what `Alternation` runs.
    alone: Sequence[re.Pattern[str]] = field(default=(), compare=False, repr=False)

    # The look for all the words (`WordScan`), made on first use: the bits of the needed sets
    # (`needles`), then those of the branches' sets shifted past them.
    scans: list[WordScan] = field(default_factory=list, compare=False, hash=False, repr=False)

    def pattern_for(self, folded: str) -> Alternation | re.Pattern[str] | None:
        """The pattern to run on the text folded to `folded`; None when it cannot match."""
        if not self.scans:
            self.scans.append(WordScan(self._bits_of_words()))
        have = self.scans[0](folded)
        needed = (1 << len(self.needles)) - 1
        if have & needed != needed:
            return None  # as may_match: the text has no word of a set every match has one of
        return self.for_sets(have >> len(self.needles))

    def pattern_for_each_word(self, folded: str) -> Alternation | re.Pattern[str] | None:
        """`pattern_for` as each word is looked for in turn (for tests)."""
        if not self.may_match(folded):
            return None
        had = 0  # the sets of words the text has one of
        for bits in compress(self.word_bits, map(folded.__contains__, self.words)):
            had |= bits
        return self.for_sets(had)

    def _bits_of_words(self) -> dict[str, int]:
        bits: dict[str, int] = {}
        for number, words in enumerate(self.needles):
            for word in words:
                bits[word] = bits.get(word, 0) | 1 << number
        for word, sets in zip(self.words, self.word_bits, strict=True):
            bits[word] = bits.get(word, 0) | sets << len(self.needles)
        return bits

    def pattern_with(self, present: frozenset[str]) -> Alternation | re.Pattern[str] | None:
        """What `pattern_for` gives a text whose words, of those this pattern looks for
        (`needles` and `words`), are `present`: for a caller that has already looked for
        many patterns' words at once (`actions`)."""
        if any(present.isdisjoint(words) for words in self.needles):
            return None  # as may_match
        had = 0
        for word, bits in zip(self.words, self.word_bits, strict=True):
            if word in present:
                had |= bits
        return self.for_sets(had)

    def for_sets(self, had: int) -> Alternation | re.Pattern[str] | None:
        """The pattern of the branches all of whose sets of words are among `had` (bits)."""
        if had in self.subsets:
            return self.subsets[had]
        present = [n for n, bits in enumerate(self.branch_bits) if bits & had == bits]
        found: Alternation | re.Pattern[str] | None
        if len(present) == len(self.branches):
            found = self.pattern
        elif not present:
            found = None
        elif len(present) == 1:  # most texts: that branch's own pattern, run as it is
            found = self.alone[present[0]]
        else:
            found = self.alternation(tuple(present))
        if len(self.subsets) >= 4096:
            self.subsets.clear()
        self.subsets[had] = found
        return found

    def alternation(self, present: tuple[int, ...]) -> Alternation:
        """These branches (numbers, in order), run as their alternation."""
        return Alternation(tuple(self.alone[number] for number in present), self, present)

    def compiled(self, present: tuple[int, ...]) -> re.Pattern[str]:
        """The alternation of these branches alone, compiled (where `Alternation` cannot
        follow it: after a match of no characters)."""
        source = "|".join(f"(?:{self.branches[number]})" for number in present)
        return compiled(f"{self.before}{source}{self.after}", self.flags)


class Alternation:
    """Patterns run as their alternation `p1|p2|…` would run, without compiling it.

    An alternation matches, at the leftmost position where any of its branches does, the
    first branch (in order) that matches there, and `finditer` goes on from that match's
    end. Each branch's own `search` finds its leftmost match from a position, so the
    alternation's next match is the leftmost of theirs, the earliest branch on a tie; a
    branch's match found earlier is still its next one while it starts at or after where
    the search goes on. The spans and texts are the alternation's (its `before` and `after`
    match no characters of their own in the patterns built so: `\\b`, or nothing)."""

    __slots__ = ("_branches", "_numbers", "_patterns")

    def __init__(
        self, patterns: tuple[re.Pattern[str], ...], branches: GuardedBranches, numbers: tuple
    ) -> None:
        self._patterns = patterns
        self._branches = branches
        self._numbers = numbers  # which of `branches`' branches, for `compiled`

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Alternation)
            and other._branches is self._branches
            and other._numbers == self._numbers
        )

    def __hash__(self) -> int:
        return hash((id(self._branches), self._numbers))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        best = None
        for pattern in self._patterns:
            found = pattern.search(text, pos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        patterns = self._patterns
        upcoming = [pattern.search(text) for pattern in patterns]
        while True:
            best = None
            for found in upcoming:
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            at = best.end()
            if at == best.start():
                # After a match of no characters `finditer` has rules of its own: the compiled
                # alternation takes over from there (it finds this same match first).
                yield from self._branches.compiled(self._numbers).finditer(text, at)
                return
            yield best
            upcoming = [
                found if found is None or found.start() >= at else pattern.search(text, at)
                for pattern, found in zip(patterns, upcoming, strict=True)
            ]


def compile_branches(
    branches: list[str], before: str, after: str, flags: int = 0, lazily: bool = False
) -> GuardedBranches:
    """`before(?:(?:b1)|(?:b2)|…)after` as `compile_guarded` compiles it, with each branch's
    words (GuardedBranches). `lazily`: each branch's own pattern is compiled (read from the
    cache) when a text first calls for it, its words kept with the whole pattern's: for a
    pattern of many branches of which a process runs few."""
    if lazily and _parser is not None:
        return _lazy_branches(branches, before, after, int(flags))
    whole = compile_guarded(before + "|".join(f"(?:{b})" for b in branches) + after, flags)
    # One pattern per branch, compiled once (pattern_cache) whatever sets of branches texts
    # call for: compiling an alternation for each set cost ~6 ms an article on text never
    # read, and left a cache entry each. `before` and `after` add no word to the branch's.
    alone = [compile_guarded(f"{before}(?:{branch}){after}", flags) for branch in branches]
    return _branches(
        whole.pattern,
        whole.needles,
        [own.needles for own in alone],
        branches,
        before,
        after,
        int(flags),
        tuple(own.pattern for own in alone),
    )


def _branches(
    pattern: re.Pattern[str],
    needles: tuple[tuple[str, ...], ...],
    branch_needles: Sequence[tuple[tuple[str, ...], ...]],
    branches: list[str],
    before: str,
    after: str,
    flags: int,
    alone: Sequence[re.Pattern[str]],
) -> GuardedBranches:
    """The whole pattern with each branch's sets of words as bits (a branch with none is
    always run)."""
    word_bits, branch_bits = _bits_of_sets(branch_needles)
    return GuardedBranches(
        pattern,
        needles,
        tuple(branches),
        tuple(word_bits),
        tuple(word_bits.values()),
        tuple(branch_bits),
        before,
        after,
        flags,
        alone=alone,
    )


def _lazy_branches(branches: list[str], before: str, after: str, flags: int) -> GuardedBranches:
    alone = _Alone(tuple(f"{before}(?:{branch}){after}" for branch in branches), flags)
    source = before + "|".join(f"(?:{b})" for b in branches) + after
    pattern, read = compile_pattern(source, flags, alone.needles_of, kind="branches' needles")
    whole_needles = tuple(tuple(words) for words in read[0])
    return _branches(pattern, whole_needles, read[1], branches, before, after, flags, alone)


class _Alone(PatternList):
    """Each branch's own pattern, as `compile_guarded` compiles it, compiled on first use (all
    kept in one entry of the pattern cache)."""

    def needles_of(self, parsed) -> tuple:
        """The whole pattern's sets of words and each branch's, as `compile_guarded` gives them
        (read on a miss of the cache: each branch's off its own pattern's parse)."""
        return (
            _fewest_of(_needles_of(parsed)),
            tuple(
                _fewest_of(_needles_of(_parser.parse(source, self._flags)))
                for source in self._sources
            ),
        )


def _fewest_of(needles: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(_fewest(words) for words in needles)


def _needles_of(parsed) -> tuple[tuple[str, ...], ...]:
    """The sets of words a parsed pattern needs (stored with it: tuples, sorted)."""
    try:
        found = _Reader(parsed.state.flags).sequence(list(parsed.data))[1]
    except Exception:  # a construct this reader does not know: no shortcut
        return ()
    return tuple(tuple(sorted(words)) for words in found)


def _better(best: _Needs, found: _Strings | None) -> _Needs:
    """The best sets of words needed, with `found` (needed too) among them if it is better."""
    if not found or "" in found or found in best:
        return best
    return tuple(sorted((*best, found), key=_score, reverse=True)[:_MOST_NEEDS])


def _score(strings: _Strings) -> tuple[int, int]:
    """Longer words first (rarer in text) up to four characters, then fewer of them."""
    return min(4, *map(len, strings)), -len(strings)


class _Reader:
    """Reads a parsed pattern for (fixed texts it can match, words every match contains)."""

    def __init__(self, flags: int) -> None:
        self.flags = flags
        self._chars: dict[tuple[int, bool], str | None] = {}

    def char(self, code: int, flags: int) -> str | None:
        """A character of the pattern as it stands in the text folded; None when it stands
        in more ways (a cased letter outside ASCII matched case-insensitively)."""
        key = (code, bool(flags & _IGNORECASE))
        if key not in self._chars:
            char = chr(code)
            plain = folds_plainly(char)
            self._chars[key] = lookup_form(char) if plain or not key[1] else None
        return self._chars[key]

    def sequence(self, items: list, flags: int | None = None) -> tuple[_Strings | None, _Needs]:
        """(the fixed texts the sequence can match, or None; the best words it needs)."""
        flags = self.flags if flags is None else flags
        run: list[str] = [""]  # fixed texts of the run of fixed items just read
        whole = True  # the run is all of the sequence so far
        best: _Needs = ()
        literal = _c.LITERAL
        for item in items:
            if item[0] is literal:  # most of a pattern: read here, without a call
                char = self.char(item[1], flags)
                if char is not None:
                    run = [run[0] + char] if len(run) == 1 else [r + char for r in run]
                    continue
                fixed, needs = None, ()
            else:
                fixed, needs = self.item(item, flags)
                if fixed is not None and len(run) * len(fixed) <= _MOST_STRINGS:
                    run = _joined(run, fixed)
                    continue
            whole = False
            best = _better(best, frozenset(run))
            run = list(fixed) if fixed is not None else [""]
            for words in needs:
                best = _better(best, words)
        found = frozenset(run)
        return (found if whole else None), _better(best, found)

    def item(self, item: tuple, flags: int) -> tuple[_Strings | None, _Needs]:
        op, av = item
        if op is _c.LITERAL:
            char = self.char(av, flags)
            fixed = None if char is None else frozenset((char,))
            return fixed, _better((), fixed)
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return _EMPTY, ()  # matches no text
        if op is _c.IN:
            fixed = self.chars(av, flags)
            return fixed, _better((), fixed)
        if op is _c.SUBPATTERN:
            _, add, remove, body = av
            return self.sequence(list(body.data), (flags | add) & ~remove)
        if op is _c.ATOMIC_GROUP:
            return self.sequence(list(av.data), flags)
        if op is _c.BRANCH:
            read = []
            for branch in av[1]:
                fixed, needs = self.sequence(list(branch.data), flags)
                if fixed is None and not needs:
                    return None, ()  # one way round needs nothing: nor does the whole
                read.append((fixed, needs[0] if needs else None))
            return _union(r[0] for r in read), _better((), _union(r[1] for r in read))
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, body = av
            if low == 0 and high != 1:
                return None, ()  # may be left out, or many: nothing fixed, nothing needed
            fixed, needs = self.sequence(list(body.data), flags)
            if (low, high) == (0, 1):
                return (None if fixed is None else fixed | _EMPTY), ()
            if (low, high) == (1, 1):
                return fixed, needs
            return None, needs
        return None, ()  # any character, a negated one, a back-reference: nothing fixed

    def chars(self, items: list, flags: int) -> _Strings | None:
        """The characters of a small set `[...]`; None for a category, negation or big set."""
        if len(items) > 64:
            return None
        chars = set()
        for kind, value in items:
            if kind is _c.LITERAL:
                codes: range | list[int] = [value]
            elif kind is _c.RANGE and value[1] - value[0] < 32:
                codes = range(value[0], value[1] + 1)
            else:
                return None
            for code in codes:
                char = self.char(code, flags)
                if char is None:
                    return None
                chars.add(char)
        return frozenset(chars)


_EMPTY: _Strings = frozenset(("",))


def _joined(left: list[str], right: _Strings) -> list[str]:
    """Every text of `left` followed by one of `right`."""
    if len(right) == 1:
        (tail,) = right
        return [head + tail for head in left]
    return [head + tail for head in left for tail in right]


def _union(parts) -> _Strings | None:
    """One of each part's texts: None if a part is unknown or matches the empty text."""
    found: set[str] = set()
    for part in parts:
        if part is None:
            return None
        found |= part
    return frozenset(found) if len(found) <= _MOST_STRINGS else None
