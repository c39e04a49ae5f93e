"""Pause collection (each behaviour, resumes_at), status resume, trials, invoice retries."""

from __future__ import annotations

import kakao_flow as kf
import pytest
import stripe

T0 = 1_780_000_000
MONTH = 31 * 86400  # the first period, 2026-05-28 → 06-28


def _on_clock(c, **sub_params):
    _, price = kf.shop(c)
    clock = c.v1.test_helpers.test_clocks.create({"frozen_time": T0})
    cus = c.v1.customers.create({"name": "이서연", "test_clock": clock.id})
    pm = kf.saved_wallet(c, cus.id).payment_method
    sub = c.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": price.id}],
            "default_payment_method": pm,
            "off_session": True,
            **sub_params,
        }
    )
    return sub, clock, cus, pm


def _advance(c, clock, ts):
    return c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": ts})


def _latest(c, sub_id):
    sub = c.v1.subscriptions.retrieve(sub_id)
    return sub, c.v1.invoices.retrieve(sub.latest_invoice)


@pytest.mark.parametrize(
    "behavior,status",
    [("void", "void"), ("keep_as_draft", "draft"), ("mark_uncollectible", "uncollectible")],
)
def test_renewals_while_paused_follow_the_behaviour(sandbox, test_key, behavior, status):
    c = kf.client(sandbox, test_key)
    sub, clock, _, _ = _on_clock(c)
    upd = c.v1.subscriptions.update(sub.id, {"pause_collection": {"behavior": behavior}})
    assert upd.pause_collection.behavior == behavior and upd.status == "active"
    _advance(c, clock, T0 + MONTH + 3600)
    sub2, inv = _latest(c, sub.id)
    assert inv.billing_reason == "subscription_cycle" and inv.status == status
    assert inv.amount_paid == 0 and sub2.status == "active"  # the status does not change
    unpaused = c.v1.subscriptions.update(sub.id, {"pause_collection": ""})
    assert unpaused.pause_collection is None


def test_collection_resumes_at_the_given_date(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, clock, _, _ = _on_clock(c)
    resumes = T0 + 40 * 86400  # after the first renewal, before the second
    c.v1.subscriptions.update(
        sub.id, {"pause_collection": {"behavior": "void", "resumes_at": resumes}}
    )
    assert c.v1.subscriptions.retrieve(sub.id).pause_collection.resumes_at == resumes
    _advance(c, clock, T0 + 70 * 86400)
    invoices = c.v1.invoices.list({"subscription": sub.id}).data
    assert [i.status for i in invoices] == ["paid", "void", "paid"]
    assert c.v1.subscriptions.retrieve(sub.id).pause_collection is None


def test_resume_only_a_paused_subscription(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, _, _, _ = _on_clock(c)
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.subscriptions.resume(sub.id)
    assert e.value.code == "subscription_unexpected_state"


def test_extend_then_end_a_trial(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, clock, _, _ = _on_clock(c, trial_period_days=7)
    assert sub.status == "trialing" and sub.trial_end == T0 + 7 * 86400
    later = T0 + 14 * 86400
    ext = c.v1.subscriptions.update(sub.id, {"trial_end": later})
    assert ext.trial_end == later and ext["items"].data[0].current_period_end == later
    _advance(c, clock, T0 + 10 * 86400)
    assert c.v1.subscriptions.retrieve(sub.id).status == "trialing"  # not ended on day 7
    ended = c.v1.subscriptions.update(sub.id, {"trial_end": "now"})
    assert ended.status == "active" and ended.trial_end == T0 + 10 * 86400
    _, inv = _latest(c, sub.id)
    assert inv.status == "paid" and inv.total == 100000 and inv.created == T0 + 10 * 86400


def test_retry_a_failed_renewal_with_the_declining_wallet(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, clock, cus, good = _on_clock(c)
    dry = kf.saved_wallet(c, cus.id, "authorize_dry").payment_method
    c.v1.subscriptions.update(sub.id, {"default_payment_method": dry})
    _advance(c, clock, T0 + MONTH + 3600)
    sub2, inv = _latest(c, sub.id)
    assert sub2.status == "past_due" and inv.status == "open" and inv.attempt_count == 1
    with pytest.raises(stripe.CardError) as e:
        c.v1.invoices.pay(inv.id, {"off_session": True})
    assert e.value.code == "payment_method_provider_decline"
    assert c.v1.invoices.retrieve(inv.id).attempt_count == 2
    c.v1.subscriptions.update(sub.id, {"default_payment_method": good})
    paid = c.v1.invoices.pay(inv.id, {"payment_method": good, "off_session": True})
    assert paid.status == "paid" and c.v1.subscriptions.retrieve(sub.id).status == "active"


def test_write_off_an_open_invoice(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, clock, cus, _ = _on_clock(c)
    dry = kf.saved_wallet(c, cus.id, "authorize_dry").payment_method
    c.v1.subscriptions.update(sub.id, {"default_payment_method": dry})
    _advance(c, clock, T0 + MONTH + 3600)
    _, inv = _latest(c, sub.id)
    bad = c.v1.invoices.mark_uncollectible(inv.id)
    assert bad.status == "uncollectible"
    assert c.v1.invoices.void_invoice(inv.id).status == "void"
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.invoices.pay(inv.id)


def test_cancel_at_period_end_can_be_undone(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, clock, _, _ = _on_clock(c)
    sched = c.v1.subscriptions.update(sub.id, {"cancel_at_period_end": True})
    assert sched.cancel_at == T0 + MONTH
    assert sched.cancellation_details.reason == "cancellation_requested"
    undone = c.v1.subscriptions.update(sub.id, {"cancel_at_period_end": False})
    assert undone.cancel_at is None and undone.cancellation_details.reason is None
    _advance(c, clock, T0 + MONTH + 3600)
    assert c.v1.subscriptions.retrieve(sub.id).status == "active"


def test_the_demo_has_a_clock_to_advance(demo_sandbox, test_key):
    c = kf.client(demo_sandbox, test_key)
    clocks = c.v1.test_helpers.test_clocks.list().data
    assert len(clocks) == 1 and clocks[0].status == "ready"
    clock = clocks[0]
    subs = c.v1.subscriptions.list({"test_clock": clock.id}).data
    assert len(subs) == 2 and {s.status for s in subs} == {"active"}
    assert all(c.v1.customers.retrieve(s.customer).test_clock == clock.id for s in subs)
    end = max(s["items"].data[0].current_period_end for s in subs)
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": end + 3600})
    assert sorted(c.v1.subscriptions.retrieve(s.id).status for s in subs) == ["active", "past_due"]
