"""A sentence saying how the law works ("an appeal does not suspend the payment of the fine",
"companies may appeal within 30 days") says nothing of what one party did: "has X appealed?"
and "has X paid?" are then not answered from it. A party's own step still answers. Articles
invented for this test."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

TUNIS = """TUNIS, 10 April — The Competition Council fined El Khadra Foods TND 300,000 for fixing the price of semolina with two rival mills.

Under Tunisian law, an appeal does not suspend the payment of the fine. Companies may appeal to the Administrative Court within 30 days.
"""

DAKAR = """The telecoms regulator ARTP fined Sahel Telecom XOF 500 million for poor network quality. Sahel Telecom has appealed to the Supreme Court, which has not yet ruled.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("rules-corpus")
    write_article(corpus, "2025-04-10-council-fines-el-khadra", TUNIS, published="2025-04-10")
    write_article(corpus, "2025-05-02-artp-fines-sahel-telecom", DAKAR, published="2025-05-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("rules-index"))


@pytest.mark.parametrize("question", ["has el khadra appealed", "has el khadra foods paid"])
def test_a_rule_of_law_answers_no_question_about_a_party(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "not_found", answer.answer


def test_a_partys_own_step_still_answers(session: Session) -> None:
    answer = session.ask("has sahel telecom appealed")
    assert answer.answer.startswith("Yes"), answer.answer
