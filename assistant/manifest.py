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
from pathlib import Path
from typing import Any

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
    name: str
    bytes: int
    sha256: str


class Manifest(BaseModel):
    schema_version: int
    generation: str
    build: dict[str, Any]  # model, chunking, ingest and splitter versions: see build_key()
    derived: str = ""  # version of what is derived from text and data files (places, facts)
    vector_index: dict[str, Any]  # FAISS index type and vector count
    files: list[FileCheck]
    articles: dict[str, ArticleEntry]  # by article id
    skipped: dict[str, SkippedEntry] = {}  # by file name
    chunks: int
    sentences: int
    built_at: str
    seconds: float


def read_manifest(index_dir: Path) -> Manifest | None:
    """The live manifest, or None when the folder holds no index yet."""
    path = index_dir / MANIFEST_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexDamaged(f"cannot read {path}: {exc.strerror}") from None
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
        return Manifest.model_validate(data)
    except ValidationError as exc:
        raise IndexDamaged(f"{path} is damaged ({exc.errors()[0]['msg']})") from None


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Replace the manifest atomically and durably."""
    target = index_dir / MANIFEST_NAME
    tmp = index_dir / f".{MANIFEST_NAME}.tmp-{os.getpid()}"
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


def file_check(path: Path) -> FileCheck:
    with open(path, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return FileCheck(name=path.name, bytes=path.stat().st_size, sha256=digest)


def verify_files(folder: Path, checks: list[FileCheck]) -> None:
    """Raise IndexDamaged when a file is missing, cut short or altered since it was written."""
    for check in checks:
        path = folder / check.name
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise IndexDamaged(f"{path} is missing") from None
        if size != check.bytes:
            raise IndexDamaged(f"{path} is {size} bytes, expected {check.bytes} (cut short?)")
        if file_check(path).sha256 != check.sha256:
            raise IndexDamaged(f"{path} does not match its checksum (damaged on disk?)")


def incompatibility(manifest: Manifest, expected_build: dict[str, Any]) -> str | None:
    """Why an index cannot be updated in place (it must be rebuilt), or None."""
    for key, value in expected_build.items():
        if manifest.build.get(key) != value:
            return f"it was built with a different {key.replace('_', ' ')}"
    return None
