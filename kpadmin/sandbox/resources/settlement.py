"""How news of a settled payment travels up: PaymentIntent → invoice → subscription.

A PaymentIntent knows nothing of the invoice it may pay, and an invoice
nothing of the subscription it may bill: each announces what happened here,
and the module above it listens. So the modules import one another in one
direction only (subscriptions → invoices → payment intents), and a payment
settled by any path (an off-session renewal, the buyer on the approval page,
``POST /v1/payment_intents/{id}/confirm``) reaches its invoice and subscription
the same way.

Listeners are plain functions registered once when their module is imported;
the server imports every resource module (``resources.all_routes``), so all
of them are in place before the first request.
"""

from __future__ import annotations

from collections.abc import Callable

from kpadmin.sandbox.core import Ctx, Obj

#: ``(ctx, payment_intent)``: the intent succeeded, failed or now needs the buyer.
PaymentListener = Callable[[Ctx, Obj], None]
#: ``(ctx, invoice, payment_intent or None)``: the invoice was paid or its payment failed.
InvoiceListener = Callable[[Ctx, Obj, Obj | None], None]

_payment_listeners: list[PaymentListener] = []
_invoice_listeners: list[InvoiceListener] = []


def on_payment(listener: PaymentListener) -> PaymentListener:
    """Call ``listener`` whenever a PaymentIntent settles or needs action (a decorator)."""
    if listener not in _payment_listeners:
        _payment_listeners.append(listener)
    return listener


def on_invoice(listener: InvoiceListener) -> InvoiceListener:
    """Call ``listener`` whenever an invoice is paid or its payment fails (a decorator)."""
    if listener not in _invoice_listeners:
        _invoice_listeners.append(listener)
    return listener


def payment_changed(ctx: Ctx, pi: Obj) -> None:
    """Announce a PaymentIntent's new state to whoever listens (its invoice, if any)."""
    for listener in _payment_listeners:
        listener(ctx, pi)


def invoice_settled(ctx: Ctx, inv: Obj, pi: Obj | None) -> None:
    """Announce that ``inv`` was paid (``pi`` None when nothing was charged) or failed."""
    for listener in _invoice_listeners:
        listener(ctx, inv, pi)
