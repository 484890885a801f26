"""Questions the sources do not answer, which a near passage must not answer anyway — on
articles written for this test (invented companies, real kinds of regulator):

- a company's person asked for by a role only a person holds ("X's chief executive") when
  the story sanctions only the company (and another company's person): no action against
  them is reported, not the company's own fine; a person the story does sanction under a
  second role ("its sole director and chief executive, Jo Hale") is still found;
- "has it paid the fine?" when the story says only that it must pay within 60 days: an
  obligation stated is no payment;
- "does X still have to pay the fine?" after a court annulled it: No, from the annulment;
- "did SAT stay his market ban?" is not answered Yes by a sentence sharing only the word
  "market" with it (the one about a stay answers).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

# A company fined, and a person of another company fined in the same story.
OSTRAVA = """PRAGUE, March 4 (Test Wire) - The Czech National Bank fined the brokerage Vltava Capital a.s. CZK 6 million for failing to report suspicious trades, it said on Tuesday.

In the same proceedings the bank fined Morava Invest's former chairman of the board, Pavel Novak, CZK 400,000 for failing to supervise the firm's trading desk.

Vltava Capital said it would study the decision.
"""

# A company and its director sanctioned, the director under two roles.
GLENWOOD = """SYDNEY, July 9 (Test Wire) - The Federal Court ordered Glenwood Roofing Pty Ltd to pay penalties of $2.4 million for misleading claims about insulation rebates. The company's sole director and chief executive, Marcus Tollan, was ordered to pay a penalty of $180,000.
"""

# An obligation to pay, no payment; and an annulled fine.
MBEKI = """JOHANNESBURG, Aug 5 (Test Wire) - The National Consumer Tribunal on Monday fined the lender Ubuntu Quick Credit R3.1 million for granting reckless credit.

Ubuntu Quick Credit, which has 30 branches, must pay the fine into the National Revenue Fund within 60 days.
"""

ANNULLED = """BRUSSELS, May 20 (Test Wire) - The Market Court annulled in its entirety the €60,000 fine the Litigation Chamber of the Belgian Data Protection Authority had imposed on the Ghent landlord Schelde Woningen for ignoring an access request.

The court found that the authority had gone beyond the complaint. Schelde Woningen does not have to pay anything.
"""

BARRED = """MUMBAI, Dec 1 (Test Wire) - SEBI's order imposes a penalty of ₹40 lakh on promoter Anil Deshmukh and restrains him from accessing the securities market for three years.

Deshmukh has filed an appeal before the Securities Appellate Tribunal (SAT), his lawyers said; the matter is likely to be listed next month. This reporter has not seen any stay application.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("not-said-corpus")
    write_article(corpus, "2025-03-04-cnb-fines-vltava", OSTRAVA, published="2025-03-04")
    write_article(corpus, "2025-07-09-court-glenwood", GLENWOOD, published="2025-07-09")
    write_article(corpus, "2025-08-05-nct-ubuntu", MBEKI, published="2025-08-05")
    write_article(corpus, "2025-05-20-market-court-schelde", ANNULLED, published="2025-05-20")
    write_article(corpus, "2025-12-01-sebi-deshmukh", BARRED, published="2025-12-01")
    return indexed_session(corpus, tmp_path_factory.mktemp("not-said-index"))


def test_a_chief_executive_nobody_sanctioned_gets_no_company_fine(session: Session) -> None:
    answer = session.ask(
        "How much did the Czech National Bank fine Vltava Capital's chief executive?"
    )
    assert not answer.found
    assert answer.kind == "not_found"


def test_the_company_fine_is_still_answered(session: Session) -> None:
    answer = session.ask("How much did the Czech National Bank fine Vltava Capital?")
    assert answer.found
    assert answer.value.amount == 6_000_000


def test_a_director_named_with_a_second_role_is_found(session: Session) -> None:
    answer = session.ask("what penalty did glenwood roofing's director get")
    assert answer.found
    assert answer.value.amount == 180_000


def test_must_pay_within_60_days_is_not_paid(session: Session) -> None:
    answer = session.ask("has ubuntu quick credit paid the r3.1m fine yet")
    assert not answer.found
    assert answer.verdict is None


def test_still_have_to_pay_an_annulled_fine_is_no(session: Session) -> None:
    answer = session.ask("Does Schelde Woningen still have to pay the fine?")
    assert answer.found
    assert answer.verdict == "no"


def test_a_sentence_sharing_one_word_does_not_say_the_ban_was_stayed(session: Session) -> None:
    answer = session.ask("did SAT stay deshmukh's market ban")
    assert answer.verdict != "yes"
