"""What a party actually pays when it takes an early-payment reduction the copy states,
asked as readers ask it: "if X takes the early payment reduction, what will it pay?", "how
much after the 15-day early payment discount?" — the fine less the stated share."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

PORTUGAL = """**Lisbon, 4 May 2026.** Portugal's communications regulator ANACOM has fined the mobile operator Atlântico Móvel €1.6 million for blocking customers' number portability requests.

Under the administrative offences regime, a company that pays the fine within 15 days gets a 30 percent reduction but gives up its right to challenge the decision in court.

Atlântico Móvel said it would pay within the 15 days.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("a44-early-corpus")
    write_article(corpus, "2026-05-04-anacom-atlantico-movel", PORTUGAL, published="2026-05-04")
    return indexed_session(corpus, tmp_path_factory.mktemp("a44-early-index"))


@pytest.mark.parametrize(
    "question",
    [
        "if atlantico movel takes the early payment reduction what will it actually pay anacom",
        "how much does atlantico movel hand over after the 15-day early payment discount",
    ],
)
def test_the_fine_less_the_stated_early_payment_reduction(session: Session, question) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 1120000 and answer.value.currency == "EUR", answer.answer
    assert cites(answer, "gets a 30 percent reduction"), answer.answer
