"""Error mapping, 429 back-off, unknown outcomes, hostile servers and cancellation.

The sandbox covers Stripe's own errors; a tiny scripted aiohttp server (real
HTTP, the real SDK on the client side) covers what the sandbox never does:
429s, 5xx and malformed bodies.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading

import pytest
from aiohttp import web

from kpadmin.domain.redact import contains_key
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.stripe_api import GatewayError, StripeGateway, new_action_key
from kpadmin.stripe_api.records import ProductDraft

FAST = (0.01, 0.01, 0.01)


class ScriptedServer:
    """Answers each request with the next scripted (status, body, headers); records requests."""

    def __init__(self, script):
        self.script = list(script)
        self.requests: list[dict] = []
        self.url = ""
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(
            {
                "method": request.method,
                "path": request.path,
                "idempotency_key": request.headers.get("Idempotency-Key"),
            }
        )
        status, body, headers = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        text = body if isinstance(body, str) else json.dumps(body)
        return web.Response(
            status=status,
            text=text,
            content_type="application/json",
            headers={"Request-Id": f"req_s{len(self.requests)}", **headers},
        )

    def _run(self):
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._runner.cleanup())
        self._loop.close()

    def __enter__(self):
        self._thread.start()
        self._ready.wait(5)
        return self

    def __exit__(self, *exc):
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)


RATE_LIMITED = (
    429,
    {
        "error": {
            "type": "invalid_request_error",
            "code": "rate_limit",
            "message": "Too many requests hit the API too quickly.",
        }
    },
    {},
)
PRODUCT = (200, {"id": "prod_1", "object": "product", "name": "Tea", "active": True}, {})


@pytest.fixture
def scripted(wait_for, test_key):
    made = []

    def start(*script, retries=0):
        server = ScriptedServer(script).__enter__()
        gw = StripeGateway(test_key, api_base=server.url, timeout=5, max_network_retries=retries)
        gw.transport.rate_limit_delays = FAST
        made.append((server, gw))
        return server, gw

    yield start
    for server, gw in made:
        wait_for(gw.aclose())
        server.__exit__()


def test_429_is_retried_with_the_same_idempotency_key(scripted, wait_for):
    server, gw = scripted(RATE_LIMITED, RATE_LIMITED, PRODUCT)
    key = new_action_key()
    product = wait_for(gw.products.create(ProductDraft("Tea"), idempotency_key=key))
    assert product.id == "prod_1"
    assert len(server.requests) == 3
    assert {r["idempotency_key"] for r in server.requests} == {key}


def test_429_gives_up_after_three_retries(scripted, wait_for):
    server, gw = scripted(RATE_LIMITED)
    with pytest.raises(GatewayError) as info:
        wait_for(gw.products.list())
    assert info.value.kind == "rate_limit"
    assert info.value.http_status == 429
    assert len(server.requests) == 4


def test_429_marked_do_not_retry_is_not_retried(scripted, wait_for):
    status, body, _ = RATE_LIMITED
    server, gw = scripted((status, body, {"Stripe-Should-Retry": "false"}))
    with pytest.raises(GatewayError) as info:
        wait_for(gw.products.list())
    assert info.value.kind == "rate_limit"
    assert len(server.requests) == 1


def test_a_decline_keeps_its_decline_code(scripted, wait_for):
    declined = {
        "type": "card_error",
        "code": "payment_method_provider_decline",
        "decline_code": "insufficient_funds",
        "message": "The customer's Kakao Pay wallet has insufficient funds.",
    }
    _server, gw = scripted((402, {"error": declined}, {}))
    with pytest.raises(GatewayError) as info:
        wait_for(gw.products.list())
    assert info.value.kind == "card"
    assert info.value.code == "payment_method_provider_decline"
    assert info.value.decline_code == "insufficient_funds"


def test_5xx_on_a_write_may_have_committed(scripted, wait_for):
    server, gw = scripted((500, {"error": {"type": "api_error", "message": "boom"}}, {}))
    with pytest.raises(GatewayError) as info:
        wait_for(gw.products.create(ProductDraft("Tea"), idempotency_key=new_action_key()))
    err = info.value
    assert (err.kind, err.maybe_committed, err.http_status) == ("server", True, 500)
    assert err.request_id == "req_s1"
    assert len(server.requests) == 1  # a 5xx is the SDK's to retry, never the gateway's
    with pytest.raises(GatewayError) as info:
        wait_for(gw.products.list())
    assert info.value.maybe_committed is False


def test_sdk_retries_5xx_with_the_same_key(scripted, wait_for):
    server, gw = scripted(
        (503, {"error": {"type": "api_error", "message": "later"}}, {}), PRODUCT, retries=1
    )
    gw.transport.rate_limit_delays = ()
    wait_for(gw.products.create(ProductDraft("Tea"), idempotency_key="fixed-key"))
    assert [r["idempotency_key"] for r in server.requests] == ["fixed-key", "fixed-key"]


@pytest.mark.parametrize(
    "body",
    [
        "not json at all",
        "[]",
        {"object": "list", "data": "nope", "has_more": False},
        {"object": "list", "data": [{"no": "id"}], "has_more": False},
        {"object": "list", "data": [None], "has_more": False},
    ],
)
def test_hostile_bodies_become_server_errors(scripted, wait_for, body):
    _, gw = scripted((200, body, {}))
    with pytest.raises(GatewayError) as info:
        wait_for(gw.products.list())
    assert info.value.kind == "server"


def test_network_error_read_and_write(wait_for, test_key):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gw = StripeGateway(
        test_key, api_base=f"http://127.0.0.1:{port}", timeout=2, max_network_retries=0
    )
    try:
        with pytest.raises(GatewayError) as info:
            wait_for(gw.customers.list())
        assert (info.value.kind, info.value.maybe_committed) == ("network", False)
        with pytest.raises(GatewayError) as info:
            wait_for(gw.products.create(ProductDraft("x"), idempotency_key=new_action_key()))
        assert (info.value.kind, info.value.maybe_committed) == ("network", True)
    finally:
        wait_for(gw.aclose())


def test_wrong_key_is_auth_and_never_shown(wait_for, test_key):
    wrong = "sk_test_wrongwrongwrong123456789"
    with EmbeddedSandbox(api_keys=[test_key]) as sb:
        gw = StripeGateway(wrong, api_base=sb.url, max_network_retries=0)
        try:
            with pytest.raises(GatewayError) as info:
                wait_for(gw.check_key())
        finally:
            wait_for(gw.aclose())
    err = info.value
    assert err.kind == "auth" and err.http_status == 401
    for text in (str(err), repr(err), err.message, repr(gw)):
        assert "wrongwrong" not in text and "123456789" not in text
        assert not contains_key(text.replace("…(redacted)", ""))


def test_restricted_key_permissions(wait_for):
    reader = "rk_test_reader000000000000000"
    blind = "rk_test_blind0000000000000000"
    restricted = {reader: frozenset({"customer_read"}), blind: frozenset({"product_read"})}
    with EmbeddedSandbox(restricted=restricted) as sb:
        ok = StripeGateway(reader, api_base=sb.url)
        no = StripeGateway(blind, api_base=sb.url)
        try:
            check = wait_for(ok.check_key())
            # No customer and no balance to read: the server said nothing about livemode.
            assert (check.mode, check.livemode, check.key_kind) == ("test", None, "restricted")
            with pytest.raises(GatewayError) as info:
                wait_for(no.check_key())
            with pytest.raises(GatewayError) as write_info:
                wait_for(ok.products.create(ProductDraft("x"), idempotency_key=new_action_key()))
        finally:
            wait_for(ok.aclose())
            wait_for(no.aclose())
    assert info.value.kind == "permission"
    assert "rak_customer_read" in info.value.message
    assert "blind0000" not in str(info.value)
    assert write_info.value.kind == "permission"
    assert write_info.value.maybe_committed is False


def test_cancellation_propagates(loop, qtbot, test_key):
    # A listening socket that never answers: the request hangs until cancelled.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        gw = StripeGateway(test_key, api_base=f"http://127.0.0.1:{silent.getsockname()[1]}")
        task = asyncio.ensure_future(gw.customers.list())
        qtbot.wait(100)
        assert not task.done()
        task.cancel()
        qtbot.waitUntil(task.done, timeout=2000)
        assert task.cancelled()
        closing = asyncio.ensure_future(gw.aclose())
        qtbot.waitUntil(closing.done, timeout=2000)


def test_closed_gateway_refuses(wait_for, test_key):
    gw = StripeGateway(test_key, api_base="http://127.0.0.1:9")
    wait_for(gw.aclose())
    wait_for(gw.aclose())  # twice is fine
    with pytest.raises(GatewayError) as info:
        wait_for(gw.products.list())
    assert info.value.kind == "network"


def test_mode_and_repr(test_key):
    live = StripeGateway("sk_live_abcdefghijklmnop0123")
    assert live.mode == "live" and "abcdefghijklmnop" not in repr(live)
    assert StripeGateway(test_key).mode == "test"
    with pytest.raises(ValueError):
        StripeGateway("")
