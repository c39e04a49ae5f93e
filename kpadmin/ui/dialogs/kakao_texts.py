"""The words of the Kakao Pay dialogs: consent terms, decline advice, refused links.

Kept in one module so that the terms the merchant gives the buyer read the
same in the approval dialog and the new-subscription dialog. The terms follow
what Stripe asks of a merchant saving a wallet (permission to charge, how
often, how the amount is set, how to cancel) and the Korean subscription
rules in docs/STRIPE_FACTS.md §2 (a reminder 7 days before each charge, 30 days'
notice and consent before a price increase or before a free period turns
paid, cancellation as easy as signing up).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from kpadmin.redirect import links
from kpadmin.stripe_api.records_kakao import IntentError
from kpadmin.ui.error_codes import code_sentence


def _common_terms() -> list[str]:
    return [
        QCoreApplication.translate(
            "KakaoTexts", "We remind you at least 7 days before each charge."
        ),
        QCoreApplication.translate(
            "KakaoTexts",
            "We ask for your consent at least 30 days before a price increase, or before a "
            "free trial or free service turns into a paid one.",
        ),
        QCoreApplication.translate(
            "KakaoTexts",
            "You can cancel at any time, as easily as you signed up; cancelling stops all "
            "future charges.",
        ),
        QCoreApplication.translate(
            "KakaoTexts",
            "You can withdraw this permission at any time in Kakao Pay or by contacting us.",
        ),
    ]


def _as_html(lead: str, points: list[str]) -> str:
    items = "".join(f"<li>{html.escape(p)}</li>" for p in points)
    return f"<p>{html.escape(lead)}</p><ul>{items}</ul>"


def setup_terms() -> str:
    """Rich text: what the buyer allows by saving their Kakao Pay wallet."""
    lead = QCoreApplication.translate(
        "KakaoTexts",
        "By approving in Kakao Pay, you allow us to charge this Kakao Pay wallet "
        "automatically, without asking each time, for the subscriptions you agree to.",
    )
    points = [
        QCoreApplication.translate(
            "KakaoTexts",
            "Amount and frequency: as stated in each subscription you agree to; you "
            "are told both before the first charge.",
        ),
        *_common_terms(),
    ]
    return _as_html(lead, points)


def payment_terms(amount: str, interval: str) -> str:
    """Rich text: the terms of one subscription (``amount`` and ``interval`` already formatted)."""
    lead = (
        QCoreApplication.translate(
            "KakaoTexts",
            "By approving in Kakao Pay, you pay %1 now and allow us to charge the same "
            "amount %2 until you cancel.",
        )
        .replace("%1", amount)
        .replace("%2", interval)
    )
    return _as_html(lead, _common_terms())


def subscription_terms(amount: str, interval: str, trial_days: int) -> str:
    """Rich text for the new-subscription dialog (the first charge may follow a trial)."""
    if trial_days:
        lead = QCoreApplication.translate(
            "KakaoTexts",
            "After a free trial of %3 days, you are charged %1 %2 until you cancel, "
            "from your saved Kakao Pay wallet.",
        ).replace("%3", str(trial_days))
    else:
        lead = QCoreApplication.translate(
            "KakaoTexts",
            "You are charged %1 now and then %2 until you cancel, from your saved "
            "Kakao Pay wallet.",
        )
    return _as_html(lead.replace("%1", amount).replace("%2", interval), _common_terms())


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
