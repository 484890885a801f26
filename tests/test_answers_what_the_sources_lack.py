"""Questions that presuppose what the sources do not report get "the sources don't say", never
a nearby figure: a court's figure where no court ruled, a regulator's maximum from another
regulator's story. The figures the sources do give still answer. Articles invented for this
test (invented companies, real kinds of regulator)."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

GIBRALTAR = """The Gibraltar Financial Services Commission (GFSC) has imposed a financial penalty of £120,000 on Rock Assurance Ltd for submitting regulatory returns late on eleven occasions between 2022 and 2024.

The penalty was reduced by 30% because the firm agreed to settle at an early stage. Rock Assurance has until 10 October to pay.
"""

BHUTAN = """THIMPHU — The Office of Consumer Protection (OCP) fined Druk Loaves Nu 25,000 on Wednesday after inspectors found that its 400-gram loaves weighed as little as 340 grams.

The OCP ordered the bakery to recall the loaves still on sale.
"""

HELSINKI = """The Helsinki Administrative Court has cut the penalty the Finnish Competition and Consumer Authority imposed on Sauna Kauppa Oy from €400,000 to €250,000, finding that the infringement lasted a shorter time.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("lacking-corpus")
    write_article(
        corpus, "2025-09-12-gfsc-penalises-rock-assurance", GIBRALTAR, published="2025-09-12"
    )
    write_article(corpus, "2026-02-20-ocp-fines-druk-loaves", BHUTAN, published="2026-02-20")
    write_article(
        corpus, "2025-11-03-court-cuts-sauna-kauppa-fine", HELSINKI, published="2025-11-03"
    )
    return indexed_session(corpus, tmp_path_factory.mktemp("lacking-index"))


def test_no_court_figure_where_no_court_ruled(session: Session) -> None:
    answer = session.ask("how much did the court reduce the rock assurance penalty to")
    assert answer.kind == "not_found", answer.answer
    assert "120,000" not in answer.answer.split("Nearest")[0]


def test_a_court_figure_where_a_court_ruled(session: Session) -> None:
    answer = session.ask("how much did the court reduce the sauna kauppa penalty to")
    assert "250,000" in answer.answer.split(".")[0], answer.answer


def test_a_regulators_maximum_is_not_another_regulators_fine(session: Session) -> None:
    answer = session.ask("what is the maximum fine the OCP can impose")
    assert answer.kind == "not_found", answer.answer


def test_a_regulators_own_fine_still_answers(session: Session) -> None:
    answer = session.ask("how much did the OCP fine druk loaves")
    assert "25,000" in answer.answer.split(".")[0], answer.answer
