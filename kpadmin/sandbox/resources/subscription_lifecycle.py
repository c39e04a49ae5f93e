"""A subscription's life after creation: items and periods, invoices paid or failed, renewals.

Shared by the subscription routes, test clocks and the demo seed (which move
time and call :func:`renew`); :func:`after_invoice` hears of every paid or
failed invoice (:mod:`settlement`). Items, periods and invoice lines are in
:mod:`periods`. The status follows the
invoices as at Stripe: a paid invoice makes ``incomplete``/``past_due``
subscriptions ``active``; a failed renewal makes an active one ``past_due``.
"""

from __future__ import annotations

import copy

from kpadmin.sandbox.core import ApiError, Ctx, Obj, invalid, unexpected_state
from kpadmin.sandbox.resources import invoices, prorations, settlement
from kpadmin.sandbox.resources.periods import add_interval, invoice_line


def default_pm(ctx: Ctx, sub: Obj) -> str | None:
    pm_id = sub.get("default_payment_method")
    if not isinstance(pm_id, str) or not pm_id:
        cus = ctx.store.find(sub["customer"]) or {}
        pm_id = (cus.get("invoice_settings") or {}).get("default_payment_method")
    return pm_id if isinstance(pm_id, str) and pm_id else None


def owned_pm(ctx: Ctx, pm_id: str, customer: str) -> str:
    pm = ctx.store.get(pm_id, "payment_method", "default_payment_method")
    if pm.get("customer") != customer:
        raise invalid(
            f"The customer does not have a payment method with the ID {pm_id}. The "
            f"payment method must be attached to the customer.",
            "default_payment_method",
        )
    return pm_id


@settlement.on_invoice
def after_invoice(ctx: Ctx, inv: Obj, pi: Obj | None) -> None:
    """Move the subscription an invoice belongs to after that invoice was paid or failed."""
    sub_id = ((inv.get("parent") or {}).get("subscription_details") or {}).get("subscription")
    sub = ctx.store.find(sub_id) if sub_id else None
    if sub is None or sub["status"] in ("canceled", "incomplete_expired"):
        return
    prev: Obj = {}
    now = ctx.store.now()
    if inv["status"] == "paid":
        if sub["status"] in ("incomplete", "past_due", "unpaid"):
            prev["status"] = sub["status"]
            sub["status"] = "trialing" if (sub["trial_end"] or 0) > now else "active"
        save = sub["payment_settings"]["save_default_payment_method"] == "on_subscription"
        if (
            pi is not None
            and save
            and pi.get("payment_method")
            and sub["default_payment_method"] != pi["payment_method"]
        ):
            prev["default_payment_method"] = sub["default_payment_method"]
            sub["default_payment_method"] = pi["payment_method"]
    elif sub["status"] in ("active", "trialing") and inv["billing_reason"] != "subscription_create":
        prev["status"] = sub["status"]
        sub["status"] = "past_due"
    if prev:
        ctx.store.put(sub)
        ctx.emit("customer.subscription.updated", sub, prev)


def renew(ctx: Ctx, sub: Obj) -> Obj:
    """Start the next billing period now (for test clocks and the seed): invoice and charge."""
    if sub["status"] in ("canceled", "incomplete_expired", "incomplete", "paused"):
        return sub
    if sub["cancel_at_period_end"] or (sub["cancel_at"] and sub["cancel_at"] <= ctx.store.now()):
        return cancel(ctx, sub, reason="cancellation_requested")
    resume_collection_if_due(ctx, sub)
    # previous_attributes holds only what changed: the items as they were (Stripe sends
    # the whole list, with their periods), the latest invoice, and the status if it moved.
    prev: Obj = {"items": copy.deepcopy(sub["items"]), "latest_invoice": sub["latest_invoice"]}
    for it in sub["items"]["data"]:
        rec = it["price"]["recurring"]
        start = it["current_period_end"]
        it["current_period_start"] = start
        it["current_period_end"] = add_interval(
            start, rec["interval"], int(rec.get("interval_count") or 1)
        )
    if sub["status"] == "trialing":
        prev["status"] = sub["status"]
        sub["status"] = "active"
    start = sub["items"]["data"][0]["current_period_start"]
    lines = prorations.take_pending(ctx, sub["id"])
    lines += [invoice_line(ctx, it) for it in sub["items"]["data"]]
    inv = invoices.new_invoice(
        ctx, sub, lines, billing_reason="subscription_cycle", period_start=start, period_end=start
    )
    sub["latest_invoice"] = inv["id"]
    ctx.store.put(sub)
    ctx.emit("customer.subscription.updated", sub, prev)
    return _collect(ctx, sub, inv, "Subscription cycle")


def bill_now(ctx: Ctx, sub: Obj, lines: list[Obj], *, reason: str = "subscription_update") -> Obj:
    """Invoice ``lines`` at once (``always_invoice``, cancel with ``invoice_now``) and collect."""
    now = ctx.store.now()
    inv = invoices.new_invoice(
        ctx, sub, lines, billing_reason=reason, period_start=now, period_end=now
    )
    return _collect(ctx, sub, inv, "Subscription update")


def _collect(ctx: Ctx, sub: Obj, inv: Obj, description: str) -> Obj:
    """Finalize a new subscription invoice and charge it, as ``pause_collection`` allows."""
    sub["latest_invoice"] = inv["id"]
    ctx.store.put(sub)
    behavior = (sub["pause_collection"] or {}).get("behavior")
    if behavior == "keep_as_draft":
        return ctx.store.get(sub["id"], "subscription")
    invoices.finalize(ctx, inv, default_pm=default_pm(ctx, sub), description=description)
    if behavior == "void" and inv["status"] == "open":
        invoices.void(ctx, inv)
    elif behavior == "mark_uncollectible" and inv["status"] == "open":
        inv["status"] = "uncollectible"
        inv["status_transitions"]["marked_uncollectible_at"] = ctx.store.now()
        ctx.store.put(inv)
        ctx.emit("invoice.marked_uncollectible", inv, {"status": "open"})
    elif sub["collection_method"] == "charge_automatically" and inv["status"] == "open":
        pm = default_pm(ctx, sub)
        try:
            if pm:
                invoices.collect(ctx, inv, pm, off_session=True)
            else:
                after_invoice(ctx, inv, None)
        except ApiError as err:
            if err.status != 402:
                raise
    return ctx.store.get(sub["id"], "subscription")


def resume_collection_if_due(ctx: Ctx, sub: Obj) -> None:
    """``pause_collection[resumes_at]`` reached: collection resumes (the field is cleared)."""
    pc = sub.get("pause_collection") or {}
    if pc.get("resumes_at") and pc["resumes_at"] <= ctx.store.now():
        sub["pause_collection"] = None
        ctx.store.put(sub)
        ctx.emit("customer.subscription.updated", sub, {"pause_collection": pc})


def expire_incomplete(ctx: Ctx, sub: Obj) -> Obj:
    """23 hours without a paid first invoice: ``incomplete_expired`` (terminal), invoice voided."""
    inv = ctx.store.find(sub["latest_invoice"] or "")
    if inv and inv["status"] == "open":
        invoices.void(ctx, inv)
    sub["status"] = "incomplete_expired"
    sub["ended_at"] = ctx.store.now()
    ctx.store.put(sub)
    ctx.emit("customer.subscription.deleted", sub, {"status": "incomplete"})
    return sub


def cancel(
    ctx: Ctx,
    sub: Obj,
    *,
    reason: str = "cancellation_requested",
    comment: str | None = None,
    feedback: str | None = None,
) -> Obj:
    if sub["status"] == "canceled":
        raise unexpected_state("subscription", "This subscription has already been canceled.")
    prev_status = sub["status"]
    now = ctx.store.now()
    sub.update(status="canceled", canceled_at=now, ended_at=now)
    sub["cancellation_details"] = {
        "comment": comment,
        "feedback": feedback,
        "feedback_option": None,
        "reason": reason,
    }
    if prev_status == "incomplete" and sub["latest_invoice"]:
        inv = ctx.store.find(sub["latest_invoice"])
        if inv and inv["status"] == "open":
            invoices.void(ctx, inv)
    ctx.store.put(sub)
    ctx.emit("customer.subscription.deleted", sub, {"status": prev_status})
    return sub


# --------------------------------------------------------------------------- other routes
