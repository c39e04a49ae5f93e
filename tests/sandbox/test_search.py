"""The Search API: query language, paging with next_page, and errors."""

from __future__ import annotations

import pytest
import stripe

from kpadmin.sandbox.search import parse_query, run_search


@pytest.fixture
def client(sandbox, test_key):
    return stripe.StripeClient(test_key, base_addresses={"api": sandbox.url})


@pytest.fixture
def people(client):
    specs = [
        {"name": "김민준", "email": "minjun@example.kr", "metadata": {"plan": "pro"}},
        {"name": "이서연", "email": "seoyeon@example.kr", "phone": "+821055550000"},
        {"name": "박지훈", "email": "jihoon@shop.kr", "metadata": {"plan": "basic"}},
        {"name": "Kim Minjun", "email": "kim@example.com"},
    ]
    return [client.v1.customers.create(s).id for s in specs]


def ids(res):
    return [o.id for o in res.data]


def test_exact_substring_negation_metadata(client, people):
    s = client.v1.customers.search
    assert ids(s({"query": 'email:"MINJUN@example.kr"'})) == [people[0]]
    assert ids(s({"query": 'email~"example.kr"'})) == [people[1], people[0]]
    assert ids(s({"query": 'metadata["plan"]:"pro"'})) == [people[0]]
    assert ids(s({"query": '-metadata["plan"]:null'})) == [people[2], people[0]]
    assert ids(s({"query": 'metadata["plan"]:null'})) == [people[3], people[1]]
    assert ids(s({"query": '-email~"example" AND name~"박지훈"'})) == [people[2]]
    assert ids(s({"query": 'phone:"+821055550000" OR name:"Kim Minjun"'})) == [people[3], people[1]]
    assert ids(s({"query": "name:'이서연'"})) == [people[1]]


def test_numbers_and_paging(client, sandbox, people):
    for i, cid in enumerate(people):
        sandbox.store.get(cid)["created"] = 1_700_000_000 + i
    res = client.v1.customers.search({"query": "created>=1700000001", "limit": 2})
    assert ids(res) == [people[3], people[2]] and res.has_more and res.next_page
    more = client.v1.customers.search(
        {"query": "created>=1700000001", "limit": 2, "page": res.next_page}
    )
    assert ids(more) == [people[1]] and not more.has_more and more.next_page is None
    every = [
        c.id
        for c in client.v1.customers.search(
            {"query": "created>1699999999", "limit": 1}
        ).auto_paging_iter()
    ]
    assert every == list(reversed(people))
    counted = client.v1.customers.search({"query": "created<1700000002", "expand": ["total_count"]})
    assert counted.total_count == 2 and counted.object == "search_result"
    assert counted.url == "/v1/customers/search"


@pytest.mark.parametrize(
    "query, fragment",
    [
        ('name~"김"', "at least 3 characters"),
        ('email:"a" AND name:"b" OR phone:"c"', "cannot mix"),
        ('colour:"red"', "unsupported search field"),
        ("name:unquoted", "must be quoted"),
        ('name:"x" AND', "unable to parse"),
        (" ".join(f'name:"n{i}"' for i in range(11)), "at most 10"),
        ('name>"x"', "numeric"),
    ],
)
def test_bad_queries(client, query, fragment):
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.search({"query": query})
    assert err.value.param == "query" and fragment in err.value.user_message


def test_page_token_must_match_query(client, people):
    res = client.v1.customers.search({"query": 'email~"example"', "limit": 1})
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.search({"query": 'email~"shop"', "page": res.next_page})
    assert err.value.param == "page"


def test_products_and_prices_search(client):
    a = client.v1.products.create({"name": "Stock photos", "url": "https://ex.kr/p"})
    client.v1.products.create({"name": "Fonts", "active": False})
    p = client.v1.prices.create(
        {
            "product": a.id,
            "currency": "krw",
            "unit_amount": 100000,
            "lookup_key": "photo_monthly",
            "recurring": {"interval": "month"},
        }
    )
    assert ids(client.v1.products.search({"query": "active:'true'"})) == [a.id]
    assert ids(client.v1.products.search({"query": 'name~"photo"'})) == [a.id]
    assert ids(client.v1.prices.search({"query": f'product:"{a.id}" AND currency:"krw"'})) == [p.id]
    assert ids(client.v1.prices.search({"query": 'lookup_key:"photo_monthly"'})) == [p.id]
    assert ids(client.v1.prices.search({"query": 'type:"one_time"'})) == []


def test_generic_search_function_for_other_resources():
    objs = [
        {"id": "sub_2", "status": "active", "created": 2, "metadata": {}},
        {"id": "sub_1", "status": "canceled", "created": 1, "metadata": {"k": "v"}},
    ]
    fields = {"status": "token", "created": "number", "metadata": "metadata"}
    res = run_search(objs, fields, '-status:"canceled"', url="/v1/subscriptions/search")
    assert [o["id"] for o in res["data"]] == ["sub_2"]
    clauses, joiner = parse_query('status:"active" OR metadata["k"]:"v"')
    assert joiner == "OR" and clauses[1].meta_key == "k"
