"""Hostile or broken answers: the gateway raises GatewayError("server"), never crashes.

A scripted server (``hostile_server.py``) stands where Stripe should be and
answers JSON of the wrong shape, missing ids, wrong types, HTML, empty bodies
and unusable redirect URLs. Every gateway call must either give a record (an
optional field that is merely odd becomes None or a default) or raise
:class:`GatewayError` with ``kind="server"``; any other exception is a crash
the UI would show as a bug. Redirect URLs the gateway passes on must then be
refused by ``kpadmin.redirect.browser.check_url`` with a reason.
"""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hostile_server import HostileServer

from kpadmin.stripe_api import GatewayError, StripeGateway
from kpadmin.stripe_api.records import CustomerDraft, PriceDraft

KEY = "sk_test_" + "H" * 24
FIXTURES = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "stripe_objects.json").read_text()
)


@pytest.fixture(scope="module")
def srv():
    with HostileServer() as s:
        yield s


def _call(srv: HostileServer, make_call) -> Any:
    """Run one gateway call against the scripted server; return its record or GatewayError."""

    async def go():
        gw = StripeGateway(KEY, api_base=srv.url, timeout=5, max_network_retries=0)
        gw.transport.rate_limit_delays = ()
        try:
            return await make_call(gw)
        except GatewayError as err:
            return err
        finally:
            await gw.aclose()

    return asyncio.run(go())


def _customer(**changes: Any) -> dict[str, Any]:
    cus = copy.deepcopy(FIXTURES["customer"])
    cus.update(changes)
    return {k: v for k, v in cus.items() if v is not _DROP}


_DROP = object()

_LIST_CUSTOMERS = lambda gw: gw.customers.list()
_GET_CUSTOMER = lambda gw: gw.customers.retrieve("cus_x")

#: (id, path regex, status, body, content type): answers after which a list has no trustworthy page.
BROKEN_LISTS = [
    ("json-array", 200, [], "application/json"),
    ("json-null", 200, None, "application/json"),
    ("json-string", 200, '"hello"', "application/json"),
    ("list-without-data", 200, {"object": "list", "has_more": False}, "application/json"),
    ("data-not-a-list", 200, {"object": "list", "data": {"id": "cus_1"}}, "application/json"),
    (
        "item-without-id",
        200,
        {"object": "list", "data": [{"object": "customer"}]},
        "application/json",
    ),
    ("item-id-wrong-type", 200, {"object": "list", "data": [_customer(id=42)]}, "application/json"),
    ("item-not-an-object", 200, {"object": "list", "data": ["cus_1"]}, "application/json"),
    ("html-200", 200, "<html><body>Welcome to Hotel Wi-Fi</body></html>", "text/html"),
    ("empty-200", 200, b"", "application/json"),
    ("truncated-json", 200, '{"object": "list", "data": [{"id": "cus_', "application/json"),
    ("html-502", 502, "<html>Bad Gateway</html>", "text/html"),
    ("plain-500", 500, "oops", "text/plain"),
]


@pytest.mark.parametrize("case", BROKEN_LISTS, ids=[c[0] for c in BROKEN_LISTS])
def test_broken_list_answers_are_server_errors(srv, case):
    _, status, body, ctype = case
    srv.clear()
    srv.answer("GET", "/v1/customers", status, body, content_type=ctype)
    result = _call(srv, _LIST_CUSTOMERS)
    assert isinstance(result, GatewayError), result
    assert result.kind == "server", repr(result)


ODD_FIELDS = [
    ("name-number", {"name": 12345}),
    ("email-list", {"email": ["a@b.c"]}),
    ("created-string", {"created": "yesterday"}),
    ("created-float", {"created": 1.5e9}),
    ("metadata-string", {"metadata": "not a dict"}),
    ("metadata-values-numbers", {"metadata": {"a": 1, "b": None}}),
    ("balance-string", {"balance": "lots"}),
    ("livemode-string", {"livemode": "false"}),
    ("invoice-settings-null", {"invoice_settings": None}),
    ("preferred-locales-string", {"preferred_locales": "ko"}),
    ("unknown-fields", {"brand_new_field": {"deep": [1, 2, {"x": None}]}}),
    ("deleted-string", {"deleted": "yes"}),
    ("missing-name", {"name": _DROP}),
    ("missing-everything-but-id", None),
]


@pytest.mark.parametrize("case", ODD_FIELDS, ids=[c[0] for c in ODD_FIELDS])
def test_odd_optional_fields_give_a_record_or_a_server_error(srv, case):
    _, changes = case
    body = (
        {"id": "cus_odd", "object": "customer"}
        if changes is None
        else _customer(id="cus_odd", **changes)
    )
    srv.clear()
    srv.answer("GET", "/v1/customers/cus_x", 200, body)
    srv.answer(
        "GET",
        "/v1/customers",
        200,
        {"object": "list", "data": [body], "has_more": False, "url": "/v1/customers"},
    )
    for call in (_GET_CUSTOMER, _LIST_CUSTOMERS):
        result = _call(srv, call)
        if isinstance(result, GatewayError):
            assert result.kind == "server", repr(result)
            continue
        cus = result if call is _GET_CUSTOMER else result.items[0]
        assert cus.id == "cus_odd"
        # Whatever came, the record holds the declared types (the UI formats them blindly).
        assert isinstance(cus.name, str) or cus.name is None
        for k, v in dict(cus.metadata).items():
            assert isinstance(k, str) and isinstance(v, str)


BROKEN_ERRORS = [
    ("error-is-a-string", 400, {"error": "bad"}),
    ("error-type-number", 402, {"error": {"type": 7, "message": None}}),
    (
        "error-message-object",
        400,
        {"error": {"type": "invalid_request_error", "message": {"en": "x"}}},
    ),
    ("no-error-key", 400, {"detail": "nope"}),
    ("html-400", 400, "<html>Bad Request</html>"),
    ("html-401", 401, "<html>Login</html>"),
    ("teapot", 418, {"error": {"type": "teapot"}}),
]


@pytest.mark.parametrize("case", BROKEN_ERRORS, ids=[c[0] for c in BROKEN_ERRORS])
def test_broken_error_bodies_are_gateway_errors(srv, case):
    _, status, body = case
    srv.clear()
    ctype = "text/html" if isinstance(body, str) else "application/json"
    srv.answer("POST", "/v1/customers", status, body, content_type=ctype)
    result = _call(srv, lambda gw: gw.customers.create(CustomerDraft("x"), idempotency_key="k1"))
    assert isinstance(result, GatewayError), result
    # The SDK cannot always parse such a body (then the status is unknown, kind "server").
    assert result.http_status == status or result.kind == "server"
    assert isinstance(result.message, str)


def test_a_created_price_with_a_wrong_amount_type(srv):
    price = copy.deepcopy(FIXTURES["price"])
    price.update(id="price_odd", unit_amount="9900", currency=None, recurring="monthly")
    srv.clear()
    srv.answer("POST", "/v1/prices", 200, price)
    result = _call(
        srv,
        lambda gw: gw.prices.create(
            PriceDraft("prod_x", "krw", 9900, "month"), idempotency_key="k2"
        ),
    )
    if isinstance(result, GatewayError):
        assert result.kind == "server"
    else:
        assert result.id == "price_odd"
        assert result.unit_amount is None or isinstance(result.unit_amount, int)


def test_subscription_with_broken_items_and_invoice(srv):
    sub = copy.deepcopy(FIXTURES["subscription"])
    sub.update(
        id="sub_odd",
        items={"object": "list", "data": [{"price": "not-an-object"}, 5]},
        latest_invoice={"id": 3},
        status=None,
        current_period_end="soon",
    )
    srv.clear()
    srv.answer("GET", "/v1/subscriptions/sub_odd", 200, sub)
    srv.answer(
        "GET", "/v1/subscriptions", 200, {"object": "list", "data": [sub], "has_more": False}
    )
    for call in (
        lambda gw: gw.subscriptions.retrieve("sub_odd"),
        lambda gw: gw.subscriptions.list(),
    ):
        result = _call(srv, call)
        if isinstance(result, GatewayError):
            assert result.kind == "server", repr(result)


# -- redirect URLs -----------------------------------------------------------------------------

HOSTILE_URLS = [
    "javascript:alert(document.cookie)",
    "file:///etc/passwd",
    "http://pm-redirects.stripe.com/authorize/x",  # not https
    "https://stripe.com.evil.example/authorize",
    "https://evil.example/?u=https://stripe.com",
    "https://user:pass@hooks.stripe.com/redirect",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "//hooks.stripe.com/redirect",
    "",
    "https://",
    "https://hooks.stripe.com:99999/x",
]


def _setup_intent_with(url: Any) -> dict[str, Any]:
    si = copy.deepcopy(FIXTURES["setup_intent"])
    si.update(
        id="seti_odd",
        status="requires_action",
        customer="cus_x",
        next_action={
            "type": "redirect_to_url",
            "redirect_to_url": {"url": url, "return_url": "http://127.0.0.1:1/r"},
        },
    )
    return si


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_hostile_redirect_urls_are_refused_with_a_reason(srv, url):
    browser = pytest.importorskip("kpadmin.redirect.browser")
    from kpadmin.stripe_api.records_kakao import MandateAcceptance

    srv.clear()
    srv.answer("POST", "/v1/setup_intents", 200, _setup_intent_with(url))
    result = _call(
        srv,
        lambda gw: gw.setup_intents.start_kakao(
            "cus_x",
            return_url="http://127.0.0.1:1/r",
            acceptance=MandateAcceptance("127.0.0.1", "test"),
            idempotency_key="k3",
        ),
    )
    if isinstance(result, GatewayError):
        assert result.kind == "server"
        return
    verdict = browser.check_url(result.redirect_url or "")
    assert not verdict.ok and verdict.reason, (url, verdict)
    # Outside SANDBOX nothing but Stripe hosts; a sandbox origin does not widen the rule
    # for other hosts either.
    verdict = browser.check_url(result.redirect_url or "", sandbox_origin="http://127.0.0.1:12111")
    assert not verdict.ok


@pytest.mark.parametrize("url", [42, None, {"url": "https://hooks.stripe.com"}, ["x"]])
def test_redirect_url_of_the_wrong_type(srv, url):
    from kpadmin.stripe_api.records_kakao import MandateAcceptance

    srv.clear()
    srv.answer("POST", "/v1/setup_intents", 200, _setup_intent_with(url))
    result = _call(
        srv,
        lambda gw: gw.setup_intents.start_kakao(
            "cus_x",
            return_url="http://127.0.0.1:1/r",
            acceptance=MandateAcceptance("127.0.0.1", "test"),
            idempotency_key="k4",
        ),
    )
    if isinstance(result, GatewayError):
        assert result.kind == "server"
    else:
        assert result.redirect_url is None


def test_stripe_https_and_the_sandbox_origin_are_accepted():
    browser = pytest.importorskip("kpadmin.redirect.browser")
    assert browser.check_url("https://pm-redirects.stripe.com/authorize/acct_1/x").ok
    sandbox = "http://127.0.0.1:12111"
    assert browser.check_url(f"{sandbox}/kakao/approve/seti_1", sandbox_origin=sandbox).ok
    assert not browser.check_url(f"{sandbox}/kakao/approve/seti_1").ok
    assert not browser.check_url("http://127.0.0.1:9999/x", sandbox_origin=sandbox).ok
