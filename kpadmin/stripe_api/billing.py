"""Subscriptions and invoices (read side; creation with Kakao Pay comes later)."""

from __future__ import annotations

from dataclasses import replace

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import GatewayBase
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.params import list_params
from kpadmin.stripe_api.records import Invoice, Page, Subscription

# Expansions for one subscription: the latest invoice with its payments, which name the
# PaymentIntent. Expanding the PaymentIntent too would be five levels, past Stripe's four;
# its status is fetched separately when the invoice is still open.
_SUBSCRIPTION_EXPAND = ["latest_invoice.payments"]
# A list expands one level less deeply; a row still needs the invoice's payments (Stripe
# includes them only when asked), which name the PaymentIntent a support action hands over.
_SUBSCRIPTION_LIST_EXPAND = ["data.latest_invoice.payments"]


class BillingMixin(GatewayBase):
    async def list_subscriptions(
        self,
        status: str | None = None,
        customer_id: str | None = None,
        price_id: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[Subscription]:
        """One page of subscriptions with their latest invoice.

        ``status`` None lists Stripe's default (everything but canceled);
        pass ``"all"`` to include canceled ones.
        """
        params = list_params(cursor, limit, status=status, customer=customer_id, price=price_id)
        params["expand"] = list(_SUBSCRIPTION_LIST_EXPAND)
        obj = await self._get_json("/v1/subscriptions", params)
        return convert.page(obj, convert.subscription)

    async def retrieve_subscription(self, subscription_id: str) -> Subscription:
        """A subscription with its latest invoice and, while that is open, its PaymentIntent status.

        Falls back to the plain latest invoice if the server refuses the
        expansion (an older API or a minimal sandbox). The PaymentIntent (one
        more GET, only for an open invoice) tells the UI whether the customer
        still has to approve a Kakao Pay payment (``requires_action``).
        """
        try:
            obj = await self._call(
                self.v1.subscriptions.retrieve_async,
                {"expand": list(_SUBSCRIPTION_EXPAND)},
                object_id=subscription_id,
            )
        except GatewayError as err:
            if err.kind != "invalid" or err.param is None or "expand" not in err.param:
                raise
            obj = await self._call(
                self.v1.subscriptions.retrieve_async,
                {"expand": ["latest_invoice"]},
                object_id=subscription_id,
            )
        sub = convert.subscription(convert.as_dict(obj))
        inv = sub.latest_invoice
        if inv is not None and inv.status == "open" and inv.payment_intent_id:
            status = await self._payment_intent_status(inv.payment_intent_id)
            if status is not None:
                sub = replace(sub, latest_invoice=replace(inv, payment_intent_status=status))
        return sub

    async def _payment_intent_status(self, payment_intent_id: str) -> str | None:
        """The PaymentIntent's status, or None when this key may not read it."""
        try:
            obj = await self._call(
                self.v1.payment_intents.retrieve_async, object_id=payment_intent_id
            )
        except GatewayError as err:
            if err.kind in ("permission", "not_found"):
                return None
            raise
        status = convert.as_dict(obj).get("status")
        return status if isinstance(status, str) else None

    async def list_invoices(
        self,
        customer_id: str | None = None,
        subscription_id: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[Invoice]:
        params = list_params(cursor, limit, customer=customer_id, subscription=subscription_id)
        params["expand"] = ["data.payments"]  # included only when asked
        obj = await self._get_json("/v1/invoices", params)
        return convert.page(obj, convert.invoice)

    async def retrieve_invoice(self, invoice_id: str) -> Invoice:
        obj = await self._call(
            self.v1.invoices.retrieve_async,
            {"expand": ["payments.data.payment.payment_intent"]},
            object_id=invoice_id,
        )
        return convert.invoice(convert.as_dict(obj))
