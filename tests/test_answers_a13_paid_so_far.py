"""How much a party has paid so far, asked where the sources report only what was imposed:
they say nothing of a payment, so the answer is that they do not say — never the sum imposed
(or a daily rate) presented as paid. Where they say it was paid, or how much of it, that is
the answer. Articles invented for this test (invented companies, real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

CONGO = """BRAZZAVILLE, 9 April (Test Wire) - The Congolese telecoms regulator ARPCE has ordered the operator Likouala Mobile to restore service in twelve northern districts within 45 days.

The order carries an astreinte of FCFA 2 000 000 per day of delay, the regulator said.
"""

PERU = """LIMA, 21 January (Test Wire) - Peru's consumer protection agency Indecopi has fined the airline Andes Aéreo S.A.C. S/ 480,000 for failing to refund passengers whose flights were cancelled.

The airline said it would study the decision.
"""

CHILE = """SANTIAGO, 3 February (Test Wire) - Chile's financial regulator, the CMF, fined the brokerage Cordillera Valores S.A. CLP 90 million for late reporting of client trades.

Cordillera Valores has paid the fine in full, the CMF said on Friday.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("paid-so-far-corpus")
    write_article(corpus, "2025-04-09-arpce-orders-likouala-mobile", CONGO, published="2025-04-09")
    write_article(corpus, "2025-01-21-indecopi-fines-andes-aereo", PERU, published="2025-01-21")
    write_article(corpus, "2025-02-03-cmf-fines-cordillera-valores", CHILE, published="2025-02-03")
    return indexed_session(corpus, tmp_path_factory.mktemp("paid-so-far-index"))


def test_a_daily_penalty_is_not_what_was_paid(session: Session) -> None:
    answer = session.ask("how much has likouala mobile paid in astreinte so far")
    assert answer.kind == "not_found", answer.answer


def test_a_fine_with_no_payment_reported(session: Session) -> None:
    answer = session.ask("how much has andes aereo actually paid so far")
    assert answer.kind == "not_found", answer.answer


def test_a_fine_paid_in_full_is_what_was_paid(session: Session) -> None:
    answer = session.ask("how much has cordillera valores paid so far")
    assert answer.kind == "amount", answer.answer
    assert "90,000,000" in answer.answer.split(".")[0], answer.answer
