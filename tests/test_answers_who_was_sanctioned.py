""" "Who was banned …?", "who got barred …?": the question's "who" is the one the sanction
fell on (the subject of a passive sanction verb), not the regulator that imposed it, even
when the question names only a place or a case ("in the alberta case") and no party.
"Who banned X?" still asks for the regulator. Articles invented for this test (invented
companies and people, real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

ALBERTA = """CALGARY, Nov 12 (Test Wire) - A panel of the Alberta Securities Commission has approved a settlement with the exempt market dealer Foothills Capital Partners Inc. and its president, Derek Lavoie.

- Foothills Capital will pay an administrative penalty of $300,000 and costs of $25,000.
- Mr. Lavoie is prohibited from acting as a director or officer of any issuer or registrant for ten years.

Mr. Lavoie admitted that he had sold the firm's notes to investors who did not qualify to buy them.
"""

SINGAPORE = """SINGAPORE, 3 April (Test Wire) - The Monetary Authority of Singapore (MAS) has issued a prohibition order against Tan Wei Ming, a former relationship manager at Straits Harbour Bank, barring him from providing any financial advisory service for five years.

MAS found that Mr Tan had forged client signatures on switching forms for unit trusts. The bank itself was not penalised.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("who-was-sanctioned-corpus")
    write_article(
        corpus, "2025-11-12-asc-settles-foothills-capital", ALBERTA, published="2025-11-12"
    )
    write_article(
        corpus, "2025-04-03-mas-prohibition-tan-wei-ming", SINGAPORE, published="2025-04-03"
    )
    return indexed_session(corpus, tmp_path_factory.mktemp("who-was-sanctioned-index"))


@pytest.mark.parametrize(
    "question, name, quote",
    [
        (
            "who was banned for 10 yrs in the alberta case",
            "Derek Lavoie",
            "Mr. Lavoie is prohibited",
        ),
        ("who got barred for five years in singapore", "Tan Wei Ming", "barring him"),
        ("who was prohibited from advising in singapore?", "Tan Wei Ming", "barring him"),
    ],
)
def test_who_was_sanctioned_is_the_party(
    session: Session, question: str, name: str, quote: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith(name), answer.answer


def test_who_banned_is_still_the_regulator(session: Session) -> None:
    answer = session.ask("who banned tan wei ming?")
    assert answer.kind == "entity", answer.answer
    assert "Monetary Authority of Singapore" in answer.answer.split(".")[0], answer.answer
