"""Qt-free async gateway over the official Stripe SDK (the only code that calls Stripe).

``StripeGateway`` is imported on first use (PEP 562 ``__getattr__``): importing
a submodule such as ``records`` or ``errors`` must not import the SDK (~130 ms,
``requests`` included), so the window can paint before the SDK loads
(bench/startup.py).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from kpadmin.stripe_api.errors import GatewayError

if TYPE_CHECKING:
    from kpadmin.stripe_api.gateway import StripeGateway

__all__ = ["GatewayError", "StripeGateway", "new_action_key"]


def __getattr__(name: str) -> Any:
    if name == "StripeGateway":
        from kpadmin.stripe_api.gateway import StripeGateway

        return StripeGateway
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def new_action_key() -> str:
    """A fresh idempotency key for one user action (keep it while the user retries that action)."""
    return str(uuid.uuid4())
