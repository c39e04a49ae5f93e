"""Readers for the fields SetupIntents and PaymentIntents share (redirect, last error).

Also the audit note both Kakao Pay requests carry (:func:`terms_detail`).

Both intents come back from the same Kakao Pay approval flow, which trusts
only these answers: a missing ``id`` is an unexpected response, anything
else missing or of the wrong type just reads as absent.
"""

from __future__ import annotations

from typing import Any

from kpadmin.stripe_api.errors import unexpected_response
from kpadmin.stripe_api.records_kakao import IntentError


def terms_detail(terms_language: str) -> str:
    """The audit note of a Kakao Pay request: the language the consent terms were shown in."""
    return f"terms_language={terms_language}" if terms_language else ""


def opt_str(d: dict[str, Any], key: str) -> str | None:
    """A non-empty string field, or None."""
    value = d.get(key)
    return value if isinstance(value, str) and value else None


def ref(d: dict[str, Any], key: str) -> str | None:
    """An id field that may be a bare id or an expanded object."""
    value = d.get(key)
    if isinstance(value, dict):
        return opt_str(value, "id")
    return value if isinstance(value, str) and value else None


def redirect_url(d: dict[str, Any]) -> str | None:
    """The approval page of ``next_action.redirect_to_url``, if that is the next action."""
    action = d.get("next_action")
    if not isinstance(action, dict) or action.get("type") != "redirect_to_url":
        return None
    redirect = action.get("redirect_to_url")
    return opt_str(redirect, "url") if isinstance(redirect, dict) else None


def error(value: Any) -> IntentError | None:
    """``last_setup_error`` / ``last_payment_error`` as an :class:`IntentError`."""
    if not isinstance(value, dict):
        return None
    return IntentError(
        code=opt_str(value, "code"),
        decline_code=opt_str(value, "decline_code"),
        message=opt_str(value, "message") or "",
        type=opt_str(value, "type"),
    )


def integer(d: dict[str, Any], key: str) -> int:
    """An integer field (never a bool), or 0."""
    value = d.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def object_id(d: dict[str, Any]) -> str:
    """The object's ``id``; without one the answer cannot be trusted at all."""
    value = opt_str(d, "id")
    if value is None:
        raise unexpected_response("missing id")
    return value
