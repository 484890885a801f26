"""Names and sums as enforcement copy writes them (articles written for this test: invented
companies and people, real kinds of regulator):

- a round-up's heading opens with a country ("Peru: SMV fines …, bars former CEO"): the
  country is no one an entity question asks for, and the heading's shorthand counts less
  than the body sentence naming the person barred;
- a sentence-opening word ("First, the CFO.") and a line in headline case ("Andes Probe
  Finds Cordova Mining Misled Investors") name no one;
- a body the copy writes in lower case ("its sanctions committee") is answered "The
  sanctions committee";
- "how much does X still owe?" takes what X paid, not what another party of the same
  decision paid in a sentence naming it;
- "all told, how much less does X owe after the judgment than the original sanctions?":
  the court cut one fine and annulled the other — both fines before, the cut sum after;
- "could in principle have reached" states a maximum as "could have reached" does;
- "which of them is contesting the penalty?" is the party that disputes it when none is
  reported to have gone to court;
- "which bank executive did X fine personally?" is the person fined, not the bank;
- "X's share of the total surcharges in the pump case" counts that decision's parties
  (several named in one sentence), not another case the wire recalls;
- "total penalties on X plus its three directors" adds the people the same decision fined
  in the same sentence as the company.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

ROUNDUP = """Our quarterly digest of enforcement in the Andean markets.

**Peru: SMV fines Cordova Mining and two directors, bars former CEO**

At a board session on 14 March, Peru's Superintendencia del Mercado de Valores (SMV) fined Cordova Mining S.A.A. PEN 400,000 for publishing misleading production figures.

The regulator also barred the company's former chief executive, Julio Mendoza Arce, from serving as a director of any listed company for three years.

First, the CFO. The regulator said the finance team had ignored warnings from the auditors.
"""

BLOG = """**Andes Probe Finds Cordova Mining Misled Investors**

The Chilean regulator referred the Pacifico Salmon case to its sanctions committee, which is responsible for imposing fines on listed companies.
"""

PORTS = """ATHENS (Test Wire) - Greece's Hellenic Competition Commission fined three ferry operators a total of EUR 9 million in March for sharing timetables and fares on Aegean routes.

It fined Kyklades Lines EUR 5 million, Poseidon Ferries EUR 2.5 million and Naxos Sea EUR 1.5 million.

Kyklades Lines did not appeal and paid the commission its EUR 5 million fine in full in May, so it owes nothing.

Naxos Sea asked for time to pay: under an agreement signed in June it has so far paid EUR 500,000 of its EUR 1.5 million fine, with the rest due by December.
"""

COURT = """LISBON (Test Wire) - Portugal's Administrative Court of Lisbon has cut one fine the telecoms regulator ANACOM imposed on the operator Atlantica Telecom and annulled a second.

In a judgment dated 2 February 2026, the court upheld ANACOM's finding that Atlantica had overcharged customers for roaming, but it cut the fine for that infringement from €1.6 million to €1.1 million.

The court annulled in full the separate €400,000 fine ANACOM had imposed on Atlantica for failing to answer a request for information.

ANACOM adopted both sanctions in a decision of 9 May 2024, for a combined €2 million.
"""

LAGOS = """ABUJA (Test Wire) - The Nigerian Communications Commission fined the mobile lender Kudipal Limited ₦120,000,000 on 4 May for sending unsolicited marketing texts.

Kudipal reported revenue of ₦9.5bn for 2024, so the fine could in principle have reached about ₦190 million.
"""


NAIROBI = """NAIROBI (Test Wire) - The Central Bank of Kenya said on Monday it had fined three licensed lenders for breaches of the Proceeds of Crime and Anti-Money Laundering Act.

The penalties were: Rift Valley Savings Ltd (KES 20 million), Tana Credit Ltd (KES 8 million) and Mara Microfinance Ltd (KES 5 million). Rift Valley Savings and Mara Microfinance have paid. Tana Credit is contesting the amount.
"""

SANTIAGO = """SANTIAGO (Test Wire) - Chile's Financial Market Commission (CMF) fined Banco Pehuenche 300 million pesos on 2 June for failing to report a cyber incident on time.

In the same resolution, the regulator fined the bank's former chief risk officer, Tomás Ibáñez Rojas, 400 UF for not escalating the incident to the board.
"""


TOKYO = """TOKYO (Test Wire) - Japan's Fair Trade Commission (JFTC) on 14 May ordered three makers of pumps to pay surcharges for rigging bids for prefectural water works.

Kansai Pump Co was ordered to pay the largest surcharge, ¥900 million ($6.1 million), followed by Sakai Kogyo Co with ¥600 million and Otaru Seiki Ltd with ¥300 million, the commission said.

In February, the JFTC ordered Nagoya Denki Works to pay a ¥700 million surcharge over a price cartel in switchgear; the company is contesting that order at the Tokyo District Court.
"""


ACCRA = """ACCRA (Test Wire) - At a board meeting on 3 March, Ghana's Securities and Exchange Commission (SEC) fined Kumasi Cocoa Processing PLC GH₵200,000 and fined its chairman Kwame Mensah and directors Ama Owusu and Kofi Boateng GH₵50,000 each for misstating export revenue in the company's 2024 accounts.

In January, the SEC fined a broker, Tema Capital Ltd, GH₵80,000 for late filings.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("names-left-corpus")
    write_article(corpus, "2026-04-01-andes-roundup", ROUNDUP, published="2026-04-01")
    write_article(corpus, "2026-04-02-andes-blog", BLOG, published="2026-04-02")
    write_article(corpus, "2026-09-01-greece-ferries-follow-up", PORTS, published="2026-09-01")
    write_article(corpus, "2026-02-10-lisbon-court-atlantica", COURT, published="2026-02-10")
    write_article(corpus, "2026-05-06-ncc-kudipal", LAGOS, published="2026-05-06")
    write_article(corpus, "2026-07-06-cbk-three-lenders", NAIROBI, published="2026-07-06")
    write_article(corpus, "2026-06-05-cmf-pehuenche", SANTIAGO, published="2026-06-05")
    write_article(corpus, "2026-05-14-jftc-pumps", TOKYO, published="2026-05-14")
    write_article(corpus, "2026-03-10-sec-ghana-kumasi-cocoa", ACCRA, published="2026-03-10")
    return indexed_session(corpus, tmp_path_factory.mktemp("names-left-index"))


def test_the_person_barred_not_the_country_of_the_heading(session: Session) -> None:
    answer = session.ask("who did smv bar from being a director of listed companies")
    assert answer.kind == "entity"
    first = answer.answer.split(". ")[0]
    assert "Julio Mendoza Arce" in first
    assert "Peru" not in first


def test_a_sentence_opener_or_a_headline_is_no_name(session: Session) -> None:
    answer = session.ask("who is the finance chief at cordova mining")
    first = answer.answer.split(". ")[0]
    assert not first.startswith("First")
    assert "Probe" not in first


def test_a_body_in_lower_case_is_named_with_the(session: Session) -> None:
    answer = session.ask("which part of the chilean regulator imposes fines on listed companies?")
    assert answer.kind == "entity"
    assert answer.answer.startswith("The sanctions committee")


def test_still_owed_is_not_another_partys_payment(session: Session) -> None:
    answer = session.ask("how much does naxos sea still owe the commission")
    assert answer.kind == "calculation"
    assert answer.value.amount == 1000000


def test_all_sanctions_before_and_after_the_judgment(session: Session) -> None:
    answer = session.ask(
        "all told, how much less does Atlantica owe after the judgment than ANACOM's original sanctions?"
    )
    assert answer.kind == "calculation"
    assert answer.value.amount == 900000


def test_could_in_principle_have_reached_is_a_maximum(session: Session) -> None:
    answer = session.ask("how many naira short of the theoretical maximum was the kudipal fine?")
    assert answer.kind == "calculation"
    assert answer.value.amount == 70000000


def test_contesting_is_the_party_that_disputes_it(session: Session) -> None:
    answer = session.ask("which of the three kenyan lenders is contesting the penalty")
    assert answer.kind == "entity"
    assert answer.answer.startswith("Tana Credit")


def test_a_bank_executive_is_the_person_fined(session: Session) -> None:
    answer = session.ask("Which bank executive did the CMF fine personally?")
    assert answer.kind == "entity"
    assert answer.answer.startswith("Tomás Ibáñez Rojas")


def test_share_of_the_cases_total_not_another_case(session: Session) -> None:
    answer = session.ask(
        "kansai pump's share of the total jftc surcharges in the pump case, in percent?"
    )
    assert answer.kind == "calculation"
    assert answer.value.number == 50


def test_total_on_a_company_plus_its_directors(session: Session) -> None:
    answer = session.ask("total sec penalties on kumasi cocoa plus its three directors")
    assert answer.kind == "calculation"
    assert answer.value.amount == 350000
