"""A cut the copy states with both figures in a sentence that names the party by what it is
("had lowered the penalty on the cooperative from €900,000 to €540,000"), in an article that
also reports another party's fine the same court annulled: the percentage cut is from those two
figures, though the court asked about is the other party's."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

DAIRY = """**Vilnius, 4 February 2026.** It is over for the dairy cooperative. Last week the Supreme Court dismissed the Competition Council's appeal and confirmed the judgment of the Court of Appeal, which had lowered the penalty on the cooperative from €900,000 to €540,000.

The council had fined Pieno Slėnis €900,000 in 2024 for imposing unfair payment terms on milk farmers. Pieno Slėnis challenged only the amount.

The council has less to celebrate in another file. In March 2025 it fined the bakery chain Duonelė €150,000 for failing to provide information requested during a sector inquiry. In November, the Court of Appeal annulled that fine.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("cut-unnamed-corpus")
    write_article(corpus, "2026-02-04-pieno-slenis-fine-cut", DAIRY, published="2026-02-04")
    return indexed_session(corpus, tmp_path_factory.mktemp("cut-unnamed-index"))


def test_a_percentage_cut_stated_of_the_party_by_what_it_is(session: Session) -> None:
    answer = session.ask("by what percentage did the court of appeal cut pieno sleniss fine")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 40 and answer.value.unit == "percent", answer.answer
    assert cites(answer, "from €900,000 to €540,000"), answer.answer
