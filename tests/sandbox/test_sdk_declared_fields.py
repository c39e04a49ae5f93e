"""Every object the sandbox serves carries what the installed ``stripe`` package declares.

For each object type, after the whole Kakao Pay flow (a saved wallet, a paid
subscription, a refund), the JSON as served at the SDK's own API version,
with every field that is included only on request expanded, is walked
against the SDK's resource class (``stripe.Customer`` and its nested classes):
each declared attribute must be there with a compatible JSON type, and
nothing the class does not declare may be. When the SDK is upgraded, this
test says what Stripe changed. ``sdk_shapes.py`` does the walking.

Stripe leaves some declared keys out of its own answers, so these are not
missing: ``deleted`` on an object that is not deleted; a sub-hash named after
one of the class's ``type`` values when the object has another type (a
PaymentMethod carries ``kakao_pay`` but not ``card``); and the keys of the
per-method option hashes below, present only for configured methods.
"""

from __future__ import annotations

import httpx
import kakao_flow as kf
import pytest
import stripe
from sdk_shapes import Checker, problems

#: Hashes keyed by payment method type that hold only the configured methods.
SPARSE = {
    "PaymentIntent.PaymentMethodOptions",
    "SetupIntent.PaymentMethodOptions",
    "Invoice.PaymentSettings.PaymentMethodOptions",
    "Subscription.PaymentSettings.PaymentMethodOptions",
}

#: Hashes keyed by ``type`` whose other keys name types that are not payment methods.
SPARSE |= {"Charge.PaymentMethodDetails", "Refund.DestinationDetails"}

#: Declared fields Stripe itself leaves out of the answer in these cases.
STRIPE_OMITS: dict[str, str] = {
    "event.account": "Connect events only (an event on a connected account)",
    "event.context": "Connect events only",
    "event.data.previous_attributes": "update events only (invoice.paid is not one)",
    "charge.fraud_details.stripe_report": "an empty hash until fraud is reported",
    "charge.fraud_details.user_report": "an empty hash until fraud is reported",
    "test_helpers.test_clock.status_details.advancing": "only while the clock advances",
}

#: Declared fields the sandbox does not model, each with why.
NOT_MODELLED: dict[str, str] = {}

#: Keys the sandbox serves that the SDK does not declare (yet), each with why.
SDK_LAGS: dict[str, str] = {}

CLASSES: dict[str, type] = {
    "customer": stripe.Customer,
    "product": stripe.Product,
    "price": stripe.Price,
    "plan": stripe.Plan,
    "setup_intent": stripe.SetupIntent,
    "setup_attempt": stripe.SetupAttempt,
    "payment_method": stripe.PaymentMethod,
    "mandate": stripe.Mandate,
    "subscription": stripe.Subscription,
    "subscription_item": stripe.SubscriptionItem,
    "invoice": stripe.Invoice,
    "line_item": stripe.InvoiceLineItem,
    "invoice_payment": stripe.InvoicePayment,
    "payment_intent": stripe.PaymentIntent,
    "charge": stripe.Charge,
    "refund": stripe.Refund,
    "event": stripe.Event,
    "test_helpers.test_clock": stripe.test_helpers.TestClock,
}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One object of every type, as served at the SDK's version with includables expanded."""
    from kpadmin.sandbox.embedded import EmbeddedSandbox

    key = "sk_test_kpadmin0000000000000000"
    with EmbeddedSandbox(seed="none") as sandbox:
        c = kf.client(sandbox, key)
        clock = c.v1.test_helpers.test_clocks.create({"frozen_time": 1_790_000_000})
        cus, price = kf.shop(c)
        si = kf.saved_wallet(c, cus.id)
        sub = c.v1.subscriptions.create(
            {
                "customer": cus.id,
                "items": [{"price": price.id}],
                "default_payment_method": si.payment_method,
                "off_session": True,
            }
        )
        http = httpx.Client(
            base_url=sandbox.url,
            headers={"Authorization": f"Bearer {key}", "Stripe-Version": stripe.api_version},
        )

        def get(path, *expand, **params):
            resp = http.get(path, params={"expand[]": list(expand), **params})
            assert resp.status_code == 200, resp.text
            return resp.json()

        inv = get(f"/v1/invoices/{sub.latest_invoice}", "payments", "confirmation_secret")
        pi_id = inv["payments"]["data"][0]["payment"]["payment_intent"]
        refund = c.v1.refunds.create({"payment_intent": pi_id, "amount": 1000})
        pi = get(f"/v1/payment_intents/{pi_id}")
        setup = get(f"/v1/setup_intents/{si.id}")
        subscription = get(
            f"/v1/subscriptions/{sub.id}",
            "items.data.price.currency_options",
            "items.data.price.tiers",
            "items.data.plan.tiers",
        )
        objects = {
            "customer": get(
                f"/v1/customers/{cus.id}",
                "subscriptions",
                "tax_ids",
                "sources",
                "cash_balance",
                "invoice_credit_balance",
                "tax",
            ),
            "product": get(f"/v1/products/{price.product}"),
            "price": get(f"/v1/prices/{price.id}", "currency_options", "tiers"),
            "plan": subscription["items"]["data"][0]["plan"],
            "setup_intent": setup,
            "setup_attempt": get("/v1/setup_attempts", setup_intent=si.id)["data"][0],
            "payment_method": get(f"/v1/payment_methods/{si.payment_method}"),
            "mandate": get(f"/v1/mandates/{si.mandate}"),
            "subscription": subscription,
            "subscription_item": subscription["items"]["data"][0],
            "invoice": inv,
            "line_item": get(f"/v1/invoices/{inv['id']}/lines")["data"][0],
            "invoice_payment": inv["payments"]["data"][0],
            "payment_intent": pi,
            "charge": get(f"/v1/charges/{pi['latest_charge']}", "refunds"),
            "refund": get(f"/v1/refunds/{refund.id}"),
            "event": get("/v1/events", type="invoice.paid")["data"][0],
            "test_helpers.test_clock": get(f"/v1/test_helpers/test_clocks/{clock.id}"),
        }
        http.close()
    return objects


def test_the_walker_finds_missing_mistyped_and_undeclared_fields():
    ok = {
        "id": "cus_1",
        "object": "customer",
        "created": 1,
        "livemode": False,
        "invoice_settings": {"custom_fields": None, "default_payment_method": None},
    }
    found = problems(dict(ok, created="1", extra=1), stripe.Customer, "customer")
    assert "customer.created: str where the SDK declares <class 'int'>" in found
    assert "customer.extra: not declared by the SDK" in found
    assert "customer.email: missing" in found
    assert "customer.invoice_settings.footer: missing" in found
    assert not [p for p in found if p.startswith(("customer.id", "customer.deleted"))]


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_served_object_matches_the_sdk_declaration(served, kind):
    obj = served[kind]
    assert obj["object"] == kind
    found = problems(
        obj,
        CLASSES[kind],
        kind,
        sparse=SPARSE,
        absent_ok=STRIPE_OMITS | NOT_MODELLED,
        undeclared_ok=SDK_LAGS,
    )
    assert not found, "\n".join(found)


def test_every_exemption_is_still_needed(served):
    """An exemption no object needs any more would hide the next regression: drop it."""
    exempt = STRIPE_OMITS | NOT_MODELLED
    checker = Checker(SPARSE, exempt, SDK_LAGS)
    for kind, cls in CLASSES.items():
        checker.check(served[kind], cls, kind)
    assert checker.found == []
    assert set(exempt) | set(SDK_LAGS) == checker.used
