"""Prorations and invoice previews (``POST /v1/invoices/create_preview``).

Changing a subscription item's price or quantity mid-period is billed as
Stripe does it, to the second: a credit for the unused time on the old price
("Unused time on …") and a charge for the remaining time on the new one
("Remaining time on …"), each ``amount × quantity × (period_end − t) /
(period_end − period_start)`` where ``t`` is the change (or ``proration_date``).

Rounding: Stripe's documents don't say how a fractional minor unit is rounded
(not in the stored material). The sandbox rounds each line to the nearest
minor unit, halves to even (``decimal.ROUND_HALF_EVEN``), in the currency's
own minor unit, so KRW (zero-decimal) rounds to whole won and USD to cents.

``proration_behavior``:
- ``create_prorations`` (default): the lines wait as pending items and are
  added to the next renewal invoice;
- ``always_invoice``: an invoice with the lines is created and charged now;
- ``none``: nothing is billed for the change.

An anchor reset is different (Stripe: "Changing the interval or moving between
free and paid resets the anchor and bills now"): when the items' billing
intervals change, or the subscription goes from free to paid or back, the
billing cycle anchor and every item's period restart now and an invoice is
billed at once, whatever ``proration_behavior`` says: the pending lines, a
credit for the unused time on the old prices (not with ``none``) and the full
new period of each item (:func:`resets_anchor`, :func:`reset_lines`).

Pending lines are a sandbox-side object (``_sandbox.pending_lines``), never served.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal

from stripe.params import InvoiceCreatePreviewParams

from kpadmin.sandbox.core import Ctx, Obj, Routes, invalid, p_enum, p_int, p_list, p_str
from kpadmin.sandbox.resources import billing, invoices, periods

routes = Routes()

PENDING = "_sandbox.pending_lines"
BEHAVIORS = ("create_prorations", "always_invoice", "none")


def prorate(amount: int, start: int, end: int, at: int) -> int:
    """``amount`` × the share of ``[start, end)`` left after ``at``, rounded half to even."""
    if end <= start:
        return 0
    left = min(max(end - at, 0), end - start)
    exact = Decimal(amount) * Decimal(left) / Decimal(end - start)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def _name(ctx: Ctx, price: Obj) -> str:
    product = ctx.store.find(price["product"]) or {}
    return str(product.get("name") or price["product"])


def _day(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%d %b %Y")


def proration_lines(ctx: Ctx, item: Obj, new_price: Obj, new_qty: int, at: int) -> list[Obj]:
    """The credit and debit lines for changing ``item`` to ``new_price`` × ``new_qty`` at ``at``."""
    start, end = item["current_period_start"], item["current_period_end"]
    lines: list[Obj] = []
    old_price, old_qty = item["price"], item["quantity"]
    if old_price["id"] == new_price["id"] and old_qty == new_qty:
        return lines
    old_total = (old_price.get("unit_amount") or 0) * old_qty
    new_total = (new_price.get("unit_amount") or 0) * new_qty
    if old_total:
        lines.append(
            {
                "item": {"id": item["id"], "price": old_price, "quantity": old_qty},
                "amount": -prorate(old_total, start, end, at),
                "proration": True,
                "description": f"Unused time on {old_qty} × {_name(ctx, old_price)} after {_day(at)}",
                "period": (at, end),
            }
        )
    if new_total:
        lines.append(
            {
                "item": {"id": item["id"], "price": new_price, "quantity": new_qty},
                "amount": prorate(new_total, start, end, at),
                "proration": True,
                "description": f"Remaining time on {new_qty} × {_name(ctx, new_price)} after "
                f"{_day(at)}",
                "period": (at, end),
            }
        )
    return lines


def unused_time_credit(ctx: Ctx, sub: Obj, at: int) -> list[Obj]:
    """Credit lines for the unused rest of the period (cancel with ``prorate=true``)."""
    return unused_time_lines(ctx, sub["items"]["data"], at)


def unused_time_lines(ctx: Ctx, items: list[Obj], at: int) -> list[Obj]:
    """A credit line for the unused rest of each item's current period after ``at``."""
    lines = []
    for item in items:
        total = (item["price"].get("unit_amount") or 0) * item["quantity"]
        credit = prorate(total, item["current_period_start"], item["current_period_end"], at)
        if credit:
            lines.append(
                {
                    "item": item,
                    "amount": -credit,
                    "proration": True,
                    "description": f"Unused time on {item['quantity']} × "
                    f"{_name(ctx, item['price'])} after {_day(at)}",
                    "period": (at, item["current_period_end"]),
                }
            )
    return lines


def _interval(price: Obj) -> tuple[str, int]:
    rec = price.get("recurring") or {}
    return rec.get("interval") or "", int(rec.get("interval_count") or 1)


def resets_anchor(before: list[tuple[Obj, int]], after: list[tuple[Obj, int]]) -> bool:
    """Whether changing the items ``(price, quantity)`` from ``before`` to ``after`` resets the
    billing cycle anchor: the billing intervals differ, or one side is free and the other paid.
    """

    def free(items: list[tuple[Obj, int]]) -> bool:
        return sum((price.get("unit_amount") or 0) * (qty or 0) for price, qty in items) == 0

    return {_interval(price) for price, _ in before} != {
        _interval(price) for price, _ in after
    } or free(before) != free(after)


def reset_lines(
    ctx: Ctx, old_items: list[Obj], new_items: list[Obj], at: int, behavior: str | None
) -> list[Obj]:
    """What an anchor reset bills now (besides pending lines): the unused time on
    ``old_items`` after ``at`` as credits (none with ``proration_behavior=none``), then the
    full period of each of ``new_items`` (whose periods already start at the reset).
    """
    lines = [] if behavior == "none" else unused_time_lines(ctx, old_items, at)
    return lines + [periods.invoice_line(ctx, item) for item in new_items if item["quantity"]]


def add_pending(ctx: Ctx, sub_id: str, lines: list[Obj]) -> None:
    side = ctx.store.find(f"_pending_{sub_id}") or {
        "id": f"_pending_{sub_id}",
        "object": PENDING,
        "lines": [],
    }
    side["lines"] = side["lines"] + lines
    ctx.store.put(side)


def pending(ctx: Ctx, sub_id: str) -> list[Obj]:
    return list((ctx.store.find(f"_pending_{sub_id}") or {}).get("lines") or [])


def take_pending(ctx: Ctx, sub_id: str) -> list[Obj]:
    """The pending lines, removed (they go on the invoice being built)."""
    lines = pending(ctx, sub_id)
    if lines:
        ctx.store.delete(f"_pending_{sub_id}")
    return lines


def proration_time(ctx: Ctx, sub: Obj, raw: object, param: str) -> int:
    """``proration_date`` (must fall inside the current period) or now."""
    if raw in (None, ""):
        return ctx.store.now()
    at = p_int({param: raw}, param)
    assert at is not None
    item = sub["items"]["data"][0]
    if not item["current_period_start"] <= at <= item["current_period_end"]:
        raise invalid("The proration_date must be within the current subscription period.", param)
    return at


# --------------------------------------------------------------------------- preview


def _planned_items(ctx: Ctx, sub: Obj, changes: list[Obj]) -> list[tuple[Obj, Obj, int]]:
    """``(item, new_price, new_qty)`` for every item after applying ``changes`` (no writes)."""
    planned = {it["id"]: (it, it["price"], it["quantity"]) for it in sub["items"]["data"]}
    for i, change in enumerate(changes):
        if not isinstance(change, dict):
            continue
        if not change.get("id"):
            raise invalid(
                "The sandbox previews changes to existing items only; pass "
                f"`subscription_details[items][{i}][id]`.",
                f"subscription_details[items][{i}][id]",
            )
        if change["id"] not in planned:
            raise invalid(
                f"No such subscription item: '{change['id']}'",
                f"subscription_details[items][{i}][id]",
                "resource_missing",
            )
        item, price, qty = planned[change["id"]]
        if change.get("price"):
            price = periods.recurring_price(
                ctx, change["price"], f"subscription_details[items][{i}][price]"
            )
            if price["currency"] != sub["currency"]:
                raise invalid(
                    "All prices on a subscription must have the same `currency`.",
                    f"subscription_details[items][{i}][price]",
                )
        if "quantity" in change:
            qty = p_int(change, "quantity", 1, minimum=0) or 0
        planned[change["id"]] = (item, price, qty)
    return list(planned.values())


@routes.post("/v1/invoices/create_preview", InvoiceCreatePreviewParams)
def create_preview(ctx: Ctx) -> Obj:
    """The invoice a change would produce: the one billed now or the next renewal.

    With ``always_invoice`` the preview is the invoice the change creates at
    once (the proration lines); otherwise it is the next renewal: pending and
    new proration lines plus the next period at the new prices. A change that
    resets the anchor is always billed now, so its preview is that invoice.
    """
    p = ctx.params
    sub_id = p_str(p, "subscription")
    if not sub_id:
        raise invalid(
            "The sandbox previews subscription invoices only: pass `subscription`.",
            "subscription",
            "parameter_missing",
        )
    sub = ctx.store.get(sub_id, "subscription", "subscription")
    with billing.customer_time(ctx.store, sub["customer"]):
        return _preview(ctx, sub)


def _preview(ctx: Ctx, sub: Obj) -> Obj:
    p = ctx.params
    customer = p_str(p, "customer")
    if customer and customer != sub["customer"]:
        raise invalid("The subscription does not belong to this customer.", "customer")
    if sub["status"] in ("canceled", "incomplete_expired"):
        raise invalid(
            "No upcoming invoices for a canceled subscription.", code="invoice_upcoming_none"
        )
    details = p.get("subscription_details") or {}
    behavior = p_enum(details, "proration_behavior", BEHAVIORS, "create_prorations")
    changes = p_list(details, "items")
    if "proration_date" in details and not changes:
        raise invalid(
            "`subscription_details[proration_date]` needs `subscription_details[items]`.",
            "subscription_details[proration_date]",
        )
    if "proration_date" in details and behavior == "none":
        raise invalid(
            "`proration_date` can't be used with `proration_behavior=none`.",
            "subscription_details[proration_date]",
        )
    at = proration_time(
        ctx, sub, details.get("proration_date"), "subscription_details[proration_date]"
    )
    planned = _planned_items(ctx, sub, changes)
    if sub["status"] in ("active", "past_due") and resets_anchor(
        [(it["price"], it["quantity"]) for it in sub["items"]["data"]],
        [(price, qty) for _, price, qty in planned],
    ):
        now = ctx.store.now()
        restarted: list[Obj] = []
        for item, price, qty in planned:
            restarted.append({"id": item["id"], "price": price, "quantity": qty})
            periods.restart_period(restarted[-1], now)
        lines = pending(ctx, sub["id"]) + reset_lines(
            ctx, [item for item, _, _ in planned], restarted, at, behavior
        )
        return invoices.new_invoice(
            ctx,
            sub,
            lines,
            billing_reason="subscription_update",
            period_start=now,
            period_end=now,
            preview=True,
        )
    new_lines: list[Obj] = []
    if behavior != "none":
        for item, price, qty in planned:
            new_lines += proration_lines(ctx, item, price, qty, at)
    if behavior == "always_invoice":
        lines = new_lines
        start = end = at
        reason = "subscription_update"
    else:
        lines = pending(ctx, sub["id"]) + new_lines
        start = periods.period_end(sub)
        end = start
        for item, price, qty in planned:
            rec = price["recurring"]
            nxt = periods.add_interval(start, rec["interval"], int(rec.get("interval_count") or 1))
            future = {
                "id": item["id"],
                "price": price,
                "quantity": qty,
                "current_period_start": start,
                "current_period_end": nxt,
            }
            if qty:
                lines.append(periods.invoice_line(ctx, future))
        reason = "upcoming"
    return invoices.new_invoice(
        ctx, sub, lines, billing_reason=reason, period_start=start, period_end=end, preview=True
    )
