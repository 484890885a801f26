"""When a decision was taken, told away from the measures it imposed (classes first met in
blind sets 33 and 34), on invented copy: a digest's summary table with a date column, a
period told "from … to …" that is the wrong's, not the decision's, a wire's lead saying the
day the regulator spoke, and a board's meeting that adopted the decisions listed after it."""

from __future__ import annotations

from pathlib import Path

from assistant.facts import extract_facts
from assistant.ingest import load_article
from assistant.lexicon import lexicon
from assistant.text import context_starts, sentences
from tests.test_facts_general import extract

_FOLDER = Path(__file__).parent / "fixtures" / "decision_days"


def _facts(name: str):
    article = load_article(next(_FOLDER.glob(f"{name}*.md")))
    spans = sentences(article.body)
    contexts = [spans[i].start for i in context_starts(article.body, spans)]
    return article.body, extract_facts(article, spans, contexts, lexicon())


def _prose_days(name: str) -> dict[tuple[str, str, int | None], str | None]:
    """(action, respondent, amount) -> date, for the facts told in sentences (not rows)."""
    body, facts = _facts(name)
    return {
        (f.action, f.respondent.text, int(f.amount.amount) if f.amount else None): (
            f.date.text if f.date else None
        )
        for f in facts
        if f.respondent and not body[f.start : f.end].lstrip().startswith("|")
    }


def test_a_digests_table_dates_the_measures_its_sections_tell() -> None:
    days = _prose_days("2025-05-07-baltic")
    assert days[("fine", "Rīgas Piena Kombināts SIA", 1_300_000)] == "2025-04-03"
    # the order told with the fine is the same decision's
    assert days[("order", "Rīgas Piena Kombināts SIA", None)] == "2025-04-03"
    # several parties in one cell: "Tallinna Makse AS / Harju Kredit OÜ"
    assert days[("fine", "Harju Kredit OÜ", 40_000)] == "2025-04-16"
    # the earlier case the section recalls keeps its own month
    assert days[("fine", "Vilniaus Mokėjimai", 30_000)] == "2023-03"


def test_a_period_told_from_one_month_to_another_is_not_the_decisions_day() -> None:
    facts = extract(
        "The Hellenic Competition Commission fined Olympos Dairy SA EUR 2.2 million for "
        "refusing, from February to August, to supply independent retailers.",
        published="2025-11-12",
    )
    (fine,) = [f for f in facts if f.amount]
    assert fine.date is None or fine.date.text not in {"2025-02", "2025-08"}
