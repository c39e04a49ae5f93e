"""Live updates: what changed, from Events; how often to ask; rows made from the Events."""

from __future__ import annotations

import dataclasses

from kpadmin.domain.live_updates import (
    ACTIVE_INTERVAL_MS,
    BACKGROUND_INTERVAL_MS,
    Changes,
    changes_from,
    poll_interval_ms,
)
from kpadmin.stripe_api import convert
from kpadmin.stripe_api.services.story_fields import event
from kpadmin.ui.live_records import customer_from_event, subscription_from_events


def _event(type_: str, obj: dict, previous: dict | None = None) -> object:
    """An Event as the gateway reads it from Stripe's JSON (shape of stripe-fixtures3.json)."""
    data: dict = {"object": obj}
    if previous is not None:
        data["previous_attributes"] = previous
    return event(
        {"id": f"evt_{type_}", "object": "event", "type": type_, "created": 1, "data": data}
    )


def test_each_object_lands_in_the_list_that_shows_it():
    changes = changes_from(
        [
            _event("customer.updated", {"id": "cus_1", "object": "customer"}, {"name": "x"}),
            _event(
                "customer.subscription.updated",
                {"id": "sub_1", "object": "subscription", "customer": "cus_2"},
                {"status": "active"},
            ),
            _event("product.updated", {"id": "prod_1", "object": "product"}, {"name": "a"}),
            _event("price.updated", {"id": "price_1", "object": "price", "product": "prod_1"}),
        ]
    )
    assert changes.customers == {"cus_1"}
    assert changes.subscriptions == {"sub_1"}
    assert changes.products == {"prod_1"} and changes.prices == {"price_1"}
    assert changes.touched_customers == {"cus_1", "cus_2"}
    assert not changes.deleted and not changes.renewals_failed and changes


def test_an_invoice_changes_its_subscription_row_and_a_failed_renewal_is_told():
    invoice = {
        "id": "in_1",
        "object": "invoice",
        "customer": "cus_9",
        "customer_name": "윤하은",
        "billing_reason": "subscription_cycle",
        "parent": {
            "type": "subscription_details",
            "subscription_details": {"subscription": "sub_9"},
        },
    }
    first = dict(invoice, id="in_0", billing_reason="subscription_create")
    changes = changes_from(
        [
            _event("invoice.payment_failed", first),
            _event("invoice.payment_failed", invoice),
            _event("invoice.updated", invoice, {"attempt_count": 0}),
        ]
    )
    assert changes.subscriptions == {"sub_9"} and changes.touched_customers == {"cus_9"}
    assert changes.customers == frozenset()
    # only the renewal counts: a first payment's failure is the person's own doing
    assert [(e.object_id, e.label) for e in changes.renewals_failed] == [("in_1", "윤하은")]


def test_deleted_objects_but_not_cancelled_subscriptions():
    changes = changes_from(
        [
            _event("customer.deleted", {"id": "cus_1", "object": "customer", "deleted": True}),
            _event("product.deleted", {"id": "prod_1", "object": "product"}),
            _event(
                "customer.subscription.deleted",
                {"id": "sub_1", "object": "subscription", "customer": "cus_2"},
            ),
        ]
    )
    assert changes.deleted == {"cus_1", "prod_1"}
    assert changes.subscriptions == {"sub_1"}


def test_nothing_new_is_empty_unless_events_were_missed():
    assert not changes_from([])
    assert not Changes()
    incomplete = changes_from([], complete=False)
    assert incomplete and not incomplete.complete
    # an Event about nothing a list shows (a test clock) changes nothing
    assert not changes_from([_event("test_helpers.test_clock.ready", {"id": "clock_1"})])


def test_the_interval_follows_the_window_and_stops_offline():
    assert poll_interval_ms(online=True, visible=True, active=True) == ACTIVE_INTERVAL_MS
    assert poll_interval_ms(online=True, visible=True, active=False) == BACKGROUND_INTERVAL_MS
    assert poll_interval_ms(online=True, visible=False, active=False) == BACKGROUND_INTERVAL_MS
    assert poll_interval_ms(online=False, visible=True, active=True) is None
    assert ACTIVE_INTERVAL_MS < BACKGROUND_INTERVAL_MS
    # a background interval shorter than the active one is never used
    assert (
        poll_interval_ms(online=True, visible=False, active=False, active_ms=500, background_ms=100)
        == 500
    )
    assert (
        poll_interval_ms(online=True, visible=False, active=True, active_ms=50, background_ms=900)
        == 900
    )


# -- rows made from the Events' objects (kpadmin.ui.live_records) --------------------------


def _row(**fields):
    """A subscription row as the list has it: customer and latest invoice expanded."""
    base = {
        "id": "sub_1",
        "object": "subscription",
        "customer": {"id": "cus_1", "object": "customer", "name": "김민준", "email": "m@x.kr"},
        "status": "active",
        "currency": "krw",
        "latest_invoice": {
            "id": "in_1",
            "object": "invoice",
            "status": "paid",
            "customer": "cus_1",
        },
        "items": {"object": "list", "data": []},
    }
    return convert.subscription({**base, **fields})


def test_a_cancelled_subscription_row_keeps_what_its_event_does_not_expand():
    old = _row()
    event_obj = convert.subscription(
        {
            "id": "sub_1",
            "object": "subscription",
            "customer": "cus_1",
            "status": "canceled",
            "latest_invoice": "in_1",
            "currency": "krw",
            "items": {"object": "list", "data": []},
        }
    )
    changes = Changes(subscriptions=frozenset({"sub_1"}), objects={"sub_1": event_obj})
    new = subscription_from_events(old, changes)
    assert new is not None and new.status == "canceled"
    assert (new.customer_name, new.latest_invoice) == ("김민준", old.latest_invoice)
    # a new latest invoice, or a change to one of its invoices: read it again
    renewed = dataclasses.replace(event_obj, latest_invoice_id="in_2")
    assert (
        subscription_from_events(
            old, Changes(objects={"sub_1": renewed}, subscriptions=frozenset({"sub_1"}))
        )
        is None
    )
    assert (
        subscription_from_events(old, dataclasses.replace(changes, invoiced=frozenset({"sub_1"})))
        is None
    )
    # changed, but its Event is not at hand: read it again
    assert subscription_from_events(old, Changes(subscriptions=frozenset({"sub_1"}))) is None


def test_a_renamed_customer_renames_their_subscription_rows_from_its_event():
    old = _row()
    renamed = convert.customer({"id": "cus_1", "object": "customer", "name": "김민준 (VIP)"})
    changes = Changes(customers=frozenset({"cus_1"}), objects={"cus_1": renamed})
    new = subscription_from_events(old, changes)
    assert new is not None and new.customer_name == "김민준 (VIP)" and new.status == "active"
    assert subscription_from_events(old, Changes(customers=frozenset({"cus_1"}))) is None


def test_a_customer_row_keeps_its_wallet_kind_while_the_wallet_is_the_same():
    old = dataclasses.replace(
        convert.customer(
            {
                "id": "cus_1",
                "object": "customer",
                "name": "a",
                "invoice_settings": {"default_payment_method": "pm_1"},
            }
        ),
        default_payment_method_type="kakao_pay",
    )
    same = convert.customer(
        {
            "id": "cus_1",
            "object": "customer",
            "name": "b",
            "invoice_settings": {"default_payment_method": "pm_1"},
        }
    )
    other = convert.customer(
        {
            "id": "cus_1",
            "object": "customer",
            "name": "b",
            "invoice_settings": {"default_payment_method": "pm_2"},
        }
    )
    new = customer_from_event(old, same)
    assert new is not None and new.name == "b" and new.default_payment_method_type == "kakao_pay"
    assert customer_from_event(old, other) is None
    assert customer_from_event(old, None) is None
