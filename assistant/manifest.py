"""`index/manifest.json`: the commit point of the index.

An index is a generation folder (`gen-000042/`: SQLite + FAISS) named by the manifest.
Writers build a new generation beside the live one, then replace the manifest with one
atomic rename; readers only ever open what a manifest names. A crash before the rename
leaves the previous generation in use; after it, the new one is complete.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import IndexDamaged

SCHEMA_VERSION = 2
MANIFEST_NAME = "manifest.json"


class ArticleEntry(BaseModel):
    path: str
    sha256: str
    size: int
    mtime_ns: int
    chunks: int
    sentences: int


class SkippedEntry(BaseModel):
    """A file that could not be read: not retried until it changes."""

    size: int
    mtime_ns: int
    error: str  # the problem, without the file name
    line: int | None = None


class FileCheck(BaseModel):
    """How an index file is checked on open (see `verify_files`)."""

    name: str
    bytes: int
    sha256: str  # of the whole file
    # The file's identity when it was written: inode, mtime and ctime. Only the kernel sets
    # ctime, so a file rewritten, copied or restored since commit shows a different stamp.
    stamp: tuple[int, int, int] | None = None
    sample_sha256: str | None = None  # of the bounded sample of blocks `_sample` reads


class ManifestHead(BaseModel):
    """Everything but the per-article entries: what opening the index and a freshness check
    whose listing matches need. Parsing it skips the entries (16 ms instead of 130 ms at
    28,000 articles; pydantic ignores the fields it does not declare)."""

    schema_version: int
    generation: str
    build: dict[str, Any]  # model, chunking, ingest and splitter versions: see build_key()
    derived: str = ""  # version of what is derived from text and data files (places, facts)
    vector_index: dict[str, Any]  # FAISS index type and vector count
    files: list[FileCheck]
    # `listing_digest` of `Manifest`'s per-article and skipped entries: equal to the corpus
    # folder's digest when every file has the name, size and mtime the index saw ("" in
    # manifests written before it).
    listing: str = ""
    chunks: int
    sentences: int
    built_at: str
    seconds: float


class Manifest(ManifestHead):
    articles: dict[str, ArticleEntry]  # by article id
    skipped: dict[str, SkippedEntry] = {}  # by file name


def listing_digest(files: Iterable[tuple[str, int, int]]) -> str:
    """One digest of (file name, size, mtime_ns) for every file, in any order. A name cannot
    hold a NUL byte, so the encoding is unambiguous."""
    lines = sorted(f"{name}\0{size}\0{mtime_ns}\0" for name, size, mtime_ns in files)
    return hashlib.sha256("".join(lines).encode("utf-8", "surrogateescape")).hexdigest()


def manifest_listing(manifest: Manifest) -> str:
    """The digest the corpus folder has while nothing in it changed since `manifest`."""
    return listing_digest(
        [
            *((e.path, e.size, e.mtime_ns) for e in manifest.articles.values()),
            *((name, e.size, e.mtime_ns) for name, e in manifest.skipped.items()),
        ]
    )


M = TypeVar("M", bound=ManifestHead)

# The last manifests parsed, by path and file identity: at 25,000 articles parsing costs
# ~130 ms, and a session re-reads the manifest before every question.
_parsed: dict[Path, tuple[tuple[int, int, int], Manifest]] = {}
_parsed_heads: dict[Path, tuple[tuple[int, int, int], ManifestHead]] = {}


def read_manifest(index_dir: Path) -> Manifest | None:
    """The live manifest, or None when the folder holds no index yet."""
    return _read(index_dir, Manifest, _parsed)


def read_manifest_head(index_dir: Path) -> ManifestHead | None:
    """The live manifest without its per-article entries (the whole one when already read)."""
    return _read(index_dir, ManifestHead, _parsed_heads, _parsed)


def _read(
    index_dir: Path,
    model: type[M],
    cache: dict[Path, tuple[tuple[int, int, int], M]],
    also: dict[Path, tuple[tuple[int, int, int], Manifest]] | None = None,
):
    """`also`: another cache whose manifest serves as well (a whole one for a head)."""
    path = index_dir / MANIFEST_NAME
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            identity = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            for known in (also or {}).get(path), cache.get(path):
                if known is not None and known[0] == identity:
                    return known[1]
            raw = handle.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexDamaged(f"cannot read {path}: {exc.strerror}") from None
    manifest = _parse(path, raw, model)
    cache.clear()  # one index at a time is the common case; keep memory bounded
    cache[path] = (identity, manifest)
    return manifest


def _parse(path: Path, raw: bytes, model: type[M]) -> M:
    try:  # the common case, parsed and validated in one pass by pydantic-core (~3x faster)
        manifest = model.model_validate_json(raw)
        if manifest.schema_version == SCHEMA_VERSION:
            return manifest
    except ValidationError:
        pass  # say what is wrong, below
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise IndexDamaged(f"{path} is damaged (not JSON)") from None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        found = data.get("schema_version") if isinstance(data, dict) else None
        raise IndexDamaged(
            f"{path} has schema version {found!r}; this program reads {SCHEMA_VERSION}"
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise IndexDamaged(f"{path} is damaged ({exc.errors()[0]['msg']})") from None


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Replace the manifest atomically and durably."""
    target = index_dir / MANIFEST_NAME
    tmp = index_dir / f".{MANIFEST_NAME}.tmp-{os.getpid()}"
    manifest.listing = manifest_listing(manifest)
    data = manifest.model_dump_json(indent=1).encode()
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    fsync_dir(index_dir)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The sample: the first and last 64 KiB (headers, FAISS's id map and trailer, SQLite's
# header page) and 32 blocks of 4 KiB spread evenly between: at most 384 KiB per file.
_EDGE_BYTES = 64 * 1024
_SAMPLE_BLOCKS = 32
_BLOCK_BYTES = 4096


def _stamp(stat: os.stat_result) -> tuple[int, int, int]:
    return (stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns)


def _sample(handle, size: int) -> str:
    digest = hashlib.sha256(size.to_bytes(8, "little"))
    if size <= 2 * _EDGE_BYTES + _SAMPLE_BLOCKS * _BLOCK_BYTES:
        handle.seek(0)
        digest.update(handle.read())
        return digest.hexdigest()
    offsets = [0, size - _EDGE_BYTES]
    step = (size - 2 * _EDGE_BYTES) // (_SAMPLE_BLOCKS + 1)
    offsets[1:1] = [_EDGE_BYTES + step * (i + 1) for i in range(_SAMPLE_BLOCKS)]
    for i, offset in enumerate(offsets):
        handle.seek(offset)
        digest.update(handle.read(_EDGE_BYTES if i in (0, len(offsets) - 1) else _BLOCK_BYTES))
    return digest.hexdigest()


def file_check(path: Path) -> FileCheck:
    """Checks for a file just written and fsynced (call before anything else touches it)."""
    with open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
        sample = _sample(handle, stat.st_size)
    return FileCheck(
        name=path.name,
        bytes=stat.st_size,
        sha256=digest,
        stamp=_stamp(stat),
        sample_sha256=sample,
    )


def verify_files(folder: Path, checks: list[FileCheck]) -> None:
    """Raise IndexDamaged when a file is missing, cut short or altered since it was written.

    Hashing whole files costs ~0.5 s per GB on every open, so it is done only when the file's
    stamp (inode, mtime, ctime) differs from the one recorded at commit: the file was
    rewritten, copied or restored since. A file never written since commit gets the size
    check and a hash of a bounded sample (its ends and 32 blocks between: <= 384 KiB).

    A copy that hashed whole and right is remembered by its own stamp (`VERIFIED_NAME`
    beside the manifest), so a restored index is hashed once, not on every question (6 s a
    question at 100,000 chunks). Any later write to the file changes its ctime, and with it
    the stamp, so the memo never vouches for bytes it has not seen.
    """
    verified = _read_verified(folder)
    newly: dict[str, list[int]] = {}
    for check in checks:
        path = folder / check.name
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below, after the checks
        except FileNotFoundError:
            raise IndexDamaged(f"{path} is missing") from None
        with handle:
            stat = os.fstat(handle.fileno())
            if stat.st_size != check.bytes:
                raise IndexDamaged(
                    f"{path} is {stat.st_size} bytes, expected {check.bytes} (cut short?)"
                )
            stamp = _stamp(stat)
            untouched = check.stamp is not None and tuple(check.stamp) == stamp
            seen = tuple(verified.get(check.name, ())) == stamp
            if (untouched or seen) and check.sample_sha256 is not None:
                intact = _sample(handle, stat.st_size) == check.sample_sha256
            else:
                intact = hashlib.file_digest(handle, "sha256").hexdigest() == check.sha256
                if intact and check.sample_sha256 is not None:
                    newly[check.name] = list(stamp)
        if not intact:
            raise IndexDamaged(f"{path} does not match its checksum (damaged on disk?)")
    if newly:
        _remember_verified(folder, {**verified, **newly})


VERIFIED_NAME = ".verified.json"  # {generation: {file name: stamp hashed whole and right}}


def _read_verified(folder: Path) -> dict[str, list[int]]:
    try:
        data = json.loads((folder.parent / VERIFIED_NAME).read_bytes())
        entries = data.get(folder.name, {}) if isinstance(data, dict) else {}
        return entries if isinstance(entries, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember_verified(folder: Path, entries: dict[str, list[int]]) -> None:
    """Best effort: a read-only index folder is verified in full each time, as before."""
    target = folder.parent / VERIFIED_NAME
    tmp = target.with_name(f"{VERIFIED_NAME}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps({folder.name: entries}), encoding="utf-8")
        os.replace(tmp, target)  # the old generation's entries go: it is no longer read
    except OSError:
        tmp.unlink(missing_ok=True)


def incompatibility(manifest: ManifestHead, expected_build: dict[str, Any]) -> str | None:
    """Why an index cannot be updated in place (it must be rebuilt), or None."""
    for key, value in expected_build.items():
        if manifest.build.get(key) != value:
            return f"it was built with a different {key.replace('_', ' ')}"
    return None
