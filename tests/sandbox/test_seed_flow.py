"""The demo shop, read and used through the API like the app will."""

from __future__ import annotations

import collections

import kakao_flow as kf
import pytest
import stripe

from kpadmin.sandbox.core import Store
from kpadmin.sandbox.seed import FAMILY, seed_demo


def test_catalog_and_customers(demo_sandbox, test_key):
    c = kf.client(demo_sandbox, test_key)
    monthly = c.v1.prices.list(
        {"lookup_keys": ["stock_photo_monthly"], "expand": ["data.product"]}
    ).data
    assert len(monthly) == 1 and monthly[0].unit_amount == 100000
    assert monthly[0].currency == "krw" and monthly[0].recurring.interval == "month"
    assert monthly[0].product.name == "스톡포토 프리미엄"
    prices = list(c.v1.prices.list({"limit": 100, "active": False}).auto_paging_iter())
    assert prices, "an archived old price"
    assert any(p.currency == "usd" for p in c.v1.prices.list({"limit": 100}).data)

    customers = list(c.v1.customers.list({"limit": 100}).auto_paging_iter())
    assert 30 <= len(customers) <= 40
    assert all(
        cu.phone.startswith("+82 10-") and cu.preferred_locales == ["ko"] for cu in customers
    )
    families = {cu.name[0] for cu in customers}
    assert families <= set(FAMILY) and len(families) >= 5
    created = [cu.created for cu in customers]
    assert created == sorted(created, reverse=True)
    assert created[0] - created[-1] > 90 * 86400


def test_every_status_the_app_shows(demo_sandbox, test_key):
    c = kf.client(demo_sandbox, test_key)
    subs = list(c.v1.subscriptions.list({"status": "all", "limit": 100}).auto_paging_iter())
    count = collections.Counter(s.status for s in subs)
    for status in ("active", "trialing", "incomplete", "past_due", "canceled"):
        assert count[status] >= 1, count
    assert any(s.cancel_at_period_end for s in subs)
    assert any(s.pause_collection for s in subs)
    assert len(c.v1.subscriptions.search({"query": 'status:"past_due"'}).data) == count["past_due"]


def test_incomplete_subscription_can_be_completed_on_the_page(demo_sandbox, test_key):
    c = kf.client(demo_sandbox, test_key)
    subs = c.v1.subscriptions.list(
        {"status": "incomplete", "expand": ["data.latest_invoice.payments"]}
    ).data
    assert len(subs) >= 1
    for sub in subs:
        pi_id = sub.latest_invoice.payments.data[0].payment.payment_intent
        assert c.v1.payment_intents.retrieve(pi_id).status == "requires_payment_method"
        pi = c.v1.payment_intents.confirm(
            pi_id,
            {
                "payment_method_data": {"type": "kakao_pay"},
                "mandate_data": kf.MANDATE_DATA,
                "return_url": kf.RETURN_URL,
            },
        )
        assert pi.next_action.redirect_to_url.url.startswith(demo_sandbox.url)
        kf.returned(kf.press(pi.next_action.redirect_to_url.url, "authorize"))
        assert c.v1.subscriptions.retrieve(sub.id).status == "active"


def test_past_due_wallet_is_dry(demo_sandbox, test_key):
    c = kf.client(demo_sandbox, test_key)
    sub = c.v1.subscriptions.list({"status": "past_due"}).data[0]
    inv = c.v1.invoices.retrieve(sub.latest_invoice)
    assert inv.status == "open" and inv.billing_reason == "subscription_cycle"
    with pytest.raises(stripe.CardError) as e:
        c.v1.invoices.pay(inv.id)
    assert e.value.error.decline_code == "insufficient_funds"
    older = c.v1.invoices.list({"subscription": sub.id, "status": "paid"}).data
    assert older, "months of paid invoices before the wallet ran dry"


def test_seed_is_deterministic_except_ids():
    def summary():
        store = Store()
        seed_demo(store)
        subs = sorted((s["customer"], s["status"]) for s in store.all("subscription"))
        names = {c["id"]: c["name"] for c in store.all("customer")}
        return [c["name"] for c in store.all("customer")], sorted(
            (names[cus], status) for cus, status in subs
        )

    assert summary() == summary()
