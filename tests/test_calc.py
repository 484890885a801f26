"""The calculators, through their public functions: worked examples, then properties."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import calc, datafiles
from assistant.calc import (
    CalcError,
    Input,
    Result,
    convert,
    days_between,
    days_covered,
    deadline,
    difference,
    gdpr_cap,
    instalments_needed,
    penalty_accrual,
    share,
    total,
)
from assistant.config import DATA_DIR
from assistant.errors import AssistantError
from assistant.money import Money

FAST = settings(max_examples=40, deadline=None)


def eur(amount: str | int) -> Money:
    return Money(Decimal(amount), "EUR")


def gbp(amount: str | int) -> Money:
    return Money(Decimal(amount), "GBP")


def checked(result: Result, *cited: Input[object]) -> Result:
    """Every result shows its working, and every cited input keeps its citation."""
    calculation = result.calculation
    assert calculation.formula.strip()
    assert calculation.steps and all(step.strip() for step in calculation.steps)
    shown = {(i.name, i.citation) for i in calculation.inputs}
    for item in cited:
        if item.citation is not None:
            assert (item.name, item.citation) in shown
            assert any(f"[{item.citation}]" in step for step in calculation.steps)
    return result


# ---- penalty payments ---------------------------------------------------------------------

RATE = Input("daily penalty", eur(100_000), citation=1)


@pytest.mark.parametrize(
    ("rate", "days", "expected"),
    [(eur(100_000), 52, eur(5_200_000)), (eur(100_000), 0, eur(0)), (eur("0.50"), 3, eur("1.5"))],
)
def test_penalty_accrual(rate: Money, days: int, expected: Money) -> None:
    rate_input, days_input = Input("daily penalty", rate, 1), Input("days", days, 2)
    result = checked(penalty_accrual(rate_input, days_input), rate_input, days_input)
    assert result.value == expected
    assert result.calculation.formula == "total = daily rate × days"


def test_penalty_accrual_shows_the_multiplication() -> None:
    result = penalty_accrual(RATE, Input("days of non-compliance", 52, 2))
    assert "€100,000 per day × 52 days = €5,200,000" in result.calculation.steps
    assert result.calculation.inputs[0].value == "€100,000 per day"


def test_days_covered_exact() -> None:
    paid = Input("overdue penalty payment", eur(5_200_000), 2)
    result = checked(days_covered(paid, RATE), paid, RATE)
    assert result.value == 52
    assert "€5,200,000 ÷ €100,000 per day = 52 days exactly" in result.calculation.steps


def test_days_covered_states_the_remainder() -> None:
    result = days_covered(Input("total", eur(5_250_000), 2), RATE)
    assert result.value == 52
    assert (
        "€5,250,000 ÷ €100,000 per day = 52.5: 52 whole days, with €50,000 left over"
        in result.calculation.steps
    )


def test_days_covered_marks_a_rounded_quotient() -> None:
    result = days_covered(Input("total", eur(100)), Input("rate", eur(30)))
    assert "€100 ÷ €30 per day ≈ 3.33: 3 whole days, with €10 left over" in result.calculation.steps


@pytest.mark.parametrize(
    ("total_amount", "rate", "message"),
    [(eur(100), eur(0), "more than zero"), (eur(100), gbp(5), "convert")],
)
def test_days_covered_refuses(total_amount: Money, rate: Money, message: str) -> None:
    with pytest.raises(CalcError, match=message) as error:
        days_covered(Input("total", total_amount), Input("rate", rate))
    assert isinstance(error.value, AssistantError)
    assert "\n" not in str(error.value)


# ---- statutory maximum --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("regime", "provision", "turnover", "expected"),
    [
        ("GDPR", "Art. 83(5)", eur(1_000_000_000), eur(40_000_000)),
        ("GDPR", "Art. 83(5)", eur(100_000_000), eur(20_000_000)),
        ("GDPR", "83(6)", eur(500_000_000), eur(20_000_000)),  # equal: 4% is exactly €20M
        ("GDPR", "Article 83(4)", eur(1_000_000_000), eur(20_000_000)),
        ("GDPR", "art. 83 (4)", eur(100_000_000), eur(10_000_000)),
        ("UK GDPR", "Art. 83(5)", gbp(1_000_000_000), gbp(40_000_000)),
        ("UK GDPR", "Art. 83(5)", gbp(100_000_000), gbp(17_500_000)),
        ("UK GDPR", "Art. 83(4)", gbp(100_000_000), gbp(8_700_000)),
        ("UK GDPR", "Art. 83(4)", gbp(1_000_000_000), gbp(20_000_000)),
        ("GDPR", "Art. 83(5)", eur("1234567.89"), eur(20_000_000)),
    ],
)
def test_gdpr_cap(regime: str, provision: str, turnover: Money, expected: Money) -> None:
    given_turnover = Input("worldwide annual turnover", turnover, 3)
    result = checked(gdpr_cap(given_turnover, provision, regime), given_turnover)
    assert result.value == expected
    steps = " | ".join(result.calculation.steps)
    assert "not a prediction of the fine" in steps
    assert f"Maximum fine: {expected_text(expected)}" in steps


def expected_text(money: Money) -> str:
    symbol = {"EUR": "€", "GBP": "£"}[money.currency]
    return f"{symbol}{money.amount:,.0f}"


def test_gdpr_cap_steps_for_a_large_undertaking() -> None:
    result = gdpr_cap(Input("turnover", eur(1_000_000_000), 3))
    assert result.calculation.steps[2:6] == [
        "4% of €1,000,000,000 = €40,000,000",
        "Fixed amount: €20,000,000",
        "€40,000,000 is higher than €20,000,000",
        "Maximum fine: €40,000,000",
    ]


def test_gdpr_cap_needs_a_rate_across_currencies() -> None:
    turnover = Input("turnover", Money(Decimal(3_500_000), "USD"), 3)
    with pytest.raises(CalcError, match="exchange rate"):
        gdpr_cap(turnover)
    rate = Input("dollars per euro", Decimal("1.08"), 4)
    small = checked(gdpr_cap(turnover, rate=rate), turnover, rate)
    assert small.value == eur(20_000_000)  # the fixed amount keeps its own currency
    assert any("$1.08 per €1 [4]" in step for step in small.calculation.steps)
    big = Input("turnover", Money(Decimal(2_000_000_000), "USD"), 3)
    assert gdpr_cap(big, rate=rate).value == Money(Decimal(80_000_000), "USD")


def test_gdpr_cap_unknown_provision() -> None:
    with pytest.raises(CalcError, match="no statutory maximum"):
        gdpr_cap(Input("turnover", eur(1)), "Art. 83(9)")


def test_gdpr_cap_reads_the_amounts_from_instruments_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (DATA_DIR / "instruments.toml").read_text(encoding="utf-8")
    assert 'fixed = "20000000"' in text
    (tmp_path / "instruments.toml").write_text(text.replace('fixed = "20000000"', 'fixed = "1"'))
    monkeypatch.setattr(datafiles, "DATA_DIR", tmp_path)
    calc._caps.cache_clear()
    try:
        assert gdpr_cap(Input("turnover", eur(0))).value == eur(1)
    finally:
        calc._caps.cache_clear()


# ---- sums, differences, conversions, shares -----------------------------------------------


def test_total_keeps_currencies_apart() -> None:
    amounts = [
        Input("CNIL fine", eur(20_000_000), 1),
        Input("Garante fine", eur(20_000_000), 2),
        Input("ICO fine", gbp(7_500_000), 3),
    ]
    result = checked(total(amounts), *amounts)
    assert result.value == {"EUR": eur(40_000_000), "GBP": gbp(7_500_000)}
    steps = result.calculation.steps
    assert "EUR: €20,000,000 [1] + €20,000,000 [2] = €40,000,000" in steps
    assert any("kept apart" in s and "no conversion" in s for s in steps)


def test_total_of_one_currency_is_money() -> None:
    assert total([Input("a", eur(1)), Input("b", eur("2.5"))]).value == eur("3.5")
    with pytest.raises(CalcError):
        total([])


def test_difference() -> None:
    a, b = Input("CNIL fine", eur(20_000_000), 1), Input("penalty", eur(5_200_000), 2)
    assert checked(difference(a, b), a, b).value == eur(14_800_000)
    assert "€5,200,000 − €20,000,000 = −€14,800,000" in difference(b, a).calculation.steps
    ico = Input("ICO fine", gbp(7_500_000), 3)
    with pytest.raises(CalcError, match="convert"):
        difference(a, ico)
    rate = Input("euros per pound", Decimal("1.152"), 4)
    assert checked(difference(a, ico, rate), a, ico, rate).value == eur(11_360_000)


def test_convert_states_rate_source_and_rounding() -> None:
    fine, rate = Input("ICO fine", gbp(7_500_000), 3), Input("rate", Decimal("1.152"), 3)
    result = checked(convert(fine, rate, "EUR"), fine, rate)
    assert result.value == eur(8_640_000)
    assert (
        "Exchange rate: €1.152 per £1 (from [3]); no other rate is used" in result.calculation.steps
    )
    odd = convert(Input("x", eur("10")), Input("rate", Decimal("1.23456")), "USD")
    assert odd.value == Money(Decimal("12.35"), "USD")
    assert odd.calculation.steps[-1] == "Rounded half up to 2 decimal places (USD): $12.35"
    assert "given by the user" in odd.calculation.steps[1]
    assert convert(Input("x", eur("10")), Input("r", Decimal("145.6")), "JPY").value.amount == 1456


@pytest.mark.parametrize(
    ("rate", "to"), [(Decimal(0), "USD"), (Decimal(-1), "USD"), (Decimal(1), "EUR")]
)
def test_convert_refuses(rate: Decimal, to: str) -> None:
    with pytest.raises(CalcError):
        convert(Input("x", eur(1)), Input("rate", rate), to)


def test_share_as_percentage_and_multiple() -> None:
    part, whole = Input("penalty", eur(5_200_000), 1), Input("fine", eur(20_000_000), 2)
    result = checked(share(part, whole), part, whole)
    assert result.value == Decimal(26)
    assert result.calculation.steps[-1] == "So penalty is 26% of fine, or 0.26 times it"
    big = share(Input("fine", eur(20_000_000)), Input("turnover", eur(3_560_000)))
    assert isinstance(big.value, Decimal)
    assert abs(big.value - Decimal("561.79775280898876404494382")) < Decimal("1e-20")
    assert "≈ 561.8% of turnover, or ≈ 5.62 times it" in big.calculation.steps[-1]
    tiny = share(Input("fine", eur(5_200_000)), Input("turnover", eur(10**12)))
    assert "0.00052%" in tiny.calculation.steps[-1]
    with pytest.raises(CalcError):
        share(Input("a", eur(1)), Input("b", eur(0)))
    with pytest.raises(CalcError):
        share(Input("a", eur(1)), Input("b", gbp(2)))


# ---- dates --------------------------------------------------------------------------------


def test_days_between() -> None:
    start, end = (
        Input("end of compliance period", date(2022, 12, 20), 1),
        Input("decision", date(2023, 4, 13), 2),
    )
    result = checked(days_between(start, end), start, end)
    assert result.value == 114
    steps = " | ".join(result.calculation.steps)
    assert "counting actual calendar days, not counting the first day" in steps.lower()
    assert "13 April 2023 − 20 December 2022 = 114 days" in steps


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected"),
    [
        (date(2022, 10, 20), 2, "months", date(2022, 12, 20)),
        (date(2023, 1, 31), 1, "month", date(2023, 2, 28)),
        (date(2024, 1, 31), 1, "Month", date(2024, 2, 29)),
        (date(2024, 2, 29), 1, "year", date(2025, 2, 28)),
        (date(2022, 10, 20), 60, "days", date(2022, 12, 19)),
        (date(2022, 10, 20), 2, "weeks", date(2022, 11, 3)),
        (date(2022, 12, 20), -2, "months", date(2022, 10, 20)),
    ],
)
def test_deadline(start: date, amount: int, unit: str, expected: date) -> None:
    begins = Input("decision", start, 1)
    result = checked(deadline(begins, amount, unit), begins)
    assert result.value == expected


def test_deadline_states_the_convention() -> None:
    period = Input("time to comply", 2, 1)
    result = checked(
        deadline(Input("CNIL decision", date(2022, 10, 20), 1), period, "months"), period
    )
    assert "20 October 2022 + 2 months = 20 December 2022" in result.calculation.steps
    assert any("last day is used" in s for s in result.calculation.steps)
    clamped = deadline(Input("start", date(2023, 1, 31)), 1, "month").calculation.steps
    assert "February 2023 has no day 31, so its last day is used" in clamped
    with pytest.raises(CalcError, match="unknown unit"):
        deadline(Input("start", date(2023, 1, 31)), 1, "fortnight")
    with pytest.raises(CalcError, match="outside the calendar"):
        deadline(Input("start", date(9999, 12, 1)), 2, "months")


# ---- properties ---------------------------------------------------------------------------

amounts = st.decimals(
    min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False
)
positive = amounts.filter(lambda d: d > 0)
days = st.integers(min_value=0, max_value=100_000)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
currencies = st.sampled_from(["EUR", "GBP", "USD"])


@FAST
@given(positive, days)
def test_days_covered_inverts_accrual(rate: Decimal, n: int) -> None:
    accrued = penalty_accrual(Input("rate", eur(rate)), Input("days", n))
    assert isinstance(accrued.value, Money)
    assert days_covered(Input("total", accrued.value), Input("rate", eur(rate))).value == n


with open(DATA_DIR / "instruments.toml", "rb") as _handle:
    FIXED = {
        (c["instrument"], c["provision"]): Decimal(c["fixed"])
        for c in tomllib.load(_handle)["cap"]
        if "GDPR" in c["instrument"]
    }


@FAST
@given(st.sampled_from(sorted(FIXED)), amounts, amounts)
def test_cap_is_monotone_and_never_below_the_fixed_amount(
    where: tuple[str, str], low: Decimal, high: Decimal
) -> None:
    regime, provision = where
    low, high = min(low, high), max(low, high)
    currency = "GBP" if regime == "UK GDPR" else "EUR"
    caps = [
        gdpr_cap(Input("turnover", Money(t, currency)), provision, regime).value
        for t in (low, high)
    ]
    fixed = FIXED[where]
    assert all(isinstance(c, Money) for c in caps)
    assert caps[0].amount <= caps[1].amount  # type: ignore[union-attr]
    assert caps[0].amount >= fixed  # type: ignore[union-attr]


@FAST
@given(st.lists(st.tuples(amounts, currencies), min_size=1, max_size=6), st.data())
def test_total_does_not_depend_on_order(
    items: list[tuple[Decimal, str]], data: st.DataObject
) -> None:
    inputs = [Input(f"amount {i}", Money(a, c)) for i, (a, c) in enumerate(items)]
    shuffled = data.draw(st.permutations(inputs))
    assert total(inputs).value == total(shuffled).value


@FAST
@given(amounts, amounts, currencies)
def test_difference_is_antisymmetric(a: Decimal, b: Decimal, currency: str) -> None:
    x, y = Input("a", Money(a, currency)), Input("b", Money(b, currency))
    forward, backward = difference(x, y).value, difference(y, x).value
    assert isinstance(forward, Money) and isinstance(backward, Money)
    assert forward.amount == -backward.amount


@FAST
@given(amounts, st.decimals(min_value="0.01", max_value=200, places=4))
def test_convert_and_back(amount: Decimal, rate: Decimal) -> None:
    there = convert(Input("x", eur(amount)), Input("rate", rate), "USD").value
    assert isinstance(there, Money)
    back = convert(Input("y", there), Input("inverse", 1 / rate), "EUR").value
    assert isinstance(back, Money)
    # Each leg rounds to the cent: half a cent now, plus half a cent of USD worth 1/rate euros.
    assert abs(back.amount - amount) <= Decimal("0.005") * (1 + 1 / rate) + Decimal("1e-20")


@FAST
@given(dates, st.integers(min_value=-20_000, max_value=20_000))
def test_deadline_in_days_is_days_between(start: date, n: int) -> None:
    end = deadline(Input("start", start), n, "day").value
    assert isinstance(end, date)
    assert end - start == timedelta(days=n)
    assert days_between(Input("start", start), Input("end", end)).value == n


@FAST
@given(
    st.sampled_from(["penalty_accrual", "days_covered", "total", "share", "days_between"]),
    positive,
    days,
    st.integers(min_value=1, max_value=99),
)
def test_every_result_shows_working_and_keeps_citations(
    which: str, amount: Decimal, n: int, citation: int
) -> None:
    money, other = (
        Input("amount", eur(amount), citation),
        Input("other", eur(amount + 1), citation + 1),
    )
    day, later = (
        Input("start", date(2022, 10, 20), citation),
        Input("end", date(2023, 4, 13), citation + 1),
    )
    count = Input("days", n, citation + 1)
    calls = {
        "penalty_accrual": lambda: (penalty_accrual(money, count), [money, count]),
        "days_covered": lambda: (days_covered(other, money), [other, money]),
        "total": lambda: (total([money, other]), [money, other]),
        "share": lambda: (share(money, other), [money, other]),
        "days_between": lambda: (days_between(day, later), [day, later]),
    }
    result, used = calls[which]()
    checked(result, *used)


def test_after_discount_shows_the_cut_and_what_is_paid() -> None:
    fine, discount = Input("fine", eur(950_000), 1), Input("discount", Decimal(25), 2)
    result = calc.after_discount(fine, discount)
    assert result.value == eur(712_500)
    assert result.calculation.steps[-2:] == [
        "25% of €950,000 = €237,500",
        "€950,000 − €237,500 = €712,500",
    ]
    with pytest.raises(CalcError):
        calc.after_discount(fine, Input("discount", Decimal(120)))


percents = st.decimals(min_value=0, max_value=100, places=2)


@FAST
@given(amounts, percents, percents)
def test_a_larger_discount_never_leaves_more_to_pay(
    amount: Decimal, low: Decimal, high: Decimal
) -> None:
    low, high = sorted((low, high))
    paid = [
        calc.after_discount(Input("fine", eur(amount)), Input("d", p)).value for p in (low, high)
    ]
    assert eur(0).amount <= paid[1].amount <= paid[0].amount <= amount
    assert calc.after_discount(Input("fine", eur(amount)), Input("d", Decimal(0))).value == eur(
        amount
    )


def test_instalments_needed_counts_a_smaller_last_one() -> None:
    fine = Input("fine", Money(Decimal(54_000), "EUR"), 1)
    each = Input("instalment", Money(Decimal(4_000), "EUR"), 2)
    assert instalments_needed(fine, each, "month").value == 14
    exact = Input("fine", Money(Decimal(48_000), "EUR"), 1)
    assert instalments_needed(exact, each, "month").value == 12


def test_count_left_is_the_whole_less_the_part_with_its_working() -> None:
    result = calc.count_left(
        Input("borrowers in all", 2400, 1), Input("repaid", 1870, 1), "borrowers"
    )
    assert result.value == 530
    assert "2,400 − 1,870 = 530 borrowers" in result.calculation.steps


def test_count_left_refuses_a_part_larger_than_the_whole() -> None:
    with pytest.raises(calc.CalcError):
        calc.count_left(Input("in all", 10, 1), Input("done", 12, 1), "customers")


# ---- penalties per week or month -----------------------------------------------------------

WEEKLY = Input("penalty per week", eur(25_000), citation=1)


def test_periods_to_cap_exact_and_rounded_up() -> None:
    cap = Input("maximum of the penalty", eur(1_000_000), citation=1)
    result = checked(calc.periods_to_cap(cap, WEEKLY, "week"), cap, WEEKLY)
    assert result.value == 40
    uneven = calc.periods_to_cap(Input("maximum", eur(110_000)), WEEKLY, "week")
    assert uneven.value == 5  # 4.4 weeks: the maximum is reached in week 5


def test_periodic_accrual_stops_at_the_maximum() -> None:
    cap = Input("maximum of the penalty", eur(600_000), citation=1)
    weeks = Input("weeks late", 30)
    result = checked(calc.periodic_accrual(WEEKLY, weeks, "week", cap), WEEKLY, cap)
    assert result.value == eur(600_000)
    assert calc.periodic_accrual(WEEKLY, Input("weeks late", 6), "week").value == eur(150_000)


@given(positive, st.integers(min_value=1, max_value=500))
def test_periods_to_cap_inverts_periodic_accrual(rate: Decimal, n: int) -> None:
    rate_input = Input("rate", eur(rate))
    accrued = calc.periodic_accrual(rate_input, Input("weeks", n), "week")
    assert calc.periods_to_cap(Input("cap", accrued.value), rate_input, "week").value == n


def test_percent_cut_cites_both_figures() -> None:
    before = Input("fine imposed", eur(18_600_000), citation=1)
    after = Input("fine after the judgment", eur(12_900_000), citation=2)
    result = checked(calc.percent_cut(before, after), before, after)
    assert round(result.value, 2) == Decimal("30.65")
    assert "€18,600,000 − €12,900,000 = €5,700,000" in result.calculation.steps
