"""The characters a pattern's match can start with, read off its parse: where `re` may skip.

`re` searches a text by trying its pattern at every position. When a pattern starts with a
literal or a class, its compiler records those first characters, and the matching engine
skips every position whose character is not one of them without starting the pattern there.
The extractor's patterns mostly start with an assertion — `\\b`, `(?<![\\w.-])`, a lookahead
for a capital — and then get no such record: each is started at every character of every
sentence (and of whole articles), which is most of the time regular expressions take.

`first_chars` reads the parse a pattern is compiled from and returns a set of characters
every match starts with (a superset: the engine still runs the whole pattern at each
position it keeps, so the matches are the same, only fewer positions are tried), or None
when it cannot tell: a match may be empty, starts with any character, or depends on a case
rule this module does not model. `pattern_cache` puts the set in the compiled code's
information block, the place `re`'s own compiler puts it.
"""

from __future__ import annotations

from re import _constants as _c  # the opcodes of the standard library's parse of patterns
from typing import Any

_IGNORECASE = int(_c.SRE_FLAG_IGNORECASE)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))

# Characters other than a letter's own two cases that `re.IGNORECASE` matches to an ASCII
# letter: its simple case mappings (LATIN CAPITAL LETTER I WITH DOT ABOVE and DOTLESS I for
# "i", LONG S for "s", KELVIN SIGN for "k"). tests/test_first_chars.py checks this against
# every code point.
_OTHER_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}

Items = list[
    tuple[Any, Any]
]  # charset items as the parse writes them: (LITERAL, 97), (RANGE, (97, 122)) …


def first_chars(parsed: Any, flags: int) -> Items | None:
    """Charset items holding every character a match of `parsed` can start with, or None."""
    if flags & int(_c.SRE_FLAG_LOCALE) or (flags & int(_c.SRE_FLAG_ASCII) and flags & _IGNORECASE):
        return None  # (ASCII classes matched without case: a rule this module does not model)
    found = _sequence(parsed.data, bool(flags & _IGNORECASE))
    if found is None:
        return None
    items, can_be_empty = found
    return None if can_be_empty or not items else items


def _sequence(data: list[tuple[Any, Any]], ignore_case: bool) -> tuple[Items, bool] | None:
    """(first characters, whether the sequence can match the empty string)."""
    items: Items = []
    for op, av in data:
        found = _item(op, av, ignore_case)
        if found is None:
            return None
        more, can_be_empty = found
        items += more
        if not can_be_empty:
            return items, False
    return items, True


def _item(op: Any, av: Any, ignore_case: bool) -> tuple[Items, bool] | None:
    if op is _c.LITERAL:
        chars = _literal(av, ignore_case)
        return None if chars is None else (chars, False)
    if op is _c.IN:
        chars = _in(av, ignore_case)
        return None if chars is None else (chars, False)
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, pattern = av
        if add_flags & _IGNORECASE:
            ignore_case = True
        if del_flags & _IGNORECASE:
            ignore_case = False
        return _sequence(pattern.data, ignore_case)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av.data, ignore_case)
    if op is _c.BRANCH:
        items: Items = []
        can_be_empty = False
        for branch in av[1]:
            found = _sequence(branch.data, ignore_case)
            if found is None:
                return None
            items += found[0]
            can_be_empty = can_be_empty or found[1]
        return items, can_be_empty
    if op in _REPEATS:
        low, _, pattern = av
        found = _sequence(pattern.data, ignore_case)
        if found is None:
            return None
        return found[0], found[1] or low == 0
    if op is _c.AT:
        return [], True  # \b, ^, $: no character
    if op is _c.ASSERT and av[0] == 1:
        # A lookahead: the next character is one of those it starts with. (One that can
        # match the empty string, or this module cannot read, says nothing.)
        found = _sequence(av[1].data, ignore_case)
        if found is not None and found[0] and not found[1]:
            return found[0], False
        return [], True
    if op is _c.ASSERT or op is _c.ASSERT_NOT:
        return [], True  # a lookbehind, a negative lookahead: no character of the match
    return None  # any character, a character excluded, a group's text again …


def _literal(code: int, ignore_case: bool) -> Items | None:
    char = chr(code)
    if not ignore_case or char.lower() == char.upper():
        return [(_c.LITERAL, code)]
    if not char.isascii():
        return None
    cases = {char.lower(), char.upper(), *_OTHER_CASES.get(char.lower(), "")}
    return [(_c.LITERAL, ord(c)) for c in sorted(cases)]


def _in(items: Items, ignore_case: bool) -> Items | None:
    chars: Items = []
    for op, av in items:
        if op is _c.LITERAL:
            more = _literal(av, ignore_case)
            if more is None:
                return None
            chars += more
        elif op is _c.RANGE:
            low, high = av
            if ignore_case and any(chr(c).lower() != chr(c).upper() for c in range(low, high + 1)):
                if high > 0x7F:
                    return None
                for c in range(low, high + 1):
                    chars += _literal(c, True) or []
            else:
                chars.append((op, av))
        elif op is _c.CATEGORY:
            chars.append((op, av))  # \w, \d, \s: a character's other case is in it too
        else:
            return None  # a negated class
    return chars
