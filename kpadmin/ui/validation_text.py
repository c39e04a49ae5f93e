"""Translated sentences for :mod:`kpadmin.domain.validation`'s problem codes.

The rules are Qt-free (domain); the words are the UI's. A dialog shows
``problem_text(code, field)`` next to the field whose value was refused, before
any request is made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpadmin.domain import validation as v

# Field -> the most characters Stripe keeps (for "at most %1 characters").
_LIMITS = {
    "customer.name": v.CUSTOMER_NAME_MAX,
    "customer.description": v.CUSTOMER_DESCRIPTION_MAX,
    "customer.phone": v.CUSTOMER_PHONE_MAX,
    "customer.email": v.EMAIL_MAX,
    "product.name": v.PRODUCT_NAME_MAX,
    "product.description": v.PRODUCT_DESCRIPTION_MAX,
    "price.lookup_key": v.LOOKUP_KEY_MAX,
    "price.nickname": v.PRICE_NICKNAME_MAX,
}


def problem_text(code: str, field: str = "") -> str:
    """The sentence for ``code``; ``field`` (``customer.name``...) gives the length limit."""
    if code == "too_long":
        text = QCoreApplication.translate("Validation", "This is too long: at most %1 characters.")
        return text.replace("%1", f"{_LIMITS.get(field, 0):,}")
    texts = {
        "empty": QCoreApplication.translate("Validation", "This cannot be empty."),
        "control_character": QCoreApplication.translate(
            "Validation", "This contains an invisible control character (pasted text?); remove it."
        ),
        "bad_email": QCoreApplication.translate(
            "Validation", "This does not look like an email address."
        ),
        "bad_tax_code": QCoreApplication.translate(
            "Validation",
            "A tax code looks like txcd_10000000 (leave empty for the account default).",
        ),
        "trial_out_of_range": QCoreApplication.translate(
            "Validation", "A free trial lasts 1 to 730 days."
        ),
    }
    return texts.get(code, code)
