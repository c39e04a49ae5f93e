"""Customers, customer search and saved payment methods through the real SDK."""

from __future__ import annotations

import pytest

from kpadmin.stripe_api import GatewayError, new_action_key
from kpadmin.stripe_api.records import CustomerDraft


def make_customer(wait_for, gateway, name="김민수", **kw):
    return wait_for(
        gateway.customers.create(CustomerDraft(name, **kw), idempotency_key=new_action_key())
    )


def test_create_update_retrieve_customer(gateway, wait_for):
    made = make_customer(
        wait_for,
        gateway,
        email="minsu@example.kr",
        phone="+821012345678",
        preferred_locales=("ko",),
        metadata={"crm": "42", "old": "x"},
    )
    assert made.id.startswith("cus_")
    assert (made.name, made.email, made.preferred_locales) == (
        "김민수",
        "minsu@example.kr",
        ("ko",),
    )
    updated = wait_for(
        gateway.customers.update(
            made.id,
            CustomerDraft("김민수", email="", description="VIP", metadata={"crm": "43"}),
            idempotency_key=new_action_key(),
            previous_metadata=made.metadata,
        )
    )
    assert updated.email in (None, "")
    assert updated.description == "VIP"
    assert dict(updated.metadata) == {"crm": "43"}
    assert wait_for(gateway.customers.retrieve(made.id)) == updated


def test_delete_customer(gateway, wait_for):
    made = make_customer(wait_for, gateway)
    gone = wait_for(gateway.customers.delete(made.id, idempotency_key=new_action_key()))
    assert gone.deleted and gone.id == made.id
    assert wait_for(gateway.customers.list()).items == ()
    try:
        again = wait_for(gateway.customers.retrieve(made.id))
    except GatewayError as err:  # some servers answer 404 for a deleted customer
        assert err.kind == "not_found"
    else:
        assert again.deleted


def test_list_customers_pages(gateway, wait_for):
    for i in range(3):
        make_customer(wait_for, gateway, name=f"C{i}")
    first = wait_for(gateway.customers.list(limit=2))
    assert [c.name for c in first.items] == ["C2", "C1"] and first.has_more
    second = wait_for(gateway.customers.list(cursor=first.next_cursor, limit=2))
    assert [c.name for c in second.items] == ["C0"] and not second.has_more


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("minsu@example.kr", {"김민수"}),
        ("example", {"김민수", "Jane Doe"}),  # substring of both e-mails
        ("Jane", {"Jane Doe"}),
        ("Bo", {"Bo"}),  # shorter than 3: exact name
        ('Jane "x', set()),  # quotes are escaped, not a syntax error
    ],
)
def test_search_customers(gateway, wait_for, text, expected):
    make_customer(wait_for, gateway, email="minsu@example.kr")
    make_customer(wait_for, gateway, name="Jane Doe", email="jane@example.com")
    make_customer(wait_for, gateway, name="Bo", email="bo@b.kr")
    make_customer(wait_for, gateway, name="Bob", email="bob@b.kr")
    page = wait_for(gateway.customers.search(text))
    assert {c.name for c in page.items} == expected


def test_search_pages_with_next_page(gateway, wait_for):
    for i in range(3):
        make_customer(wait_for, gateway, name=f"Kim {i}", email=f"kim{i}@example.kr")
    first = wait_for(gateway.customers.search("example", limit=2))
    assert len(first.items) == 2 and first.has_more and first.next_cursor
    rest = wait_for(gateway.customers.search("example", page=first.next_cursor, limit=2))
    assert len(rest.items) == 1 and not rest.has_more
    assert {c.id for c in first.items}.isdisjoint({c.id for c in rest.items})


def test_payment_methods_and_default(gateway, wait_for, raw):
    cus = make_customer(wait_for, gateway)
    pms = []
    for _ in range(3):
        pm = raw.v1.payment_methods.create({"type": "kakao_pay"})
        raw.v1.payment_methods.attach(pm.id, {"customer": cus.id})
        pms.append(pm.id)
    listed = wait_for(gateway.customers.payment_methods.list_all(cus.id))
    assert {p.id for p in listed} == set(pms)
    assert all(p.is_kakao_pay and p.customer_id == cus.id for p in listed)
    updated = wait_for(
        gateway.customers.set_default_payment_method(
            cus.id, pms[1], idempotency_key=new_action_key()
        )
    )
    assert updated.default_payment_method_id == pms[1]


def test_unknown_customer(gateway, wait_for):
    with pytest.raises(GatewayError) as info:
        wait_for(gateway.customers.retrieve("cus_missing"))
    assert info.value.kind == "not_found"


def test_blank_search_text_lists_everyone(gateway, wait_for):
    make_customer(wait_for, gateway, name="A")
    make_customer(wait_for, gateway, name="B")
    page = wait_for(gateway.customers.search("   "))
    assert [c.name for c in page.items] == ["B", "A"]
