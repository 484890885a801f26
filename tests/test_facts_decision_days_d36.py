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


def test_the_meeting_that_adopted_the_listed_decisions_dates_each_of_them() -> None:
    days = _prose_days("2025-03-12-our-jamaica")
    assert days[("fine", "Caribbean Grid Ltd", 18_000_000)] == "2025-03-06"
    # the daily penalty if the order is not met is the same meeting's decision
    assert days[("penalty_payment", "Caribbean Grid Ltd", 150_000)] == "2025-03-06"
    # an earlier case the release recalls keeps its own year
    assert days[("fine", "Caribbean Grid Ltd", 4_000_000)] == "2022"


def test_a_meeting_dated_by_its_weekday() -> None:
    facts = extract(
        "Pasig City, 10 April 2025 - At its plenary session held on Tuesday, the Energy "
        "Regulatory Commission adopted the following decisions:\n\n"
        "1. Luzon Grid Corp is fined PHP 5,000,000 for late reporting of outages.\n\n"
        "2. Should Luzon Grid Corp fail to file its outage reports within 30 days, it shall "
        "pay a further penalty of PHP 20,000 for each day of delay.\n",
        published="2025-04-10",
    )
    dated = {f.action: f.date.text if f.date else None for f in facts if f.amount}
    assert dated == {"fine": "2025-04-08", "penalty_payment": "2025-04-08"}


def test_an_opening_telling_when_the_decisions_were_published_is_their_announcement() -> None:
    _body, facts = _facts("2025-09-19-namfisa")
    told = {
        (f.action, f.respondent.text): f.announced.text if f.announced else None
        for f in facts
        if f.respondent
    }
    assert told[("fine", "Kalahari Micro Lenders (Pty) Ltd")] == "2025-09-17"
    assert told[("ban", "Etosha Cash Loans CC")] == "2025-09-17"
    # not the earlier case, dated by its year
    (earlier,) = [f for f in facts if f.date and f.date.text == "2023"]
    assert earlier.announced is None


def test_the_same_decision_dated_later_dates_the_measure_told_before() -> None:
    facts = extract(
        "NAIROBI, March 6 (Wire) — The Capital Markets Authority said it has imposed a "
        "financial penalty of KSh 12 million on Savanna Securities Ltd, a licensed stockbroker, "
        "for misusing client funds.\n\n"
        "In the same decision, announced by the regulator on Tuesday, the authority imposed on "
        "the firm's former chief executive, Mr. John Mwangi, a penalty of KSh 1 million and "
        "barred him from holding office for three years.",
        published="2025-03-06",
    )
    (fine,) = [f for f in facts if f.amount and f.amount.amount == 12_000_000]
    assert fine.date is not None and fine.date.text == "2025-03-04"


def test_a_sentence_opening_on_a_relative_day_dates_the_measures_it_goes_on_to_tell() -> None:
    facts = extract(
        "The Financial Services Commission of Mauritius has been busy this year.\n\n"
        "Last month, the Commission approved a settlement agreement with Ebène Forex Ltd, "
        "which admitted it had dealt with clients without a licence. Under the settlement, "
        "Ebène Forex agreed to pay Rs 2 million and to refund its clients.",
        published="2025-06-12",
    )
    (paid,) = [f for f in facts if f.amount]
    assert paid.date is not None and paid.date.text == "2025-05"


def test_a_wire_leads_day_said_is_the_announcement_of_the_measures_told_after_it() -> None:
    facts = extract(
        "LIMA, May 8 (Andean Wire) - Peru's consumer protection agency Indecopi said on "
        "Tuesday it fined two airlines a combined 2.1 million soles for cancelling flights "
        "without notice.\n\n"
        "The largest penalty, 1.5 million soles, was imposed on Condor Andino S.A.C., which "
        "cancelled 212 flights in March. Condor Andino was also ordered to refund every "
        "affected passenger within 30 days.\n\n"
        "In 2022 the agency fined Condor Andino 300,000 soles for overbooking.",
        published="2025-05-08",
    )
    told = {
        (f.action, int(f.amount.amount) if f.amount else None): (
            f.announced.text if f.announced else None,
            f.date.text if f.date else None,
        )
        for f in facts
    }
    assert told[("fine", 1_500_000)][0] == "2025-05-06"
    assert told[("order", None)][0] == "2025-05-06"
    assert told[("fine", 300_000)][1] == "2022"  # the earlier case keeps its year
