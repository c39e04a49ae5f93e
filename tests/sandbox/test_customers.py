"""Customers: fields, validation, default payment method, deletion."""

from __future__ import annotations

import pytest
import stripe


@pytest.fixture
def client(sandbox, test_key):
    return stripe.StripeClient(test_key, base_addresses={"api": sandbox.url})


def test_create_with_fields(client):
    c = client.v1.customers.create(
        {
            "name": "정하은",
            "email": "haeun@example.kr",
            "phone": "+821012345678",
            "description": "VIP",
            "preferred_locales": ["ko-KR", "en"],
            "address": {"line1": "테헤란로 1", "city": "Seoul", "country": "kr"},
            "metadata": {"source": "kpadmin"},
        }
    )
    assert c.preferred_locales == ["ko-KR", "en"] and c.address.country == "KR"
    assert c.invoice_settings.default_payment_method is None
    assert c.metadata.to_dict() == {"source": "kpadmin"}
    assert c.delinquent is False and c.balance == 0
    assert len(c.invoice_prefix) == 8


@pytest.mark.parametrize(
    "params, param",
    [
        ({"email": "not-an-email"}, "email"),
        ({"preferred_locales": ["korean!"]}, "preferred_locales[0]"),
        ({"tax_exempt": "sometimes"}, "tax_exempt"),
        ({"address": {"country": "Korea"}}, "address[country]"),
        ({"metadata": {"k" * 41: "v"}}, f"metadata[{'k' * 41}]"),
        ({"test_clock": "clock_missing"}, "test_clock"),
    ],
)
def test_validation(client, params, param):
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.create(params)
    assert err.value.param == param


def test_update_unsets_with_empty_values(client):
    c = client.v1.customers.create(
        {"name": "A", "description": "d", "metadata": {"x": "1"}, "address": {"city": "Busan"}}
    )
    c = client.v1.customers.update(c.id, {"description": "", "metadata": "", "address": ""})
    assert c.description is None and c.metadata.to_dict() == {} and c.address is None


def test_default_payment_method_must_belong_to_the_customer(client, sandbox):
    c = client.v1.customers.create({"name": "A"})
    other = client.v1.customers.create({"name": "B"})
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.update(
            c.id, {"invoice_settings": {"default_payment_method": "pm_missing"}}
        )
    assert err.value.http_status == 404
    assert err.value.param == "invoice_settings[default_payment_method]"
    # PaymentMethods are written by the payment-methods module; put one in the store directly.
    pm = {
        "id": "pm_test_kakao0001",
        "object": "payment_method",
        "type": "kakao_pay",
        "kakao_pay": {},
        "customer": other.id,
        "created": 1,
        "livemode": False,
        "metadata": {},
        "billing_details": {},
    }
    sandbox.store.put(pm)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.update(c.id, {"invoice_settings": {"default_payment_method": pm["id"]}})
    assert "must be attached to the customer" in err.value.user_message
    pm["customer"] = c.id
    sandbox.store.put(pm)
    c = client.v1.customers.update(
        c.id,
        {
            "invoice_settings": {"default_payment_method": pm["id"]},
            "expand": ["invoice_settings.default_payment_method"],
        },
    )
    assert c.invoice_settings.default_payment_method.type == "kakao_pay"
    c = client.v1.customers.update(c.id, {"invoice_settings": {"default_payment_method": ""}})
    assert c.invoice_settings.default_payment_method is None


def test_delete_and_deleted_retrieve(client):
    c = client.v1.customers.create({"name": "Bye", "email": "bye@example.kr"})
    gone = client.v1.customers.delete(c.id)
    assert gone.deleted is True
    again = client.v1.customers.retrieve(c.id)
    assert again.deleted is True and again.id == c.id
    assert client.v1.customers.list({"email": "bye@example.kr"}).data == []
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.update(c.id, {"name": "back"})
    assert err.value.http_status == 404
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.customers.delete(c.id)
    evt = client.v1.events.list({"type": "customer.deleted"}).data[0]
    assert evt.data.object.id == c.id and evt.data.object.email == "bye@example.kr"


def test_events_record_every_change(client):
    c = client.v1.customers.create({"name": "E"})
    client.v1.customers.update(c.id, {"email": "e@example.kr"})
    client.v1.customers.delete(c.id)
    evts = client.v1.events.list({"type": "customer.*"}).data
    assert [e.type for e in evts] == ["customer.deleted", "customer.updated", "customer.created"]
    assert evts[1].data.previous_attributes.to_dict() == {"email": None}
    assert all(e.request.id and e.request.id.startswith("req_") for e in evts)
