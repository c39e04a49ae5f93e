"""Support operations on money and time: failed invoices, refunds, test clocks.

- Retry an open invoice off-session (``/v1/invoices/{id}/pay``); a decline or a
  wallet that needs the customer comes back as ``GatewayError(kind="card")``
  with Stripe's ``code`` (``authentication_required`` means: hand over to
  the approval dialog).
- Void or mark uncollectible when the agent writes an invoice off.
- Refund the latest payment of a subscription, fully or partly, with a
  reason; :class:`~records_support.Payment` tells the UI beforehand what is
  refundable and until when (Korean methods: 365 days after the charge).
- Test clocks (SANDBOX and TEST mode only): create, put a new customer on
  one, advance, and wait until the clock is ``ready`` again (Stripe advances
  asynchronously; the sandbox is ready at once).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import GatewayBase
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records import Customer, CustomerDraft, Invoice
from kpadmin.stripe_api.records_support import Payment, Refund, RefundReason, TestClock


class SupportPaymentsMixin(GatewayBase):
    # Seconds between polls while a test clock advances (tests shorten it).
    clock_poll_interval: float = 1.0

    # --- invoices -----------------------------------------------------------------------

    async def retry_invoice(
        self,
        invoice_id: str,
        *,
        idempotency_key: str,
        payment_method_id: str | None = None,
    ) -> Invoice:
        """Try to collect an open invoice now, off-session (the customer is not present)."""
        # The payments (included only when asked) name the PaymentIntent to hand over.
        params: dict[str, Any] = {"off_session": True, "expand": ["payments"]}
        if payment_method_id:
            params["payment_method"] = payment_method_id
        obj = await self._call(
            self.v1.invoices.pay_async,
            params,
            object_id=invoice_id,
            idempotency_key=idempotency_key,
            is_write=True,
            action="invoice.retry",
            detail=f"payment_method={payment_method_id}" if payment_method_id else "",
        )
        return convert.invoice(convert.as_dict(obj))

    async def void_invoice(self, invoice_id: str, *, idempotency_key: str) -> Invoice:
        """Void an open or uncollectible invoice: nothing is owed any more."""
        obj = await self._call(
            self.v1.invoices.void_invoice_async,
            None,
            object_id=invoice_id,
            idempotency_key=idempotency_key,
            is_write=True,
            action="invoice.void",
        )
        return convert.invoice(convert.as_dict(obj))

    async def mark_invoice_uncollectible(self, invoice_id: str, *, idempotency_key: str) -> Invoice:
        """Write an open invoice off as bad debt (it can still be voided later)."""
        obj = await self._call(
            self.v1.invoices.mark_uncollectible_async,
            None,
            object_id=invoice_id,
            idempotency_key=idempotency_key,
            is_write=True,
            action="invoice.mark_uncollectible",
        )
        return convert.invoice(convert.as_dict(obj))

    # --- payments and refunds -----------------------------------------------------------

    async def latest_payment(self, subscription_id: str) -> Payment | None:
        """The charge of the subscription's most recent paid invoice, or None.

        Lists the subscription's paid invoices (newest first) and reads the
        first one's PaymentIntent with its latest charge.
        """
        obj = await self._call(
            self.v1.invoices.list_async,
            {
                "subscription": subscription_id,
                "status": "paid",
                "limit": 10,
                "expand": ["data.payments"],
            },
        )
        for inv in convert.as_dict(obj).get("data") or []:
            pi_id = convert.invoice(convert.as_dict(inv)).payment_intent_id
            if pi_id:
                payment = await self.payment_for_intent(pi_id)
                if payment is not None:
                    return payment
        return None

    async def payment_for_intent(self, payment_intent_id: str) -> Payment | None:
        """The PaymentIntent's latest charge as a :class:`Payment`; None when it has none."""
        obj = await self._call(
            self.v1.payment_intents.retrieve_async,
            {"expand": ["latest_charge"]},
            object_id=payment_intent_id,
        )
        charge = convert.as_dict(obj).get("latest_charge")
        if not isinstance(charge, dict):
            return None
        return payment(charge)

    async def refund_payment(
        self,
        payment: Payment,
        *,
        idempotency_key: str,
        amount: int | None = None,
        reason: RefundReason | None = None,
    ) -> Refund:
        """Refund ``amount`` (minor units; None = all that is left) of ``payment``.

        Checked before sending, so the agent hears it in plain words: the
        amount must be positive and at most what is left, and a Korean
        method's charge must be at most 365 days old. Stripe checks again.

        Raises:
            GatewayError: ``invalid`` with code ``amount_too_large``,
                ``charge_already_refunded`` or ``charge_expired_for_refund``
                (from these checks or from Stripe).
        """
        left = payment.refundable_amount
        if left <= 0:
            raise GatewayError(
                "invalid",
                "This payment has already been fully refunded.",
                code="charge_already_refunded",
                param="charge",
            )
        if amount is not None and not 0 < amount <= left:
            raise GatewayError(
                "invalid",
                "The refund must be more than zero and at most the amount not yet refunded.",
                code="amount_too_large",
                param="amount",
            )
        until = payment.refundable_until
        if until is not None and time.time() > until and not self._may_be_on_a_clock():
            raise GatewayError(
                "invalid",
                "Payments with this method can only be refunded within 365 days.",
                code="charge_expired_for_refund",
                param="charge",
            )
        params: dict[str, Any] = {"charge": payment.charge_id}
        if amount is not None:
            params["amount"] = amount
        if reason:
            params["reason"] = reason
        obj = await self._call(
            self.v1.refunds.create_async,
            params,
            idempotency_key=idempotency_key,
            is_write=True,
            action="refund.create",
            detail=f"charge={payment.charge_id} amount={amount if amount is not None else left}"
            f" {payment.currency}" + (f" reason={reason}" if reason else ""),
        )
        return refund(convert.as_dict(obj))

    def _may_be_on_a_clock(self) -> bool:
        """Test-mode charges can carry a test clock's dates: let Stripe judge the window."""
        return self.mode == "test"

    # --- test clocks --------------------------------------------------------------------

    async def create_test_clock(
        self, frozen_time: int, *, idempotency_key: str, name: str = ""
    ) -> TestClock:
        params: dict[str, Any] = {"frozen_time": frozen_time}
        if name:
            params["name"] = name
        obj = await self._call(
            self.v1.test_helpers.test_clocks.create_async,
            params,
            idempotency_key=idempotency_key,
            is_write=True,
            action="test_clock.create",
        )
        return test_clock(convert.as_dict(obj))

    async def retrieve_test_clock(self, clock_id: str) -> TestClock:
        obj = await self._call(self.v1.test_helpers.test_clocks.retrieve_async, object_id=clock_id)
        return test_clock(convert.as_dict(obj))

    async def create_customer_on_clock(
        self, draft: CustomerDraft, clock_id: str, *, idempotency_key: str
    ) -> Customer:
        """A new customer living on ``clock_id`` (a customer can join a clock only at creation)."""
        params: dict[str, Any] = {"name": draft.name, "test_clock": clock_id}
        for field in ("email", "phone", "description"):
            if getattr(draft, field):
                params[field] = getattr(draft, field)
        if draft.metadata:
            params["metadata"] = dict(draft.metadata)
        obj = await self._call(
            self.v1.customers.create_async,
            params,
            idempotency_key=idempotency_key,
            is_write=True,
            action="customer.create_on_clock",
            detail=f"test_clock={clock_id}",
        )
        return convert.customer(convert.as_dict(obj))

    async def advance_test_clock(
        self, clock_id: str, frozen_time: int, *, idempotency_key: str, wait: float = 60.0
    ) -> TestClock:
        """Move the clock to ``frozen_time`` and wait (up to ``wait`` s) until it is ready.

        Returns the clock as last seen: ``status="advancing"`` if it was still
        moving when ``wait`` ran out (the caller may poll
        :meth:`retrieve_test_clock`).
        """
        obj = await self._call(
            self.v1.test_helpers.test_clocks.advance_async,
            {"frozen_time": frozen_time},
            object_id=clock_id,
            idempotency_key=idempotency_key,
            is_write=True,
            action="test_clock.advance",
            detail=f"frozen_time={frozen_time}",
        )
        clock = test_clock(convert.as_dict(obj))
        deadline = time.monotonic() + wait
        while not clock.ready and time.monotonic() < deadline:
            await asyncio.sleep(self.clock_poll_interval)
            clock = await self.retrieve_test_clock(clock_id)
        return clock


def _int(d: dict[str, Any], key: str) -> int:
    value = d.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _id(d: dict[str, Any], key: str) -> str | None:
    value = d.get(key)
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


def payment(d: dict[str, Any]) -> Payment:
    details = d.get("payment_method_details")
    method = details.get("type") if isinstance(details, dict) else None
    return Payment(
        charge_id=str(d.get("id") or ""),
        payment_intent_id=_id(d, "payment_intent"),
        amount=_int(d, "amount"),
        amount_refunded=_int(d, "amount_refunded"),
        currency=str(d.get("currency") or "").lower(),
        created=_int(d, "created"),
        status=str(d.get("status") or ""),
        payment_method_type=method if isinstance(method, str) else None,
    )


def refund(d: dict[str, Any]) -> Refund:
    reason = d.get("reason")
    return Refund(
        id=str(d.get("id") or ""),
        amount=_int(d, "amount"),
        currency=str(d.get("currency") or "").lower(),
        status=str(d.get("status") or ""),
        reason=reason if isinstance(reason, str) else None,
        charge_id=_id(d, "charge"),
        payment_intent_id=_id(d, "payment_intent"),
        created=_int(d, "created"),
    )


def test_clock(d: dict[str, Any]) -> TestClock:
    name = d.get("name")
    deletes = d.get("deletes_after")
    return TestClock(
        id=str(d.get("id") or ""),
        name=name if isinstance(name, str) else None,
        frozen_time=_int(d, "frozen_time"),
        status=str(d.get("status") or ""),
        deletes_after=deletes if isinstance(deletes, int) else None,
        livemode=bool(d.get("livemode")),
    )


test_clock.__test__ = False  # type: ignore[attr-defined]  # not a pytest test function
