"""How users ask, answered from how enforcement copy states it — on articles written for this
test (invented companies, real kinds of regulator):

- a headline of a question: "X settlement amount w/ the authority?" asks for an amount,
  "date the consent decree with X was signed" for a date;
- "how many tenders were rigged" is answered by "in 27 procurement procedures";
- "has it paid the fine in full?" is No when the sources report one instalment paid;
- "did the court keep the licence suspension?" is No when the court annulled that part;
- "is X still barred from …?" is Yes when the restriction "remains in force", No when it
  "was lifted".
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

DAIRY = """LISBON, May 6 (Test Wire) - Portugal's Autoridade da Concorrência said on Tuesday it had reached settlements with three dairy processors over the coordination of bids in 27 procurement procedures for school milk run by municipalities between 2018 and 2022.

Under the agreements, Serralta Lacticínios will pay a settlement of €3.4 million, Queijaria Norte €1.9 million and Leite do Vale €750,000.

Serralta said it had already paid the first instalment of €1.7 million. The rest is due by the end of the year.
"""

RIVER = """HELENA, Montana (Test Wire) - The Montana Department of Environmental Quality and Copperline Mining Co. signed a consent decree on 3 June 2025 resolving discharges of zinc into Silver Creek.

Under the decree, Copperline will pay a penalty of $240,000.
"""

COURT = """SANTIAGO (Test Wire) - Chile's Second Environmental Court on 9 March cut the fine the Superintendency of the Environment imposed on the miner Minera Cerro Alto from 1,200 to 800 UTA.

The superintendency had also ordered the suspension of the company's tailings licence for six months. On the suspension, the court held that the regulator had not explained why it was needed on top of the fine. It annulled that part of the resolution.
"""

LENDER = """JAKARTA (Test Wire) - Indonesia's Financial Services Authority fined the online lender PT Kredit Cepat Rp1 miliar on 2 September for harassing borrowers.

On the same day it imposed a restriction that bars Kredit Cepat from disbursing new loans until it has replaced its collection agents.

Kredit Cepat paid the fine in September. The restriction, however, remains in force, the authority said last week.
"""

BROKER = """NAIROBI (Test Wire) - Kenya's Capital Markets Authority suspended the stockbroker Jabali Securities from trading on 4 February for failing to segregate client money.

The suspension was lifted on 2 May after an audit found the accounts in order.
"""


PAINT = """MADRID (Test Wire) - Spain's CNMC said on Monday that the paint makers Pinturas Sol and Colores Ibéricos had agreed settlements worth €4 million over price fixing.

A third maker, Tintas Meseta, declined to settle. The case against it continues.
"""


BROKERS = """SINGAPORE (Test Wire) - The Monetary Authority of Singapore fined the brokerage Merlion Trade S$800,000 for weak controls.

In a separate case, the State Courts on Monday fined former trader Lim Kok Wah S$500,000 after he pleaded guilty to insider trading in the shares of a shipping company.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("question-families-corpus")
    write_article(corpus, "2025-05-06-adc-dairy-settlements", DAIRY, published="2025-05-06")
    write_article(corpus, "2025-06-05-deq-copperline-decree", RIVER, published="2025-06-05")
    write_article(corpus, "2025-03-12-court-cuts-cerro-alto-fine", COURT, published="2025-03-12")
    write_article(corpus, "2025-10-01-ojk-kredit-cepat", LENDER, published="2025-10-01")
    write_article(corpus, "2025-05-10-cma-jabali-securities", BROKER, published="2025-05-10")
    write_article(corpus, "2025-11-03-cnmc-paint-settlements", PAINT, published="2025-11-03")
    write_article(corpus, "2025-08-19-mas-merlion-trade", BROKERS, published="2025-08-19")
    return indexed_session(corpus, tmp_path_factory.mktemp("question-families-index"))


def test_a_settlement_amount_asked_as_a_headline_is_an_amount(session: Session) -> None:
    answer = session.ask("serralta settlement amount w/ the competition authority?")
    assert answer.kind == "amount"
    assert answer.value.amount == 3_400_000


def test_date_the_decree_was_signed_asks_for_a_date(session: Session) -> None:
    answer = session.ask("date the consent decree with copperline mining was signed")
    assert answer.kind == "date"
    assert answer.value.date == "2025-06-03"


def test_tenders_are_counted_in_the_procedures_procurement_law_names(session: Session) -> None:
    answer = session.ask("how many tenders were rigged in the portuguese school milk case")
    assert answer.kind == "count"
    assert answer.value.number == 27


def test_one_instalment_paid_is_not_paid_in_full(session: Session) -> None:
    answer = session.ask("has serralta paid its settlement in full?")
    assert answer.verdict == "no"
    assert any("first instalment" in c.quote for c in answer.citations[:1])


def test_a_court_that_annulled_a_measure_did_not_keep_it(session: Session) -> None:
    answer = session.ask("did the court keep the cerro alto licence suspension?")
    assert answer.verdict == "no"
    assert any("annulled" in c.quote for c in answer.citations[:1])


def test_a_restriction_that_remains_in_force_still_bars(session: Session) -> None:
    answer = session.ask("is kredit cepat still barred from lending?")
    assert answer.found
    assert answer.verdict == "yes"
    assert any("remains in force" in c.quote for c in answer.citations[:1])


def test_a_lifted_suspension_no_longer_bars(session: Session) -> None:
    answer = session.ask("is jabali securities still suspended from trading?")
    assert answer.found
    assert answer.verdict == "no"
    assert any("lifted" in c.quote for c in answer.citations[:1])


# Calculations: a case's total less the rounded total its headline states and an earlier case
# its background recalls; the fine before a stated reduction; what is still owed on a party's
# own part, not the case's total; a daily penalty that steps up; a cut in the unit asked for.

CARTEL = """VILNIUS (Test Wire) - Lithuania's Competition Council on 4 June 2025 fined three builders €3.4 million for rigging bids for school renovations.

The fines were:
- Statybų Ratas – €1,912,300;
- Baltic Mūras – €1,045,600;
- Kalnų Statyba – €447,000.

Kalnų Statyba was the first to apply for leniency. Its fine was therefore reduced by 40 %.

In 2021 the council fined the builder Vakarų Keliai €310,000 for sharing markets in road repairs.
"""

PORTS = """DURBAN (Test Wire) - Three stevedoring companies have agreed to pay a total of more than 90 million rand to settle a cartel case, the Competition Commission said on Monday.

Under the agreements, Harbourline will pay a settlement amount of R52.5 million, Quaymasters R25 million and Dockside Bulk R13 million.

Harbourline said it had transferred R20 million last week.
"""

DECREE = """DENVER (Test Wire) - Colorado's health department and Ridgeback Refining signed a consent order over sulfur dioxide releases, under which Ridgeback will pay a civil penalty of $310,000 and install new scrubbers by 30 June 2026.

If the company misses a deadline, it faces stipulated penalties of $1,000 per day for each day of violation, rising to $3,000 per day after 14 days.
"""

SALMON = """SANTIAGO (Test Wire) - Chile's First Environmental Court on 2 May reduced the fine the Superintendency of the Environment imposed on the fish farmer Acuícola Fiordo Azul from 1,200 to 800 monthly tax units (UTM).
"""


@pytest.fixture(scope="module")
def sums(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("question-families-sums-corpus")
    write_article(corpus, "2025-06-05-kt-builders-bid-rigging", CARTEL, published="2025-06-05")
    write_article(corpus, "2025-09-08-compcom-stevedores", PORTS, published="2025-09-08")
    write_article(corpus, "2025-07-02-cdphe-ridgeback-order", DECREE, published="2025-07-02")
    write_article(corpus, "2025-05-06-court-cuts-fiordo-azul", SALMON, published="2025-05-06")
    return indexed_session(corpus, tmp_path_factory.mktemp("question-families-sums-index"))


def test_a_case_total_adds_the_parts_not_the_rounded_total(sums: Session) -> None:
    answer = sums.ask("total fines in the lithuanian school renovation bid rigging case")
    assert answer.kind == "calculation"
    assert answer.value.amount == 3_404_900


def test_the_fine_before_a_stated_reduction(sums: Session) -> None:
    answer = sums.ask("what would kalnų statyba have been fined without the leniency reduction")
    assert answer.kind == "calculation"
    assert answer.value.amount == 745_000


def test_still_owed_is_of_its_own_part_not_the_case_total(sums: Session) -> None:
    answer = sums.ask("how much of its settlement does harbourline still owe")
    assert answer.kind == "calculation"
    assert answer.value.amount == 32_500_000


def test_a_daily_penalty_that_steps_up(sums: Session) -> None:
    answer = sums.ask(
        "if ridgeback misses the scrubber deadline by 20 days, what are the stipulated penalties"
    )
    assert answer.kind == "calculation"
    assert answer.value.amount == 32_000


def test_a_cut_in_the_unit_the_question_names(sums: Session) -> None:
    answer = sums.ask("by what % did the environmental court cut the fiordo azul fine in UTM")
    assert answer.kind == "calculation"
    assert float(answer.value.number) == pytest.approx(33.3, abs=0.1)


# Passages: what a party did wrong, what its agents did, why a court decided as it did, how a
# scheme worked — the finding or the reasons, not the sentence naming the penalty.

EXCHANGE = """DOHA (Test Wire) - Qatar's central bank said on Sunday it had fined the money changer Sidra Crescent Exchange QAR 2.4 million under the anti-money laundering law.

The central bank also barred Sidra Crescent from opening new branches for a year. The bank said the money changer had failed to verify the source of funds of large cash customers and to keep transaction records for five years.

Sidra Crescent said it would review its procedures.
"""

TELECOM = """LIMA (Test Wire) - Peru's telecoms regulator Osiptel fined the mobile operator Andina Móvil PEN 1.2 million on 3 March for misleading customers.

**The appeal**

Andina Móvil challenged the fine before the Lima Superior Court. The court cut the fine to PEN 400,000 on 9 September.

The court agreed that the adverts had misled customers. However, it held that Osiptel had not explained why it chose a fine close to the legal maximum for a first offence.
"""

GRAVEL = """ZAGREB (Test Wire) - Croatia's competition agency fined four gravel suppliers a combined €1.8 million for rigging bids in county road tenders.

**How the scheme worked**

Before each county tender, sales managers met in a roadside café and agreed which of them would win; the others then priced deliberately high.

The agency said it would keep watching for gravel suppliers who coordinate their bids in road tenders.
"""


@pytest.fixture(scope="module")
def passages(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("question-families-passages-corpus")
    write_article(corpus, "2025-04-06-qcb-sidra-crescent", EXCHANGE, published="2025-04-06")
    write_article(
        corpus, "2025-09-12-court-cuts-andina-movil-fine", TELECOM, published="2025-09-12"
    )
    write_article(corpus, "2025-02-20-aztn-gravel-cartel", GRAVEL, published="2025-02-20")
    return indexed_session(corpus, tmp_path_factory.mktemp("question-families-passages-index"))


def test_what_a_party_did_wrong_is_the_finding(passages: Session) -> None:
    answer = passages.ask("what did the central bank say sidra crescent did wrong")
    assert answer.found
    assert "failed to verify" in answer.citations[0].quote


def test_why_a_court_thought_a_fine_too_high_is_its_reasoning(passages: Session) -> None:
    answer = passages.ask("why did the lima court think the andina movil fine was too high")
    assert answer.found
    assert "had not explained" in answer.citations[0].quote


def test_how_a_scheme_worked_is_under_its_how_heading(passages: Session) -> None:
    answer = passages.ask("how did the gravel suppliers coordinate their bids")
    assert answer.found
    assert "agreed which of them would win" in answer.citations[0].quote


def test_the_party_that_did_not_settle(session: Session) -> None:
    answer = session.ask("which paint maker didnt settle with the cnmc")
    assert answer.kind == "entity"
    assert "Tintas Meseta" in answer.answer


def test_an_amount_typed_in_lower_case_names_the_party_fined_it(session: Session) -> None:
    answer = session.ask("name of the trader fined s$500k for insider trading")
    assert answer.kind == "entity"
    assert answer.answer.startswith("Lim Kok Wah.")
