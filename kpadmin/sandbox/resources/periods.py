"""A subscription's items and billing periods, and the invoice lines they make.

Pure arithmetic and object shapes shared by the subscription routes, item
changes, prorations and the lifecycle (renewals), kept apart from all of
them so that each can use it without importing the others.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta

from kpadmin.domain.money import format_plain
from kpadmin.sandbox.core import Ctx, Obj, invalid


def add_interval(ts: int, interval: str, count: int = 1) -> int:
    """``ts`` moved on by ``count`` billing intervals (months keep the day, clamped)."""
    dt = datetime.fromtimestamp(ts, UTC)
    if interval in ("day", "week"):
        return int((dt + timedelta(days=count * (7 if interval == "week" else 1))).timestamp())
    months = count * (12 if interval == "year" else 1)
    y, m = divmod(dt.month - 1 + months, 12)
    year, month = dt.year + y, m + 1
    day = min(dt.day, calendar.monthrange(year, month)[1])
    return int(dt.replace(year=year, month=month, day=day).timestamp())


def plan(price: Obj) -> Obj:
    rec = price["recurring"]
    return {
        "id": price["id"],
        "object": "plan",
        "active": price["active"],
        "amount": price.get("unit_amount"),
        "amount_decimal": price.get("unit_amount_decimal"),
        "billing_scheme": price.get("billing_scheme", "per_unit"),
        "created": price["created"],
        "currency": price["currency"],
        "interval": rec["interval"],
        "interval_count": rec.get("interval_count", 1),
        "livemode": False,
        "metadata": price.get("metadata", {}),
        "meter": None,
        "nickname": price.get("nickname"),
        "product": price["product"],
        "tiers_mode": None,
        "transform_usage": None,
        "trial_period_days": None,
        "usage_type": rec.get("usage_type", "licensed"),
    }


def recurring_price(ctx: Ctx, price_id: str, param: str) -> Obj:
    price = ctx.store.get(price_id, "price", param)
    if price.get("type") != "recurring" or not price.get("recurring"):
        raise invalid(
            "The price specified is set to `type=one_time` but this field only "
            "accepts prices with `type=recurring`.",
            param,
        )
    if not price.get("active", True):
        raise invalid(
            "The price specified is inactive. This field only accepts active prices.", param
        )
    return price


def new_item(ctx: Ctx, sub_id: str, price: Obj, quantity: int, start: int, end: int) -> Obj:
    return {
        "id": ctx.store.new_id("si", 14),
        "object": "subscription_item",
        "billed_until": None,
        "billing_thresholds": None,
        "created": ctx.store.now(),
        "current_period_end": end,
        "current_period_start": start,
        "current_trial": None,
        "discounts": [],
        "metadata": {},
        "plan": plan(price),
        "price": dict(price),
        "quantity": quantity,
        "subscription": sub_id,
        "tax_rates": [],
    }


def restart_period(item: Obj, now: int) -> None:
    """Start ``item``'s period over at ``now`` (an anchor reset): one interval of its price."""
    rec = item["price"]["recurring"]
    item["current_period_start"] = now
    item["current_period_end"] = add_interval(
        now, rec["interval"], int(rec.get("interval_count") or 1)
    )


def invoice_line(ctx: Ctx, item: Obj, *, trial: bool = False) -> Obj:
    price = item["price"]
    product = ctx.store.find(price["product"]) or {}
    name = product.get("name") or price["product"]
    rec = price["recurring"]
    amount = 0 if trial else (price.get("unit_amount") or 0) * item["quantity"]
    if trial:
        text = f"Trial period for {name}"
    else:
        unit = format_plain(price.get("unit_amount") or 0, price["currency"])
        text = f"{item['quantity']} × {name} (at {unit} / {rec['interval']})"
    return {
        "item": item,
        "amount": amount,
        "description": text,
        "period": (item["current_period_start"], item["current_period_end"]),
    }


def period_end(sub: Obj) -> int:
    return max(int(it["current_period_end"]) for it in sub["items"]["data"])
