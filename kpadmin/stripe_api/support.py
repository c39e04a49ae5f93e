"""Support operations on a subscription: cancel, pause, change plan (with a preview), trials.

Each method is one idempotent write (the caller's ``idempotency_key``, one
per user action) named for the audit log (``action=``) with a short note of
what it means. Payments, refunds and test clocks are in :mod:`support_payments`.
Parameters follow the API version the SDK pins (see docs/STRIPE_FACTS.md §4):
``cancellation_details[comment|feedback]`` (``reason`` is set by Stripe),
``pause_collection[behavior|resumes_at]``, ``proration_behavior`` and
``proration_date``, ``trial_end=now|<ts>``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.records import Subscription
from kpadmin.stripe_api.records_support import (
    CancellationFeedback,
    InvoicePreview,
    PauseBehavior,
    PreviewLine,
    ProrationBehavior,
)
from kpadmin.stripe_api.support_payments import SupportPaymentsMixin

# What a write returns: the subscription with its latest invoice (one level, as lists do).
_EXPAND = ["latest_invoice"]


class SupportMixin(SupportPaymentsMixin):
    async def _write_subscription(
        self, subscription_id: str, params: dict[str, Any], key: str, action: str, detail: str
    ) -> Subscription:
        obj = await self._call(
            self.v1.subscriptions.update_async,
            {**params, "expand": list(_EXPAND)},
            object_id=subscription_id,
            idempotency_key=key,
            is_write=True,
            action=action,
            detail=detail,
        )
        return convert.subscription(convert.as_dict(obj))

    # --- cancel -------------------------------------------------------------------------

    async def cancel_subscription_now(
        self,
        subscription_id: str,
        *,
        idempotency_key: str,
        comment: str = "",
        feedback: CancellationFeedback | None = None,
        prorate: bool = False,
        invoice_now: bool = False,
    ) -> Subscription:
        """End the subscription now (``DELETE /v1/subscriptions/{id}``); it cannot be undone.

        Args:
            comment: the agent's note, kept in ``cancellation_details``.
            feedback: the customer's reason, one of Stripe's values.
            prorate: credit the unused part of the period.
            invoice_now: invoice what is pending (prorations, the credit) at once.
        """
        params: dict[str, Any] = {
            "prorate": prorate,
            "invoice_now": invoice_now,
            "expand": list(_EXPAND),
        }
        details = _details(comment, feedback)
        if details:
            params["cancellation_details"] = details
        obj = await self._call(
            self.v1.subscriptions.cancel_async,
            params,
            object_id=subscription_id,
            idempotency_key=idempotency_key,
            is_write=True,
            action="subscription.cancel_now",
            detail=_note(f"prorate={prorate} invoice_now={invoice_now}", feedback),
        )
        return convert.subscription(convert.as_dict(obj))

    async def schedule_cancellation(
        self,
        subscription_id: str,
        *,
        idempotency_key: str,
        comment: str = "",
        feedback: CancellationFeedback | None = None,
    ) -> Subscription:
        """Cancel at the end of the current period (``cancel_at_period_end=true``)."""
        params: dict[str, Any] = {"cancel_at_period_end": True}
        details = _details(comment, feedback)
        if details:
            params["cancellation_details"] = details
        return await self._write_subscription(
            subscription_id,
            params,
            idempotency_key,
            "subscription.cancel_at_period_end",
            _note("at period end", feedback),
        )

    async def undo_scheduled_cancellation(
        self, subscription_id: str, *, idempotency_key: str
    ) -> Subscription:
        """Keep the subscription going after all (``cancel_at_period_end=false``)."""
        return await self._write_subscription(
            subscription_id,
            {"cancel_at_period_end": False},
            idempotency_key,
            "subscription.undo_cancellation",
            "",
        )

    # --- pause and resume ---------------------------------------------------------------

    async def pause_collection(
        self,
        subscription_id: str,
        behavior: PauseBehavior,
        *,
        idempotency_key: str,
        resumes_at: int | None = None,
    ) -> Subscription:
        """Stop collecting payments; invoices are still made and treated per ``behavior``.

        The status stays as it is; ``resumes_at`` ends the pause by itself.
        """
        pc: dict[str, Any] = {"behavior": behavior}
        if resumes_at is not None:
            pc["resumes_at"] = resumes_at
        return await self._write_subscription(
            subscription_id,
            {"pause_collection": pc},
            idempotency_key,
            "subscription.pause_collection",
            f"behavior={behavior}" + (f" resumes_at={resumes_at}" if resumes_at else ""),
        )

    async def unpause_collection(
        self, subscription_id: str, *, idempotency_key: str
    ) -> Subscription:
        """Collect again from the next invoice on (``pause_collection=""``)."""
        return await self._write_subscription(
            subscription_id,
            {"pause_collection": ""},
            idempotency_key,
            "subscription.unpause_collection",
            "",
        )

    async def resume_subscription(
        self,
        subscription_id: str,
        *,
        idempotency_key: str,
        proration_behavior: ProrationBehavior | None = None,
    ) -> Subscription:
        """Resume a ``paused`` subscription (``POST /v1/subscriptions/{id}/resume``)."""
        params: dict[str, Any] = {"expand": list(_EXPAND)}
        if proration_behavior:
            params["proration_behavior"] = proration_behavior
        obj = await self._call(
            self.v1.subscriptions.resume_async,
            params,
            object_id=subscription_id,
            idempotency_key=idempotency_key,
            is_write=True,
            action="subscription.resume",
        )
        return convert.subscription(convert.as_dict(obj))

    # --- change plan --------------------------------------------------------------------

    async def change_plan(
        self,
        subscription_id: str,
        item_id: str,
        *,
        idempotency_key: str,
        price_id: str | None = None,
        quantity: int | None = None,
        proration_behavior: ProrationBehavior = "create_prorations",
        proration_date: int | None = None,
    ) -> Subscription:
        """Move one item to another price and/or quantity.

        Pass the ``proration_date`` of the preview the agent confirmed so the
        invoice matches it to the unit.
        """
        params: dict[str, Any] = {
            "items": [_item_change(item_id, price_id, quantity)],
            "proration_behavior": proration_behavior,
        }
        if proration_date is not None and proration_behavior != "none":
            params["proration_date"] = proration_date
        return await self._write_subscription(
            subscription_id,
            params,
            idempotency_key,
            "subscription.change_plan",
            _change_note(item_id, price_id, quantity, proration_behavior),
        )

    async def preview_change(
        self,
        subscription_id: str,
        item_id: str,
        *,
        price_id: str | None = None,
        quantity: int | None = None,
        proration_behavior: ProrationBehavior = "create_prorations",
        proration_date: int | None = None,
    ) -> InvoicePreview:
        """The invoice a plan change would produce (``/v1/invoices/create_preview``).

        ``always_invoice``: the invoice billed at once; otherwise the next
        renewal with the prorations on it. A read: nothing is changed or audited.
        Without ``proration_date`` the preview's ``proration_date`` is the
        moment Stripe computed it for (from its proration lines).
        """
        details: dict[str, Any] = {
            "items": [_item_change(item_id, price_id, quantity)],
            "proration_behavior": proration_behavior,
        }
        if proration_date is not None and proration_behavior != "none":
            details["proration_date"] = proration_date
        obj = await self._call(
            self.v1.invoices.create_preview_async,
            {"subscription": subscription_id, "subscription_details": details},
        )
        preview = invoice_preview(convert.as_dict(obj), details.get("proration_date"))
        if preview.proration_date is None and preview.prorations:
            # Stripe's proration lines start at the moment they were computed for: keep it,
            # so confirming the change bills exactly what was shown.
            start = preview.prorations[-1].period_start
            preview = replace(preview, proration_date=start)
        return preview

    async def preview_next_invoice(self, subscription_id: str) -> InvoicePreview:
        """The next renewal invoice as things stand (pending prorations included)."""
        obj = await self._call(
            self.v1.invoices.create_preview_async, {"subscription": subscription_id}
        )
        return invoice_preview(convert.as_dict(obj), None)

    # --- trial and payment method -------------------------------------------------------

    async def end_trial_now(self, subscription_id: str, *, idempotency_key: str) -> Subscription:
        """End the trial now: the first paid period starts and is invoiced."""
        return await self._write_subscription(
            subscription_id,
            {"trial_end": "now"},
            idempotency_key,
            "subscription.end_trial",
            "trial_end=now",
        )

    async def extend_trial(
        self, subscription_id: str, trial_end: int, *, idempotency_key: str
    ) -> Subscription:
        """Move the end of the trial to ``trial_end`` (Unix seconds, in the future)."""
        return await self._write_subscription(
            subscription_id,
            {"trial_end": trial_end, "proration_behavior": "none"},
            idempotency_key,
            "subscription.extend_trial",
            f"trial_end={trial_end}",
        )

    async def set_subscription_payment_method(
        self, subscription_id: str, payment_method_id: str, *, idempotency_key: str
    ) -> Subscription:
        """Charge this subscription to another of the customer's saved payment methods."""
        return await self._write_subscription(
            subscription_id,
            {"default_payment_method": payment_method_id},
            idempotency_key,
            "subscription.set_payment_method",
            f"default_payment_method={payment_method_id}",
        )


def _details(comment: str, feedback: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if comment:
        out["comment"] = comment
    if feedback:
        out["feedback"] = feedback
    return out


def _note(text: str, feedback: str | None) -> str:
    return f"{text} feedback={feedback}" if feedback else text


def _item_change(item_id: str, price_id: str | None, quantity: int | None) -> dict[str, Any]:
    if price_id is None and quantity is None:
        raise ValueError("a plan change needs a price or a quantity")
    change: dict[str, Any] = {"id": item_id}
    if price_id:
        change["price"] = price_id
    if quantity is not None:
        change["quantity"] = quantity
    return change


def _change_note(item_id: str, price_id: str | None, quantity: int | None, behavior: str) -> str:
    parts = [f"item={item_id}"]
    if price_id:
        parts.append(f"price={price_id}")
    if quantity is not None:
        parts.append(f"quantity={quantity}")
    parts.append(f"proration_behavior={behavior}")
    return " ".join(parts)


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
