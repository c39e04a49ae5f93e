"""Records for a customer's or subscription's story: payment attempts and Events.

Stripe keeps no history per customer; the timeline is read from objects'
own timestamps and, for what objects do not keep (a plan before it changed,
a wallet removed), from Events. See :mod:`kpadmin.domain.story`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpadmin.stripe_api.records_support import Refund


@dataclass(frozen=True, slots=True)
class Charge:
    """One attempt to take a payment (``/v1/charges``), failed or not, with its refunds.

    Attributes:
        status: ``succeeded``, ``pending`` or ``failed``.
        failure_code: Stripe's ``failure_code`` of a failed attempt
            (``payment_method_provider_decline``...).
        decline_code: ``outcome.reason`` (``insufficient_funds``...), more specific.
        failure_message: Stripe's own sentence (English).
        refunds: the charge's refunds, newest first.
    """

    id: str
    created: int
    amount: int
    currency: str
    status: str
    payment_intent_id: str | None
    customer_id: str | None
    failure_code: str | None = None
    decline_code: str | None = None
    failure_message: str | None = None
    amount_refunded: int = 0
    refunds: tuple[Refund, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One Event (``/v1/events``), reduced to what a timeline uses.

    Attributes:
        type: e.g. ``customer.subscription.updated``, ``payment_method.detached``.
        created: when it happened (a test clock's time for what an advance did).
        request_id: the API request that caused it (None: Stripe did it by itself,
            a renewal for example); matches the audit log's ``request_id``.
        object_id: ``data.object.id``.
        customer_id: ``data.object.customer``, else the customer it had before
            (a detached payment method's ``previous_attributes.customer``).
        price_ids: the prices of a subscription's items after the change.
        previous_price_ids: their prices before it, when the items changed (else None).
        pause_changed: ``pause_collection`` is among the changed attributes.
        paused: the subscription's ``pause_collection`` is set after the change.
        object_type: ``data.object.object`` (``subscription``, ``payment_method``...).
        payment_method_type: a payment method's ``type`` (``kakao_pay``).
        object_created: ``data.object.created`` (a removed wallet's save date).
        subscription_id: the subscription an invoice belongs to
            (``parent.subscription_details.subscription``), else None.
        billing_reason: an invoice's ``billing_reason`` (``subscription_cycle``: a renewal).
        label: the customer's name or e-mail as the object carries it, else None.
    """

    id: str
    type: str
    created: int
    request_id: str | None
    object_id: str | None
    customer_id: str | None
    object_type: str | None = None
    price_ids: tuple[str, ...] = ()
    previous_price_ids: tuple[str, ...] | None = None
    pause_changed: bool = False
    paused: bool = False
    payment_method_type: str | None = None
    object_created: int | None = None
    subscription_id: str | None = None
    billing_reason: str | None = None
    label: str | None = None
