"""The date of a court's step on a regulator's fine, asked by the step ("when did the court
of appeal cut X's fine?", "date of the X judgment"): the court's ruling, not the regulator's
decision the story also dates. Asked when X was fined, the decision's date stays the answer.
Articles invented for this test (invented companies, real kinds of regulator and court).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

FINLAND = """HELSINKI, 2 June (Test Wire) - The Helsinki Administrative Court has cut the fine imposed on the retailer Kuusikko Oy by the Finnish Competition and Consumer Authority.

The authority fined Kuusikko EUR 900,000 on 3 March 2024 for misleading discount campaigns. In a judgment of 28 May 2025, the court found that two of the campaigns had not been misleading and reduced the fine to EUR 600,000.
"""

CHILE = """SANTIAGO, 20 November (Test Wire) - Chile's Supreme Court has upheld a fine on the salmon farmer Austral Salmones S.A.

The environmental regulator SMA had fined the company CLP 1,200 million on 11 January 2024 for exceeding its licensed production. In its ruling of 14 November 2025, the Supreme Court rejected the company's appeal.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("court-step-date-corpus")
    write_article(corpus, "2025-06-02-court-cuts-kuusikko-fine", FINLAND, published="2025-06-02")
    write_article(
        corpus, "2025-11-20-supreme-court-upholds-austral-fine", CHILE, published="2025-11-20"
    )
    return indexed_session(corpus, tmp_path_factory.mktemp("court-step-date-index"))


def test_when_did_the_court_cut_the_fine(session: Session) -> None:
    answer = session.ask("when did the administrative court cut kuusikko's fine")
    assert answer.kind == "date", answer.answer
    assert answer.value.date == "2025-05-28", answer.answer


def test_date_of_the_judgment(session: Session) -> None:
    answer = session.ask("date of the austral salmones judgment")
    assert answer.kind == "date", answer.answer
    assert answer.value.date == "2025-11-14", answer.answer


def test_when_was_it_fined_stays_the_decision(session: Session) -> None:
    answer = session.ask("when was kuusikko fined by the competition authority")
    assert answer.kind == "date", answer.answer
    assert answer.value.date == "2024-03-03", answer.answer
