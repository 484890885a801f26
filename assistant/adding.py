"""`assistant add`: copy new articles into the corpus, all or none, never overwriting.

Every file is parsed and validated before anything is copied. Target names are sanitised
(a file name cannot put an article outside the corpus folder) and created with O_EXCL, so
an existing article is never replaced, even by a concurrent `add`.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from .errors import ArticleError
from .ingest import ARTICLE_SUFFIXES, article_id, corpus_files, load_article, require_corpus_dir

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 120


def safe_name(path: Path) -> str:
    """A portable file name for `path` inside the corpus: ASCII, no separators, no dot-files."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    stem = _UNSAFE_NAME.sub("-", stem).strip(".-_")[:MAX_NAME] or "article"
    return stem + path.suffix.lower()


def add_articles(corpus_dir: Path, files: list[Path]) -> list[str]:
    require_corpus_dir(corpus_dir)
    existing = {article_id(p): p.name for p in corpus_files(corpus_dir)}
    planned: dict[str, tuple[Path, str, bytes]] = {}
    for source in files:
        if source.suffix.lower() not in ARTICLE_SUFFIXES:
            raise ArticleError(
                source, f"unsupported file type {source.suffix!r} (use .md, .txt or .html)"
            )
        name = safe_name(source)
        ident = Path(name).stem
        if ident in existing:
            raise ArticleError(
                source,
                f"article id {ident!r} already exists in the corpus ({existing[ident]}); rename the file",
            )
        if ident in planned:
            raise ArticleError(source, f"two files would both become article {ident!r}; rename one")
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise ArticleError(source, f"cannot read: {exc.strerror or exc}") from None
        load_article(source, data)  # validates: raises ArticleError naming the file and line
        planned[ident] = (source, name, data)

    added = []
    for source, name, data in planned.values():
        target = corpus_dir / name
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            raise ArticleError(
                source, f"{target} appeared while adding; nothing was overwritten"
            ) from None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        added.append(name)
    return added
