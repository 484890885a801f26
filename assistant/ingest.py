"""Read one article file (.md with YAML front matter, .txt, saved .html) into an `Article`.

The file is never modified. Its body is normalised (line endings, Unicode NFC, trailing
spaces) once, here; every character span the index stores points into that normalised
body, so `quote == body[start:end]` holds by construction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .config import require_corpus_dir as require_corpus_dir  # re-exported
from .errors import ArticleError
from .models import PARTIAL_DATE, Article
from .pattern_cache import compiled

ARTICLE_SUFFIXES = {".md": "md", ".markdown": "md", ".txt": "txt", ".html": "html", ".htm": "html"}
# Bumped whenever ingest's output for the same bytes changes — including how `text.sentences`
# splits a body — and the index then re-reads all. 2: sentence boundaries no longer fall
# after "No." before a reference or after "2." in "from 2. March 2026".
INGEST_VERSION = 2
# Limits that keep one file from taking the index hostage. A saved page may carry megabytes of
# markup around a short text, so the file limit is generous; the text limit is what bounds
# indexing: about 2,000 chunks, minutes on a laptop (bench/stress_scale.py). A regulator's
# decision runs to 100,000 characters; a 50 MB "article" is a dump, refused in one line.
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
MAX_BODY_CHARS = 1_000_000
# Front matter is a few lines; more than this is not front matter (and YAML is slow on it).
MAX_FRONT_MATTER_BYTES = 64 * 1024
_FRONT_MATTER_FIELDS = ("title", "outlet", "published", "author", "url")


def is_article_file(path: Path) -> bool:
    """Files the corpus scan picks up: known suffixes, not hidden, not a README."""
    return _is_article_name(path.name)


def _is_article_name(name: str) -> bool:
    return _ARTICLE_NAME.fullmatch(name) is not None


# A known suffix, not hidden, not a README: one regex call per name (a corpus scan before
# every question reads 10^4-10^5 names; string methods cost three times as much).
_ARTICLE_NAME = compiled(
    r"(?!\.)(?!(?i:readme)).*\.(?i:"
    + "|".join(re.escape(suffix[1:]) for suffix in ARTICLE_SUFFIXES)
    + ")",
    re.DOTALL,
)


def article_id(path: Path) -> str:
    return path.stem


def normalise_text(text: str) -> str:
    """One canonical form for a body: LF line ends, NFC, no trailing spaces, no edge blanks."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def load_article(path: Path, data: bytes | None = None) -> Article:
    """Parse and validate one article. Raises `ArticleError` naming the file (and line)."""
    fmt = ARTICLE_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ArticleError(path, f"unsupported file type {path.suffix!r} (use .md, .txt or .html)")
    if data is None:
        data = read_article_bytes(path)
    _check_size(path, len(data))
    _check_not_empty_or_binary(path, data)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt == "html":
        fields, body = _from_html(path, data)
    else:
        text = _decode_utf8(path, data)
        fields, body = _from_markdown(path, text) if fmt == "md" else _from_text(path, text)
    body = normalise_text(body)
    if not any(c.isalnum() for c in body):  # blank, or only marks, rules and invisibles
        raise ArticleError(path, "the article has no body text")
    if len(body) > MAX_BODY_CHARS:
        raise ArticleError(
            path,
            f"the text is {len(body):,} characters long; the limit is {MAX_BODY_CHARS:,}"
            " (split it into several articles)",
        )
    try:
        return Article(
            id=article_id(path), path=path.name, format=fmt, body=body, sha256=sha256, **fields
        )
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = ".".join(str(p) for p in problem["loc"])
        raise ArticleError(path, f"{field}: {problem['msg']}") from None


def _check_size(path: Path, size: int) -> None:
    if size > MAX_ARTICLE_BYTES:
        limit = MAX_ARTICLE_BYTES // (1024 * 1024)
        raise ArticleError(
            path,
            f"file is {size / (1024 * 1024):.0f} MiB; the limit is {limit} MiB"
            " (split it into several articles)",
        )


def read_article_bytes(path: Path) -> bytes:
    """The file's bytes; its size is checked first, so a huge file is never read."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(path, "is a folder, not an article file")
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would block or never end
            raise ArticleError(path, "is not a regular file")
        _check_size(path, info.st_size)
        with open(path, "rb") as handle:
            # Read one byte past the limit: a file that grew since stat() is still caught.
            return handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(path, "is a folder, not an article file") from None
    except PermissionError:
        raise ArticleError(path, "permission denied") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None
    except ValueError:  # a NUL in the path
        raise ArticleError(path, "invalid file name") from None


_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def _check_not_empty_or_binary(path: Path, data: bytes) -> None:
    if not data.strip():
        raise ArticleError(path, "empty file")
    head = data[:8192]
    if data.startswith(_UTF16_32_BOMS) and b"\x00" in head:  # UTF-16 text is full of NULs
        raise ArticleError(path, "UTF-16 or UTF-32 text; save the file as UTF-8")
    if b"\x00" in head:
        raise ArticleError(path, "binary file (contains NUL bytes), not an article")


def _decode_utf8(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise ArticleError(
            path,
            f"not UTF-8 text (byte 0x{bad} at offset {exc.start}); save the file as UTF-8",
            line,
        ) from None


_FENCE = compiled(r"^---[ \t]*$")
_SURROGATE = compiled("[\ud800-\udfff]")


def _from_markdown(path: Path, text: str) -> tuple[dict[str, Any], str]:
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    if not lines or not _FENCE.match(lines[0].rstrip("\r\n")):
        # Markdown without front matter is read like plain text.
        return _from_text(path, text)
    closing = next(
        (i for i, line in enumerate(lines[1:], start=1) if _FENCE.match(line.rstrip("\r\n"))), None
    )
    if closing is None:
        raise ArticleError(path, "front matter opened with '---' is never closed", 1)
    yaml_text = "".join(lines[1:closing])
    if len(yaml_text.encode()) > MAX_FRONT_MATTER_BYTES:
        raise ArticleError(
            path,
            f"front matter is longer than {MAX_FRONT_MATTER_BYTES // 1024} KiB; is the closing '---' missing?",
            1,
        )
    import yaml  # here, not at the top: a question's start-up reads no front matter (~50 ms)

    try:
        meta = yaml.safe_load(yaml_text)  # safe_load: front matter can never construct objects
    except RecursionError:
        raise ArticleError(path, "front matter is not valid YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is not None and mark.line >= yaml_text.count("\n"):
            # Noticed only at the end ("[oops" never closed): point at where it began.
            mark = getattr(exc, "context_mark", None) or mark
        line = mark.line + 2 if mark is not None else 1  # +1 for the fence, +1 for 1-based
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ArticleError(path, f"front matter is not valid YAML: {problem}", line) from None
    except Exception as exc:
        # safe_load's own constructors fail untidily on odd values: ValueError for
        # `published: 2023-02-31`, AttributeError for a bare `!!timestamp`, IndexError for a
        # bare `!!int`. None of them can run code; each is a bad file, not a bug here.
        raise ArticleError(
            path, f"front matter has a value YAML cannot read ({type(exc).__name__}: {exc})"
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError(path, "front matter must be 'key: value' lines", 2)
    body = "".join(lines[closing + 1 :])
    fields = _front_matter_fields(path, meta, yaml_text)
    if "title" not in fields:
        fields["title"] = _first_line_title(body) or path.stem
    return fields, body


def _front_matter_fields(path: Path, meta: dict[Any, Any], yaml_text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key in _FRONT_MATTER_FIELDS:
        if key not in meta or meta[key] is None:
            continue
        value = meta[key]
        line = _line_of_key(yaml_text, key)
        if key == "published":
            value = _published(path, value, line)
        elif isinstance(value, (dt.date, int, float)):
            value = str(value)
        elif not isinstance(value, str):
            raise ArticleError(path, f"front matter '{key}' must be text", line)
        if _SURROGATE.search(value):  # YAML's "\ud800" escape: not a character at all
            raise ArticleError(path, f"front matter '{key}' contains an invalid character", line)
        value = value.strip()
        if not value:
            continue
        fields[key] = value
    return fields


def _published(path: Path, value: Any, line: int | None) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not PARTIAL_DATE.match(text):
        raise ArticleError(
            path,
            f"front matter 'published' must be YYYY-MM-DD, YYYY-MM or YYYY, not {text!r}",
            line,
        )
    return text


def _line_of_key(yaml_text: str, key: str) -> int | None:
    for number, line in enumerate(yaml_text.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return number
    return None


def _first_line_title(text: str) -> str | None:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:300]
    return None


def _from_text(path: Path, text: str) -> tuple[dict[str, Any], str]:
    # The title is the first non-empty line; it stays in the body too, since it is text
    # a citation may point at.
    return {"title": _first_line_title(text) or path.stem}, text


def _from_html(path: Path, data: bytes) -> tuple[dict[str, Any], str]:
    import trafilatura  # only saved pages need it; keeps lxml out of every other start-up

    try:
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # trafilatura raises many types on hostile markup
        raise ArticleError(path, f"cannot extract text from the page: {exc}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ArticleError(path, "no article text found in the page")
    fields: dict[str, Any] = {"title": (doc.title or "").strip() or _first_line_title(text)}
    for key, attr in (("outlet", "sitename"), ("author", "author"), ("url", "url")):
        value = getattr(doc, attr, None)
        if value and str(value).strip():
            fields[key] = str(value).strip()
    published = getattr(doc, "date", None)
    if published and PARTIAL_DATE.match(str(published)):
        fields["published"] = str(published)
    return fields, text


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Article files directly inside the corpus folder (sub-folders are not read), sorted by
    name: the same files in the same order as sorting Path objects, which cost ~2 s per
    question at 28,000 articles."""
    return [corpus_dir / name for name in sorted(e.name for e in article_entries(corpus_dir))]


def article_entries(corpus_dir: Path) -> list[os.DirEntry]:
    """`corpus_files` as directory entries in directory order, for the check before every
    question, which sorts them its own way and never builds Path objects (~15 µs each:
    0.4 s at 28,000 articles)."""
    require_corpus_dir(corpus_dir)
    with os.scandir(corpus_dir) as entries:
        return [e for e in entries if _is_article_name(e.name) and _is_file(e)]


def article_stats(corpus_dir: Path) -> list[tuple[str, int, int]]:
    """(name, size, mtime_ns) of every article file, for the listing digest a one-shot
    question compares with the manifest's. One stat per file by name, relative to the open
    folder (no path walk), which also says whether it is a file: ~140 ms at 28,000."""
    require_corpus_dir(corpus_dir)
    folder = os.open(corpus_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        out = []
        for name in os.listdir(folder):
            if not _is_article_name(name):
                continue
            try:
                info = os.stat(name, dir_fd=folder)  # follows symlinks, as Path.is_file does
            except OSError:
                continue  # as `article_entries`: not a readable file
            if stat.S_ISREG(info.st_mode):
                out.append((name, info.st_size, info.st_mtime_ns))
        return out
    finally:
        os.close(folder)


def id_of_name(name: str) -> str:
    """`article_id` of a file name the corpus scan accepted (it has a suffix)."""
    return name[: name.rfind(".")]


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()  # follows symlinks, as Path.is_file does
    except OSError:  # a symlink loop, say: Path.is_file says False too
        return False
