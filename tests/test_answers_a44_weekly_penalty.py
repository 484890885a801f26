"""A penalty charged per week with a maximum ("€40,000 for every week of delay, up to a
maximum of €600,000"): after how many weeks it reaches the maximum, and what a number of
weeks late comes to — never more than the maximum."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

BELGIUM = """**Brussels, 10 March 2026.** The Belgian Institute for Postal Services and Telecommunications (BIPT) has fined the operator Scheldt Telecom NV €350,000 for failing to route emergency calls correctly.

The regulator also ordered Scheldt Telecom to fix its emergency-call routing by 1 April. If it misses that deadline, Scheldt Telecom forfeits €40,000 for every week of delay, up to a maximum of €600,000.

The operator said it expected to finish the work on time.
"""

CAP = "€40,000 for every week of delay, up to a maximum of €600,000"


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("a44-weekly-corpus")
    write_article(corpus, "2026-03-10-bipt-scheldt-telecom", BELGIUM, published="2026-03-10")
    return indexed_session(corpus, tmp_path_factory.mktemp("a44-weekly-index"))


def test_weeks_until_a_weekly_penalty_reaches_its_maximum(session: Session) -> None:
    answer = session.ask("after how many weeks late does scheldt telecom hit the cap")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 15 and answer.value.unit == "weeks", answer.answer
    assert cites(answer, CAP), answer.answer


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("if scheldt telecom is six weeks late how much does it forfeit", 240000),
        ("how much would scheldt telecom owe for 20 weeks late", 600000),
    ],
)
def test_weeks_late_at_a_weekly_penalty(session: Session, question: str, amount: int) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == amount and answer.value.currency == "EUR", answer.answer
    assert cites(answer, CAP), answer.answer
