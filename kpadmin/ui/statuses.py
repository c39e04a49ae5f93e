"""Subscription, invoice and payment statuses in words and in colour.

Not widgets: the table models colour and word their status column with these
too (``models/`` sits below ``widgets/``). The words are translated in the
``Status`` context; the colours are mid-tones that carry white text (the
chips of :mod:`kpadmin.ui.widgets.status_chip`) and stay visible on dark
backgrounds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

# Mid-tone colours that carry white text and stay visible on dark backgrounds.
_COLOURS = {
    "active": "#188038",
    "succeeded": "#188038",
    "paid": "#188038",
    "trialing": "#1a73e8",
    "incomplete": "#b06000",
    "requires_action": "#b06000",
    "open": "#b06000",
    "past_due": "#d93025",
    "unpaid": "#a50e0e",
    "requires_payment_method": "#d93025",
    "uncollectible": "#a50e0e",
    "paused": "#7e57c2",
    "canceled": "#70757a",
    "incomplete_expired": "#70757a",
    "void": "#70757a",
    "draft": "#70757a",
}


def status_colour(status: str | None) -> QColor:
    return QColor(_COLOURS.get(status or "", "#70757a"))


def status_text(status: str | None) -> str:
    """A subscription, invoice or payment status in words (translated)."""
    texts = {
        "active": QCoreApplication.translate("Status", "Active"),
        "trialing": QCoreApplication.translate("Status", "Trialing"),
        "incomplete": QCoreApplication.translate("Status", "Incomplete"),
        "incomplete_expired": QCoreApplication.translate("Status", "Incomplete, expired"),
        "past_due": QCoreApplication.translate("Status", "Past due"),
        "unpaid": QCoreApplication.translate("Status", "Unpaid"),
        "canceled": QCoreApplication.translate("Status", "Canceled"),
        "paused": QCoreApplication.translate("Status", "Paused"),
        "paid": QCoreApplication.translate("Status", "Paid"),
        "open": QCoreApplication.translate("Status", "Open"),
        "draft": QCoreApplication.translate("Status", "Draft"),
        "void": QCoreApplication.translate("Status", "Void"),
        "uncollectible": QCoreApplication.translate("Status", "Uncollectible"),
        "succeeded": QCoreApplication.translate("Status", "Succeeded"),
        "requires_action": QCoreApplication.translate(
            "Status", "Waiting for the customer's approval"
        ),
        "requires_payment_method": QCoreApplication.translate(
            "Status", "Payment failed; needs a payment method"
        ),
        "requires_confirmation": QCoreApplication.translate("Status", "Waiting for confirmation"),
        "processing": QCoreApplication.translate("Status", "Processing"),
        "requires_capture": QCoreApplication.translate("Status", "Authorized, not captured"),
    }
    return texts.get(status or "", status or "")
