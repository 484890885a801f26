"""Shared fixtures: real files in tmp_path, the real model, the real CLI in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from assistant.config import Settings
from assistant.session import Session

# CI runs the property tests on a fixed sequence of examples, so a run that passed on a commit
# passes again on it; a developer's run explores new examples every time.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
FIXTURE_ARTICLES = ROOT / "tests" / "fixtures" / "articles"


@pytest.fixture(scope="session", autouse=True)
def offline_environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """No downloads, and one ONNX export per test session, shared by every test."""
    cache = tmp_path_factory.mktemp("encoder-cache")
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    os.environ["ASSISTANT_CACHE"] = str(cache)
    for name in ("ASSISTANT_CORPUS", "ASSISTANT_INDEX"):
        os.environ.pop(name, None)
    return cache


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The project's five seed articles, indexed once per session (read-only for tests)."""
    corpus = tmp_path_factory.mktemp("seed-corpus")
    for path in SEED_CORPUS.glob("*.md"):
        shutil.copy2(path, corpus / path.name)
    settings = Settings.load(corpus=corpus, index=tmp_path_factory.mktemp("seed-index"))
    Session(settings).update()
    return settings


@pytest.fixture(scope="session")
def seed_session(seed_settings: Settings) -> Session:
    return Session(seed_settings)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private, writable copy of the seed corpus."""
    target = tmp_path / "corpus"
    target.mkdir()
    for path in SEED_CORPUS.glob("*.md"):
        shutil.copy2(path, target / path.name)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus: Path) -> Settings:
    return Settings.load(corpus=corpus, index=tmp_path / "index")


def indexed_session(corpus: Path, index: Path) -> Session:
    """A session over the articles in `corpus`, indexed into `index` (the answer tests'
    module-scoped `session` fixtures, built once per file)."""
    session = Session(Settings.load(corpus=corpus, index=index))
    session.update()
    return session


def cites(answer, phrase: str) -> bool:
    """Whether one of the answer's citations quotes `phrase` (white space folded: a quote may
    run over a line break of the article)."""
    return any(phrase in " ".join(c.quote.split()) for c in answer.citations)


def write_article(folder: Path, name: str, body: str, **meta: str) -> Path:
    """A Markdown article with front matter (title, outlet, published by default)."""
    fields = {
        "title": name.replace("-", " ").title(),
        "outlet": "Test Wire",
        "published": "2024-03-05",
    }
    fields.update(meta)
    front = "".join(
        f"{key}: {value!r}\n" if key == "published" else f"{key}: {value}\n"
        for key, value in fields.items()
    )
    path = folder / f"{name}.md"
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return path


RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli(offline_environment: Path) -> RunCli:
    """`python -m assistant ARGS` in a subprocess, as a user would run it."""

    def run(
        *args: str, env: dict[str, str] | None = None, timeout: float = 300, **kwargs
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            cwd=kwargs.pop("cwd", None),
            **kwargs,
        )

    return run
