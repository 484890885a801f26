from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluate import load_cases, score_retrieval
from assistant.retrieve import Retriever
from assistant.session import Session

CASES = Path(__file__).parent / "data" / "retrieval.jsonl"


@pytest.fixture(scope="module")
def retriever(seed_session: Session) -> Retriever:
    return Retriever(seed_session.reader(), seed_session.encoder, seed_session.lexicon)


def quotes(retriever: Retriever, question: str, **kwargs) -> list[str]:
    return [
        retriever.body(e.article_id)[e.start : e.end] for e in retriever.search(question, **kwargs)
    ]


def test_italian_fine_evidence_is_quoted_with_the_sentences_it_needs(retriever: Retriever) -> None:
    found = quotes(retriever, "has Clearview paid the Italian fine?")
    unpaid = [q for q in found if "none of these penalties have been paid" in q]
    assert unpaid, found
    # The subject of "these penalties" is in the sentences before: quoted together.
    assert unpaid[0].startswith(
        "Similar fines have been imposed by the Data Protection Authorities in Italy"
    )


def test_every_evidence_span_is_an_exact_quote(retriever: Retriever, seed_session: Session) -> None:
    answer = seed_session.ask("How much was the overdue penalty payment and when was it imposed?")
    assert answer.citations
    for citation in answer.citations:
        body = seed_session.reader().article_body(citation.article_id)
        assert citation.quote == body[citation.start : citation.end]
        assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def test_same_sentence_repeated_on_a_page_is_cited_once(retriever: Retriever) -> None:
    found = quotes(
        retriever,
        "France's privacy watchdog doled out further penalties to Clearview for failing to pay",
    )
    normalised = [" ".join(q.replace("’", "'").split()) for q in found]
    assert len(normalised) == len(set(normalised))


@pytest.mark.parametrize(
    "question",
    [
        'fine" OR body:* NEAR(a b) -- ',
        "^^^ AND OR NOT ***",
        "'); DROP TABLE chunks; --",
        '"unbalanced',
        "?!",
    ],
)
def test_fts_syntax_in_questions_is_harmless(retriever: Retriever, question: str) -> None:
    retriever.search(question)  # never raises, whatever the characters


def test_modes_are_independent_signals(retriever: Retriever) -> None:
    question = "What did the CNIL say about blocking Clearview's website?"
    for mode in ("dense", "lexical", "hybrid"):
        found = quotes(retriever, question, mode=mode)
        assert any("will not be seeking to block" in q for q in found), (mode, found)


def test_fused_recall_at_5_is_at_least_90_percent(retriever: Retriever) -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 25
    hybrid = score_retrieval(retriever, cases, "hybrid")
    missed = [c.question for c in hybrid.misses]
    assert hybrid.recall >= 0.9, f"recall@5 {hybrid.recall:.3f}; missed: {missed}"
    # Fusion must beat each signal alone, or it is not pulling its weight.
    assert hybrid.recall >= score_retrieval(retriever, cases, "dense").recall
    assert hybrid.recall >= score_retrieval(retriever, cases, "lexical").recall


def test_candidates_read_in_two_parts_match_one_read(retriever: Retriever) -> None:
    """The sentences read while the question is encoded and those read after give the
    vectors and bm25 scores, in the order, that one read of all of them gives."""
    from assistant.lexical import fts_query, query_terms
    from assistant.retrieve import _Candidates

    reader = retriever.reader
    match = fts_query(query_terms("penalty payment appeal", retriever.lexicon.stopwords), [])
    chunks = [c for c, _ in reader.lexical_chunks(match, 30)]
    assert len(chunks) >= 4
    candidates = _Candidates(reader, match, with_vectors=True)
    candidates.add(chunks[:2])
    candidates.add(chunks)
    ids = [s.id for c in chunks for s in candidates.rows[c]]
    found, matrix = candidates.matrix(ids)
    expected_found, expected_matrix = reader.sentence_matrix(ids)
    assert found == expected_found
    assert matrix.tobytes() == expected_matrix.tobytes()
    scored = reader.lexical_sentences(match, ids, candidates.scores)
    assert list(scored.items()) == list(reader.lexical_sentences(match, ids).items())
