"""Stripe's per-second request limit in the sandbox: 429 with Stripe's body and header."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
import stripe

from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.sandbox.rate_limit import RateLimiter

KEY = "sk_test_ratelimit1234"
OTHER = "sk_test_ratelimit5678"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def get(url: str, key: str) -> tuple[int, dict, dict]:
    req = urllib.request.Request(
        url + "/v1/customers?limit=1", headers={"Authorization": f"Bearer {key}"}
    )
    try:
        with urllib.request.urlopen(req) as resp:
            return resp.status, dict(resp.headers), json.loads(resp.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, dict(err.headers), json.loads(err.read())


@pytest.fixture
def limited():
    clock = Clock()
    with EmbeddedSandbox(rate_limit=True) as sb:
        assert sb.server.rate_limiter is not None
        sb.server.rate_limiter = RateLimiter(clock=clock)
        yield sb, clock


def test_test_mode_allows_25_a_second_then_answers_stripes_429(limited):
    sb, _clock = limited
    assert [get(sb.url, KEY)[0] for _ in range(25)] == [200] * 25
    status, headers, body = get(sb.url, KEY)
    assert status == 429
    assert headers["Stripe-Rate-Limited-Reason"] == "global-rate"
    assert "Retry-After" not in headers and "Stripe-Should-Retry" not in headers
    assert "Request-Id" in headers
    error = body["error"]
    assert error["type"] == "invalid_request_error"
    assert error["code"] == "rate_limit"
    assert error["doc_url"] == "https://docs.stripe.com/error-codes/rate-limit"
    assert "rate limit" in error["message"]


def test_the_bucket_refills_with_time_and_each_key_has_its_own(limited):
    sb, clock = limited
    for _ in range(25):
        get(sb.url, KEY)
    assert get(sb.url, KEY)[0] == 429
    assert get(sb.url, OTHER)[0] == 200  # another key: its own bucket
    clock.now += 0.2  # a fifth of a second: five more requests
    assert [get(sb.url, KEY)[0] for _ in range(6)] == [200] * 5 + [429]


def test_a_steady_rate_under_the_limit_always_passes(limited):
    sb, clock = limited
    for _ in range(100):  # 20 a second for five seconds
        assert get(sb.url, KEY)[0] == 200
        clock.now += 0.05
    assert sb.server.rate_limiter.refused == 0


def test_live_mode_limit_is_100():
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    assert sum(limiter.allow("sk_live_abc") for _ in range(150)) == 100
    assert sum(limiter.allow("sk_test_abc") for _ in range(150)) == 25


def test_the_sdk_sees_a_rate_limit_error(limited):
    sb, _clock = limited
    client = stripe.StripeClient(KEY, base_addresses={"api": sb.url})
    for _ in range(25):
        client.v1.customers.list({"limit": 1})
    with pytest.raises(stripe.RateLimitError) as caught:
        client.v1.customers.list({"limit": 1})
    assert caught.value.http_status == 429
    assert caught.value.json_body["error"]["code"] == "rate_limit"


def test_off_by_default(sandbox):
    assert sandbox.server.rate_limiter is None
    assert all(get(sandbox.url, KEY)[0] == 200 for _ in range(40))
