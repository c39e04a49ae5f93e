"""The sandbox's fault injection itself: admin endpoint, each kind's symptom, seeded draws, CLI."""

from __future__ import annotations

import httpx
import pytest

from kpadmin.sandbox.__main__ import parse_args
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.sandbox.faults import FAULT_KINDS, FaultInjector, FaultPlan

KEY = "sk_test_" + "I" * 24


def _post(sb: EmbeddedSandbox, name: str, timeout: float = 5.0) -> httpx.Response:
    return httpx.post(
        f"{sb.url}/v1/customers",
        data={"name": name},
        auth=(KEY, ""),
        headers={"Idempotency-Key": f"k-{name}"},
        timeout=timeout,
    )


def _names(sb: EmbeddedSandbox) -> list[str]:
    return [c["name"] for c in sb.store.all("customer")]


def test_admin_endpoint_configures_and_counts():
    with EmbeddedSandbox() as sb:
        base = f"{sb.url}/_sandbox/admin/faults"
        assert httpx.get(base).json()["rate"] == 0.0
        r = httpx.post(base, data={"rate": "1", "kinds": "500", "seed": "3"})
        assert r.status_code == 200 and r.json()["kinds"] == ["500"]
        assert _post(sb, "a").status_code == 500
        assert httpx.get(base).json()["injected"]["500"] == 1
        assert httpx.post(base, data={"kinds": "nonsense"}).status_code == 400
        assert httpx.post(base, data={"rate": "1.5"}).status_code == 400
        httpx.post(base, data={"rate": "0", "reset": "1"})
        assert httpx.get(base).json()["injected_total"] == 0
        assert _post(sb, "b").status_code == 200
        assert _names(sb) == ["b"]  # the 500 came before anything was stored


def test_429_asks_the_client_to_retry():
    with EmbeddedSandbox(faults=FaultPlan(rate=1, kinds=("429",))) as sb:
        r = _post(sb, "x")
        assert r.status_code == 429
        assert r.headers["Stripe-Should-Retry"] == "true"
        assert r.json()["error"]["code"] == "rate_limit"
        assert _names(sb) == []


#: What a client sees when the server closes the connection instead of answering: an
#: empty reply, or a reset when the close overtakes the request (timing decides which).
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


def test_drop_before_and_after():
    with EmbeddedSandbox(faults=FaultPlan(rate=1, kinds=("drop-before",))) as sb:
        with pytest.raises(DROPPED):
            _post(sb, "before")
        sb.server.faults.configure(kinds="drop-after")
        with pytest.raises(DROPPED):
            _post(sb, "after")
        assert _names(sb) == ["after"]  # committed, though the client never heard
        sb.server.faults.configure(rate=0)
        replay = _post(sb, "after")  # same idempotency key: the stored answer
        assert replay.headers.get("Idempotent-Replayed") == "true"
        assert _names(sb) == ["after"]


def test_timeout_hangs_then_processes():
    with EmbeddedSandbox(faults=FaultPlan(rate=1, kinds=("timeout",), hang_s=0.5)) as sb:
        with pytest.raises(httpx.ReadTimeout):
            _post(sb, "late", timeout=0.2)
        assert _names(sb) == []
        sb.server.faults.configure(rate=0)
        import time

        deadline = time.monotonic() + 3
        while not _names(sb) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _names(sb) == ["late"]


def test_seeded_draws_repeat_and_admin_pages_are_spared():
    a = FaultInjector(FaultPlan(rate=0.3, seed=42))
    b = FaultInjector(FaultPlan(rate=0.3, seed=42))
    draws = [a.draw("POST") for _ in range(200)]
    assert draws == [b.draw("POST") for _ in range(200)]
    assert {d for d in draws if d} == set(FAULT_KINDS)
    assert 30 <= sum(1 for d in draws if d) <= 90
    only_posts = FaultInjector(FaultPlan(rate=1, methods=frozenset({"POST"})))
    assert only_posts.draw("GET") is None and only_posts.draw("POST") is not None
    with EmbeddedSandbox(faults=FaultPlan(rate=1, kinds=("500",))) as sb:
        assert httpx.get(f"{sb.url}/_sandbox/admin/health").status_code == 200


def test_cli_flags():
    args = parse_args(["--fault-rate", "0.2", "--faults", "500,429,timeout", "--fault-seed", "7"])
    assert args.fault_plan == FaultPlan(
        rate=0.2, kinds=("500", "429", "timeout"), seed=7, hang_s=60.0
    )
    with pytest.raises(SystemExit):
        parse_args(["--faults", "explode"])
