"""Every object the catalog/customer/event endpoints return has the official example's shape.

For each object type, every key of Stripe's example (tests/fixtures/stripe_objects.json)
must be present with the same JSON type. ``null`` is accepted where the example has
null or where the SDK's resource class declares the attribute ``Optional`` (the
example fills in, e.g., a discount that a fresh customer does not have).
"""

from __future__ import annotations

import json
import pathlib
import typing
import urllib.request

import pytest
import stripe

FIXTURES = json.loads(
    (pathlib.Path(__file__).parents[1] / "fixtures" / "stripe_objects.json").read_text("utf-8")
)
RESOURCE = {
    "customer": stripe.Customer,
    "product": stripe.Product,
    "price": stripe.Price,
    "event": stripe.Event,
}


def _json_type(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, (int, float)):
        return "number"
    return {str: "string", list: "array", dict: "object"}[type(v)]


def _optional(kind: str, key: str) -> bool:
    cls = RESOURCE.get(kind)
    ann = getattr(cls, "__annotations__", {}).get(key) if cls else None
    return ann is not None and type(None) in typing.get_args(ann)


def assert_shape(kind: str, obj: dict, fixture_key: str | None = None) -> None:
    example = FIXTURES[fixture_key or kind]
    missing = sorted(set(example) - set(obj))
    assert not missing, f"{kind} lacks {missing}"
    for key, want in example.items():
        got = obj[key]
        if got is None and (want is None or _optional(kind, key)):
            continue
        assert _json_type(got) == _json_type(want) or want is None, (
            f"{kind}.{key}: {_json_type(got)} where Stripe has {_json_type(want)}"
        )


def raw_get(sandbox, path, key):
    req = urllib.request.Request(sandbox.url + path, headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(req) as resp:
        return json.loads(resp.read())


@pytest.fixture
def objects(sandbox, test_key):
    c = stripe.StripeClient(test_key, base_addresses={"api": sandbox.url})
    prod = c.v1.products.create(
        {
            "name": "Stock photos",
            "description": "월간 구독",
            "default_price_data": {
                "currency": "krw",
                "unit_amount": 100000,
                "recurring": {"interval": "month"},
            },
        }
    )
    one_time = c.v1.prices.create({"product": prod.id, "currency": "krw", "unit_amount": 3000})
    cus = c.v1.customers.create(
        {
            "name": "이서연",
            "email": "seoyeon@example.kr",
            "preferred_locales": ["ko-KR"],
            "address": {"city": "Seoul", "country": "KR", "line1": "세종대로 110"},
        }
    )
    bare_product = c.v1.products.create({"name": "Gone"})
    bare_customer = c.v1.customers.create({})
    c.v1.products.delete(bare_product.id)
    c.v1.customers.delete(bare_customer.id)
    return {
        "product": prod.id,
        "price": [prod.default_price, one_time.id],
        "customer": cus.id,
        "deleted_product": bare_product.id,
        "deleted_customer": bare_customer.id,
    }


def test_product_price_customer_shapes(sandbox, test_key, objects):
    assert_shape("product", raw_get(sandbox, f"/v1/products/{objects['product']}", test_key))
    for pid in objects["price"]:
        assert_shape("price", raw_get(sandbox, f"/v1/prices/{pid}", test_key))
    cus = raw_get(sandbox, f"/v1/customers/{objects['customer']}", test_key)
    assert_shape("customer", cus)
    assert cus["address"]["country"] == "KR" and cus["address"]["line2"] is None


def test_deleted_shapes(sandbox, test_key, objects):
    deleted = raw_get(sandbox, f"/v1/customers/{objects['deleted_customer']}", test_key)
    assert deleted == {"id": objects["deleted_customer"], "object": "customer", "deleted": True}
    assert_shape("customer", deleted, "deleted_customer")


def test_event_shapes(sandbox, test_key, objects):
    events = raw_get(sandbox, "/v1/events?limit=100", test_key)["data"]
    assert events
    for evt in events:
        assert_shape("event", evt)
        inner = evt["data"]["object"]
        if evt["type"].endswith(".deleted"):
            continue
        assert_shape(inner["object"], inner)


def test_lists_have_list_shape(sandbox, test_key, objects):
    for path in ("/v1/products", "/v1/prices", "/v1/customers", "/v1/events"):
        page = raw_get(sandbox, path, test_key)
        assert set(page) == {"object", "data", "has_more", "url"}
        assert page["object"] == "list" and page["url"] == path


def test_shape_check_catches_a_missing_or_mistyped_field():
    good = dict(FIXTURES["price"])
    assert_shape("price", good)
    with pytest.raises(AssertionError, match="lacks"):
        assert_shape("price", {k: v for k, v in good.items() if k != "lookup_key"})
    with pytest.raises(AssertionError, match="unit_amount"):
        assert_shape("price", {**good, "unit_amount": "2000"})
