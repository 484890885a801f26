from __future__ import annotations

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from assistant import fact_merge, index_keys, indexer
from assistant.config import Settings
from assistant.fact_check import compare, load_expected
from assistant.facts import Fact, extract_facts
from assistant.grouping import group_facts, home_currency
from assistant.ingest import load_article
from assistant.lexicon import lexicon
from assistant.session import Session
from assistant.text import context_starts, sentences
from tests.conftest import ROOT, SEED_CORPUS, RunCli, write_article
from tests.test_facts_general import extract

DEV = ROOT / "tests" / "fixtures" / "dev_articles"


def extract_folder(folder: Path) -> tuple[dict[str, list[Fact]], dict[str, str]]:
    facts, bodies = {}, {}
    for path in sorted(folder.glob("*.md")):
        article = load_article(path)
        spans = sentences(article.body)
        contexts = [spans[i].start for i in context_starts(article.body, spans)]
        facts[article.id] = extract_facts(article, spans, contexts, lexicon())
        bodies[article.id] = article.body
    return facts, bodies


def test_seed_articles_give_exactly_the_table_written_by_reading_them() -> None:
    facts, bodies = extract_folder(SEED_CORPUS)
    report = compare(
        facts, bodies, load_expected(ROOT / "tests" / "data" / "seed_facts.json"), lexicon()
    )
    assert report.expected == 30
    assert report.perfect, "\n".join(report.wrong + report.missing + report.spurious)


def test_dev_articles_do_not_regress_and_never_invent_amounts() -> None:
    facts, bodies = extract_folder(DEV)
    report = compare(facts, bodies, load_expected(DEV / "expected_facts.json"), lexicon())
    assert not report.spurious, report.spurious
    assert report.matched >= 27, f"{report.matched}/{report.expected}: " + "\n".join(
        report.wrong + report.missing
    )


def test_every_field_quotes_its_span_exactly() -> None:
    for folder in (SEED_CORPUS, DEV):
        facts, bodies = extract_folder(folder)
        for article_id, items in facts.items():
            body = bodies[article_id]
            for fact in items:
                assert 0 <= fact.start < fact.end <= len(body)
                for located in [fact.amount, *fact.other_amounts, *fact.variants]:
                    if located is not None:
                        assert body[located.start : located.end] == located.text
                if fact.respondent and fact.respondent.end > fact.respondent.start:
                    assert body[fact.respondent.start : fact.respondent.end] == fact.respondent.text
                for status in fact.statuses:
                    assert 0 <= status.start < status.end <= len(body)
                for provision in fact.provisions:
                    assert body[provision.start : provision.end].strip()


def test_caps_and_turnover_are_never_fines(tmp_path: Path) -> None:
    path = write_article(
        tmp_path,
        "caps",
        "Under the GDPR, companies can be fined up to €20 million or 4% of annual turnover, whichever is higher. "
        "Acme has an annual turnover of around €3.5 million. Acme raised €40 million in funding last year.",
    )
    article = load_article(path)
    spans = sentences(article.body)
    facts = extract_facts(article, spans, [s.start for s in spans], lexicon())
    assert [f for f in facts if f.amount] == []


def test_negated_and_claimed_outcomes(tmp_path: Path) -> None:
    path = write_article(
        tmp_path,
        "outcomes",
        "The Dutch data protection authority fined Acme €5 million on Tuesday. Acme has not paid the fine. "
        "Acme says it is not subject to Dutch law and will appeal.",
    )
    article = load_article(path)
    spans = sentences(article.body)
    (fine,) = extract_facts(article, spans, [s.start for s in spans], lexicon())
    statuses = {s.status: s for s in fine.statuses}
    assert fine.authority == "AP (NL)" and fine.amount.amount == Decimal("5000000")
    assert "not_paid" in statuses and "paid" not in statuses
    assert statuses["disputed"].claim_of == "Acme"


@pytest.fixture
def disagreeing(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(
        corpus,
        "a",
        "The Information Commissioner's Office fined Acme Ltd £7.5M on 3 May 2024.",
        published="2024-05-04",
    )
    write_article(
        corpus,
        "b",
        "The ICO fined Acme Ltd £7,552,800 on 3 May 2024, the regulator said.",
        published="2024-05-05",
    )
    write_article(
        corpus,
        "c",
        "The UK's ICO has fined Acme Ltd £10 million on 3 May 2024.",
        published="2024-05-06",
    )
    return Settings.load(corpus=corpus, index=tmp_path / "index")


def test_sources_that_disagree_are_conflicts_but_rounding_is_not(disagreeing: Settings) -> None:
    session = Session(disagreeing)
    reader = session.reader()
    (group,) = [g for g in group_facts(reader.facts(), reader.published()) if g.action == "fine"]
    chosen, _ = group.amount(home_currency(group, session.lexicon))
    assert chosen.amount == Decimal(
        "7552800"
    )  # two sources agree (within rounding); the exact one leads
    conflicts = group.conflicts(chosen)
    assert [(a.amount, f.article_id) for a, f in conflicts] == [(Decimal("10000000"), "c")]


def test_changing_a_data_file_rederives_facts_without_reembedding(
    disagreeing: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session(disagreeing)
    session.reader()
    data = tmp_path / "data"
    shutil.copytree(index_keys.DATA_DIR, data)
    with open(data / "synonyms.toml", "a") as handle:
        handle.write("\n# a new comment changes the data version\n")
    monkeypatch.setattr(index_keys, "DATA_DIR", data)
    embedded: list[int] = []
    encoder = session.encoder
    original = encoder.encode_passages
    monkeypatch.setattr(
        encoder, "encode_passages", lambda p, **k: (embedded.append(len(p)), original(p, **k))[1]
    )
    notes: list[str] = []
    summary = indexer.update_index(disagreeing, get_encoder=lambda: encoder, note=notes.append)
    assert summary.wrote_generation and embedded == []
    assert any("re-reading facts" in n for n in notes)


def test_facts_command_filters_and_exports(run_cli: RunCli, seed_settings: Settings) -> None:
    folders = ["--corpus", str(seed_settings.corpus_dir), "--index", str(seed_settings.index_dir)]
    text = run_cli(*folders, "facts")
    assert text.returncode == 0 and "respondent" in text.stdout.splitlines()[0]
    rows = json.loads(run_cli(*folders, "facts", "--jurisdiction", "Italian", "--json").stdout)
    assert rows and all(r["jurisdiction"] == "IT" for r in rows)
    assert {r["amount"] for r in rows if r["action"] == "fine"} == {"€20,000,000"}
    uber = list(
        csv.DictReader(
            io.StringIO(run_cli(*folders, "facts", "--respondent", "Uber", "--csv").stdout)
        )
    )
    assert [(r["authority"], r["amount_value"], r["currency"]) for r in uber] == [
        ("AP (NL)", "10000000", "EUR")
    ]
    cnil = json.loads(run_cli(*folders, "facts", "--authority", "CNIL", "--json").stdout)
    assert cnil and all(r["authority"] == "CNIL" for r in cnil)


def test_a_long_list_of_fines_is_merged_in_linear_comparisons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: merging compared every mention with every fact already kept, so a long
    article listing thousands of fines took quadratic time (hours at the 1,000,000
    characters an article may have). Mentions are now compared within their respondent."""
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "be", "du"]
    names = [
        "".join(syllables[int(d)] for d in f"{n:04d}").capitalize() + "x Ltd" for n in range(1000)
    ]
    lines = [
        f"The CNIL fined {name} €{n % 90 + 1} million in May 2023." for n, name in enumerate(names)
    ]
    lines.append(
        f"{names[7]} was fined €8 million by the CNIL in May 2023."
    )  # said twice: one fact
    path = write_article(tmp_path, "2023-05-30-list", "\n\n".join(lines), title="Fines in May")
    article = load_article(path)
    spans = sentences(article.body)
    contexts = [spans[i].start for i in context_starts(article.body, spans)]
    comparisons = 0
    same_action = fact_merge._same_action

    def counted(a: Fact, b: Fact) -> bool:
        nonlocal comparisons
        comparisons += 1
        return same_action(a, b)

    monkeypatch.setattr(fact_merge, "_same_action", counted)
    facts = extract_facts(article, spans, contexts, lexicon())
    assert len(facts) == len(names)
    assert {f.respondent.text for f in facts if f.respondent} == set(names)
    assert comparisons < 2 * len(lines)  # was about len(lines) ** 2 / 2


def _facts_of(tmp_path: Path, body: str, **meta: str) -> list:
    article = load_article(write_article(tmp_path, "written", body, **meta))
    spans = sentences(article.body)
    return extract_facts(article, spans, [s.start for s in spans], lexicon())


def test_statute_dates_courts_of_other_countries_and_directions(tmp_path: Path) -> None:
    """Read as enforcement copy is written, whatever the regulator: a date in a statute's name
    dates nothing, "Greece's Council of State" is Greek, "directed X to" is an order."""
    facts = _facts_of(
        tmp_path,
        "ATHENS, March 28 (Test Wire) - Greece's Council of State on Thursday annulled a €150,000 "
        "fine imposed on Kyma Couriers S.A. by the data protection authority.\n\n"
        "The regulator directed Kyma Couriers to appoint a data protection officer.\n\n"
        "Separately, the authority imposed a penalty payment of EUR 1,000 per day of delay on "
        "Kyma Couriers, under Article 100 of the Law of 3 December 2017.",
        published="2025-03-28",
    )
    ruling = next(f for f in facts if f.action == "ruling")
    assert ruling.jurisdiction == "GR" and ruling.authority == "Council of State of Greece"
    assert any(f.action == "order" and f.respondent_key == "kyma" for f in facts), facts
    daily = next(f for f in facts if f.action == "penalty_payment")
    assert daily.date is None or not daily.date.text.startswith("2017")


def test_that_fine_is_the_one_just_reported(tmp_path: Path) -> None:
    facts = _facts_of(
        tmp_path,
        "MADRID, March 5 (Test Wire) - Spain's AEPD said on Tuesday it had fined Telvoria "
        "€1.5m for handing duplicate SIM cards to fraudsters.\n\n"
        "In 2021 the AEPD fined Telvoria €70,000 for marketing calls. The company paid that fine.",
        published="2024-03-05",
    )
    paid = {
        f.amount.text for f in facts if f.amount and any(s.status == "paid" for s in f.statuses)
    }
    assert paid == {"€70,000"}, facts


@pytest.mark.parametrize(
    ("written", "same"),
    [("Supreme Court", True), ("Supreme Court of Canada", True), ("High Court", False)],
)
def test_a_table_may_name_a_court_without_the_country_its_full_name_ends_with(
    written: str, same: bool
) -> None:
    body = "The Supreme Court of Canada ordered Maplewood Grain Ltd. to pay a $2,000,000 fine."
    facts = extract(body)
    (fact,) = facts
    fact.authority, fact.jurisdiction = "Supreme Court of Canada", "CA"  # as a court is named
    wanted = {
        "invented": [
            {
                "action": "fine",
                "amount": "2000000",
                "currency": fact.amount.currency if fact.amount else None,
                "respondent": "Maplewood Grain",
                "authority": written,
                "evidence": "ordered Maplewood Grain Ltd. to pay a $2,000,000 fine",
            }
        ]
    }
    report = compare({"invented": facts}, {"invented": body}, wanted, lexicon())
    assert (report.matched == 1) is same, report.wrong


@pytest.mark.parametrize(
    ("written", "same"),
    [("High Court in Lilongwe", True), ("Lilongwe High Court", True), ("High Court", False)],
)
def test_a_table_may_put_a_courts_place_before_or_after_its_name(written: str, same: bool) -> None:
    body = "The Lilongwe High Court ordered Chisomo Mills Ltd to pay a $400,000 fine."
    (fact,) = extract(body)
    fact.authority = "Lilongwe High Court"  # as the extractor names a court it has no data for
    item = {
        "action": "fine",
        "amount": "400000",
        "currency": fact.amount.currency if fact.amount else None,
        "respondent": "Chisomo Mills",
        "authority": written,
        "evidence": "ordered Chisomo Mills Ltd to pay a $400,000 fine",
    }
    report = compare({"a": [fact]}, {"a": body}, {"a": [item]}, lexicon())
    assert (report.matched == 1) is same, report.wrong


@pytest.mark.parametrize(
    ("table", "read", "same"),
    [
        ("CA", "CA-NS", True),
        ("CA-NS", "CA-NS", True),
        ("CA-NS", "CA", False),
        ("CA", "US-NV", False),
    ],
)
def test_a_table_giving_the_country_accepts_the_province_or_state_read(
    table: str, read: str, same: bool
) -> None:
    body = "Norway's Datatilsynet fined Fjellbyen Parkering AS NOK 2 million on 4 March 2024."
    (fact,) = extract(body)
    fact.jurisdiction = read
    item = {
        "action": "fine",
        "amount": "2000000",
        "currency": "NOK",
        "respondent": "Fjellbyen Parkering",
        "jurisdiction": table,
        "evidence": "fined Fjellbyen Parkering AS NOK 2 million",
    }
    report = compare({"a": [fact]}, {"a": body}, {"a": [item]}, lexicon())
    assert (report.matched == 1) is same, report.wrong


@pytest.mark.parametrize(
    ("changes", "exact", "core"),
    [
        ({}, 1, 1),
        ({"date": "2031-02-03"}, 0, 1),  # a detail wrong: who, by whom and how much still right
        ({"statuses": ["paid"]}, 0, 1),
        ({"respondent": "Someone Else Holdings"}, 0, 0),
        ({"jurisdiction": "NZ"}, 0, 0),
    ],
)
def test_the_report_counts_who_by_whom_and_how_much_apart_from_the_details(
    changes: dict, exact: int, core: int
) -> None:
    body = "Norway's Datatilsynet fined Fjellbyen Parkering AS NOK 2 million on 4 March 2024."
    (fact,) = extract(body)
    item = {
        "action": "fine",
        "amount": "2000000",
        "currency": "NOK",
        "respondent": "Fjellbyen Parkering",
        "authority": "Datatilsynet",
        "jurisdiction": "NO",
        "date": "2024-03-04",
        "provisions": [],
        "statuses": [],
        "evidence": "fined Fjellbyen Parkering AS NOK 2 million",
    } | changes
    report = compare({"a": [fact]}, {"a": body}, {"a": [item]}, lexicon())
    assert (report.matched, report.core_matched) == (exact, core), report.wrong
