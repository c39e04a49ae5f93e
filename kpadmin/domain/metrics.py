"""Subscription metrics for the Overview tab: counts by status and monthly recurring revenue.

Qt-free and I/O-free, so the arithmetic is tested without widgets or a server.
The input is whatever Stripe returned (every subscription, canceled ones
included); nothing is stored on our side, so history is reconstructed from
each subscription's own timestamps:

- a subscription contributes to the MRR at instant ``t`` when it was created
  at or before ``t``, had not ended (``ended_at``, or ``canceled_at`` for a
  canceled one without ``ended_at``) and was not in its trial at ``t``;
- ``incomplete`` and ``incomplete_expired`` subscriptions never count: their
  first payment never succeeded;
- each item's price is normalised to one month: ``unit_amount × quantity``
  divided by the interval's length in months (a year is 12, a week 12/52, a
  day 12/365) times ``interval_count``;
- amounts stay in each currency's minor units (KRW is zero-decimal:
  ₩100,000 is ``100000``); currencies are never added together. Sums are
  exact fractions, rounded half-up to whole minor units only at the end, so
  twelve yearly ₩10,001 prices do not lose a won each.

Prices without a flat amount (tiered, metered) cannot give an honest figure
and are counted in :attr:`MrrSeries.skipped_items` instead.

Known limits: past *statuses* are not known (Stripe keeps only the current
one), so a month in which a subscription was past due still counts it; a
paused collection is not subtracted.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fractions import Fraction
from typing import Protocol

# Statuses whose subscriptions are alive (shown in "subscriptions by status").
LIVE_STATUSES = ("active", "trialing", "past_due", "unpaid", "paused", "incomplete")
# Statuses that never contribute revenue: the first invoice was never paid.
NEVER_PAID = frozenset({"incomplete", "incomplete_expired"})

# How many months one interval is.
MONTHS_PER_INTERVAL: dict[str, Fraction] = {
    "month": Fraction(1),
    "year": Fraction(12),
    "week": Fraction(12, 52),
    "day": Fraction(12, 365),
}


class PriceLike(Protocol):
    @property
    def currency(self) -> str: ...
    @property
    def unit_amount(self) -> int | None: ...
    @property
    def interval(self) -> str | None: ...
    @property
    def interval_count(self) -> int | None: ...


class ItemLike(Protocol):
    @property
    def price(self) -> PriceLike: ...
    @property
    def quantity(self) -> int: ...


class SubscriptionLike(Protocol):
    """What the metrics read of a subscription (``stripe_api.records.Subscription`` fits)."""

    @property
    def status(self) -> str: ...
    @property
    def items(self) -> tuple[ItemLike, ...]: ...
    @property
    def created(self) -> int: ...
    @property
    def canceled_at(self) -> int | None: ...
    @property
    def ended_at(self) -> int | None: ...
    @property
    def trial_start(self) -> int | None: ...
    @property
    def trial_end(self) -> int | None: ...


def monthly_amount(item: ItemLike) -> Fraction | None:
    """The item's recurring amount per month in minor units, or None if it has no flat amount."""
    price = item.price
    if price.unit_amount is None or price.interval not in MONTHS_PER_INTERVAL:
        return None
    months = MONTHS_PER_INTERVAL[price.interval] * max(1, price.interval_count or 1)
    return Fraction(price.unit_amount * max(0, item.quantity)) / months


def ended_at(sub: SubscriptionLike) -> int | None:
    """When the subscription stopped, if it did."""
    if sub.ended_at is not None:
        return sub.ended_at
    if sub.status in ("canceled", "incomplete_expired"):
        return sub.canceled_at if sub.canceled_at is not None else sub.created
    return None


def counts_at(sub: SubscriptionLike, at: int) -> bool:
    """Whether ``sub`` was a paying subscription at Unix time ``at``."""
    if sub.status in NEVER_PAID or sub.created > at:
        return False
    end = ended_at(sub)
    if end is not None and end <= at:
        return False
    if sub.trial_end is not None and at < sub.trial_end:
        start = sub.trial_start if sub.trial_start is not None else sub.created
        if start <= at:
            return False
    return True


def half_up(value: Fraction) -> int:
    """Round a non-negative fraction to the nearest integer, halves up."""
    return int((value * 2 + 1) // 2)


def mrr_at(subs: Iterable[SubscriptionLike], at: int) -> tuple[dict[str, int], int]:
    """MRR per currency (minor units) at Unix time ``at``, and how many items had no amount."""
    totals: dict[str, Fraction] = {}
    skipped = 0
    for sub in subs:
        if not counts_at(sub, at):
            continue
        for item in sub.items:
            amount = monthly_amount(item)
            if amount is None:
                skipped += 1
                continue
            currency = item.price.currency.lower()
            totals[currency] = totals.get(currency, Fraction(0)) + amount
    return {c: half_up(v) for c, v in sorted(totals.items())}, skipped


@dataclass(frozen=True, slots=True)
class MonthPoint:
    """One month on the chart.

    Attributes:
        year, month: the calendar month (UTC).
        at: the instant measured: the month's last second, or "now" for the current month.
    """

    year: int
    month: int
    at: int

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def last_months(now: int, count: int = 12) -> tuple[MonthPoint, ...]:
    """The ``count`` calendar months (UTC) ending with the one that holds ``now``, oldest first."""
    today = datetime.fromtimestamp(now, tz=UTC)
    points = []
    year, month = today.year, today.month
    for _ in range(count):
        last_day = calendar.monthrange(year, month)[1]
        end = int(datetime(year, month, last_day, 23, 59, 59, tzinfo=UTC).timestamp())
        points.append(MonthPoint(year, month, min(end, now)))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return tuple(reversed(points))


@dataclass(frozen=True, slots=True)
class MrrSeries:
    """MRR per currency for each month.

    Attributes:
        months: the months, oldest first.
        values: currency -> one amount (minor units) per month, aligned with ``months``.
        skipped_items: items without a flat amount in the latest month.
    """

    months: tuple[MonthPoint, ...]
    values: dict[str, tuple[int, ...]] = field(default_factory=dict)
    skipped_items: int = 0

    def latest(self, currency: str) -> int:
        return self.values.get(currency, (0,))[-1]


def mrr_series(subs: Iterable[SubscriptionLike], now: int, months: int = 12) -> MrrSeries:
    """Monthly recurring revenue per currency over the last ``months`` months."""
    subs = tuple(subs)
    points = last_months(now, months)
    per_month = [mrr_at(subs, p.at) for p in points]
    currencies = sorted({c for totals, _s in per_month for c in totals})
    values = {c: tuple(totals.get(c, 0) for totals, _s in per_month) for c in currencies}
    return MrrSeries(points, values, per_month[-1][1] if per_month else 0)


def status_counts(subs: Iterable[SubscriptionLike]) -> dict[str, int]:
    """How many subscriptions are in each live status now (canceled/expired left out).

    Every status of :data:`LIVE_STATUSES` is present (zero when none), in that order.
    """
    counter = Counter(s.status for s in subs)
    return {status: counter.get(status, 0) for status in LIVE_STATUSES}
