"""The words of "Needs attention" and of the status chips (translated, context ``Attention``).

The facts come from :mod:`kpadmin.domain.attention`; decline codes are worded
by :mod:`kpadmin.ui.error_codes`, with Stripe's own sentence as the fallback.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDateTime

from kpadmin.domain import attention as rules
from kpadmin.stripe_api.records_kakao import IntentError
from kpadmin.ui.error_codes import code_sentence
from kpadmin.ui.formatting import format_date, ui_locale
from kpadmin.ui.statuses import status_text


def kind_text(kind: str) -> str:
    """What a row is about, in a few words."""
    texts = {
        rules.PAYMENT_FAILED: QCoreApplication.translate("Attention", "Renewal payment failed"),
        rules.FIRST_PAYMENT: QCoreApplication.translate("Attention", "First payment not made"),
        rules.INVOICE_FAILED: QCoreApplication.translate("Attention", "Invoice payment failed"),
        rules.APPROVAL: QCoreApplication.translate("Attention", "Kakao Pay approval waiting"),
        rules.TRIAL_ENDING: QCoreApplication.translate("Attention", "Trial ending"),
        rules.CANCELLING: QCoreApplication.translate("Attention", "Cancellation scheduled"),
    }
    return texts.get(kind, kind)


def action_text(action: str) -> str:
    """A row's next action, as its button says it."""
    texts = {
        rules.RETRY: QCoreApplication.translate("Attention", "Retry payment…"),
        rules.PAYMENT_LINK: QCoreApplication.translate("Attention", "Send payment link…"),
        rules.OPEN_CUSTOMER: QCoreApplication.translate("Attention", "Open customer"),
        rules.UNDO_CANCEL: QCoreApplication.translate("Attention", "Undo cancellation…"),
    }
    return texts.get(action, action)


def decline_text(error: IntentError | None) -> str:
    """Why a payment was declined, in the UI's language (Stripe's sentence if the code is new)."""
    if error is None:
        return ""
    return code_sentence(error.code, error.decline_code) or error.message


def reason_text(row: rules.Attention, declines: Mapping[str, IntentError]) -> str:
    """The row's "why" column: the latest decline in words, or what will happen."""
    if row.kind in (rules.PAYMENT_FAILED, rules.INVOICE_FAILED, rules.FIRST_PAYMENT):
        declined = decline_text(declines.get(row.payment_intent_id or ""))
        if declined:
            return declined
        if row.kind == rules.FIRST_PAYMENT or not row.attempts:
            return status_text("requires_action")
        return QCoreApplication.translate("Attention", "Declined; no reason given.")
    if row.kind == rules.APPROVAL:
        return status_text("requires_action")
    if row.kind == rules.TRIAL_ENDING:
        return QCoreApplication.translate(
            "Attention", "The first payment is charged when the trial ends."
        )
    return QCoreApplication.translate(
        "Attention", "The subscription ends; nothing more is charged."
    )


def next_text(row: rules.Attention) -> str:
    """When something happens by itself: the next automatic attempt, the trial's end, the end."""
    if row.kind in (rules.TRIAL_ENDING, rules.CANCELLING):
        return format_date(row.due)
    if row.kind in (rules.PAYMENT_FAILED, rules.INVOICE_FAILED):
        if row.due:
            return QCoreApplication.translate("Attention", "Retried automatically %1").replace(
                "%1", format_date(row.due)
            )
        return QCoreApplication.translate("Attention", "No automatic retry")
    return ""


def short_day(ts: int) -> str:
    """A day without its year, as the UI's language writes it ("Jan 3", "1월 3일")."""
    # A Qt date pattern for a day without its year, in each language's order.
    pattern = QCoreApplication.translate("Attention", "MMM d", "date pattern")
    return ui_locale().toString(QDateTime.fromSecsSinceEpoch(int(ts)).date(), pattern)


def subscription_chip(sub: rules.SubscriptionLike | None, now: int | None = None) -> str:
    """A subscription's status chip in words ("Cancels Jan 3", "Payment failed ×2")."""
    if sub is None:
        return ""
    return chip_text(sub.status, rules.chip(sub), int(time.time()) if now is None else now)


def subscription_chip_colour(sub: rules.SubscriptionLike | None) -> str | None:
    """The status whose colour ``sub``'s chip takes (see :func:`chip_colour_status`)."""
    return None if sub is None else chip_colour_status(sub.status, rules.chip(sub))


def chip_colour_status(status: str, chip: rules.Chip | None) -> str:
    """The status whose colour a chip takes: a cancellation greys it, a pause is purple..."""
    if chip is None:
        return status
    colours = {
        rules.CHIP_PAYMENT_FAILED: "unpaid" if status == "unpaid" else "past_due",
        rules.CHIP_CANCELS: "canceled",
        rules.CHIP_PAUSED: "paused",
        rules.CHIP_TRIAL: "trialing",
    }
    return colours.get(chip.kind, status)


def chip_text(status: str, chip: rules.Chip | None, now: int) -> str:
    """A status chip's words: the status, or the fact about it that matters most."""
    if chip is None:
        return status_text(status)
    if chip.kind == rules.CHIP_PAYMENT_FAILED:
        return QCoreApplication.translate("Attention", "Payment failed ×%1").replace(
            "%1", str(chip.value or 0)
        )
    if chip.kind == rules.CHIP_CANCELS and chip.value is not None:
        return QCoreApplication.translate("Attention", "Cancels %1").replace(
            "%1", short_day(chip.value)
        )
    if chip.kind == rules.CHIP_PAUSED:
        if chip.value is None:
            return QCoreApplication.translate("Attention", "Paused")
        return QCoreApplication.translate("Attention", "Paused until %1").replace(
            "%1", short_day(chip.value)
        )
    if chip.kind == rules.CHIP_TRIAL and chip.value is not None:
        days = rules.days_left(chip.value, now)
        if days == 0:
            return QCoreApplication.translate("Attention", "Trial ends today")
        if days == 1:
            return QCoreApplication.translate("Attention", "Trial ends tomorrow")
        # Two days or more: a plain number, no plural form to look up.
        return QCoreApplication.translate("Attention", "Trial ends in %1 days").replace(
            "%1", str(days)
        )
    return status_text(status)
