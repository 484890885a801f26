"""How users ask about payments and totals, answered from how enforcement copy states them
(articles written for this test: invented companies, real kinds of regulator):

- "has it paid the fine?" — no "in full" — is No, only part of it, when the sources report
  an instalment or a sum "of the fine" paid; "has it paid anything?" stays Yes;
- "how much has X fined Y in total?" counts the penalty payment imposed on top of the fine;
  "the total of X's fines" counts the fines;
- a party asked by the acronym a story also uses for it ("NMT" for Nordic Mobile
  Telecom): its fine, and by how much the regulator cut it from the figure it proposed.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

FREIGHT = """VILNIUS (Test Wire) - Lithuania's Competition Council fined the freight forwarder Baltic Route UAB €2.4 million on 3 March for abusing its dominant position at the port of Klaipėda.

Baltic Route has paid €800,000 of the fine so far and agreed to pay the remainder in two instalments, the council said on Friday.
"""

GRAIN = """BUDAPEST (Test Wire) - Hungary's competition authority, the GVH, fined the grain trader Alföld Gabona Kft. HUF 900 million for fixing purchase prices paid to farmers.

Alföld Gabona said it had paid the first tranche of HUF 300 million in August and would pay the rest by March.
"""

CAMERAS = """ZAGREB (Test Wire) - Croatia's data protection agency AZOP fined the retailer Jadran Market €120,000 on 4 April for filming staff in changing rooms.

In a separate decision in June, the agency imposed a penalty payment of €300,000 on Jadran Market for failing to remove the cameras by the deadline.
"""

TELECOM = """OSLO (Test Wire) - Norway's Datatilsynet on Tuesday fined Nordic Mobile Telecom NOK 40 million for keeping customers' location data for years longer than it needed.

The regulator had said in March that it intended to fine NMT NOK 65 million, but lowered the amount after the company's representations.
"""

FOODS = """SEJONG (Test Wire) - South Korea's Fair Trade Commission said on Monday it had imposed a surcharge of KRW 1.5 billion on Daebong Foods for forcing franchisees to buy kitchen equipment from it.

The commission also imposed an administrative fine of KRW 20 million on Daebong Foods for failing to hand over documents to investigators.
"""

SCRAPER = """ROME (Test Wire) - Italy's Garante fined the people-search site Trovatutti €600,000 on Thursday for publishing home addresses scraped from social networks.

The Garante said it would not be seeking to block Trovatutti's website in Italy for now, as the company had moved its servers abroad.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("part-payments-corpus")
    write_article(corpus, "2025-07-11-kt-baltic-route", FREIGHT, published="2025-07-11")
    write_article(corpus, "2025-09-02-gvh-alfold-gabona", GRAIN, published="2025-09-02")
    write_article(corpus, "2025-07-01-azop-jadran-market", CAMERAS, published="2025-07-01")
    write_article(corpus, "2025-06-10-datatilsynet-nmt", TELECOM, published="2025-06-10")
    write_article(corpus, "2025-04-14-kftc-daebong-foods", FOODS, published="2025-04-14")
    write_article(corpus, "2025-05-22-garante-trovatutti", SCRAPER, published="2025-05-22")
    return indexed_session(corpus, tmp_path_factory.mktemp("part-payments-index"))


@pytest.mark.parametrize(
    "question",
    ["has baltic route paid the fine?", "did baltic route pay its fine in full?"],
)
def test_a_sum_of_the_fine_paid_is_not_the_fine_paid(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.verdict == "no"
    assert answer.answer.startswith("No, only part of it")
    assert any("€800,000 of the fine" in c.quote for c in answer.citations[:1])


def test_a_first_tranche_paid_is_not_the_fine_paid(session: Session) -> None:
    answer = session.ask("has alfold gabona paid the gvh fine?")
    assert answer.verdict == "no"
    assert any("first tranche" in c.quote for c in answer.citations[:1])


def test_a_part_paid_answers_whether_anything_was_paid(session: Session) -> None:
    answer = session.ask("has alfold gabona paid anything yet?")
    assert answer.verdict == "yes"


def test_fined_in_total_counts_the_penalty_payment(session: Session) -> None:
    answer = session.ask("how much has AZOP fined jadran market in total?")
    assert answer.kind == "calculation"
    assert answer.value.amount == 420000


def test_the_total_of_the_fines_counts_the_fines(session: Session) -> None:
    answer = session.ask("what's the total of AZOP's fines on jadran market?")
    assert answer.value.amount == 120000


def test_a_party_asked_by_its_acronym_is_the_one_named_in_full(session: Session) -> None:
    answer = session.ask("how much was NMT fined?")
    assert answer.value.amount == 40000000


def test_a_cut_from_the_proposed_fine_of_a_party_asked_by_its_acronym(session: Session) -> None:
    answer = session.ask("By how much did Datatilsynet cut NMT's fine from the figure it proposed?")
    assert answer.kind == "calculation"
    assert answer.value.amount == 25000000


def test_a_total_including_another_penalty_follows_the_conversation(session: Session) -> None:
    answer = session.ask(
        "what's the total including the administrative fine?",
        history=["how big was the surcharge on daebong foods"],
    )
    assert answer.kind == "calculation"
    assert answer.value.amount == 1520000000


def test_making_a_site_inaccessible_is_blocking_it(session: Session) -> None:
    answer = session.ask("Is the Garante going to make Trovatutti's site inaccessible in Italy?")
    assert answer.verdict == "no"
    assert any("block" in c.quote for c in answer.citations[:1])
