"""MRR movements, churn, trial conversion and payment recovery on small hand-made shops."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction

from price_fakes import I, P

from kpadmin.domain.shop_figures import (
    InvoiceFacts,
    InvoiceLine,
    invoice_monthly,
    movements,
    period_months,
    recovery,
    trial_conversion,
)


@dataclass(frozen=True)
class S:
    id: str
    customer_id: str
    items: tuple[I, ...]
    status: str = "active"
    created: int = 0
    canceled_at: int | None = None
    ended_at: int | None = None
    trial_start: int | None = None
    trial_end: int | None = None
    currency: str = "krw"


def ts(y: int, m: int, d: int = 1) -> int:
    return int(datetime(y, m, d, tzinfo=UTC).timestamp())


NOW = ts(2026, 6, 15)  # months Jan..Jun 2026 with months=6


def monthly(amount: int) -> tuple[I, ...]:
    return (I(P(amount)),)


def cycle(sub: str, customer: str, created: int, amount: int, **kw: object) -> InvoiceFacts:
    line = InvoiceLine(amount, created, created + 30 * 86_400)
    return InvoiceFacts(
        id=f"in_{sub}_{created}",
        customer_id=customer,
        subscription_id=sub,
        status=str(kw.get("status", "paid")),
        currency="krw",
        created=created,
        amount_due=amount,
        amount_paid=amount if kw.get("status", "paid") == "paid" else 0,
        attempt_count=int(kw.get("attempts", 1)),  # type: ignore[call-overload]
        billing_reason=str(kw.get("reason", "subscription_cycle")),
        lines=(line,),
    )


def test_period_months_calendar_month_is_one_whatever_its_days():
    assert period_months(ts(2026, 2, 1), ts(2026, 3, 1)) == 1  # 28 days
    assert period_months(ts(2026, 1, 1), ts(2026, 2, 1)) == 1  # 31 days
    assert period_months(ts(2026, 1, 1), ts(2027, 1, 1)) == 12
    assert period_months(0, 7 * 86_400) == Fraction(12, 52)


def test_invoice_monthly_skips_prorations_and_one_offs():
    inv = cycle("sub_a", "cus_a", ts(2026, 1, 1), 10_000)
    with_proration = InvoiceFacts(
        **{**_fields(inv), "lines": (*inv.lines, InvoiceLine(-3000, 0, 30 * 86_400, True))}
    )
    assert invoice_monthly(with_proration) == 10_000
    assert invoice_monthly(InvoiceFacts(**{**_fields(inv), "billing_reason": "manual"})) is None
    yearly = InvoiceFacts(
        **{**_fields(inv), "lines": (InvoiceLine(120_000, ts(2026, 1, 1), ts(2027, 1, 1)),)}
    )
    assert invoice_monthly(yearly) == 10_000


def _fields(inv: InvoiceFacts) -> dict[str, object]:
    return {name: getattr(inv, name) for name in InvoiceFacts.__slots__}


def test_movements_new_expansion_contraction_churn_reactivation():
    subs = [
        # a: joins in February at 10,000; upgraded to 15,000 from April (the April invoice).
        S("sub_a", "cus_a", monthly(15_000), created=ts(2026, 2, 10)),
        # b: paying since 2025 at 20,000, downgraded to 8,000 in March, canceled in May.
        S(
            "sub_b",
            "cus_b",
            monthly(8_000),
            status="canceled",
            created=ts(2025, 6, 1),
            canceled_at=ts(2026, 5, 20),
            ended_at=ts(2026, 5, 20),
        ),
        # c: paid in 2025, ended before the period, comes back in June with a new subscription.
        S(
            "sub_c1",
            "cus_c",
            monthly(5_000),
            status="canceled",
            created=ts(2025, 3, 1),
            ended_at=ts(2025, 10, 1),
        ),
        S("sub_c2", "cus_c", monthly(7_000), created=ts(2026, 6, 2)),
        # d: a USD subscription: not in the KRW figures.
        S("sub_d", "cus_d", (I(P(999, currency="usd")),), created=ts(2026, 3, 1), currency="usd"),
    ]
    invoices = [
        cycle("sub_a", "cus_a", ts(2026, 2, 10), 10_000, reason="subscription_create"),
        cycle("sub_a", "cus_a", ts(2026, 3, 10), 10_000),
        cycle("sub_a", "cus_a", ts(2026, 4, 10), 15_000, reason="subscription_update"),
        cycle("sub_b", "cus_b", ts(2025, 12, 1), 20_000),
        cycle("sub_b", "cus_b", ts(2026, 3, 1), 8_000, reason="subscription_update"),
    ]
    result = movements(subs, invoices, "krw", NOW, months=6)
    assert [m.label for m in result.months] == [f"2026-0{i}" for i in range(1, 7)]
    assert result.values == {
        "new": (0, 10_000, 0, 0, 0, 0),
        "expansion": (0, 0, 0, 5_000, 0, 0),
        "contraction": (0, 0, 12_000, 0, 0, 0),
        "churned": (0, 0, 0, 0, 8_000, 0),
        "reactivated": (0, 0, 0, 0, 0, 7_000),
    }
    # Paying customers at each month's start: b; b; a, b; a, b; a, b; a.
    assert result.paying_at_start == (1, 1, 2, 2, 2, 1)
    assert result.churned_customers == (0, 0, 0, 0, 1, 0)
    assert result.churn_rate[4] == 0.5
    assert result.churn_rate[0] == 0.0
    assert movements(subs, invoices, "usd", NOW, months=6).values["new"] == (0, 0, 999, 0, 0, 0)


def test_trial_conversion_counts_trials_by_the_month_they_ended():
    subs = [
        S(
            "sub_t1",
            "c1",
            monthly(1000),
            created=ts(2026, 2, 1),
            trial_start=ts(2026, 2, 1),
            trial_end=ts(2026, 3, 3),
        ),
        S(
            "sub_t2",
            "c2",
            monthly(1000),
            status="canceled",
            created=ts(2026, 2, 5),
            trial_start=ts(2026, 2, 5),
            trial_end=ts(2026, 3, 7),
            ended_at=ts(2026, 3, 7),
        ),
        S(
            "sub_t3",
            "c3",
            monthly(1000),
            created=ts(2026, 5, 1),
            trial_start=ts(2026, 5, 1),
            trial_end=ts(2026, 6, 1),
        ),
        # Still in its trial: not counted yet.
        S(
            "sub_t4",
            "c4",
            monthly(1000),
            status="trialing",
            created=ts(2026, 6, 10),
            trial_start=ts(2026, 6, 10),
            trial_end=ts(2026, 7, 10),
        ),
    ]
    invoices = [
        cycle("sub_t1", "c1", ts(2026, 3, 3), 1000),
        cycle("sub_t1", "c1", ts(2026, 2, 1), 0, reason="subscription_create"),
        cycle("sub_t3", "c3", ts(2026, 6, 1), 1000, status="open"),
    ]
    result = trial_conversion(subs, invoices, NOW, months=6)
    assert [(r.part, r.whole) for r in result.per_month] == [
        (0, 0),
        (0, 0),
        (1, 2),
        (0, 0),
        (0, 0),
        (0, 1),
    ]
    assert (result.total.part, result.total.whole) == (1, 3)
    assert result.total.rate == 1 / 3


def test_recovery_failed_invoices_later_paid():
    invoices = [
        cycle("s1", "c1", ts(2026, 2, 3), 5000, attempts=1),  # paid first time: not failed
        cycle("s2", "c2", ts(2026, 2, 4), 6000, attempts=3),  # failed twice, then paid
        cycle("s3", "c3", ts(2026, 4, 4), 7000, attempts=2, status="open"),  # still failing
        cycle("s4", "c4", ts(2026, 4, 9), 8000, attempts=4, status="uncollectible"),
        cycle("s5", "c5", ts(2026, 4, 9), 9000, attempts=0, status="open"),  # not attempted
        cycle("s6", "c6", ts(2025, 4, 9), 9000, attempts=3),  # before the period
    ]
    result = recovery(invoices, NOW, months=6)
    assert [(r.part, r.whole) for r in result.per_month] == [
        (0, 0),
        (1, 1),
        (0, 0),
        (0, 2),
        (0, 0),
        (0, 0),
    ]
    assert result.recovered_amount == {"krw": 6000}
    assert result.total.rate == 1 / 3
