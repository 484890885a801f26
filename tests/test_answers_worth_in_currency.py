""" "What is the fine worth in US dollars?" converts the penalty (at the rate its story
states), rather than looking for a valuation the way "what is the company worth?" does —
on an article written for this test (invented company, real kind of regulator)."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

SPAM = """PRAGUE, Oct 2 (Test Wire) - The Czech Office for Personal Data Protection (ÚOOÚ) fined the online retailer Brezina Shop a.s. CZK 3.5 million for sending unsolicited marketing emails.

Brezina Shop said it had paid the fine and would not appeal.

($1 = 25.00 Czech crowns)
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("worth-in-corpus")
    write_article(corpus, "2025-10-02-uoou-fines-brezina", SPAM, published="2025-10-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("worth-in-index"))


def test_a_fine_worth_in_dollars_is_converted_at_the_stated_rate(session: Session) -> None:
    answer = session.ask("whats the Czech fine on Brezina worth in US dollars at the rate given?")
    assert answer.found
    assert answer.value.currency == "USD"
    assert answer.value.amount == 140_000
