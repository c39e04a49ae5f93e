"""Links from an object id to its page in the Stripe Dashboard.

Object pages follow ``https://dashboard.stripe.com[/test]/<resource>/<id>``
(docs/STRIPE_FACTS.md §6; not formally documented, but used by Stripe Apps). Test
mode adds ``/test``. The local sandbox has no Dashboard, so every function
returns ``None`` in ``sandbox`` mode and the UI hides the action.

Qt-free on purpose: it is a pure mapping, tested without widgets.
"""

from __future__ import annotations

BASE = "https://dashboard.stripe.com"

# id prefix -> Dashboard resource path.
_RESOURCES: dict[str, str] = {
    "cus_": "customers",
    "sub_": "subscriptions",
    "prod_": "products",
    "price_": "prices",
    "in_": "invoices",
    "pi_": "payments",
    "evt_": "events",
    "req_": "logs",
}


def dashboard_url(object_id: str, mode: str) -> str | None:
    """The Dashboard page of ``object_id`` for a ``test``/``live`` account; None otherwise.

    Args:
        object_id: a Stripe id such as ``cus_123``.
        mode: ``"live"``, ``"test"`` or ``"sandbox"`` (the profile's mode).
    """
    if mode not in ("test", "live") or not object_id:
        return None
    for prefix, resource in _RESOURCES.items():
        if object_id.startswith(prefix) and len(object_id) > len(prefix):
            root = BASE if mode == "live" else f"{BASE}/test"
            return f"{root}/{resource}/{object_id}"
    return None


def dashboard_available(mode: str) -> bool:
    """Whether the profile's mode has a Dashboard at all (hide the action when not)."""
    return mode in ("test", "live")
