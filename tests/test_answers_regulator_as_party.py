"""Regulators and courts a question names in passing:

- a regulator can be the party sanctioned: "What fine did the NDPC impose on the Central Bank
  of Nigeria?" asks about a fine on the central bank, not the central bank's own fines, and
  when the sources report none the answer is not found (not another party's fine);
- a court named only for its stay ("to keep the appellate tribunal's stay") selects no
  action of its own: the party's penalty and the share the stay requires answer.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

LENDER = """LAGOS, 3 March 2025 (Test Wire) - Nigeria's data protection commission, the NDPC, has fined the digital lender Swiftcash Loans Ltd N50 million for sending borrowers' debt details to their phone contacts.

The NDPC said the penalty was the largest it had imposed on a lender.
"""


SUGAR = """KARACHI, 14 October 2025 (Test Wire) - The Competition Appellate Tribunal has stayed the Rs 40 million penalty that the Competition Commission of Pakistan imposed in August on the sugar refiner Indus Crystal Mills, on condition that the company deposit 25% of the amount within 30 days.

The commission had found that Indus Crystal Mills shared pricing plans with two rival refiners.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("regulator-as-party-corpus")
    write_article(corpus, "2025-03-03-ndpc-swiftcash", LENDER, published="2025-03-03")
    write_article(corpus, "2025-10-14-tribunal-stays-indus-crystal", SUGAR, published="2025-10-14")
    return indexed_session(corpus, tmp_path_factory.mktemp("regulator-as-party-index"))


@pytest.mark.parametrize(
    "question",
    [
        "What fine did the NDPC impose on the Central Bank of Nigeria?",
        "how much was the penalty the NDPC levied on the Central Bank of Nigeria",
    ],
)
def test_a_regulator_fined_is_the_party_asked_about(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert not answer.found, answer.answer


def test_the_regulator_that_fined_is_still_read(session: Session) -> None:
    answer = session.ask("What fine did the NDPC impose on Swiftcash?")
    assert answer.found and "50,000,000" in answer.answer.replace(" ", ""), answer.answer


def test_a_court_named_for_its_stay_leaves_the_partys_penalty_to_answer(session: Session) -> None:
    answer = session.ask(
        "how much does indus crystal have to deposit to keep the competition appellate "
        "tribunal stay"
    )
    assert answer.found and answer.calculation is not None, answer.answer
    assert answer.value is not None and "10,000,000" in answer.answer.replace(" ", "")
