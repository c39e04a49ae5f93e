"""Names for Stripe's support vocabulary, translated once for every dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def feedback_choices() -> list[tuple[str, str | None]]:
    """``cancellation_details.feedback`` values with their names (None: not given)."""
    return [
        (QCoreApplication.translate("support", "Not given"), None),
        (QCoreApplication.translate("support", "Too expensive"), "too_expensive"),
        (QCoreApplication.translate("support", "Not using it"), "unused"),
        (QCoreApplication.translate("support", "Missing features"), "missing_features"),
        (QCoreApplication.translate("support", "Switched to another service"), "switched_service"),
        (QCoreApplication.translate("support", "Quality was too low"), "low_quality"),
        (QCoreApplication.translate("support", "Too complex"), "too_complex"),
        (QCoreApplication.translate("support", "Customer service"), "customer_service"),
        (QCoreApplication.translate("support", "Other reason"), "other"),
    ]


def proration_choices() -> list[tuple[str, str]]:
    """``proration_behavior`` values, each said as what the customer will see."""
    return [
        (QCoreApplication.translate("support", "Prorate on the next invoice"), "create_prorations"),
        (QCoreApplication.translate("support", "Prorate and invoice now"), "always_invoice"),
        (
            QCoreApplication.translate("support", "No proration (new price from the next period)"),
            "none",
        ),
    ]


def proration_sentence(behavior: str) -> str:
    return {
        "create_prorations": QCoreApplication.translate(
            "support", "The difference for the rest of this period is added to the next invoice."
        ),
        "always_invoice": QCoreApplication.translate(
            "support", "The difference for the rest of this period is invoiced and charged now."
        ),
        "none": QCoreApplication.translate(
            "support",
            "Nothing is charged or credited for this period; the new price "
            "applies from the next renewal.",
        ),
    }.get(behavior, behavior)


def pause_choices() -> list[tuple[str, str]]:
    """``pause_collection.behavior`` values with what happens to invoices meanwhile."""
    return [
        (
            QCoreApplication.translate(
                "support", "Void the invoices (the customer owes nothing for the pause)"
            ),
            "void",
        ),
        (
            QCoreApplication.translate("support", "Keep the invoices as drafts (collect later)"),
            "keep_as_draft",
        ),
        (
            QCoreApplication.translate(
                "support", "Mark the invoices uncollectible (owed, not charged)"
            ),
            "mark_uncollectible",
        ),
    ]


def refund_reasons() -> list[tuple[str, str | None]]:
    """Stripe's refund ``reason`` values."""
    return [
        (
            QCoreApplication.translate("support", "Requested by the customer"),
            "requested_by_customer",
        ),
        (QCoreApplication.translate("support", "Duplicate payment"), "duplicate"),
        (QCoreApplication.translate("support", "Fraudulent"), "fraudulent"),
        (QCoreApplication.translate("support", "No reason given"), None),
    ]
