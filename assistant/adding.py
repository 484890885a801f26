"""`assistant add`: copy new articles into the corpus, all or none, never overwriting.

Every file is parsed and validated before anything is copied. Target names are sanitised
(a file name cannot put an article outside the corpus folder, nor be a name Windows or the
corpus scan would refuse), and each file is written under a hidden temporary name and then
hard-linked into place, which fails rather than replace an existing article, even one a
concurrent `add` just wrote. A kill mid-copy leaves at most a hidden temporary file, never a
half-written article; an error part-way removes the articles this call already placed.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from .errors import ArticleError
from .ingest import (
    ARTICLE_SUFFIXES,
    article_id,
    corpus_files,
    load_article,
    read_article_bytes,
    require_corpus_dir,
)
from .manifest import fsync_dir

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 120
# Device names Windows reserves in every folder, with any extension ("con.md" included).
_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$", re.IGNORECASE)


def safe_name(path: Path) -> str:
    """A portable file name for `path` inside the corpus: ASCII, no separators, no dot-files,
    no Windows device names, nothing the corpus scan ignores (README…)."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    stem = _UNSAFE_NAME.sub("-", stem).strip(".-_")[:MAX_NAME].rstrip(".-_") or "article"
    if _RESERVED.match(stem) or stem.lower().startswith("readme"):
        stem = f"article-{stem}"
    return stem + path.suffix.lower()


def add_articles(corpus_dir: Path, files: list[Path]) -> list[str]:
    require_corpus_dir(corpus_dir)
    # Case-insensitively: the corpus must stay usable on macOS and Windows file systems.
    existing = {article_id(p).casefold(): p.name for p in corpus_files(corpus_dir)}
    planned: dict[str, tuple[Path, str, bytes]] = {}
    for source in files:
        if source.suffix.lower() not in ARTICLE_SUFFIXES:
            raise ArticleError(
                source, f"unsupported file type {source.suffix!r} (use .md, .txt or .html)"
            )
        name = safe_name(source)
        ident = Path(name).stem
        if ident.casefold() in existing:
            raise ArticleError(
                source,
                f"article id {ident!r} already exists in the corpus ({existing[ident.casefold()]});"
                " rename the file",
            )
        target = corpus_dir / name
        if os.path.lexists(target):  # not an article (a link, a hidden twin…) but in the way
            raise ArticleError(
                source, f"{target} already exists in the corpus folder; rename the file"
            )
        if ident.casefold() in planned:
            raise ArticleError(source, f"two files would both become article {ident!r}; rename one")
        data = read_article_bytes(source)  # refuses folders, pipes and oversized files
        load_article(source, data)  # validates: raises ArticleError naming the file and line
        planned[ident.casefold()] = (source, name, data)

    placed: list[Path] = []
    try:
        for source, name, data in planned.values():
            _place(corpus_dir, source, name, data)
            placed.append(corpus_dir / name)
    except BaseException:
        for target in placed:  # all or none
            target.unlink(missing_ok=True)
        raise
    fsync_dir(corpus_dir)
    return [target.name for target in placed]


def _place(corpus_dir: Path, source: Path, name: str, data: bytes) -> None:
    target = corpus_dir / name
    temporary = corpus_dir / f".{name}.adding-{os.getpid()}"  # hidden: the scan ignores it
    try:
        _write(temporary, data, os.O_TRUNC)
        try:
            os.link(temporary, target)  # fails if the target exists: never overwrites
            return
        except FileExistsError:
            raise _appeared(source, target) from None
        except OSError:
            pass  # no hard links on this file system: exclusive create below
    finally:
        temporary.unlink(missing_ok=True)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise _appeared(source, target) from None
    try:
        _write_fd(fd, data)
    except BaseException:
        target.unlink(missing_ok=True)  # ours: created above; never a half-written article
        raise


def _appeared(source: Path, target: Path) -> ArticleError:
    return ArticleError(source, f"{target} appeared while adding; nothing was overwritten")


def _write(path: Path, data: bytes, mode: int) -> None:
    _write_fd(os.open(path, os.O_WRONLY | os.O_CREAT | mode, 0o644), data)


def _write_fd(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
