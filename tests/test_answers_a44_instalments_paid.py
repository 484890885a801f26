"""What is still owed on a fine paid in instalments when the copy, not the question, says how
many were paid ("instalments of €15,000. The first two have already been paid"); another,
older fine of the same party that "was paid" is no part of it."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

SLOVENIA = """**Ljubljana, 2 July 2026.** The garden retailer Zelena Pot d.o.o. is paying off a consumer fine that a court cut this spring.

The Market Inspectorate fined Zelena Pot €90,000 on 3 October 2025 for advertising discounts on prices that had never been charged. On 14 May 2026 the Administrative Court upheld the finding but reduced the fine to €60,000.

The inspectorate allowed the company to pay the reduced fine in four equal quarterly instalments of €15,000. The first two have already been paid, its finance director said.

In 2023 the inspectorate fined Zelena Pot €8,000 for a labelling breach. That fine was paid in full.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("a44-instalments-corpus")
    write_article(corpus, "2026-07-02-zelena-pot-instalments", SLOVENIA, published="2026-07-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("a44-instalments-index"))


def test_still_owed_after_the_instalments_the_copy_says_were_paid(session: Session) -> None:
    answer = session.ask("how much does zelena pot still owe on its fine")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 30000 and answer.value.currency == "EUR", answer.answer
    assert cites(answer, "The first two have already been paid"), answer.answer
