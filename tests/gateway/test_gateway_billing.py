"""Subscriptions and invoices read through the gateway (set up with the raw SDK)."""

from __future__ import annotations

import pytest

from kpadmin.domain.money import Money
from kpadmin.stripe_api import GatewayError, new_action_key
from kpadmin.stripe_api.records import CustomerDraft, PriceDraft, ProductDraft


@pytest.fixture
def shop(gateway, wait_for, raw):
    """A customer with a Kakao Pay method and a ₩9,900/month price."""
    cus = wait_for(
        gateway.customers.create(CustomerDraft("김민수"), idempotency_key=new_action_key())
    )
    prod = wait_for(
        gateway.products.create(ProductDraft("Coffee"), idempotency_key=new_action_key())
    )
    price = wait_for(
        gateway.prices.create(
            PriceDraft(prod.id, "krw", 9900, "month"), idempotency_key=new_action_key()
        )
    )
    pm = raw.v1.payment_methods.create({"type": "kakao_pay"})
    raw.v1.payment_methods.attach(pm.id, {"customer": cus.id})
    return {"customer": cus, "price": price, "pm": pm.id}


def incomplete_subscription(raw, shop, quantity=1):
    return raw.v1.subscriptions.create(
        {
            "customer": shop["customer"].id,
            "items": [{"price": shop["price"].id, "quantity": quantity}],
            "payment_behavior": "default_incomplete",
            "default_payment_method": shop["pm"],
        }
    )


def test_list_subscriptions_with_latest_invoice(gateway, wait_for, raw, shop):
    made = incomplete_subscription(raw, shop, quantity=2)
    page = wait_for(gateway.subscriptions.list())
    assert [s.id for s in page.items] == [made.id]
    sub = page.items[0]
    assert sub.customer_id == shop["customer"].id
    assert (sub.customer_name, sub.customer_email) == ("김민수", None)  # expanded: named rows
    assert sub.items[0].price.product_name is None  # five levels deep: not expanded
    assert sub.status == "incomplete"
    assert sub.currency == "krw"
    assert sub.total == Money(19800, "krw")
    assert sub.items[0].price.id == shop["price"].id
    assert sub.current_period_end is not None and sub.current_period_end > sub.created
    assert sub.default_payment_method_id == shop["pm"]
    assert sub.latest_invoice is not None
    assert sub.latest_invoice.subscription_id == made.id
    assert sub.latest_invoice.amount_due == 19800


def test_filters(gateway, wait_for, raw, shop):
    made = incomplete_subscription(raw, shop)
    by_customer = wait_for(gateway.subscriptions.list(customer_id=shop["customer"].id))
    assert [s.id for s in by_customer.items] == [made.id]
    assert wait_for(gateway.subscriptions.list(status="active")).items == ()
    assert [s.id for s in wait_for(gateway.subscriptions.list(status="all")).items] == [made.id]
    by_price = wait_for(gateway.subscriptions.list(price_id=shop["price"].id))
    assert [s.id for s in by_price.items] == [made.id]


def test_retrieve_subscription_expands_the_payment_intent(gateway, wait_for, raw, shop):
    made = incomplete_subscription(raw, shop)
    sub = wait_for(gateway.subscriptions.retrieve(made.id))
    inv = sub.latest_invoice
    assert inv is not None and inv.status == "open"
    assert inv.payment_intent_id and inv.payment_intent_id.startswith("pi_")
    assert inv.payment_intent_status is not None


def test_invoices_by_subscription_and_customer(gateway, wait_for, raw, shop):
    made = incomplete_subscription(raw, shop)
    by_sub = wait_for(gateway.invoices.list(subscription_id=made.id))
    assert len(by_sub.items) == 1
    inv = by_sub.items[0]
    assert (inv.subscription_id, inv.customer_id, inv.currency) == (
        made.id,
        shop["customer"].id,
        "krw",
    )
    assert inv.total_money == Money(9900, "krw")
    by_cus = wait_for(gateway.invoices.list(customer_id=shop["customer"].id))
    assert [i.id for i in by_cus.items] == [inv.id]
    one = wait_for(gateway.invoices.retrieve(inv.id))
    assert one.id == inv.id and one.payment_intent_id


def test_missing_subscription(gateway, wait_for):
    with pytest.raises(GatewayError) as info:
        wait_for(gateway.subscriptions.retrieve("sub_missing"))
    assert info.value.kind == "not_found"
