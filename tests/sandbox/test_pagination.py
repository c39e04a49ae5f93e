"""Cursor pagination and list filters, as Stripe pages: newest first, limit 1..100."""

from __future__ import annotations

import pytest
import stripe


@pytest.fixture
def client(sandbox, test_key):
    return stripe.StripeClient(test_key, base_addresses={"api": sandbox.url})


@pytest.fixture
def customers(client):
    return [
        client.v1.customers.create({"name": f"c{i}", "email": f"c{i % 2}@example.kr"}).id
        for i in range(12)
    ]


def test_newest_first_default_limit_and_cursors(client, customers):
    newest_first = list(reversed(customers))
    page = client.v1.customers.list()
    assert [c.id for c in page.data] == newest_first[:10] and page.has_more
    nxt = client.v1.customers.list({"starting_after": page.data[-1].id})
    assert [c.id for c in nxt.data] == newest_first[10:] and not nxt.has_more
    back = client.v1.customers.list({"ending_before": newest_first[5], "limit": 3})
    assert [c.id for c in back.data] == newest_first[2:5] and back.has_more
    first = client.v1.customers.list({"ending_before": newest_first[2], "limit": 3})
    assert [c.id for c in first.data] == newest_first[:2] and not first.has_more


@pytest.mark.parametrize("limit", [0, 101, "x"])
def test_limit_bounds(client, limit):
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.list({"limit": limit})
    assert err.value.param == "limit"


def test_unknown_cursor_is_404(client, customers):
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.list({"starting_after": "cus_nope"})
    assert err.value.http_status == 404 and err.value.param == "starting_after"


def test_email_and_created_filters(client, sandbox, customers):
    evens = client.v1.customers.list({"email": "c0@example.kr", "limit": 100})
    assert [c.id for c in evens.data] == list(reversed(customers[0::2]))
    for i, cid in enumerate(customers):  # spread creation times for the created filter
        cus = sandbox.store.get(cid)
        cus["created"] = 1_700_000_000 + i
    got = client.v1.customers.list({"created": {"gte": 1_700_000_010}})
    assert {c.id for c in got.data} == set(customers[10:])
    got = client.v1.customers.list({"created": {"gt": 1_700_000_000, "lt": 1_700_000_003}})
    assert {c.id for c in got.data} == set(customers[1:3])
    got = client.v1.customers.list({"created": 1_700_000_004})
    assert [c.id for c in got.data] == [customers[4]]


def test_product_and_price_filters(client):
    a = client.v1.products.create({"name": "A"})
    b = client.v1.products.create({"name": "B", "active": False, "shippable": True})
    monthly = client.v1.prices.create(
        {
            "product": a.id,
            "currency": "krw",
            "unit_amount": 1000,
            "recurring": {"interval": "month"},
        }
    )
    yearly = client.v1.prices.create(
        {"product": a.id, "currency": "krw", "unit_amount": 9000, "recurring": {"interval": "year"}}
    )
    once = client.v1.prices.create({"product": b.id, "currency": "usd", "unit_amount": 500})
    ids = lambda page: [o.id for o in page.data]
    assert ids(client.v1.products.list({"active": False})) == [b.id]
    assert ids(client.v1.products.list({"shippable": True})) == [b.id]
    assert ids(client.v1.products.list({"ids": [a.id]})) == [a.id]
    assert ids(client.v1.prices.list({"product": a.id})) == [yearly.id, monthly.id]
    assert ids(client.v1.prices.list({"type": "one_time"})) == [once.id]
    assert ids(client.v1.prices.list({"currency": "usd"})) == [once.id]
    assert ids(client.v1.prices.list({"recurring": {"interval": "month"}})) == [monthly.id]
    client.v1.prices.update(monthly.id, {"active": False})
    assert ids(client.v1.prices.list({"active": True, "product": a.id})) == [yearly.id]


def test_events_filters(client):
    cus = client.v1.customers.create({"name": "x"})
    client.v1.customers.update(cus.id, {"name": "y"})
    client.v1.products.create({"name": "p"})
    types = lambda page: [e.type for e in page.data]
    assert types(client.v1.events.list({"type": "customer.*"})) == [
        "customer.updated",
        "customer.created",
    ]
    assert types(client.v1.events.list({"types": ["product.created", "customer.created"]})) == [
        "product.created",
        "customer.created",
    ]
    upd = client.v1.events.list({"type": "customer.updated"}).data[0]
    assert upd.data.previous_attributes["name"] == "x"
    assert client.v1.events.retrieve(upd.id).id == upd.id
