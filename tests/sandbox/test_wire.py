"""The wire format as curl and the SDK speak it: forms, both array spellings, headers."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kpadmin.sandbox.wire import decode_form, encode_form


def call(
    sandbox,
    method,
    path,
    body=None,
    key="sk_test_kpadmin0000000000000000",
    headers=None,
    basic=False,
):
    """One raw HTTP request; returns (status, headers, parsed JSON)."""
    hdrs = dict(headers or {})
    if key is not None:
        if basic:
            hdrs["Authorization"] = "Basic " + base64.b64encode(f"{key}:".encode()).decode()
        else:
            hdrs["Authorization"] = f"Bearer {key}"
    data = None
    if body is not None:
        data = body.encode() if isinstance(body, str) else urllib.parse.urlencode(body).encode()
        hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
    req = urllib.request.Request(sandbox.url + path, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(req) as resp:
            return resp.status, resp.headers, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.headers, json.loads(err.read())


def test_decode_form_both_array_spellings_and_nesting():
    assert decode_form("expand[]=a&expand[]=b") == {"expand": ["a", "b"]}
    assert decode_form("expand[0]=a&expand[1]=b") == {"expand": {"0": "a", "1": "b"}}
    assert decode_form("items[0][price]=p&items[0][quantity]=2&metadata[k]=&x=") == {
        "items": {"0": {"price": "p", "quantity": "2"}},
        "metadata": {"k": ""},
        "x": "",
    }
    assert decode_form(urllib.parse.urlencode(encode_form({"a": {"b": [1, 2]}, "c": True}))) == {
        "a": {"b": {"0": "1", "1": "2"}},
        "c": "true",
    }


def test_curl_style_form_with_basic_auth_and_expand(sandbox):
    status, headers, prod = call(
        sandbox, "POST", "/v1/products", "name=Photos&metadata[tier]=pro", basic=True
    )
    assert status == 200 and prod["object"] == "product" and prod["metadata"] == {"tier": "pro"}
    assert headers["Request-Id"].startswith("req_")
    body = (
        f"product={prod['id']}&currency=krw&unit_amount=100000"
        "&recurring[interval]=month&expand[]=product"
    )
    status, _, price = call(sandbox, "POST", "/v1/prices", body, basic=True)
    assert status == 200 and price["product"]["name"] == "Photos"
    status, _, page = call(sandbox, "GET", "/v1/prices?expand[]=data.product&limit=1")
    assert page["data"][0]["product"]["id"] == prod["id"]
    status, _, same = call(sandbox, "GET", f"/v1/prices/{price['id']}?expand[0]=product")
    assert same["product"]["object"] == "product"


def test_errors_name_the_bracketed_parameter(sandbox):
    status, headers, err = call(
        sandbox, "POST", "/v1/prices", "currency=krw&product_data[name]=x&product_data[nmae]=y"
    )
    assert status == 400 and headers["Request-Id"].startswith("req_")
    e = err["error"]
    assert e["type"] == "invalid_request_error" and e["code"] == "parameter_unknown"
    assert e["param"] == "product_data[nmae]"
    assert e["message"] == "Received unknown parameter: product_data[nmae]"
    _, _, err = call(sandbox, "POST", "/v1/prices", "currency=krw&product=p&unit_amount=ten")
    assert err["error"]["message"] == "Invalid integer: ten"
    assert err["error"]["param"] == "unit_amount"
    _, _, err = call(
        sandbox,
        "POST",
        "/v1/prices",
        "currency=krw&product=p&unit_amount=1&recurring[interval]=fortnight",
    )
    assert err["error"]["message"] == ("Invalid interval: must be one of day, month, week, or year")
    assert err["error"]["param"] == "recurring[interval]"
    _, _, err = call(sandbox, "POST", "/v1/products", "name=x&active=maybe")
    assert err["error"]["message"] == "Invalid boolean: maybe"
    status, _, err = call(sandbox, "POST", "/v1/prices", "product=p")
    assert status == 400 and err["error"]["code"] == "parameter_missing"
    assert err["error"]["message"] == "Missing required param: currency."


def test_json_bodies_are_refused_as_stripe_does(sandbox):
    status, _, err = call(
        sandbox,
        "POST",
        "/v1/customers",
        json.dumps({"name": "x"}),
        headers={"Content-Type": "application/json"},
    )
    assert status == 400
    assert err["error"]["message"].startswith(
        "Invalid request: unsupported Content-Type application/json."
    )


def test_unknown_url_is_404_with_request_id(sandbox):
    status, headers, err = call(sandbox, "GET", "/v1/widgets")
    assert status == 404 and headers["Request-Id"].startswith("req_")
    assert err["error"]["message"].startswith("Unrecognized request URL (GET: /v1/widgets).")
    status, _, err = call(sandbox, "PUT", "/v1/customers")
    assert status == 404


def test_expand_limits(sandbox):
    _, _, cus = call(sandbox, "POST", "/v1/customers", "name=x")
    status, _, err = call(sandbox, "GET", f"/v1/customers/{cus['id']}?expand[]=a.b.c.d.e")
    assert status == 400 and "more than 4 levels" in err["error"]["message"]
    status, _, err = call(sandbox, "GET", f"/v1/customers/{cus['id']}?expand[]=nothing")
    assert status == 400 and err["error"]["message"] == (
        "This property cannot be expanded (nothing)."
    )


@pytest.mark.parametrize("latency", [150])
def test_latency_is_added(sandbox, latency):
    import time

    sandbox.set_latency(latency)
    t0 = time.monotonic()
    status, _, _ = call(sandbox, "GET", "/v1/customers")
    assert status == 200 and time.monotonic() - t0 >= latency / 1000
    sandbox.set_latency(0)


def test_schema_validation_of_deep_and_union_params():
    from stripe.params import CustomerUpdateParams, SubscriptionCreateParams

    from kpadmin.sandbox.core import ApiError
    from kpadmin.sandbox.params import validate

    ok = validate(
        SubscriptionCreateParams,
        {
            "customer": "cus_1",
            "items": {"0": {"price": "p", "quantity": "2"}},
            "expand": {"0": "latest_invoice.payments"},
            "off_session": "true",
        },
    )
    assert ok["items"] == [{"price": "p", "quantity": "2"}]
    assert ok["expand"] == ["latest_invoice.payments"]
    with pytest.raises(ApiError) as err:
        validate(SubscriptionCreateParams, {"customer": "c", "items": {"0": {"pricee": "p"}}})
    assert err.value.param == "items[0][pricee]" and err.value.code == "parameter_unknown"
    with pytest.raises(ApiError) as err:
        validate(SubscriptionCreateParams, {"items": {"0": {"price_data": {"currency": "krw"}}}})
    assert err.value.code == "parameter_missing"
    assert err.value.param == "items[0][price_data][product]"
    # Literal[''] | List[...]: the empty string unsets, a list is checked item by item.
    assert validate(CustomerUpdateParams, {"invoice_settings": {"custom_fields": ""}})
    with pytest.raises(ApiError) as err:
        validate(
            CustomerUpdateParams,
            {"invoice_settings": {"custom_fields": {"0": {"name": "a", "valeu": "b"}}}},
        )
    assert err.value.param == "invoice_settings[custom_fields][0][valeu]"
    # RequestOptions keys are client options, never body parameters.
    with pytest.raises(ApiError) as err:
        validate(CustomerUpdateParams, {"api_key": "sk_test_x"})
    assert err.value.code == "parameter_unknown"


def test_private_keys_never_reach_clients_and_events_record_idempotency_key(sandbox):
    _, _, cus = call(
        sandbox, "POST", "/v1/customers", "name=x", headers={"Idempotency-Key": "idem-evt-1"}
    )
    stored = sandbox.store.get(cus["id"])
    stored["_sandbox_flag"] = True
    stored["invoice_settings"]["_hidden"] = 1
    _, _, again = call(sandbox, "GET", f"/v1/customers/{cus['id']}")
    assert "_sandbox_flag" not in again and "_hidden" not in again["invoice_settings"]
    _, _, events = call(sandbox, "GET", "/v1/events?type=customer.created")
    assert events["data"][0]["request"]["idempotency_key"] == "idem-evt-1"


def test_page_routes_serve_raw_responses_outside_v1():
    from aiohttp import web

    from kpadmin.sandbox.core import Routes, not_found
    from kpadmin.sandbox.embedded import EmbeddedSandbox

    pages = Routes()

    @pages.page("GET", "/_sandbox/hello/{name}")
    def hello(pctx, request):
        return web.Response(
            text=f"안녕 {pctx.path['name']} {request.query.get('x', '')}", content_type="text/html"
        )

    @pages.page("POST", "/_sandbox/hello/{name}")
    async def post_hello(pctx, request):
        form = await request.post()
        pctx.ctx().emit("customer.updated", {"id": "cus_page", "object": "customer"})
        raise web.HTTPSeeOther(f"{pctx.base_url}/_sandbox/hello/{form['to']}")

    @pages.page("GET", "/_sandbox/missing/{id}")
    def missing_page(pctx, request):
        raise not_found("setup_intent", pctx.path["id"])

    with pytest.raises(ValueError):
        pages.page("GET", "/v1/not_a_page")

    with EmbeddedSandbox(routes=[pages]) as sb:
        with urllib.request.urlopen(sb.url + "/_sandbox/hello/kim?x=1") as resp:
            assert resp.read().decode() == "안녕 kim 1"
            assert resp.headers["Request-Id"].startswith("req_")
        req = urllib.request.Request(sb.url + "/_sandbox/hello/kim", data=b"to=lee", method="POST")
        with urllib.request.urlopen(req) as resp:  # follows the 303
            assert resp.read().decode() == "안녕 lee "
        assert sb.store.all("event")[0]["type"] == "customer.updated"
        status, _, err = call(sb, "GET", "/_sandbox/missing/seti_x", key=None)
        assert status == 404 and err["error"]["code"] == "resource_missing"
