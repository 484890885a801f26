"""Answers about penalties called by other names (sanction fee, surcharge, astreinte,
forfeiture), appeals meant but not yet made, sums, differences and shares of several
parties' penalties, the party that escaped one, and what the sources say is not known — on articles written for this test (invented companies, real kinds of
regulator)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

CEMENT = """SEOUL, March 4 (Test Wire) - The Korea Fair Trade Commission said on Tuesday it had imposed surcharges totalling 12 billion won on three cement producers that rigged bids for public housing projects.

Daesan Cement was ordered to pay a surcharge of 5.4 billion won.

Hanul Materials must pay a surcharge of 4.2 billion won.

Mirae Binders was ordered to pay a surcharge of 2.4 billion won.

A fourth producer, Jinseong Concrete Industries, took part in the scheme but escaped a surcharge because it was the first to confess under the commission's leniency programme.

Jinseong said it had cooperated fully.
"""

TAURUS = """VIENNA, Oct 7 (Test Wire) - Austria's Federal Administrative Court on Tuesday reduced an administrative penalty imposed on the logistics firm Taurus Spedition GmbH by the Federal Competition Authority from EUR 5 million to EUR 3.5 million.

The authority had fined Taurus Spedition EUR 5 million in March 2024.
"""

VALCREST = """LYON, May 12 (Test Wire) - The administrative court in Lyon on Monday fined the packaging maker Valcrest SAS €45,000 for discharging solvent into the Rhône and ordered it to install a treatment unit.

Until the unit works, Valcrest must pay a daily astreinte of €1,200, the court said.

Valcrest has paid the €45,000 fine, the prefecture said, but has not paid the astreinte.
"""

KOLARI = """HELSINKI, June 18 (Test Wire) - Finland's National Police Board said on Wednesday it had imposed a sanction fee of EUR 2.5 million on online casino operator Kolari Pelit Oy for failing to check where its players' money came from.

Kolari Pelit's turnover from gaming in Finland was EUR 50 million in 2024.

Kolari Pelit said it intends to lodge an appeal against the decision, but had not done so by Wednesday.
"""

SAIMAA = """HELSINKI, June 19 (Test Wire) - Finland's National Police Board said on Thursday it had imposed a sanction fee of EUR 900,000 on Saimaa Games Oy, a betting site, for weak customer checks.

Saimaa Games said it plans to file an appeal but has yet to do so.
"""

WAVECREST = """WASHINGTON, Sept 2 (Test Wire) - The Federal Communications Commission on Tuesday imposed a forfeiture of $2.8 million on Wavecrest Telecom for robocalls, and a forfeiture of $700,000 on its reseller Bluepine Voice.

Wavecrest said it plans to challenge the forfeiture but has yet to file anything.
"""


NOODLE_BAR = """The owner of a Grimsby noodle bar where inspectors found cockroaches in the kitchen has been banned from running a food business.

Tomasz Wierzba, 51, appeared at Grimsby Magistrates' Court on Monday, where he pleaded guilty to three food hygiene offences.

District Judge Helen Marsh fined Wierzba £4,100. His company, Harbour Wok Ltd, was fined £9,000 for the same offences.

Wierzba was given 28 days to pay. The court was told the company had been dissolved and it is not clear whether its fine will ever be paid.

In a separate case last month, Hull Magistrates' Court fined Beverley cafe Copper Kettle £2,500 after mice were found behind its fridge.
"""

COPPER_KETTLE = """HULL, March 3 (Test Wire) - Copper Kettle, the Beverley cafe fined £2,500 in January, has paid its fine in full, the council said on Monday.
"""

KOWLOON_BAY = """HONG KONG, Oct 20 (Test Wire) - The Securities and Futures Commission on Monday fined Kowloon Bay Brokers Limited HK$2.2 million over failures in its handling of client money.

In a separate decision the same day, the SFC banned Lam Wai-shan, a former sales executive at Kowloon Bay, from re-entering the industry for ten months.

It remains to be seen whether Lam will seek to appeal the ban.
"""


OKAFOR = """SYDNEY, July 8 (Test Wire) - The Federal Court has ordered solar retailer SunCrest Homes Pty Ltd to pay penalties of $4.1 million for misleading door-to-door sales.

The court also disqualified SunCrest's former sales director, Mr Daniel Okafor, from managing corporations for four years and ordered him to pay a penalty of $250,000.

The penalty against Mr Okafor was imposed under the Australian Consumer Law and the disqualification order under s 248.

It remains to be seen whether Mr Okafor will seek to appeal the disqualification order.
"""


LUMENAR = """PARIS, Oct 4 (Test Wire) - France's Conseil d'État on 2 October 2024 reduced to €2 million the fine the CNIL had imposed on the adtech firm Lumenar SAS.

In a decision dated 14 March 2023, the CNIL had fined Lumenar SAS €3 million for placing advertising cookies without consent.
"""


DISPUTED = """MIAMI, Aug 5 (Test Wire) - The Federal Maritime Commission on Monday fined cruise operator Gulfstar Cruises $900,000 for failing to refund deposits on cancelled sailings.

In a statement, Gulfstar said it disputes the commission's findings, in particular the number of passengers affected, but agreed to pay to avoid litigation.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("penalty-words-corpus")
    write_article(corpus, "2025-03-04-kftc-cement-surcharges", CEMENT, published="2025-03-04")
    write_article(corpus, "2025-05-12-court-astreinte-valcrest", VALCREST, published="2025-05-12")
    write_article(corpus, "2025-06-18-sanction-fee-kolari", KOLARI, published="2025-06-18")
    write_article(corpus, "2025-06-19-sanction-fee-saimaa", SAIMAA, published="2025-06-19")
    write_article(corpus, "2025-09-02-fcc-forfeiture-wavecrest", WAVECREST, published="2025-09-02")
    write_article(corpus, "2025-10-07-court-cuts-taurus-penalty", TAURUS, published="2025-10-07")
    write_article(corpus, "2025-02-11-noodle-bar-owner-fined", NOODLE_BAR, published="2025-02-11")
    write_article(corpus, "2025-03-03-copper-kettle-pays", COPPER_KETTLE, published="2025-03-03")
    write_article(corpus, "2025-10-20-sfc-kowloon-bay", KOWLOON_BAY, published="2025-10-20")
    write_article(corpus, "2025-07-08-court-penalises-suncrest", OKAFOR, published="2025-07-08")
    write_article(corpus, "2024-10-04-court-cuts-lumenar-fine", LUMENAR, published="2024-10-04")
    write_article(corpus, "2025-08-05-fmc-fines-gulfstar", DISPUTED, published="2025-08-05")
    return indexed_session(corpus, tmp_path_factory.mktemp("penalty-words-index"))


@pytest.mark.parametrize(
    ("question", "amount", "currency"),
    [
        ("whats the daily astreinte valcrest was hit with", 1200, "EUR"),
        ("what forfeiture did the fcc impose on bluepine voice", 700_000, "USD"),
        ("how much was the surcharge on hanul materials", 4_200_000_000, "KRW"),
        ("saimaa games sanction fee?", 900_000, "EUR"),
    ],
)
def test_a_penalty_called_by_another_name_is_asked_for_as_an_amount(
    session: Session, question: str, amount: int, currency: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(amount), currency), (
        answer.answer
    )


def test_whether_a_daily_penalty_was_paid_is_not_answered_by_the_fine(session: Session) -> None:
    answer = session.ask("has valcrest paid the astreinte?")
    assert answer.kind == "status" and answer.verdict == "no", answer.answer
    assert cites(answer, "has not paid the astreinte"), answer.answer


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("has kolari pelit appealed?", "had not done so"),
        ("has saimaa games appealed the sanction fee?", "has yet to do so"),
        ("has wavecrest challenged the forfeiture?", "has yet to file anything"),
    ],
)
def test_an_appeal_meant_but_not_yet_made_answers_has_it_appealed_with_no(
    session: Session, question: str, phrase: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == "no", answer.answer
    assert cites(answer, phrase), answer.answer


@pytest.mark.parametrize(
    ("question", "number", "unit"),
    [
        # a share of the total the article states (not the total taken as one party's fine)
        ("what share of the total surcharges did daesan cement pay", Decimal(45), "percent"),
        ("hanul materials' share of the total, in percent?", Decimal(35), "percent"),
        ("by what % did the court reduce the taurus spedition penalty", Decimal(30), "percent"),
        (
            "kolari pelit's sanction fee as a percentage of its gaming turnover",
            Decimal(5),
            "percent",
        ),
    ],
)
def test_shares_of_a_total_a_turnover_and_a_cut(
    session: Session, question: str, number: Decimal, unit: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.number, answer.value.unit) == (number, unit), answer.answer


@pytest.mark.parametrize(
    ("question", "amount", "currency"),
    [
        ("how much more was daesan cement fined than hanul materials", 1_200_000_000, "KRW"),
        ("combined sanction fees for kolari pelit and saimaa games?", 3_400_000, "EUR"),
    ],
)
def test_differences_and_sums_of_two_parties_penalties(
    session: Session, question: str, amount: int, currency: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(amount), currency), (
        answer.answer
    )


@pytest.mark.parametrize(
    "question",
    [
        "which of the cement producers got off without paying a surcharge",
        "which cement maker avoided a surcharge?",
    ],
)
def test_the_party_that_escaped_a_sanction_is_named_from_the_sentence_saying_so(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "entity" and "Jinseong Concrete Industries" in answer.answer, (
        answer.answer
    )
    assert cites(answer, "escaped a surcharge"), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # not known, and about the fine of the amount named, not another company's paid one
        "has the harbour wok company paid its £9k fine yet",
        "has the grimsby noodle bar company paid its £9k fine yet",
        # "it remains to be seen whether she will seek to appeal" is no No
        "has okafor appealed his disqualification",
        # the same sentence asked about what comes next: still not known, and not found
        "will okafor appeal the disqualification order",
    ],
)
def test_what_the_sources_say_is_not_known_is_not_answered(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert not answer.found and answer.kind == "not_found", answer.answer


def test_which_court_is_the_one_the_story_leads_with_not_its_judge(session: Session) -> None:
    answer = session.ask("which court sentenced the grimsby noodle bar owner")
    assert answer.kind == "entity" and "Grimsby Magistrates' Court" in answer.answer, answer.answer


def test_a_person_asked_for_by_name_and_a_short_job_title(session: Session) -> None:
    answer = session.ask("name of the former sales exec the sfc banned?")
    assert answer.kind == "entity" and "Lam Wai-shan" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how many days between the CNIL decision and the Conseil d'État judgment",
        "how many days passed between the cnil's decision on lumenar and the ruling that cut it",
    ],
)
def test_days_from_a_decision_to_the_court_s_ruling_on_it(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.number, answer.value.unit) == (568, "days"), answer.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does gulfstar dispute the commission's findings", "yes"),
        ("does gulfstar accept the findings", "no"),
    ],
)
def test_a_party_s_stated_dispute_answers_whether_it_disputes_or_accepts(
    session: Session, question: str, verdict: str
) -> None:
    answer = session.ask(question)
    assert answer.verdict == verdict, answer.answer
    assert cites(answer, "Gulfstar said it disputes")
