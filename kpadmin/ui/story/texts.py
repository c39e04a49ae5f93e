"""A story's rows in words: what happened, how much, and what kpadmin did (translated)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from kpadmin.domain import story as s
from kpadmin.ui.action_names import action_name
from kpadmin.ui.error_codes import code_sentence
from kpadmin.ui.formatting import format_money, payment_method_kind


def what_text(entry: s.Entry, plans: Mapping[str, str]) -> str:
    """The row's one line: what happened (or, alone, which kpadmin action was sent)."""
    h = entry.happening
    if h is None:
        assert entry.action is not None
        return QCoreApplication.translate("Story", "kpadmin: %1").replace(
            "%1", action_name(entry.action.action)
        )
    if h.kind == s.PLAN_CHANGED:
        return (
            QCoreApplication.translate("Story", "Plan changed: %1 → %2")
            .replace("%1", _plans(h.prices_before, plans))
            .replace("%2", _plans(h.prices_after, plans))
        )
    if h.kind == s.PAYMENT_FAILED:
        return QCoreApplication.translate("Story", "Payment failed (attempt %1)").replace(
            "%1", str(h.attempt or 1)
        )
    if h.kind in (s.WALLET_SAVED, s.WALLET_REMOVED):
        kind = payment_method_kind(h.payment_method_type) or h.object_id
        text = (
            QCoreApplication.translate("Story", "Payment method saved: %1")
            if h.kind == s.WALLET_SAVED
            else QCoreApplication.translate("Story", "Payment method removed: %1")
        )
        return text.replace("%1", kind)
    if h.kind == s.TRIAL_ENDS and not entry.upcoming:
        return QCoreApplication.translate("Story", "Trial ended")
    return _kind_texts().get(h.kind, h.kind)


def _kind_texts() -> dict[str, str]:
    """Built per call: the words follow the translators installed at the time."""
    return {
        s.SUBSCRIPTION_CREATED: QCoreApplication.translate("Story", "Subscription created"),
        s.TRIAL_STARTED: QCoreApplication.translate("Story", "Trial started"),
        s.TRIAL_ENDS: QCoreApplication.translate("Story", "Trial ends"),
        s.PAUSED: QCoreApplication.translate("Story", "Payments paused"),
        s.RESUMED: QCoreApplication.translate("Story", "Payments resumed"),
        s.CANCEL_SCHEDULED: QCoreApplication.translate("Story", "Cancellation scheduled"),
        s.CANCELS: QCoreApplication.translate("Story", "Subscription ends (cancellation)"),
        s.CANCELED: QCoreApplication.translate("Story", "Subscription canceled"),
        s.INVOICE_FINALIZED: QCoreApplication.translate("Story", "Invoice finalized"),
        s.INVOICE_PAID: QCoreApplication.translate("Story", "Invoice paid"),
        s.INVOICE_VOIDED: QCoreApplication.translate("Story", "Invoice voided"),
        s.INVOICE_UNCOLLECTIBLE: QCoreApplication.translate("Story", "Invoice written off"),
        s.REFUNDED: QCoreApplication.translate("Story", "Refunded"),
    }


def detail_text(entry: s.Entry) -> str:
    """The amount, the invoice's number, and for a failed payment why it was declined."""
    h = entry.happening
    if h is None:
        return ""
    parts: list[str] = []
    if h.amount is not None and h.currency:
        parts.append(format_money(h.amount, h.currency))
    if h.label:
        parts.append(h.label)
    if h.kind == s.PAYMENT_FAILED:
        parts.append(
            code_sentence(h.reason, h.reason)
            or h.reason
            or QCoreApplication.translate("Story", "Declined; no reason given.")
        )
    return " · ".join(parts)


def by_text(entry: s.Entry) -> str:
    """Which kpadmin action did it, by whom and from where ("Refund · minjun @ desk-7")."""
    action = entry.action
    if action is None:
        return ""
    parts = [action_name(action.action)]
    who = _who(action.os_user, action.hostname)
    if who:
        parts.append(who)
    return " · ".join(parts)


def tooltip_text(entry: s.Entry) -> str:
    """Ids, Stripe's request id and the comment typed, one per line."""
    lines: list[str] = []
    h = entry.happening
    if h is not None:
        lines.append(h.object_id)
        if h.request_id:
            lines.append(
                QCoreApplication.translate("Story", "Request: %1").replace("%1", h.request_id)
            )
    action = entry.action
    if action is not None:
        if action.request_id and (h is None or action.request_id != h.request_id):
            lines.append(
                QCoreApplication.translate("Story", "Request: %1").replace("%1", action.request_id)
            )
        comment = action.comment
        if comment:
            lines.append(QCoreApplication.translate("Story", "Comment: %1").replace("%1", comment))
    if entry.upcoming:
        lines.append(QCoreApplication.translate("Story", "Still ahead"))
    return "\n".join(lines)


def _who(user: str, host: str) -> str:
    if user and host:
        return f"{user} @ {host}"
    return user or host


def _plans(price_ids: tuple[str, ...], plans: Mapping[str, str]) -> str:
    return ", ".join(plans.get(p, p) for p in price_ids) or "—"
