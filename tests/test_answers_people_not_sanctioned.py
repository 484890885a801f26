"""A sanction on a company's people asked about as a group — "did the regulator also fine
the bank's managers personally?" — on articles written for this test (invented companies,
real kinds of regulator). When the story sanctions only the company, the sources say
nothing about its people: not found, not the company's own fine or order read as a Yes;
a story that does fine the directors still answers.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

# Only the company sanctioned, with an order beside the fine.
ACCRA = """ACCRA, May 6 (Test Wire) - The Bank of Ghana fined Volta Trust Savings and Loans Ltd GH¢1.2 million for anti-money laundering failures and directed its board of directors to submit a remediation plan within 30 days.

The bank said the penalty had been paid.
"""

# The company and its directors personally fined.
NAIROBI = """NAIROBI, Aug 19 (Test Wire) - The Central Bank of Kenya fined Rift Valley Microfinance Bank Ltd KSh 10 million for breaches of its prudential guidelines. Its two directors, Jane Wambui and Peter Otieno, were each fined KSh 500,000 personally.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("people-corpus")
    write_article(corpus, "2025-05-06-bog-volta-trust", ACCRA, published="2025-05-06")
    write_article(corpus, "2025-08-19-cbk-rift-valley", NAIROBI, published="2025-08-19")
    return indexed_session(corpus, tmp_path_factory.mktemp("people-index"))


def test_managers_of_a_company_fined_alone_are_not_found(session: Session) -> None:
    answer = session.ask(
        "did the bank of ghana also fine volta trust's directors personally, and how much"
    )
    assert not answer.found
    assert answer.kind == "not_found"


def test_executives_banned_are_not_found_either(session: Session) -> None:
    answer = session.ask("were any of volta trust savings and loans' executives sanctioned?")
    assert not answer.found


def test_directors_fined_personally_are_answered(session: Session) -> None:
    answer = session.ask(
        "did the central bank of kenya fine rift valley microfinance's directors personally?"
    )
    assert answer.found


def test_the_company_itself_is_still_answered(session: Session) -> None:
    answer = session.ask("has volta trust savings and loans paid its fine?")
    assert answer.found
    assert answer.verdict == "yes"
