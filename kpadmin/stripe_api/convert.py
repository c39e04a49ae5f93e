"""SDK objects -> records, tolerant of missing fields and strict about types.

The gateway may talk to api.stripe.com, an older API version or our own
sandbox. An ``id`` that is missing or a ``data`` that is not a list means the
response cannot be trusted at all (``GatewayError(kind="server")``); an
optional field that is missing just becomes None. Nothing here raises
``KeyError`` or ``TypeError`` out to the UI.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Literal, TypeVar

from kpadmin.stripe_api.errors import unexpected_response
from kpadmin.stripe_api.records import (
    Customer,
    Invoice,
    Page,
    PaymentMethod,
    Price,
    Product,
    Subscription,
    SubscriptionItem,
)

T = TypeVar("T")


def as_dict(obj: Any) -> dict[str, Any]:
    """A plain dict from a StripeObject or dict; anything else is an unexpected response."""
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict):
        obj = to_dict()
    if not isinstance(obj, dict):
        raise unexpected_response("expected an object")
    return obj


def _opt_str(d: Mapping[str, Any], key: str) -> str | None:
    value = d.get(key)
    return value if isinstance(value, str) else None


def _str(d: Mapping[str, Any], key: str) -> str:
    return _opt_str(d, key) or ""


def _req_str(d: Mapping[str, Any], key: str) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not value:
        raise unexpected_response(f"missing {key}")
    return value


def _opt_int(d: Mapping[str, Any], key: str) -> int | None:
    value = d.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _int(d: Mapping[str, Any], key: str) -> int:
    value = _opt_int(d, key)
    return 0 if value is None else value


def _bool(d: Mapping[str, Any], key: str, default: bool = False) -> bool:
    value = d.get(key)
    return value if isinstance(value, bool) else default


def _sub(d: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = d.get(key)
    return value if isinstance(value, dict) else {}


def _ref_id(d: Mapping[str, Any], key: str) -> str | None:
    """An id field that may be a bare id or an expanded object."""
    value = d.get(key)
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        return _opt_str(value, "id")
    return None


def _metadata(d: Mapping[str, Any]) -> Mapping[str, str]:
    raw = _sub(d, "metadata")
    return MappingProxyType({str(k): str(v) for k, v in raw.items() if v is not None})


def _list_data(d: Mapping[str, Any]) -> list[Any]:
    data = d.get("data")
    if not isinstance(data, list):
        raise unexpected_response("expected a list")
    return data


def page(obj: Any, convert: Callable[[dict[str, Any]], T]) -> Page[T]:
    """A list or search result -> Page; the cursor is ``next_page`` or the last item's id."""
    d = as_dict(obj)
    items = tuple(convert(as_dict(x)) for x in _list_data(d))
    has_more = _bool(d, "has_more")
    if d.get("object") == "search_result":
        cursor = _opt_str(d, "next_page") if has_more else None
    else:
        cursor = items_last_id(d) if has_more else None
    return Page(items=items, has_more=has_more and cursor is not None, next_cursor=cursor)


def items_last_id(d: Mapping[str, Any]) -> str | None:
    data = _list_data(d)
    return _opt_str(data[-1], "id") if data and isinstance(data[-1], dict) else None


def list_items(obj: Any, convert: Callable[[dict[str, Any]], T]) -> tuple[T, ...]:
    return tuple(convert(as_dict(x)) for x in _list_data(as_dict(obj)))


def product(d: dict[str, Any]) -> Product:
    return Product(
        id=_req_str(d, "id"),
        name=_str(d, "name"),
        description=_str(d, "description"),
        active=_bool(d, "active", True),
        default_price_id=_ref_id(d, "default_price"),
        tax_code=_ref_id(d, "tax_code"),
        metadata=_metadata(d),
        created=_int(d, "created"),
        livemode=_bool(d, "livemode"),
    )


def price(d: dict[str, Any]) -> Price:
    recurring = _sub(d, "recurring")
    ptype: Literal["one_time", "recurring"] = (
        "recurring" if d.get("type") == "recurring" or recurring else "one_time"
    )
    return Price(
        id=_req_str(d, "id"),
        product_id=_ref_id(d, "product") or "",
        currency=_str(d, "currency").lower(),
        unit_amount=_opt_int(d, "unit_amount"),
        type=ptype,
        interval=_opt_str(recurring, "interval"),
        interval_count=_opt_int(recurring, "interval_count"),
        tax_behavior=_opt_str(d, "tax_behavior"),
        lookup_key=_opt_str(d, "lookup_key"),
        nickname=_opt_str(d, "nickname"),
        active=_bool(d, "active", True),
        created=_int(d, "created"),
        metadata=_metadata(d),
        livemode=_bool(d, "livemode"),
        product_name=_opt_str(_sub(d, "product"), "name"),
    )


def customer(d: dict[str, Any]) -> Customer:
    locales = d.get("preferred_locales")
    return Customer(
        id=_req_str(d, "id"),
        name=_opt_str(d, "name"),
        email=_opt_str(d, "email"),
        phone=_opt_str(d, "phone"),
        description=_opt_str(d, "description"),
        preferred_locales=tuple(x for x in locales if isinstance(x, str))
        if isinstance(locales, list)
        else (),
        metadata=_metadata(d),
        created=_int(d, "created"),
        default_payment_method_id=_ref_id(_sub(d, "invoice_settings"), "default_payment_method"),
        test_clock_id=_ref_id(d, "test_clock"),
        livemode=_bool(d, "livemode"),
        deleted=_bool(d, "deleted"),
        default_payment_method_type=_opt_str(
            _sub(_sub(d, "invoice_settings"), "default_payment_method"), "type"
        ),
    )


def payment_method(d: dict[str, Any]) -> PaymentMethod:
    pm_type = _str(d, "type")
    details = _sub(d, pm_type) if pm_type else {}
    return PaymentMethod(
        id=_req_str(d, "id"),
        type=pm_type,
        customer_id=_ref_id(d, "customer"),
        created=_int(d, "created"),
        livemode=_bool(d, "livemode"),
        brand=_opt_str(details, "brand"),
        last4=_opt_str(details, "last4"),
    )


def invoice(d: dict[str, Any]) -> Invoice:
    sub_details = _sub(_sub(d, "parent"), "subscription_details")
    transitions = _sub(d, "status_transitions")
    pi_id: str | None = None
    pi_status: str | None = None
    payments = d.get("payments")
    if isinstance(payments, dict):
        data = payments.get("data")
        if isinstance(data, list) and data and isinstance(data[0], dict):
            payment = _sub(data[0], "payment")
            pi = payment.get("payment_intent")
            pi_id = _ref_id(payment, "payment_intent")
            if isinstance(pi, dict):
                pi_status = _opt_str(pi, "status")
    return Invoice(
        id=_req_str(d, "id"),
        number=_opt_str(d, "number"),
        customer_id=_ref_id(d, "customer"),
        subscription_id=_ref_id(sub_details, "subscription"),
        status=_opt_str(d, "status"),
        currency=_str(d, "currency").lower(),
        amount_due=_int(d, "amount_due"),
        amount_paid=_int(d, "amount_paid"),
        amount_remaining=_int(d, "amount_remaining"),
        total=_int(d, "total"),
        created=_int(d, "created"),
        hosted_invoice_url=_opt_str(d, "hosted_invoice_url"),
        payment_intent_id=pi_id,
        payment_intent_status=pi_status,
        livemode=_bool(d, "livemode"),
        attempt_count=_opt_int(d, "attempt_count") or 0,
        next_payment_attempt=_opt_int(d, "next_payment_attempt"),
        billing_reason=_opt_str(d, "billing_reason"),
        finalized_at=_opt_int(transitions, "finalized_at"),
        paid_at=_opt_int(transitions, "paid_at"),
        voided_at=_opt_int(transitions, "voided_at"),
        marked_uncollectible_at=_opt_int(transitions, "marked_uncollectible_at"),
        account_name=_opt_str(d, "account_name"),
    )


def subscription_item(d: dict[str, Any]) -> SubscriptionItem:
    price_obj = d.get("price")
    if not isinstance(price_obj, dict):
        raise unexpected_response("subscription item without a price")
    quantity = _opt_int(d, "quantity")
    return SubscriptionItem(
        id=_req_str(d, "id"),
        price=price(price_obj),
        quantity=1 if quantity is None else quantity,
        current_period_start=_opt_int(d, "current_period_start"),
        current_period_end=_opt_int(d, "current_period_end"),
    )


def subscription(d: dict[str, Any]) -> Subscription:
    items_obj = d.get("items")
    items = list_items(items_obj, subscription_item) if isinstance(items_obj, dict) else ()
    latest = d.get("latest_invoice")
    currency = _str(d, "currency").lower() or (items[0].price.currency if items else "")
    return Subscription(
        id=_req_str(d, "id"),
        customer_id=_ref_id(d, "customer") or "",
        status=_str(d, "status"),
        items=items,
        currency=currency,
        created=_int(d, "created"),
        cancel_at_period_end=_bool(d, "cancel_at_period_end"),
        cancel_at=_opt_int(d, "cancel_at"),
        canceled_at=_opt_int(d, "canceled_at"),
        ended_at=_opt_int(d, "ended_at"),
        trial_start=_opt_int(d, "trial_start"),
        trial_end=_opt_int(d, "trial_end"),
        default_payment_method_id=_ref_id(d, "default_payment_method"),
        latest_invoice=invoice(latest) if isinstance(latest, dict) else None,
        latest_invoice_id=_ref_id(d, "latest_invoice"),
        pause_collection_behavior=_opt_str(_sub(d, "pause_collection"), "behavior"),
        metadata=_metadata(d),
        livemode=_bool(d, "livemode"),
        pause_collection_resumes_at=_opt_int(_sub(d, "pause_collection"), "resumes_at"),
        cancellation_reason=_opt_str(_sub(d, "cancellation_details"), "reason"),
        cancellation_feedback=_opt_str(_sub(d, "cancellation_details"), "feedback"),
        cancellation_comment=_opt_str(_sub(d, "cancellation_details"), "comment"),
        customer_name=_opt_str(_sub(d, "customer"), "name"),
        customer_email=_opt_str(_sub(d, "customer"), "email"),
        test_clock_id=_ref_id(d, "test_clock"),
    )
