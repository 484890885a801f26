"""Whether a party took a step, asked where the sources do not say, and the figures a
question asks that no source states.

- "has X gone to court over the fine?" — "X has sixty (60) days … to file a challenge. The
  Commission has not been informed of X's intentions": a deadline is no answer either way;
- "is the regulator taking the judgment to the supreme court?": the company's own appeal, and
  "would take it into account", are not the regulator's step; "has not said whether it will seek a review" says the sources do not know;
- "did X ever pay the 2022 fine?" — "that penalty was never paid": No ("pay" is the step
  asked, however short);
- "did X win its challenge?" — "dismissed the application": No;
- "what is the maximum fine under the Act?" when only the fine imposed is given: not found;
- "if it finishes two weeks late, how much extra?" at "for each day of delay … GHS 5,000":
  14 days of it; "for how many days did the daily penalties run?" — "ran for 17 days".

Articles invented for this test (invented companies, real kinds of regulator and court).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

JORDAN = """AMMAN, 3 February (Test Wire) - Jordan's Telecommunications Regulatory Commission (TRC) has fined the mobile operator Petra Mobile JOD 120,000 for failing to process number-porting requests within the legal deadline.

Petra Mobile has sixty (60) days from notification to file a challenge before the Administrative Court in accordance with the Law. The Commission has not been informed of Petra Mobile's intentions.
"""

ESTONIA = """TALLINN, 12 March (Test Wire) - The Tallinn Circuit Court has annulled the EUR 75,000 fine the Estonian Competition Authority (ECA) imposed on the freight forwarder Baltic Freight AS for late notification of a merger.

Baltic Freight AS appealed the decision in 2024, arguing the deal did not reach the notification thresholds. The court agreed with the company.

Baltic Freight AS paid EUR 75,000 into a court deposit account last year pending the outcome of its appeal, according to court filings.

The ECA said it "takes note of the judgment" and would take it into account in its future practice. A spokesperson said the authority was studying the reasoning and weighing its options.
"""

RWANDA = """KIGALI, 9 July (Test Wire) - Rwanda's High Court has cut the fine the Rwanda Utilities Regulatory Authority (RURA) imposed on the internet provider Kivu Broadband Ltd from RWF 90 million to RWF 40 million.

The court found that RURA had counted the same outages twice. RURA has not said whether it will seek a review of the judgment.
"""

MAURITIUS = """PORT LOUIS, 5 May (Test Wire) - The Competition Commission of Mauritius has fined three bakery chains for fixing bread prices. The largest penalty, 3 million rupees (around 65,000 U.S. dollars), was imposed on Lagon Bakeries Ltd, operator of the Lagon bakery shops.

In 2022 the Commission fined Coral Foods Ltd, another bakery group, Rs 2 million for a similar breach, but that penalty was never paid, according to court records.
"""

NIGER = """NIAMEY, 20 October (Test Wire) - Niger's Council of State has ruled on two challenges to fines imposed by the telecoms regulator ARCEP in 2024.

*Sahel Télécom.* The Council of State dismissed the application in its entirety. It held that the coverage obligations were clearly stated in the licence.

*Ténéré Net.* The Council of State reduced the fine on Ténéré Net SA from FCFA 300 million to FCFA 120 million.

ARCEP had fined Sahel Télécom SA FCFA 500 million in March 2024 for missing its rural coverage targets.
"""

GHANA = """ACCRA, 14 August (Test Wire) - Ghana's Environmental Protection Authority (EPA) has fined the quarry operator Akwapim Stone Ltd GHS 250,000 for blasting without a permit near a school in Aburi.

The EPA ordered the company to repair the damaged classrooms by 30 September. For each day of delay after that date, the company will pay GHS 5,000, the authority said.
"""

PERU = """AREQUIPA, 2 December (Test Wire) - Peru's environmental enforcement agency OEFA has fined the smelter Fundición Chili S.A. S/ 1.8 million for dust emissions and imposed daily penalties of S/ 20,000 until it installed filters.

The filters were certified on 28 November, so the daily penalties ran for 17 days.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("status-unknown-corpus")
    for name, body, published in (
        ("2025-02-03-trc-fines-petra-mobile", JORDAN, "2025-02-03"),
        ("2025-03-12-court-annuls-eca-fine-baltic-freight", ESTONIA, "2025-03-12"),
        ("2025-07-09-high-court-cuts-rura-fine-kivu", RWANDA, "2025-07-09"),
        ("2025-05-05-ccm-fines-lagon-bakeries", MAURITIUS, "2025-05-05"),
        ("2025-10-20-council-of-state-arcep-fines", NIGER, "2025-10-20"),
        ("2025-08-14-epa-fines-akwapim-stone", GHANA, "2025-08-14"),
        ("2025-12-02-oefa-fines-fundicion-chili", PERU, "2025-12-02"),
    ):
        write_article(corpus, name, body, published=published)
    return indexed_session(corpus, tmp_path_factory.mktemp("status-unknown-index"))


@pytest.mark.parametrize(
    "question",
    [
        # a deadline to go to court, and no word of what the company did
        "has petra mobile gone to court over the TRC fine",
        # the company's appeal, and "take it into account", are not the regulator's step
        "is the ECA taking the baltic freight judgment to the supreme court",
        # "has not said whether": the sources do not know
        "is RURA going to ask for a review of the kivu broadband judgment",
        # a fine reported, and no payment
        "did lagon bakeries pay the 3m rupee fine yet",
        # only the fine imposed, no ceiling
        "what is the maximum fine under the mauritius competition act",
        "what's the max daily penalty OEFA could legally have imposed on fundicion chili",
    ],
)
def test_the_sources_do_not_say(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "not_found", answer.answer


def test_never_paid_answers_did_it_ever_pay(session: Session) -> None:
    answer = session.ask("did coral foods ever pay the 2022 fine")
    assert answer.verdict == "no", answer.answer
    assert cites(answer, "that penalty was never paid"), answer.answer


def test_a_dismissed_application_is_a_challenge_lost(session: Session) -> None:
    answer = session.ask("did sahel telecom win its challenge against arcep")
    assert answer.verdict == "no", answer.answer
    assert cites(answer, "dismissed the application in its entirety"), answer.answer


def test_weeks_late_at_a_daily_rate(session: Session) -> None:
    answer = session.ask(
        "if akwapim stone finishes the repairs two weeks late, how much extra does it owe"
    )
    assert answer.kind == "calculation", answer.answer
    assert answer.value is not None and answer.value.amount == Decimal("70000"), answer.answer
    assert cites(answer, "For each day of delay after that date"), answer.answer


def test_days_a_daily_penalty_ran_as_the_sources_count_them(session: Session) -> None:
    answer = session.ask("for how many days did OEFA's daily penalties on fundicion chili run")
    assert answer.found, answer.answer
    assert answer.value is not None and answer.value.number == 17, answer.answer
    assert cites(answer, "ran for 17 days"), answer.answer
