"""Days between two parties' actions that one round-up dates ("how many days separated
FINTRAC's penalty on X and the OSC settlement with Y?"): each party's action dated to the day,
both cited — not a number of days the copy happens to state elsewhere."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

CANADA = """**Toronto, 20 November 2025.** Two Canadian enforcement actions this autumn targeted firms that moved client money without proper checks.

On 4 September 2025, FINTRAC imposed an administrative monetary penalty of $310,000 on Maple Leaf Money Services Inc. for failing to report large cash transactions.

On 28 October 2025, the Ontario Securities Commission approved a settlement with Lakeshore Wealth Partners Ltd., which agreed to pay $450,000 for putting clients into unsuitable products.

Under FINTRAC's rules, a penalty must be paid within 30 days unless the firm asks for a review; Maple Leaf has 90 days to bring its reporting systems into line.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("a44-two-parties-corpus")
    write_article(corpus, "2025-11-20-canada-autumn-enforcement", CANADA, published="2025-11-20")
    return indexed_session(corpus, tmp_path_factory.mktemp("a44-two-parties-index"))


def test_days_separating_two_parties_actions(session: Session) -> None:
    answer = session.ask(
        "how many days separated FINTRAC's penalty on maple leaf money and the OSC "
        "settlement with lakeshore wealth"
    )
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 54 and answer.value.unit == "days", answer.answer
    assert cites(answer, "On 4 September 2025, FINTRAC imposed"), answer.answer
    assert cites(answer, "On 28 October 2025, the Ontario Securities Commission"), answer.answer
