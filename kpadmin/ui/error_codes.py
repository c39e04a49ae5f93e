"""Translated sentences for the error and decline codes Stripe sends kpadmin.

Stripe's ``message`` is English and its ``code``/``decline_code`` are
identifiers; an owner using kpadmin in Korean or Japanese should read what
happened in their language first. This module maps every code kpadmin is
known to meet (Kakao Pay declines and authentication failures, the
invalid-request codes its calls can trigger) to one sentence. The callers
keep Stripe's own text and code as details beneath it, for support.

A ``decline_code`` is more specific than a ``code`` (``card_declined`` with
``insufficient_funds``), so :func:`code_sentence` tries it first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _sentences() -> dict[str, str]:
    """Built per call: the sentences follow the translators installed at the time."""

    return {
        # Declines (``decline_code``; Kakao Pay reports them under payment_method_provider_decline)
        "insufficient_funds": QCoreApplication.translate(
            "ErrorCodes", "The Kakao Pay wallet does not have enough funds."
        ),
        "generic_decline": QCoreApplication.translate(
            "ErrorCodes", "The payment was declined without a reason given."
        ),
        "do_not_honor": QCoreApplication.translate(
            "ErrorCodes", "The payment was declined without a reason given."
        ),
        "transaction_not_allowed": QCoreApplication.translate(
            "ErrorCodes", "This wallet cannot be used for this kind of payment."
        ),
        "card_declined": QCoreApplication.translate("ErrorCodes", "The payment was declined."),
        "payment_method_provider_decline": QCoreApplication.translate(
            "ErrorCodes", "Kakao Pay declined the payment."
        ),
        "payment_method_provider_timeout": QCoreApplication.translate(
            "ErrorCodes", "Kakao Pay did not answer in time. Try again in a moment."
        ),
        "authentication_required": QCoreApplication.translate(
            "ErrorCodes",
            "This wallet cannot be charged without the customer: it has no active "
            "permission for automatic charges.",
        ),
        # Authentication on the Kakao Pay approval page
        "payment_intent_authentication_failure": QCoreApplication.translate(
            "ErrorCodes", "The customer did not approve the payment in Kakao Pay."
        ),
        "setup_intent_authentication_failure": QCoreApplication.translate(
            "ErrorCodes", "The customer did not approve saving the wallet in Kakao Pay."
        ),
        "payment_intent_payment_attempt_expired": QCoreApplication.translate(
            "ErrorCodes", "The customer did not approve the payment in time."
        ),
        "payment_intent_payment_attempt_failed": QCoreApplication.translate(
            "ErrorCodes", "The payment attempt failed."
        ),
        "payment_intent_unexpected_state": QCoreApplication.translate(
            "ErrorCodes", "The payment has changed in the meantime. Refresh and try again."
        ),
        "setup_intent_unexpected_state": QCoreApplication.translate(
            "ErrorCodes", "The wallet request has changed in the meantime. Refresh and try again."
        ),
        "payment_method_unactivated": QCoreApplication.translate(
            "ErrorCodes", "Kakao Pay is not activated on this Stripe account."
        ),
        # Invalid requests
        "resource_missing": QCoreApplication.translate(
            "ErrorCodes", "Stripe could not find this object. It may have been deleted."
        ),
        "invoice_not_editable": QCoreApplication.translate(
            "ErrorCodes", "This invoice is finalized and can no longer be changed."
        ),
        "invoice_upcoming_none": QCoreApplication.translate(
            "ErrorCodes", "There is no upcoming invoice to preview."
        ),
        "amount_too_small": QCoreApplication.translate(
            "ErrorCodes", "The amount is below Stripe's minimum."
        ),
        "amount_too_large": QCoreApplication.translate(
            "ErrorCodes", "The amount is above Stripe's maximum."
        ),
        "charge_already_refunded": QCoreApplication.translate(
            "ErrorCodes", "This payment has already been refunded."
        ),
        "email_invalid": QCoreApplication.translate(
            "ErrorCodes", "The email address is not valid."
        ),
        "parameter_missing": QCoreApplication.translate("ErrorCodes", "A required field is empty."),
        "parameter_invalid_empty": QCoreApplication.translate(
            "ErrorCodes", "A required field is empty."
        ),
        "parameter_invalid_integer": QCoreApplication.translate(
            "ErrorCodes", "A number was expected."
        ),
        "idempotency_key_in_use": QCoreApplication.translate(
            "ErrorCodes", "The same action is still being processed. Wait a moment."
        ),
        "lock_timeout": QCoreApplication.translate(
            "ErrorCodes", "Stripe was busy with this object. Try again in a moment."
        ),
        "rate_limit": QCoreApplication.translate(
            "ErrorCodes", "Too many requests to Stripe right now. Wait a moment and try again."
        ),
        "api_key_expired": QCoreApplication.translate(
            "ErrorCodes", "This API key has expired. Connect the account again."
        ),
    }


def code_sentence(code: str | None, decline_code: str | None = None) -> str | None:
    """The translated sentence for a decline or error code, or None when kpadmin does not know it."""
    sentences = _sentences()
    for candidate in (decline_code, code):
        if candidate and candidate in sentences:
            return sentences[candidate]
    return None


def code_label(code: str | None, decline_code: str | None = None) -> str:
    """Stripe's codes as a detail line (``card_declined / insufficient_funds``), or ''."""
    return " / ".join(c for c in (code, decline_code) if c)
