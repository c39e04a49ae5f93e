"""Objects follow the request's ``Stripe-Version``: what a version removed is gone, older
versions keep what they had, and fields a version added appear from that version on."""

from __future__ import annotations

import httpx
import kakao_flow as kf
import pytest

#: The last version before basil (2025-03-31), which moved ``invoice.subscription``.
ACACIA = "2025-02-24.acacia"
BASIL = "2025-03-31.basil"
#: Before ``allowed_payment_method_types`` (2026-07-29.dahlia).
CLOVER = "2025-09-30.clover"
DAHLIA = "2026-07-29.dahlia"
ENDIVE = "2026-10-28.endive"


@pytest.fixture
def http(sandbox, test_key):
    with httpx.Client(
        base_url=sandbox.url, headers={"Authorization": f"Bearer {test_key}"}
    ) as client:
        yield client


def test_invoice_subscription_until_basil_then_parent(sandbox, test_key, http):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    sub = c.v1.subscriptions.create({"customer": cus.id, "items": [{"price": price.id}]})
    url = f"/v1/invoices/{sub.latest_invoice}"
    old = http.get(url, headers={"Stripe-Version": ACACIA}).json()
    assert old["subscription"] == sub.id
    for version in (BASIL, ENDIVE):
        new = http.get(url, headers={"Stripe-Version": version}).json()
        assert "subscription" not in new
        assert new["parent"]["subscription_details"]["subscription"] == sub.id
    # Expanded and listed invoices are shaped the same way.
    listed = http.get(
        "/v1/subscriptions",
        params={"expand[]": "data.latest_invoice"},
        headers={"Stripe-Version": ACACIA},
    ).json()
    assert listed["data"][0]["latest_invoice"]["subscription"] == sub.id


def test_subscription_period_until_basil_then_on_items(sandbox, test_key, http):
    c = kf.client(sandbox, test_key)
    cus, price = kf.shop(c)
    sub = c.v1.subscriptions.create({"customer": cus.id, "items": [{"price": price.id}]})
    url = f"/v1/subscriptions/{sub.id}"
    old = http.get(url, headers={"Stripe-Version": ACACIA}).json()
    item = old["items"]["data"][0]
    assert old["current_period_start"] == item["current_period_start"]
    assert old["current_period_end"] == item["current_period_end"] > item["current_period_start"]
    new = http.get(url, headers={"Stripe-Version": BASIL}).json()
    assert "current_period_start" not in new and "current_period_end" not in new
    assert new["items"]["data"][0]["current_period_end"] == item["current_period_end"]


@pytest.mark.parametrize("version", [CLOVER, DAHLIA, ENDIVE])
def test_intents_echo_allowed_payment_method_types_from_dahlia(sandbox, test_key, http, version):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    has_it = version >= DAHLIA
    headers = {"Stripe-Version": version}
    types = (
        {"allowed_payment_method_types[]": "kakao_pay"}
        if has_it
        else {"payment_method_types[]": "kakao_pay"}
    )
    si = http.post("/v1/setup_intents", data={"customer": cus.id, **types}, headers=headers)
    pi = http.post(
        "/v1/payment_intents",
        data={"amount": "5000", "currency": "krw", "customer": cus.id, **types},
        headers=headers,
    )
    for resp in (si, pi):
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert body["payment_method_types"] == ["kakao_pay"]
        if has_it:
            assert body["allowed_payment_method_types"] == ["kakao_pay"]
        else:
            assert "allowed_payment_method_types" not in body
    if has_it:  # not sent: null
        plain = http.post("/v1/setup_intents", data={"customer": cus.id}, headers=headers)
        assert plain.json()["allowed_payment_method_types"] is None
