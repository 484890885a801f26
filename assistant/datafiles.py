"""The data files (`assistant/data/*.toml`), parsed once per machine and change.

`tomllib` is pure Python: parsing the data files costs ~50 ms per file per process, paid by
every one-shot question. Each file's parsed form is therefore kept as JSON (which the C
parser reads in well under a millisecond) in the model cache, keyed by a hash of the TOML
bytes: editing a data file changes the key, so a stale copy is never read. A file whose
data JSON cannot hold exactly (TOML dates) is simply parsed each time.

A file may be continued by a folder of the same stem: `authorities.toml` by
`authorities/*.toml` (one file per region, say), read in name order. Their arrays of tables
(`[[authority]]`) are appended to the main file's; any other key may be set by one file only.
Large lists stay readable, and several people can add to them without editing one file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .config import DATA_DIR, configured_cache_dir

T = TypeVar("T")


def _cache_dir() -> Path:
    return configured_cache_dir() / "data"


def data_paths(name: str) -> list[Path]:
    """The files that make up data file NAME: `NAME` itself, then `STEM/*.toml` by name."""
    return [DATA_DIR / name, *sorted((DATA_DIR / Path(name).stem).glob("*.toml"))]


def _merged(parts: list[tuple[Path, dict[str, Any]]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for path, part in parts:
        for key, value in part.items():
            if key not in data:
                data[key] = value
            elif isinstance(data[key], list) and isinstance(value, list):
                data[key] = data[key] + value
            else:
                raise ValueError(f"{path.name}: [{key}] is already set by another data file")
    return data


def _read_into(digest: Any, name: str) -> list[tuple[Path, bytes]]:
    """The files of data file NAME with their bytes, each fed to `digest` (a hashlib object)
    by name and content: what both caches below are keyed by."""
    parts = [(path, path.read_bytes()) for path in data_paths(name)]
    for path, raw in parts:
        digest.update(path.name.encode() + b"\0" + raw + b"\0")
    return parts


def load_toml(name: str) -> dict[str, Any]:
    """`assistant/data/NAME` (with its folder's files, if any) parsed, as `tomllib` would
    return it: one object per process while the files are unchanged, which callers read and
    never change (they build their own tables from it). A build asked for the authorities 5
    times and the currencies 10 (each a JSON read and a hash of the files): ~0.15 s of the
    extractor's set-up, in every process."""
    paths = data_paths(name)
    stamp = tuple((path, *_stamp(path)) for path in paths)
    kept = _LOADED.get(name)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    data = _parsed(name)
    _LOADED[name] = (stamp, data)
    return data


# By data file: the files' (path, modification time, size) when read, and what they held.
_LOADED: dict[str, tuple[tuple, dict[str, Any]]] = {}


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return (stat.st_mtime_ns, stat.st_size)


def _parsed(name: str) -> dict[str, Any]:
    digest = hashlib.blake2b(digest_size=12)
    parts = _read_into(digest, name)
    cached = _cache_dir() / f"{Path(name).stem}-{digest.hexdigest()}.json"
    try:
        return json.loads(cached.read_bytes())
    except (OSError, ValueError):
        pass
    data = _merged([(path, tomllib.loads(raw.decode("utf-8"))) for path, raw in parts])
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) == data:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".tmp-{os.getpid()}")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, cached)
    except (TypeError, ValueError, OSError):
        pass  # not representable as JSON, or the cache is not writable: parse every time
    return data


def kept_between_processes(
    label: str,
    names: Sequence[str],
    code: bytes,
    build: Callable[[], T],
    to_json: Callable[[T], Any] = lambda value: value,
    from_json: Callable[[Any], T] = lambda value: value,
) -> T:
    """`build()`, kept in the cache between processes, keyed by the bytes of the data files
    NAMES (with their folders) and `code` (the source that builds it from them). Stored as
    JSON (`to_json` / `from_json` convert what JSON cannot hold, such as tuple keys): reading
    it can run nothing. Anything unexpected (no cache, a damaged file) and `build()` is
    simply called."""
    digest = hashlib.blake2b(code, digest_size=12)
    for name in names:
        _read_into(digest, name)
    cached = _cache_dir() / f"{label}-{digest.hexdigest()}.json"
    try:
        return from_json(json.loads(cached.read_bytes()))
    except (OSError, ValueError, TypeError, KeyError):
        pass
    value = build()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".tmp-{os.getpid()}")
        tmp.write_text(json.dumps(to_json(value), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cached)
    except (OSError, TypeError, ValueError):
        pass  # not writable, or not storable: built every time
    return value
