"""A fine plus what its daily penalty came to, when the copy totals the daily penalty ("ran
for 24 days, for a total of GHS 120,000"): the sum of both, each cited — never the fine
alone, nor the daily rate."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

GHANA = """**Accra, 5 February 2026.** Ghana's Environmental Protection Agency (EPA) has fined the recycler Volta Plastics Ltd GHS 400,000 for discharging untreated effluent into the Densu River.

The EPA had ordered the company to install a treatment unit by 1 December. It also imposed a penalty of GHS 5,000 for each day the unit was not working after that date.

According to the agency, the daily penalty ran from 2 December to 25 December, or 24 days, for a total of GHS 120,000. Volta Plastics disputes the count.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("a44-plus-daily-corpus")
    write_article(corpus, "2026-02-05-epa-volta-plastics", GHANA, published="2026-02-05")
    return indexed_session(corpus, tmp_path_factory.mktemp("a44-plus-daily-index"))


def test_the_fine_plus_the_daily_penalty_the_copy_totals(session: Session) -> None:
    answer = session.ask(
        "what does volta plastics owe the EPA all in - the fine plus the daily penalties"
    )
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 520000 and answer.value.currency == "GHS", answer.answer
    assert cites(answer, "for a total of GHS 120,000"), answer.answer
