"""The evaluator compares answers with question files by value, however a file writes it."""

from __future__ import annotations

from decimal import Decimal

from assistant.evaluate import AnswerCase, check_answer
from assistant.models import Answer, MoneyValue, NumberValue


def _money_answer(amount: str, currency: str) -> Answer:
    return Answer(
        question="how much more",
        kind="calculation",
        found=True,
        answer="…",
        value=MoneyValue(amount=Decimal(amount), currency=currency),
        citations=[],
    )


def test_a_sum_of_money_written_as_a_number_in_a_currency_is_a_money_value() -> None:
    case = AnswerCase(
        "x", "how much more", "calculation", True, value={"number": 1050000, "unit": "USD"}
    )
    assert check_answer(case, _money_answer("1050000", "USD")) == []
    assert check_answer(case, _money_answer("1050000", "AUD")) == ["currency AUD, expected USD"]
    assert check_answer(case, _money_answer("1000000", "USD"))


def _percent_answer(number: str) -> Answer:
    return Answer(
        question="by what percentage",
        kind="calculation",
        found=True,
        answer="…",
        value=NumberValue(number=Decimal(number), unit="percent"),
        citations=[],
    )


def test_a_percentage_agrees_when_both_roundings_can_tell_the_same_value_never_below_one_place() -> (
    None
):
    def check(expected: float, answered: str) -> bool:
        case = AnswerCase(
            "x", "by what %", "calculation", True, value={"number": expected, "unit": "percent"}
        )
        return check_answer(case, _percent_answer(answered)) == []

    assert check(42.22, "42.2")  # the answer's one place: 42.22 rounds to it
    assert check(81.5, "81.45")  # the writer's one place
    assert check(4.39, "4.39")
    # 33.3495 rounded by each: 33.35 and 33.3 agree (33.35 rounded again would be 33.4)
    assert check(33.35, "33.3")
    assert not check(42.22, "42.3")
    assert not check(26, "26.4")  # a whole number is not a licence to be 0.4 off
    assert not check(64.29, "64.2")
    # Not percentages: exact.
    case = AnswerCase("x", "days", "calculation", True, value={"number": 42.22, "unit": "days"})
    answer = _percent_answer("42.2").model_copy(
        update={"value": NumberValue(number=Decimal("42.2"), unit="days")}
    )
    assert check_answer(case, answer)
