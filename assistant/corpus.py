"""What changed in the corpus folder since the index was built.

Cheap by design, because it runs before every question: a file whose size and mtime match
the manifest is not read at all; one whose stat differs is hashed, and only a different
hash counts as a change.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError
from .ingest import article_id, corpus_files
from .manifest import Manifest


@dataclass
class CorpusDiff:
    added: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # article ids
    unchanged: list[Path] = field(default_factory=list)
    # Same bytes, new stat (touched or copied): only the manifest needs the new stat.
    touched: list[Path] = field(default_factory=list)
    # Files that cannot be indexed as they are (duplicate ids; previously failed, unchanged).
    problems: list[ArticleError] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def describe(self) -> str:
        parts = [
            f"{len(items)} {label}"
            for items, label in (
                (self.added, "added"),
                (self.changed, "changed"),
                (self.removed, "removed"),
            )
            if items
        ]
        return ", ".join(parts) or "no changes"


def sha256_file(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def diff_corpus(corpus_dir: Path, manifest: Manifest | None) -> CorpusDiff:
    diff = CorpusDiff()
    indexed = manifest.articles if manifest else {}
    skipped = manifest.skipped if manifest else {}
    by_id: dict[str, list[Path]] = defaultdict(list)
    for path in corpus_files(corpus_dir):
        by_id[article_id(path)].append(path)

    for ident, paths in sorted(by_id.items()):
        if len(paths) > 1:
            names = " and ".join(p.name for p in paths)
            for path in paths:
                diff.problems.append(
                    ArticleError(path, f"article id {ident!r} is used by {names}; rename one")
                )
            continue
        path = paths[0]
        try:
            stat = path.stat()
        except OSError as exc:
            diff.problems.append(ArticleError(path, f"cannot read: {exc.strerror}"))
            continue
        failed = skipped.get(path.name)
        if failed and (failed.size, failed.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            diff.problems.append(ArticleError(path, failed.error, failed.line))
            continue
        entry = indexed.get(ident)
        if entry is None or entry.path != path.name:
            (diff.changed if entry else diff.added).append(path)
        elif (entry.size, entry.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            diff.unchanged.append(path)
        elif sha256_file(path) == entry.sha256:
            diff.touched.append(path)
        else:
            diff.changed.append(path)

    present = set(by_id)
    diff.removed = sorted(ident for ident in indexed if ident not in present)
    return diff
