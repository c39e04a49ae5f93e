"""``expand[]`` as on Stripe: only expandable fields, at any depth; includable fields only when asked.

Raw HTTP (httpx) so that the JSON is seen exactly as served.
"""

from __future__ import annotations

import httpx
import kakao_flow as kf
import pytest


@pytest.fixture
def shop(sandbox, test_key):
    """A customer with a saved wallet and a paid subscription; an HTTP client for raw GETs."""
    c = kf.client(sandbox, test_key)
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
    http = httpx.Client(base_url=sandbox.url, headers={"Authorization": f"Bearer {test_key}"})
    yield {"customer": cus.id, "subscription": sub.id, "invoice": sub.latest_invoice, "http": http}
    http.close()


def get(shop, path, *expand, version=None):
    headers = {"Stripe-Version": version} if version else {}
    return shop["http"].get(path, params={"expand[]": list(expand)}, headers=headers)


def refused(resp, path):
    assert resp.status_code == 400, resp.text
    err = resp.json()["error"]
    assert err["type"] == "invalid_request_error" and err["param"] == "expand"
    assert err["message"] == f"This property cannot be expanded ({path})."


@pytest.mark.parametrize(
    ("where", "path"),
    [
        ("customer", "email"),
        ("customer", "invoice_settings.footer"),
        ("customer", "invoice_settings"),
        ("customers", "data.email"),
        ("customers", "email"),
        ("subscription", "latest_invoice.number"),
        ("subscription", "items"),
        ("subscription", "items.data.price.nickname"),
        ("subscription", "items.data.plan.interval"),
        ("invoice", "lines.data.amount"),
        ("invoice", "metadata"),
    ],
)
def test_a_field_that_does_not_expand_is_refused_at_any_depth(shop, where, path):
    url = {
        "customer": f"/v1/customers/{shop['customer']}",
        "customers": "/v1/customers",
        "subscription": f"/v1/subscriptions/{shop['subscription']}",
        "invoice": f"/v1/invoices/{shop['invoice']}",
    }[where]
    refused(get(shop, url, path), path)


def test_an_empty_list_still_checks_its_paths(shop):
    refused(get(shop, "/v1/refunds", "data.email"), "data.email")
    assert get(shop, "/v1/refunds", "data.charge").status_code == 200


def test_a_refused_write_leaves_nothing_behind(shop):
    resp = shop["http"].post(
        "/v1/customers", data={"name": "Kim", "expand[]": "invoice_settings.footer"}
    )
    refused(resp, "invoice_settings.footer")
    names = [c["name"] for c in get(shop, "/v1/customers").json()["data"]]
    assert "Kim" not in names


def test_paths_through_sub_hashes_lists_and_embedded_objects_expand(shop):
    cus = get(shop, f"/v1/customers/{shop['customer']}", "invoice_settings.default_payment_method")
    assert cus.status_code == 200, cus.text
    assert cus.json()["invoice_settings"]["default_payment_method"] is None
    sub = get(
        shop,
        f"/v1/subscriptions/{shop['subscription']}",
        "items.data.price.product",
        "latest_invoice.payments",
    ).json()
    assert sub["items"]["data"][0]["price"]["product"]["object"] == "product"
    payments = sub["latest_invoice"]["payments"]
    assert payments["object"] == "list" and payments["data"][0]["status"] == "paid"
    one = get(shop, f"/v1/invoices/{shop['invoice']}", "payments.data.payment.payment_intent")
    payment = one.json()["payments"]["data"][0]["payment"]
    assert payment["payment_intent"]["object"] == "payment_intent"
    listed = get(shop, "/v1/invoices", "data.payments").json()
    assert listed["data"][0]["payments"]["data"][0]["payment"]["payment_intent"].startswith("pi_")


def test_invoice_payments_and_confirmation_secret_only_when_expanded(shop):
    url = f"/v1/invoices/{shop['invoice']}"
    plain = get(shop, url).json()
    assert "payments" not in plain and "confirmation_secret" not in plain
    full = get(shop, url, "payments", "confirmation_secret").json()
    assert full["payments"]["data"][0]["invoice"] == shop["invoice"]
    assert set(full["confirmation_secret"]) == {"client_secret", "type"}
    # Expanded objects follow the same rule: the subscription's invoice has no payments.
    sub = get(shop, f"/v1/subscriptions/{shop['subscription']}", "latest_invoice").json()
    assert "payments" not in sub["latest_invoice"]


def test_customer_includable_fields(shop):
    url = f"/v1/customers/{shop['customer']}"
    names = ("subscriptions", "tax_ids", "sources", "cash_balance", "invoice_credit_balance")
    plain = get(shop, url).json()
    assert not set(names) & set(plain)
    resp = get(shop, url, *names)
    assert resp.status_code == 200, resp.text
    cus = resp.json()
    assert [s["id"] for s in cus["subscriptions"]["data"]] == [shop["subscription"]]
    assert cus["subscriptions"]["url"] == f"/v1/customers/{shop['customer']}/subscriptions"
    assert cus["tax_ids"] == {
        "object": "list",
        "data": [],
        "has_more": False,
        "url": f"/v1/customers/{shop['customer']}/tax_ids",
    }
    assert cus["sources"]["data"] == [] and cus["sources"]["object"] == "list"
    assert cus["cash_balance"]["object"] == "cash_balance"
    assert cus["cash_balance"]["customer"] == shop["customer"]
    assert cus["invoice_credit_balance"] == {}
    listed = get(shop, "/v1/customers", "data.subscriptions").json()
    assert listed["data"][0]["subscriptions"]["data"][0]["id"] == shop["subscription"]
