"""An outcome asked for that the sources tell only as planned, possible or pending: "how much
did the hospital fund get back in its civil claim?" when the story says the fund "will
consider filing a civil claim"; "how much did the farmers win in damages?" when they "will
seek damages"; "what did the tribunal decide on X's appeal?" when the appeal "is pending"
before it; "has the authority appealed to the Supreme Court?" when it "may appeal within 30
days". The answer is that the sources do not say — citing the sentence that tells the step
is only planned — never the figure or the earlier step that sentence mentions. When the
sources do report the outcome, it is answered. Articles invented for this test (invented
companies and people, real kinds of regulator and court).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

PERU = """LIMA, 14 May (Test Wire) - Peru's competition authority Indecopi has fined three suppliers of hospital oxygen a total of S/ 9.6 million for rigging tenders run by the public health insurer EsSalud between 2019 and 2022.

Oxígeno Andino S.A.C. was fined S/ 5.1 million, Gases Médicos del Sur S.A. S/ 3.2 million and Criogénica Lima S.A.C. S/ 1.3 million.

EsSalud said it would consider filing a civil claim to recover the overcharge, which it puts at S/ 3 million. That sum is not part of Indecopi's decision.
"""

KENYA = """NAIROBI, 3 February (Test Wire) - The Competition Authority of Kenya has fined two milk processors KSh 310 million for agreeing the price they paid farmers in the Rift Valley.

Highland Creameries Ltd was fined KSh 200 million and Lakeside Dairies Ltd KSh 110 million.

The Kenya Dairy Farmers Association said it will seek damages of KSh 40 million on behalf of its members before the High Court.
"""

TAIWAN = """TAIPEI, 9 October (Test Wire) - A Taipei hospital group has recovered NT$ 12 million from two former suppliers of surgical gowns in a civil claim that followed the Fair Trade Commission's 2023 cartel fine.

The Fair Trade Commission had fined Formosa Textile Medical Co. NT$ 30 million for fixing bid prices. The hospital group said it will seek further damages from a third supplier.
"""

ESTONIA = """TALLINN, 21 August (Test Wire) - The Estonian Consumer Protection and Technical Regulatory Authority has fined the courier company Baltic Parcel Express OÜ €180,000 for failing to keep customers informed during a three-week delivery backlog.

Baltic Parcel Express said on Thursday it had lodged an appeal with the Tallinn Administrative Court, which will hear the case in the spring. The appeal is pending and the company has not paid the fine.
"""

LATVIA = """RIGA, 2 June (Test Wire) - The Riga District Court has cut the fine the Latvian Competition Council imposed on the grain trader Daugava Agro SIA from €2.4 million to €1.1 million, finding that the Council had overstated the length of the infringement.

The Competition Council may appeal to the Supreme Court within 30 days. A spokesperson said the judgment "is being studied".
"""

MALTA = """VALLETTA, 12 November (Test Wire) - The Court of Appeal has dismissed the appeal of the ferry operator Gozo Blue Lines Ltd against the €350,000 fine imposed by the Malta Competition and Consumer Affairs Authority, upholding the fine in full.

The Court of Appeal decided that the authority had been right to treat the surcharges as a single infringement.

Separately, the authority has appealed to the Court of Appeal against a tribunal judgment that cut the fine on the harbour pilots' cooperative.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("only-planned-corpus")
    write_article(
        corpus, "2025-05-14-indecopi-fines-oxygen-suppliers", PERU, published="2025-05-14"
    )
    write_article(corpus, "2026-02-03-cak-fines-milk-processors", KENYA, published="2026-02-03")
    write_article(
        corpus,
        "2025-10-09-taipei-hospital-recovers-gown-overcharge",
        TAIWAN,
        published="2025-10-09",
    )
    write_article(corpus, "2025-08-21-ttja-fines-baltic-parcel", ESTONIA, published="2025-08-21")
    write_article(
        corpus, "2025-06-02-riga-court-cuts-daugava-agro-fine", LATVIA, published="2025-06-02"
    )
    write_article(
        corpus, "2025-11-12-malta-court-upholds-gozo-blue-fine", MALTA, published="2025-11-12"
    )
    return indexed_session(corpus, tmp_path_factory.mktemp("only-planned-index"))


@pytest.mark.parametrize(
    "question, quote",
    [
        (
            "how much did essalud get back in its civil claim over the oxygen cartel",
            "would consider filing a civil claim",
        ),
        (
            "how much did the dairy farmers association win in damages from the milk processors",
            "will seek damages of KSh 40 million",
        ),
        (
            "what did the tallinn administrative court decide on baltic parcel's appeal",
            "which will hear the case in the spring",
        ),
        (
            "has the latvian competition council appealed the daugava agro ruling to the supreme court",
            "may appeal to the Supreme Court within 30 days",
        ),
    ],
)
def test_an_outcome_told_only_as_planned_is_not_reported(
    session: Session, question: str, quote: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "not_found", answer.answer
    assert cites(answer, quote), answer.answer


def test_an_outcome_reported_is_answered(session: Session) -> None:
    # "has recovered NT$ 12 million … in a civil claim", beside "will seek further damages"
    answer = session.ask("how much did the taipei hospital group recover in its civil claim")
    assert answer.kind != "not_found", answer.answer
    assert "12" in answer.answer, answer.answer


def test_a_decision_reported_is_answered(session: Session) -> None:
    answer = session.ask("what did the court of appeal decide on gozo blue lines' appeal")
    assert answer.kind != "not_found", answer.answer


def test_an_appeal_filed_is_answered(session: Session) -> None:
    answer = session.ask("has the malta competition authority appealed the pilots' judgment")
    assert answer.kind != "not_found", answer.answer
