"""Days from a regulator's decision to the court's ruling on it, asked the ways users ask: "how
many days from the X resolution to the Y judgment" (from one event to another, not a period the
sources state), and a decision called a "resolution", as regulators in Latin America and
elsewhere name theirs."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

AIRLINE = """LIMA, Oct 2 (Test Wire) - Peru's Superior Court of Justice of Lima has annulled the fine the consumer protection agency Indecopi imposed on the airline Andes Vuelos S.A.C.

By a resolution of 10 March 2023, Indecopi fined Andes Vuelos S/ 850,000 for failing to refund passengers whose flights it had cancelled.

In its judgment of 18 September 2025, the court found that the agency had refused to hear the airline's evidence on the refunds it had made.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("days-from-to-corpus")
    write_article(corpus, "2025-10-02-court-annuls-indecopi-fine", AIRLINE, published="2025-10-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("days-from-to-index"))


@pytest.mark.parametrize(
    "question",
    [
        "how many days from the indecopi resolution to the court's judgment",
        "how many days between the indecopi resolution and the court judgment",
        "how many days passed from the fine to the judgment on andes vuelos",
    ],
)
def test_days_from_the_decision_to_the_judgment(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 923 and answer.value.unit == "days", answer.answer
    assert cites(answer, "By a resolution of 10 March 2023"), answer.answer
