"""What needs a person, the money at risk and its order, and the status chips' facts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kpadmin.domain import attention as a

NOW = 1_790_000_000
DAY = 86400


@dataclass(frozen=True)
class Inv:
    id: str = "in_1"
    status: str | None = "open"
    currency: str = "krw"
    amount_remaining: int = 100000
    created: int = NOW - 2 * DAY
    customer_id: str | None = "cus_1"
    subscription_id: str | None = "sub_1"
    payment_intent_id: str | None = "pi_1"
    attempt_count: int = 1
    next_payment_attempt: int | None = None


@dataclass(frozen=True)
class M:
    amount: int


@dataclass(frozen=True)
class Sub:
    id: str = "sub_1"
    customer_id: str = "cus_1"
    status: str = "active"
    currency: str = "krw"
    created: int = NOW - 90 * DAY
    cancel_at: int | None = None
    cancel_at_period_end: bool = False
    canceled_at: int | None = None
    trial_end: int | None = None
    pause_collection_behavior: str | None = None
    pause_collection_resumes_at: int | None = None
    current_period_end: int | None = NOW + 20 * DAY
    latest_invoice: Inv | None = None
    total: M | None = M(30000)


def test_a_failed_renewal_puts_what_is_still_due_at_risk():
    inv = Inv(amount_remaining=55000, attempt_count=2, next_payment_attempt=NOW + DAY)
    row = a.for_subscription(Sub(status="past_due", latest_invoice=inv), NOW)
    assert row is not None
    assert (row.kind, row.action, row.amount, row.currency) == (
        a.PAYMENT_FAILED,
        a.RETRY,
        55000,
        "krw",
    )
    assert (row.since, row.due, row.attempts) == (inv.created, NOW + DAY, 2)
    assert row.invoice_id == "in_1" and row.payment_intent_id == "pi_1"


def test_unpaid_without_an_open_invoice_risks_one_period():
    row = a.for_subscription(Sub(status="unpaid", latest_invoice=Inv(status="uncollectible")), NOW)
    assert row is not None and row.amount == 30000 and row.invoice_id is None
    assert row.since == Sub().created and row.due is None


def test_incomplete_hands_out_the_payment_link():
    row = a.for_subscription(Sub(status="incomplete", latest_invoice=Inv(attempt_count=0)), NOW)
    assert row is not None and (row.kind, row.action) == (a.FIRST_PAYMENT, a.PAYMENT_LINK)


def test_trial_ending_within_three_days_only():
    assert a.for_subscription(Sub(status="trialing", trial_end=NOW + 3 * DAY), NOW).kind == (
        a.TRIAL_ENDING
    )
    assert a.for_subscription(Sub(status="trialing", trial_end=NOW + 3 * DAY + 1), NOW) is None
    assert a.for_subscription(Sub(status="trialing", trial_end=NOW - 1), NOW) is None


def test_cancellation_within_seven_days_offers_undo():
    soon = Sub(cancel_at_period_end=True, current_period_end=NOW + 7 * DAY, canceled_at=NOW - DAY)
    row = a.for_subscription(soon, NOW)
    assert row is not None and (row.kind, row.action) == (a.CANCELLING, a.UNDO_CANCEL)
    assert (row.due, row.since, row.amount) == (NOW + 7 * DAY, NOW - DAY, 30000)
    assert a.for_subscription(replace(soon, current_period_end=NOW + 8 * DAY), NOW) is None
    on_date = Sub(cancel_at=NOW + DAY, current_period_end=NOW + 20 * DAY)
    assert a.for_subscription(on_date, NOW).due == NOW + DAY
    assert a.for_subscription(on_date, NOW).action == a.OPEN_CUSTOMER  # undone in the Dashboard
    assert a.for_subscription(replace(on_date, status="canceled"), NOW) is None


def test_a_healthy_subscription_needs_nobody():
    assert a.for_subscription(Sub(), NOW) is None
    assert not a.needs_attention(Sub(), NOW)
    assert a.needs_attention(Sub(status="past_due"), NOW)


def test_open_invoices_count_only_with_failed_attempts_and_once():
    assert a.for_invoice(Inv(attempt_count=0)) is None
    assert a.for_invoice(Inv(status="paid")) is None
    sub = Sub(status="past_due", latest_invoice=Inv())
    lone = Inv(id="in_2", subscription_id=None, customer_id="cus_2", amount_remaining=7000)
    other = Inv(id="in_3", subscription_id="sub_1", payment_intent_id="pi_3")
    rows = a.collect([sub, sub], [Inv(), lone, other], [], NOW)
    assert [(r.kind, r.id) for r in rows] == [
        (a.PAYMENT_FAILED, "sub_1"),
        (a.INVOICE_FAILED, "in_2"),
    ]


def test_approvals_are_listed_once_and_not_beside_their_subscription():
    sub = Sub(id="sub_9", status="incomplete", latest_invoice=Inv(attempt_count=0))
    waiting = [
        a.Waiting("seti_1", "cus_1", NOW - 60),
        a.Waiting("seti_1", "cus_1", NOW - 60),
        a.Waiting("pi_9", "cus_1", NOW - 30, subscription_id="sub_9"),
    ]
    rows = a.collect([sub], [], waiting, NOW)
    assert [(r.kind, r.id) for r in rows] == [(a.FIRST_PAYMENT, "sub_9"), (a.APPROVAL, "seti_1")]
    assert rows[1].action == a.OPEN_CUSTOMER and rows[1].amount == 0


def test_order_is_per_currency_krw_first_then_money_at_risk():
    def row(key: str, currency: str | None, amount: int, since: int = NOW) -> a.Attention:
        return a.Attention(a.PAYMENT_FAILED, a.RETRY, None, currency, amount, since, None, key)

    rows = [
        row("usd_big", "usd", 99999),
        row("krw_small", "krw", 10000),
        row("none", None, 0),
        row("jpy", "jpy", 500),
        row("krw_big_new", "krw", 200000, NOW),
        row("krw_big_old", "krw", 200000, NOW - DAY),
    ]
    assert [r.id for r in a.ordered(rows)] == [
        "krw_big_old",
        "krw_big_new",
        "krw_small",
        "jpy",
        "usd_big",
        "none",
    ]
    assert a.totals(rows) == {"krw": 410000, "jpy": 500, "usd": 99999}
    assert list(a.totals(rows)) == ["krw", "jpy", "usd"]


def test_chip_facts_most_pressing_first():
    failed = Sub(status="past_due", cancel_at=NOW + DAY, latest_invoice=Inv(attempt_count=2))
    assert a.chip(failed) == a.Chip(a.CHIP_PAYMENT_FAILED, 2)
    assert a.chip(Sub(cancel_at_period_end=True)) == a.Chip(a.CHIP_CANCELS, NOW + 20 * DAY)
    paused = Sub(pause_collection_behavior="void", pause_collection_resumes_at=NOW + 5 * DAY)
    assert a.chip(paused) == a.Chip(a.CHIP_PAUSED, NOW + 5 * DAY)
    assert a.chip(replace(paused, pause_collection_resumes_at=None)) == a.Chip(a.CHIP_PAUSED, None)
    assert a.chip(Sub(status="trialing", trial_end=NOW + DAY)) == a.Chip(a.CHIP_TRIAL, NOW + DAY)
    assert a.chip(Sub()) is None
    assert a.chip(Sub(status="canceled", cancel_at=NOW)) is None
    # A first payment waiting for the customer has no failed attempt to count.
    assert a.chip(Sub(status="incomplete", latest_invoice=Inv(attempt_count=0))) is None


def test_days_left_rounds_up_and_stops_at_zero():
    assert a.days_left(NOW + 2 * DAY, NOW) == 2
    assert a.days_left(NOW + DAY + 1, NOW) == 2
    assert a.days_left(NOW + 1, NOW) == 1
    assert a.days_left(NOW, NOW) == 0
    assert a.days_left(NOW - DAY, NOW) == 0
