"""SetupIntents (``/v1/setup_intents``): saving a Kakao Pay wallet for later charges.

The calls follow Stripe's "Kakao Pay subscriptions with SetupIntents" guide in
the API version stripe 16.x sends (docs/KAKAO_PAY.md): the guide's
``payment_method_types[]=kakao_pay`` is ``allowed_payment_method_types[0]``
in that version. The intent comes back with the approval page the buyer must
open in ``redirect_url``; the approval flow (``kpadmin.redirect.approval``)
polls :meth:`SetupIntentsService.retrieve` and trusts only its answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpadmin.domain import kakao_pay
from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport, Write
from kpadmin.stripe_api.params import clamp_limit
from kpadmin.stripe_api.records import Page
from kpadmin.stripe_api.records_kakao import MandateAcceptance, SetupIntent
from kpadmin.stripe_api.services import intent_fields as f

if TYPE_CHECKING:
    from stripe.params import (
        SetupIntentCancelParams,
        SetupIntentCreateParams,
        SetupIntentListParams,
    )

_LIST: JsonList[SetupIntentListParams] = JsonList("/v1/setup_intents")


class SetupIntentsService:
    """``gateway.setup_intents``."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def start_kakao(
        self,
        customer_id: str,
        *,
        return_url: str,
        acceptance: MandateAcceptance,
        idempotency_key: str,
        terms_language: str = "",
    ) -> SetupIntent:
        """Create and confirm a SetupIntent that saves a Kakao Pay wallet for off-session use.

        The answer is normally ``requires_action`` with the approval page in
        ``redirect_url``; the wallet is attached to the customer only once the
        buyer approves there. ``terms_language``, the language the consent
        terms were shown in, is not sent: the audit record notes it.
        """
        params: SetupIntentCreateParams = {
            "customer": customer_id,
            "confirm": True,
            "usage": "off_session",
            "allowed_payment_method_types": [kakao_pay.PAYMENT_METHOD_TYPE],
            "payment_method_data": {"type": kakao_pay.PAYMENT_METHOD_TYPE},
            "mandate_data": {
                "customer_acceptance": {
                    "type": "online",
                    "online": {
                        "ip_address": acceptance.ip_address,
                        "user_agent": acceptance.user_agent,
                    },
                }
            },
            "return_url": return_url,
        }
        api = self._t.v1.setup_intents
        obj = await self._t.call(
            lambda o: api.create_async(params, o),
            Write(
                "setup_intents.create",
                idempotency_key,
                params=params,
                detail=f.terms_detail(terms_language),
            ),
        )
        return setup_intent(convert.as_dict(obj))

    async def list(
        self, created_after: int | None = None, cursor: str | None = None, limit: int = 100
    ) -> Page[SetupIntent]:
        """One page of SetupIntents, newest first, created at or after ``created_after``.

        Stripe has no search and no status filter for SetupIntents: a bounded
        listing (by creation time) is the way to find those still waiting.
        """
        params: SetupIntentListParams = {"limit": clamp_limit(limit)}
        if created_after is not None:
            params["created"] = {"gte": created_after}
        if cursor:
            params["starting_after"] = cursor
        return convert.page(await _LIST.get(self._t, params), setup_intent)

    async def retrieve(self, setup_intent_id: str) -> SetupIntent:
        api = self._t.v1.setup_intents
        obj = await self._t.call(lambda o: api.retrieve_async(setup_intent_id, None, o))
        return setup_intent(convert.as_dict(obj))

    async def cancel(
        self, setup_intent_id: str, *, reason: str = "abandoned", idempotency_key: str
    ) -> SetupIntent:
        """Cancel a SetupIntent still waiting for the buyer (the approval link stops working)."""
        params: SetupIntentCancelParams = {"cancellation_reason": reason}
        api = self._t.v1.setup_intents
        obj = await self._t.call(
            lambda o: api.cancel_async(setup_intent_id, params, o),
            Write("setup_intents.cancel", idempotency_key, object_id=setup_intent_id),
        )
        return setup_intent(convert.as_dict(obj))


def setup_intent(d: dict[str, Any]) -> SetupIntent:
    """A SetupIntent's JSON -> :class:`SetupIntent`."""
    return SetupIntent(
        id=f.object_id(d),
        status=f.opt_str(d, "status") or "",
        customer_id=f.ref(d, "customer"),
        payment_method_id=f.ref(d, "payment_method"),
        mandate_id=f.ref(d, "mandate"),
        redirect_url=f.redirect_url(d),
        last_error=f.error(d.get("last_setup_error")),
        cancellation_reason=f.opt_str(d, "cancellation_reason"),
        created=f.integer(d, "created"),
        livemode=d.get("livemode") is True,
    )
