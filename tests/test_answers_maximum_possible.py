"""The most a party could have been fined, asked with the party named: "what is the maximum
fine INAE could have given X?", "what's the most X could have been fined?". That asks for the
legal ceiling, not the fine imposed on X: the answer is a maximum the sources state, or that
they do not say — never X's own fine. Articles invented for this test (invented companies,
real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

MOZAMBIQUE = """MAPUTO, 11 June (Test Wire) - Mozambique's National Inspectorate of Economic Activities (INAE) has fined the supermarket chain Mercados Limpopo MT 2.500.000 after inspectors found expired milk and meat on sale in three of its Maputo stores.

INAE's inspector-general told reporters that the law allowed a fine several times higher, but that the chain had cooperated and destroyed the products at once.
"""

NAMIBIA = """WINDHOEK, 2 March (Test Wire) - The Namibian Competition Commission has fined the bakery group Kalahari Breads (Pty) Ltd N$ 320,000 for failing to notify its purchase of a rival bakery in Oshakati.

Under the Competition Act, the maximum penalty for failing to notify a merger is N$ 1,000,000. The Commission said the deal raised no competition concerns.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("maximum-possible-corpus")
    write_article(
        corpus, "2025-06-11-inae-fines-mercados-limpopo", MOZAMBIQUE, published="2025-06-11"
    )
    write_article(corpus, "2025-03-02-nacc-fines-kalahari-breads", NAMIBIA, published="2025-03-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("maximum-possible-index"))


def test_a_maximum_not_stated_is_not_the_fine_imposed(session: Session) -> None:
    answer = session.ask("what is the maximum fine inae could have given mercados limpopo")
    assert answer.kind == "not_found", answer.answer
    assert "2,500,000" not in answer.answer, answer.answer


def test_a_maximum_stated_is_answered(session: Session) -> None:
    answer = session.ask("what was the maximum fine kalahari breads could have faced")
    assert answer.kind == "amount", answer.answer
    assert "1,000,000" in answer.answer.split(".")[0], answer.answer


def test_the_fine_imposed_is_still_answered(session: Session) -> None:
    answer = session.ask("how much did the competition commission fine kalahari breads")
    assert answer.kind == "amount", answer.answer
    assert "320,000" in answer.answer.split(".")[0], answer.answer
