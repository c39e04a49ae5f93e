"""Parameter pieces of a subscription change, shared by the change and its preview.

A plan change and its preview (``/v1/invoices/create_preview``) must send the
same item change, so that confirming bills exactly what was shown; the audit
notes say what a write meant in a few words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stripe.params import (
        SubscriptionCancelParamsCancellationDetails,
        SubscriptionUpdateParamsItem,
    )


def item_change(
    item_id: str, price_id: str | None, quantity: int | None
) -> SubscriptionUpdateParamsItem:
    """One item moved to another price and/or quantity.

    Raises:
        ValueError: when neither a price nor a quantity is given.
    """
    if price_id is None and quantity is None:
        raise ValueError("a plan change needs a price or a quantity")
    change: SubscriptionUpdateParamsItem = {"id": item_id}
    if price_id:
        change["price"] = price_id
    if quantity is not None:
        change["quantity"] = quantity
    return change


def cancellation_details(
    comment: str, feedback: str | None
) -> SubscriptionCancelParamsCancellationDetails:
    """``cancellation_details`` without empty fields (``reason`` is Stripe's to set)."""
    out: SubscriptionCancelParamsCancellationDetails = {}
    if comment:
        out["comment"] = comment
    if feedback:
        out["feedback"] = feedback
    return out


def note(text: str, feedback: str | None) -> str:
    """An audit note with the customer's feedback, when given."""
    return f"{text} feedback={feedback}" if feedback else text


def change_note(item_id: str, price_id: str | None, quantity: int | None, behavior: str) -> str:
    """The audit note of a plan change."""
    parts = [f"item={item_id}"]
    if price_id:
        parts.append(f"price={price_id}")
    if quantity is not None:
        parts.append(f"quantity={quantity}")
    parts.append(f"proration_behavior={behavior}")
    return " ".join(parts)
