"""A ``create_preview`` invoice -> :class:`InvoicePreview`, tolerant of missing fields."""

from __future__ import annotations

from typing import Any

from kpadmin.stripe_api.records_support import InvoicePreview, PreviewLine


def _line(d: dict[str, Any], currency: str) -> PreviewLine:
    parent = d.get("parent") if isinstance(d.get("parent"), dict) else {}
    item_details = (parent or {}).get("subscription_item_details") or {}
    invoice_item = (parent or {}).get("invoice_item_details") or {}
    proration = bool(item_details.get("proration") or invoice_item.get("proration"))
    pricing = d.get("pricing") if isinstance(d.get("pricing"), dict) else {}
    price_details = (pricing or {}).get("price_details") or {}
    price_id = price_details.get("price")
    period = d.get("period") if isinstance(d.get("period"), dict) else {}
    amount = d.get("amount")
    quantity = d.get("quantity")
    return PreviewLine(
        description=str(d.get("description") or ""),
        amount=amount if isinstance(amount, int) else 0,
        currency=str(d.get("currency") or currency).lower(),
        period_start=(period or {}).get("start"),
        period_end=(period or {}).get("end"),
        proration=proration,
        price_id=price_id if isinstance(price_id, str) else None,
        quantity=quantity if isinstance(quantity, int) else None,
    )


def invoice_preview(d: dict[str, Any], proration_date: int | None) -> InvoicePreview:
    """A ``create_preview`` invoice -> :class:`InvoicePreview` (lines from the first page).

    Stripe returns up to ten lines inline; a change on one item gives at most
    three, so the first page is the whole preview for these actions.
    """
    currency = str(d.get("currency") or "").lower()
    lines_obj = d.get("lines") if isinstance(d.get("lines"), dict) else {}
    data = (lines_obj or {}).get("data") or []
    lines = tuple(_line(x, currency) for x in data if isinstance(x, dict))

    def num(key: str) -> int:
        value = d.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    return InvoicePreview(
        currency=currency,
        subtotal=num("subtotal"),
        total=num("total"),
        amount_due=num("amount_due"),
        period_start=d.get("period_start") if isinstance(d.get("period_start"), int) else None,
        period_end=d.get("period_end") if isinstance(d.get("period_end"), int) else None,
        billing_reason=d.get("billing_reason")
        if isinstance(d.get("billing_reason"), str)
        else None,
        lines=lines,
        proration_date=proration_date,
    )
