"""Changing a subscription's items (``items[]`` on update) and billing the change.

Split from :mod:`subscriptions` (routes) so that each stays small: the item
rules (same currency, at least one item, ids that exist) and the proration of
the change (:mod:`prorations`) as ``proration_behavior`` asks, or, when the
interval changes or the subscription moves between free and paid, a new
billing cycle from now, billed at once (:func:`reset_anchor`).
"""

from __future__ import annotations

from kpadmin.sandbox.core import Ctx, Obj, invalid, missing, p_bool, p_enum, p_int, p_list
from kpadmin.sandbox.resources import periods, prorations
from kpadmin.sandbox.resources import subscription_lifecycle as lc


def update_items(ctx: Ctx, sub: Obj, p: Obj) -> None:
    """Apply ``items`` changes and bill them as ``proration_behavior`` says."""
    changes = p_list(p, "items")
    behavior = p_enum(p, "proration_behavior", prorations.BEHAVIORS, "create_prorations")
    if not changes:
        return
    at = prorations.proration_time(ctx, sub, p.get("proration_date"), "proration_date")
    before = {it["id"]: dict(it) for it in sub["items"]["data"]}
    for i, change in enumerate(changes):
        change_item(ctx, sub, change, i)
    if sub["status"] not in ("active", "past_due"):
        return
    if prorations.resets_anchor(
        [(it["price"], it["quantity"]) for it in before.values()],
        [(it["price"], it["quantity"]) for it in sub["items"]["data"]],
    ):
        reset_anchor(ctx, sub, list(before.values()), at, behavior)
        return
    if behavior == "none":
        return
    lines: list[Obj] = []
    after = {it["id"]: it for it in sub["items"]["data"]}
    for item_id, old in before.items():
        new = after.get(item_id)
        lines += prorations.proration_lines(
            ctx, old, new["price"] if new else old["price"], new["quantity"] if new else 0, at
        )
    for item_id, new in after.items():
        if item_id not in before:
            lines += prorations.proration_lines(
                ctx, dict(new, quantity=0), new["price"], new["quantity"], at
            )
    if behavior == "always_invoice":
        ctx.store.put(sub)
        lines = prorations.take_pending(ctx, sub["id"]) + lines
        if lines:
            fresh = lc.bill_now(ctx, sub, lines)
            sub["latest_invoice"] = fresh["latest_invoice"]
            sub["status"] = fresh["status"]
    elif lines:
        prorations.add_pending(ctx, sub["id"], lines)


def reset_anchor(ctx: Ctx, sub: Obj, old_items: list[Obj], at: int, behavior: str | None) -> None:
    """Restart the billing cycle now (new interval, or free <-> paid) and bill it at once.

    ``old_items`` are the items as they were (their old prices and periods) for
    the unused-time credit; the invoice is charged off-session as a renewal is.
    """
    now = ctx.store.now()
    sub["billing_cycle_anchor"] = now
    for item in sub["items"]["data"]:
        periods.restart_period(item, now)
    ctx.store.put(sub)
    lines = prorations.take_pending(ctx, sub["id"]) + prorations.reset_lines(
        ctx, old_items, sub["items"]["data"], at, behavior
    )
    fresh = lc.bill_now(ctx, sub, lines)
    sub["latest_invoice"] = fresh["latest_invoice"]
    sub["status"] = fresh["status"]


def change_item(ctx: Ctx, sub: Obj, change: Obj, i: int) -> None:
    data = sub["items"]["data"]
    if change.get("id"):
        matches = [it for it in data if it["id"] == change["id"]]
        if not matches:
            raise invalid(
                f"No such subscription item: '{change['id']}'",
                f"items[{i}][id]",
                "resource_missing",
            )
        item = matches[0]
        if p_bool(change, "deleted", False):
            if len(data) == 1:
                raise invalid(
                    "A subscription must have at least one active plan.", f"items[{i}][deleted]"
                )
            data.remove(item)
            return
        if change.get("price"):
            price = periods.recurring_price(ctx, change["price"], f"items[{i}][price]")
            item["price"] = dict(price)
            item["plan"] = periods.plan(price)
        if "quantity" in change:
            item["quantity"] = p_int(change, "quantity", 1, minimum=0)
        return
    if not change.get("price"):
        raise missing(f"items[{i}][price]")
    price = periods.recurring_price(ctx, change["price"], f"items[{i}][price]")
    if price["currency"] != sub["currency"]:
        raise invalid(
            "All prices on a subscription must have the same `currency`.", f"items[{i}][price]"
        )
    first = data[0]
    data.append(
        periods.new_item(
            ctx,
            sub["id"],
            price,
            p_int(change, "quantity", 1, minimum=0) or 1,
            first["current_period_start"],
            first["current_period_end"],
        )
    )
