"""Why a court undid a penalty, asked in other words than the story tells the outcome in:
"why did the tribunal throw out X's fine" where the report says the tribunal "set aside the
ruling" that ordered X to pay. The outcome's verb and the measure's noun say what was done, not what the reasons
are about: the court's finding answers even though it uses neither. Articles invented for
this test (invented companies and people, real kinds of regulator and court).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

GHANA = """ACCRA, 12 May (Test Wire) - The Competition Appeals Tribunal has set aside the Ghana Competition Commission's ruling that ordered the flour miller Volta Grain Mills Ltd to pay GH¢6 million.

The Commission had accused the miller of sharing customers with a rival in the Ashanti region.

Judge Ama Owusu held that the Commission had not shown that the two mills ever sold to the same bakeries, so no customers could have been shared.

The Commission did not say whether it would appeal.
"""

PERU = """LIMA, 3 March (Test Wire) - Peru's consumer agency Indecopi ordered the airline Andes Sur S.A.C. to repay passengers whose flights to Cusco were cancelled in January.

The agency said about 2,300 passengers were owed refunds and gave the airline 30 days to repay them.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("court-outcome-corpus")
    write_article(
        corpus, "2025-05-12-ghana-tribunal-sets-aside-miller-ruling", GHANA, published="2025-05-12"
    )
    write_article(
        corpus, "2025-03-03-indecopi-orders-airline-refunds", PERU, published="2025-03-03"
    )
    return indexed_session(corpus, tmp_path_factory.mktemp("court-outcome-index"))


@pytest.mark.parametrize(
    "question",
    [
        "why did the tribunal throw out volta grain mills' fine",
        "on what grounds was the volta grain mills penalty thrown out",
    ],
)
def test_reasons_answer_whatever_words_the_outcome_is_asked_in(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "passage", answer.answer
    quote = "held that the Commission had not shown that the two mills ever sold"
    assert cites(answer, quote), answer.answer
    assert quote in " ".join(answer.answer.split()), answer.answer
