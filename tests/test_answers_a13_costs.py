"""Costs asked for, not the penalty: "how much did X pay in costs?". Enforcement copy often
orders a party to pay a penalty and the costs of the investigation or hearing; a question about
costs is answered by a sum the sources state as costs, or by "they don't say" — never by the
party's penalty. Articles invented for this test (invented companies, real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

ONTARIO = """TORONTO, 12 March (Test Wire) - The Ontario Securities Commission has approved a settlement under which Maple Crest Capital Inc. will pay an administrative penalty of $200,000 and costs of $40,000 for selling exempt securities to investors who did not qualify.
"""

NEW_SOUTH_WALES = """SYDNEY, 30 June (Test Wire) - The Federal Court has ordered Harbour Lane Finance Pty Ltd to pay a penalty of A$1.5 million after proceedings brought by ASIC over misleading loan advertising.
"""

IRELAND = """DUBLIN, 8 October (Test Wire) - The Central Bank of Ireland has reprimanded and fined Liffey Payments Ltd €350,000 for failures in its anti-money-laundering controls. The firm was also directed to pay the Central Bank's costs of €25,000.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("costs-corpus")
    write_article(corpus, "2025-03-12-osc-maple-crest-settlement", ONTARIO, published="2025-03-12")
    write_article(
        corpus, "2025-06-30-asic-harbour-lane-penalty", NEW_SOUTH_WALES, published="2025-06-30"
    )
    write_article(corpus, "2025-10-08-cbi-fines-liffey-payments", IRELAND, published="2025-10-08")
    return indexed_session(corpus, tmp_path_factory.mktemp("costs-index"))


def test_costs_stated_beside_the_penalty(session: Session) -> None:
    answer = session.ask("how much did maple crest pay in costs")
    assert answer.kind == "amount", answer.answer
    assert "40,000" in answer.answer.split(".")[0], answer.answer


def test_costs_in_a_sentence_of_their_own(session: Session) -> None:
    answer = session.ask("how much did liffey payments have to pay in costs")
    assert answer.kind == "amount", answer.answer
    assert "25,000" in answer.answer.split(".")[0], answer.answer


def test_no_costs_reported_is_not_the_penalty(session: Session) -> None:
    answer = session.ask("how much did asic make harbour lane pay in costs")
    assert answer.kind == "not_found", answer.answer
    assert "1,500,000" not in answer.answer.split(".")[0], answer.answer


def test_the_penalty_asked_is_still_the_penalty(session: Session) -> None:
    answer = session.ask("how much did maple crest have to pay as an administrative penalty")
    assert answer.kind == "amount", answer.answer
    assert "200,000" in answer.answer.split(".")[0], answer.answer
