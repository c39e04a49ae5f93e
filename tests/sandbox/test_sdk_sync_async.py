"""The official SDK, sync and async, against the sandbox over real HTTP."""

from __future__ import annotations

import asyncio

import pytest
import stripe

# stripe 16.1's async client passes the form body to httpx as ``data=<str>``, which httpx
# deprecates; kpadmin's HttpxClient sends ``content=``, these tests use the SDK's own client.
ASYNC_SDK_WARNING = "ignore:Use 'content=<...>' to upload raw bytes:DeprecationWarning"


def sync_client(sandbox, key):
    return stripe.StripeClient(key, base_addresses={"api": sandbox.url})


def test_catalog_and_customer_flow_sync(sandbox, test_key):
    c = sync_client(sandbox, test_key)
    prod = c.v1.products.create({"name": "스톡 사진 구독", "metadata": {"sku": "photo"}})
    price = c.v1.prices.create(
        {
            "product": prod.id,
            "currency": "krw",
            "unit_amount": 100000,
            "recurring": {"interval": "month"},
            "lookup_key": "stock_monthly",
        }
    )
    assert price.unit_amount == 100000 and price.currency == "krw"
    assert price.recurring.interval == "month" and price.recurring.interval_count == 1
    prod = c.v1.products.update(prod.id, {"default_price": price.id})
    assert prod.default_price == price.id

    found = c.v1.prices.list({"lookup_keys": ["stock_monthly"], "expand": ["data.product"]})
    assert [p.id for p in found.data] == [price.id]
    assert found.data[0].product.name == "스톡 사진 구독"

    cus = c.v1.customers.create({"name": "김민준", "email": "minjun@example.kr"})
    got = c.v1.customers.retrieve(cus.id)
    assert got.email == "minjun@example.kr" and got.name == "김민준"
    assert c.v1.customers.update(cus.id, {"phone": "+821012345678"}).phone == "+821012345678"

    types = [e.type for e in c.v1.events.list({"limit": 100}).data]
    assert types[:3] == ["customer.updated", "customer.created", "product.updated"]
    assert "price.created" in types and "product.created" in types


def test_auto_paging_sync(sandbox, test_key):
    c = sync_client(sandbox, test_key)
    made = [c.v1.customers.create({"name": f"고객 {i}"}).id for i in range(7)]
    seen = [cus.id for cus in c.v1.customers.list({"limit": 3}).auto_paging_iter()]
    assert seen == list(reversed(made))


@pytest.mark.filterwarnings(ASYNC_SDK_WARNING)
def test_flow_async(sandbox, test_key):
    async def run():
        http = stripe.HTTPXClient()
        c = stripe.StripeClient(test_key, base_addresses={"api": sandbox.url}, http_client=http)
        try:
            prod = await c.v1.products.create_async({"name": "Async"})
            price = await c.v1.prices.create_async(
                {"product": prod.id, "currency": "krw", "unit_amount": 500}
            )
            ids = []
            for i in range(5):
                ids.append((await c.v1.customers.create_async({"name": f"a{i}"})).id)
            page = await c.v1.customers.list_async({"limit": 2})
            seen = [x.id async for x in page.auto_paging_iter()]
            with pytest.raises(stripe.InvalidRequestError) as err:
                await c.v1.prices.update_async(price.id, {"unit_amount": 600})
            res = await c.v1.customers.search_async({"query": 'name:"a3"'})
            return ids, seen, err.value, res
        finally:
            await http.close_async()

    ids, seen, err, res = asyncio.run(run())
    assert seen == list(reversed(ids))
    assert err.code == "parameter_unknown" and err.param == "unit_amount"
    assert [c.id for c in res.data] == [ids[3]]


def test_sync_errors_map_to_sdk_exceptions(sandbox, test_key):
    c = sync_client(sandbox, test_key)
    with pytest.raises(stripe.InvalidRequestError) as err:
        c.v1.customers.retrieve("cus_doesnotexist")
    assert err.value.http_status == 404 and err.value.code == "resource_missing"
    assert err.value.user_message == "No such customer: 'cus_doesnotexist'"
    assert err.value.request_id.startswith("req_")
    bad = stripe.StripeClient("sk_test_wrongkeyabcd", base_addresses={"api": sandbox.url})
    sandbox.server.keys.api_keys = frozenset({test_key})
    with pytest.raises(stripe.AuthenticationError) as auth:
        bad.v1.customers.list()
    assert auth.value.http_status == 401
    assert auth.value.user_message == "Invalid API Key provided: sk_test_****abcd"
