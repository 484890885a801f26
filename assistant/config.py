"""Where things live and how big they are: command-line flags > environment > defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def project_root() -> Path:
    """The checkout this package runs from, or the working directory when installed elsewhere."""
    candidate = PACKAGE_DIR.parent
    if (candidate / "pyproject.toml").is_file():
        return candidate
    return Path.cwd()


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "enforcement-desk"


def configured_cache_dir() -> Path:
    """Where the encoder export and the parsed data and patterns are kept: ASSISTANT_CACHE,
    else the user's cache folder."""
    cache = os.environ.get("ASSISTANT_CACHE")
    return Path(cache).expanduser() if cache else default_cache_dir()


@dataclass(frozen=True)
class ChunkSettings:
    """Recorded in the manifest: changing any of these means a full rebuild."""

    # all-MiniLM-L6-v2 reads at most 256 word pieces. The chunk body gets at most this many;
    # the title prefix and the [CLS]/[SEP] tokens use the rest.
    max_tokens: int = 200
    # Sentences repeated at the start of the next chunk, up to this many word pieces, so a
    # fact split across a boundary is whole in at least one chunk.
    overlap_tokens: int = 48
    # Word pieces of the title prefixed to every chunk's embedded text ("contextual header").
    title_tokens: int = 40


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path
    index_dir: Path
    cache_dir: Path = field(default_factory=default_cache_dir)
    top_k: int = 5
    max_question_chars: int = 1000
    chunking: ChunkSettings = field(default_factory=ChunkSettings)

    @classmethod
    def load(cls, corpus: str | Path | None = None, index: str | Path | None = None) -> Settings:
        root = project_root()
        corpus_dir = corpus or os.environ.get("ASSISTANT_CORPUS") or root / "corpus"
        index_dir = index or os.environ.get("ASSISTANT_INDEX") or root / "index"
        return cls(
            corpus_dir=Path(corpus_dir).expanduser(),
            index_dir=Path(index_dir).expanduser(),
            cache_dir=configured_cache_dir(),
        )


def require_corpus_dir(corpus_dir: Path) -> None:
    """One clear error for a missing corpus folder. Here, not in ingest, so that starting
    the TUI can check it without importing pydantic and YAML before the first frame."""
    from .errors import CorpusError

    if not corpus_dir.exists():
        raise CorpusError(
            f"corpus folder {corpus_dir} does not exist (point --corpus or ASSISTANT_CORPUS at one)"
        )
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus path {corpus_dir} is not a folder")
