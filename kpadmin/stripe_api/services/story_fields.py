"""Charge and Event JSON -> the records of :mod:`kpadmin.stripe_api.records_story` (Charges, Events).

Tolerant as :mod:`~kpadmin.stripe_api.convert` is: a missing ``id`` is an
unexpected response, any other missing or mistyped field reads as absent.
"""

from __future__ import annotations

from typing import Any

from kpadmin.stripe_api.records_story import Charge, Event
from kpadmin.stripe_api.services import intent_fields as f
from kpadmin.stripe_api.services.refunds import refund


def charge(d: dict[str, Any]) -> Charge:
    outcome = d.get("outcome")
    refunds = d.get("refunds")
    data = refunds.get("data") if isinstance(refunds, dict) else None
    return Charge(
        id=f.object_id(d),
        created=f.integer(d, "created"),
        amount=f.integer(d, "amount"),
        currency=str(d.get("currency") or "").lower(),
        status=f.opt_str(d, "status") or "",
        payment_intent_id=f.ref(d, "payment_intent"),
        customer_id=f.ref(d, "customer"),
        failure_code=f.opt_str(d, "failure_code"),
        decline_code=f.opt_str(outcome, "reason") if isinstance(outcome, dict) else None,
        failure_message=f.opt_str(d, "failure_message"),
        amount_refunded=f.integer(d, "amount_refunded"),
        refunds=tuple(refund(r) for r in data or () if isinstance(r, dict)),
    )


def event(d: dict[str, Any]) -> Event:
    data = _dict(d.get("data"))
    obj = _dict(data.get("object"))
    previous = _dict(data.get("previous_attributes"))
    request = _dict(d.get("request"))
    customer = f.ref(obj, "customer") or f.ref(previous, "customer")
    return Event(
        id=f.object_id(d),
        type=f.opt_str(d, "type") or "",
        created=f.integer(d, "created"),
        request_id=f.opt_str(request, "id"),
        object_id=f.opt_str(obj, "id"),
        customer_id=customer,
        object_type=f.opt_str(obj, "object"),
        price_ids=_price_ids(obj.get("items")),
        previous_price_ids=_price_ids(previous["items"]) if "items" in previous else None,
        pause_changed="pause_collection" in previous,
        paused=isinstance(obj.get("pause_collection"), dict),
        payment_method_type=f.opt_str(obj, "type")
        if obj.get("object") == "payment_method"
        else None,
        object_created=f.integer(obj, "created") or None,
        subscription_id=_subscription_of(obj),
        billing_reason=f.opt_str(obj, "billing_reason"),
        label=f.opt_str(obj, "customer_name") or f.opt_str(obj, "customer_email"),
    )


def _subscription_of(obj: dict[str, Any]) -> str | None:
    """The subscription an invoice bills (its ``parent``), or the subscription itself."""
    if obj.get("object") == "subscription":
        return f.opt_str(obj, "id")
    details = _dict(_dict(obj.get("parent")).get("subscription_details"))
    return f.ref(details, "subscription")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _price_ids(items: Any) -> tuple[str, ...]:
    """The price ids of a subscription's ``items`` list (as it is, or as it was)."""
    data = items.get("data") if isinstance(items, dict) else None
    out: list[str] = []
    for item in data or ():
        price = item.get("price") if isinstance(item, dict) else None
        pid = price.get("id") if isinstance(price, dict) else price
        if isinstance(pid, str):
            out.append(pid)
    return tuple(out)
