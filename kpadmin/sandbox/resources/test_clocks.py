"""Test clocks: move a group of customers through time so their subscriptions renew.

Advancing a clock walks every subscription of its customers through each
moment that falls before the new time (trial ends, period ends, scheduled
cancellations), in order, with the store's clock set to that moment so that
invoices, charges and Events carry the dates they would have had. Renewals go
through :func:`subscription_lifecycle.renew`, so a dry wallet makes the subscription
``past_due`` exactly as a real renewal would.

An ``incomplete`` subscription whose first invoice is still unpaid 23 hours
after creation becomes ``incomplete_expired`` and that invoice is voided.

Not modelled: Smart Retries of failed renewals, ``invoice.upcoming`` and
``trial_will_end``.
"""

from __future__ import annotations

from stripe.params.test_helpers import (
    TestClockAdvanceParams,
    TestClockCreateParams,
    TestClockDeleteParams,
    TestClockListParams,
    TestClockRetrieveParams,
)

from kpadmin.sandbox.core import Ctx, Obj, Routes, invalid, p_int, p_str, paginate
from kpadmin.sandbox.resources import billing
from kpadmin.sandbox.resources import subscription_lifecycle as lc

routes = Routes()

KIND = "test_helpers.test_clock"
_BASE = "/v1/test_helpers/test_clocks"


def _frozen_time(ctx: Ctx) -> int:
    ts = p_int(ctx.params, "frozen_time")
    if ts is None:
        raise invalid("Missing required param: frozen_time.", "frozen_time", "parameter_missing")
    return ts


@routes.post(_BASE, TestClockCreateParams)
def create_test_clock(ctx: Ctx) -> Obj:
    now = ctx.store.now()
    clock: Obj = {
        "id": ctx.store.new_id("clock"),
        "object": KIND,
        "created": now,
        "deletes_after": now + 30 * 86400,
        "frozen_time": _frozen_time(ctx),
        "livemode": False,
        "name": p_str(ctx.params, "name"),
        "status": "ready",
        "status_details": {},
    }
    ctx.store.put(clock)
    ctx.emit("test_helpers.test_clock.created", clock)
    return clock


@routes.get(_BASE + "/{id}", TestClockRetrieveParams)
def retrieve_test_clock(ctx: Ctx) -> Obj:
    return ctx.store.get(ctx.path["id"], KIND)


@routes.get(_BASE, TestClockListParams)
def list_test_clocks(ctx: Ctx) -> Obj:
    return paginate(ctx, ctx.store.all(KIND), _BASE)


@routes.delete(_BASE + "/{id}", TestClockDeleteParams)
def delete_test_clock(ctx: Ctx) -> Obj:
    clock = ctx.store.get(ctx.path["id"], KIND)
    ctx.store.delete(clock["id"])
    ctx.emit("test_helpers.test_clock.deleted", clock)
    return {"id": clock["id"], "object": KIND, "deleted": True}


INCOMPLETE_WINDOW = 23 * 3600


def _next_moment(sub: Obj) -> int | None:
    if sub["status"] == "incomplete":
        return int(sub["created"]) + INCOMPLETE_WINDOW
    if sub["status"] in ("canceled", "incomplete_expired", "paused"):
        return None
    ends = [int(it["current_period_end"]) for it in sub["items"]["data"]]
    moments = [min(ends)] + ([int(sub["cancel_at"])] if sub["cancel_at"] else [])
    return min(moments)


@routes.post(_BASE + "/{id}/advance", TestClockAdvanceParams)
def advance_test_clock(ctx: Ctx) -> Obj:
    clock = ctx.store.get(ctx.path["id"], KIND)
    target = _frozen_time(ctx)
    if target <= clock["frozen_time"]:
        raise invalid(
            "Cannot advance a test clock to a time before or equal to its current frozen_time.",
            "frozen_time",
        )
    clock["status"] = "advancing"
    clock["status_details"] = {"advancing": {"target_frozen_time": target}}
    ctx.emit("test_helpers.test_clock.advancing", clock)
    with ctx.store.pinned_at(clock["frozen_time"]):
        while True:
            due = [
                (m, s)
                for s in ctx.store.all("subscription")
                if s.get("test_clock") == clock["id"]
                and (m := _next_moment(s)) is not None
                and m <= target
            ]
            if not due:
                break
            moment, sub = min(due, key=lambda ms: ms[0])
            billing.at(ctx.store, moment)
            if sub["status"] == "incomplete":
                lc.expire_incomplete(ctx, sub)
            elif (
                sub["cancel_at"] and sub["cancel_at"] <= moment and not sub["cancel_at_period_end"]
            ):
                lc.cancel(ctx, sub)
            else:
                lc.renew(ctx, sub)
        billing.at(ctx.store, target)
        clock.update(frozen_time=target, status="ready", status_details={})
        ctx.store.put(clock)
        ctx.emit("test_helpers.test_clock.ready", clock)
    return clock
