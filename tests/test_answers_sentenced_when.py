"""Asked when a party was sentenced, the court's own penalty answers — not the notice the
inspectors issued after the accident, which the court report also dates ("the next morning").
Article invented for this test (invented company, real kinds of court and inspectorate)."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

CORK = """A Cork quarry operator has been fined €60,000 after a dumper truck overturned on an unprotected haul road.

Ballyvourney Aggregates Ltd was sentenced at Cork Circuit Court on Monday after pleading guilty to a charge under the Safety, Health and Welfare at Work Act 2005.

The court heard that the driver was trapped in the cab on the evening of 2 March 2024 and was freed by fire crews after three hours.

Inspectors visited the quarry the following morning and issued a prohibition notice stopping all work on the haul road until edge protection was built.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("sentenced-when-corpus")
    write_article(corpus, "2025-06-04-cork-quarry-fined", CORK, published="2025-06-04")
    return indexed_session(corpus, tmp_path_factory.mktemp("sentenced-when-index"))


def test_when_was_it_sentenced_is_the_courts_day(session: Session) -> None:
    answer = session.ask("when was ballyvourney aggregates sentenced")
    assert answer.kind == "date", answer.answer
    assert answer.value.date == "2025-06-02", answer.answer
