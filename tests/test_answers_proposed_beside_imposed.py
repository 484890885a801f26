"""The figure a fine is compared with — first proposed, or what it would have been without a
settlement discount — read in the fine's own currency and never as the fine itself: a lead
sentence that "announced" the fine (and recalls an older record) is no proposal, and "USD
700,000 (about QAR 2.55 million)" offers a converted figure that is no other amount. On
articles written for this test (invented companies, real kinds of regulator)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

DOUGLAS = """DOUGLAS, 14 May (Test Wire) - The Isle of Man Financial Services Authority announced on Tuesday that it had imposed a civil penalty of £62,500 on Tynwald Fiduciary Services Limited, well above the previous record of £20,000 set in 2022.

The Authority found that the trust company had failed to verify the source of funds for several clients between 2019 and 2021.

The warning notice proposed a penalty of £90,000. After representations from the company, the Authority reduced the final amount.

Tynwald Fiduciary Services said it had strengthened its controls.
"""

DOHA = """DOHA, 2 June (Test Wire) - The Qatar Financial Centre Regulatory Authority has fined Corniche Brokerage LLC over weaknesses in its client screening.

The Authority imposed a fine of USD 700,000 (about QAR 2.55 million) on Corniche Brokerage. The firm agreed to settle early and received a 30% discount; without the discount the fine would have been USD 1,000,000.

Corniche Brokerage has paid the fine.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("proposed-beside-imposed-corpus")
    write_article(corpus, "2025-05-14-iomfsa-tynwald-fiduciary", DOUGLAS, published="2025-05-14")
    write_article(corpus, "2025-06-02-qfcra-corniche-brokerage", DOHA, published="2025-06-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("proposed-beside-imposed-index"))


def test_an_announcement_of_the_fine_is_not_the_proposed_figure(session: Session) -> None:
    answer = session.ask(
        "how much was knocked off the tynwald fiduciary penalty compared with the proposed figure"
    )
    assert answer.kind == "calculation"
    assert (answer.value.amount, answer.value.currency) == (Decimal(27_500), "GBP")
    assert "first proposed" in answer.answer


def test_a_converted_figure_is_not_the_fine_without_the_discount(session: Session) -> None:
    answer = session.ask("how much did corniche brokerage save by settling early")
    assert answer.kind == "calculation"
    assert (answer.value.amount, answer.value.currency) == (Decimal(300_000), "USD")
    assert "without the discount" in answer.answer
