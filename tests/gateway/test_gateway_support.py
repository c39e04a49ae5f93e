"""Support operations through the gateway against the sandbox, on a test clock.

Set-up that the gateway does not offer (saving a wallet on the approval page)
uses the raw SDK client; every action and assertion goes through the gateway,
and every write is checked in the audit log.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the approval-page "browser" of the sandbox tests saves wallets for the set-up
sys.path.insert(0, str(Path(__file__).parents[1] / "sandbox"))
import kakao_flow as kf

from kpadmin.audit import AuditLog
from kpadmin.stripe_api import GatewayError, StripeGateway
from kpadmin.stripe_api.records import CustomerDraft

T0 = 1_780_000_000
MONTH = 31 * 86400
AT = T0 + 10 * 86400


@pytest.fixture
def audit(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite3")
    yield log
    log.close()


@pytest.fixture
def gw(sandbox, test_key, wait_for, audit):
    g = StripeGateway(
        test_key,
        api_base=sandbox.url,
        timeout=10,
        max_network_retries=0,
        audit=audit.sink("Demo", "sandbox"),
    )
    g.test_clocks.poll_interval = 0.01
    try:
        yield g
    finally:
        wait_for(g.aclose())


@pytest.fixture
def shop(raw, gw, wait_for):
    """A clock at T0, a customer on it with a saved wallet, a ₩100,000 monthly subscription,
    and a ₩200,000 price to switch to."""
    clock = wait_for(gw.test_clocks.create(T0, name="support", idempotency_key="clk"))
    cus = wait_for(
        gw.customers.create(
            CustomerDraft(name="김민준"), test_clock=clock.id, idempotency_key="cus"
        )
    )
    prod = raw.v1.products.create({"name": "Stock Photos"})
    basic, pro = (
        raw.v1.prices.create(
            {
                "product": prod.id,
                "currency": "krw",
                "unit_amount": a,
                "recurring": {"interval": "month"},
            }
        )
        for a in (100000, 200000)
    )
    pm = kf.saved_wallet(raw, cus.id).payment_method
    sub = raw.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": basic.id}],
            "default_payment_method": pm,
            "off_session": True,
        }
    )
    return {
        "clock": clock,
        "cus": cus,
        "sub": wait_for(gw.subscriptions.retrieve(sub.id)),
        "pro": pro.id,
        "pm": pm,
    }


def test_clock_customer_and_advance(gw, shop, wait_for, audit):
    assert shop["clock"].frozen_time == T0 and shop["clock"].ready
    assert shop["cus"].test_clock_id == shop["clock"].id
    clock = wait_for(gw.test_clocks.advance(shop["clock"].id, AT, idempotency_key="adv"))
    assert clock.ready and clock.frozen_time == AT
    assert wait_for(gw.test_clocks.retrieve(clock.id)).frozen_time == AT
    actions = [r.action for r in audit.query()]
    assert actions == ["test_clock.advance", "customer.create_on_clock", "test_clock.create"]
    assert audit.query(customer_id=shop["cus"].id)[0].action == "customer.create_on_clock"


def test_preview_then_change_plan_matches(gw, shop, wait_for, audit):
    wait_for(gw.test_clocks.advance(shop["clock"].id, AT, idempotency_key="adv"))
    sub = shop["sub"]
    item = sub.items[0].id
    preview = wait_for(
        gw.invoices.preview_change(
            sub.id,
            item,
            price_id=shop["pro"],
            proration_behavior="always_invoice",
            proration_date=AT,
        )
    )
    assert preview.currency == "krw" and preview.proration_date == AT
    assert [(ln.amount, ln.proration) for ln in preview.lines] == [(-67742, True), (135484, True)]
    assert preview.lines[0].description.startswith("Unused time on")
    assert preview.lines[1].price_id == shop["pro"]
    assert preview.total == preview.amount_due == 67742
    assert preview.total_money.currency == "krw"

    changed = wait_for(
        gw.subscriptions.change_plan(
            sub.id,
            item,
            price_id=shop["pro"],
            proration_behavior="always_invoice",
            proration_date=preview.proration_date,
            idempotency_key="chg",
        )
    )
    assert changed.items[0].price.id == shop["pro"]
    assert changed.latest_invoice is not None
    assert changed.latest_invoice.total == preview.total
    assert changed.latest_invoice.status == "paid"
    row = audit.query(action="subscription.change_plan")[0]
    assert row.object_id == sub.id and row.customer_id == shop["cus"].id
    assert row.request_id.startswith("req_") and f"price={shop['pro']}" in row.detail

    nxt = wait_for(gw.invoices.preview_next(sub.id))
    assert nxt.billing_reason == "upcoming" and nxt.total == 200000 and not nxt.prorations
    with pytest.raises(ValueError):
        wait_for(gw.invoices.preview_change(sub.id, item))


def test_cancel_schedule_undo_and_now(gw, shop, wait_for, audit):
    sub = shop["sub"]
    sched = wait_for(
        gw.subscriptions.schedule_cancellation(
            sub.id, comment="too busy", feedback="unused", idempotency_key="c1"
        )
    )
    assert sched.cancel_at_period_end and sched.cancel_at == T0 + MONTH
    undone = wait_for(gw.subscriptions.undo_scheduled_cancellation(sub.id, idempotency_key="c2"))
    assert not undone.cancel_at_period_end and undone.cancel_at is None
    wait_for(gw.test_clocks.advance(shop["clock"].id, AT, idempotency_key="adv"))
    gone = wait_for(
        gw.subscriptions.cancel(
            sub.id,
            comment="moving",
            feedback="other",
            prorate=True,
            invoice_now=True,
            idempotency_key="c3",
        )
    )
    assert gone.status == "canceled" and gone.canceled_at == AT
    assert gone.latest_invoice is not None and gone.latest_invoice.total == -67742
    with pytest.raises(GatewayError) as err:
        wait_for(gw.subscriptions.cancel(sub.id, idempotency_key="c4"))
    assert err.value.kind == "invalid"
    rows = audit.query(object_id=sub.id)
    assert [(r.action, r.outcome) for r in rows] == [
        ("subscription.cancel_now", "failed"),
        ("subscription.cancel_now", "ok"),
        ("subscription.undo_cancellation", "ok"),
        ("subscription.cancel_at_period_end", "ok"),
    ]
    assert rows[0].request_id == err.value.request_id
    assert "feedback=unused" in rows[3].detail


def test_pause_unpause_and_trial(gw, raw, shop, wait_for):
    sub = shop["sub"]
    paused = wait_for(
        gw.subscriptions.pause_collection(
            sub.id, "mark_uncollectible", resumes_at=T0 + 40 * 86400, idempotency_key="p1"
        )
    )
    assert paused.pause_collection_behavior == "mark_uncollectible" and paused.status == "active"
    assert (
        wait_for(
            gw.subscriptions.unpause_collection(sub.id, idempotency_key="p2")
        ).pause_collection_behavior
        is None
    )
    with pytest.raises(GatewayError) as err:
        wait_for(gw.subscriptions.resume(sub.id, idempotency_key="p3"))
    assert err.value.code == "subscription_unexpected_state"

    trial = raw.v1.subscriptions.create(
        {
            "customer": shop["cus"].id,
            "items": [{"price": shop["pro"]}],
            "default_payment_method": shop["pm"],
            "off_session": True,
            "trial_period_days": 7,
        }
    )
    longer = wait_for(
        gw.subscriptions.extend_trial(trial.id, T0 + 20 * 86400, idempotency_key="t1")
    )
    assert longer.status == "trialing" and longer.trial_end == T0 + 20 * 86400
    ended = wait_for(gw.subscriptions.end_trial_now(trial.id, idempotency_key="t2"))
    assert ended.status == "active" and ended.latest_invoice.total == 200000


def test_failed_renewal_retry_switch_wallet_and_write_off(gw, raw, shop, wait_for, audit):
    sub, cus = shop["sub"], shop["cus"]
    dry = kf.saved_wallet(raw, cus.id, "authorize_dry").payment_method
    wait_for(gw.subscriptions.set_payment_method(sub.id, dry, idempotency_key="pm1"))
    wait_for(gw.test_clocks.advance(shop["clock"].id, T0 + MONTH + 3600, idempotency_key="a"))
    sub = wait_for(gw.subscriptions.retrieve(sub.id))
    assert sub.status == "past_due" and sub.latest_invoice.status == "open"
    inv_id = sub.latest_invoice.id
    with pytest.raises(GatewayError) as err:
        wait_for(gw.invoices.pay(inv_id, idempotency_key="r1"))
    assert err.value.kind == "card" and err.value.code == "payment_method_provider_decline"
    back = wait_for(gw.subscriptions.set_payment_method(sub.id, shop["pm"], idempotency_key="pm2"))
    assert back.default_payment_method_id == shop["pm"]
    paid = wait_for(gw.invoices.pay(inv_id, idempotency_key="r2", payment_method_id=shop["pm"]))
    assert paid.status == "paid" and paid.amount_paid == 100000
    assert wait_for(gw.subscriptions.retrieve(sub.id)).status == "active"
    with pytest.raises(GatewayError):
        wait_for(gw.invoices.void(inv_id, idempotency_key="v1"))

    wait_for(gw.subscriptions.set_payment_method(sub.id, dry, idempotency_key="pm3"))
    wait_for(gw.test_clocks.advance(shop["clock"].id, T0 + 2 * MONTH, idempotency_key="b"))
    open_inv = wait_for(gw.subscriptions.retrieve(sub.id)).latest_invoice
    bad = wait_for(gw.invoices.mark_uncollectible(open_inv.id, idempotency_key="u1"))
    assert bad.status == "uncollectible"
    assert wait_for(gw.invoices.void(open_inv.id, idempotency_key="v2")).status == "void"
    failed = audit.query(action="invoice.retry")
    assert [r.outcome for r in failed] == ["ok", "failed"]
    assert failed[1].detail.startswith("card:")


def test_refund_latest_payment(gw, shop, wait_for, audit):
    sub = shop["sub"]
    pay = wait_for(gw.invoices.latest_payment(sub.id))
    assert pay is not None and pay.amount == 100000 and pay.currency == "krw"
    assert pay.payment_method_type == "kakao_pay" and pay.refundable_amount == 100000
    assert pay.refundable_until == pay.created + 365 * 86400
    assert pay.can_refund(pay.created + 10) and not pay.can_refund(pay.created + 366 * 86400)
    part = wait_for(
        gw.refunds.create(pay, amount=30000, reason="requested_by_customer", idempotency_key="rf1")
    )
    assert (part.amount, part.currency, part.status) == (30000, "krw", "succeeded")
    assert (
        part.reason == "requested_by_customer" and part.payment_intent_id == pay.payment_intent_id
    )
    pay = wait_for(gw.invoices.latest_payment(sub.id))
    assert pay.amount_refunded == 30000 and pay.refundable_amount == 70000
    with pytest.raises(GatewayError) as err:
        wait_for(gw.refunds.create(pay, amount=70001, idempotency_key="rf2"))
    assert err.value.code == "amount_too_large"
    rest = wait_for(gw.refunds.create(pay, idempotency_key="rf3"))
    assert rest.amount == 70000
    pay = wait_for(gw.invoices.latest_payment(sub.id))
    with pytest.raises(GatewayError) as err:
        wait_for(gw.refunds.create(pay, idempotency_key="rf4"))
    assert err.value.code == "charge_already_refunded"
    rows = audit.query(action="refund.create")
    assert [r.outcome for r in rows] == ["ok", "ok"]  # checks before sending send nothing
    assert rows[1].detail.startswith(f"charge={pay.charge_id} amount=30000 krw")


def test_refund_window_is_stripes_word_in_test_mode(gw, shop, wait_for):
    pay = wait_for(gw.invoices.latest_payment(shop["sub"].id))
    wait_for(gw.test_clocks.advance(shop["clock"].id, T0 + 366 * 86400, idempotency_key="far"))
    with pytest.raises(GatewayError) as err:
        wait_for(gw.refunds.create(pay, amount=1000, idempotency_key="old"))
    assert err.value.code == "charge_expired_for_refund"


def test_idempotent_retry_of_an_action_sends_one_write(gw, shop, wait_for, raw):
    sub = shop["sub"]
    first = wait_for(gw.subscriptions.pause_collection(sub.id, "void", idempotency_key="same"))
    again = wait_for(gw.subscriptions.pause_collection(sub.id, "void", idempotency_key="same"))
    assert first == again
    events = raw.v1.events.list({"type": "customer.subscription.updated"}).data
    mine = [e for e in events if e.request.idempotency_key == "same"]
    assert len(mine) == 1 and mine[0].data.object.id == sub.id


def test_preview_without_a_date_pins_the_moment(gw, shop, wait_for):
    wait_for(gw.test_clocks.advance(shop["clock"].id, AT, idempotency_key="adv"))
    sub = shop["sub"]
    preview = wait_for(gw.invoices.preview_change(sub.id, sub.items[0].id, quantity=2))
    assert preview.proration_date == AT  # the clock's time, not the wall clock
    assert [ln.amount for ln in preview.prorations] == [-67742, 135484]
    changed = wait_for(
        gw.subscriptions.change_plan(
            sub.id,
            sub.items[0].id,
            quantity=2,
            proration_behavior="always_invoice",
            proration_date=preview.proration_date,
            idempotency_key="q2",
        )
    )
    assert changed.items[0].quantity == 2 and changed.latest_invoice.total == 67742


def test_searches_find_a_failed_renewal_and_a_waiting_wallet(gw, raw, shop, wait_for):
    """The reads behind "Needs attention": subscription, invoice and PaymentIntent searches,
    and the bounded SetupIntent listing (Stripe has no SetupIntent search)."""
    sub, cus = shop["sub"], shop["cus"]
    problems = 'status:"past_due" OR status:"unpaid" OR status:"incomplete"'
    assert wait_for(gw.subscriptions.search(problems)).items == ()
    dry = kf.saved_wallet(raw, cus.id, "authorize_dry").payment_method
    wait_for(gw.subscriptions.set_payment_method(sub.id, dry, idempotency_key="pm1"))
    wait_for(gw.test_clocks.advance(shop["clock"].id, T0 + MONTH + 3600, idempotency_key="a"))

    found = wait_for(gw.subscriptions.search(problems, limit=1))
    assert [s.id for s in found.items] == [sub.id] and not found.has_more
    inv = found.items[0].latest_invoice
    assert inv.status == "open" and inv.attempt_count == 1 and inv.payment_intent_id
    assert inv.next_payment_attempt is None  # the sandbox makes no automatic retries
    invoices = wait_for(gw.invoices.search('status:"open"'))
    assert [i.id for i in invoices.items] == [inv.id]
    assert invoices.items[0].attempt_count == 1
    declined = wait_for(gw.payment_intents.search('status:"requires_payment_method"'))
    pi = next(p for p in declined.items if p.id == inv.payment_intent_id)
    assert pi.last_error.decline_code == "insufficient_funds"

    waiting = kf.start_setup(raw, cus.id)
    listed = wait_for(gw.setup_intents.list(created_after=T0 - 86400, limit=100))
    assert waiting.id in [s.id for s in listed.items]
    mine = next(s for s in listed.items if s.id == waiting.id)
    assert mine.status == "requires_action" and mine.customer_id == cus.id
    later = wait_for(gw.setup_intents.list(created_after=2_000_000_000))
    assert later.items == ()


def test_what_a_story_reads_charges_events_and_invoice_transitions(gw, raw, shop, wait_for, audit):
    """A declined renewal leaves a failed charge with its reason; a plan change leaves an
    Event with the items before it and the request id the audit log recorded."""
    sub, cus = shop["sub"], shop["cus"]
    pay = wait_for(gw.invoices.latest_payment(sub.id))
    wait_for(gw.refunds.create(pay, amount=30000, idempotency_key="rf"))
    changed = wait_for(
        gw.subscriptions.change_plan(
            sub.id, sub.items[0].id, price_id=shop["pro"], idempotency_key="plan"
        )
    )
    dry = kf.saved_wallet(raw, cus.id, "authorize_dry").payment_method
    wait_for(gw.subscriptions.set_payment_method(sub.id, dry, idempotency_key="pm"))
    wait_for(gw.test_clocks.advance(shop["clock"].id, T0 + MONTH + 3600, idempotency_key="a"))

    charges = wait_for(gw.charges.list(cus.id)).items
    failed = [c for c in charges if c.status == "failed"]
    assert len(failed) == 1 and failed[0].decline_code == "insufficient_funds"
    assert failed[0].failure_code == "payment_method_provider_decline"
    first = next(c for c in charges if c.id == pay.charge_id)
    assert [(r.amount, r.currency) for r in first.refunds] == [(30000, "krw")]
    renewal = wait_for(gw.subscriptions.retrieve(sub.id)).latest_invoice
    assert renewal.payment_intent_id == failed[0].payment_intent_id
    invoice = wait_for(gw.invoices.retrieve(renewal.id))
    assert invoice.finalized_at and invoice.paid_at is None and invoice.attempt_count == 1
    paid = wait_for(gw.invoices.list(subscription_id=sub.id)).items[-1]
    assert paid.paid_at and paid.paid_at >= paid.finalized_at

    updates = wait_for(gw.events.list(["customer.subscription.updated"], created_gte=T0)).items
    plan = next(
        e
        for e in updates
        if e.request_id == audit.query(action="subscription.change_plan")[0].request_id
    )
    assert plan.object_id == sub.id and plan.customer_id == cus.id
    assert plan.previous_price_ids == (sub.items[0].price.id,)
    assert plan.price_ids == tuple(i.price.id for i in changed.items) == (shop["pro"],)
    with pytest.raises(ValueError):
        wait_for(gw.events.list([]))
