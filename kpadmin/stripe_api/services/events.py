"""Events (``/v1/events``): what happened, for the parts of a story objects do not keep.

Stripe keeps Events for 30 days (:data:`RETENTION_DAYS`) and cannot list them
by customer or object: callers ask for the few types they need
(``types[]``, at most 20) created since a moment, and keep those about their
object. Newest first.

:meth:`EventsService.newer_than` is what keeps an open window current: every
Event after the last one seen, whatever its type, with ``ending_before``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.params import clamp_limit
from kpadmin.stripe_api.records import Customer, Page, Price, Product, Subscription
from kpadmin.stripe_api.records_story import Event
from kpadmin.stripe_api.services import story_fields

if TYPE_CHECKING:
    from stripe.params import EventListParams

_LIST: JsonList[EventListParams] = JsonList("/v1/events")

# How long Stripe keeps Events.
RETENTION_DAYS = 30
# Stripe's limit on ``types[]``.
MAX_TYPES = 20
# ``newer_than`` reads at most this many pages of 100; more means "reload everything".
NEWER_MAX_PAGES = 5

Listed = Customer | Subscription | Product | Price
# The objects a list shows, read from an Event's ``data.object`` by their ``object``.
_RECORDS: dict[str, Callable[[dict[str, Any]], Listed]] = {
    "customer": convert.customer,
    "subscription": convert.subscription,
    "product": convert.product,
    "price": convert.price,
}


@dataclass(frozen=True, slots=True)
class NewerEvents:
    """What happened after an Event (:meth:`EventsService.newer_than`).

    Attributes:
        events: the Events after it, oldest first.
        last_id: the newest Event seen now (the next call's ``after``); None when the
            account has none yet.
        complete: False when there were more than ``NEWER_MAX_PAGES`` pages (or the
            Event named is gone): some changes are not in ``events``.
        objects: customers, subscriptions, products and prices as the newest of
            these Events left them (``data.object``, unexpanded), by id.
    """

    events: tuple[Event, ...]
    last_id: str | None
    complete: bool = True
    objects: Mapping[str, Listed] = field(default_factory=dict)


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

    async def newer_than(
        self, after: str | None, *, max_pages: int = NEWER_MAX_PAGES
    ) -> NewerEvents:
        """Every Event created after Event ``after``, oldest first (one request when idle).

        Stripe lists newest first; ``ending_before=<id>`` answers the page of Events
        just newer than ``id`` and ``has_more`` says whether newer ones remain, so the
        next page ends before the newest Event of this one. ``after=None`` only asks
        for the newest Event (a starting point; nothing counts as new). An Event no
        longer kept (older than 30 days) starts again from the newest.
        """
        if after is None:
            page = convert.page(await _LIST.get(self._t, {"limit": 1}), story_fields.event)
            return NewerEvents((), page.items[0].id if page.items else None)
        found: list[Event] = []
        objects: dict[str, Listed] = {}
        cursor = after
        for _ in range(max_pages):
            params: EventListParams = {"limit": 100, "ending_before": cursor}
            try:
                raw = await _LIST.get(self._t, params)
            except GatewayError as err:
                if err.kind != "not_found":
                    raise
                newest = await self.newer_than(None)
                return NewerEvents(tuple(found), newest.last_id or cursor, False, objects)
            page = convert.page(raw, story_fields.event)
            found.extend(reversed(page.items))  # each page is newest first
            objects.update(_objects(raw))
            if page.items:
                cursor = page.items[0].id
            if not page.has_more or not page.items:
                return NewerEvents(tuple(found), cursor, True, objects)
        return NewerEvents(tuple(found), cursor, False, objects)


def _objects(raw: Any) -> dict[str, Listed]:
    """The listed objects of one page of Events (newest first), each as its newest Event has it."""
    out: dict[str, Listed] = {}
    data = raw.get("data") if isinstance(raw, dict) else None
    for evt in reversed(data if isinstance(data, list) else []):
        obj = (evt.get("data") or {}).get("object") if isinstance(evt, dict) else None
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
            continue
        make = _RECORDS.get(str(obj.get("object")))
        if make is not None:
            out[obj["id"]] = make(obj)
    return out
