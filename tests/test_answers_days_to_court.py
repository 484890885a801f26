"""Days from a regulator's decision to the day the party went to court over it, asked "how
many days after the X decision did Y go to court / appeal?": the decision's date and the date a
sentence of the party's article gives its claim or appeal."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

INSURER = """TBILISI, May 6 (Test Wire) - The National Bank of Georgia fined the insurer Mtsvane Dazghveva GEL 400,000 on 28 March 2025 for breaching its solvency reporting rules.

The insurer has not paid. It lodged an appeal with the Tbilisi City Court on 22 April, arguing that the bank had applied the rules retroactively.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("days-to-court-corpus")
    write_article(corpus, "2025-05-06-nbg-fines-mtsvane-dazghveva", INSURER, published="2025-05-06")
    return indexed_session(corpus, tmp_path_factory.mktemp("days-to-court-index"))


@pytest.mark.parametrize(
    "question",
    [
        "how many days after the national bank decision did mtsvane dazghveva go to court",
        "how many days after the fine did mtsvane dazghveva appeal",
    ],
)
def test_days_from_the_decision_to_going_to_court(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 25 and answer.value.unit == "days", answer.answer
    assert cites(answer, "lodged an appeal with the Tbilisi City Court on 22 April"), answer.answer
