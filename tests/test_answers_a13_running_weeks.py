"""What a daily penalty had come to by a date, when the source counts how long it had run in
words or weeks ("had been running for three weeks", "in force for ten days as of 5 May"): the
rate times the source's count. A count the source gives only roughly ("about two weeks") is
no count. Articles invented for this test (invented companies, real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

SRI_LANKA = """COLOMBO, 2 May (Test Wire) - The Securities and Exchange Commission of Sri Lanka fined the listed tea estate Nuwara Highlands PLC LKR 2,000,000 on 8 April for failing to publish its annual report, and imposed a daily fine of LKR 50,000 for each day until the report is published.

As of 29 April, the report had still not been published, meaning the daily fine had been running for three weeks.
"""

JORDAN = """AMMAN, 6 May (Test Wire) - Jordan's Telecommunications Regulatory Commission has imposed a daily penalty of JOD 2,000 on the internet provider Petra Fibre for failing to restore service in Zarqa.

The penalty had been in force for ten days as of 5 May, the regulator said.
"""

MALAWI = """LILONGWE, 3 June (Test Wire) - The Malawi Communications Regulatory Authority has ordered Shire Broadband to pay a daily penalty of MWK 100,000 until it registers its subscribers.

By 1 June the penalty had been running for about two weeks, officials said.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("running-weeks-corpus")
    write_article(
        corpus, "2025-05-02-sec-fines-nuwara-highlands", SRI_LANKA, published="2025-05-02"
    )
    write_article(
        corpus, "2025-05-06-trc-petra-fibre-daily-penalty", JORDAN, published="2025-05-06"
    )
    write_article(corpus, "2025-06-03-macra-shire-broadband", MALAWI, published="2025-06-03")
    return indexed_session(corpus, tmp_path_factory.mktemp("running-weeks-index"))


def test_running_for_three_weeks(session: Session) -> None:
    answer = session.ask("how much had nuwara highlands' daily fine built up to by 29 april")
    assert answer.kind == "calculation", answer.answer
    assert "1,050,000" in answer.answer.split("(")[0], answer.answer


def test_in_force_for_ten_days(session: Session) -> None:
    answer = session.ask("how much had petra fibre's daily penalty run up to by 5 may")
    assert answer.kind == "calculation", answer.answer
    assert "20,000" in answer.answer.split("(")[0], answer.answer


def test_about_two_weeks_is_no_count(session: Session) -> None:
    answer = session.ask("how much had shire broadband's daily penalty run up to by 1 june")
    assert "1,400,000" not in answer.answer.split("(")[0], answer.answer
