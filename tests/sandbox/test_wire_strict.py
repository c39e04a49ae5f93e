"""The client's mistakes get Stripe's 4xx, never a 500, and nothing malformed is stored.

Each test sends the raw bytes a careless client (or a hostile one) would send:
bodies that are not UTF-8, percent-escapes that do not decode, a body over the
size limit, two pagination cursors, amounts past Stripe's 8 digits, versions
Stripe never released.
"""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
from urllib.parse import urlsplit

import kakao_flow as kf
import pytest
import stripe

from kpadmin.sandbox import versions
from kpadmin.sandbox.embedded import EmbeddedSandbox

KEY = "sk_test_kpadmin0000000000000000"


def raw(sandbox, method, path, body=b"", headers=None):
    """One request with exactly these bytes; (status, parsed JSON)."""
    parts = urlsplit(sandbox.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    hdrs = {"Authorization": f"Bearer {KEY}", **(headers or {})}
    if body:
        hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
    try:
        conn.request(method, path, body=body or None, headers=hdrs)
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def assert_refused(status, body, status_wanted=400):
    assert status == status_wanted, body
    err = body["error"]
    assert err["type"] == "invalid_request_error" and err["message"]


def test_body_that_is_not_utf8_is_a_400_and_nothing_is_stored(sandbox):
    status, body = raw(sandbox, "POST", "/v1/customers", b"name=\xff\xfe\xc3\x28")
    assert_refused(status, body)
    assert "UTF-8" in body["error"]["message"] and body["error"]["param"] == "name"
    assert sandbox.store.all("customer") == []


def test_body_over_the_limit_is_a_413(sandbox):
    big = b"name=" + b"x" * (5 * 1024 * 1024)
    status, body = raw(sandbox, "POST", "/v1/customers", big)
    assert_refused(status, body, 413)
    assert "too large" in body["error"]["message"]
    assert sandbox.store.all("customer") == []


@pytest.mark.parametrize(
    "form, param",
    [
        (b"email=%ZZ@x.com", "email"),
        (b"name=%FF%FE%FD", "name"),
        (b"name=ok%", "name"),
        (b"name=%C3%28", "name"),
        (b"metadata[%ZZ]=v", None),
    ],
)
def test_malformed_percent_encoding_is_refused_not_stored(sandbox, form, param):
    status, body = raw(sandbox, "POST", "/v1/customers", form)
    assert_refused(status, body)
    assert body["error"].get("param") == param
    assert sandbox.store.all("customer") == []


def test_query_strings_are_decoded_as_strictly(sandbox):
    status, body = raw(sandbox, "GET", "/v1/customers?email=%ZZ")
    assert_refused(status, body)
    status, body = raw(sandbox, "GET", "/v1/customers?limit=%FF")
    assert_refused(status, body)


def test_well_formed_utf8_is_stored_exactly(sandbox):
    name = "김민준 ✓ 😀 a+b&c=d%"
    from urllib.parse import urlencode

    status, body = raw(sandbox, "POST", "/v1/customers", urlencode({"name": name}).encode())
    assert status == 200 and body["name"] == name
    # Unescaped UTF-8 bytes, as some clients send them, are text too.
    status, body = raw(sandbox, "POST", "/v1/customers", "name=이서연".encode())
    assert status == 200 and body["name"] == "이서연"
    # A query string is decoded once: %2526 is the text "%26", not "&".
    status, body = raw(sandbox, "GET", "/v1/customers?email=a%2526b")
    assert status == 200 and body["data"] == []


def test_two_pagination_cursors_are_refused(sandbox):
    c = stripe.StripeClient(KEY, base_addresses={"api": sandbox.url})
    a = c.v1.customers.create({"name": "A"})
    b = c.v1.customers.create({"name": "B"})
    status, body = raw(sandbox, "GET", f"/v1/customers?starting_after={a.id}&ending_before={b.id}")
    assert_refused(status, body)
    assert body["error"]["message"] == (
        "You may only specify one of these parameters: ending_before, starting_after."
    )


@pytest.mark.parametrize("amount", [100_000_000, 10**20, 2**63])
def test_payment_intent_amount_has_the_price_ceiling(sandbox, amount):
    c = kf.client(sandbox, KEY)
    cus, _ = kf.shop(c)
    with pytest.raises(stripe.InvalidRequestError) as err:
        c.v1.payment_intents.create(
            {
                "amount": amount,
                "currency": "krw",
                "customer": cus.id,
                "allowed_payment_method_types": ["kakao_pay"],
                "payment_method_data": {"type": "kakao_pay"},
                "confirm": True,
                "return_url": kf.RETURN_URL,
            }
        )
    assert err.value.param == "amount"
    assert err.value.user_message == "This value must be less than or equal to 99999999."
    assert sandbox.store.all("payment_intent") == []
    pi = c.v1.payment_intents.create({"amount": 1000, "currency": "krw", "customer": cus.id})
    with pytest.raises(stripe.InvalidRequestError):
        c.v1.payment_intents.update(pi.id, {"amount": amount})
    assert c.v1.payment_intents.retrieve(pi.id).amount == 1000
    ok = c.v1.payment_intents.update(pi.id, {"amount": 99_999_999})
    assert ok.amount == 99_999_999


@pytest.mark.parametrize(
    "bad", ["2026-11-18.foo", "2026-08-27.dahlia", "2026-11-18", "2024-06-20.acacia", "2026-12-01"]
)
def test_stripe_version_must_be_a_release(sandbox, bad):
    status, body = raw(sandbox, "GET", "/v1/customers", headers={"Stripe-Version": bad})
    assert_refused(status, body)
    assert body["error"]["message"] == f"Invalid Stripe API version: {bad}"


@pytest.mark.parametrize(
    "good",
    ["2026-11-18.endive", "2026-08-26.dahlia", "2025-03-31.basil", "2024-06-20", "2011-06-21"],
)
def test_released_versions_are_accepted(sandbox, good):
    status, _ = raw(sandbox, "GET", "/v1/customers", headers={"Stripe-Version": good})
    assert status == 200


def test_the_installed_sdk_speaks_a_version_in_the_table():
    """Fails when the SDK is upgraded past the table: add the new releases then."""
    from stripe import _api_version

    assert _api_version._ApiVersion.CURRENT in versions.KNOWN_VERSIONS


def test_the_account_default_must_be_a_release_too():
    with pytest.raises(ValueError, match="not an API version Stripe released"):
        EmbeddedSandbox(api_version="2026-11-18.foo")
    done = subprocess.run(
        [sys.executable, "-m", "kpadmin.sandbox", "--api-version", "2026-08-27.dahlia"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "not an API version Stripe released" in done.stderr
