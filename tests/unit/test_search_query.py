"""The free-text -> Stripe search query builder (pure)."""

from __future__ import annotations

import pytest

from kpadmin.stripe_api.search_query import any_of, customer_query, name_query, quote


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("minsu@example.kr", 'email:"minsu@example.kr"'),
        ("  minsu@example.kr ", 'email:"minsu@example.kr"'),
        ("김민수", 'name~"김민수" OR email~"김민수"'),
        ("Jane  Doe", 'name~"Jane Doe" OR email~"Jane Doe"'),
        ("Bo", 'name:"Bo"'),
        ("김", 'name:"김"'),
        ('a"b', 'name~"a\\"b" OR email~"a\\"b"'),
        ("x\\", 'name:"x\\\\"'),
        ("not@email", 'name~"not@email" OR email~"not@email"'),
    ],
)
def test_customer_query(text, query):
    assert customer_query(text) == query


def test_blank_text_is_not_a_query():
    with pytest.raises(ValueError):
        customer_query(" \t")


def test_quote_escapes_backslash_before_quote():
    assert quote('\\"') == '"\\\\\\""'


def test_any_of_joins_quoted_values_with_or():
    assert any_of("status", ["past_due", "unpaid"]) == 'status:"past_due" OR status:"unpaid"'
    assert any_of("status", ['a"b']) == 'status:"a\\"b"'
    with pytest.raises(ValueError):
        any_of("status", [])
    with pytest.raises(ValueError):
        any_of("status", [str(i) for i in range(11)])


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("베이직", 'name~"베이직"'),
        (" Photo   plan ", 'name~"Photo plan"'),
        ("프로", 'name:"프로"'),
        ('a"', 'name:"a\\""'),
    ],
)
def test_name_query(text, query):
    assert name_query(text) == query


def test_blank_name_is_not_a_query():
    with pytest.raises(ValueError):
        name_query("  ")


def test_any_of_joins_with_or():
    assert any_of("product", ["prod_1", "prod_2"]) == 'product:"prod_1" OR product:"prod_2"'


@pytest.mark.parametrize("count", [0, 11])
def test_any_of_stays_within_stripes_clauses(count):
    with pytest.raises(ValueError):
        any_of("product", [f"prod_{i}" for i in range(count)])
