"""Events (``/v1/events``): what happened, for the parts of a story objects do not keep.

Stripe keeps Events for 30 days (:data:`RETENTION_DAYS`) and cannot list them
by customer or object: callers ask for the few types they need
(``types[]``, at most 20) created since a moment, and keep those about their
object. Newest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport
from kpadmin.stripe_api.params import clamp_limit
from kpadmin.stripe_api.records import Page
from kpadmin.stripe_api.records_story import Event
from kpadmin.stripe_api.services import story_fields

if TYPE_CHECKING:
    from stripe.params import EventListParams

_LIST: JsonList[EventListParams] = JsonList("/v1/events")

# How long Stripe keeps Events.
RETENTION_DAYS = 30
# Stripe's limit on ``types[]``.
MAX_TYPES = 20


class EventsService:
    """``gateway.events``."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def list(
        self,
        types: Sequence[str],
        *,
        created_gte: int | None = None,
        cursor: str | None = None,
        limit: int = 100,
    ) -> Page[Event]:
        """One page of Events of ``types`` (1 to 20 exact types), newest first.

        Raises:
            ValueError: no types, or more than Stripe accepts.
        """
        if not 0 < len(types) <= MAX_TYPES:
            raise ValueError(f"between 1 and {MAX_TYPES} event types, not {len(types)}")
        params: EventListParams = {"types": list(types), "limit": clamp_limit(limit)}
        if created_gte is not None:
            params["created"] = {"gte": created_gte}
        if cursor:
            params["starting_after"] = cursor
        return convert.page(await _LIST.get(self._t, params), story_fields.event)
