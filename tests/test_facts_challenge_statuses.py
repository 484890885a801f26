"""A challenge announced or asked of the regulator itself is the company's dispute, not an
appeal a court has before it (invented articles)."""

from __future__ import annotations

import pytest

from assistant.facts import Fact

from .test_facts_general import by_amount, extract


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


@pytest.mark.parametrize(
    "told",
    [
        "Mekong Cement said the fine was out of all proportion and that it would file a motion "
        "for reconsideration with the commission.",
        "Mekong Cement said it intends to seek reconsideration of the decision.",
        "Mekong Cement has asked the commission to review its penalty, arguing that its prices "
        "followed costs, and has not yet paid.",
    ],
)
def test_a_challenge_before_the_regulator_itself_is_disputed_not_appealed(told: str) -> None:
    facts = extract(
        "Vietnam's National Competition Commission fined Mekong Cement JSC VND 2 billion for "
        f"fixing prices with two rivals. {told}\n",
        published="2025-04-02",
    )
    fine = by_amount(facts, "2000000000")
    assert "disputed" in statuses(fine)
    assert "appealed" not in statuses(fine)
