"""Yes/no answers in articles about several parties: a sentence about one company does not
answer a question about another named just before it; a lawsuit a party is considering, followed by "it has not yet filed
one", answers "has it sued?" with No; a name typed without its accents ("solbrand" for
"Sôlbrand") is still a name, and so is a surname that is also an everyday word piece
("novak") when the sources always write it capitalised; "how much of the $1.8m has it
paid?" is not answered by the $1.8m itself; how many monthly instalments clear a fine — on
articles written for this test
(invented companies, real kinds of regulator)."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

HAULIERS = """OSLO, March 1 (Test Wire) - The Norwegian Public Roads Administration said on Friday it had fined three haulage firms a total of NOK 4.1 million for falsifying drivers' rest-time records.

The fines are:

- Fjordline Cargo AS (Bergen): NOK 2.3 million;
- Halden Frakt AS (Halden): NOK 1.2 million;
- Nordkapp Transport AS (Alta): NOK 600,000.

The firms can appeal to the ministry within three weeks. Fjordline Cargo has told the administration that it intends to appeal but has not yet done so. Halden Frakt has paid its fine in full.
"""

TAGUS = """LISBON, May 6 (Test Wire) - Portugal's Competition Authority said on Tuesday it had fined the supermarket chain Tagus Retail €2 million for fixing the prices of dairy products with its suppliers.

Tagus Retail has appealed the decision to the Competition, Regulation and Supervision Court.
"""

SOL = """LISBON, June 10 (Test Wire) - Portugal's health products regulator Infarmed said on Tuesday it had fined the pharmacy chain Farmácias Sol €800,000 over adverts claiming its vitamin range cured insomnia.

The adverts were produced by the Porto agency Sôlbrand.

In a statement Sôlbrand said it rejected the findings and was "considering filing a lawsuit" to annul the decision. It has not yet filed one.
"""

ENAC = """ROME, April 2 (Test Wire) - Italy's civil aviation authority ENAC said on Wednesday it had fined the charter airline Aurelia Jet €240,000 for letting pilots fly beyond their duty limits.

ENAC also suspended the approval of Aurelia Jet's head of crew training, Capt. Marco Novak, for six months.

Capt. Novak has not commented on his suspension.
"""

PETERHEAD = """A fishing skipper from Peterhead was fined £6,500 by the sheriff court on Monday after a crewman was injured by an unguarded winch.
"""

COPPERLINE = """CARSON CITY, Sept 4 (Test Wire) - The Nevada Gaming Commission on Thursday approved a settlement under which Copperline Casinos will pay $1.8m over lapses in its anti-money-laundering controls.

Copperline will pay the $1.8m in two instalments, the first within 60 days.
"""

REDFERN = """DUBLIN, Oct 9 (Test Wire) - The Central Bank of Ireland fined Redfern Bank €1.2 million in June for failing to monitor suspicious transactions.

Redfern Bank has so far paid €300,000 of the fine, the central bank said on Thursday.
"""

QUARRY = """LIMERICK, Jan 21 (Test Wire) - Shannon Quarries Ltd was fined €54,000 at Limerick Circuit Court on Monday after a worker was crushed by an unguarded conveyor, in a prosecution brought by the Health and Safety Authority.

Because the company is loss-making, the judge allowed Shannon Quarries to pay the fine in monthly instalments of €4,000.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("yes-no-parties-corpus")
    write_article(corpus, "2025-03-01-roads-hauliers-fined", HAULIERS, published="2025-03-01")
    write_article(corpus, "2025-05-06-adc-fines-tagus", TAGUS, published="2025-05-06")
    write_article(corpus, "2025-06-10-infarmed-fines-sol", SOL, published="2025-06-10")
    write_article(corpus, "2025-04-02-enac-suspends-training-chief", ENAC, published="2025-04-02")
    write_article(corpus, "2025-03-11-skipper-fined", PETERHEAD, published="2025-03-11")
    write_article(corpus, "2025-09-04-ngc-copperline", COPPERLINE, published="2025-09-04")
    write_article(corpus, "2025-10-09-cbi-redfern", REDFERN, published="2025-10-09")
    write_article(corpus, "2025-01-21-hsa-quarry-fined", QUARRY, published="2025-01-21")
    return indexed_session(corpus, tmp_path_factory.mktemp("yes-no-parties-index"))


def test_another_listed_partys_payment_does_not_answer_for_the_company_asked(
    session: Session,
) -> None:
    answer = session.ask("has fjordline cargo paid its fine?")
    assert answer.verdict != "yes"
    assert not any("Halden Frakt has paid" in c.quote for c in answer.citations[:1])


def test_the_party_that_paid_is_still_answered_yes(session: Session) -> None:
    answer = session.ask("has halden frakt paid its fine?")
    assert answer.verdict == "yes"
    assert any("Halden Frakt has paid its fine in full" in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question", ["has solbrand sued to annul the decision?", "has solbrand actually sued?"]
)
def test_a_lawsuit_considered_but_not_yet_filed_answers_no(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.verdict == "no"
    assert any("It has not yet filed one" in c.quote for c in answer.citations[:1])


def test_another_companys_recorded_appeal_still_answers_for_it(session: Session) -> None:
    answer = session.ask("did tagus retail appeal?")
    assert answer.verdict == "yes"


def test_a_person_suspended_not_fined_has_no_fine_of_his_own(session: Session) -> None:
    answer = session.ask("what was the fine for capt novak personally")
    assert not answer.found
    assert session.ask("how much was aurelia jet fined").value.amount == 240000


def test_how_much_of_a_sum_was_paid_is_not_the_sum_itself(session: Session) -> None:
    answer = session.ask("how much of the $1.8m has copperline paid so far?")
    assert not answer.found
    paid = session.ask("how much of the €1.2m has redfern bank paid so far?")
    assert paid.value.amount == 300000


def test_months_of_instalments_to_clear_a_fine(session: Session) -> None:
    answer = session.ask(
        "how many months of instalments will shannon quarries need to clear its fine?"
    )
    assert answer.kind == "calculation"
    assert answer.value.number == 14  # €54,000 ÷ €4,000 = 13.5: the last month pays €2,000
