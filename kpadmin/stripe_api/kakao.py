"""Kakao Pay: save a wallet with a SetupIntent, start a subscription, confirm its first payment.

The calls follow Stripe's "Kakao Pay subscriptions with SetupIntents" guide,
translated to API version 2026-10-28 (what stripe 16.x sends): the guide's
``payment_method_types[]=kakao_pay`` is ``allowed_payment_method_types[0]``
since 2026-09-30 (see docs/STRIPE_FACTS.md §1). Every intent comes back as a
record whose ``redirect_url`` is the approval page the buyer must open; the
flow controller (``kpadmin.redirect.approval``) polls these methods and
trusts only their answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kpadmin.domain import kakao_pay
from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import GatewayBase
from kpadmin.stripe_api.errors import GatewayError, unexpected_response
from kpadmin.stripe_api.records_kakao import (
    IntentError,
    MandateAcceptance,
    PaymentIntent,
    SetupIntent,
    SubscriptionStart,
)

# Five levels would be past Stripe's limit of four: the PaymentIntent is fetched separately.
_CREATE_EXPAND = ["latest_invoice.payments"]


class KakaoPayMixin(GatewayBase):
    async def start_kakao_setup(
        self,
        customer_id: str,
        *,
        return_url: str,
        acceptance: MandateAcceptance,
        idempotency_key: str,
    ) -> SetupIntent:
        """Create and confirm a SetupIntent that saves a Kakao Pay wallet for off-session use.

        The answer is normally ``requires_action`` with the approval page in
        ``redirect_url``; the wallet is attached to the customer only once the
        buyer approves there.
        """
        params: dict[str, Any] = {
            "customer": customer_id,
            "confirm": True,
            "usage": "off_session",
            "allowed_payment_method_types": [kakao_pay.PAYMENT_METHOD_TYPE],
            "payment_method_data": {"type": kakao_pay.PAYMENT_METHOD_TYPE},
            "mandate_data": acceptance.as_params(),
            "return_url": return_url,
        }
        obj = await self._call(
            self.v1.setup_intents.create_async,
            params,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        return setup_intent(convert.as_dict(obj))

    async def retrieve_setup_intent(self, setup_intent_id: str) -> SetupIntent:
        obj = await self._call(self.v1.setup_intents.retrieve_async, object_id=setup_intent_id)
        return setup_intent(convert.as_dict(obj))

    async def cancel_setup_intent(
        self, setup_intent_id: str, *, reason: str = "abandoned", idempotency_key: str
    ) -> SetupIntent:
        """Cancel a SetupIntent still waiting for the buyer (the approval link stops working)."""
        obj = await self._call(
            self.v1.setup_intents.cancel_async,
            {"cancellation_reason": reason},
            object_id=setup_intent_id,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        return setup_intent(convert.as_dict(obj))

    async def create_subscription(
        self,
        customer_id: str,
        items: Sequence[tuple[str, int]],
        *,
        default_payment_method: str,
        trial_period_days: int | None = None,
        idempotency_key: str,
    ) -> SubscriptionStart:
        """Start a subscription charged off-session to a saved wallet.

        ``off_session=true`` with the wallet's mandate lets Stripe charge the
        first invoice at once; when that needs the customer or is declined the
        subscription comes back ``incomplete`` and ``payment_intent`` says why.
        """
        if not items:
            raise ValueError("a subscription needs at least one price")
        params: dict[str, Any] = {
            "customer": customer_id,
            "items": [{"price": price, "quantity": int(qty)} for price, qty in items],
            "default_payment_method": default_payment_method,
            "off_session": True,
            "expand": list(_CREATE_EXPAND),
        }
        if trial_period_days:
            params["trial_period_days"] = int(trial_period_days)
        obj = await self._call(
            self.v1.subscriptions.create_async,
            params,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        sub = convert.subscription(convert.as_dict(obj))
        try:
            pi = await self._first_payment_intent(
                sub.latest_invoice.payment_intent_id if sub.latest_invoice else None
            )
        except GatewayError as err:
            # The subscription exists already: a failed follow-up read must not look like
            # a failed creation, or the user makes a second one with a new key. Retrying
            # with the same key replays the creation and reads again (found by
            # tests/stress/test_faults.py).
            err.maybe_committed = True
            raise
        return SubscriptionStart(subscription=sub, payment_intent=pi)

    async def first_payment_intent(self, subscription_id: str) -> SubscriptionStart:
        """The subscription with its first (latest) invoice's PaymentIntent, as Stripe has them now."""
        obj = await self._call(
            self.v1.subscriptions.retrieve_async,
            {"expand": list(_CREATE_EXPAND)},
            object_id=subscription_id,
        )
        sub = convert.subscription(convert.as_dict(obj))
        pi = await self._first_payment_intent(
            sub.latest_invoice.payment_intent_id if sub.latest_invoice else None
        )
        return SubscriptionStart(subscription=sub, payment_intent=pi)

    async def _first_payment_intent(self, payment_intent_id: str | None) -> PaymentIntent | None:
        if not payment_intent_id:
            return None
        try:
            return await self.retrieve_payment_intent(payment_intent_id)
        except GatewayError as err:
            if err.kind == "permission":
                return None
            raise

    async def confirm_kakao_payment(
        self,
        payment_intent_id: str,
        *,
        return_url: str,
        acceptance: MandateAcceptance,
        payment_method_id: str | None = None,
        idempotency_key: str,
    ) -> PaymentIntent:
        """Confirm a PaymentIntent with Kakao Pay so the buyer approves it on the redirect page.

        With ``payment_method_id`` the buyer approves with that saved wallet;
        without it Stripe makes a new Kakao Pay PaymentMethod
        (``payment_method_data[type]=kakao_pay``), as the guide does.
        """
        params: dict[str, Any] = {
            "return_url": return_url,
            "mandate_data": acceptance.as_params(),
        }
        if payment_method_id:
            params["payment_method"] = payment_method_id
        else:
            params["payment_method_data"] = {"type": kakao_pay.PAYMENT_METHOD_TYPE}
        obj = await self._call(
            self.v1.payment_intents.confirm_async,
            params,
            object_id=payment_intent_id,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        return payment_intent(convert.as_dict(obj))

    async def retrieve_payment_intent(self, payment_intent_id: str) -> PaymentIntent:
        obj = await self._call(self.v1.payment_intents.retrieve_async, object_id=payment_intent_id)
        return payment_intent(convert.as_dict(obj))


# -- conversion (kept here: only this flow reads intents) -----------------------------------


def _opt_str(d: dict[str, Any], key: str) -> str | None:
    value = d.get(key)
    return value if isinstance(value, str) and value else None


def _ref(d: dict[str, Any], key: str) -> str | None:
    value = d.get(key)
    if isinstance(value, dict):
        return _opt_str(value, "id")
    return value if isinstance(value, str) and value else None


def _redirect_url(d: dict[str, Any]) -> str | None:
    action = d.get("next_action")
    if not isinstance(action, dict) or action.get("type") != "redirect_to_url":
        return None
    redirect = action.get("redirect_to_url")
    return _opt_str(redirect, "url") if isinstance(redirect, dict) else None


def _error(value: Any) -> IntentError | None:
    if not isinstance(value, dict):
        return None
    return IntentError(
        code=_opt_str(value, "code"),
        decline_code=_opt_str(value, "decline_code"),
        message=_opt_str(value, "message") or "",
        type=_opt_str(value, "type"),
    )


def _int(d: dict[str, Any], key: str) -> int:
    value = d.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _id(d: dict[str, Any]) -> str:
    value = _opt_str(d, "id")
    if value is None:
        raise unexpected_response("missing id")
    return value


def setup_intent(d: dict[str, Any]) -> SetupIntent:
    return SetupIntent(
        id=_id(d),
        status=_opt_str(d, "status") or "",
        customer_id=_ref(d, "customer"),
        payment_method_id=_ref(d, "payment_method"),
        mandate_id=_ref(d, "mandate"),
        redirect_url=_redirect_url(d),
        last_error=_error(d.get("last_setup_error")),
        cancellation_reason=_opt_str(d, "cancellation_reason"),
        created=_int(d, "created"),
        livemode=d.get("livemode") is True,
    )


def payment_intent(d: dict[str, Any]) -> PaymentIntent:
    return PaymentIntent(
        id=_id(d),
        status=_opt_str(d, "status") or "",
        amount=_int(d, "amount"),
        currency=(_opt_str(d, "currency") or "").lower(),
        customer_id=_ref(d, "customer"),
        payment_method_id=_ref(d, "payment_method"),
        redirect_url=_redirect_url(d),
        last_error=_error(d.get("last_payment_error")),
        created=_int(d, "created"),
        livemode=d.get("livemode") is True,
    )
