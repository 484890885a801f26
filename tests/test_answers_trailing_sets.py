"""How users ask about what a party pays beyond its penalty and what is left after paying in
parts, on articles written for this test (invented companies, real kinds of regulator):

- "civil penalty plus disgorgement, total?", "the fine plus the liquidated astreinte": the
  question names a second sum that is no penalty of its own; the sentence of the same article
  that ties those words to an amount gives it ("disgorge $640,000", "liquidated the astreinte
  at 75 millions FCFA");
- "how much is still outstanding after three instalments?": the count the question gives
  times the instalment the article states, taken off the fine;
- "who's the X chief executive that got banned?": the person the article names with that role,
  not the regulator that banned them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.models import MoneyValue
from assistant.session import Session

from .conftest import cites, indexed_session, write_article

SEC = """WASHINGTON, 3 April 2025 (Test Wire) - The Securities and Exchange Commission on Tuesday settled charges against Pemberton Lakes Advisers LLC over undisclosed fees charged to advisory clients.

Without admitting or denying the findings, Pemberton Lakes agreed to pay a civil penalty of $2,100,000 and to disgorge $640,000, together with prejudgment interest, which will be returned to harmed clients.

The firm also agreed to retain an independent compliance consultant.
"""

NIGER = """NIAMEY, 14 May 2025 (Test Wire) - The telecoms regulator ARCEP Niger fined the mobile operator Sahel Connect SA 900 million FCFA on 10 January 2025 for repeated failures to meet coverage obligations, and ordered it to submit a network plan within sixty days under an astreinte of 5 million FCFA per day of delay.

The plan arrived 15 days late. In a decision of 2 May 2025, the regulator liquidated the astreinte at 75 millions FCFA, payable within a month.

Sahel Connect has not said whether it will challenge the liquidation.
"""

INSTALMENTS = """VILNIUS, 9 September 2025 (Test Wire) - The Lithuanian energy regulator fined the gas supplier Baltvira UAB EUR 1,000,000 in February for overcharging household customers.

Baltvira asked to spread the payment, and the regulator agreed to let it pay the fine in four equal instalments of EUR 250,000, due at the end of each quarter.

A spokesperson for the regulator said the company had kept to the schedule so far.
"""


SECURITIES = """CALGARY, 18 August 2025 (Test Wire) - The Alberta Securities Commission fined Prairie Grain Capital Corp. $500,000 for misleading statements in its offering documents.

Chief executive Dana Whitfield was personally fined $40,000 and banned from acting as a director or officer of any issuer for five years, the commission said.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Session:
    root = tmp_path_factory.mktemp("trailing_sets")
    corpus = root / "corpus"
    corpus.mkdir()
    write_article(corpus, "sec-pemberton-lakes-fees", SEC, published="2025-04-03")
    write_article(corpus, "arcep-niger-sahel-connect-astreinte", NIGER, published="2025-05-14")
    write_article(corpus, "baltvira-instalments", INSTALMENTS, published="2025-09-09")
    write_article(corpus, "asc-prairie-grain-capital", SECURITIES, published="2025-08-18")
    return indexed_session(corpus, root / "index")


def _money(answer) -> tuple[Decimal, str]:
    assert isinstance(answer.value, MoneyValue), answer.answer
    return answer.value.amount, answer.value.currency


def test_penalty_plus_disgorgement_totals_both(session: Session) -> None:
    answer = session.ask("pemberton lakes civil penalty plus disgorgement, total?")
    assert answer.kind == "calculation", answer.answer
    assert _money(answer) == (Decimal(2740000), "USD"), answer.answer
    assert cites(answer, "disgorge $640,000")


def test_fine_plus_the_liquidated_astreinte(session: Session) -> None:
    answer = session.ask("what's sahel connect's total bill, fine plus the liquidated astreinte")
    assert answer.kind == "calculation", answer.answer
    assert _money(answer) == (Decimal(975000000), "XOF"), answer.answer
    assert cites(answer, "liquidated the astreinte at 75 millions FCFA")


def test_outstanding_after_instalments_paid(session: Session) -> None:
    answer = session.ask("how much of baltvira's fine is still outstanding after three instalments")
    assert answer.kind == "calculation", answer.answer
    assert _money(answer) == (Decimal(250000), "EUR"), answer.answer
    assert cites(answer, "four equal instalments of EUR 250,000")


def test_person_asked_by_role_is_named(session: Session) -> None:
    answer = session.ask("who's the prairie grain chief executive that got banned from boards")
    assert answer.kind == "entity", answer.answer
    assert "Dana Whitfield" in answer.answer, answer.answer
    assert cites(answer, "Chief executive Dana Whitfield was personally fined $40,000")
