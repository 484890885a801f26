"""A "who"/"which" question that names a party and asks for another — on articles written
for this test (invented companies, real kinds of regulator):

- "which lenders bought X's customer data" when the story declines to name them: not found,
  not X itself (the only name near the question's words);
- "who at X lost his licence": the person of X the story names, not X.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

PORT_LOUIS = """PORT LOUIS, Sept 4 (Test Wire) - The Financial Services Commission fined the payments company Dodo Pay Ltd MUR 2 million for selling the transaction records of its customers to lenders without their consent.

The commission said three lenders had bought the records but declined to name them, saying its inquiries were continuing.

The commission also revoked the licence of Dodo Pay's chief operating officer, Ravi Ramgoolam, who had signed the data-sale contracts.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("other-party-corpus")
    write_article(corpus, "2025-09-04-fsc-dodo-pay", PORT_LOUIS, published="2025-09-04")
    return indexed_session(corpus, tmp_path_factory.mktemp("other-party-index"))


def test_unnamed_buyers_are_not_the_company_named(session: Session) -> None:
    answer = session.ask("which lenders bought dodo pay's customer records")
    assert not answer.found
    assert answer.kind == "not_found"


def test_the_person_at_the_company_is_named(session: Session) -> None:
    answer = session.ask("who at dodo pay lost his licence")
    assert answer.found
    assert "Ravi Ramgoolam" in answer.answer
