"""Invoices (``/v1/invoices``): lists, collecting or writing off a failed one, previews.

- ``pay`` retries an open invoice off-session; a decline or a wallet that
  needs the customer comes back as ``GatewayError(kind="card")`` with
  Stripe's ``code`` (``authentication_required`` means: hand over to the
  approval dialog).
- ``void`` or ``mark_uncollectible`` when the agent writes an invoice off.
- ``preview_change`` shows what a plan change would bill
  (``/v1/invoices/create_preview``); pass its ``proration_date`` to
  ``gateway.subscriptions.change_plan`` to be billed exactly the preview.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport, Write
from kpadmin.stripe_api.params import clamp_limit
from kpadmin.stripe_api.records import Invoice, Page
from kpadmin.stripe_api.records_support import InvoicePreview, Payment, ProrationBehavior
from kpadmin.stripe_api.services.invoice_preview import invoice_preview
from kpadmin.stripe_api.services.payment_intents import PaymentIntentsService
from kpadmin.stripe_api.services.subscription_changes import item_change

if TYPE_CHECKING:
    from stripe.params import (
        InvoiceCreatePreviewParams,
        InvoiceCreatePreviewParamsSubscriptionDetails,
        InvoiceListParams,
        InvoicePayParams,
        InvoiceRetrieveParams,
        InvoiceSearchParams,
    )

_LIST: JsonList[InvoiceListParams] = JsonList("/v1/invoices")
_SEARCH: JsonList[InvoiceSearchParams] = JsonList("/v1/invoices/search")


class InvoicesService:
    """``gateway.invoices``; reads a paid invoice's charge through ``payment_intents``."""

    def __init__(self, transport: Transport, payment_intents: PaymentIntentsService) -> None:
        self._t = transport
        self._payment_intents = payment_intents

    async def list(
        self,
        customer_id: str | None = None,
        subscription_id: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[Invoice]:
        """One page of invoices, newest first, of a customer, a subscription, or all."""
        # The payments are included only when asked; they name the PaymentIntent.
        params: InvoiceListParams = {"limit": clamp_limit(limit), "expand": ["data.payments"]}
        if cursor:
            params["starting_after"] = cursor
        if customer_id is not None:
            params["customer"] = customer_id
        if subscription_id is not None:
            params["subscription"] = subscription_id
        return convert.page(await _LIST.get(self._t, params), convert.invoice)

    async def search(self, query: str, page: str | None = None, limit: int = 100) -> Page[Invoice]:
        """One page of a search (``status:"open"``...), with the payments naming each PaymentIntent.

        ``page`` is the previous page's ``next_cursor``.
        """
        params: InvoiceSearchParams = {
            "query": query,
            "limit": clamp_limit(limit),
            "expand": ["data.payments"],
        }
        if page:
            params["page"] = page
        return convert.page(await _SEARCH.get(self._t, params), convert.invoice)

    async def retrieve(self, invoice_id: str) -> Invoice:
        """An invoice with its payments' PaymentIntents (their status)."""
        params: InvoiceRetrieveParams = {"expand": ["payments.data.payment.payment_intent"]}
        api = self._t.v1.invoices
        obj = await self._t.call(lambda o: api.retrieve_async(invoice_id, params, o))
        return convert.invoice(convert.as_dict(obj))

    async def pay(
        self, invoice_id: str, *, idempotency_key: str, payment_method_id: str | None = None
    ) -> Invoice:
        """Try to collect an open invoice now, off-session (the customer is not present)."""
        # The payments (included only when asked) name the PaymentIntent to hand over.
        params: InvoicePayParams = {"off_session": True, "expand": ["payments"]}
        if payment_method_id:
            params["payment_method"] = payment_method_id
        api = self._t.v1.invoices
        obj = await self._t.call(
            lambda o: api.pay_async(invoice_id, params, o),
            Write(
                "invoice.retry",
                idempotency_key,
                object_id=invoice_id,
                params=params,
                detail=f"payment_method={payment_method_id}" if payment_method_id else "",
            ),
        )
        return convert.invoice(convert.as_dict(obj))

    async def void(self, invoice_id: str, *, idempotency_key: str) -> Invoice:
        """Void an open or uncollectible invoice: nothing is owed any more."""
        api = self._t.v1.invoices
        obj = await self._t.call(
            lambda o: api.void_invoice_async(invoice_id, None, o),
            Write("invoice.void", idempotency_key, object_id=invoice_id),
        )
        return convert.invoice(convert.as_dict(obj))

    async def mark_uncollectible(self, invoice_id: str, *, idempotency_key: str) -> Invoice:
        """Write an open invoice off as bad debt (it can still be voided later)."""
        api = self._t.v1.invoices
        obj = await self._t.call(
            lambda o: api.mark_uncollectible_async(invoice_id, None, o),
            Write("invoice.mark_uncollectible", idempotency_key, object_id=invoice_id),
        )
        return convert.invoice(convert.as_dict(obj))

    async def latest_payment(self, subscription_id: str) -> Payment | None:
        """The charge of the subscription's most recent paid invoice, or None.

        Lists the subscription's paid invoices (newest first) and reads the
        first one's PaymentIntent with its latest charge.
        """
        params: InvoiceListParams = {
            "subscription": subscription_id,
            "status": "paid",
            "limit": 10,
            "expand": ["data.payments"],
        }
        api = self._t.v1.invoices
        obj = await self._t.call(lambda o: api.list_async(params, o))
        for inv in convert.as_dict(obj).get("data") or []:
            pi_id = convert.invoice(convert.as_dict(inv)).payment_intent_id
            if pi_id:
                payment = await self._payment_intents.latest_charge(pi_id)
                if payment is not None:
                    return payment
        return None

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
        """The invoice a plan change would produce.

        ``always_invoice``: the invoice billed at once; otherwise the next
        renewal with the prorations on it. A read: nothing is changed or audited.
        Without ``proration_date`` the preview's ``proration_date`` is the
        moment Stripe computed it for (from its proration lines).
        """
        details: InvoiceCreatePreviewParamsSubscriptionDetails = {
            "items": [item_change(item_id, price_id, quantity)],
            "proration_behavior": proration_behavior,
        }
        if proration_date is not None and proration_behavior != "none":
            details["proration_date"] = proration_date
        preview = await self._preview(
            {"subscription": subscription_id, "subscription_details": details},
            details.get("proration_date"),
        )
        if preview.proration_date is None and preview.prorations:
            # Stripe's proration lines start at the moment they were computed for: keep it,
            # so confirming the change bills exactly what was shown.
            start = preview.prorations[-1].period_start
            preview = replace(preview, proration_date=start)
        return preview

    async def preview_next(self, subscription_id: str) -> InvoicePreview:
        """The next renewal invoice as things stand (pending prorations included)."""
        return await self._preview({"subscription": subscription_id}, None)

    async def _preview(
        self, params: InvoiceCreatePreviewParams, proration_date: int | None
    ) -> InvoicePreview:
        api = self._t.v1.invoices
        obj: Any = await self._t.call(lambda o: api.create_preview_async(params, o))
        return invoice_preview(convert.as_dict(obj), proration_date)
