"""Questions naming a regulator the data files do not list, by the name its articles give it
(see unlisted_bodies.py): it selects that regulator's actions like a listed one's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.models import MoneyValue
from assistant.session import Session

from .conftest import indexed_session, write_article

INSPECTORATE = """The Road Haulage Inspectorate (RHI) has fined Tarn Haulage Ltd €84,000 for letting drivers exceed their legal hours on more than 300 occasions, the inspectorate said on Monday.

In a separate decision the RHI fined Corrib Freight Ltd €26,500 for failing to keep tachograph records.

Tarn Haulage said it would pay the penalty. Corrib Freight has appealed to the District Court.
"""

APPEAL = """Corrib Freight Ltd has won part of its appeal against the Road Haulage Inspectorate (RHI). On Thursday Ireland's Circuit Court cut Corrib Freight's €26,500 fine to €18,000, finding that some of the missing tachograph records had been lost in a depot fire.
"""

OTHER_REGULATOR = """Ireland's Data Protection Commission fined retailer Shannon Stores €150,000 for keeping CCTV footage too long.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("unlisted-corpus")
    write_article(
        corpus,
        "2025-03-04-rhi-fines-hauliers",
        INSPECTORATE,
        published="2025-03-04",
        url="https://freightweekly.example.ie/news/rhi-fines",
    )
    write_article(corpus, "2025-06-13-corrib-appeal", APPEAL, published="2025-06-13")
    write_article(corpus, "2025-02-01-dpc-fines-retailer", OTHER_REGULATOR, published="2025-02-01")
    return indexed_session(corpus, tmp_path_factory.mktemp("unlisted-index"))


def test_a_count_by_an_unlisted_regulator_counts_only_its_actions(session: Session) -> None:
    answer = session.ask("how many companies did the RHI fine")
    assert answer.kind == "count"
    assert answer.value is not None and answer.value.number == 2
    assert "Shannon" not in answer.answer


def test_a_total_by_an_unlisted_regulator_adds_only_its_fines(session: Session) -> None:
    answer = session.ask("total of the RHI fines")
    assert answer.kind == "calculation"
    assert isinstance(answer.value, MoneyValue) and answer.value.amount == Decimal("110500")


def test_a_court_named_in_a_calculation_is_worked_against_the_fine_it_ruled_on(
    session: Session,
) -> None:
    # Naming the court selects its ruling; the difference needs the regulator's fine as well.
    answer = session.ask("How much did the Circuit Court knock off Corrib Freight's fine?")
    assert answer.kind == "calculation"
    assert isinstance(answer.value, MoneyValue) and answer.value.amount == Decimal("8500")
