"""Invoices: retrying payment, voiding, uncollectible, lines, invoice payments, filters."""

from __future__ import annotations

import kakao_flow as kf
import pytest
import stripe


def _incomplete(c):
    """A subscription whose first charge declined (dry wallet); its open invoice."""
    cus, price = kf.shop(c)
    dry = kf.saved_wallet(c, cus.id, "authorize_dry").payment_method
    sub = c.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": price.id}],
            "default_payment_method": dry,
            "off_session": True,
        }
    )
    assert sub.status == "incomplete"
    return cus, sub, c.v1.invoices.retrieve(sub.latest_invoice, {"expand": ["payments"]})


def test_pay_retry_declines_then_succeeds_with_a_new_wallet(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, sub, inv = _incomplete(c)
    assert inv.status == "open" and inv.attempt_count == 1 and inv.attempted is True

    with pytest.raises(stripe.CardError) as e:
        c.v1.invoices.pay(inv.id)
    assert e.value.http_status == 402 and e.value.code == "payment_method_provider_decline"
    assert e.value.error.decline_code == "insufficient_funds"
    body = e.value.json_body["error"]
    assert body["payment_intent"]["status"] == "requires_payment_method"
    assert body["charge"].startswith("ch_") and body["payment_method"]["type"] == "kakao_pay"
    inv = c.v1.invoices.retrieve(inv.id)
    assert inv.status == "open" and inv.attempt_count == 2 and inv.amount_paid == 0

    good = kf.saved_wallet(c, cus.id).payment_method
    paid = c.v1.invoices.pay(inv.id, {"payment_method": good})
    assert paid.status == "paid" and paid.amount_paid == 100000 and paid.amount_remaining == 0
    assert paid.status_transitions.paid_at is not None
    assert c.v1.subscriptions.retrieve(sub.id).status == "active"
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.invoices.pay(inv.id)

    pays = c.v1.invoice_payments.list({"invoice": inv.id}).data
    assert len(pays) == 1 and pays[0].status == "paid" and pays[0].amount_paid == 100000
    pi = c.v1.payment_intents.retrieve(pays[0].payment.payment_intent)
    assert pi.status == "succeeded" and pi.payment_method == good
    types = [e.type for e in c.v1.events.list({"limit": 100}).data]
    assert "invoice.payment_failed" in types and "invoice.paid" in types


def test_void_and_uncollectible(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    _, _, inv = _incomplete(c)
    voided = c.v1.invoices.void_invoice(inv.id, {"expand": ["payments"]})
    assert voided.status == "void" and voided.status_transitions.voided_at
    pi = c.v1.payment_intents.retrieve(voided.payments.data[0].payment.payment_intent)
    assert pi.status == "canceled"
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.invoices.pay(inv.id)

    _, _, other = _incomplete(c)
    marked = c.v1.invoices.mark_uncollectible(other.id)
    assert marked.status == "uncollectible"
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.invoices.mark_uncollectible(other.id)


def test_lines_and_list_filters(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, sub, inv = _incomplete(c)
    lines = c.v1.invoices.line_items.list(inv.id).data
    assert [(li.amount, li.quantity) for li in lines] == [(100000, 1)]
    assert lines[0].parent.subscription_item_details.subscription == sub.id
    assert "스톡포토 프리미엄" in lines[0].description

    pm = kf.saved_wallet(c, cus.id).payment_method
    price = sub["items"].data[0].price.id
    paid_sub = c.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": price}],
            "default_payment_method": pm,
            "off_session": True,
        }
    )

    def ids(**params):
        return [i.id for i in c.v1.invoices.list(params).data]

    assert ids(subscription=sub.id) == [inv.id]
    assert ids(subscription=paid_sub.id) == [paid_sub.latest_invoice]
    assert ids(status="open") == [inv.id]
    assert ids(customer=cus.id) == [paid_sub.latest_invoice, inv.id]
    assert ids(created={"gte": inv.created}) == [paid_sub.latest_invoice, inv.id]
    assert ids(created={"lt": inv.created}) == []


def test_search_invoices_and_payment_intents(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, sub, inv = _incomplete(c)
    found = c.v1.invoices.search({"query": f'subscription:"{sub.id}" AND status:"open"'})
    assert [i.id for i in found.data] == [inv.id]
    assert c.v1.invoices.search({"query": 'status:"paid"'}).data == []
    pis = c.v1.payment_intents.search({"query": f'customer:"{cus.id}" AND amount>=100000'})
    assert [p.id for p in pis.data] == [inv.payments.data[0].payment.payment_intent]


def test_wallet_switch_makes_renewal_charges_decline(sandbox, test_key):
    import httpx

    c = kf.client(sandbox, test_key)
    cus, _price = kf.shop(c)
    pm = kf.saved_wallet(c, cus.id).payment_method
    switch = f"{sandbox.url}/_sandbox/kakao_pay/wallets/{pm}"
    assert httpx.post(switch, data={"dry": "true"}).json() == {"payment_method": pm, "dry": True}
    with pytest.raises(stripe.CardError):
        c.v1.payment_intents.create(
            {
                "amount": 5000,
                "currency": "krw",
                "customer": cus.id,
                "payment_method": pm,
                "confirm": True,
                "off_session": True,
            }
        )
    httpx.post(switch, data={"dry": "false"})
    pi = c.v1.payment_intents.create(
        {
            "amount": 5000,
            "currency": "krw",
            "customer": cus.id,
            "payment_method": pm,
            "confirm": True,
            "off_session": True,
        }
    )
    assert pi.status == "succeeded"
    assert httpx.post(f"{sandbox.url}/_sandbox/kakao_pay/wallets/pm_nope").status_code == 404
