"""Date calculators: days between two dates, deadlines, whole years between two events.

Each states its day-count convention in its steps. Shares `Input`, `Result` and the wording
helpers with `calc`.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from .calc import CalcError, Input, Result, _count, _day, _exact, _result, _said


def days_between(start: Input[date], end: Input[date]) -> Result:
    first, last = start.value, end.value
    days = (last - first).days
    working = f"{_day(last)} − {_day(first)} = {_count(days, 'day')}"
    if abs(days) >= 7:
        weeks, rest = divmod(abs(days), 7)
        working += f" ({_count(weeks, 'week')} and {_count(rest, 'day')})"
    steps = [
        _said(start),
        _said(end),
        "Counting actual calendar days, not counting the first day but counting the last; "
        "no adjustment for weekends or public holidays",
        working,
    ]
    if days < 0:
        steps.append("The end date is before the start date, so the count is negative")
    inputs = [(start, _day(first)), (end, _day(last))]
    return _result(days, "days = end date − start date", steps, inputs)


_UNITS = {name: unit for unit in ("day", "week", "month", "year") for name in (unit, f"{unit}s")}


def deadline(start: Input[date], amount: int | Input[int], unit: str) -> Result:
    """The date `amount` `unit`s after `start` (before it when negative)."""
    period = amount if isinstance(amount, Input) else Input("period", amount)
    key = _UNITS.get(unit.strip().lower())
    if key is None:
        raise CalcError(f"unknown unit {unit!r}: use days, weeks, months or years")
    first, n = start.value, period.value
    try:
        end = first + relativedelta(**{f"{key}s": n})
    except (OverflowError, ValueError) as error:
        raise CalcError(f"{_count(n, key)} from {_day(first)} is outside the calendar") from error
    sign = "+" if n >= 0 else "−"
    steps = [_said(start), f"{_day(first)} {sign} {_count(abs(n), key)} = {_day(end)}"]
    if key in ("day", "week"):
        steps.append(
            "Counting calendar days (a week is 7 days), not counting the start day; "
            "no adjustment for weekends or public holidays"
        )
    else:
        steps.append(
            f"{key.capitalize()}s are counted by the calendar: the same day of the month; when "
            "that month has no such day, its last day is used (31 January + 1 month = 28 or "
            "29 February); no adjustment for weekends or public holidays"
        )
        if end.day != first.day:
            steps.append(f"{end:%B %Y} has no day {first.day}, so its last day is used")
    inputs = [(start, _day(first)), (period, _count(n, key))]
    return _result(end, f"deadline = start date {sign} {key}s", steps, inputs)


@_exact
def years_between(start: Input[date], end: Input[date]) -> Result:
    """Whole calendar years from one event to another, by the years they fell in."""
    years = end.value.year - start.value.year
    steps = [
        _said(start, str(start.value.year)),
        _said(end, str(end.value.year)),
        f"{end.value.year} − {start.value.year} = {_count(years, 'year')} (counting calendar years only)",
    ]
    inputs = [(start, str(start.value.year)), (end, str(end.value.year))]
    return _result(years, "years = later year − earlier year", steps, inputs)
