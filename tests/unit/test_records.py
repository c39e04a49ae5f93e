"""Converting Stripe objects (the official fixture shapes) into records, and hostile input."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import stripe
from hypothesis import given, settings
from hypothesis import strategies as st

from kpadmin.domain.money import Money
from kpadmin.stripe_api import convert
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Price, Subscription, SubscriptionItem

FIXTURES = json.loads(
    (Path(__file__).parent.parent / "fixtures" / "stripe_objects.json").read_text("utf-8")
)


def fixture(name: str) -> dict:
    return copy.deepcopy(FIXTURES[name])


def test_product_from_fixture():
    d = fixture("product")
    p = convert.product(d)
    assert p.id == d["id"]
    assert p.name == d["name"]
    assert p.active is d["active"]
    assert dict(p.metadata) == d["metadata"]


def test_price_from_fixture_and_stripe_object():
    d = fixture("price")
    d.update(currency="KRW", unit_amount=100000, type="recurring")
    d["recurring"] = {**(d.get("recurring") or {}), "interval": "month", "interval_count": 1}
    obj = stripe.StripeObject.construct_from(d, "sk_test_x")
    p = convert.price(convert.as_dict(obj))
    assert p.currency == "krw"
    assert p.money == Money(100000, "krw")
    assert (p.type, p.interval, p.interval_count) == ("recurring", "month", 1)
    assert p.product_id == (d["product"] if isinstance(d["product"], str) else d["product"]["id"])


def test_price_without_flat_amount_has_no_money():
    d = fixture("price")
    d["unit_amount"] = None
    assert convert.price(d).money is None


def test_customer_from_fixture():
    d = fixture("customer")
    d["invoice_settings"] = {"default_payment_method": "pm_123"}
    d["preferred_locales"] = ["ko", "en"]
    c = convert.customer(d)
    assert (c.id, c.email, c.name) == (d["id"], d["email"], d["name"])
    assert c.default_payment_method_id == "pm_123"
    assert c.preferred_locales == ("ko", "en")
    assert c.deleted is False


def test_deleted_customer():
    c = convert.customer(fixture("deleted_customer"))
    assert c.deleted is True
    assert c.name is None


def test_payment_method_card_and_kakao_pay():
    card = convert.payment_method(fixture("payment_method"))
    assert card.type == "card"
    assert card.last4 == FIXTURES["payment_method"]["card"]["last4"]
    assert not card.is_kakao_pay
    kakao = convert.payment_method(
        {"id": "pm_1", "type": "kakao_pay", "kakao_pay": {}, "customer": "cus_1", "created": 5}
    )
    assert kakao.is_kakao_pay
    assert (kakao.brand, kakao.last4, kakao.customer_id) == (None, None, "cus_1")


def test_invoice_reads_nested_subscription_and_payment_intent():
    d = fixture("invoice")
    d["parent"] = {
        "subscription_details": {"subscription": "sub_9"},
        "type": "subscription_details",
    }
    d["payments"] = {
        "object": "list",
        "data": [
            {
                "payment": {
                    "type": "payment_intent",
                    "payment_intent": {"id": "pi_7", "status": "requires_action"},
                }
            }
        ],
        "has_more": False,
    }
    inv = convert.invoice(d)
    assert inv.subscription_id == "sub_9"
    assert (inv.payment_intent_id, inv.payment_intent_status) == ("pi_7", "requires_action")
    d["payments"]["data"][0]["payment"]["payment_intent"] = "pi_8"
    inv = convert.invoice(d)
    assert (inv.payment_intent_id, inv.payment_intent_status) == ("pi_8", None)


def test_subscription_from_fixture_with_expanded_invoice():
    d = fixture("subscription")
    d["latest_invoice"] = fixture("invoice")
    s = convert.subscription(d)
    assert s.id == d["id"]
    assert s.latest_invoice is not None and s.latest_invoice.id == d["latest_invoice"]["id"]
    assert s.latest_invoice_id == d["latest_invoice"]["id"]
    assert len(s.items) == len(d["items"]["data"])


def _price(amount: int | None) -> Price:
    return convert.price(
        {
            "id": "price_1",
            "currency": "krw",
            "unit_amount": amount,
            "type": "recurring",
            "recurring": {"interval": "month", "interval_count": 1},
        }
    )


def test_subscription_total_and_period_end():
    items = (
        SubscriptionItem("si_1", _price(10000), 2, 100, 300),
        SubscriptionItem("si_2", _price(5000), 1, 100, 200),
    )
    sub = convert.subscription({"id": "sub_1", "currency": "krw", "customer": "cus_1"})
    from dataclasses import replace

    sub = replace(sub, items=items)
    assert isinstance(sub, Subscription)
    assert sub.total == Money(25000, "krw")
    assert sub.current_period_end == 200
    assert (
        replace(sub, items=(SubscriptionItem("si_3", _price(None), 1, None, None),)).total is None
    )


def test_list_page_cursor_is_last_id():
    obj = {"object": "list", "has_more": True, "data": [{"id": "cus_b"}, {"id": "cus_a"}]}
    page = convert.page(obj, convert.customer)
    assert [c.id for c in page.items] == ["cus_b", "cus_a"]
    assert page.has_more and page.next_cursor == "cus_a"
    last = convert.page({**obj, "has_more": False}, convert.customer)
    assert not last.has_more and last.next_cursor is None


def test_search_page_cursor_is_next_page():
    obj = {
        "object": "search_result",
        "has_more": True,
        "next_page": "tok",
        "data": [{"id": "cus_a"}],
    }
    assert convert.page(obj, convert.customer).next_cursor == "tok"


@pytest.mark.parametrize(
    "bad",
    [
        None,
        [],
        "text",
        {"object": "list"},
        {"object": "list", "data": "nope"},
        {"object": "list", "data": [{"name": "no id"}]},
        {"object": "list", "data": [["not", "a", "dict"]]},
        {"object": "list", "data": [{"id": 5}]},
    ],
)
def test_hostile_lists_raise_gateway_error(bad):
    with pytest.raises(GatewayError) as info:
        convert.page(bad, convert.customer)
    assert info.value.kind == "server"


def test_missing_optional_fields_become_none():
    p = convert.product({"id": "prod_1"})
    assert (p.name, p.description, p.default_price_id, p.created) == ("", "", None, 0)
    s = convert.subscription({"id": "sub_1", "items": {"data": []}})
    assert s.items == () and s.latest_invoice is None and s.current_period_end is None


def test_wrong_types_are_ignored_not_trusted():
    c = convert.customer(
        {
            "id": "cus_1",
            "email": 5,
            "created": "yesterday",
            "preferred_locales": "ko",
            "metadata": ["x"],
            "livemode": "yes",
        }
    )
    assert (c.email, c.created, c.preferred_locales, dict(c.metadata), c.livemode) == (
        None,
        0,
        (),
        {},
        False,
    )


def test_subscription_item_without_price_is_unexpected():
    with pytest.raises(GatewayError):
        convert.subscription({"id": "sub_1", "items": {"data": [{"id": "si_1"}]}})


def test_records_are_frozen():
    p = convert.product({"id": "prod_1", "metadata": {"a": "b"}})
    with pytest.raises(AttributeError):
        p.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        p.metadata["a"] = "c"  # type: ignore[index]


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)
_FIELDS = [
    "id",
    "object",
    "data",
    "has_more",
    "next_page",
    "items",
    "price",
    "recurring",
    "product",
    "latest_invoice",
    "payments",
    "payment",
    "payment_intent",
    "parent",
    "subscription_details",
    "subscription",
    "invoice_settings",
    "metadata",
    "preferred_locales",
    "type",
    "card",
    "unit_amount",
    "quantity",
    "currency",
    "customer",
    "pause_collection",
]
_OBJECTS = st.dictionaries(st.sampled_from(_FIELDS), _JSON, max_size=8)

CONVERTERS = [
    convert.product,
    convert.price,
    convert.customer,
    convert.payment_method,
    convert.invoice,
    convert.subscription,
    convert.subscription_item,
]


@settings(max_examples=150, deadline=None)
@given(obj=_OBJECTS, which=st.sampled_from(CONVERTERS))
def test_any_json_converts_or_raises_gateway_error(obj, which):
    try:
        which(obj)
        convert.page({"object": "list", "data": [obj], "has_more": True}, which)
    except GatewayError as err:
        assert err.kind == "server"
