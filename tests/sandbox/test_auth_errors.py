"""API keys: which are accepted, and Stripe's 401/403 bodies for the rest."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
import stripe

from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.sandbox.wire import KeyPolicy

NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the "
    "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer "
    "YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or "
    "we can help at https://support.stripe.com/."
)


def get(url, path, auth=None):
    req = urllib.request.Request(url + path, headers={"Authorization": auth} if auth else {})
    try:
        with urllib.request.urlopen(req) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, json.loads(err.read())


def test_missing_key(sandbox):
    status, body = get(sandbox.url, "/v1/customers")
    assert status == 401
    assert body["error"]["type"] == "invalid_request_error"
    assert body["error"]["message"] == NO_KEY


@pytest.mark.parametrize(
    "key, shown",
    [
        ("sk_live_abcdefgh1234", "sk_live_****1234"),
        ("sk_test_", "sk_test_****est_"),
        ("nonsense-key-wxyz", "****wxyz"),
    ],
)
def test_malformed_or_live_keys(sandbox, key, shown):
    status, body = get(sandbox.url, "/v1/customers", f"Bearer {key}")
    assert status == 401
    assert body["error"]["message"] == f"Invalid API Key provided: {shown}"


def test_publishable_key_is_refused(sandbox):
    status, body = get(sandbox.url, "/v1/customers", "Bearer pk_test_abcdefgh")
    assert status == 401 and "publishable API key" in body["error"]["message"]


def test_any_test_key_by_default_and_basic_auth(sandbox):
    assert get(sandbox.url, "/v1/customers", "Bearer sk_test_anything123")[0] == 200
    assert get(sandbox.url, "/v1/customers", "Bearer rk_test_anything123")[0] == 200
    # curl -u sk_test_...:  (basic auth with the key as user name)
    assert get(sandbox.url, "/v1/customers", "Basic c2tfdGVzdF9hbnl0aGluZzEyMzo=")[0] == 200


def test_only_configured_keys_when_given():
    with EmbeddedSandbox(api_keys=["sk_test_onlythisone"]) as sb:
        assert get(sb.url, "/v1/customers", "Bearer sk_test_onlythisone")[0] == 200
        status, body = get(sb.url, "/v1/customers", "Bearer sk_test_somethingelse")
        assert status == 401 and body["error"]["message"].endswith("sk_test_****else")
        client = stripe.StripeClient("sk_test_other1234", base_addresses={"api": sb.url})
        with pytest.raises(stripe.AuthenticationError):
            client.v1.customers.list({"limit": 1})


def test_restricted_key_permissions():
    key, perms = KeyPolicy.parse_restricted("rk_test_limited1234=product_read,customers:write")
    assert perms == {"product_read", "customer_write"}
    with EmbeddedSandbox(restricted={key: perms}) as sb:
        assert get(sb.url, "/v1/customers?limit=1", f"Bearer {key}")[0] == 200
        assert get(sb.url, "/v1/products", f"Bearer {key}")[0] == 200
        status, body = get(sb.url, "/v1/prices", f"Bearer {key}")
        assert status == 403
        assert body["error"]["message"] == (
            "The provided key 'rk_test_****1234' does not have the required permissions for "
            "this endpoint on account 'acct_1KpadminSandbox00'. Having the 'rak_price_read' "
            "permission would allow this request to continue."
        )
        client = stripe.StripeClient(key, base_addresses={"api": sb.url})
        with pytest.raises(stripe.PermissionError) as err:
            client.v1.products.create({"name": "nope"})
        assert "rak_product_write" in err.value.user_message


def test_restricted_key_without_customer_read_fails_the_app_key_check():
    key = "rk_test_nocustomers9"
    with EmbeddedSandbox(restricted={key: frozenset({"product_write"})}) as sb:
        status, body = get(sb.url, "/v1/customers?limit=1", f"Bearer {key}")
        assert status == 403 and "'rak_customer_read'" in body["error"]["message"]


def test_admin_endpoints_need_no_key(sandbox):
    req = urllib.request.Request(
        sandbox.url + "/_sandbox/admin/latency", data=b"ms=5", method="POST"
    )
    with urllib.request.urlopen(req) as resp:
        assert json.loads(resp.read()) == {"latency_ms": 5}
    assert sandbox.server.latency_ms == 5
    status, body = get(sandbox.url, "/_sandbox/admin/health")
    assert status == 200 and body["ok"] is True
