from __future__ import annotations

import pytest

from assistant import postings
from assistant.lexical import fts_query, query_terms, synonyms_of
from assistant.postings import id_ranges
from assistant.session import Session


def match_for(session: Session, question: str) -> str:
    lexicon = session.lexicon
    return fts_query(
        query_terms(question, lexicon.stopwords),
        [*lexicon.expand(question), *synonyms_of(question)],
    )


def test_id_ranges_groups_consecutive_ids() -> None:
    assert id_ranges([7, 3, 4, 5, 9, 10, 4]) == [(3, 5), (7, 7), (9, 10)]
    assert id_ranges([]) == []
    assert id_ranges([1, 2, 5, 40], gap=3) == [(1, 5), (40, 40)]


def test_scores_of_given_sentences_equal_fts5_over_the_whole_index(seed_session: Session) -> None:
    reader = seed_session.reader()
    match = match_for(seed_session, "has Clearview paid the Italian fine?")
    ids = [r[0] for r in reader._db.execute("SELECT id FROM sentences ORDER BY id LIMIT 40")]
    marks = ",".join("?" * len(ids))
    expected = dict(
        reader._db.execute(
            f"SELECT rowid, -bm25(sentence_text) FROM sentence_text"
            f" WHERE sentence_text MATCH ? AND rowid IN ({marks})",
            (match, *ids),
        ).fetchall()
    )
    got = reader.lexical_sentences(match, ids)
    assert got.keys() == expected.keys() and expected
    assert all(got[i] == pytest.approx(expected[i]) for i in got)
    reader.lexical_top_sentences(match, 5)  # its scores are reused: still the same numbers
    again = reader.lexical_sentences(match, ids)
    assert again.keys() == expected.keys()
    assert all(again[i] == pytest.approx(expected[i]) for i in again)


def test_small_indexes_keep_the_whole_query_large_ones_drop_common_terms(
    seed_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = seed_session.reader()
    match = match_for(seed_session, "has Clearview paid the Italian fine?")
    planner = postings.Planner(reader._db)
    assert planner.prune(match, "sentence_text") == match
    monkeypatch.setattr(postings, "POSTINGS_BUDGET", 5)
    pruned = postings.Planner(reader._db).prune(match, "sentence_text")
    kept = pruned.split(" OR ")
    assert 1 <= len(kept) < len(match.split(" OR "))
    assert '"clearview"' not in kept  # in nearly every sentence of the seed corpus
    assert postings.Planner(reader._db).prune("NEAR(a b)", "sentence_text") == "NEAR(a b)"
