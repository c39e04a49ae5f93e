"""Subscriptions over real HTTP: first payment outcomes, updates, cancel, list filters."""

from __future__ import annotations

import asyncio

import kakao_flow as kf
import pytest
import stripe

ASYNC_SDK_WARNING = "ignore:Use 'content=<...>' to upload raw bytes:DeprecationWarning"


def _subscribe(c, cus, price, pm=None, **extra):
    params = {
        "customer": cus.id,
        "items": [{"price": price.id}],
        "off_session": True,
        "expand": ["latest_invoice.payments"],
        **extra,
    }
    if pm:
        params["default_payment_method"] = pm
    return c.v1.subscriptions.create(params)


def test_items_carry_periods_and_the_price(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    sub = _subscribe(c, cus, price, kf.saved_wallet(c, cus.id).payment_method)
    item = sub["items"].data[0]
    assert item.object == "subscription_item" and item.price.id == price.id
    assert item.price.unit_amount == 100000 and item.quantity == 1
    assert item.current_period_end - item.current_period_start in range(28 * 86400, 31 * 86400 + 1)
    assert "current_period_end" not in sub
    inv = sub.latest_invoice
    assert inv.parent.subscription_details.subscription == sub.id
    assert inv.lines.data[0].amount == 100000 and inv.lines.data[0].object == "line_item"
    assert (inv.total, inv.amount_due, inv.amount_remaining) == (100000, 100000, 0)


def test_dry_wallet_then_confirm_on_the_page(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    dry = kf.saved_wallet(c, cus.id, "authorize_dry")
    assert dry.status == "succeeded"
    sub = _subscribe(c, cus, price, dry.payment_method)
    assert sub.status == "incomplete" and sub.latest_invoice.status == "open"
    pi_id = sub.latest_invoice.payments.data[0].payment.payment_intent
    pi = c.v1.payment_intents.retrieve(pi_id)
    assert pi.status == "requires_payment_method"
    assert pi.last_payment_error.code == "payment_method_provider_decline"
    assert pi.last_payment_error.decline_code == "insufficient_funds"

    pi = c.v1.payment_intents.confirm(
        pi_id,
        {
            "payment_method_data": {"type": "kakao_pay"},
            "mandate_data": kf.MANDATE_DATA,
            "return_url": kf.RETURN_URL,
        },
    )
    assert pi.status == "requires_action"
    kf.returned(kf.press(pi.next_action.redirect_to_url.url, "authorize"))
    sub = c.v1.subscriptions.retrieve(sub.id, {"expand": ["latest_invoice"]})
    assert sub.status == "active" and sub.latest_invoice.status == "paid"
    assert c.v1.payment_intents.retrieve(pi_id).status == "succeeded"


def test_without_payment_method_and_error_if_incomplete(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    sub = _subscribe(c, cus, price)
    assert sub.status == "incomplete"
    pi = c.v1.payment_intents.retrieve(sub.latest_invoice.payments.data[0].payment.payment_intent)
    assert pi.status == "requires_payment_method" and pi.amount == 100000

    dry = kf.saved_wallet(c, cus.id, "authorize_dry")
    before = len(c.v1.subscriptions.list({"status": "all"}).data)
    with pytest.raises(stripe.CardError) as e:
        _subscribe(c, cus, price, dry.payment_method, payment_behavior="error_if_incomplete")
    assert e.value.code == "payment_method_provider_decline"
    assert len(c.v1.subscriptions.list({"status": "all"}).data) == before


def test_default_payment_method_must_belong_to_the_customer(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    other = c.v1.customers.create({"name": "이서연"})
    pm = kf.saved_wallet(c, other.id).payment_method
    with pytest.raises(stripe.InvalidRequestError) as e:
        _subscribe(c, cus, price, pm)
    assert e.value.param == "default_payment_method"


def test_trial_is_a_paid_zero_invoice(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    sub = _subscribe(c, cus, price, trial_period_days=14)
    assert sub.status == "trialing" and sub.trial_end - sub.trial_start == 14 * 86400
    assert sub.latest_invoice.status == "paid" and sub.latest_invoice.total == 0
    assert sub["items"].data[0].current_period_end == sub.trial_end


def test_a_scheduled_cancellation_sets_canceled_at_and_is_searchable(sandbox, test_key):
    """Stripe: ``canceled_at`` is the time of the request that scheduled the cancellation;
    undoing it clears it, so ``canceled_at>0`` finds the subscriptions that will end."""
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    pm = kf.saved_wallet(c, cus.id).payment_method
    a = _subscribe(c, cus, price, pm)
    b = _subscribe(c, cus, price, pm)
    assert a.canceled_at is None
    scheduled = c.v1.subscriptions.update(a.id, {"cancel_at_period_end": True})
    assert scheduled.status == "active" and scheduled.canceled_at is not None
    on_date = c.v1.subscriptions.update(b.id, {"cancel_at": scheduled.cancel_at})
    assert on_date.canceled_at is not None and on_date.cancel_at == scheduled.cancel_at

    def found():
        res = c.v1.subscriptions.search({"query": 'status:"active" AND canceled_at>0'})
        return sorted(s.id for s in res.data)

    assert found() == sorted([a.id, b.id])
    kept = c.v1.subscriptions.update(a.id, {"cancel_at_period_end": False})
    assert kept.canceled_at is None and kept.cancel_at is None
    assert found() == [b.id]


def test_update_cancel_and_list_filters(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    pm = kf.saved_wallet(c, cus.id).payment_method
    a = _subscribe(c, cus, price, pm)
    b = _subscribe(c, cus, price, pm)
    incomplete = _subscribe(c, cus, price)

    upd = c.v1.subscriptions.update(
        a.id, {"cancel_at_period_end": True, "metadata": {"plan": "pro"}}
    )
    assert upd.cancel_at_period_end is True and upd.metadata["plan"] == "pro"
    assert upd.cancel_at == upd["items"].data[0].current_period_end
    paused = c.v1.subscriptions.update(b.id, {"pause_collection": {"behavior": "void"}})
    assert paused.pause_collection.behavior == "void" and paused.status == "active"
    assert c.v1.subscriptions.update(b.id, {"pause_collection": ""}).pause_collection is None

    canceled = c.v1.subscriptions.cancel(b.id, {"cancellation_details": {"comment": "안녕"}})
    assert canceled.status == "canceled" and canceled.canceled_at
    assert canceled.cancellation_details.comment == "안녕"
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.subscriptions.update(b.id, {"cancel_at_period_end": True})

    def ids(**params):
        return [s.id for s in c.v1.subscriptions.list(params).data]

    assert ids() == [incomplete.id, a.id]
    assert ids(status="all") == [incomplete.id, b.id, a.id]
    assert ids(status="canceled") == ids(status="ended") == [b.id]
    assert ids(status="incomplete") == [incomplete.id]
    assert ids(status="active", price=price.id) == [a.id]
    end = a["items"].data[0].current_period_end
    assert ids(current_period_end={"gte": end}) == [incomplete.id, a.id]
    assert ids(current_period_end={"gt": end + 86400}) == []
    other = c.v1.customers.create({"name": "정"})
    assert ids(customer=other.id) == []
    types = [e.type for e in c.v1.events.list({"limit": 100}).data]
    assert "customer.subscription.deleted" in types and "customer.subscription.updated" in types


def test_incomplete_subscription_refuses_item_changes(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    sub = _subscribe(c, cus, price)
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.subscriptions.update(
            sub.id, {"items": [{"id": sub["items"].data[0].id, "quantity": 2}]}
        )
    assert c.v1.subscriptions.update(sub.id, {"metadata": {"k": "v"}}).metadata["k"] == "v"
    canceled = c.v1.subscriptions.cancel(sub.id)
    assert c.v1.invoices.retrieve(canceled.latest_invoice).status == "void"


@pytest.mark.filterwarnings(ASYNC_SDK_WARNING)
def test_default_incomplete_flow_async(sandbox, test_key):
    """Flow (c): confirm the first invoice's PaymentIntent, then the page, async SDK."""
    sync = kf.client(sandbox, test_key)
    cus, price = kf.shop(sync)

    async def run():
        http = stripe.HTTPXClient()
        c = stripe.StripeClient(test_key, base_addresses={"api": sandbox.url}, http_client=http)
        try:
            return await flow(c)
        finally:
            await http.close_async()

    async def flow(c):
        sub = await c.v1.subscriptions.create_async(
            {
                "customer": cus.id,
                "items": [{"price": price.id}],
                "payment_behavior": "default_incomplete",
                "payment_settings": {
                    "save_default_payment_method": "on_subscription",
                    "payment_method_types": ["kakao_pay"],
                },
                "expand": ["latest_invoice.payments"],
            }
        )
        assert sub.status == "incomplete" and sub.latest_invoice.status == "open"
        pi_id = sub.latest_invoice.payments.data[0].payment.payment_intent
        listed = await c.v1.invoice_payments.list_async({"invoice": sub.latest_invoice.id})
        assert listed.data[0].payment.payment_intent == pi_id
        pi = await c.v1.payment_intents.confirm_async(
            pi_id,
            {
                "payment_method_data": {"type": "kakao_pay"},
                "mandate_data": kf.MANDATE_DATA,
                "return_url": kf.RETURN_URL,
            },
        )
        assert pi.status == "requires_action"
        await asyncio.to_thread(
            lambda: kf.returned(kf.press(pi.next_action.redirect_to_url.url, "authorize"))
        )
        sub = await c.v1.subscriptions.retrieve_async(sub.id)
        return sub, pi

    sub, pi = asyncio.run(run())
    assert sub.status == "active"
    assert sub.default_payment_method == pi.payment_method
    pm = sync.v1.payment_methods.retrieve(pi.payment_method)
    assert pm.customer == cus.id
    mandates = [m for m in sandbox.store.all("mandate") if m["payment_method"] == pm.id]
    assert [m["status"] for m in mandates] == ["active"]


def test_test_clock_renewals_trial_end_and_past_due(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    _, price = kf.shop(c)
    start = 1_780_000_000  # 2026-05-28
    clock = c.v1.test_helpers.test_clocks.create({"frozen_time": start, "name": "renewals"})
    cus = c.v1.customers.create({"name": "윤하은", "test_clock": clock.id})
    good = kf.saved_wallet(c, cus.id).payment_method
    dry = kf.saved_wallet(c, cus.id, "authorize_dry").payment_method
    paying = _subscribe(c, cus, price, good)
    trial = _subscribe(c, cus, price, good, trial_period_days=7)
    failing = _subscribe(c, cus, price, good)
    assert paying.start_date == start and trial.status == "trialing"
    c.v1.subscriptions.update(failing.id, {"default_payment_method": dry})

    clock = c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": start + 40 * 86400})
    assert clock.status == "ready" and clock.frozen_time == start + 40 * 86400

    paying = c.v1.subscriptions.retrieve(paying.id, {"expand": ["latest_invoice"]})
    assert paying.status == "active"
    assert paying.latest_invoice.billing_reason == "subscription_cycle"
    assert paying.latest_invoice.status == "paid" and paying.latest_invoice.created > start
    assert len(c.v1.invoices.list({"subscription": paying.id}).data) == 2

    trial = c.v1.subscriptions.retrieve(trial.id)
    assert trial.status == "active"
    assert [i.total for i in c.v1.invoices.list({"subscription": trial.id}).data] == [
        100000,
        100000,
        0,
    ]

    failing = c.v1.subscriptions.retrieve(failing.id)
    assert failing.status == "past_due"
    inv = c.v1.invoices.retrieve(failing.latest_invoice)
    assert inv.status == "open" and inv.billing_reason == "subscription_cycle"
    assert c.v1.invoices.pay(inv.id, {"payment_method": good}).status == "paid"
    assert c.v1.subscriptions.retrieve(failing.id).status == "active"


def test_cancel_at_period_end_ends_on_the_clock(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    _, price = kf.shop(c)
    clock = c.v1.test_helpers.test_clocks.create({"frozen_time": 1_780_000_000})
    cus = c.v1.customers.create({"name": "한지호", "test_clock": clock.id})
    sub = _subscribe(c, cus, price, kf.saved_wallet(c, cus.id).payment_method)
    c.v1.subscriptions.update(sub.id, {"cancel_at_period_end": True})
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": 1_780_000_000 + 45 * 86400})
    sub = c.v1.subscriptions.retrieve(sub.id)
    assert sub.status == "canceled" and sub.ended_at == sub["items"].data[0].current_period_end
    assert len(c.v1.invoices.list({"subscription": sub.id}).data) == 1


def test_monthly_periods_keep_the_day_and_clamp():
    from datetime import UTC, datetime

    from kpadmin.sandbox.resources.subscription_lifecycle import add_interval

    def ts(*ymd):
        return int(datetime(*ymd, 9, 30, tzinfo=UTC).timestamp())

    assert add_interval(ts(2026, 1, 31), "month") == ts(2026, 2, 28)
    assert add_interval(ts(2026, 1, 15), "month", 3) == ts(2026, 4, 15)
    assert add_interval(ts(2026, 11, 30), "month", 3) == ts(2027, 2, 28)
    assert add_interval(ts(2028, 2, 29), "year") == ts(2029, 2, 28)
    assert add_interval(ts(2026, 12, 25), "week", 2) == ts(2027, 1, 8)


def test_quantity_change_bills_from_the_next_renewal(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    _, price = kf.shop(c)
    clock = c.v1.test_helpers.test_clocks.create({"frozen_time": 1_780_000_000})
    cus = c.v1.customers.create({"name": "권도윤", "test_clock": clock.id})
    sub = _subscribe(c, cus, price, kf.saved_wallet(c, cus.id).payment_method)
    item = sub["items"].data[0]
    upd = c.v1.subscriptions.update(
        sub.id, {"items": [{"id": item.id, "quantity": 3}], "proration_behavior": "none"}
    )
    assert upd["items"].data[0].quantity == 3
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": 1_780_000_000 + 32 * 86400})
    totals = [i.total for i in c.v1.invoices.list({"subscription": sub.id}).data]
    assert totals == [300000, 100000]
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.subscriptions.update(sub.id, {"items": [{"id": item.id, "deleted": True}]})


def test_incomplete_expires_after_23_hours_on_the_clock(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    _, price = kf.shop(c)
    clock = c.v1.test_helpers.test_clocks.create({"frozen_time": 1_780_000_000})
    cus = c.v1.customers.create({"name": "신유진", "test_clock": clock.id})
    sub = _subscribe(c, cus, price)
    assert sub.status == "incomplete"
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": 1_780_000_000 + 22 * 3600})
    assert c.v1.subscriptions.retrieve(sub.id).status == "incomplete"
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": 1_780_000_000 + 24 * 3600})
    sub = c.v1.subscriptions.retrieve(sub.id, {"expand": ["latest_invoice"]})
    assert sub.status == "incomplete_expired" and sub.latest_invoice.status == "void"
    ended = [s.id for s in c.v1.subscriptions.list({"status": "ended"}).data]
    assert ended == [sub.id]
