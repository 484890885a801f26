"""Yes/no and who-paid questions answered by the sentence that says so, negations included:
"which of the hauliers hasn't paid?" names the party the sentence "X has not paid" names;
"was the association itself fined?" is No from "No penalty was imposed on the association";
"has the court stayed the fine?" is No from "has not issued any stay"; "is the decision
final?" is read from "is therefore not yet final" rather than from an appeal that implies it;
"has the regulator appealed?" is not answered by the companies' appeals; "are they going to
fight it?" is Yes from "would challenge the decision"; one fined company's word that it paid
says nothing of another's fine. Articles invented for this test (invented companies, real
kinds of regulator and court).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

CHILE = """SANTIAGO, 4 March (Test Wire) - Chile's Superintendence of the Environment (SMA) has issued fines of CLP 20 million each to three salmon hatcheries in Los Lagos for discharging untreated water into the Maullín river.

The hatcheries are Piscícola Llanquihue, Truchas del Sur and Acuícola Reloncaví. Piscícola Llanquihue has paid its fine in full. Truchas del Sur has not paid and the SMA said it would refer the debt to the Treasury if the fine was not settled by April.

Acuícola Reloncaví did not respond to requests for comment.
"""

MOROCCO = """RABAT, 11 June (Test Wire) - Morocco's Competition Council has fined four bakery groups a total of MAD 48 million for fixing the price of flour-based products sold to hotels in Marrakech, after a complaint by the national hotel federation.

The Moroccan Federation of Bakers, which hosted the meetings at which the prices were agreed, was named in the decision. No penalty was imposed on the federation, which the Council said had acted as a venue rather than as a seller.
"""

KENYA = """NAIROBI, 2 September (Test Wire) - The Communications Authority of Kenya (CA) is still waiting for Savanna Broadband Ltd to pay the KSh 40 million fine it imposed for misleading speed advertising.

Savanna Broadband has filed a petition at the High Court challenging both the fine and the order to refund customers; a hearing has been adjourned twice.

"The High Court has not issued any stay of the penalty, so the money is due," the authority's director of compliance said.
"""

AUSTRIA = """VIENNA, 19 November (Test Wire) - The Austrian Financial Market Authority (FMA) has fined the payment institution Donaupay GmbH EUR 210,000 for failures in its anti-money laundering controls.

Donaupay GmbH has lodged an appeal against the decision with the Federal Administrative Court. The decision is therefore not yet final.
"""

GHANA = """ACCRA, 8 October (Test Wire) - Ghana's Competition Tribunal has cut the fine the Ghana Competition Commission (GCC) imposed on the cement maker Volta Cement Ltd and quashed the fine on the bag supplier Tema Sacks Ltd.

Both companies appealed. Appeals from the Tribunal lie to the Court of Appeal on points of law.

Volta Cement's lawyer, Kofi Mensah, said his client would pay the reduced amount once the period for an appeal had passed. A GCC spokesperson said the Commission was studying the judgment.
"""

PERU = """LIMA, 14 May (Test Wire) - Peru's consumer authority Indecopi has fined the airline Condor Andino S.A.C. S/ 2.4 million for cancelling flights without refunding passengers.

Condor Andino said in a statement that it "firmly rejects" the findings and would challenge the decision before the Lima Superior Court.
"""

CAMBODIA = """PHNOM PENH, 21 January (Test Wire) - Cambodia's Consumer Protection Competition and Fraud Repression Directorate-General (CCF) has fined two supermarket chains for selling expired goods.

Supermarket chains Lotus Mart and Mekong Fresh were fined 90 million riel and 45 million riel respectively.

Lotus Mart said it had already paid its fine and had withdrawn the goods. Mekong Fresh did not respond to requests for comment.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("status-honesty-corpus")
    for name, body, published in (
        ("2025-03-04-sma-fines-salmon-hatcheries", CHILE, "2025-03-04"),
        ("2025-06-11-competition-council-fines-bakeries", MOROCCO, "2025-06-11"),
        ("2025-09-02-ca-savanna-broadband-fine-unpaid", KENYA, "2025-09-02"),
        ("2024-11-19-fma-fines-donaupay", AUSTRIA, "2024-11-19"),
        ("2025-10-08-tribunal-cuts-gcc-cement-fine", GHANA, "2025-10-08"),
        ("2025-05-14-indecopi-fines-condor-andino", PERU, "2025-05-14"),
        ("2026-01-21-ccf-fines-supermarkets", CAMBODIA, "2026-01-21"),
    ):
        write_article(corpus, name, body, published=published)
    return indexed_session(corpus, tmp_path_factory.mktemp("status-honesty-index"))


@pytest.mark.parametrize(
    "question, party, quote",
    [
        (
            "which los lagos hatchery hasn't paid its sma fine",
            "Truchas del Sur",
            "Truchas del Sur has not paid",
        ),
        (
            "which of the cambodian supermarket chains has paid up",
            "Lotus Mart",
            "Lotus Mart said it had already paid its fine",
        ),
    ],
)
def test_which_party_paid_is_the_one_the_sentence_names(
    session: Session, question: str, party: str, quote: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith(party), answer.answer
    assert cites(answer, quote), answer.answer


@pytest.mark.parametrize(
    "question, quote",
    [
        ("was the bakers federation itself fined?", "No penalty was imposed on the federation"),
        (
            "has the high court stayed the CA penalty on savanna broadband",
            "The High Court has not issued any stay of the penalty",
        ),
        ("is the donaupay decision final yet", "The decision is therefore not yet final."),
    ],
)
def test_a_negated_sentence_answers_no(session: Session, question: str, quote: str) -> None:
    answer = session.ask(question)
    assert answer.verdict == "no", answer.answer
    assert cites(answer, quote), answer.answer


def test_the_regulators_appeal_is_not_the_companies(session: Session) -> None:
    answer = session.ask("has the GCC appealed to the court of appeal")
    assert answer.kind == "not_found", answer.answer


def test_a_stated_intention_to_challenge_answers_going_to_fight(session: Session) -> None:
    answer = session.ask("is condor andino going to fight it in court?")
    assert answer.verdict == "yes", answer.answer
    assert cites(answer, "would challenge the decision before the Lima Superior Court"), (
        answer.answer
    )


def test_another_fined_partys_payment_is_not_this_ones(session: Session) -> None:
    answer = session.ask("has mekong fresh paid its CCF fine")
    assert answer.verdict != "yes", answer.answer
