"""Why a court cut, quashed or threw out a fine: "why did the high court quash the X fine",
"why did the administrative court reduce X's penalty", "on what ground was X's fine thrown
out". Court reporting tells the outcome in one sentence ("The court reduced the fine to …",
"The court therefore quashed the fine") and the court's reasons in another ("the court held
that the authority had …", "it found that …"): the answer is the reasons, not the sentence
that repeats the outcome or the background of the case. Articles invented for this test
(invented companies and people, real kinds of regulator and court).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

ZAMBIA = """LUSAKA, 4 April (Law Report) - The High Court has quashed the K18 million fine the Competition and Consumer Protection Commission imposed on the cooking-oil refiner Kafue Edible Oils Ltd in 2023.

The Commission had found that Kafue and two other refiners agreed to raise wholesale prices of cooking oil in the Copperbelt. Kafue denied any agreement and applied for judicial review.

In her judgment, Justice Mutale Banda held that the Commission had relied on minutes of a meeting that were never shown to Kafue, which had no chance to answer them. The Court therefore quashed the fine.

The Commission said it was studying the judgment.
"""

CROATIA = """ZAGREB, 19 November (Test Wire) - The High Administrative Court has reduced the fine the Croatian Competition Agency imposed on the dairy Slavonija Mlijeko d.d. from HRK 9 million to HRK 5.5 million.

The Agency fined the dairy in 2022 for imposing exclusive supply terms on farmers in eastern Croatia. The court agreed that the terms were unlawful.

However, it found that the Agency had counted the infringement from 2016, when the terms were only adopted in 2018, and cut the fine in proportion.
"""

PHILIPPINES = """MANILA, 7 July (Test Wire) - The Court of Appeals has thrown out the P12 million fine the Philippine Competition Commission imposed on the cement trader Visayas Cement Corp., in a decision released on Monday.

Visayas Cement was fined in 2024 for failing to notify its purchase of a Cebu terminal. The appeals court ruled that the deal fell below the notification threshold in force when it was signed, so no notice had been due.

The Commission has 15 days to ask the court to reconsider.
"""

CHILE = """SANTIAGO, 30 January (Test Wire) - The Santiago Court of Appeals has annulled the 4,000 UTM fine the Superintendency of the Environment imposed on the salmon farmer Salmones Chiloé Sur S.A. over an escape of fish in 2023.

The company had argued that it was never notified of the inspection report on which the charges were based. In its ruling, the court said that "an inspection the company never saw cannot found a sanction," and sent the case back to the superintendency.

Salmones Chiloé Sur welcomed the ruling.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("court-reasons-corpus")
    write_article(
        corpus, "2025-04-04-zambia-high-court-quashes-kafue-fine", ZAMBIA, published="2025-04-04"
    )
    write_article(
        corpus, "2025-11-19-croatia-court-cuts-dairy-fine", CROATIA, published="2025-11-19"
    )
    write_article(
        corpus, "2025-07-07-philippine-court-voids-cement-fine", PHILIPPINES, published="2025-07-07"
    )
    write_article(
        corpus, "2025-01-30-santiago-court-annuls-salmon-fine", CHILE, published="2025-01-30"
    )
    return indexed_session(corpus, tmp_path_factory.mktemp("court-reasons-index"))


@pytest.mark.parametrize(
    "question, quote",
    [
        (
            "why did the high court quash the kafue edible oils fine",
            "held that the Commission had relied on minutes of a meeting",
        ),
        (
            "why did the high administrative court reduce slavonija mlijeko's fine",
            "it found that the Agency had counted the infringement from 2016",
        ),
        (
            "on what ground was visayas cement's fine thrown out",
            "ruled that the deal fell below the notification threshold",
        ),
        (
            "on what grounds did the court annul the fine on salmones chiloe sur",
            "an inspection the company never saw cannot found a sanction",
        ),
    ],
)
def test_why_a_court_cut_a_fine_is_answered_with_its_reasons(
    session: Session, question: str, quote: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "passage", answer.answer
    assert cites(answer, quote), answer.answer
    assert quote in " ".join(answer.answer.split()), answer.answer  # the lead passage
