"""SetupAttempts: one per confirmation of a SetupIntent, listed by ``setup_intent``.

Stripe records every attempt to set up a payment method; the SetupIntent
names its newest one in ``latest_attempt`` (expandable). A Kakao Pay attempt
waits on the approval page (``requires_action``) and then ``succeeded`` or
``failed`` with the error the SetupIntent reports in ``last_setup_error``.
"""

from __future__ import annotations

from stripe.params import SetupAttemptListParams

from kpadmin.sandbox.core import Ctx, Obj, Routes, filter_created, missing, p_str, paginate

routes = Routes()

KIND = "setup_attempt"


def new_attempt(ctx: Ctx, si: Obj, pm: Obj) -> Obj:
    """Record an attempt of ``si`` with ``pm`` (stored) and name it in ``latest_attempt``."""
    attempt: Obj = {
        "id": ctx.store.new_id("setatt"),
        "object": KIND,
        "application": None,
        "attach_to_self": None,
        "created": ctx.store.now(),
        "customer": si.get("customer"),
        "customer_account": None,
        "flow_directions": None,
        "livemode": False,
        "on_behalf_of": None,
        "payment_method": pm["id"],
        "payment_method_details": {"type": pm["type"], pm["type"]: {}},
        "setup_error": None,
        "setup_intent": si["id"],
        "status": "requires_action",
        "usage": si["usage"],
    }
    ctx.store.put(attempt)
    si["latest_attempt"] = attempt["id"]
    return attempt


def settle(ctx: Ctx, si: Obj, error: Obj | None) -> None:
    """The buyer decided: the SetupIntent's latest attempt ``succeeded`` or ``failed``."""
    attempt = ctx.store.find(si.get("latest_attempt") or "")
    if attempt is None or attempt.get("object") != KIND:
        return
    attempt["status"] = "failed" if error else "succeeded"
    attempt["setup_error"] = error
    ctx.store.put(attempt)


@routes.get("/v1/setup_attempts", SetupAttemptListParams)
def list_setup_attempts(ctx: Ctx) -> Obj:
    si_id = p_str(ctx.params, "setup_intent")
    if not si_id:
        raise missing("setup_intent")
    ctx.store.get(si_id, "setup_intent", "setup_intent")
    items = [a for a in ctx.store.all(KIND) if a["setup_intent"] == si_id]
    return paginate(ctx, filter_created(ctx, items), "/v1/setup_attempts")
