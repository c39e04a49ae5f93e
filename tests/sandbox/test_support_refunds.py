"""Refunds: full and partial, limits, the 365-day Kakao Pay window, effect on the charge."""

from __future__ import annotations

import kakao_flow as kf
import pytest
import stripe

T0 = 1_780_000_000


def _paid(c, clock: bool = False):
    """A subscription whose first ₩100,000 invoice was paid; its PaymentIntent id."""
    cus, price = kf.shop(c)
    if clock:
        clk = c.v1.test_helpers.test_clocks.create({"frozen_time": T0})
        cus = c.v1.customers.create({"name": "박지우", "test_clock": clk.id})
    pm = kf.saved_wallet(c, cus.id).payment_method
    sub = c.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": price.id}],
            "default_payment_method": pm,
            "off_session": True,
            "expand": ["latest_invoice.payments"],
        }
    )
    assert sub.latest_invoice.status == "paid"
    pi = sub.latest_invoice.payments.data[0].payment.payment_intent
    return sub, pi, (clk if clock else None)


def _events(c, kind):
    return [e for e in c.v1.events.list({"type": kind}).data]


def test_partial_then_the_rest(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, pi_id, _ = _paid(c)
    re1 = c.v1.refunds.create(
        {"payment_intent": pi_id, "amount": 30000, "reason": "requested_by_customer"}
    )
    assert (re1.object, re1.amount, re1.currency, re1.status) == (
        "refund",
        30000,
        "krw",
        "succeeded",
    )
    assert re1.reason == "requested_by_customer" and re1.payment_intent == pi_id
    charge = c.v1.charges.retrieve(re1.charge)
    assert charge.amount_refunded == 30000 and charge.refunded is False
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.refunds.create({"charge": charge.id, "amount": 70001})
    assert e.value.code == "amount_too_large" and e.value.param == "amount"
    re2 = c.v1.refunds.create({"charge": charge.id})  # the rest by default
    assert re2.amount == 70000
    charge = c.v1.charges.retrieve(charge.id, {"expand": ["refunds"]})
    assert charge.amount_refunded == 100000 and charge.refunded is True
    assert [r.id for r in charge.refunds.data] == [re2.id, re1.id]
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.refunds.create({"payment_intent": pi_id, "amount": 1})
    assert e.value.code == "charge_already_refunded"
    refunded = _events(c, "charge.refunded")
    assert len(refunded) == 2 and refunded[0].data.object.amount_refunded == 100000
    assert refunded[0].data.previous_attributes.amount_refunded == 30000
    assert [r.id for r in c.v1.refunds.list({"payment_intent": pi_id}).data] == [re2.id, re1.id]
    # the invoice stays paid: only a credit note would change it
    inv = c.v1.invoices.retrieve(sub.latest_invoice.id)
    assert inv.status == "paid" and inv.amount_paid == 100000


def test_what_cannot_be_refunded(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    sub = c.v1.subscriptions.create(
        {"customer": cus.id, "items": [{"price": price.id}], "expand": ["latest_invoice.payments"]}
    )
    unpaid = sub.latest_invoice.payments.data[0].payment.payment_intent
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.refunds.create({"payment_intent": unpaid})
    assert e.value.code == "charge_not_refundable"
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.refunds.create({})
    assert e.value.code == "parameter_missing"
    _, pi_id, _ = _paid(c)
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.refunds.create({"payment_intent": pi_id, "amount": 0})


def test_kakao_pay_refunds_only_within_365_days(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    sub, pi_id, clock = _paid(c, clock=True)
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": T0 + 364 * 86400})
    ok = c.v1.refunds.create({"payment_intent": pi_id, "amount": 1000})
    assert ok.created == T0 + 364 * 86400
    c.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": T0 + 366 * 86400})
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.refunds.create({"payment_intent": pi_id, "amount": 1000})
    assert e.value.code == "charge_expired_for_refund"
    # a recent renewal's charge is still refundable
    latest = c.v1.invoices.retrieve(
        c.v1.subscriptions.retrieve(sub.id).latest_invoice, {"expand": ["payments"]}
    )
    recent = latest.payments.data[0].payment.payment_intent
    assert c.v1.refunds.create({"payment_intent": recent}).amount == 100000
