"""The evaluator compares answers with question files by value, however a file writes it."""

from __future__ import annotations

from decimal import Decimal

from assistant.evaluate import AnswerCase, check_answer
from assistant.models import Answer, MoneyValue


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
