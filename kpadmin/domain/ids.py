"""Stripe object ids: which kind of object an id names, from its prefix."""

from __future__ import annotations

# id prefix -> Stripe object type. Longest prefixes first where they overlap.
PREFIXES: dict[str, str] = {
    "cus_": "customer",
    "prod_": "product",
    "price_": "price",
    "sub_": "subscription",
    "si_": "subscription_item",
    "in_": "invoice",
    "inpay_": "invoice_payment",
    "il_": "line_item",
    "pi_": "payment_intent",
    "seti_": "setup_intent",
    "setatt_": "setup_attempt",
    "pm_": "payment_method",
    "mandate_": "mandate",
    "ch_": "charge",
    "py_": "charge",
    "re_": "refund",
    "evt_": "event",
    "clock_": "test_helpers.test_clock",
    "req_": "request",
}


def kind_of(object_id: str) -> str | None:
    """The Stripe object type an id names, or None for an unknown prefix."""
    for prefix in sorted(PREFIXES, key=len, reverse=True):
        if object_id.startswith(prefix) and len(object_id) > len(prefix):
            return PREFIXES[prefix]
    return None
