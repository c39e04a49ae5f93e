"""Events: the record of every state change (``core.Ctx.emit`` writes them), read-only here.

Stripe keeps events for 30 days and lists them newest first; ``type``
accepts a ``*`` wildcard (``customer.*``) and ``types[]`` up to 20 exact types.
"""

from __future__ import annotations

import fnmatch

from stripe.params import EventListParams, EventRetrieveParams

from kpadmin.sandbox.core import Ctx, Obj, Routes, filter_created, invalid, p_list, p_str, paginate

routes = Routes()


@routes.get("/v1/events/{id}", params=EventRetrieveParams)
def retrieve_event(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], "event")


@routes.get("/v1/events", params=EventListParams)
def list_events(ctx: Ctx) -> Obj:
    items = ctx.store.all("event")
    p = ctx.params
    if "type" in p and "types" in p:
        raise invalid("You may only specify one of these parameters: type, types.", "type")
    if "type" in p:
        pattern = p_str(p, "type") or ""
        items = [e for e in items if fnmatch.fnmatchcase(e["type"], pattern)]
    if "types" in p:
        types = set(p_list(p, "types"))
        if len(types) > 20:
            raise invalid("You can pass at most 20 event types.", "types")
        items = [e for e in items if e["type"] in types]
    return paginate(ctx, filter_created(ctx, items), "/v1/events")
