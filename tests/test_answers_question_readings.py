"""How a question is read, for ways of asking the newest blind sets showed misread, on articles
written for this test (invented companies and people, real kinds of regulator):

- "whose approval did the central bank revoke?": a party asked for by what was theirs;
- "what did the regulator penalise X?": the sum, like "what did it fine X?";
- "daily penalty the regulator set for the late report": a penalty named with who set it, as
  a headline, and what it was for ("for the late investment plan") is no sum of another kind;
- "was the suspension stayed pending the appeal?": the appeal is when, the stay is what is
  asked, read from the sentence that says it was not stayed;
- "has the electricity distributor paid its fine?" names no party the facts know: the sentence
  about the distributor answers, not another party's recorded payment;
- "what did the court set X's fine at?": the court's figure is also cited where the article
  tells the court's own step ("It set the fine at €320,000."), not only the lead that reports
  it in passing;
- "how much did X pay the injured driver in the settlement?" when the sources say its terms are
  confidential: not found, not X's fine;
- "how much did it fine each operator back in 2019?": an undated fine in a newsletter of years
  later is not that year's, and a sentence giving only a combined figure for that year does not
  say what each paid.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

LENDER = """DUBLIN, 12 May 2025 (Test Wire) - The Central Bank of Ireland has fined Corrib Savings Bank €1.4 million for failing to monitor payments by business customers for signs of money laundering between 2019 and 2023.

The Central Bank of Ireland also withdrew the fitness and probity approval of Declan Moran, the bank's former money laundering reporting officer, who had signed off the monitoring reviews.

Corrib Savings Bank said it had accepted the findings and paid the fine.
"""

GRID = """MADRID, 4 June 2025 (Test Wire) - Spain's competition and markets regulator, the CNMC, has fined the electricity distributor Redes Meseta S.A. €900,000 for repeated breaches of supply quality standards in Castile.

The CNMC also ordered the distributor to file a three-year investment plan for its rural network within 60 days, and set a daily penalty of €3,000 for every day of delay in filing the plan.

Redes Meseta said it would comply. Its chief executive, Luis Ortega, told reporters that the company had already paid its fine and hired contractors for the rural lines.
"""

FERRY = """OSLO, 9 October 2025 (Test Wire) - The Norwegian Maritime Authority fined the ferry operator Fjordlinje Nord AS NOK 2 million for sailing with too few crew on its night routes, and suspended its operating certificate for the Lofoten route for 21 days.

Fjordlinje Nord has appealed both measures to the Ministry of Trade and has not paid the fine. The suspension was not stayed and has already run its course, the authority said.
"""

TOWERS = """## Regional telecoms round-up

**Ghana: NCA fines Volta Mobile**

The National Communications Authority (NCA) announced on 12 January that it had fined Volta Mobile GH₵2.5 million for missing call-drop targets in three regions.

The fine is the largest the NCA has imposed since 2019, when it fined three operators a combined GH₵1.6 million for the same failings.
"""

INSURER = """LISBON, 14 March 2025 (Test Wire) - The Lisbon Court of Appeal on Tuesday cut a €800,000 fine imposed by the Portuguese data protection authority (CNPD) on the insurer Seguros Atlântida S.A. to €320,000, while upholding the finding that it had kept health data for too long.

The CNPD fined Seguros Atlântida in June 2023 for keeping the health records of former policyholders for up to twelve years.

On the amount, the judges found that the CNPD had not weighed the insurer's cooperation during the inspection. They set the fine at €320,000.
"""

HAULIER = """BIRMINGHAM, 2 July 2025 (Test Wire) - Brackley Freight Ltd has been fined £180,000 after a driver was crushed between two trailers at its depot in Walsall, the Health and Safety Executive said.

Brackley Freight has also settled a personal injury claim brought by the injured driver; the terms are confidential, but the driver's solicitor said his lost earnings alone exceeded £90,000.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("question-readings-corpus")
    write_article(corpus, "2025-05-12-cbi-fines-corrib-savings", LENDER, published="2025-05-12")
    write_article(corpus, "2025-06-04-cnmc-fines-redes-meseta", GRID, published="2025-06-04")
    write_article(corpus, "2025-10-09-nma-fjordlinje-nord", FERRY, published="2025-10-09")
    write_article(corpus, "2026-02-03-telecoms-round-up", TOWERS, published="2026-02-03")
    write_article(corpus, "2025-03-14-lisbon-court-cuts-cnpd-fine", INSURER, published="2025-03-14")
    write_article(corpus, "2025-07-02-brackley-freight-hse", HAULIER, published="2025-07-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("question-readings-index"))


def test_whose_asks_for_the_party(session: Session) -> None:
    answer = session.ask(
        "whose fitness and probity approval did the central bank of ireland withdraw"
    )
    assert answer.kind == "entity", answer.answer
    assert "Declan Moran" in answer.answer, answer.answer


def test_what_did_it_penalise_asks_the_sum(session: Session) -> None:
    answer = session.ask("what did the central bank of ireland penalise corrib savings bank")
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 1_400_000 and answer.value.currency == "EUR", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "daily penalty the cnmc set for the late investment plan",
        "what daily penalty did the cnmc set for the late investment plan",
    ],
)
def test_a_daily_penalty_named_by_what_it_was_for(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 3_000 and answer.value.currency == "EUR", answer.answer
    assert cites(answer, "set a daily penalty of €3,000"), answer.answer


def test_a_stay_pending_the_appeal_is_asked_of_the_stay(session: Session) -> None:
    answer = session.ask(
        "was the operating certificate suspension stayed pending the appeal?",
        ["how much did the norwegian maritime authority fine fjordlinje nord"],
    )
    assert answer.kind == "status", answer.answer
    assert answer.verdict == "no", answer.answer
    assert cites(answer, "The suspension was not stayed"), answer.answer


def test_each_operators_fine_years_back_is_not_said(session: Session) -> None:
    answer = session.ask("how much did ghana's nca fine each operator back in 2019")
    assert not answer.found, answer.answer
    assert answer.kind == "not_found", answer.answer


def test_the_undated_fine_is_the_newsletters_own(session: Session) -> None:
    answer = session.ask("how much did ghana's nca fine volta mobile")
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 2_500_000 and answer.value.currency == "GHS", answer.answer


def test_a_party_described_not_named_is_read_from_its_sentence(session: Session) -> None:
    answer = session.ask("has the electricity distributor paid its fine")
    assert answer.kind == "status", answer.answer
    assert answer.verdict == "yes", answer.answer
    assert cites(answer, "the company had already paid its fine"), answer.answer


def test_a_courts_figure_is_cited_where_the_court_sets_it(session: Session) -> None:
    answer = session.ask("what did the lisbon court of appeal set seguros atlantida's fine at")
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 320_000 and answer.value.currency == "EUR", answer.answer
    assert cites(answer, "They set the fine at €320,000."), answer.answer


def test_a_confidential_sum_paid_to_the_harmed_is_not_said(session: Session) -> None:
    answer = session.ask("how much did brackley freight pay the injured driver in the settlement")
    assert not answer.found, answer.answer
    assert cites(answer, "the terms are confidential"), answer.answer
    fine = session.ask("how much was brackley freight fined")
    assert fine.kind == "amount" and fine.value.amount == 180_000, fine.answer
