"""Where a story's happenings come from: Stripe's objects and Events, read as Happenings.

Qt-free and I/O-free; :mod:`kpadmin.domain.story` says which source tells
what. The inputs are what Stripe returned (the gateway's records fit the
protocols below).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from kpadmin.domain.story import (
    CANCEL_SCHEDULED,
    CANCELED,
    CANCELS,
    INVOICE_FINALIZED,
    INVOICE_PAID,
    INVOICE_UNCOLLECTIBLE,
    INVOICE_VOIDED,
    PAUSED,
    PAYMENT_FAILED,
    PLAN_CHANGED,
    REFUNDED,
    RESUMED,
    SAME_MOMENT,
    SUBSCRIPTION_CREATED,
    TRIAL_ENDS,
    TRIAL_STARTED,
    WALLET_REMOVED,
    WALLET_SAVED,
    Happening,
)

# The Event types the story reads (Stripe lists at most 20 per request).
EVENT_TYPES = (
    "customer.subscription.updated",
    "customer.subscription.paused",
    "customer.subscription.resumed",
    "payment_method.detached",
)


class SubscriptionLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def created(self) -> int: ...
    @property
    def trial_start(self) -> int | None: ...
    @property
    def trial_end(self) -> int | None: ...
    @property
    def canceled_at(self) -> int | None: ...
    @property
    def cancel_at(self) -> int | None: ...
    @property
    def ended_at(self) -> int | None: ...


class InvoiceLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def number(self) -> str | None: ...
    @property
    def subscription_id(self) -> str | None: ...
    @property
    def currency(self) -> str: ...
    @property
    def total(self) -> int: ...
    @property
    def amount_paid(self) -> int: ...
    @property
    def amount_remaining(self) -> int: ...
    @property
    def payment_intent_id(self) -> str | None: ...
    @property
    def attempt_count(self) -> int: ...
    @property
    def finalized_at(self) -> int | None: ...
    @property
    def paid_at(self) -> int | None: ...
    @property
    def voided_at(self) -> int | None: ...
    @property
    def marked_uncollectible_at(self) -> int | None: ...


class RefundLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def amount(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def created(self) -> int: ...


class ChargeLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def created(self) -> int: ...
    @property
    def amount(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def payment_intent_id(self) -> str | None: ...
    @property
    def failure_code(self) -> str | None: ...
    @property
    def decline_code(self) -> str | None: ...
    @property
    def refunds(self) -> Sequence[RefundLike]: ...


class EventLike(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def created(self) -> int: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def object_id(self) -> str | None: ...
    @property
    def customer_id(self) -> str | None: ...
    @property
    def price_ids(self) -> tuple[str, ...]: ...
    @property
    def previous_price_ids(self) -> tuple[str, ...] | None: ...
    @property
    def pause_changed(self) -> bool: ...
    @property
    def paused(self) -> bool: ...
    @property
    def payment_method_type(self) -> str | None: ...
    @property
    def object_created(self) -> int | None: ...


class PaymentMethodLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def created(self) -> int: ...


def subscription_happenings(sub: SubscriptionLike) -> list[Happening]:
    """What a subscription's own timestamps say (created, trial, cancellation)."""
    out = [Happening(sub.created, SUBSCRIPTION_CREATED, sub.id, sub.id)]
    if sub.trial_start:
        out.append(Happening(sub.trial_start, TRIAL_STARTED, sub.id, sub.id))
    if sub.trial_end:
        out.append(Happening(sub.trial_end, TRIAL_ENDS, sub.id, sub.id))
    if sub.ended_at:
        out.append(Happening(sub.ended_at, CANCELED, sub.id, sub.id))
        if sub.canceled_at and sub.canceled_at < sub.ended_at - SAME_MOMENT:
            out.append(Happening(sub.canceled_at, CANCEL_SCHEDULED, sub.id, sub.id))
    elif sub.canceled_at:
        out.append(Happening(sub.canceled_at, CANCEL_SCHEDULED, sub.id, sub.id))
        if sub.cancel_at:
            out.append(Happening(sub.cancel_at, CANCELS, sub.id, sub.id))
    return out


def invoice_happenings(inv: InvoiceLike) -> list[Happening]:
    """An invoice's ``status_transitions``: finalized, paid, voided, written off."""
    moments = (
        (inv.finalized_at, INVOICE_FINALIZED, inv.total),
        (inv.paid_at, INVOICE_PAID, inv.amount_paid),
        (inv.voided_at, INVOICE_VOIDED, inv.total),
        (inv.marked_uncollectible_at, INVOICE_UNCOLLECTIBLE, inv.amount_remaining),
    )
    return [
        Happening(at, kind, inv.id, inv.subscription_id, amount, inv.currency, label=inv.number)
        for at, kind, amount in moments
        if at
    ]


def charge_happenings(
    charges: Iterable[ChargeLike], invoices: Iterable[InvoiceLike]
) -> list[Happening]:
    """Failed attempts (numbered per invoice, with the reason) and refunds.

    A charge is tied to its invoice by the PaymentIntent the invoice's payment
    names; a charge of no listed invoice keeps ``subscription_id`` None.
    """
    by_intent = {inv.payment_intent_id: inv for inv in invoices if inv.payment_intent_id}
    attempts: dict[str, int] = {}
    out: list[Happening] = []
    for charge in sorted(charges, key=lambda c: (c.created, c.id)):
        inv = by_intent.get(charge.payment_intent_id) if charge.payment_intent_id else None
        sub_id = inv.subscription_id if inv is not None else None
        key = charge.payment_intent_id or charge.id
        attempts[key] = attempts.get(key, 0) + 1
        if charge.status == "failed":
            out.append(
                Happening(
                    charge.created,
                    PAYMENT_FAILED,
                    inv.id if inv is not None else charge.id,
                    sub_id,
                    charge.amount,
                    charge.currency,
                    attempt=attempts[key],
                    reason=charge.decline_code or charge.failure_code,
                    label=inv.number if inv is not None else None,
                )
            )
        for refund in charge.refunds:
            if refund.status in ("succeeded", "pending"):
                out.append(
                    Happening(
                        refund.created,
                        REFUNDED,
                        refund.id,
                        sub_id,
                        refund.amount,
                        refund.currency,
                    )
                )
    return out


def wallet_happenings(payment_methods: Iterable[PaymentMethodLike]) -> list[Happening]:
    """Each saved payment method's save."""
    return [
        Happening(pm.created, WALLET_SAVED, pm.id, payment_method_type=pm.type)
        for pm in payment_methods
    ]


def event_happenings(
    events: Iterable[EventLike],
    *,
    customer_id: str | None = None,
    subscription_ids: Iterable[str] = (),
) -> list[Happening]:
    """Plan changes, pauses and resumptions of the subscriptions, wallets removed.

    Only Events about ``subscription_ids`` (their subscription events) or
    ``customer_id`` (payment methods detached from them) are kept: Stripe
    cannot list Events by object, so the caller's list holds everyone's.
    """
    subs = set(subscription_ids)
    out: list[Happening] = []
    for e in events:
        oid = e.object_id
        if oid is None:
            continue
        if e.type.startswith("customer.subscription.") and oid in subs:
            before, after = e.previous_price_ids, e.price_ids
            if before is not None and tuple(sorted(before)) != tuple(sorted(after)):
                out.append(
                    Happening(
                        e.created,
                        PLAN_CHANGED,
                        oid,
                        oid,
                        prices_before=before,
                        prices_after=after,
                        request_id=e.request_id,
                    )
                )
            if e.type == "customer.subscription.paused" or (e.pause_changed and e.paused):
                out.append(Happening(e.created, PAUSED, oid, oid, request_id=e.request_id))
            elif e.type == "customer.subscription.resumed" or (e.pause_changed and not e.paused):
                out.append(Happening(e.created, RESUMED, oid, oid, request_id=e.request_id))
        elif e.type == "payment_method.detached" and customer_id and e.customer_id == customer_id:
            kind = e.payment_method_type
            out.append(
                Happening(
                    e.created,
                    WALLET_REMOVED,
                    oid,
                    request_id=e.request_id,
                    payment_method_type=kind,
                )
            )
            if e.object_created:
                out.append(Happening(e.object_created, WALLET_SAVED, oid, payment_method_type=kind))
    return out
