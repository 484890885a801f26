"""A deadline still running when the story was published is in the future: "has until 10
October to pay" in a September story is this October, not last. One that passed ("had until
…") and a day someone spoke stay in the past."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rock Assurance has until 10 October to pay.", date(2025, 10, 10)),
        ("The firm must pay the fine by 1 March.", date(2026, 3, 1)),
        ("The penalty is to be paid no later than 30 June.", date(2026, 6, 30)),
        ("The bank was given until 15 October to comply.", date(2025, 10, 15)),
        ("The firm had until 10 October to pay but did not.", date(2024, 10, 10)),
        ("The firm must pay the fine, the regulator said on 3 May.", date(2025, 5, 3)),
    ],
)
def test_a_running_deadline_is_ahead_of_the_story(text: str, expected: date) -> None:
    assert [d.date for d in find_dates(text, "2025-09-12")] == [expected]
