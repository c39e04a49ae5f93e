"""Objects as the request's API version shapes them.

Stripe keeps one object and renders it for the version a request speaks: a
breaking change removes or moves a field from its version on, and older
versions keep seeing the old shape. Additive changes (a new field) reach
every version, so they need no rule here; the sandbox stores objects in the
newest shape and this module only undoes or hides what a version does not
have. The changes and their dates are listed in docs/SANDBOX_SHAPES.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kpadmin.sandbox.store import Obj

#: 2025-03-31.basil: ``invoice.subscription`` moved to ``parent.subscription_details``;
#: a subscription's ``current_period_start``/``end`` moved to its items.
BASIL = "2025-03-31"
#: 2026-07-29.dahlia: PaymentIntents and SetupIntents take ``allowed_payment_method_types``.
ALLOWED_PMT_ADDED = "2026-07-29"

Rule = Callable[[Obj, str], None]


def _invoice(obj: Obj, version: str) -> None:
    if version >= BASIL:
        obj.pop("subscription", None)
        return
    details = (obj.get("parent") or {}).get("subscription_details") or {}
    obj["subscription"] = details.get("subscription")


def _subscription(obj: Obj, version: str) -> None:
    if version >= BASIL:
        return
    items = (obj.get("items") or {}).get("data") or []
    if items:  # one billing period for all items before basil
        obj["current_period_start"] = min(int(it["current_period_start"]) for it in items)
        obj["current_period_end"] = max(int(it["current_period_end"]) for it in items)


def _intent(obj: Obj, version: str) -> None:
    if version < ALLOWED_PMT_ADDED:
        obj.pop("allowed_payment_method_types", None)


#: Object type -> how a version changes it (``version`` is the date part).
RULES: dict[str, Rule] = {
    "invoice": _invoice,
    "payment_intent": _intent,
    "setup_intent": _intent,
    "subscription": _subscription,
}


def shape(node: Any, api_version: str) -> Any:
    """``node`` (changed in place, and returned) as ``api_version`` shows it, at any depth.

    An Event's ``data.object`` is left as it was recorded: Stripe renders an
    Event at the version it was created with, which is what the sandbox stored.
    """
    version = api_version[:10]
    _walk(node, version)
    return node


def _walk(node: Any, version: str) -> None:
    if isinstance(node, list):
        for item in node:
            _walk(item, version)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("object")
    if kind == "event":
        return
    rule = RULES.get(kind) if isinstance(kind, str) else None
    if rule is not None:
        rule(node, version)
    for value in node.values():
        _walk(value, version)
