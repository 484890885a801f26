"""How users ask about a case's judge and a penalty's standing — on articles written for
this test (invented parties, real kinds of court and regulator):

- "which judge heard X's appeal?", "who was the judge …?", "name of the magistrate …": the
  person a court report names by judicial title ("Justice Amara Obi reduced …", "District
  Judge Helen Marsh fined …", "Magistrate P. Nair …"), not the court that ruled.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

KENYA = """NAIROBI, June 12 (Test Wire) - The Competition Authority of Kenya fined the miller Baraka Flour Mills KSh 90 million in 2024 for fixing maize flour prices.

Baraka appealed to the High Court. In a ruling delivered on Tuesday, Justice Amara Obi reduced the fine to KSh 60 million, finding that the authority had overstated the affected sales.

The authority said it would study the judgment.
"""

UK = """LEEDS, Sept 3 (Test Wire) - A scrap metal dealer was fined £40,000 at Leeds Magistrates' Court on Monday after the Environment Agency prosecuted it for storing waste without a permit.

District Judge Helen Marsh told Aire Valley Metals Ltd that its directors had ignored repeated warnings from officers.

The company pleaded guilty to two offences.
"""

INDIA = """MUMBAI, Feb 20 (Test Wire) - The Securities Appellate Tribunal on 19 February set aside a SEBI order that had fined Konkan Agro Ltd ₹25 lakh for late disclosures.

The order, written by Presiding Officer Justice T. Raman, held that SEBI had not given the company a hearing.
"""

HAULAGE = """DUBLIN, Oct 2 (Test Wire) - The Road Safety Authority fined Kestrel Haulage Ltd €120,000 in March for tachograph breaches.

**Kestrel still has not paid**

Six months on, the fine remains unpaid. The authority has passed the file to the Chief State Solicitor for collection.
"""

NORVIK = """OSLO, Nov 14 (Test Wire) - Finanstilsynet fined Norvik Bank ASA NOK 8 million for weak anti-money laundering controls.

## Appeal lodged

Norvik Bank has appealed the fine to the Ministry of Finance, a spokesperson said.
"""

CHILE = """SANTIAGO, April 2 (Test Wire) - The Competition Tribunal (TDLC) fined the fruit exporters Exportadora del Maule and Agrícola Los Robles a combined CLP 4,200 million for allocating export quotas.

A third exporter, Frutas Andinas, S.A., which reported the agreement in 2023, was granted full exemption from the fine under the leniency programme. It must still comply with the cease order.
"""

INDIA_STEEL = """NEW DELHI, Jan 8 (Test Wire) - The Competition Commission of India fined Bharat Rebar Ltd and Deccan Steel Ltd ₹120 crore each for rigging railway tenders.

A third bidder, Sharma Steel, Ltd., the first to come forward, obtained total exemption from the penalty under the lesser penalty regulations.
"""

FCA = """LONDON, May 6 (Test Wire) - The Financial Conduct Authority on 5 May fined the broker Thamesbridge Securities Ltd £2.3 million for failing to protect client money.

In a separate notice, the regulator fined Thamesbridge's former head of compliance, Oliver Pratt, £85,000 for failing to escalate the shortfall.
"""

SFC = """HONG KONG, Aug 19 (Test Wire) - The Securities and Futures Commission reprimanded Victoria Peak Securities Limited and fined it HK$4 million over internal control failures.

The regulator also banned Victoria Peak's former account executive, Chan Ka Ming, from re-entering the industry for 18 months.
"""

LATVIA = """RIGA, March 3 (Test Wire) - The Competition Council fined the freight forwarder Baltic Cargo Lines SIA EUR 1.2 million in 2024 for bid rigging on port tenders.

Baltic Cargo Lines appealed. The Administrative Regional Court has yet to rule on the appeal, and the company has not paid the fine.
"""

PERU = """LIMA, July 21 (Test Wire) - Indecopi fined the bus operator Transportes Cóndor Andino S.A.C. 450 UIT for misleading fare advertising.

The Court of Appeal upheld the fine in 2025. Cóndor Andino took the case further, and both sides are now awaiting the Supreme Court's ruling.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("judges-corpus")
    write_article(corpus, "2025-06-12-cak-baraka-appeal", KENYA, published="2025-06-12")
    write_article(corpus, "2025-09-03-ea-aire-valley", UK, published="2025-09-03")
    write_article(corpus, "2026-02-20-sat-konkan", INDIA, published="2026-02-20")
    write_article(corpus, "2025-04-02-tdlc-fruit-cartel", CHILE, published="2025-04-02")
    write_article(corpus, "2026-01-08-cci-rebar-tenders", INDIA_STEEL, published="2026-01-08")
    write_article(corpus, "2025-05-06-fca-thamesbridge", FCA, published="2025-05-06")
    write_article(corpus, "2025-08-19-sfc-victoria-peak", SFC, published="2025-08-19")
    write_article(corpus, "2026-03-03-cc-baltic-cargo", LATVIA, published="2026-03-03")
    write_article(corpus, "2026-07-21-indecopi-condor", PERU, published="2026-07-21")
    write_article(corpus, "2025-10-02-rsa-kestrel", HAULAGE, published="2025-10-02")
    write_article(corpus, "2025-11-14-ftil-norvik", NORVIK, published="2025-11-14")
    return indexed_session(corpus, tmp_path_factory.mktemp("judges-index"))


@pytest.mark.parametrize(
    ("question", "judge", "sentence"),
    [
        ("which judge heard baraka flour mills' appeal", "Amara Obi", "Justice Amara Obi reduced"),
        ("who was the judge in the aire valley metals case", "Helen Marsh", "District Judge Helen"),
        ("what judge set aside the konkan agro fine", "Raman", "Justice T. Raman"),
    ],
)
def test_the_judge_asked_is_the_titled_name_not_the_court(
    session: Session, question: str, judge: str, sentence: str
) -> None:
    answer = session.ask(question)
    assert answer.found
    assert answer.kind == "entity"
    assert judge in answer.answer
    assert cites(answer, sentence)


@pytest.mark.parametrize(
    ("question", "verdict", "sentence"),
    [
        ("kestrel haulage - did they pay the fine", "no", "Six months on, the fine remains"),
        ("Norvik Bank: has it appealed the fine?", "yes", "Norvik Bank has appealed the fine"),
    ],
)
def test_a_yes_no_after_the_party_cites_the_sentence_not_the_heading(
    session: Session, question: str, verdict: str, sentence: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "status"
    assert answer.verdict == verdict
    assert cites(answer, sentence)


@pytest.mark.parametrize(
    ("question", "party", "sentence"),
    [
        (
            "which fruit exporter got leniency and escaped the tdlc fine",
            "Frutas Andinas",
            "was granted full exemption from the fine",
        ),
        (
            "which steel company avoided the cci penalty",
            "Sharma Steel",
            "obtained total exemption from the penalty",
        ),
    ],
)
def test_the_party_granted_exemption_is_the_one_that_escaped(
    session: Session, question: str, party: str, sentence: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "entity"
    assert answer.answer.startswith(party)
    assert cites(answer, sentence)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("name of the thamesbridge compliance officer the fca fined", "Oliver Pratt"),
        ("name of the victoria peak account executive the sfc banned", "Chan Ka Ming"),
    ],
)
def test_the_person_the_named_regulator_sanctioned_is_asked(
    session: Session, question: str, person: str
) -> None:
    answer = session.ask(question)
    assert answer.found
    assert answer.kind == "entity"
    assert person in answer.answer


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "what did the administrative regional court decide on baltic cargo lines' appeal",
            "has yet to rule on the appeal",
        ),
        ("how did the supreme court rule on condor andino's fine", "awaiting the Supreme Court"),
    ],
)
def test_a_decision_still_awaited_is_not_found(
    session: Session, question: str, sentence: str
) -> None:
    answer = session.ask(question)
    assert not answer.found
    assert answer.kind == "not_found"
    assert cites(answer, sentence)


def test_a_decision_given_is_still_answered(session: Session) -> None:
    answer = session.ask("what did the high court decide in baraka flour mills' appeal")
    assert answer.found


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("date aire valley metals was fined", "2025-09-01"),
        ("date thamesbridge securities was fined", "2025-05-05"),
    ],
)
def test_a_date_asked_before_a_clause_is_a_date(session: Session, question: str, day: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "date"
    assert answer.value.date == day
