"""Monthly recurring revenue and status counts, from subscriptions as Stripe returns them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from fractions import Fraction

from price_fakes import I, P

from kpadmin.domain.metrics import (
    LIVE_STATUSES,
    last_months,
    monthly_amount,
    mrr_at,
    mrr_series,
    status_counts,
)


@dataclass(frozen=True)
class S:
    items: tuple[I, ...]
    status: str = "active"
    created: int = 0
    canceled_at: int | None = None
    ended_at: int | None = None
    trial_start: int | None = None
    trial_end: int | None = None
    metadata: dict = field(default_factory=dict)


def ts(y: int, m: int, d: int = 1) -> int:
    return int(datetime(y, m, d, tzinfo=UTC).timestamp())


NOW = ts(2026, 11, 24)


def test_krw_is_zero_decimal_monthly_amount_unchanged():
    assert mrr_at([S((I(P(100000)),))], NOW) == ({"krw": 100000}, 0)


def test_yearly_is_divided_by_twelve_and_rounded_only_at_the_end():
    subs = [S((I(P(10001, "year")),)) for _ in range(12)]
    # 12 × 10001/12 = 10001 exactly; rounding each would give 12 × 833 = 9996.
    assert mrr_at(subs, NOW)[0] == {"krw": 10001}
    assert mrr_at(subs[:1], NOW)[0] == {"krw": 833}  # 833.4 -> 833


def test_weekly_daily_interval_count_and_quantity():
    assert monthly_amount(I(P(12000, "week"))) == Fraction(12000 * 52, 12)
    assert mrr_at([S((I(P(12000, "week")),))], NOW)[0] == {"krw": 52000}
    assert mrr_at([S((I(P(36500, "day")),))], NOW)[0] == {"krw": 1110208}  # 36500*365/12=1110208.3
    assert mrr_at([S((I(P(30000, "month", 3)),))], NOW)[0] == {"krw": 10000}
    assert mrr_at([S((I(P(120000, "year", 2)),))], NOW)[0] == {"krw": 5000}
    assert mrr_at([S((I(P(9900), quantity=3),))], NOW)[0] == {"krw": 29700}


def test_half_up_rounding():
    # 1000 / 3 months = 333.33 -> 333; 1001 / 2 months = 500.5 -> 501
    assert mrr_at([S((I(P(1000, "month", 3)),))], NOW)[0] == {"krw": 333}
    assert mrr_at([S((I(P(1001, "month", 2)),))], NOW)[0] == {"krw": 501}


def test_currencies_are_never_added_together():
    subs = [
        S((I(P(100000)),)),
        S((I(P(1500, currency="usd")),)),
        S((I(P(2000, currency="USD")), I(P(50000)))),
    ]
    assert mrr_at(subs, NOW)[0] == {"krw": 150000, "usd": 3500}


def test_trial_is_excluded_until_it_ends():
    sub = S(
        (I(P(100000)),),
        status="trialing",
        created=ts(2026, 11, 1),
        trial_start=ts(2026, 11, 1),
        trial_end=ts(2026, 12, 1),
    )
    assert mrr_at([sub], NOW)[0] == {}
    ended_trial = S(
        (I(P(100000)),),
        created=ts(2026, 10, 1),
        trial_start=ts(2026, 10, 1),
        trial_end=ts(2026, 10, 15),
    )
    assert mrr_at([ended_trial], ts(2026, 10, 10))[0] == {}
    assert mrr_at([ended_trial], ts(2026, 10, 20))[0] == {"krw": 100000}


def test_canceled_and_incomplete_and_future_subscriptions():
    canceled = S(
        (I(P(100000)),),
        status="canceled",
        created=ts(2026, 1, 1),
        canceled_at=ts(2026, 6, 1),
        ended_at=ts(2026, 6, 10),
    )
    assert mrr_at([canceled], ts(2026, 6, 5))[0] == {"krw": 100000}
    assert mrr_at([canceled], ts(2026, 6, 11))[0] == {}
    no_end = S(
        (I(P(100000)),), status="canceled", created=ts(2026, 1, 1), canceled_at=ts(2026, 3, 1)
    )
    assert mrr_at([no_end], ts(2026, 2, 1))[0] == {"krw": 100000}
    assert mrr_at([no_end], ts(2026, 4, 1))[0] == {}
    incomplete = S((I(P(100000)),), status="incomplete", created=ts(2026, 1, 1))
    assert mrr_at([incomplete], NOW)[0] == {}
    assert mrr_at([S((I(P(100000)),), created=NOW + 1)], NOW)[0] == {}


def test_items_without_flat_amount_are_counted_as_skipped():
    sub = S((I(P(None)), I(P(5000)), I(P(7000, interval=None))))
    assert mrr_at([sub], NOW) == ({"krw": 5000}, 2)


def test_last_months_are_twelve_calendar_months_ending_now():
    months = last_months(NOW)
    assert [m.label for m in months][:2] == ["2025-12", "2026-01"]
    assert months[-1].label == "2026-11" and months[-1].at == NOW
    assert months[0].at == ts(2026, 1, 1) - 1  # last second of December 2025
    assert len({m.label for m in months}) == 12


def test_series_follows_history_per_currency():
    subs = [
        S((I(P(100000)),), created=ts(2026, 3, 15)),
        S(
            (I(P(2000, currency="jpy")),),
            status="canceled",
            created=ts(2025, 1, 1),
            canceled_at=ts(2026, 5, 1),
            ended_at=ts(2026, 5, 2),
        ),
    ]
    series = mrr_series(subs, NOW)
    krw = series.values["krw"]
    assert krw[:3] == (0, 0, 0)  # Dec, Jan, Feb
    assert krw[3:] == (100000,) * 9  # Mar..Nov
    jpy = series.values["jpy"]
    assert jpy[:5] == (2000,) * 5 and jpy[5:] == (0,) * 7  # ends in May
    assert series.latest("krw") == 100000 and series.latest("usd") == 0


def test_status_counts_cover_live_statuses_only():
    subs = [
        S((), status=s)
        for s in ("active", "active", "trialing", "canceled", "past_due", "incomplete_expired")
    ]
    counts = status_counts(subs)
    assert tuple(counts) == LIVE_STATUSES
    assert counts["active"] == 2 and counts["trialing"] == 1 and counts["past_due"] == 1
    assert "canceled" not in counts and counts["unpaid"] == 0
