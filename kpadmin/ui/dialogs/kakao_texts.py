"""The words of the Kakao Pay dialogs: decline advice, refused links, who pays for what.

The consent terms are not here: they are content in the customer's language,
kept in three languages in :mod:`kpadmin.domain.consent_terms` and shown by
:class:`kpadmin.ui.widgets.terms_view.TermsView`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from kpadmin.redirect import links
from kpadmin.stripe_api.records_kakao import IntentError
from kpadmin.ui.error_codes import code_sentence


def decline_advice(error: IntentError | None, setup: bool) -> tuple[str, str]:
    """(what happened, what the merchant can do next) for Stripe's error of a failed attempt."""
    code = (error.decline_code or error.code or "") if error is not None else ""
    reasons = {
        "insufficient_funds": QCoreApplication.translate(
            "KakaoTexts", "The Kakao Pay wallet does not have enough funds."
        ),
        "payment_intent_authentication_failure": QCoreApplication.translate(
            "KakaoTexts", "The customer did not approve the payment in Kakao Pay."
        ),
        "setup_intent_authentication_failure": QCoreApplication.translate(
            "KakaoTexts", "The customer did not approve saving the wallet in Kakao Pay."
        ),
        "authentication_required": QCoreApplication.translate(
            "KakaoTexts",
            "This wallet cannot be charged without the customer: "
            "it has no active permission for automatic charges.",
        ),
        "payment_method_provider_decline": QCoreApplication.translate(
            "KakaoTexts", "Kakao Pay declined the payment."
        ),
    }
    known = code_sentence(error.code, error.decline_code) if error is not None else None
    reason = (
        reasons.get(code)
        or known
        or QCoreApplication.translate("KakaoTexts", "Stripe reported the attempt as failed.")
    )
    if setup:
        advice = QCoreApplication.translate(
            "KakaoTexts",
            "Ask the customer to try again with “Add Kakao Pay”, or to use another "
            "Kakao Pay account.",
        )
    elif code == "insufficient_funds":
        advice = QCoreApplication.translate(
            "KakaoTexts",
            "Ask the customer to top up their Kakao Pay wallet or link a card in "
            "Kakao Pay, then use “Resume payment” so they can approve the payment. "
            "Stripe keeps the subscription incomplete for about 23 hours.",
        )
    else:
        advice = QCoreApplication.translate(
            "KakaoTexts",
            "Use “Resume payment” to ask the customer to approve the payment in Kakao "
            "Pay. Stripe keeps the subscription incomplete for about 23 hours, then "
            "expires it.",
        )
    return reason, advice


def failure_html(error: IntentError | None, setup: bool) -> str:
    """Rich text of a failed attempt: the reason, Stripe's message and code, what to do."""
    reason, advice = decline_advice(error, setup)
    parts = []
    if reason:
        parts.append(html.escape(reason))
    if error is not None and error.message:
        parts.append(f"<i>{html.escape(error.message)}</i>")
    if error is not None and (error.decline_code or error.code):
        parts.append(f"<code>{html.escape(error.decline_code or error.code or '')}</code>")
    if advice:
        parts.append(html.escape(advice))
    return "<br>".join(parts)


def refusal_text(verdict: links.LinkCheck) -> str:
    """Why a link was refused (``verdict.ok`` is False)."""
    texts = {
        links.EMPTY: QCoreApplication.translate("KakaoTexts", "There is no link to open yet."),
        links.UNUSUAL: QCoreApplication.translate(
            "KakaoTexts",
            "This link was refused: it contains spaces, backslashes or characters "
            "that Stripe's links never contain.",
        ),
        links.TOO_LONG: QCoreApplication.translate(
            "KakaoTexts", "This link was refused: it is far too long."
        ),
        links.UNPARSABLE: QCoreApplication.translate(
            "KakaoTexts", "This link was refused: it is not a valid address."
        ),
        links.BAD_SCHEME: QCoreApplication.translate(
            "KakaoTexts",
            "This link was refused: only https links to Stripe are used (it starts with “%1:”).",
        ).replace("%1", verdict.scheme),
        links.CREDENTIALS: QCoreApplication.translate(
            "KakaoTexts", "This link was refused: it carries a user name or password."
        ),
        links.NOT_STRIPE: QCoreApplication.translate(
            "KakaoTexts", "This link was refused: it does not point to Stripe (%1)."
        ).replace("%1", verdict.host),
        links.PORT: QCoreApplication.translate(
            "KakaoTexts", "This link was refused: it names a port that Stripe's pages do not use."
        ),
        links.NOT_CANONICAL: QCoreApplication.translate(
            "KakaoTexts",
            "This link was refused: it is written in a way Stripe never writes links "
            "(it would be read as going to “%1”).",
        ).replace("%1", verdict.host),
    }
    return texts.get(
        verdict.reason, QCoreApplication.translate("KakaoTexts", "This link was refused.")
    )


def refused_link_advice() -> str:
    """What to do when Stripe's answer carried a link that was refused."""
    return QCoreApplication.translate(
        "KakaoTexts",
        "The link is not shown, copied or put in the QR code. Do not send the customer "
        "any other link: cancel this request, check that the profile's API base URL "
        "is Stripe's, and try again.",
    )


def payment_label(customer: str, plan: str) -> str:
    """Who pays for what, in an approval dialog's title: "Kim Minjun · Cloud backup".

    People check an approval against the customer in front of them, not a ``sub_…`` id.
    """
    return " · ".join(part for part in (customer, plan) if part)
