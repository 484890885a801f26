"""What changed in the corpus folder since the index was built.

Cheap by design, because it runs before every question: a file whose size and mtime match
the manifest is not read at all; one whose stat differs is hashed, and only a different
hash counts as a change.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from .errors import ArticleError
from .ingest import corpus_entries, id_of_name
from .manifest import Manifest


@dataclass
class CorpusDiff:
    added: list[Path] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # article ids
    unchanged: list[str] = field(default_factory=list)  # article ids
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
    listed = [(id_of_name(entry.name), entry) for entry in corpus_entries(corpus_dir)]
    by_id: dict[str, list[os.DirEntry]] = defaultdict(list)
    if len({ident for ident, _ in listed}) == len(listed):  # no two files share an id
        ordered = [(ident, [entry]) for ident, entry in sorted(listed, key=itemgetter(0))]
    else:
        for ident, entry in listed:
            by_id[ident].append(entry)
        ordered = sorted(by_id.items())

    for ident, entries in ordered:
        if len(entries) > 1:
            names = " and ".join(e.name for e in entries)
            for entry in entries:
                diff.problems.append(
                    ArticleError(
                        corpus_dir / entry.name,
                        f"article id {ident!r} is used by {names}; rename one",
                    )
                )
            continue
        entry = entries[0]
        try:
            stat = entry.stat()  # follows symlinks, as Path.stat does
        except OSError as exc:
            diff.problems.append(
                ArticleError(corpus_dir / entry.name, f"cannot read: {exc.strerror}")
            )
            continue
        failed = skipped.get(entry.name)
        if failed and (failed.size, failed.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            diff.problems.append(ArticleError(corpus_dir / entry.name, failed.error, failed.line))
            continue
        known = indexed.get(ident)
        if known is not None and known.path == entry.name:
            if (known.size, known.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                diff.unchanged.append(ident)  # the common case: no Path built, nothing read
            elif sha256_file(Path(entry.path)) == known.sha256:
                diff.touched.append(corpus_dir / entry.name)
            else:
                diff.changed.append(corpus_dir / entry.name)
        else:
            (diff.changed if known else diff.added).append(corpus_dir / entry.name)

    present = {ident for ident, _ in listed}
    diff.removed = sorted(ident for ident in indexed if ident not in present)
    return diff
