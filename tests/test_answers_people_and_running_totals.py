"""Answers to the ways users ask that blind set 14 showed failing, on articles written for
this test (invented companies and people, real kinds of regulator and court):

- a company and its director sanctioned in one story, and the question asks for the person by
  the role the story gives them ("X's director", "the X director", "its CEO"): the person's
  sanction, not the company's.
"""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.session import Session

from .conftest import write_article

QUARRY = """DUNEDIN, Sept 3 (Test Wire) - Otago Aggregates Ltd was fined $195,000 in the Dunedin District Court on Tuesday after a contractor was crushed under a loader at its Waitati quarry.

The company's managing director, Rhona Keddell, was fined $22,500 for failing to ensure the quarry's traffic plan was followed.

Both had admitted the charges brought by WorkSafe New Zealand in April.
"""

BROKER = """SINGAPORE, Jan 21 (Test Wire) - The Monetary Authority of Singapore said on Tuesday it had imposed a civil penalty of S$1.2 million on Lumen Crest Securities Pte Ltd over failures in its anti-money-laundering controls.

Lumen Crest's former chief executive, Daniel Oyelaran, agreed to pay a civil penalty of S$90,000 and was barred from acting as a director for five years.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("people-running-totals-corpus")
    write_article(
        corpus, "2025-09-03-otago-aggregates-fined-loader", QUARRY, published="2025-09-03"
    )
    write_article(corpus, "2025-01-21-mas-penalty-lumen-crest", BROKER, published="2025-01-21")
    settings = Settings.load(
        corpus=corpus, index=tmp_path_factory.mktemp("people-running-totals-index")
    )
    session = Session(settings)
    session.update()
    return session


def _cites(answer, phrase: str) -> bool:
    return any(phrase in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "what fine did the dunedin court give otago aggregates' director",
        "how much was the otago aggregates director fined",
        "otago aggregates managing director fine?",
    ],
)
def test_the_person_asked_for_by_role_is_answered_not_the_company(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 22_500, answer.answer
    assert _cites(answer, "Rhona Keddell, was fined $22,500"), answer.answer


def test_a_former_chief_executive_asked_for_by_role(session: Session) -> None:
    answer = session.ask("what penalty did lumen crest's former chief executive agree to pay")
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 90_000, answer.answer


def test_the_company_asked_for_is_still_the_company(session: Session) -> None:
    answer = session.ask("how much was otago aggregates fined")
    assert answer.value.amount == 195_000, answer.answer
