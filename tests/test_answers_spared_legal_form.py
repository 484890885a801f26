"""The party that got off a fine, named with its legal form after a comma, as Latin American
companies are ("Tres Ríos Distribuidora, S.A. de C.V. was exempted from the fine",
"Granos del Norte, S. de R.L. avoided a fine"): the answer is the company's name, not its
legal form's letters. Articles invented for this test (invented companies, real kinds of
regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

MEXICO = """MEXICO CITY, July 8 (Test Wire) - Mexico's antitrust commission has fined two distributors of school uniforms a total of 61 million pesos for dividing up public tenders in Jalisco.

Confecciones Altamira, S.A. de C.V. was fined 41 million pesos and Textiles del Bajío, S.A. de C.V. 20 million pesos.

Tres Ríos Distribuidora, S.A. de C.V. was the first to report the agreement under the leniency programme and was exempted from the fine in full.
"""

HONDURAS = """TEGUCIGALPA, 2 September (Test Wire) - The Honduran competition commission fined the rice millers Arrocera Atlántida, S.A. L 8.2 million for fixing the price paid to growers.

A second miller, Granos del Norte, S. de R.L., avoided a fine because it had reported the agreement and cooperated throughout the investigation.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("spared-legal-form-corpus")
    write_article(
        corpus, "2025-07-08-cofece-fines-uniform-distributors", MEXICO, published="2025-07-08"
    )
    write_article(corpus, "2025-09-02-cdpc-fines-rice-miller", HONDURAS, published="2025-09-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("spared-legal-form-index"))


@pytest.mark.parametrize(
    "question, name, quote",
    [
        (
            "which uniform distributor got leniency and escaped the fine altogether",
            "Tres Ríos Distribuidora",
            "was exempted from the fine in full",
        ),
        ("which rice miller avoided a fine in honduras", "Granos del Norte", "avoided a fine"),
    ],
)
def test_the_party_spared_is_named_not_its_legal_form(
    session: Session, question: str, name: str, quote: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith(name), answer.answer
    assert cites(answer, quote), answer.answer
