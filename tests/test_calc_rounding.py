"""A sum worked back from a discount is shown to the currency's minor unit, the rounding said
in the steps: 30% off leaving £120,000 was £171,428.57, not £171,428.5714285714…"""

from __future__ import annotations

from decimal import Decimal

from assistant import calc
from assistant.money import Money


def test_a_sum_before_a_discount_is_rounded_to_the_currencys_minor_unit() -> None:
    result = calc.before_discount(
        calc.Input("penalty after the discount", Money(Decimal("120000"), "GBP")),
        calc.Input("discount", Decimal("30")),
    )
    assert result.value == Money(Decimal("171428.57"), "GBP")
    assert any("Rounded half up to 2 decimal places" in step for step in result.calculation.steps)


def test_an_exact_sum_before_a_discount_says_no_rounding() -> None:
    result = calc.before_discount(
        calc.Input("fine after the discount", Money(Decimal("214000"), "EUR")),
        calc.Input("discount", Decimal("50")),
    )
    assert result.value == Money(Decimal("428000"), "EUR")
    assert not any("Rounded" in step for step in result.calculation.steps)


def test_a_currency_without_minor_units_rounds_to_whole_units() -> None:
    result = calc.before_discount(
        calc.Input("fine after the discount", Money(Decimal("1000000"), "JPY")),
        calc.Input("discount", Decimal("30")),
    )
    assert result.value == Money(Decimal("1428571"), "JPY")
