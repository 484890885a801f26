"""How a question is read, for ways of asking blind set 19 showed misread, on articles written
for this test (invented companies and people, real kinds of regulator and court):

- "by what percent did the court cut the Kraveli fine?": a party named by a later word of its name
  ("Betonna Kraveli", keyed by its first word, a word for what the company makes) is that party;
- "did X appeal the fine?" where a follow-up says X "did not appeal the fine itself" and that it
  filed an appeal against the decision setting its daily penalty: the sentence naming the fine
  answers, No.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

CEMENT = """Bulgaria's Commission for Protection of Competition fined concrete maker Betonna Kraveli AD in 2022 for abusing its dominant position on the ready-mix concrete market around Plovdiv.

On Monday the Supreme Administrative Court partially upheld the appeal of Betonna Kraveli AD and reduced the fine imposed by the Commission from BGN 9 million (approximately EUR 4.6 million) to BGN 6 million. The court found that the Commission had overstated how long the abuse lasted.
"""


WATER = """ABIDJAN, 20 June 2025 (Test Wire) - On 10 January 2025, the Autorité Nationale de Régulation du Secteur de l'Électricité fined the distributor Lagune Énergie SA 900 million FCFA for repeated outages in Yopougon, and ordered it to file a network repair plan by 31 March, with a daily penalty of 5 million FCFA for each day of delay.

Lagune Énergie paid the fine in two instalments. The company did not appeal the fine itself, its spokesperson confirmed.

The regulator liquidated the daily penalty at 150 million FCFA in May. Lagune Énergie has filed an appeal against the liquidation decision before the Supreme Court.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Session:
    root = tmp_path_factory.mktemp("blind19_readings")
    corpus = root / "corpus"
    corpus.mkdir()
    write_article(corpus, "bulgaria-court-cuts-concrete-fine", CEMENT, published="2025-03-03")
    write_article(corpus, "lagune-energie-daily-penalty-appeal", WATER, published="2025-06-20")
    return indexed_session(corpus, root / "index")


def test_cut_in_percent_of_a_party_named_by_a_later_word(session: Session) -> None:
    answer = session.ask("by what percent did the court reduce the kraveli fine")
    assert answer.kind == "calculation", answer.answer
    assert answer.value is not None and abs(float(answer.value.number) - 33.33) < 0.05, (
        answer.answer
    )
    assert cites(answer, "from BGN 9 million (approximately EUR 4.6 million) to BGN 6 million")


def test_appeal_of_the_fine_read_from_the_sentence_naming_the_fine(session: Session) -> None:
    answer = session.ask("did lagune energie appeal the 900m fcfa fine")
    assert answer.kind == "status", answer.answer
    assert answer.verdict == "no", answer.answer
    assert cites(answer, "did not appeal the fine itself")
