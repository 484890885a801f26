"""Deterministic calculators: every result carries the working a lawyer can check.

No model writes a number. Each calculator takes `Input`s that remember where their value
came from (an [n] citation, or the user), does exact `Decimal` arithmetic and returns a
`Result` whose `Calculation` states the formula, each step and each input. Rates that link
two currencies are always "units of the result currency per 1 unit of the other".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import cache, wraps
from typing import Any, Generic, ParamSpec, TypeVar

from .datafiles import load_toml
from .errors import AssistantError, ExitCode
from .models import Calculation, CalculationInput
from .money import Money, format_money

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


class CalcError(AssistantError):
    """A calculation that cannot be done as asked; `str()` is the one line shown."""

    exit_code = ExitCode.BAD_QUESTION  # the question asks for something impossible


@dataclass(frozen=True)
class Input(Generic[T]):
    name: str  # "daily penalty", "worldwide annual turnover"
    value: T  # Money | Decimal | int | date
    citation: int | None = None  # the [n] it came from; None = supplied by the user


@dataclass(frozen=True)
class Result:
    value: Money | Decimal | int | date | dict[str, Money]
    calculation: Calculation


def _exact(func: Callable[P, R]) -> Callable[P, R]:
    # Sums and products of money must never be rounded silently. The default 28 digits can be
    # reached by a large amount times a rate with many decimals; 60 cannot in practice.
    @wraps(func)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with localcontext() as context:
            context.prec = 60
            return func(*args, **kwargs)

    return run


# ---- how values are shown ------------------------------------------------------------------


def _m(money: Money) -> str:
    # A typographic minus, as in the "a − b" of the steps.
    text = format_money(Money(abs(money.amount), money.currency))
    return f"−{text}" if money.amount < 0 else text


def _plain(value: Decimal) -> str:
    text = f"{value.normalize():,f}"
    return "0" if text in ("-0", "0") else text


def _num(value: Decimal, places: int = 2) -> str:
    """Exact when it has few decimals; else "≈" and rounded to `places` (2 significant
    digits below 1, so 0.0052 does not become 0.00)."""
    exponent = min(-places, value.adjusted() - 1) if value else -places
    shown = value.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP)
    return _plain(shown) if shown == value else f"≈ {_plain(shown)}"


def _is(value: Decimal) -> str:
    """ "= 52.5" when exact, "≈ 3.33" when not."""
    shown = _num(value)
    return shown if shown.startswith("≈") else f"= {shown}"


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def _count(n: int, unit: str) -> str:
    return f"{n:,} {unit}" if abs(n) == 1 else f"{n:,} {unit}s"


def _rate(rate: Decimal, of: str, to: str) -> str:
    return f"{_m(Money(rate, to))} per {format_money(Money(Decimal(1), of))}"


def _show(value: Any) -> str:
    if isinstance(value, Money):
        return _m(value)
    if isinstance(value, date):
        return _day(value)
    if isinstance(value, Decimal):
        return _plain(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _cite(item: Input[Any]) -> str:
    return f" [{item.citation}]" if item.citation is not None else ""


def _said(item: Input[Any], shown: str | None = None) -> str:
    """ "Daily penalty: €100,000 per day [1]" — an input as a step."""
    name = item.name[:1].upper() + item.name[1:]
    return f"{name}: {shown or _show(item.value)}{_cite(item)}"


def _result(
    value: Any, formula: str, steps: list[str], inputs: list[tuple[Input[Any], str]]
) -> Result:
    shown = [CalculationInput(name=i.name, value=text, citation=i.citation) for i, text in inputs]
    return Result(value, Calculation(formula=formula, steps=steps, inputs=shown))


def _mismatch(a: Input[Money], b: Input[Money]) -> CalcError:
    return CalcError(
        f"{a.name} is in {a.value.currency} and {b.name} in {b.value.currency}: "
        "convert one of them first, at a stated rate"
    )


def _same_currency(a: Input[Money], b: Input[Money]) -> None:
    if a.value.currency != b.value.currency:
        raise _mismatch(a, b)


def _positive_rate(rate: Input[Decimal]) -> None:
    if rate.value <= 0:
        raise CalcError(f"the exchange rate must be more than zero, not {_plain(rate.value)}")


# ---- reference data -------------------------------------------------------------------------


@cache
def _caps() -> dict[tuple[str, str], dict[str, Any]]:
    caps = load_toml("instruments.toml")["cap"]
    return {(cap["instrument"], cap["provision"]): cap for cap in caps}


@cache
def _to_minor_unit(amount: Decimal, currency: str) -> tuple[Money, int]:
    """`amount` rounded half up to the currency's minor unit, and the places that is."""
    places = _minor_units(currency)
    return Money(amount.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP), currency), places


def _minor_units(currency: str) -> int:
    currencies = load_toml("currencies.toml")["currency"]
    # Unknown codes get cents, the common case; the step states the places used.
    return next((int(c["minor_units"]) for c in currencies if c["code"] == currency), 2)


def caps_of(instrument: str) -> list[dict[str, Any]]:
    """The statutory maxima instruments.toml lists for an instrument, in file order."""
    return [cap for (name, _), cap in _caps().items() if name == instrument]


def _provision(text: str) -> str:
    """ "83(5)", "Article 83 (5)", "art. 83(5)" → "Art. 83(5)", as instruments.toml spells it."""
    bare = re.sub(r"^\s*art(?:icle)?\.?\s*", "", text, flags=re.I)
    return "Art. " + re.sub(r"\s+", "", bare)


# ---- calculators ----------------------------------------------------------------------------


@_exact
def penalty_accrual(
    rate_per_day: Input[Money], days: Input[int], cap: Input[Money] | None = None
) -> Result:
    """Daily rate × days, and no more than `cap` when the penalty has a stated maximum."""
    rate = rate_per_day.value
    if days.value < 0 or rate.amount < 0:
        raise CalcError("a penalty accrues over zero or more days at a rate of zero or more")
    total = Money(rate.amount * days.value, rate.currency)
    steps = [
        _said(rate_per_day, f"{_m(rate)} per day"),
        _said(days, _count(days.value, "day")),
        f"{_m(rate)} per day × {_count(days.value, 'day')} = {_m(total)}",
    ]
    inputs = [(rate_per_day, f"{_m(rate)} per day"), (days, _count(days.value, "day"))]
    if cap is None:
        return _result(total, "total = daily rate × days", steps, inputs)
    total = _capped(total, cap, rate_per_day, steps, inputs)
    return _result(total, "total = the smaller of daily rate × days and the maximum", steps, inputs)


def _capped(
    total: Money, cap: Input[Money], rate: Input[Money], steps: list, inputs: list
) -> Money:
    """A running penalty's total, no more than its stated maximum, with the steps saying so."""
    _same_currency(cap, rate)
    steps.append(_said(cap))
    inputs.append((cap, _m(cap.value)))
    if total.amount > cap.value.amount:
        steps.append(
            f"{_m(total)} is more than the maximum, so the penalty stops at {_m(cap.value)}"
        )
        return cap.value
    steps.append(f"{_m(total)} is within the maximum")
    return total


@_exact
def escalating_accrual(
    rate_per_day: Input[Money], later_rate: Input[Money], after_days: int, days: Input[int]
) -> Result:
    """A daily penalty that rises after a number of days ("$2,500 per day, rising to $5,000
    per day after 30 days"): the first rate for the first `after_days` days, the later rate
    for each day after."""
    _same_currency(rate_per_day, later_rate)
    first, later, n = rate_per_day.value, later_rate.value, days.value
    if n < 0 or first.amount < 0 or later.amount < 0 or after_days < 0:
        raise CalcError("a penalty accrues over zero or more days at a rate of zero or more")
    early = min(n, after_days)
    rest = n - early
    early_total = Money(first.amount * early, first.currency)
    rest_total = Money(later.amount * rest, first.currency)
    total = Money(early_total.amount + rest_total.amount, first.currency)
    steps = [
        _said(rate_per_day, f"{_m(first)} per day"),
        _said(later_rate, f"{_m(later)} per day after {_count(after_days, 'day')}"),
        _said(days, _count(n, "day")),
        f"{_m(first)} per day × {_count(early, 'day')} = {_m(early_total)}",
        f"{_m(later)} per day × {_count(rest, 'day')} = {_m(rest_total)}",
        f"{_m(early_total)} + {_m(rest_total)} = {_m(total)}",
    ]
    inputs = [
        (rate_per_day, f"{_m(first)} per day"),
        (later_rate, f"{_m(later)} per day after {_count(after_days, 'day')}"),
        (days, _count(n, "day")),
    ]
    formula = "total = first rate × days up to the step + later rate × days after it"
    return _result(total, formula, steps, inputs)


def _dividing(total: Input[Money], part: Input[Money], what: str) -> tuple[Money, Money]:
    """A total and the sum it is divided by, in one currency, the divisor above zero."""
    _same_currency(total, part)
    if part.value.amount <= 0:
        raise CalcError(f"{what} must be more than zero")
    if total.value.amount < 0:
        raise CalcError("the total cannot be negative")
    return total.value, part.value


@_exact
def days_covered(total: Input[Money], rate_per_day: Input[Money]) -> Result:
    amount, rate = _dividing(total, rate_per_day, "the daily rate")
    whole, rest = divmod(amount.amount, rate.amount)
    days, left = int(whole), Money(rest, amount.currency)
    division = f"{_m(amount)} ÷ {_m(rate)} per day"
    if rest == 0:
        working = f"{division} = {_count(days, 'day')} exactly"
    else:
        quotient = _is(amount.amount / rate.amount)
        working = f"{division} {quotient}: {_count(days, 'whole day')}, with {_m(left)} left over"
    steps = [_said(total), _said(rate_per_day, f"{_m(rate)} per day"), working]
    inputs = [(total, _m(amount)), (rate_per_day, f"{_m(rate)} per day")]
    return _result(days, "days = total ÷ daily rate", steps, inputs)


@_exact
def periods_to_cap(cap: Input[Money], rate: Input[Money], period: str) -> Result:
    """After how many periods a penalty charged per `period` ("€25,000 for every week it is
    late, up to €1 million") reaches its maximum: the first period whose sum meets it."""
    amount, each = _dividing(cap, rate, f"the penalty per {period}")
    whole, rest = divmod(amount.amount, each.amount)
    count = int(whole) + (1 if rest else 0)
    division = f"{_m(amount)} ÷ {_m(each)} per {period}"
    if rest == 0:
        working = f"{division} = {_count(count, period)} exactly"
    else:
        working = (
            f"{division} {_is(amount.amount / each.amount)}: the maximum is reached in "
            f"{period} {count:,}"
        )
    shown = f"{_m(each)} per {period}"
    steps = [_said(cap), _said(rate, shown), working]
    inputs = [(cap, _m(amount)), (rate, shown)]
    return _result(count, f"{period}s = maximum ÷ penalty per {period}", steps, inputs)


@_exact
def periodic_accrual(
    rate: Input[Money], count: Input[int], period: str, cap: Input[Money] | None = None
) -> Result:
    """A penalty per `period` (week, month) × the periods, and no more than `cap` when the
    penalty has a stated maximum."""
    each = rate.value
    if count.value < 0 or each.amount < 0:
        raise CalcError(f"a penalty accrues over zero or more {period}s at zero or more")
    total = Money(each.amount * count.value, each.currency)
    shown = f"{_m(each)} per {period}"
    steps = [
        _said(rate, shown),
        _said(count, _count(count.value, period)),
        f"{shown} × {_count(count.value, period)} = {_m(total)}",
    ]
    inputs = [(rate, shown), (count, _count(count.value, period))]
    formula = f"total = penalty per {period} × {period}s"
    if cap is not None:
        formula = f"total = the smaller of penalty per {period} × {period}s and the maximum"
        total = _capped(total, cap, rate, steps, inputs)
    return _result(total, formula, steps, inputs)


@_exact
def instalments_needed(total: Input[Money], instalment: Input[Money], period: str) -> Result:
    """How many instalments of a fixed sum pay off a total: the last one may be smaller, so
    a remainder adds one."""
    amount, each = _dividing(total, instalment, "the instalment")
    whole, rest = divmod(amount.amount, each.amount)
    count = int(whole) + (1 if rest else 0)
    division = f"{_m(amount)} ÷ {_m(each)} per {period}"
    if rest == 0:
        working = f"{division} = {_count(count, period)} exactly"
    else:
        quotient = _is(amount.amount / each.amount)
        last = _m(Money(rest, amount.currency))
        working = f"{division} {quotient}: {_count(count, period)}, the last instalment {last}"
    shown = f"{_m(each)} per {period}"
    steps = [_said(total), _said(instalment, shown), working]
    inputs = [(total, _m(amount)), (instalment, shown)]
    return _result(count, f"{period}s = total ÷ instalment per {period}", steps, inputs)


def _cap_wording(cap: dict[str, Any]) -> str:
    rule = cap["rule"]
    if rule == "fixed_only":
        return _m(Money(Decimal(cap["fixed"]), cap["currency"]))
    percent = f"{_plain(Decimal(cap['percent_of_turnover']))}% of the {cap['turnover']}"
    if rule == "percent_only":
        return percent
    return f"the {rule} of {_m(Money(Decimal(cap['fixed']), cap['currency']))} or {percent}"


def _pick(
    rule: str, fixed: Money, share: Money, rate: Input[Decimal] | None, steps: list[str]
) -> Money:
    """The higher (or lower) of the fixed amount and the share of turnover, with the steps."""
    steps.append(f"Fixed amount: {_m(fixed)}")
    compared, fixed_text = fixed.amount, _m(fixed)
    if fixed.currency != share.currency:
        if rate is None:
            raise CalcError(
                f"the turnover is in {share.currency} and the fixed amount in "
                f"{fixed.currency}: an exchange rate is needed to compare them"
            )
        _positive_rate(rate)
        compared = fixed.amount * rate.value
        steps.append(
            f"At {_rate(rate.value, fixed.currency, share.currency)}{_cite(rate)}, "
            f"{_m(fixed)} = {_m(Money(compared, share.currency))}; the rate is used only to "
            "compare the two amounts, and the maximum is stated in the currency it arises in"
        )
        fixed_text += f" ({_m(Money(compared, share.currency))})"
    if compared == share.amount:
        steps.append("The two amounts are equal, so the maximum is the fixed amount")
        return fixed
    fixed_wins = (compared > share.amount) == (rule == "higher")
    winner, loser = (fixed_text, _m(share)) if fixed_wins else (_m(share), fixed_text)
    steps.append(f"{winner} is {'higher' if rule == 'higher' else 'lower'} than {loser}")
    return fixed if fixed_wins else share


@_exact
def gdpr_cap(
    turnover: Input[Money],
    provision: str = "Art. 83(5)",
    regime: str = "GDPR",
    rate: Input[Decimal] | None = None,
) -> Result:
    """The statutory maximum fine under `regime` `provision` (any [[cap]] in instruments.toml).

    `rate`: units of the turnover's currency per 1 unit of the fixed amount's currency. It is
    used only to compare the two amounts: the maximum keeps the currency it arises in.
    """
    cap = _caps().get((regime, _provision(provision)))
    if cap is None:
        known = ", ".join(f"{r} {p}" for r, p in _caps())
        raise CalcError(f"no statutory maximum is known for {regime} {provision} (known: {known})")
    money, rule = turnover.value, cap["rule"]
    if money.amount < 0:
        raise CalcError("turnover cannot be negative")
    wording = _cap_wording(cap)
    steps = [f"{regime} {cap['provision']} sets the maximum as {wording}", _said(turnover)]
    fixed = Money(Decimal(cap["fixed"]), cap["currency"]) if "fixed" in cap else None
    if rule == "fixed_only" and fixed is not None:
        maximum = fixed
    else:
        percent = Decimal(cap["percent_of_turnover"])
        share = Money(money.amount * percent / 100, money.currency)
        steps.append(f"{_plain(percent)}% of {_m(money)} = {_m(share)}")
        maximum = (
            share
            if fixed is None or rule == "percent_only"
            else _pick(rule, fixed, share, rate, steps)
        )
    steps.append(f"Maximum fine: {_m(maximum)}")
    steps.append(
        "This is the statutory maximum, not a prediction of the fine: the authority sets the "
        "amount up to it"
    )
    scope = [cap[key] for key in ("applies_to", "note") if key in cap]
    if scope:
        steps.append(f"Applies to: {'; '.join(scope)}")
    inputs: list[tuple[Input[Any], str]] = [(turnover, _m(money))]
    if rate is not None and fixed is not None and fixed.currency != money.currency:
        inputs.append((rate, _rate(rate.value, fixed.currency, money.currency)))
    formula = "maximum = " + wording.replace(f"the {cap['turnover']}", "turnover")
    return _result(maximum, formula, steps, inputs)


@_exact
def total(amounts: Sequence[Input[Money]]) -> Result:
    if not amounts:
        raise CalcError("there are no amounts to add up")
    groups: dict[str, list[Input[Money]]] = {}
    for item in amounts:
        groups.setdefault(item.value.currency, []).append(item)
    sums = {
        currency: Money(sum((i.value.amount for i in items), Decimal(0)), currency)
        for currency, items in groups.items()
    }
    steps = [_said(item) for item in amounts]
    for currency, items in groups.items():
        added = " + ".join(f"{_m(i.value)}{_cite(i)}" for i in items)
        steps.append(f"{currency}: {added} = {_m(sums[currency])}")
    if len(sums) > 1:
        steps.append(
            f"The currencies ({', '.join(sums)}) were kept apart: no conversion was made, "
            "as no exchange rate was given"
        )
    value: Money | dict[str, Money] = next(iter(sums.values())) if len(sums) == 1 else sums
    inputs = [(item, _m(item.value)) for item in amounts]
    return _result(value, "total = sum of the amounts, per currency", steps, inputs)


@_exact
def difference(a: Input[Money], b: Input[Money], rate: Input[Decimal] | None = None) -> Result:
    """a − b. `rate`: units of a's currency per 1 unit of b's, when they differ."""
    first, second = a.value, b.value
    steps = [_said(a), _said(b)]
    inputs: list[tuple[Input[Any], str]] = [(a, _m(first)), (b, _m(second))]
    if first.currency != second.currency:
        if rate is None:
            raise _mismatch(a, b)
        _positive_rate(rate)
        shown = _rate(rate.value, second.currency, first.currency)
        converted = Money(second.amount * rate.value, first.currency)
        steps.append(f"At {shown}{_cite(rate)}, {_m(second)} = {_m(converted)}")
        inputs.append((rate, shown))
        second = converted
    result = Money(first.amount - second.amount, first.currency)
    steps.append(f"{_m(first)} − {_m(second)} = {_m(result)}")
    return _result(result, f"difference = {a.name} − {b.name}", steps, inputs)


@_exact
def convert(
    amount: Input[Money], rate: Input[Decimal], to: str, rate_is_per_target: bool = False
) -> Result:
    """`amount` in currency `to`, at `rate` units of `to` per 1 unit of the amount's currency
    (or, with `rate_is_per_target`, `rate` units of the amount's currency per 1 unit of `to`:
    "at 4.30 zloty to the euro" converts zloty to euros by dividing), rounded half up to the
    minor unit of `to` (the steps say so when it changes anything)."""
    money, target = amount.value, to.strip().upper()
    _positive_rate(rate)
    if target == money.currency:
        raise CalcError(f"{amount.name} is already in {target}")
    if rate_is_per_target:
        exact = Money(money.amount / rate.value, target)
        shown = _rate(rate.value, target, money.currency)
        shown_exact = Money(exact.amount.quantize(Decimal("0.000001")), target)
        sign = "=" if shown_exact.amount == exact.amount else "≈"
        arithmetic = f"{_m(money)} ÷ {_plain(rate.value)} {sign} {_m(shown_exact)}"
        formula = "converted = amount ÷ exchange rate"
    else:
        exact = Money(money.amount * rate.value, target)
        shown = _rate(rate.value, money.currency, target)
        arithmetic = f"{_m(money)} × {_plain(rate.value)} = {_m(exact)}"
        formula = "converted = amount × exchange rate"
    rounded, places = _to_minor_unit(exact.amount, target)
    source = f"from [{rate.citation}]" if rate.citation is not None else "given by the user"
    steps = [
        _said(amount),
        f"Exchange rate: {shown} ({source}); no other rate is used",
        arithmetic,
    ]
    if rounded.amount != exact.amount:
        steps.append(f"Rounded half up to {places} decimal places ({target}): {_m(rounded)}")
    inputs = [(amount, _m(money)), (rate, shown)]
    return _result(rounded, formula, steps, inputs)


def share(part: Input[Money], whole: Input[Money]) -> Result:
    """`part` as a percentage of `whole` (the value, exact) and as a multiple of it."""
    _same_currency(part, whole)
    if whole.value.amount == 0:
        raise CalcError(f"{whole.name} is zero, so nothing can be a share of it")
    ratio = part.value.amount / whole.value.amount
    percent = ratio * 100
    steps = [
        _said(part),
        _said(whole),
        f"{_m(part.value)} ÷ {_m(whole.value)} {_is(ratio)}",
        f"So {part.name} is {_num(percent)}% of {whole.name}, or {_num(ratio)} times it",
    ]
    inputs = [(part, _m(part.value)), (whole, _m(whole.value))]
    return _result(percent, "share = part ÷ whole × 100%", steps, inputs)


@_exact
def percent_cut(before: Input[Money], after: Input[Money]) -> Result:
    """How far `after` is below `before`, as a percentage of `before` ("the court cut the
    fine from €18.6m to €12.9m": 30.6%), with both figures cited in the working."""
    cut = difference(before, after)
    part = share(Input("the reduction", cut.value), before)
    steps = cut.calculation.steps + part.calculation.steps[2:]
    formula = "reduction = (before − after) ÷ before × 100%"
    return Result(
        part.value, Calculation(formula=formula, steps=steps, inputs=cut.calculation.inputs)
    )


@_exact
def after_discount(amount: Input[Money], discount: Input[Decimal]) -> Result:
    """What is paid after a discount of `discount` percent ("a discount of one quarter for
    paying within 15 days", the UK's 20% early-payment reduction)."""
    base, percent = amount.value, discount.value
    if not 0 <= percent <= 100:
        raise CalcError(f"a discount is between 0% and 100%, not {_plain(percent)}%")
    cut = Money(base.amount * percent / 100, base.currency)
    value = Money(base.amount - cut.amount, base.currency)
    steps = [
        _said(amount),
        _said(discount, f"{_plain(percent)}%"),
        f"{_plain(percent)}% of {_m(base)} = {_m(cut)}",
        f"{_m(base)} − {_m(cut)} = {_m(value)}",
    ]
    inputs = [(amount, _m(base)), (discount, f"{_plain(percent)}%")]
    return _result(value, "paid = amount − amount × discount ÷ 100", steps, inputs)


@_exact
def before_discount(amount: Input[Money], discount: Input[Decimal]) -> Result:
    """The amount a discount of `discount` percent was taken off: what is left is
    (100 − discount)% of it ("reduced by 50%": €214,000 is half of €428,000)."""
    paid, percent = amount.value, discount.value
    if not 0 <= percent < 100:
        raise CalcError(f"a discount that leaves something is under 100%, not {_plain(percent)}%")
    left = 100 - percent
    exact = paid.amount * 100 / left
    # A third off leaves a sum no coin can pay: shown to the currency's minor unit.
    value, places = _to_minor_unit(exact, paid.currency)
    sign = "=" if value.amount == exact else "≈"
    steps = [
        _said(amount),
        _said(discount, f"{_plain(percent)}%"),
        f"{_m(paid)} is {_plain(left)}% of the amount before the discount",
        f"{_m(paid)} × 100 ÷ {_plain(left)} {sign} {_m(value)}",
    ]
    if sign == "≈":
        steps.append(f"Rounded half up to {places} decimal places ({paid.currency})")
    inputs = [(amount, _m(paid)), (discount, f"{_plain(percent)}%")]
    return _result(value, "before = amount × 100 ÷ (100 − discount)", steps, inputs)


@_exact
def percent_of(amount: Input[Money], percent: Decimal | Input[Decimal]) -> Result:
    """ "4% of €3,500,000": the percentage as the user states it (a bare number) or as a
    source does (an `Input`, cited: "deposit 10% of the amount"), applied exactly."""
    stated = percent if isinstance(percent, Input) else None
    share = stated.value if stated is not None else percent
    base = amount.value
    value = Money(base.amount * share / 100, base.currency)
    steps = [_said(amount)]
    inputs = [(amount, _m(base))]
    if stated is not None:
        steps.append(_said(stated, f"{_plain(share)}%"))
        inputs.append((stated, f"{_plain(share)}%"))
    steps.append(
        f"{_plain(share)}% of {_m(base)} = {_m(base)} × {_plain(share)} ÷ 100 = {_m(value)}"
    )
    return _result(value, "result = amount × percentage ÷ 100", steps, inputs)


# Date arithmetic lives beside this module; `calc` stays the one place calculators are found.
from .calc_dates import days_between, deadline, years_between  # noqa: E402

__all__ = [
    "CalcError",
    "Input",
    "Result",
    "after_discount",
    "before_discount",
    "convert",
    "days_between",
    "days_covered",
    "deadline",
    "difference",
    "escalating_accrual",
    "gdpr_cap",
    "instalments_needed",
    "penalty_accrual",
    "percent_of",
    "share",
    "total",
    "years_between",
]


@_exact
def count_left(whole: Input[int], done: Input[int], unit: str) -> Result:
    """whole − done: "41,300 of 52,800 customers refunded" leaves 11,500 still waiting."""
    if done.value > whole.value:
        raise CalcError(f"{done.name} ({done.value:,}) is more than {whole.name} ({whole.value:,})")
    left = whole.value - done.value
    steps = [
        _said(whole, f"{whole.value:,} {unit}"),
        _said(done, f"{done.value:,} {unit}"),
        f"{whole.value:,} − {done.value:,} = {left:,} {unit}",
    ]
    inputs: list[tuple[Input[Any], str]] = [
        (whole, f"{whole.value:,} {unit}"),
        (done, f"{done.value:,} {unit}"),
    ]
    return _result(left, f"left = {whole.name} − {done.name}", steps, inputs)
