"""A daily penalty for a number of days the user supposes: "if X stays in breach 30 days how
much does it forfeit", "suppose Y is 12 days late, what astreinte does it owe": the daily rate
the sources state times the days the question gives. The rate asked plainly stays the rate.
Articles invented for this test (invented companies, real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

BELGIUM = """BRUSSELS, 14 October (Test Wire) - Belgium's Financial Services and Markets Authority (FSMA) has ordered Brabo Invest NV to bring its client-onboarding files into line with the anti-money-laundering rules within two months.

Failing that, Brabo Invest will have to pay an astreinte of EUR 10,000 for each day of delay, the FSMA said.
"""

KENYA = """NAIROBI, 2 July (Test Wire) - The Communications Authority of Kenya has fined Savanna Telecom Ltd KSh 5 million for failing to register SIM cards properly, and ordered it to deactivate unregistered lines within 30 days.

The Authority warned that it would charge the operator a further KSh 50,000 for every day it remains non-compliant after that deadline.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("if-late-corpus")
    write_article(corpus, "2025-10-14-fsma-orders-brabo-invest", BELGIUM, published="2025-10-14")
    write_article(corpus, "2025-07-02-ca-fines-savanna-telecom", KENYA, published="2025-07-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("if-late-index"))


def test_if_it_stays_in_breach_n_days(session: Session) -> None:
    answer = session.ask(
        "if brabo invest stays in breach 12 days how much astreinte does it have to pay"
    )
    assert answer.kind == "calculation", answer.answer
    assert answer.answer.startswith("€120,000") or "120,000" in answer.answer.split("(")[0], (
        answer.answer
    )


def test_suppose_it_is_late(session: Session) -> None:
    answer = session.ask(
        "suppose savanna telecom is non-compliant for 20 days, how much does it pay in daily penalties"
    )
    assert answer.kind == "calculation", answer.answer
    assert "1,000,000" in answer.answer.split("(")[0], answer.answer


def test_the_daily_rate_asked_plainly_stays_the_rate(session: Session) -> None:
    answer = session.ask("how much is savanna telecom's daily penalty")
    assert answer.kind == "amount", answer.answer
    assert "50,000" in answer.answer.split(".")[0], answer.answer
