"""Compiled regular expressions kept between processes, as the data files' parse is
(datafiles.py).

The extractor's big patterns — every shape a respondent's name takes, every outcome's
wording, every currency — cost ~0.3 s to compile in pure Python, paid again by every process
that reads an article, or answers a question about a status or a date. What `re` compiles a
pattern to is a list of integers for its C matching engine: it is kept in the model cache
(with what `needles` read off the pattern), keyed by a hash of the pattern, its flags and
the Python build, and handed back to the engine, which checks it before use. Editing a
pattern or changing Python changes the key, so a stale entry is never read; anything
unexpected (no cache, another Python, a damaged file) and the pattern is compiled as usual.

The code differs from `re.compile`'s in one place: where `re` finds no characters a match
must start with, `first_chars` often can (past a `\b` or a look-behind), and they go in the
code's information block, so the engine skips the positions where no match can start. The
matches are the same (tests/test_first_chars.py); the extractor's searches take ~1/5 less.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import threading
from array import array
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import configured_cache_dir

try:  # the standard library's parser and compiler of patterns, as `re.Scanner` uses them
    import _sre
    from re import _compiler, _parser
    from re import _constants as _c

    from .first_chars import first_chars

    _BUILD = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"
    # The array type whose items are the engine's code words (4 bytes on every build seen).
    _CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - another Python
    _parser = None


# Bumped when what is stored for a pattern changes (2: the first characters, `first_chars`).
_CODE_VERSION = 2


def _cache_dir() -> tuple[Path, str]:
    """The folder of the patterns, and its name ending in a separator."""
    # Asked once per pattern (a thousand times as a process starts): the answer depends
    # only on the environment variables `configured_cache_dir` reads.
    return _cache_dir_for(
        os.environ.get("ASSISTANT_CACHE"), os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME")
    )


@lru_cache(maxsize=8)
def _cache_dir_for(*_environment: str | None) -> tuple[Path, str]:
    folder = configured_cache_dir() / "patterns"
    return folder, os.path.join(folder, "")


def compile_pattern(
    source: str, flags: int = 0, read: Callable[[Any], Any] | None = None, kind: str = ""
) -> tuple[re.Pattern[str], Any]:
    """`re.compile(source, flags)`, and `read(parse of the pattern)` (None without `read`),
    from the cache when it has them. `kind` names what `read` reads, where one pattern is
    read more than one way (each kept apart)."""
    flags = int(flags)
    if _parser is None:
        return re.compile(source, flags), None
    kept_as = f"{_BUILD}\0{_CODE_VERSION}\0{flags}\0{read is not None}\0{source}"
    if kind:
        kept_as = f"{kept_as}\0{kind}"
    key = hashlib.blake2b(kept_as.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    folder = _cache_dir()
    try:
        # A line of plain JSON (numbers, names, words), then the engine's code as 32-bit
        # integers: reading it can run nothing, the engine validates the code it is given,
        # and a pattern's tens of thousands of numbers load in microseconds, not as JSON.
        # (The file opened by its name as a string: pathlib's joining and opening cost as
        # much as reading the file.)
        with open(f"{folder[1]}{key}.pat", "rb", buffering=0) as file:
            head, _, body = file.read().partition(b"\n")
        groups, names, final_flags, extra = json.loads(head.decode())
        code = array(_CODE_TYPE)
        code.frombytes(body)
        if extra is not None:
            extra = tuple(tuple(words) for words in extra)
        return _engine(source, final_flags, code.tolist(), groups, names), extra
    except Exception:  # no entry yet, or one this Python cannot use
        pass
    parsed = _parser.parse(source, flags)
    extra = read(parsed) if read is not None else None
    code, groups, names, final_flags = _compiled_parse(parsed, flags)
    pattern = _engine(source, final_flags, code, groups, names)
    try:
        head = json.dumps([groups, names, final_flags, extra]).encode()
        body = array(_CODE_TYPE, code).tobytes()
        path = folder[0] / f"{key}.pat"
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".tmp-{os.getpid()}-{threading.get_ident()}")
        temporary.write_bytes(head + b"\n" + body)
        os.replace(temporary, path)
    except (OSError, TypeError, ValueError, OverflowError):
        pass  # the cache is not writable, or `extra` not storable: compiled each time
    return pattern, extra


class PatternList(Sequence[re.Pattern[str]]):
    """Many patterns of one set (a pattern's branches, each alone) kept in one entry of the
    cache, each compiled from its code when first asked for: a process reads the entry once,
    not a file for each pattern it uses (opening, reading and parsing an entry cost a small
    pattern ~40 us, making it from its code ~7 us)."""

    def __init__(self, sources: Sequence[str], flags: int = 0) -> None:
        self._sources = tuple(sources)
        self._flags = int(flags)
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._sources)
        self._entry: tuple[list, bytes] | None = None
        self._read = False

    def __len__(self) -> int:
        return len(self._sources)

    def __getitem__(self, number):  # type: ignore[override]
        if isinstance(number, slice):
            return tuple(self[n] for n in range(len(self._sources))[number])
        found = self._patterns[number]
        if found is None:
            found = self._patterns[number] = self._pattern(number)
        return found

    def _pattern(self, number: int) -> re.Pattern[str]:
        source = self._sources[number]
        if _parser is None:
            return re.compile(source, self._flags)
        if not self._read:
            self._read = True
            self._entry = self._read_entry()
            if self._patterns[number] is not None:  # all compiled on a miss
                return self._patterns[number]
        if self._entry is not None:
            heads, body = self._entry
            try:
                groups, names, final_flags, start, end = heads[number]
                code = array(_CODE_TYPE)
                code.frombytes(body[start:end])
                return _engine(source, final_flags, code.tolist(), groups, names)
            except Exception:  # a damaged entry
                self._entry = None
        return compiled_afresh(source, self._flags)

    def _path(self) -> Path:
        # Each source with its length before it: no two lists of sources are written alike.
        kept_as = "\0".join(
            [_BUILD, str(_CODE_VERSION), str(self._flags), "list"]
            + [f"{len(source)}:{source}" for source in self._sources]
        )
        key = hashlib.blake2b(kept_as.encode("utf-8", "surrogatepass"), digest_size=16)
        return _cache_dir()[0] / f"{key.hexdigest()}.pats"

    def _read_entry(self) -> tuple[list, bytes] | None:
        """The entry's heads (each pattern's groups, names, flags and span of the body) and
        body (the patterns' code, one after another); on a miss, every pattern is compiled
        and the entry written."""
        path = self._path()
        try:
            with open(path, "rb", buffering=0) as file:
                head, _, body = file.read().partition(b"\n")
            heads = json.loads(head.decode())
            if len(heads) == len(self._sources):
                return heads, body
        except Exception:  # no entry yet, or one this Python cannot use
            pass
        heads, codes, end = [], [], 0
        for number, source in enumerate(self._sources):
            code, groups, names, final_flags = _compiled_parse(
                _parser.parse(source, self._flags), self._flags
            )
            self._patterns[number] = _engine(source, final_flags, code, groups, names)
            codes.append(array(_CODE_TYPE, code).tobytes())
            heads.append([groups, names, final_flags, end, end + len(codes[-1])])
            end += len(codes[-1])
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".tmp-{os.getpid()}-{threading.get_ident()}")
            temporary.write_bytes(json.dumps(heads).encode() + b"\n" + b"".join(codes))
            os.replace(temporary, path)
        except (OSError, ValueError, OverflowError):
            pass  # the cache is not writable: compiled in each process
        return None


def compiled_afresh(source: str, flags: int = 0) -> re.Pattern[str]:
    """What `compile_pattern` makes of `source` when nothing is cached: the pattern
    `re.compile` makes, told the characters its matches start with (`_with_first_chars`)."""
    if _parser is None:
        return re.compile(source, flags)
    code, groups, names, final_flags = _compiled_parse(_parser.parse(source, flags), int(flags))
    return _engine(source, final_flags, code, groups, names)


def _compiled_parse(parsed: Any, flags: int) -> tuple[list[int], int, dict[str, int], int]:
    """The engine's code for a parse, its number of groups, their names, the final flags."""
    final_flags = flags | parsed.state.flags
    code = _with_first_chars([int(c) for c in _compiler._code(parsed, flags)], parsed, final_flags)
    return code, parsed.state.groups, dict(parsed.state.groupdict), final_flags


_compiled: dict[tuple[str, int], re.Pattern[str]] = {}


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` through the cache: for the patterns a module builds when
    it is imported, or once from the data files, which every process would otherwise
    compile again (~1 s of a cold build or one-shot question, before this cache)."""
    pattern = _compiled.get((source, flags))
    if pattern is None:
        pattern = _compiled[source, flags] = compile_pattern(source, flags)[0]
    return pattern


def _with_first_chars(code: list[int], parsed: Any, final_flags: int) -> list[int]:
    """`code` told which characters a match can start with (`first_chars`), where `re`'s own
    compiler found none to tell: the engine then skips the other positions of a text."""
    info, skip, mask, shortest, longest = code[:5]
    if info != _c.INFO or mask or not shortest:  # already told, or a match may be empty
        return code
    items = first_chars(parsed, final_flags)
    if not items:
        return code
    charset, _ = _compiler._optimize_charset(items)
    block = [info, 0, int(_c.SRE_INFO_CHARSET), shortest, longest]
    _compiler._compile_charset(charset, final_flags, block)
    block = [int(c) for c in block]
    block[1] = len(block) - 1
    return block + code[1 + skip :]


def _engine(
    source: str, flags: int, code: list[int], groups: int, names: dict[str, int]
) -> re.Pattern[str]:
    """The compiled pattern, as `re._compiler.compile` builds it from its code."""
    by_number: list[str | None] = [None] * groups
    for name, number in names.items():
        by_number[number] = name
    return _sre.compile(source, flags, code, groups - 1, names, tuple(by_number))


@lru_cache(maxsize=4096)
def cached_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` for a pattern built from the text (a name, a key, a short
    form): kept here, not in `re`'s own cache of 512, which an article's hundreds of such
    patterns would otherwise fill, pushing out the module patterns compiled through it."""
    if _parser is None:  # pragma: no cover - another Python
        return re.compile(source, flags)
    # What `re.compile` does when its cache lacks the pattern, without putting it there: an
    # article's hundreds of patterns would push out, one by one, the fixed ones written inline
    # (`re.search(r"…", text)`), which `re` would then compile again.
    return _compiler.compile(source, int(flags))
