"""The free-text -> Stripe search query builder (pure)."""

from __future__ import annotations

import pytest

from kpadmin.stripe_api.search_query import any_of, customer_query, quote


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
