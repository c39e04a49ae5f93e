"""Keeping an open window current: what changed, from Events, and how often to ask.

Qt-free and I/O-free. The window asks Stripe for the Events newer than the
last one it saw (``gateway.events.newer_than``) once per interval;
:func:`changes_from` turns them into the ids whose rows need reading again,
and :func:`poll_interval_ms` says when to ask next: often while the person is
looking at the window, rarely while it is hidden or in the background, never
while Stripe cannot be reached (the offline banner's probe finds the way back).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

# Seconds between two asks while the window is the active one.
ACTIVE_INTERVAL_MS = 10_000
# ... while it is visible behind another program, minimised or hidden.
BACKGROUND_INTERVAL_MS = 60_000

# Event types whose object is gone (its row leaves the list). A subscription is
# never deleted: ``customer.subscription.deleted`` means cancelled, and it stays.
_DELETED = frozenset({"customer.deleted", "product.deleted", "price.deleted"})


class EventFacts(Protocol):
    """What :func:`changes_from` reads of an Event (the gateway's ``Event`` record)."""

    @property
    def type(self) -> str: ...
    @property
    def object_id(self) -> str | None: ...
    @property
    def object_type(self) -> str | None: ...
    @property
    def customer_id(self) -> str | None: ...
    @property
    def subscription_id(self) -> str | None: ...
    @property
    def billing_reason(self) -> str | None: ...


@dataclass(frozen=True)
class Changes:
    """The objects that changed since the last ask.

    Attributes:
        customers: customers that changed (or were deleted).
        subscriptions: subscriptions that changed, themselves or through one of
            their invoices (status, latest invoice, failed attempts).
        invoiced: those of ``subscriptions`` one of whose invoices changed.
        products: products that changed (or were deleted).
        prices: prices that changed (or were deleted).
        deleted: the ids among those that no longer exist.
        touched_customers: every customer something changed about (their own
            record, a subscription, an invoice, a payment method): detail panes.
        renewals_failed: ``invoice.payment_failed`` Events of renewals
            (``billing_reason`` ``subscription_cycle``), oldest first.
        complete: False when not every Event could be read (too many, or the
            last one seen expired): everything shown may be stale.
        objects: the changed objects as the newest Event about each left them
            (the gateway's records, unexpanded), by id; a row may be made from one
            without reading it again.
    """

    customers: frozenset[str] = frozenset()
    subscriptions: frozenset[str] = frozenset()
    invoiced: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()
    prices: frozenset[str] = frozenset()
    deleted: frozenset[str] = frozenset()
    touched_customers: frozenset[str] = frozenset()
    renewals_failed: tuple[EventFacts, ...] = field(default=())
    complete: bool = True
    objects: Mapping[str, object] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return not self.complete or bool(
            self.customers
            or self.subscriptions
            or self.products
            or self.prices
            or self.touched_customers
            or self.renewals_failed
        )


def changes_from(
    events: Iterable[EventFacts],
    *,
    complete: bool = True,
    objects: Mapping[str, object] | None = None,
) -> Changes:
    """The ids ``events`` (oldest first) changed, by the list that shows them."""
    found: dict[str, set[str]] = {
        k: set()
        for k in ("customer", "subscription", "product", "price", "touched", "deleted", "invoiced")
    }
    failed: list[EventFacts] = []
    for event in events:
        kind, oid = event.object_type, event.object_id
        if oid and kind in ("customer", "subscription", "product", "price"):
            found[kind].add(oid)
        if event.subscription_id:
            found["subscription"].add(event.subscription_id)
            if kind == "invoice":
                found["invoiced"].add(event.subscription_id)
        if kind == "customer" and oid:
            found["touched"].add(oid)
        elif event.customer_id:
            found["touched"].add(event.customer_id)
        if oid and event.type in _DELETED:
            found["deleted"].add(oid)
        if event.type == "invoice.payment_failed" and event.billing_reason == "subscription_cycle":
            failed.append(event)
    return Changes(
        customers=frozenset(found["customer"]),
        subscriptions=frozenset(found["subscription"]),
        invoiced=frozenset(found["invoiced"]),
        products=frozenset(found["product"]),
        prices=frozenset(found["price"]),
        deleted=frozenset(found["deleted"]),
        touched_customers=frozenset(found["touched"]),
        renewals_failed=tuple(failed),
        complete=complete,
        objects=dict(objects or {}),
    )


def poll_interval_ms(
    *,
    online: bool,
    visible: bool,
    active: bool,
    active_ms: int = ACTIVE_INTERVAL_MS,
    background_ms: int = BACKGROUND_INTERVAL_MS,
) -> int | None:
    """How long to wait before asking again; None: do not ask (offline).

    Args:
        online: the last call reached Stripe.
        visible: the window is shown and not minimised.
        active: it is the window the person is using (has the focus).
        active_ms: the interval while visible and active.
        background_ms: the interval otherwise (never shorter than ``active_ms``).
    """
    if not online:
        return None
    if visible and active:
        return active_ms
    return max(active_ms, background_ms)
