"""The figure a party gives when it disputes the regulator's ("and what does the operator say
the figure is?"), when a measure ends, and days from one step to another asked as a phrase. "When does the
suspension end?" is answered only by a sentence saying until when; the day the measure was
taken is not its end, and a length with no start gives no end either. "days from the
regulator's fine to the court judgment" asks the days between the two dated steps. Articles
invented for this test (invented companies, real kinds of regulator and court).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

GUYANA = """GEORGETOWN, 12 February (Test Wire) - The Guyana Energy Agency suspended the fuel import licence of Demerara Petro Supplies Inc. last month for 90 days after inspectors found adulterated diesel at two of its depots.

The agency also suspended the licence of Berbice Fuel Traders Ltd on 20 January 2026 until 15 April 2026 for failing to keep stock records.
"""

MONGOLIA = """ULAANBAATAR, 20 June (Test Wire) - The Financial Regulatory Commission of Mongolia fined Khangai Leasing LLC MNT 40 million on 3 March 2025 for lending without a licence.

On 10 June 2025 the Administrative Court of Ulaanbaatar upheld the fine imposed on Khangai Leasing LLC, rejecting the company's claim.
"""

KENYA = """NAIROBI, 8 May (Test Wire) - The Communications Authority of Kenya said on Wednesday it had fined Savanna Mobile KSh 30 million for failing to meet call-completion standards in Kisumu and Eldoret.

Savanna Mobile chief executive Grace Achieng told reporters the company had been notified of a fine of KSh 18 million, not KSh 30 million, and would seek clarification.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("a38-ends-corpus")
    write_article(corpus, "2026-02-12-gea-suspends-fuel-licences", GUYANA, published="2026-02-12")
    write_article(corpus, "2025-06-20-frc-khangai-leasing", MONGOLIA, published="2025-06-20")
    write_article(corpus, "2026-05-08-ca-fines-savanna-mobile", KENYA, published="2026-05-08")
    return indexed_session(corpus, tmp_path_factory.mktemp("a38-ends-index"))


def test_end_of_a_suspension_no_sentence_gives(session: Session) -> None:
    answer = session.ask("when does the demerara petro licence suspension end")
    assert not answer.found, answer.answer


def test_days_from_the_fine_to_the_judgment(session: Session) -> None:
    answer = session.ask("days from the FRC's fine on khangai leasing to the court judgment")
    assert answer.kind == "calculation", answer.answer
    assert answer.value is not None and answer.value.number == 99, answer.answer


def test_the_figure_the_operator_gives(session: Session) -> None:
    first = "how much is the communications authority penalty on savanna mobile"
    answer = session.ask(first)
    assert answer.value is not None and answer.value.amount == 30_000_000, answer.answer
    answer = session.ask("and what does the operator say the figure is?", [first])
    assert answer.kind == "amount", answer.answer
    assert answer.value is not None and answer.value.amount == 18_000_000, answer.answer
