"""Saving a Kakao Pay wallet: SetupIntent → approval page → succeeded, and its failures."""

from __future__ import annotations

import httpx
import kakao_flow as kf
import pytest
import stripe


def test_three_call_seed_flow(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)

    si = kf.start_setup(c, cus.id)
    assert si.status == "requires_action"
    assert si.next_action.type == "redirect_to_url"
    assert si.next_action.redirect_to_url.return_url == kf.RETURN_URL
    assert si.next_action.redirect_to_url.url.startswith(sandbox.url + "/_sandbox/kakao_pay/")
    assert si.payment_method_types == ["kakao_pay"]

    query = kf.returned(kf.press(si.next_action.redirect_to_url.url, "authorize"))
    assert query == {
        "order": "42",
        "setup_intent": si.id,
        "setup_intent_client_secret": si.client_secret,
        "redirect_status": "succeeded",
    }

    si = c.v1.setup_intents.retrieve(si.id)
    assert si.status == "succeeded" and si.next_action is None
    pm = c.v1.payment_methods.retrieve(si.payment_method)
    assert pm.type == "kakao_pay" and pm.customer == cus.id and pm.kakao_pay.to_dict() == {}
    mandate = c.v1.mandates.retrieve(si.mandate)
    assert (mandate.type, mandate.status, mandate.payment_method) == ("multi_use", "active", pm.id)
    assert mandate.customer_acceptance.online.ip_address == "211.36.142.7"
    assert mandate.payment_method_details.type == "kakao_pay"
    assert [p.id for p in c.v1.customers.payment_methods.list(cus.id).data] == [pm.id]

    sub = c.v1.subscriptions.create(
        {
            "customer": cus.id,
            "items": [{"price": price.id}],
            "default_payment_method": pm.id,
            "off_session": True,
            "expand": ["latest_invoice.payments"],
        }
    )
    assert sub.status == "active"
    assert sub.latest_invoice.status == "paid" and sub.latest_invoice.amount_paid == 100000
    pi = c.v1.payment_intents.retrieve(
        sub.latest_invoice.payments.data[0].payment.payment_intent, {"expand": ["latest_charge"]}
    )
    assert pi.status == "succeeded" and pi.amount_received == 100000
    assert pi.latest_charge.status == "succeeded" and pi.latest_charge.amount == 100000
    assert pi.latest_charge.payment_method_details.kakao_pay.transaction_id

    types = [e.type for e in c.v1.events.list({"limit": 100}).data]
    for t in (
        "setup_intent.succeeded",
        "mandate.updated",
        "payment_intent.succeeded",
        "invoice.paid",
        "customer.subscription.created",
    ):
        assert t in types


def test_fail_button_leaves_setup_failed(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    si = kf.start_setup(c, cus.id)
    query = kf.returned(kf.press(si.next_action.redirect_to_url.url, "fail"))
    assert query["redirect_status"] == "failed"
    si = c.v1.setup_intents.retrieve(si.id)
    assert si.status == "requires_payment_method" and si.next_action is None
    assert si.last_setup_error.code == "setup_intent_authentication_failure"
    assert si.mandate is None
    assert c.v1.customers.payment_methods.list(cus.id).data == []
    assert "setup_intent.setup_failed" in [e.type for e in c.v1.events.list().data]


def test_legacy_payment_method_types_by_version(sandbox, test_key):
    """The guide's curl form works under an older pinned version, not under endive."""
    form = {
        "customer": "",
        "confirm": "true",
        "payment_method_types[]": "kakao_pay",
        "payment_method_data[type]": "kakao_pay",
        "return_url": kf.RETURN_URL,
        "mandate_data[customer_acceptance][type]": "online",
        "mandate_data[customer_acceptance][online][ip_address]": "1.2.3.4",
        "mandate_data[customer_acceptance][online][user_agent]": "curl/8",
    }
    form["customer"] = kf.client(sandbox, test_key).v1.customers.create({"name": "박"}).id
    headers = {"Authorization": f"Bearer {test_key}"}
    old = httpx.post(
        f"{sandbox.url}/v1/setup_intents",
        data=form,
        headers={**headers, "Stripe-Version": "2025-03-31.basil"},
    )
    assert old.status_code == 200, old.text
    assert old.json()["status"] == "requires_action"
    assert old.json()["payment_method_types"] == ["kakao_pay"]
    new = httpx.post(
        f"{sandbox.url}/v1/setup_intents",
        data=form,
        headers={**headers, "Stripe-Version": "2026-10-28.endive"},
    )
    assert new.status_code == 400
    assert new.json()["error"]["code"] == "payment_method_types_no_longer_supported"


def test_setup_parameter_errors(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.setup_intents.create({"customer": cus.id, "return_url": kf.RETURN_URL})
    assert e.value.param == "return_url"
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.setup_intents.create(
            {"customer": cus.id, "confirm": True, "payment_method_data": {"type": "kakao_pay"}}
        )
    assert e.value.param == "return_url"
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.setup_intents.create(
            {
                "customer": cus.id,
                "confirm": True,
                "return_url": kf.RETURN_URL,
                "payment_method_data": {"type": "kakao_pay"},
                "mandate_data": {
                    "customer_acceptance": {"type": "online", "online": {"ip_address": "1.2.3.4"}}
                },
            }
        )
    assert e.value.code == "parameter_missing"


def test_cancel_and_list(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    si = kf.start_setup(c, cus.id)
    done = kf.saved_wallet(c, cus.id)
    canceled = c.v1.setup_intents.cancel(si.id, {"cancellation_reason": "abandoned"})
    assert canceled.status == "canceled" and canceled.cancellation_reason == "abandoned"
    with pytest.raises(stripe.InvalidRequestError) as e:
        c.v1.setup_intents.cancel(done.id)
    assert e.value.code == "setup_intent_unexpected_state"
    listed = c.v1.setup_intents.list({"customer": cus.id}).data
    assert [s.id for s in listed] == [done.id, si.id]
    other = c.v1.customers.create({"name": "최"})
    assert c.v1.setup_intents.list({"customer": other.id}).data == []


def test_detach_ends_the_mandate(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    si = kf.saved_wallet(c, cus.id)
    pm = c.v1.payment_methods.detach(si.payment_method)
    assert pm.customer is None
    assert c.v1.mandates.retrieve(si.mandate).status == "inactive"
    assert c.v1.payment_methods.list({"customer": cus.id, "type": "kakao_pay"}).data == []
