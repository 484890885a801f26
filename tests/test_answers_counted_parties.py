"""Totals over the parties a question counts: "combined fines on the two sugar millers",
"total of the penalties on the three banks", "the two directors' penalties together". The
question says how many parties and what kind (companies, or people by their role): the sum
is that decision's, over that many parties of that kind, not every fine in the sources and
not the manager fined personally beside the companies. Articles invented for this test
(invented companies and people, real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

SUGAR = """NAIROBI, June 4 (Test Wire) - The Competition Authority of Kenya (CAK) has fined two sugar millers a total of KSh 412 million for agreeing the prices at which they bought cane from farmers in western Kenya.

Mumias Holdings Ltd was fined KSh 300 million and Nzoia Cane Processors Ltd KSh 112 million.

The authority also fined Peter Wekesa, procurement director at Mumias Holdings, KSh 2.5 million personally for chairing the meetings at which the prices were set.

Both companies said they would study the decision.
"""

BANKS = """ZAGREB, 11 March (Test Wire) - The Croatian National Bank has imposed fines on three commercial banks for failing to check where their clients' funds came from.

Jadranska Banka d.d. was fined EUR 640,000, Slavonska Štedionica d.d. EUR 210,000 and Kvarner Kredit d.d. EUR 95,000.

The central bank said the three banks had opened accounts for shell companies without identifying their owners.
"""

FUEL = """LUSAKA, Sept 30 (Test Wire) - The Energy Regulation Board has fined fuel importer Chongwe Petroleum Ltd K1.2 million for selling diesel below the required quality.

The board also fined two Chongwe directors personally: Mwila Banda was fined K150,000 and Chanda Phiri K90,000.

Separately, the board fined the filling station operator Kafue Road Fuels Ltd K300,000 for short-measuring customers.
"""

OTHER = """LONDON, Feb 2 (Test Wire) - The Financial Conduct Authority has fined the broker Thamesgate Securities Ltd £4.1 million and the payments firm Ludgate Pay Ltd £1.3 million in two unrelated cases over failures in their financial crime controls.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("counted-parties-corpus")
    write_article(corpus, "2025-06-04-cak-fines-sugar-millers", SUGAR, published="2025-06-04")
    write_article(corpus, "2025-03-11-cnb-fines-three-banks", BANKS, published="2025-03-11")
    write_article(corpus, "2025-09-30-erb-fines-chongwe-petroleum", FUEL, published="2025-09-30")
    write_article(corpus, "2025-02-02-fca-fines-two-firms", OTHER, published="2025-02-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("counted-parties-index"))


@pytest.mark.parametrize(
    "question",
    [
        "combined fines on the two sugar millers?",
        "what did the cak fine the two millers altogether",
    ],
)
def test_the_two_companies_counted_without_the_manager(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 412_000_000 and answer.value.currency == "KES", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "total of the fines on the three commercial banks",
        "how much did the three banks pay in total",
    ],
)
def test_the_three_banks_of_one_decision(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 945_000 and answer.value.currency == "EUR", answer.answer


def test_the_two_directors_not_their_company(session: Session) -> None:
    answer = session.ask("combined penalties on the two chongwe directors")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 240_000, answer.answer


def test_an_altogether_that_is_no_sum(session: Session) -> None:
    """ "altogether" after the counted parties asks a sum only where nothing else is asked."""
    answer = session.ask("did the cak drop the case against the two millers altogether?")
    assert answer.kind != "calculation", answer.answer
