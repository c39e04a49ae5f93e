"""Which support actions a subscription's state allows, and in plain words why not.

Pure logic over a :class:`~kpadmin.stripe_api.records.Subscription`: no
widgets, no I/O, so every rule has a unit test. The panel disables the button
of an action that is not allowed and shows :func:`reason_text` as its tooltip.
Stripe has the last word: these rules only spare the agent a request that
would certainly be refused (or make no sense, such as ending a trial that is
not running).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kpadmin.stripe_api.records import Subscription

# Every action, in the order the panel shows them.
CANCEL = "cancel"
PAUSE = "pause"
CHANGE_PLAN = "change_plan"
TRIAL = "trial"
PAYMENT_METHOD = "payment_method"
INVOICE = "invoice"
REFUND = "refund"
INVOICES = "invoices"
ALL = (CANCEL, PAUSE, CHANGE_PLAN, TRIAL, PAYMENT_METHOD, INVOICE, REFUND, INVOICES)

# The PaymentIntent status of an invoice whose payment attempt failed (declined): it can be
# retried with a wallet, or written off, also when it is a subscription's first payment.
PAYMENT_FAILED = "requires_payment_method"

# Statuses after which a subscription can no longer change.
ENDED = frozenset({"canceled", "incomplete_expired"})


@dataclass(frozen=True, slots=True)
class Availability:
    """Whether one action applies; ``reason`` (a code for :func:`reason_text`) when not."""

    allowed: bool
    reason: str = ""


_OK = Availability(True)


def _no(reason: str) -> Availability:
    return Availability(False, reason)


def availability(sub: Subscription | None, action: str) -> Availability:
    """Whether ``action`` applies to ``sub`` as it stands (None: nothing selected)."""
    if sub is None:
        return _no("none_selected")
    status = sub.status
    if action == INVOICES:
        return _OK
    if action == REFUND:
        if status == "incomplete_expired" or (status == "incomplete" and not _paid(sub)):
            return _no("never_paid")
        return _OK
    if status in ENDED:
        return _no("ended")
    if action == CANCEL:
        return _OK
    if action == PAUSE:
        if status == "incomplete":
            return _no("incomplete")
        return _OK
    if action == CHANGE_PLAN:
        if status == "incomplete":
            return _no("incomplete")
        if status == "paused":
            return _no("paused")
        if len(sub.items) != 1:
            return _no("several_items")
        return _OK
    if action == TRIAL:
        return _OK if status == "trialing" else _no("no_trial")
    if action == PAYMENT_METHOD:
        return _OK
    if action == INVOICE:
        inv = sub.latest_invoice
        if inv is None or inv.status != "open":
            return _no("no_open_invoice")
        if status == "incomplete" and inv.payment_intent_status != PAYMENT_FAILED:
            return _no("first_payment")  # waiting for the customer: "Resume payment" asks them
        return _OK
    raise ValueError(f"unknown action {action!r}")


def _paid(sub: Subscription) -> bool:
    inv = sub.latest_invoice
    return inv is not None and inv.amount_paid > 0


def reason_text(reason: str) -> str:
    """The tooltip of a disabled action button, for a reason code of :func:`availability`."""
    texts = {
        "none_selected": QCoreApplication.translate("support", "Select a subscription first."),
        "ended": QCoreApplication.translate(
            "support", "This subscription has ended; it can no longer be changed."
        ),
        "never_paid": QCoreApplication.translate(
            "support", "Nothing was ever paid on this subscription, so there is nothing to refund."
        ),
        "incomplete": QCoreApplication.translate(
            "support",
            "The first payment has not been made yet: use \u201cResume payment\u201d or cancel it.",
        ),
        "paused": QCoreApplication.translate(
            "support", "The subscription is paused: resume it before changing its plan."
        ),
        "several_items": QCoreApplication.translate(
            "support", "This subscription has several items; change them in the Stripe Dashboard."
        ),
        "no_trial": QCoreApplication.translate("support", "This subscription is not in a trial."),
        "no_open_invoice": QCoreApplication.translate(
            "support",
            "The latest invoice is not open: there is no failed payment to retry or write off.",
        ),
        "first_payment": QCoreApplication.translate(
            "support",
            "This is the first payment: use \u201cResume "
            "payment\u201d so the customer approves it.",
        ),
    }
    return texts.get(reason, reason)
