"""Four ways a question is misread, on invented copy:

- a regulator's acronym typed in lower case inside a company's name ("the sama textiles
  fine" is Sama Textiles', not Saudi Arabia's SAMA): the party's fine and the court's reasons;
- a body named as the one reports go to ("fail to report to the FIUTT") is not the regulator
  that acted;
- a count written after its noun ("the assessment of 212 borrowers" answers "how many
  borrower assessments") and the ones left, worked out from "repaid 1,870 of the 2,400";
- how long a measure lasts: the length its sentence states ("for 120 days").
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

TEXTILES = """LAHORE, 4 February 2025 (Test Wire) - The Lahore High Court has set aside the Rs 30 million fine the Competition Commission of Pakistan imposed on Sama Textiles Ltd in 2023 for sharing price lists with rival mills.

The court held that the commission had relied on documents seized without a valid search authorisation.

The commission said it would appeal to the Supreme Court.
"""

REMITTANCE = """PORT OF SPAIN, 9 June 2025 (Test Wire) - The Central Bank of Trinidad and Tobago has fined money transfer firm Caribe Remit Ltd TT$1.2 million for anti-money-laundering failures.

An inspection found that Caribe Remit had failed to report 23 suspicious transactions to the Financial Intelligence Unit of Trinidad and Tobago (FIUTT) within the legal deadline.
"""

LENDER = """DUBLIN, 12 March 2025 (Test Wire) - The Central Bank of Ireland has fined the consumer lender Lumen Credit DAC €2.1 million for overcharging borrowers on arrears fees.

The Central Bank said its investigation covered the firm's assessment of 212 borrowers who fell into arrears between 2020 and 2023.

The Central Bank also banned Lumen Credit from issuing new loans for 120 days.

Lumen Credit has so far repaid 1,870 of the 2,400 overcharged borrowers, the Central Bank said. The lender has 28 days to appeal to the Irish Financial Services Appeals Tribunal.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("qa4-corpus")
    write_article(corpus, "2025-02-04-lahore-court-sama-textiles", TEXTILES, published="2025-02-04")
    write_article(corpus, "2025-06-09-cbtt-caribe-remit", REMITTANCE, published="2025-06-09")
    write_article(corpus, "2025-03-12-cbi-lumen-credit", LENDER, published="2025-03-12")
    return indexed_session(corpus, tmp_path_factory.mktemp("qa4-index"))


def test_an_acronym_inside_a_party_name_typed_in_lower_case_is_the_party(
    session: Session,
) -> None:
    answer = session.ask("on what grounds did the court throw out the sama textiles fine")
    assert answer.found, answer.answer
    assert cites(answer, "relied on documents seized without a valid search authorisation")
    answer = session.ask("how much was the sama textiles fine")
    assert answer.found and "30,000,000" in answer.answer, answer.answer


def test_the_acronym_written_apart_from_the_name_is_still_the_regulator(session: Session) -> None:
    answer = session.ask("what did SAMA fine sama textiles")
    assert not answer.found, answer.answer


def test_the_body_reports_go_to_is_not_the_one_that_acted(session: Session) -> None:
    answer = session.ask(
        "how many suspicious transactions did caribe remit fail to report to the FIUTT"
    )
    assert answer.found and answer.value is not None, answer.answer
    assert answer.value.number == 23, answer.answer
    assert "transactions" in answer.answer, answer.answer


def test_a_count_written_after_the_noun_it_counts(session: Session) -> None:
    answer = session.ask("how many borrower assessments did the central bank of ireland look at")
    assert answer.found and answer.value is not None, answer.answer
    assert answer.value.number == 212, answer.answer


def test_the_ones_left_are_worked_out_from_a_part_of_the_whole(session: Session) -> None:
    answer = session.ask("how many lumen credit borrowers have still not been repaid")
    assert answer.found and answer.calculation is not None, answer.answer
    assert answer.value is not None and answer.value.number == 530, answer.answer
    assert "2,400 − 1,870 = 530" in " ".join(answer.calculation.steps)
    assert cites(answer, "repaid 1,870 of the 2,400 overcharged borrowers")


def test_how_long_a_measure_lasts_is_the_length_its_sentence_states(session: Session) -> None:
    answer = session.ask("for how long can't lumen credit issue new loans")
    assert answer.found and answer.value is not None, answer.answer
    assert answer.value.number == 120 and answer.value.unit == "days", answer.answer
    assert cites(answer, "from issuing new loans for 120 days")


def test_how_long_a_party_has_to_act_is_the_time_it_is_given(session: Session) -> None:
    answer = session.ask("how long does lumen credit have to appeal")
    assert answer.found and answer.value is not None, answer.answer
    assert answer.value.number == 28, answer.answer
    assert cites(answer, "has 28 days to appeal")
