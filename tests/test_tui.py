"""The terminal UI driven as a user drives it: keys and clicks through Textual's Pilot,
against the real model and a real index of the seed articles."""

from __future__ import annotations

import asyncio
import functools
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, ProgressBar, Static

from assistant.config import Settings
from assistant.locking import writer_lock
from assistant.manifest import read_manifest
from assistant.models import Answer, ArticleMeta, Citation, Conflict
from assistant.session import Session, check_freshness
from assistant.tui.answer_view import AnswerView, QuestionView
from assistant.tui.app import EnforcementDeskApp, build_app
from assistant.tui.backend import Source
from assistant.tui.facts_view import FactsScreen
from assistant.tui.help import HelpScreen
from assistant.tui.history import HistoryInput, InputHistory
from assistant.tui.welcome import Welcome

SIZE = (100, 30)
ITALIAN = "has Clearview paid the Italian fine?"


def pilot_test(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async Pilot scenario as a plain test (no async plugin needed)."""

    @functools.wraps(test)
    def run(*args: object, **kwargs: object) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def until(
    pilot: Pilot, condition: Callable[[], object], what: str, timeout: float = 60
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.02)


def make_app(settings: Settings, tmp_path: Path, **options) -> EnforcementDeskApp:
    options.setdefault("history_path", tmp_path / "state" / "history.json")
    options.setdefault("export_dir", tmp_path / "exports")
    return build_app(settings, cursor_blink=False, **options)


async def ask(pilot: Pilot, question: str) -> None:
    await pilot.press(*question, "enter")


def answered(app: EnforcementDeskApp, count: int) -> Callable[[], bool]:
    return lambda: len(app.answers) >= count


def drawn(app: EnforcementDeskApp) -> Callable[[], bool]:
    return lambda: all(view.drawn for view in app.main.query(AnswerView))


def shown_text(view: AnswerView) -> str:
    """What the answer draws: the text of each Markdown block, bullets and numbers too."""
    lines = []
    for widget in view.query("MarkdownBlock, MarkdownBullet"):
        if type(widget).__name__ == "MarkdownBullet":
            lines.append(widget.symbol)
        elif not widget.query("MarkdownBlock"):  # a leaf: a paragraph, an item's text
            lines.append(str(widget.content) + "\n")
    return "".join(lines)


def click_actions(app: EnforcementDeskApp, view: AnswerView) -> dict[str, tuple[int, int]]:
    """Every @click action drawn inside `view`, with where it is."""
    found: dict[str, tuple[int, int]] = {}
    for y in range(view.region.y, view.region.bottom):
        for x in range(view.region.x, view.region.right):
            action = app.screen.get_style_at(x, y).meta.get("@click")
            if action:
                found.setdefault(action, (x, y))
    return found


@pytest.fixture
def private_index(seed_settings: Settings, tmp_path: Path) -> Settings:
    """A writable copy of the seed corpus and its built index, up to date: when the
    extractor changed since the session's index was built, its facts are re-read (cheap)."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(seed_settings.corpus_dir, corpus)
    shutil.copytree(seed_settings.index_dir, index)
    settings = Settings.load(corpus=corpus, index=index)
    if not check_freshness(settings).fresh:
        Session(settings).update()
    return settings


def generation(settings: Settings) -> str:
    manifest = read_manifest(settings.index_dir)
    assert manifest is not None
    return manifest.generation


# Asking ---------------------------------------------------------------------------------


@pilot_test
async def test_question_gets_a_cited_answer_and_is_remembered(
    seed_settings: Settings, tmp_path: Path
) -> None:
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        # Typing works at once, before the index and the model are loaded.
        assert isinstance(app.focused, HistoryInput)
        await ask(pilot, ITALIAN)
        await until(pilot, answered(app, 1), "the answer")
        await until(pilot, lambda: app.ready, "the ready state")
        answer = app.answers[0]
        assert answer.answer.startswith("No.")
        assert answer.citations
        view = app.main.query_one(AnswerView)
        assert view.border_title == "Status"
        assert view.border_subtitle == f"as of {answer.as_of}"
        await until(pilot, drawn(app), "the drawn answer")
        shown = shown_text(view)
        assert shown.startswith("No.") and "[1]" in shown
        assert f"• [1] {answer.citations[0].outlet}" in shown
        assert "5 articles" in str(app.main.query_one("#status").render())
        assert app.main.query_one(HistoryInput).value == ""
    saved = json.loads((tmp_path / "state" / "history.json").read_text(encoding="utf-8"))
    assert saved["questions"] == [ITALIAN]


@pilot_test
async def test_follow_up_questions_use_the_conversation(
    seed_settings: Settings, tmp_path: Path
) -> None:
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        # The second question is typed while the first is being answered.
        await ask(pilot, "How much was the Italian fine?")
        await ask(pilot, "and the Greek one?")
        await until(pilot, answered(app, 2), "two answers")
        italian, greek = app.answers
        assert "Italy" in italian.answer and "Greece" in greek.answer
        assert greek.value is not None and greek.value.model_dump() == {
            "amount": 20000000,
            "currency": "EUR",
        }
        assert app.conversation == ["How much was the Italian fine?", "and the Greek one?"]
        # A new conversation forgets the context and offers the examples again.
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.conversation == [] and app.main.query(Welcome)


@pilot_test
async def test_bad_question_shows_one_line_and_keeps_going(
    seed_settings: Settings, tmp_path: Path
) -> None:
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.ask("x" * 1200)
        await until(pilot, lambda: app.main.query_one(AnswerView).error, "the error")
        assert "1,000" in (app.main.query_one(AnswerView).error or "").replace("1000", "1,000")
        assert app.conversation == []


@pilot_test
async def test_input_history_walks_back_and_forth(seed_settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    InputHistory(path).add("first question")
    InputHistory(path).add("second question")
    app = make_app(seed_settings, tmp_path, history_path=path)
    async with app.run_test(size=SIZE) as pilot:
        field = app.main.query_one(HistoryInput)
        await pilot.press(*"draft")
        await pilot.press("up")
        assert field.value == "second question"
        await pilot.press("up", "up")
        assert field.value == "first question"
        await pilot.press("down")
        assert field.value == "second question"
        await pilot.press("down")
        assert field.value == "draft"


# Citations and the sources panel ----------------------------------------------------------


@pilot_test
async def test_choosing_a_citation_highlights_its_span_in_the_article(
    seed_settings: Settings, tmp_path: Path
) -> None:
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ask(pilot, ITALIAN)
        await until(pilot, answered(app, 1), "the answer")
        first, second = app.answers[0].citations[:2]
        # Keyboard: Ctrl+O selects the last answer's citations, → moves, Enter opens.
        await pilot.press("ctrl+o", "right", "enter")
        await until(pilot, lambda: app.sources.display and app.sources.source, "the panel")
        source = app.sources.source
        assert source is not None and source.meta.id == second.article_id
        assert app.sources.highlighted == second.quote
        assert second.title in str(app.sources.query_one("#source-head").render())
        # The highlighted span is scrolled into view.
        scroll = app.sources.query_one("#source-scroll")
        body = app.sources.query_one("#source-body")
        rendered = "\n".join(
            strip.text for strip in body.render_lines(scroll.scrollable_content_region.reset_offset)
        )
        assert rendered  # the body is drawn
        # Mouse: clicking the [1] marker opens the first citation.
        view = app.main.query_one(AnswerView)
        target = click_actions(app, view).get("link('#cite-1')")
        assert target is not None, "no clickable [1] marker"
        await pilot.click(offset=target)
        await until(
            pilot,
            lambda: app.sources.source is not None and app.sources.source.n == 1,
            "the first source",
        )
        assert app.sources.highlighted == first.quote
        body_text = app.sources.source.body if app.sources.source else ""
        line = body_text[: first.start].count("\n")
        assert app.sources.query_one("#source-scroll").scroll_y > 0 or line < 5
        # Esc closes the panel.
        await pilot.press("escape")
        assert not app.sources.display


@pilot_test
async def test_sources_panel_scrolls_to_a_span_deep_in_the_article(
    seed_settings: Settings, tmp_path: Path
) -> None:
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.ready, "the ready state")
        article = "2022-10-hipaa-guide-clearview-slapped-with-another-20-million-gdpr-penalty"
        app.open_citation(
            Citation(
                n=1,
                article_id=article,
                title="t",
                outlet=None,
                published=None,
                start=3484,
                end=3600,
                quote="",
            )
        )
        await until(pilot, lambda: app.sources.source is not None, "the panel")
        scroll = app.sources.query_one("#source-scroll")
        # The span starts far below the first screenful. The panel scrolls after its layout,
        # which a loaded machine can take longer than a fixed pause to do: waited for.
        await until(pilot, lambda: scroll.scroll_y > 10, "the scroll to the span")


# Facts view -----------------------------------------------------------------------------


@pilot_test
async def test_facts_view_lists_filters_sorts_and_opens_sources(
    seed_settings: Settings, tmp_path: Path
) -> None:
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+t")
        await until(pilot, lambda: isinstance(app.screen, FactsScreen), "the facts view")
        screen = app.screen
        assert isinstance(screen, FactsScreen)
        table = screen.query_one(DataTable)
        await until(pilot, lambda: screen.rows is not None, "the rows")
        assert screen.rows is not None and table.row_count == len(screen.rows) >= 10
        assert any(row.respondent.startswith("Clearview") for row in screen.rows)
        # Filter: a place name finds its code.
        await pilot.press("ctrl+f", *"italian")
        await pilot.pause()
        assert 1 <= table.row_count < len(screen.rows)
        assert all(row.jurisdiction == "IT" for row in screen.shown)
        await pilot.press("ctrl+u", *"fine")
        await pilot.pause()
        assert all("fine" in row.action for row in screen.shown)
        # Sort by amount, largest first, by clicking the header.
        screen.query_one(Input).value = ""
        screen.sort_by("amount")
        await pilot.pause()
        amounts = [int(row.amount_value) for row in screen.shown if row.amount_value]
        assert amounts == sorted(amounts, reverse=True)
        # Enter opens the row's source beside the chat.
        table.focus()
        await pilot.press("home", "enter")
        await until(pilot, lambda: app.sources.source is not None, "the source")
        assert not isinstance(app.screen, FactsScreen)
        row = screen.shown[0]
        source = app.sources.source
        assert source is not None and source.meta.id in row.article_ids
        assert app.sources.highlighted == source.body[row.quote_start : row.quote_end]
        assert app.sources.highlighted.strip()


# Index updates --------------------------------------------------------------------------


@pilot_test
async def test_esc_cancels_a_rebuild_and_keeps_the_old_index(
    private_index: Settings, tmp_path: Path
) -> None:
    before = generation(private_index)
    app = make_app(private_index, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.ready, "the ready state")
        # Another writer holds the index, so the rebuild is still running when Esc is pressed
        # (a 5-article rebuild can finish within one key press on a quiet machine).
        with writer_lock(private_index.index_dir):
            await pilot.press("ctrl+r")
            assert app.indexing
            await pilot.press("escape")
            await until(pilot, lambda: not app.indexing, "the cancellation", timeout=120)
        assert app.last_summary is None
        assert generation(private_index) == before
        assert not app.main.query_one("#index-bar").display
        await ask(pilot, ITALIAN)
        await until(pilot, answered(app, 1), "the answer")
        assert app.answers[0].answer.startswith("No.")


@pilot_test
async def test_rebuild_shows_progress_while_questions_use_the_old_index(
    private_index: Settings, tmp_path: Path
) -> None:
    before = generation(private_index)
    app = make_app(private_index, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.ready, "the ready state")
        bar = app.main.query_one(ProgressBar)
        # Holding the writer lock keeps the rebuild waiting for as long as the test needs.
        with writer_lock(private_index.index_dir):
            await pilot.press("ctrl+r")
            assert app.indexing and app.main.query_one("#index-bar").display
            await ask(pilot, ITALIAN)
            await until(pilot, answered(app, 1), "the answer")
            assert app.indexing  # answered from the old index while the rebuild runs
            assert app.answers[0].answer.startswith("No.")
        await until(
            pilot,
            lambda: app.last_progress and app.last_progress.stage == "embedding",
            "embedding progress",
            timeout=120,
        )
        label = str(app.main.query_one("#index-label").render())
        assert "Rebuilding the index:" in label and "chunks" in label and "Esc cancels" in label
        assert bar.total == app.last_progress.chunks_total > 0
        await until(pilot, lambda: not app.indexing, "the rebuild", timeout=120)
        summary = app.last_summary
        assert summary is not None and summary.articles == 5 and summary.wrote_generation
        assert bar.total == bar.progress == summary.chunks
        assert not app.main.query_one("#index-bar").display
        # Questions now use the new index.
        await ask(pilot, "How much was the Italian fine?")
        await until(pilot, answered(app, 2), "the second answer")
        assert app.answers[1].value is not None
    assert generation(private_index) != before


@pilot_test
async def test_stale_index_offers_an_update(private_index: Settings, tmp_path: Path) -> None:
    extra = private_index.corpus_dir / "2024-01-01-extra.md"
    extra.write_text(
        "---\ntitle: Regulator fines Acme\noutlet: Test Wire\npublished: '2024-01-01'\n---\n"
        "The Dutch regulator fined Acme €1 million on 1 January 2024.\n",
        encoding="utf-8",
    )
    before = generation(private_index)
    app = make_app(private_index, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.ready, "the ready state")
        notice = app.main.query_one("#notice")
        assert notice.display and "1 added" in str(notice.render())
        # Asking first answers from the index as it is: nothing is updated behind the user.
        await ask(pilot, ITALIAN)
        await until(pilot, answered(app, 1), "the answer")
        assert app.answers[0].answer.startswith("No.")
        assert generation(private_index) == before and not app.indexing
        assert notice.display and "5 articles" in str(app.main.query_one("#status").render())
        await pilot.press("f5")
        await until(pilot, lambda: app.last_summary is not None, "the update", timeout=120)
        assert app.last_summary is not None and app.last_summary.added == 1
        assert not notice.display
        assert "6 articles" in str(app.main.query_one("#status").render())


@pilot_test
async def test_articles_added_while_running_are_offered_after_the_next_answer(
    private_index: Settings, tmp_path: Path
) -> None:
    before = generation(private_index)
    app = make_app(private_index, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.ready, "the ready state")
        notice = app.main.query_one("#notice")
        assert not notice.display
        (private_index.corpus_dir / "2024-01-01-extra.md").write_text(
            "---\ntitle: Regulator fines Acme\noutlet: Test Wire\npublished: '2024-01-01'\n---\n"
            "The Dutch regulator fined Acme €1 million on 1 January 2024.\n",
            encoding="utf-8",
        )
        await ask(pilot, ITALIAN)
        await until(pilot, answered(app, 1), "the answer")
        await until(pilot, lambda: notice.display, "the offer to update")
        assert "1 added" in str(notice.render())
        assert generation(private_index) == before
        # "Later" hides it, and the same reason is not offered again.
        app.action_dismiss_notice()
        await ask(pilot, "How much was the Italian fine?")
        await until(pilot, answered(app, 2), "the second answer")
        await pilot.pause(0.3)
        assert not notice.display


@pilot_test
async def test_empty_corpus_explains_how_to_add_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "empty-corpus"
    corpus.mkdir()
    settings = Settings.load(corpus=corpus, index=tmp_path / "index")
    app = make_app(settings, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.ready, "the ready state", timeout=120)
        problem = str(app.main.query_one("#welcome-problem").render())
        assert "no articles yet" in problem and "assistant add FILE" in problem
        assert "no articles yet" in str(app.main.query_one("#status").render())
        await ask(pilot, "Has Clearview paid the Italian fine?")
        await until(pilot, answered(app, 1), "the answer")
        assert not app.answers[0].found
        assert "-not-found" in app.main.query_one(AnswerView).classes


# Copy, export, help, palette, theme --------------------------------------------------------


@pilot_test
async def test_copy_export_help_palette_and_theme(seed_settings: Settings, tmp_path: Path) -> None:
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ask(pilot, ITALIAN)
        await until(pilot, answered(app, 1), "the answer")
        answer = app.answers[0]
        await pilot.press("ctrl+y")
        assert app.clipboard.startswith(f"Q: {ITALIAN}\n\nNo.")
        assert answer.citations[0].quote.split()[0] in app.clipboard
        await pilot.press("ctrl+s")
        assert app.last_export is not None and app.last_export.parent == tmp_path / "exports"
        markdown = app.last_export.read_text(encoding="utf-8")
        assert f"## {ITALIAN}" in markdown and "**[1]**" in markdown and "\n> " in markdown
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Facts view")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FactsScreen), "the facts view")
        await pilot.press("escape")
        dark = app.current_theme.dark
        await pilot.press("ctrl+l")
        assert app.current_theme.dark != dark


# Untrusted text -------------------------------------------------------------------------

HOSTILE = (
    "[bold]loud[/bold] **x** _y_ `z` [link=https://evil.example]click[/link] <b>b</b> &amp; "
    "\x1b[31mred\x1b[0m \x07 [@click=app.quit]q[/] [1](#cite-1) https://evil.example"
)
LITERALLY = (
    "[bold]loud[/bold] **x** _y_ `z` [link=https://evil.example]click[/link] <b>b</b> &amp; "
    "\\x1b[31mred\\x1b[0m \\x07 [@click=app.quit]q[/] [1](#cite-1) https://evil.example"
)


@pilot_test
async def test_article_text_is_shown_literally_in_answers_and_sources(
    seed_settings: Settings, tmp_path: Path
) -> None:
    """Markdown, Rich/Textual markup and escape sequences from an article stay text."""
    body = f"Intro. {HOSTILE} end."
    citation = Citation(
        n=1,
        article_id="a",
        title=HOSTILE,
        outlet=HOSTILE,
        published="2024-01-01",
        start=7,
        end=7 + len(HOSTILE),
        quote=HOSTILE,
    )
    answer = Answer(
        question=HOSTILE,
        kind="amount",
        found=True,
        answer=f"€1. {HOSTILE} [1]",
        citations=[citation],
        conflicts=[Conflict(claim=HOSTILE, citation=1)],
    )
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await until(pilot, lambda: app.ready, "the ready state")
        view = app.show_answer(answer)
        await until(pilot, drawn(app), "the drawn answer")
        shown = shown_text(view)
        assert shown.count(LITERALLY) == 4, shown  # the answer, the conflict, outlet, quote
        assert "\x1b" not in shown and "Sources disagree" in shown
        assert str(app.main.query_one(QuestionView).content).endswith(LITERALLY)
        # Only the real [1] marker is a link: nothing from the article can be clicked.
        assert set(click_actions(app, view)) == {"link('#cite-1')"}
        # The sources panel: heading and body literal, the span highlighted.
        app.sources.show(
            Source(
                meta=ArticleMeta(id="a", title=HOSTILE, path="a.md", format="md", url=HOSTILE),
                body=body,
                start=7,
                end=7 + len(HOSTILE),
                n=1,
            )
        )
        await pilot.pause()
        head = str(app.sources.query_one("#source-head", Static).content)
        text = str(app.sources.query_one("#source-body", Static).content)
        assert head.count(LITERALLY) == 2 and "\x1b" not in head
        assert LITERALLY in text and "\x1b" not in text
        assert app.sources.highlighted == HOSTILE


@pilot_test
async def test_calculations_show_their_working_and_not_found_answers_say_so(
    seed_settings: Settings, tmp_path: Path
) -> None:
    saved = json.loads((Path(__file__).parent / "data" / "tui_answers.json").read_text("utf-8"))
    calculation, not_found = (Answer.model_validate(item) for item in saved[1:3])
    assert calculation.calculation is not None
    app = make_app(seed_settings, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        worked = app.show_answer(calculation)
        missing = app.show_answer(not_found)
        await until(pilot, drawn(app), "the drawn answers")
        shown = shown_text(worked)
        assert "Working: " + calculation.calculation.formula in shown
        assert f"1. {calculation.calculation.steps[0]}" in shown
        assert missing.has_class("-not-found")
        assert missing.border_title == "The sources don't say"
        assert shown_text(missing).startswith("The sources don't say")


def test_without_a_terminal_assistant_runs_the_prompt_loop_not_the_tui(
    seed_settings: Settings,
) -> None:
    script = (
        "import sys\n"
        "from assistant.cli import main\n"
        f"code = main(['--corpus', {str(seed_settings.corpus_dir)!r}, '--index', {str(seed_settings.index_dir)!r}])\n"
        "print('textual loaded:', 'textual' in sys.modules)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=f"{ITALIAN}\n\n",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "\n? No." in result.stdout
    assert "textual loaded: False" in result.stdout
