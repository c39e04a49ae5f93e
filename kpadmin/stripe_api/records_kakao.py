"""Records of the Kakao Pay flows: intents, what the customer accepted, a new subscription.

Kept apart from ``records.py`` because they belong to one flow (save a
wallet, start a subscription, confirm its first payment) and change with it.
Like every record they are frozen dataclasses built by the gateway from what
Stripe answered; the UI never sees SDK objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpadmin.stripe_api.records import Subscription


@dataclass(frozen=True, slots=True)
class IntentError:
    """Stripe's ``last_setup_error`` / ``last_payment_error`` of an intent.

    Attributes:
        code: e.g. ``setup_intent_authentication_failure``,
            ``payment_method_provider_decline``, ``authentication_required``.
        decline_code: e.g. ``insufficient_funds`` (payment declines only).
        message: Stripe's own sentence (English), shown to the merchant as is.
        type: ``card_error``, ``invalid_request_error``...
    """

    code: str | None
    decline_code: str | None
    message: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class SetupIntent:
    """A SetupIntent saving a wallet; ``redirect_url`` is set while it ``requires_action``."""

    id: str
    status: str
    customer_id: str | None
    payment_method_id: str | None
    mandate_id: str | None
    redirect_url: str | None
    last_error: IntentError | None
    cancellation_reason: str | None
    created: int
    livemode: bool = False


@dataclass(frozen=True, slots=True)
class PaymentIntent:
    """A PaymentIntent (here: the first invoice's); amounts in minor units."""

    id: str
    status: str
    amount: int
    currency: str
    customer_id: str | None
    payment_method_id: str | None
    redirect_url: str | None
    last_error: IntentError | None
    created: int
    livemode: bool = False


@dataclass(frozen=True, slots=True)
class MandateAcceptance:
    """What kpadmin sends as ``mandate_data[customer_acceptance][online]``.

    See docs/KAKAO_PAY.md: the values describe where the merchant recorded
    the customer's consent (this computer and kpadmin), not the buyer's
    phone, which kpadmin never sees.
    """

    ip_address: str
    user_agent: str


@dataclass(frozen=True, slots=True)
class SubscriptionStart:
    """The answer to "create a subscription": the subscription and its first PaymentIntent.

    ``payment_intent`` is None when the first invoice needed no payment (a
    trial, a zero total) or this key cannot read PaymentIntents.
    """

    subscription: Subscription
    payment_intent: PaymentIntent | None

    @property
    def needs_customer(self) -> bool:
        """The first payment waits for the customer (approve, or another wallet)."""
        pi = self.payment_intent
        return (
            self.subscription.status == "incomplete"
            and pi is not None
            and pi.status in ("requires_action", "requires_payment_method", "requires_confirmation")
        )
