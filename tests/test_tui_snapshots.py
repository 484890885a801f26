"""Snapshots of the main screens at fixed sizes (pytest-textual-snapshot; Textual is pinned).

The answers and facts shown come from saved files (`tests/data/tui_*.json`, written from
the real engine over the seed corpus), so a change in the engine's wording does not move
these pictures: they test the rendering. The pilot tests in `test_tui.py` test the
answers themselves. Update after a deliberate change with `pytest --snapshot-update`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from assistant.config import Settings
from assistant.facts_table import FactRow
from assistant.models import Answer
from assistant.session import Session, check_freshness
from assistant.tui.answer_view import AnswerView
from assistant.tui.app import EnforcementDeskApp, build_app

DATA = Path(__file__).parent / "data"


def saved_answers() -> list[Answer]:
    raw = json.loads((DATA / "tui_answers.json").read_text(encoding="utf-8"))
    return [Answer.model_validate(item) for item in raw]


def saved_facts() -> list[FactRow]:
    raw = json.loads((DATA / "tui_facts.json").read_text(encoding="utf-8"))
    return [FactRow(**{**item, "article_ids": tuple(item["article_ids"])}) for item in raw]


@pytest.fixture
def fresh_seed(seed_settings: Settings, tmp_path: Path) -> Settings:
    """The seed index, up to date: when the extractor changed since the session's index
    was built, a copy has its facts re-read, so no "update" notice moves the pictures."""
    if check_freshness(seed_settings).fresh:
        return seed_settings
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(seed_settings.corpus_dir, corpus)
    shutil.copytree(seed_settings.index_dir, index)
    settings = Settings.load(corpus=corpus, index=index)
    Session(settings).update()
    return settings


@pytest.fixture
def app(fresh_seed: Settings, tmp_path: Path) -> EnforcementDeskApp:
    return build_app(
        fresh_seed,
        history_path=tmp_path / "history.json",
        export_dir=tmp_path,
        cursor_blink=False,
        theme="textual-dark",
    )


async def ready(pilot: Pilot) -> None:
    app = pilot.app
    assert isinstance(app, EnforcementDeskApp)
    while not app.ready:
        await pilot.pause(0.05)
    await pilot.pause()


async def drawn(pilot: Pilot) -> None:
    """Until every answer's Markdown is mounted (it is drawn asynchronously)."""
    while not all(view.drawn for view in pilot.app.query(AnswerView)):
        await pilot.pause(0.05)
    await pilot.pause()


def test_empty_chat(snap_compare, app: EnforcementDeskApp) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_answered_question(snap_compare, app: EnforcementDeskApp) -> None:
    async def answered(pilot: Pilot) -> None:
        await ready(pilot)
        app.show_answer(saved_answers()[0])
        await drawn(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=answered)


def test_facts_view(snap_compare, app: EnforcementDeskApp) -> None:
    async def facts(pilot: Pilot) -> None:
        await ready(pilot)
        app.show_facts(saved_facts())
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=facts)


def test_wide_conversation_with_a_source_open(snap_compare, app: EnforcementDeskApp) -> None:
    async def conversation(pilot: Pilot) -> None:
        await ready(pilot)
        answers = saved_answers()
        for answer in answers:
            app.show_answer(answer)
        await drawn(pilot)
        app.open_citation(answers[0].citations[0])
        while app.sources.source is None:
            await pilot.pause(0.05)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(140, 40), run_before=conversation)


def test_light_theme(snap_compare, fresh_seed: Settings, tmp_path: Path) -> None:
    light = build_app(
        fresh_seed,
        history_path=tmp_path / "history.json",
        cursor_blink=False,
        theme="textual-light",
    )

    async def answered(pilot: Pilot) -> None:
        await ready(pilot)
        light.show_answer(saved_answers()[2])
        await drawn(pilot)

    assert snap_compare(light, terminal_size=(80, 24), run_before=answered)
