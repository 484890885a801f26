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


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "The Ohio Environmental Protection Agency fined Lakeview Plating Inc. $50,000 for "
            "discharging untreated rinse water. Of the penalty, $20,000 is suspended if the "
            "company installs a new treatment unit. Lakeview paid the $30,000 in full last week.",
            "50000",
        ),
        (
            "The Philippine Competition Commission fined Harbor Shipping Corp. ₱5 million for "
            "failing to notify a merger. Harbor Shipping has paid ₱2 million so far and asked to "
            "pay the rest in instalments.",
            "5000000",
        ),
    ],
)
def test_a_sum_paid_smaller_than_the_sanction_is_a_payment_in_part(body: str, amount: str) -> None:
    fine = by_amount(extract(body + "\n", published="2025-09-01"), amount)
    assert "partially_paid" in statuses(fine)
    assert "paid" not in statuses(fine)


def test_the_whole_sum_paid_is_paid() -> None:
    facts = extract(
        "The Securities Commission of Papua New Guinea fined Wahgi Coffee Ltd K80,000 for late "
        "accounts. The company paid the K80,000 on 3 March.\n",
        published="2025-03-20",
    )
    assert "paid" in statuses(by_amount(facts, "80000"))
