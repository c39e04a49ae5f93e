"""Hostile input never makes the sandbox answer 5xx, hang or show a traceback.

Hypothesis sends random forms (built from each route's own parameter names,
so that requests get past validation into the handlers), random bytes,
random query strings, random headers and random paths to every route the
server has: the API, the pages and the admin endpoints. Every answer must
come within the timeout, below 500, and, outside the HTML pages, be either a
success or Stripe's error shape (``{"error": {"type", "message"}}``). The
suite is bounded (``MAX_EXAMPLES`` per test) and prints how many requests
it sent.
"""

from __future__ import annotations

import http.client
import json
import string
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpadmin.sandbox import params as params_mod
from kpadmin.sandbox import wire
from kpadmin.sandbox.embedded import EmbeddedSandbox
from kpadmin.sandbox.versions import KNOWN_VERSIONS

KEY = "sk_test_kpadminfuzz0000"
MAX_EXAMPLES = 1000
TIMEOUT_S = 15
SENT = {"requests": 0}

FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def box():
    with EmbeddedSandbox(seed="demo") as sb:
        yield sb
        conn = _CONN.pop(sb.url, None)
        if conn is not None:
            conn.close()


@pytest.fixture(scope="module", autouse=True)
def _report(box, request):
    yield
    capman = request.config.pluginmanager.getplugin("capturemanager")
    with capman.global_and_fixture_disabled():
        print(f"\nfuzz: {SENT['requests']} requests sent")


_CONN: dict[str, http.client.HTTPConnection] = {}


def send(sb, method: str, target: str, body: bytes | None, headers: dict[str, str]):
    """One raw request on a kept-alive connection; (status, content type, body).

    A connection the server closed (after an error it answers with ``Connection:
    close``) is replaced and the request sent once more. Fails on a hang.
    """
    SENT["requests"] += 1
    for attempt in (1, 2):
        conn = _CONN.get(sb.url)
        if conn is None:
            parts = urlsplit(sb.url)
            conn = _CONN[sb.url] = http.client.HTTPConnection(
                parts.hostname, parts.port, timeout=TIMEOUT_S
            )
        try:
            conn.putrequest(method, target, skip_host="Host" in headers, skip_accept_encoding=True)
            hdrs = {"Content-Length": str(len(body)), **headers} if body is not None else headers
            for k, v in hdrs.items():
                conn.putheader(k, v)
            conn.endheaders(body)
            resp = conn.getresponse()
            data = resp.read()
            if resp.will_close:
                conn.close()
                del _CONN[sb.url]
            return resp.status, resp.getheader("Content-Type") or "", data
        except TimeoutError:
            pytest.fail(f"no answer within {TIMEOUT_S} s: {method} {target}")
        except (http.client.RemoteDisconnected, ConnectionError, http.client.CannotSendRequest):
            conn.close()
            _CONN.pop(sb.url, None)
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def check(status: int, ctype: str, body: bytes, method: str, target: str) -> None:
    where = f"{method} {target} -> {status}: {body[:300]!r}"
    assert status < 500, where
    assert b"Traceback" not in body, where
    if method == "HEAD" or not ctype.startswith("application/json"):
        assert not target.startswith(("/v1/", "/_sandbox/admin/")) or method == "HEAD", where
        return
    doc = json.loads(body)
    if status >= 400:
        err = doc["error"]
        assert isinstance(err["type"], str) and isinstance(err["message"], str), where
        assert err["message"], where


# --------------------------------------------------------------------------- strategies

_text = st.text(max_size=40)
_header_text = st.text(string.printable.replace("\r", "").replace("\n", "").strip(), max_size=60)
_junk_bytes = st.binary(max_size=300)
_key_names = st.sampled_from(
    [
        "name",
        "email",
        "metadata[k]",
        "expand[]",
        "expand[0]",
        "limit",
        "starting_after",
        "ending_before",
        "items[0][price]",
        "query",
        "page",
        "created[gt]",
        "amount",
        "a[b][c]",
        "x[",
        "[]",
        "%ZZ",
        "%FF",
        "metadata[%C3%28]",
    ]
)


def _values(sb):
    ids = [
        o["id"]
        for t in ("customer", "price", "product", "subscription", "invoice")
        for o in sb.store.all(t)[:3]
    ]
    return st.one_of(
        _text,
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        st.sampled_from(["", "true", "false", "null", "%ZZ", "%FF%FE", "krw", "month", *ids]),
    )


def _route_form(sb, route):
    """A form over the route's own parameter names, values of any kind."""
    names = list(params_mod.schema_for(route.params).fields) if route.params else []
    keys = st.one_of(st.sampled_from(names or ["x"]), _key_names)
    nested = st.tuples(keys, st.sampled_from(["", "[0]", "[]", "[k]", "[0][price]"]))
    return st.lists(st.tuples(nested.map(lambda kn: kn[0] + kn[1]), _values(sb)), max_size=8).map(
        lambda pairs: "&".join(f"{quote(k, safe='[]%')}={quote(v, safe='%')}" for k, v in pairs)
    )


def _fill(sb, pattern: str):
    """A path for a route pattern: real ids, random text or percent-escapes in its slots."""
    ids = [
        o["id"]
        for t in ("customer", "price", "subscription", "invoice", "payment_intent")
        for o in sb.store.all(t)[:2]
    ]
    slot = st.one_of(
        st.sampled_from(ids or ["cus_x"]),
        _text.filter(bool).map(lambda t: quote(t, safe="")),
        st.sampled_from(["%ZZ", "%FF", "..", "%2F", "x" * 300]),
    )
    parts = pattern.split("/")
    slots = [i for i, p in enumerate(parts) if p.startswith("{")]
    return st.lists(slot, min_size=len(slots), max_size=len(slots)).map(
        lambda fill: "/".join(
            fill[slots.index(i)] if i in slots else p for i, p in enumerate(parts)
        )
    )


def _headers(sb):
    port = urlsplit(sb.url).port
    return st.fixed_dictionaries(
        {},
        optional={
            "Authorization": st.one_of(
                st.just(f"Bearer {KEY}"),
                st.just("Basic " + "c2tfdGVzdF9rcGFkbWluZnV6ejAwMDA6"),
                _header_text,
            ),
            "Stripe-Version": st.one_of(st.sampled_from(sorted(KNOWN_VERSIONS)), _header_text),
            "Idempotency-Key": _header_text,
            "Content-Type": st.sampled_from(
                [
                    "application/x-www-form-urlencoded",
                    "application/json",
                    "text/plain",
                    "multipart/form-data; boundary=x",
                    "application/x-www-form-urlencoded; charset=latin-1",
                ]
            ),
            "Origin": st.sampled_from([sb.url, "https://evil.example", "null"]),
            "Host": st.sampled_from([f"127.0.0.1:{port}", f"localhost:{port}", "evil.example"]),
            "Accept-Language": _header_text,
        },
    )


def _authorized(headers: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {KEY}", **headers}


# --------------------------------------------------------------------------- the suites


@FUZZ
@given(data=st.data())
def test_api_routes_with_random_forms(box, data):
    route = data.draw(st.sampled_from(box.server.routes))
    path = data.draw(_fill(box, route.pattern))
    form = data.draw(_route_form(box, route))
    headers = _authorized(data.draw(_headers(box)))
    if route.method == "GET" or data.draw(st.booleans()):
        target, body = f"{path}?{form}" if form else path, None
    else:
        target, body = path, form.encode()
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    check(*send(box, route.method, target, body, headers), route.method, target)


@FUZZ
@given(data=st.data())
def test_random_bytes_queries_and_methods_everywhere(box, data):
    patterns = [r.pattern for r in box.server.routes] + [p.pattern for p in box.server.pages]
    patterns += ["/_sandbox/admin/{what}", "/{x}", "/v1/{x}/{y}"]
    path = data.draw(_fill(box, data.draw(st.sampled_from(patterns))))
    method = data.draw(
        st.sampled_from(["GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS"])
    )
    query = data.draw(_junk_bytes.map(lambda b: quote(b, safe="=&[]%")))
    body = data.draw(st.one_of(st.none(), _junk_bytes))
    headers = data.draw(_headers(box))
    target = f"{path}?{query}" if query else path
    check(*send(box, method, target, body, headers), method, target)


def test_the_decoder_never_raises_anything_but_stripe_errors():
    """The same contract one level down, with many more inputs than HTTP allows."""

    @settings(max_examples=3000, deadline=None, database=None)
    @given(st.binary(max_size=200))
    def decode(raw):
        try:
            wire.decode_form(raw)
        except wire.ApiError as err:
            assert err.status == 400 and err.message

    decode()
