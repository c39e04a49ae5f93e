"""Charges (``/v1/charges``): every attempt to take a customer's money, and its refunds.

A failed renewal leaves a failed Charge with Stripe's reason
(``failure_code``, ``outcome.reason``) and its time, which neither the
invoice (only ``attempt_count``) nor the PaymentIntent (only the last error)
keeps. Refunds are included only when expanded (``data.refunds``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport
from kpadmin.stripe_api.params import clamp_limit
from kpadmin.stripe_api.records import Page
from kpadmin.stripe_api.records_story import Charge
from kpadmin.stripe_api.services import story_fields

if TYPE_CHECKING:
    from stripe.params import ChargeListParams

_LIST: JsonList[ChargeListParams] = JsonList("/v1/charges")


class ChargesService:
    """``gateway.charges``."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def list(
        self, customer_id: str, *, cursor: str | None = None, limit: int = 100
    ) -> Page[Charge]:
        """One page of the customer's charges, newest first, with their refunds."""
        params: ChargeListParams = {
            "customer": customer_id,
            "limit": clamp_limit(limit),
            "expand": ["data.refunds"],
        }
        if cursor:
            params["starting_after"] = cursor
        return convert.page(await _LIST.get(self._t, params), story_fields.charge)
