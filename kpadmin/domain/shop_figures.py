"""How the shop is doing: MRR movements per month, churn, trial conversion, payment recovery.

Qt-free and I/O-free. The input is what Stripe returns: every subscription
(canceled ones included) and the invoices of the period, reduced to
:class:`InvoiceFacts`. What Stripe does not keep, and how each figure copes:

- A subscription holds only its *current* items. A subscription's monthly
  amount in a past month is therefore read from its newest recurring invoice
  (``subscription_create``, ``subscription_cycle`` or ``subscription_update``)
  created by the month's end: the invoice's non-proration lines, each
  normalised to a month by its billed period. Without such an invoice the
  current items are used (:func:`kpadmin.domain.metrics.monthly_amount`).
- Past statuses are not kept: a subscription counts from its creation to its
  end, except during its trial and when its first payment never succeeded
  (:func:`kpadmin.domain.metrics.counts_at`), as the MRR chart does.
- Stripe keeps an invoice's ``attempt_count`` and its final status, not each
  attempt: an invoice "failed" when a payment was attempted more than once, or
  attempted and never paid; it was "recovered" when it was paid after all.

Movements are per customer and currency, comparing each month's end with the
previous month's end: from zero to something is *new* (the customer never paid
before) or *reactivated* (they paid in an earlier month); up is *expansion*,
down is *contraction*, to zero is *churned*. Amounts are minor units.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fractions import Fraction
from typing import Protocol

from kpadmin.domain.metrics import (
    MONTHS_PER_INTERVAL,
    MonthPoint,
    SubscriptionLike,
    counts_at,
    half_up,
    last_months,
    monthly_amount,
)

MOVEMENTS = ("new", "expansion", "contraction", "churned", "reactivated")
# Invoices that bill a subscription's recurring amount (not a one-off or a proration alone).
RECURRING_REASONS = frozenset({"subscription_create", "subscription_cycle", "subscription_update"})
DAY = 86_400


class ShopSubscription(SubscriptionLike, Protocol):
    @property
    def id(self) -> str: ...
    @property
    def customer_id(self) -> str: ...
    @property
    def currency(self) -> str: ...


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """One invoice line: its amount, the period it bills, and whether it is a proration."""

    amount: int
    period_start: int
    period_end: int
    proration: bool = False


@dataclass(frozen=True, slots=True)
class InvoiceFacts:
    """What the figures read of an invoice (``stripe_api`` builds it from Stripe's JSON)."""

    id: str
    customer_id: str
    subscription_id: str | None
    status: str
    currency: str
    created: int
    amount_due: int = 0
    amount_paid: int = 0
    attempt_count: int = 0
    billing_reason: str | None = None
    lines: tuple[InvoiceLine, ...] = ()

    @property
    def failed(self) -> bool:
        """A payment of it failed at least once (see the module's notes)."""
        if self.amount_due <= 0:
            return False
        if self.status == "paid":
            return self.attempt_count > 1
        return self.attempt_count >= 1 and self.status in ("open", "uncollectible", "void")

    @property
    def recovered(self) -> bool:
        return self.failed and self.status == "paid"


def period_months(start: int, end: int) -> Fraction:
    """How many months a billed period is: a calendar month is 1 whatever its days."""
    days = round((end - start) / DAY)
    if 28 <= days <= 31:
        return MONTHS_PER_INTERVAL["month"]
    if 365 <= days <= 366:
        return MONTHS_PER_INTERVAL["year"]
    if days == 7:
        return MONTHS_PER_INTERVAL["week"]
    return Fraction(max(days, 1) * 12, 365)


def invoice_monthly(invoice: InvoiceFacts) -> Fraction | int | None:
    """The recurring amount per month an invoice bills, or None if it bills none.

    An int when it is whole (monthly lines): thousands of invoices add up much
    faster without fractions.
    """
    if invoice.billing_reason not in RECURRING_REASONS:
        return None
    recurring = [line for line in invoice.lines if not line.proration]
    if not recurring:
        return None
    total: Fraction | int = 0
    for line in recurring:
        months = period_months(line.period_start, line.period_end)
        total += line.amount if months == 1 else Fraction(line.amount) / months
    return _simplest(total)


def _simplest(value: Fraction | int) -> Fraction | int:
    return value.numerator if isinstance(value, Fraction) and value.denominator == 1 else value


def _whole(value: Fraction | int) -> int:
    return value if isinstance(value, int) else half_up(value)


def month_start(point: MonthPoint) -> int:
    return int(datetime(point.year, point.month, 1, tzinfo=UTC).timestamp())


class SubscriptionAmounts:
    """Each subscription's monthly amount at any instant, from its invoices (or its items)."""

    def __init__(self, invoices: Iterable[InvoiceFacts]) -> None:
        history: dict[str, list[tuple[int, Fraction | int]]] = {}
        for inv in invoices:
            monthly = invoice_monthly(inv) if inv.subscription_id else None
            if monthly is not None and inv.subscription_id is not None:
                history.setdefault(inv.subscription_id, []).append((inv.created, monthly))
        self._times: dict[str, list[int]] = {}
        self._amounts: dict[str, list[Fraction | int]] = {}
        for sub_id, pairs in history.items():
            pairs.sort(key=lambda pair: pair[0])
            self._times[sub_id] = [t for t, _a in pairs]
            self._amounts[sub_id] = [a for _t, a in pairs]

    def at(self, sub: ShopSubscription, at: int) -> Fraction | int:
        if not counts_at(sub, at):
            return 0
        found = bisect_right(self._times.get(sub.id, ()), at)
        if found:
            return self._amounts[sub.id][found - 1]
        total: Fraction | int = 0
        for item in sub.items:
            amount = monthly_amount(item)
            if amount is not None:
                total += amount
        return _simplest(total)


@dataclass(frozen=True, slots=True)
class Movements:
    """MRR movements of one currency per month (minor units; contraction and churn positive)."""

    months: tuple[MonthPoint, ...]
    values: dict[str, tuple[int, ...]]  # movement -> one amount per month
    churn_rate: tuple[float | None, ...]  # customers lost / customers paying at the start
    paying_at_start: tuple[int, ...]
    churned_customers: tuple[int, ...]


def movements(
    subs: Sequence[ShopSubscription],
    invoices: Sequence[InvoiceFacts],
    currency: str,
    now: int,
    months: int = 12,
) -> Movements:
    """MRR movements and customer churn of ``currency`` over the last ``months`` months."""
    points = last_months(now, months + 1)  # one more: the first month's starting point
    amounts = SubscriptionAmounts(invoices)
    mine = [s for s in subs if s.currency.lower() == currency]
    per_customer: dict[str, list[Fraction | int]] = {}
    for sub in mine:
        row = per_customer.setdefault(sub.customer_id, [0] * len(points))
        for i, point in enumerate(points):
            row[i] += amounts.at(sub, point.at)
    # Customers whose subscription paid and ended before the first month: a return is no "new".
    paid_earlier = {
        s.customer_id
        for s in mine
        if s.ended_at is not None
        and s.ended_at <= points[0].at
        and amounts.at(s, max(s.created, s.ended_at - 1)) > 0
    }
    values = {name: [0] * months for name in MOVEMENTS}
    paying = [0] * months
    churned = [0] * months
    for customer, exact in per_customer.items():
        whole = [_whole(v) for v in exact]
        for m in range(months):
            before, after = whole[m], whole[m + 1]
            paying[m] += before > 0
            if before == after:
                continue
            if before == 0:
                earlier = customer in paid_earlier or any(r > 0 for r in whole[: m + 1])
                values["reactivated" if earlier else "new"][m] += after
            elif after == 0:
                values["churned"][m] += before
                churned[m] += 1
            elif after > before:
                values["expansion"][m] += after - before
            else:
                values["contraction"][m] += before - after
    return Movements(
        months=points[1:],
        values={k: tuple(v) for k, v in values.items()},
        churn_rate=tuple(c / p if p else None for c, p in zip(churned, paying, strict=True)),
        paying_at_start=tuple(paying),
        churned_customers=tuple(churned),
    )


@dataclass(frozen=True, slots=True)
class Ratio:
    """``part`` of ``whole``, and the rate (None when ``whole`` is 0)."""

    part: int
    whole: int

    @property
    def rate(self) -> float | None:
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True, slots=True)
class TrialConversion:
    """Trials that ended per month and how many of them went on to pay."""

    months: tuple[MonthPoint, ...]
    per_month: tuple[Ratio, ...]
    total: Ratio = field(default_factory=lambda: Ratio(0, 0))


def trial_conversion(
    subs: Sequence[ShopSubscription],
    invoices: Sequence[InvoiceFacts],
    now: int,
    months: int = 12,
) -> TrialConversion:
    """Of the trials that ended in each month, those followed by a paid invoice.

    A trial ended when its ``trial_end`` is past; it converted when the
    subscription has a paid invoice with an amount, created at or after the trial's end.
    """
    points = last_months(now, months)
    starts = [month_start(p) for p in points]
    paid_after: dict[str, list[int]] = {}
    for inv in invoices:
        if inv.subscription_id and inv.status == "paid" and inv.amount_paid > 0:
            paid_after.setdefault(inv.subscription_id, []).append(inv.created)
    ended = [0] * months
    converted = [0] * months
    for sub in subs:
        end = sub.trial_end
        if end is None or sub.trial_start is None or end > now or end < starts[0]:
            continue
        m = max(i for i, s in enumerate(starts) if s <= end)
        ended[m] += 1
        converted[m] += any(created >= end - 60 for created in paid_after.get(sub.id, ()))
    per_month = tuple(Ratio(c, e) for c, e in zip(converted, ended, strict=True))
    return TrialConversion(points, per_month, Ratio(sum(converted), sum(ended)))


@dataclass(frozen=True, slots=True)
class Recovery:
    """Invoices whose payment failed, per month of the invoice, and those paid after all."""

    months: tuple[MonthPoint, ...]
    per_month: tuple[Ratio, ...]
    recovered_amount: dict[str, int]  # currency -> amount paid on recovered invoices
    total: Ratio = field(default_factory=lambda: Ratio(0, 0))


def recovery(invoices: Sequence[InvoiceFacts], now: int, months: int = 12) -> Recovery:
    """Failed-payment recovery: failed invoices later paid, by the month they were created."""
    points = last_months(now, months)
    starts = [month_start(p) for p in points]
    failed = [0] * months
    recovered = [0] * months
    amounts: dict[str, int] = {}
    for inv in invoices:
        if not inv.failed or inv.created < starts[0] or inv.created > now:
            continue
        m = max(i for i, s in enumerate(starts) if s <= inv.created)
        failed[m] += 1
        if inv.recovered:
            recovered[m] += 1
            amounts[inv.currency] = amounts.get(inv.currency, 0) + inv.amount_paid
    per_month = tuple(Ratio(r, f) for r, f in zip(recovered, failed, strict=True))
    return Recovery(points, per_month, amounts, Ratio(sum(recovered), sum(failed)))
