"""Products and prices through the real SDK against the sandbox."""

from __future__ import annotations

import pytest

from kpadmin.domain.money import Money
from kpadmin.stripe_api import GatewayError, new_action_key
from kpadmin.stripe_api.records import PriceDraft, ProductDraft


def make_product(wait_for, gateway, name="Coffee club", **kw):
    return wait_for(
        gateway.products.create(ProductDraft(name, **kw), idempotency_key=new_action_key())
    )


def test_create_and_retrieve_product(gateway, wait_for):
    made = make_product(wait_for, gateway, description="Monthly beans", metadata={"sku": "cb-1"})
    assert made.id.startswith("prod_")
    assert (made.name, made.description, dict(made.metadata)) == (
        "Coffee club",
        "Monthly beans",
        {"sku": "cb-1"},
    )
    again = wait_for(gateway.products.retrieve(made.id))
    assert again == made


def test_same_idempotency_key_creates_once(gateway, wait_for):
    key = new_action_key()
    first = wait_for(gateway.products.create(ProductDraft("Tea"), idempotency_key=key))
    second = wait_for(gateway.products.create(ProductDraft("Tea"), idempotency_key=key))
    assert first.id == second.id
    assert len(wait_for(gateway.products.list()).items) == 1
    with pytest.raises(GatewayError) as info:
        wait_for(gateway.products.create(ProductDraft("Other"), idempotency_key=key))
    assert info.value.kind == "idempotency"


def test_update_product_replaces_fields_and_removes_metadata_keys(gateway, wait_for):
    made = make_product(wait_for, gateway, description="d", metadata={"a": "1", "b": "2"})
    updated = wait_for(
        gateway.products.update(
            made.id,
            ProductDraft("Renamed", description="", metadata={"a": "9"}),
            idempotency_key=new_action_key(),
            previous_metadata=made.metadata,
        )
    )
    assert updated.name == "Renamed"
    assert updated.description == ""
    assert dict(updated.metadata) == {"a": "9"}


def test_archive_and_filter_products(gateway, wait_for):
    a = make_product(wait_for, gateway, name="A")
    make_product(wait_for, gateway, name="B")
    archived = wait_for(gateway.products.set_active(a.id, False, idempotency_key=new_action_key()))
    assert archived.active is False
    active = wait_for(gateway.products.list(active=True))
    inactive = wait_for(gateway.products.list(active=False))
    assert [p.name for p in active.items] == ["B"]
    assert [p.name for p in inactive.items] == ["A"]
    assert {p.name for p in wait_for(gateway.products.list()).items} == {"A", "B"}


def test_products_page_through_with_cursor(gateway, wait_for):
    names = [f"P{i}" for i in range(5)]
    for n in names:
        make_product(wait_for, gateway, name=n)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        page = wait_for(gateway.products.list(cursor=cursor, limit=2))
        pages += 1
        seen += [p.name for p in page.items]
        if not page.has_more:
            assert page.next_cursor is None
            break
        cursor = page.next_cursor
    assert pages == 3
    assert seen == list(reversed(names))  # newest first


def test_krw_price_is_zero_decimal_and_recurring(gateway, wait_for):
    prod = make_product(wait_for, gateway)
    price = wait_for(
        gateway.prices.create(
            PriceDraft(prod.id, "krw", 100000, "month", nickname="Monthly", lookup_key="cb_m"),
            idempotency_key=new_action_key(),
        )
    )
    assert price.money == Money(100000, "krw")
    assert str(price.money) == "₩100,000"
    assert (price.type, price.interval, price.interval_count) == ("recurring", "month", 1)
    assert (price.product_id, price.nickname, price.lookup_key) == (prod.id, "Monthly", "cb_m")
    one_time = wait_for(
        gateway.prices.create(
            PriceDraft(prod.id, "KRW", 5000, None), idempotency_key=new_action_key()
        )
    )
    assert (one_time.type, one_time.interval, one_time.currency) == ("one_time", None, "krw")
    listed = wait_for(gateway.prices.list(product_id=prod.id))
    assert {p.id for p in listed.items} == {price.id, one_time.id}


def test_default_price_update_and_archive_price(gateway, wait_for):
    prod = make_product(wait_for, gateway)
    price = wait_for(
        gateway.prices.create(
            PriceDraft(prod.id, "krw", 9900, "month"), idempotency_key=new_action_key()
        )
    )
    with_default = wait_for(
        gateway.products.set_default_price(prod.id, price.id, idempotency_key=new_action_key())
    )
    assert with_default.default_price_id == price.id
    renamed = wait_for(
        gateway.prices.update(
            price.id, nickname="Basic", metadata={"tier": "1"}, idempotency_key=new_action_key()
        )
    )
    assert (renamed.nickname, dict(renamed.metadata), renamed.unit_amount) == (
        "Basic",
        {"tier": "1"},
        9900,
    )
    other = wait_for(
        gateway.prices.create(
            PriceDraft(prod.id, "krw", 19900, "year"), idempotency_key=new_action_key()
        )
    )
    archived = wait_for(
        gateway.prices.set_active(other.id, False, idempotency_key=new_action_key())
    )
    assert archived.active is False
    active = wait_for(gateway.prices.list(product_id=prod.id, active=True))
    assert [p.id for p in active.items] == [price.id]


def test_default_price_cannot_be_archived(gateway, wait_for):
    prod = make_product(wait_for, gateway)
    price = wait_for(
        gateway.prices.create(
            PriceDraft(prod.id, "krw", 9900, "month"), idempotency_key=new_action_key()
        )
    )
    wait_for(
        gateway.products.set_default_price(prod.id, price.id, idempotency_key=new_action_key())
    )
    with pytest.raises(GatewayError) as info:
        wait_for(gateway.prices.set_active(price.id, False, idempotency_key=new_action_key()))
    assert info.value.kind == "invalid"


def test_refused_archive_leaves_price_active(gateway, wait_for):
    prod = make_product(wait_for, gateway)
    price = wait_for(
        gateway.prices.create(
            PriceDraft(prod.id, "krw", 9900, "month"), idempotency_key=new_action_key()
        )
    )
    wait_for(
        gateway.products.set_default_price(prod.id, price.id, idempotency_key=new_action_key())
    )
    with pytest.raises(GatewayError):
        wait_for(gateway.prices.set_active(price.id, False, idempotency_key=new_action_key()))
    assert wait_for(gateway.prices.retrieve(price.id)).active is True


def test_invalid_price_names_the_parameter(gateway, wait_for):
    prod = make_product(wait_for, gateway)
    with pytest.raises(GatewayError) as info:
        wait_for(
            gateway.prices.create(
                PriceDraft(prod.id, "krw", 100, "fortnight"), idempotency_key=new_action_key()
            )
        )
    err = info.value
    assert err.kind == "invalid"
    assert err.param and "interval" in err.param
    assert err.request_id and err.request_id.startswith("req_")
    assert err.maybe_committed is False


def test_missing_product_is_not_found(gateway, wait_for):
    with pytest.raises(GatewayError) as info:
        wait_for(gateway.products.retrieve("prod_doesnotexist"))
    assert info.value.kind == "not_found"
    assert info.value.http_status == 404


def test_products_by_ids_and_prices_of_products_found_by_name(gateway, wait_for):
    photo = make_product(wait_for, gateway, name="스톡포토 베이직")
    pro = make_product(wait_for, gateway, name="스톡포토 프로")
    other = make_product(wait_for, gateway, name="Coffee")
    prices = {
        prod.id: wait_for(
            gateway.prices.create(
                PriceDraft(prod.id, "krw", 30000, "month"), idempotency_key=new_action_key()
            )
        )
        for prod in (photo, pro, other)
    }
    by_ids = wait_for(gateway.products.list(ids=[photo.id, other.id]))
    assert {p.id for p in by_ids.items} == {photo.id, other.id}
    found = wait_for(gateway.products.search("스톡포토"))
    assert {p.id for p in found.items} == {photo.id, pro.id}
    assert [p.id for p in wait_for(gateway.products.search("프로")).items] == []  # short: exact
    their_prices = wait_for(gateway.prices.search_by_products([p.id for p in found.items]))
    assert {(p.id, p.product_id, p.product_name) for p in their_prices.items} == {
        (prices[photo.id].id, photo.id, "스톡포토 베이직"),
        (prices[pro.id].id, pro.id, "스톡포토 프로"),
    }
    assert wait_for(gateway.prices.search_by_products([])).items == ()
    retrieved = wait_for(gateway.prices.retrieve(prices[other.id].id))
    assert (retrieved.product_id, retrieved.product_name) == (other.id, "Coffee")
