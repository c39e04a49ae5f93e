"""Refunds (``/v1/refunds``) of a subscription's payment, fully or partly, with a reason.

:class:`~kpadmin.stripe_api.records_support.Payment` (from
``gateway.invoices.latest_payment``) tells the UI beforehand what is
refundable and until when (Korean methods: 365 days after the charge); the
same rules are checked here before sending, so the agent hears them in plain
words, and Stripe checks again.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Literal

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import Transport, Write
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.records_support import Payment, Refund, RefundReason
from kpadmin.stripe_api.services import intent_fields as f

if TYPE_CHECKING:
    from stripe.params import RefundCreateParams


class RefundsService:
    """``gateway.refunds``.

    Args:
        transport: the gateway's transport.
        mode: the key's mode; test-mode charges can carry a test clock's
            dates, so their refund window is left to Stripe to judge.
    """

    def __init__(self, transport: Transport, mode: Literal["test", "live"]) -> None:
        self._t = transport
        self._mode = mode

    async def create(
        self,
        payment: Payment,
        *,
        idempotency_key: str,
        amount: int | None = None,
        reason: RefundReason | None = None,
    ) -> Refund:
        """Refund ``amount`` (minor units; None = all that is left) of ``payment``.

        The amount must be positive and at most what is left, and a Korean
        method's charge must be at most 365 days old.

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
        if until is not None and time.time() > until and self._mode != "test":
            raise GatewayError(
                "invalid",
                "Payments with this method can only be refunded within 365 days.",
                code="charge_expired_for_refund",
                param="charge",
            )
        params: RefundCreateParams = {"charge": payment.charge_id}
        if amount is not None:
            params["amount"] = amount
        if reason:
            params["reason"] = reason
        detail = (
            f"charge={payment.charge_id} amount={amount if amount is not None else left}"
            f" {payment.currency}" + (f" reason={reason}" if reason else "")
        )
        api = self._t.v1.refunds
        obj = await self._t.call(
            lambda o: api.create_async(params, o),
            Write("refund.create", idempotency_key, params=params, detail=detail),
        )
        return refund(convert.as_dict(obj))


def refund(d: dict[str, Any]) -> Refund:
    """A Refund's JSON -> :class:`Refund`."""
    reason = d.get("reason")
    return Refund(
        id=str(d.get("id") or ""),
        amount=f.integer(d, "amount"),
        currency=str(d.get("currency") or "").lower(),
        status=str(d.get("status") or ""),
        reason=reason if isinstance(reason, str) else None,
        charge_id=f.ref(d, "charge"),
        payment_intent_id=f.ref(d, "payment_intent"),
        created=f.integer(d, "created"),
    )
