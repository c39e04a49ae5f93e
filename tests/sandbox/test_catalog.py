"""Products and prices: Stripe's rules on amounts, intervals, lookup keys, tax, deletion."""

from __future__ import annotations

from decimal import Decimal

import pytest
import stripe


@pytest.fixture
def client(sandbox, test_key):
    return stripe.StripeClient(test_key, base_addresses={"api": sandbox.url})


@pytest.fixture
def product(client):
    return client.v1.products.create({"name": "Stock photos"})


def price(client, product, **extra):
    params = {"product": product.id, "currency": "krw", "unit_amount": 100000, **extra}
    return client.v1.prices.create(params)


def test_product_create_defaults_and_fields(client):
    p = client.v1.products.create(
        {
            "name": "Photos",
            "description": "월간",
            "images": ["https://ex.kr/1.png"],
            "statement_descriptor": "KPADMIN PHOTOS",
            "unit_label": "seat",
            "url": "https://ex.kr",
            "shippable": False,
            "tax_code": "txcd_10000000",
            "marketing_features": [{"name": "4K"}],
        }
    )
    assert p.type == "service" and p.active is True and p.default_price is None
    assert p.images == ["https://ex.kr/1.png"] and p.marketing_features[0].name == "4K"
    assert p.statement_descriptor == "KPADMIN PHOTOS" and p.shippable is False


@pytest.mark.parametrize(
    "params, param",
    [
        (
            {"name": "x", "statement_descriptor": "THIS DESCRIPTOR IS TOO LONG"},
            "statement_descriptor",
        ),
        ({"name": "x", "images": [f"https://ex.kr/{i}" for i in range(9)]}, "images"),
        ({"name": "x", "type": "thing"}, "type"),
        ({"name": ""}, "name"),
    ],
)
def test_product_validation(client, params, param):
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.products.create(params)
    assert err.value.param == param


def test_default_price_data_creates_the_price(client):
    p = client.v1.products.create(
        {
            "name": "P",
            "default_price_data": {
                "currency": "krw",
                "unit_amount": 5000,
                "recurring": {"interval": "year"},
            },
        }
    )
    pr = client.v1.prices.retrieve(p.default_price)
    assert pr.product == p.id and pr.unit_amount == 5000 and pr.recurring.interval == "year"


def test_krw_is_zero_decimal_and_amounts_are_bounded(client, product):
    pr = price(client, product)
    assert pr.unit_amount == 100000 and pr.unit_amount_decimal == Decimal("100000")
    assert pr.type == "one_time" and pr.recurring is None and pr.tax_behavior == "unspecified"
    dec = client.v1.prices.create(
        {"product": product.id, "currency": "KRW", "unit_amount_decimal": "1500"}
    )
    assert dec.unit_amount == 1500 and dec.currency == "krw"
    frac = client.v1.prices.create(
        {"product": product.id, "currency": "krw", "unit_amount_decimal": "0.5"}
    )
    assert frac.unit_amount is None and frac.unit_amount_decimal == Decimal("0.5")
    for bad in (-1, 100_000_000):
        with pytest.raises(stripe.InvalidRequestError) as err:
            price(client, product, unit_amount=bad)
        assert err.value.param == "unit_amount"
    assert price(client, product, unit_amount=99_999_999).unit_amount == 99_999_999


def test_price_needs_currency_product_and_amount(client, product):
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.prices.create({"product": product.id, "currency": "xyz", "unit_amount": 1})
    assert err.value.param == "currency" and "Invalid currency: xyz" in err.value.user_message
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.prices.create({"currency": "krw", "unit_amount": 1})
    assert err.value.code == "parameter_missing" and err.value.param == "product"
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.prices.create({"product": product.id, "currency": "krw"})
    assert err.value.param == "unit_amount"
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.prices.create({"product": "prod_missing", "currency": "krw", "unit_amount": 1})
    assert err.value.http_status == 404 and err.value.param == "product"


def test_product_data_creates_a_product(client):
    pr = client.v1.prices.create(
        {
            "product_data": {"name": "Inline"},
            "currency": "krw",
            "unit_amount": 1000,
            "expand": ["product"],
        }
    )
    assert pr.product.name == "Inline" and pr.product.object == "product"


@pytest.mark.parametrize(
    "interval, count, ok",
    [
        ("month", 36, True),
        ("month", 37, False),
        ("year", 3, True),
        ("year", 4, False),
        ("week", 156, True),
        ("day", 1096, False),
        ("month", 0, False),
    ],
)
def test_interval_count_at_most_three_years(client, product, interval, count, ok):
    params = {"recurring": {"interval": interval, "interval_count": count}}
    if ok:
        assert price(client, product, **params).recurring.interval_count == count
    else:
        with pytest.raises(stripe.InvalidRequestError) as err:
            price(client, product, **params)
        assert err.value.param == "recurring[interval_count]"


def test_lookup_keys_are_unique_unless_transferred(client, product):
    first = price(client, product, lookup_key="monthly")
    with pytest.raises(stripe.InvalidRequestError) as err:
        price(client, product, lookup_key="monthly")
    assert first.id in err.value.user_message
    second = price(client, product, lookup_key="monthly", transfer_lookup_key=True)
    assert second.lookup_key == "monthly"
    assert client.v1.prices.retrieve(first.id).lookup_key is None
    with pytest.raises(stripe.InvalidRequestError):
        price(client, product, lookup_key="k" * 201)


def test_price_update_rules(client, product):
    pr = price(client, product, tax_behavior="unspecified")
    pr = client.v1.prices.update(
        pr.id, {"nickname": "기본", "metadata": {"a": "1"}, "tax_behavior": "inclusive"}
    )
    assert pr.nickname == "기본" and pr.metadata.to_dict() == {"a": "1"}
    assert pr.tax_behavior == "inclusive"
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.prices.update(pr.id, {"tax_behavior": "exclusive"})
    assert err.value.param == "tax_behavior"
    for frozen in ({"unit_amount": 1}, {"currency": "usd"}, {"recurring": {"interval": "day"}}):
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.v1.prices.update(pr.id, frozen)
        assert err.value.code == "parameter_unknown"
    archived = client.v1.prices.update(pr.id, {"active": False, "metadata": {"a": ""}})
    assert archived.active is False and archived.metadata.to_dict() == {}


def test_default_price_must_be_an_active_price_of_the_product(client, product):
    other = client.v1.products.create({"name": "Other"})
    foreign = price(client, other)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.products.update(product.id, {"default_price": foreign.id})
    assert err.value.param == "default_price"
    own = price(client, product)
    client.v1.prices.update(own.id, {"active": False})
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.products.update(product.id, {"default_price": own.id})
    good = price(client, product)
    updated = client.v1.products.update(
        product.id, {"default_price": good.id, "description": "새 설명"}
    )
    assert updated.default_price == good.id and updated.description == "새 설명"


def test_delete_only_without_prices(client, product):
    price(client, product)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.products.delete(product.id)
    assert "has one or more user-created prices" in err.value.user_message
    empty = client.v1.products.create({"name": "Empty"})
    gone = client.v1.products.delete(empty.id)
    assert gone.deleted is True and gone.id == empty.id
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.products.retrieve(empty.id)
    assert err.value.http_status == 404
    types = [e.type for e in client.v1.events.list({"type": "product.*"}).data]
    assert types[0] == "product.deleted"


def test_prices_have_no_delete(sandbox, test_key, client, product):
    import urllib.error
    import urllib.request

    pr = price(client, product)
    req = urllib.request.Request(
        f"{sandbox.url}/v1/prices/{pr.id}",
        method="DELETE",
        headers={"Authorization": f"Bearer {test_key}"},
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req)
    assert err.value.code == 404
    err.value.close()
