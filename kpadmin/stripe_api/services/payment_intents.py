"""PaymentIntents (``/v1/payment_intents``): a Kakao Pay payment's state and its charge.

A subscription's first invoice is paid by a PaymentIntent; when the wallet
needs the buyer, :meth:`PaymentIntentsService.confirm_kakao` sends them to
the approval page (docs/KAKAO_PAY.md). The latest charge of a paid intent
is what a refund is made against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpadmin.domain import kakao_pay
from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport, Write
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.stripe_api.params import clamp_limit
from kpadmin.stripe_api.records import Page
from kpadmin.stripe_api.records_kakao import MandateAcceptance, PaymentIntent
from kpadmin.stripe_api.records_support import Payment
from kpadmin.stripe_api.services import intent_fields as f

if TYPE_CHECKING:
    from stripe.params import (
        PaymentIntentConfirmParams,
        PaymentIntentRetrieveParams,
        PaymentIntentSearchParams,
    )

_SEARCH: JsonList[PaymentIntentSearchParams] = JsonList("/v1/payment_intents/search")


class PaymentIntentsService:
    """``gateway.payment_intents``."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def retrieve(self, payment_intent_id: str) -> PaymentIntent:
        return payment_intent(convert.as_dict(await self._get(payment_intent_id, None)))

    async def search(
        self, query: str, page: str | None = None, limit: int = 100
    ) -> Page[PaymentIntent]:
        """One page of a search (``status:"requires_payment_method"``...), with each last error.

        ``page`` is the previous page's ``next_cursor``.
        """
        params: PaymentIntentSearchParams = {"query": query, "limit": clamp_limit(limit)}
        if page:
            params["page"] = page
        return convert.page(await _SEARCH.get(self._t, params), payment_intent)

    async def status(self, payment_intent_id: str) -> str | None:
        """The PaymentIntent's status, or None when this key may not read it."""
        try:
            obj = await self._get(payment_intent_id, None)
        except GatewayError as err:
            if err.kind in ("permission", "not_found"):
                return None
            raise
        status = convert.as_dict(obj).get("status")
        return status if isinstance(status, str) else None

    async def latest_charge(self, payment_intent_id: str) -> Payment | None:
        """The PaymentIntent's latest charge as a :class:`Payment`; None when it has none."""
        obj = await self._get(payment_intent_id, {"expand": ["latest_charge"]})
        charge = convert.as_dict(obj).get("latest_charge")
        if not isinstance(charge, dict):
            return None
        return payment(charge)

    async def confirm_kakao(
        self,
        payment_intent_id: str,
        *,
        return_url: str,
        acceptance: MandateAcceptance,
        payment_method_id: str | None = None,
        idempotency_key: str,
        terms_language: str = "",
    ) -> PaymentIntent:
        """Confirm a PaymentIntent with Kakao Pay so the buyer approves it on the redirect page.

        With ``payment_method_id`` the buyer approves with that saved wallet;
        without it Stripe makes a new Kakao Pay PaymentMethod
        (``payment_method_data[type]=kakao_pay``), as the guide does.
        ``terms_language`` (the consent terms' language) goes to the audit record only.
        """
        params: PaymentIntentConfirmParams = {
            "return_url": return_url,
            "mandate_data": {
                "customer_acceptance": {
                    "type": "online",
                    "online": {
                        "ip_address": acceptance.ip_address,
                        "user_agent": acceptance.user_agent,
                    },
                }
            },
        }
        if payment_method_id:
            params["payment_method"] = payment_method_id
        else:
            params["payment_method_data"] = {"type": kakao_pay.PAYMENT_METHOD_TYPE}
        api = self._t.v1.payment_intents
        obj = await self._t.call(
            lambda o: api.confirm_async(payment_intent_id, params, o),
            Write(
                "payment_intents.confirm",
                idempotency_key,
                object_id=payment_intent_id,
                params=params,
                detail=f.terms_detail(terms_language),
            ),
        )
        return payment_intent(convert.as_dict(obj))

    async def _get(self, payment_intent_id: str, params: PaymentIntentRetrieveParams | None) -> Any:
        api = self._t.v1.payment_intents
        return await self._t.call(lambda o: api.retrieve_async(payment_intent_id, params, o))


def payment_intent(d: dict[str, Any]) -> PaymentIntent:
    """A PaymentIntent's JSON -> :class:`PaymentIntent`."""
    return PaymentIntent(
        id=f.object_id(d),
        status=f.opt_str(d, "status") or "",
        amount=f.integer(d, "amount"),
        currency=(f.opt_str(d, "currency") or "").lower(),
        customer_id=f.ref(d, "customer"),
        payment_method_id=f.ref(d, "payment_method"),
        redirect_url=f.redirect_url(d),
        last_error=f.error(d.get("last_payment_error")),
        created=f.integer(d, "created"),
        livemode=d.get("livemode") is True,
    )


def payment(d: dict[str, Any]) -> Payment:
    """A Charge's JSON -> :class:`Payment` (what is refundable, and until when)."""
    details = d.get("payment_method_details")
    method = details.get("type") if isinstance(details, dict) else None
    return Payment(
        charge_id=str(d.get("id") or ""),
        payment_intent_id=f.ref(d, "payment_intent"),
        amount=f.integer(d, "amount"),
        amount_refunded=f.integer(d, "amount_refunded"),
        currency=str(d.get("currency") or "").lower(),
        created=f.integer(d, "created"),
        status=str(d.get("status") or ""),
        payment_method_type=method if isinstance(method, str) else None,
    )
