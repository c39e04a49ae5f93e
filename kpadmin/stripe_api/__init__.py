"""Qt-free async gateway over the official Stripe SDK (the only code that calls Stripe)."""

from __future__ import annotations

import uuid

from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.gateway import StripeGateway

__all__ = ["GatewayError", "StripeGateway", "new_action_key"]


def new_action_key() -> str:
    """A fresh idempotency key for one user action (keep it while the user retries that action)."""
    return str(uuid.uuid4())
