"""Idempotency-Key: replay, mismatch, in-flight duplicates, what is and is not stored."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request

import pytest
import stripe

KEY = "sk_test_kpadmin0000000000000000"


def post(sandbox, path, body, idem, key=KEY):
    req = urllib.request.Request(
        sandbox.url + path,
        data=body.encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {key}",
            "Idempotency-Key": idem,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    try:
        with urllib.request.urlopen(req) as resp:
            return resp.status, resp.headers, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.headers, json.loads(err.read())


def test_replay_returns_the_first_response(sandbox):
    s1, h1, b1 = post(sandbox, "/v1/customers", "name=Kim&email=k@example.kr", "k-1")
    s2, h2, b2 = post(sandbox, "/v1/customers", "name=Kim&email=k@example.kr", "k-1")
    assert s1 == s2 == 200 and b1 == b2
    assert "Idempotent-Replayed" not in h1 and h2["Idempotent-Replayed"] == "true"
    assert h1["Request-Id"] != h2["Request-Id"]
    assert len(sandbox.store.all("customer")) == 1


def test_sdk_retries_with_same_key_are_replays(sandbox, test_key):
    c = stripe.StripeClient(test_key, base_addresses={"api": sandbox.url})
    a = c.v1.products.create({"name": "P"}, {"idempotency_key": "same"})
    b = c.v1.products.create({"name": "P"}, {"idempotency_key": "same"})
    assert a.id == b.id
    with pytest.raises(stripe.IdempotencyError) as err:
        c.v1.products.create({"name": "Q"}, {"idempotency_key": "same"})
    assert err.value.user_message == (
        "Keys for idempotent requests can only be used with the same parameters they were "
        "first used with. Try using a key other than 'same' if you meant to execute a "
        "different request."
    )


def test_same_key_other_path_is_a_mismatch(sandbox):
    post(sandbox, "/v1/customers", "name=A", "k-path")
    status, _, body = post(sandbox, "/v1/products", "name=A", "k-path")
    assert status == 400 and body["error"]["type"] == "idempotency_error"


def test_keys_are_scoped_to_the_api_key(sandbox):
    post(sandbox, "/v1/customers", "name=A", "shared")
    status, headers, _ = post(
        sandbox, "/v1/customers", "name=A", "shared", key="sk_test_someoneelse00"
    )
    assert status == 200 and "Idempotent-Replayed" not in headers
    assert len(sandbox.store.all("customer")) == 2


def test_validation_failures_are_not_stored_but_execution_errors_are(sandbox):
    status, _, _ = post(sandbox, "/v1/customers", "nmae=A", "k-val")
    assert status == 400
    status, headers, _ = post(sandbox, "/v1/customers", "name=A", "k-val")
    assert status == 200 and "Idempotent-Replayed" not in headers
    # A missing product is found while executing: the 404 is stored and replayed.
    body = "product=prod_missing&currency=krw&unit_amount=100"
    s1, _, e1 = post(sandbox, "/v1/prices", body, "k-exec")
    s2, h2, e2 = post(sandbox, "/v1/prices", body, "k-exec")
    assert s1 == s2 == 404 and e1 == e2 and h2["Idempotent-Replayed"] == "true"


def test_concurrent_duplicate_is_409(sandbox):
    # The latency holds the first answer back long enough for the second to arrive under
    # load; it stays on (set to 0 in between, it could cut the first one's wait short).
    sandbox.set_latency(1500)
    results = {}

    def first():
        results["first"] = post(sandbox, "/v1/customers", "name=Slow", "k-conc")

    def first_in_flight():
        items = sandbox.server.idempotency._items
        return any(key == "k-conc" and not item.done for (_o, key), item in list(items.items()))

    t = threading.Thread(target=first)
    t.start()
    deadline = time.monotonic() + 10
    while not first_in_flight():  # its key is taken, its answer held back by the latency
        assert time.monotonic() < deadline, "the first request never reached the sandbox"
        time.sleep(0.005)
    status, _, body = post(sandbox, "/v1/customers", "name=Slow", "k-conc")
    t.join()
    assert status == 409 and body["error"]["code"] == "idempotency_key_in_use"
    assert results["first"][0] == 200


def test_expired_keys_are_forgotten(sandbox):
    import time

    post(sandbox, "/v1/customers", "name=A", "k-old")
    sandbox.server.idempotency.clock = lambda: time.time() + 24 * 3600 + 5
    status, headers, _ = post(sandbox, "/v1/customers", "name=B", "k-old")
    assert status == 200 and "Idempotent-Replayed" not in headers
