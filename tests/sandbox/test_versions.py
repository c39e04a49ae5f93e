"""API versions: header or account default, echoed back, and the endive change."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
import stripe
from stripe.params import SetupIntentCreateParams

from kpadmin.sandbox.core import Routes
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.sandbox.server import DEFAULT_API_VERSION

KEY = "sk_test_kpadmin0000000000000000"

# A stand-in SetupIntent endpoint: these tests are about the server's version rules,
# not about SetupIntents, so they do not depend on the real resource module.
probe = Routes()


@probe.post(
    "/v1/setup_intents", params=SetupIntentCreateParams, extra_params=("payment_method_types",)
)
def _create(ctx):
    return {
        "id": "seti_probe",
        "object": "setup_intent",
        "api_version_seen": ctx.api_version,
        "sent": sorted(ctx.params),
    }


@pytest.fixture
def sb():
    with EmbeddedSandbox(routes=[probe]) as box:
        yield box


def post(url, path, body, version=None):
    headers = {
        "Authorization": f"Bearer {KEY}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    if version:
        headers["Stripe-Version"] = version
    req = urllib.request.Request(url + path, data=body.encode(), method="POST", headers=headers)
    try:
        with urllib.request.urlopen(req) as resp:
            return resp.status, resp.headers, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.headers, json.loads(err.read())


def test_default_version_is_echoed(sb):
    status, headers, body = post(sb.url, "/v1/setup_intents", "customer=cus_1")
    assert status == 200 and headers["Stripe-Version"] == DEFAULT_API_VERSION
    assert body["api_version_seen"] == DEFAULT_API_VERSION
    assert DEFAULT_API_VERSION < "2026-09-30"


def test_guides_curl_works_at_default_version(sb):
    status, _, body = post(
        sb.url, "/v1/setup_intents", "customer=cus_1&payment_method_types[]=kakao_pay"
    )
    assert status == 200 and "payment_method_types" in body["sent"]


def test_payment_method_types_refused_from_endive(sb):
    status, headers, body = post(
        sb.url, "/v1/setup_intents", "payment_method_types[]=kakao_pay", "2026-10-28.endive"
    )
    assert status == 400 and headers["Stripe-Version"] == "2026-10-28.endive"
    assert body["error"]["code"] == "payment_method_types_no_longer_supported"
    assert body["error"]["param"] == "payment_method_types"
    status, _, _ = post(
        sb.url,
        "/v1/setup_intents",
        "allowed_payment_method_types[0]=kakao_pay",
        "2026-10-28.endive",
    )
    assert status == 200


def test_allowed_payment_method_types_needs_dahlia(sb):
    status, _, body = post(
        sb.url, "/v1/setup_intents", "allowed_payment_method_types[0]=kakao_pay", "2025-03-31.basil"
    )
    assert status == 400 and body["error"]["code"] == "parameter_unknown"


@pytest.mark.parametrize(
    "bad", ["yesterday", "2026-13-01", "2026-02-30", "2026-10-28.Endive", "2999-01-01.future"]
)
def test_malformed_version_is_400(sb, bad):
    status, _, body = post(sb.url, "/v1/setup_intents", "customer=cus_1", bad)
    assert status == 400 and body["error"]["message"].startswith(
        f"Invalid Stripe API version: {bad}"
    )


def test_account_default_is_configurable_and_sdk_pins_its_own():
    with EmbeddedSandbox(routes=[probe], api_version="2026-10-28.endive") as box:
        _, headers, _ = post(box.url, "/v1/setup_intents", "customer=cus_1")
        assert headers["Stripe-Version"] == "2026-10-28.endive"
        client = stripe.StripeClient(
            KEY, base_addresses={"api": box.url}, stripe_version="2026-08-26.dahlia"
        )
        seen = client.v1.setup_intents.create({"customer": "cus_1"})
        assert seen["api_version_seen"] == "2026-08-26.dahlia"
