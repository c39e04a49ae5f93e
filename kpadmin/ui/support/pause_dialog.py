"""Pause or resume collecting payments on a subscription.

A collection pause (``pause_collection``) keeps the subscription and its
renewals but stops charging: each renewal's invoice is voided, kept as a
draft, or marked uncollectible, as the agent chooses, optionally until a
date. A subscription whose status is ``paused`` (a trial that ended without a
payment method) is resumed with Stripe's resume endpoint instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QWidget

from kpadmin.stripe_api.records import Subscription
from kpadmin.ui.context import AppContext
from kpadmin.ui.formatting import format_date
from kpadmin.ui.support.base import SupportDialog
from kpadmin.ui.support.texts import pause_choices
from kpadmin.ui.widgets.status_chip import status_text

PAUSE = "pause"
UNPAUSE = "unpause"
RESUME = "resume"


def mode_for(sub: Subscription) -> str:
    """What the dialog does for ``sub``: resume a paused status, end a pause, or pause."""
    if sub.status == "paused":
        return RESUME
    if sub.pause_collection_behavior:
        return UNPAUSE
    return PAUSE


class PauseDialog(SupportDialog):
    """Pause collection on ``sub``, or resume it (whichever applies)."""

    def __init__(
        self, context: AppContext, sub: Subscription, parent: QWidget | None = None, **kwargs: Any
    ) -> None:
        self._sub = sub
        self.mode = mode_for(sub)
        titles = {
            PAUSE: (
                self.tr("Pause payments"),
                self.tr("Pause payments"),
                self.tr(
                    "Stop charging the customer for a while. The subscription "
                    "stays; its invoices are handled as you choose below."
                ),
            ),
            UNPAUSE: (
                self.tr("Resume payments"),
                self.tr("Resume payments"),
                self.tr("Charge the customer again from the next invoice on."),
            ),
            RESUME: (
                self.tr("Resume subscription"),
                self.tr("Resume subscription"),
                self.tr(
                    "Start the paused subscription again: a new period starts now and is invoiced."
                ),
            ),
        }
        title, button, intro = titles[self.mode]
        super().__init__(
            context, title=title, intro=intro, confirm_label=button, parent=parent, **kwargs
        )
        self.behavior = QComboBox(self)
        self.behavior.setAccessibleName(self.tr("Invoices while paused"))
        for text, value in pause_choices():
            self.behavior.addItem(text, value)
        self.until_check = QCheckBox(self.tr("Resume by itself on"), self)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Resume date"))
        end = sub.current_period_end
        start = QDateTime.fromSecsSinceEpoch(end) if end else QDateTime.currentDateTime()
        self.until.setDate(start.date().addMonths(1))
        self.until.setEnabled(False)
        if self.mode == PAUSE:
            self.form.addRow(self.tr("Invoices while paused"), self.behavior)
            self.form.addRow(self.until_check, self.until)
        else:
            self.behavior.hide()
            self.until_check.hide()
            self.until.hide()
        self.behavior.currentIndexChanged.connect(self.update_summary)
        self.until_check.toggled.connect(self.until.setEnabled)
        self.until_check.toggled.connect(self.update_summary)
        self.until.dateChanged.connect(self.update_summary)
        self.update_summary()

    def resumes_at(self) -> int | None:
        """The chosen resume date as Unix seconds (local midnight), or None."""
        if not self.until_check.isChecked():
            return None
        return QDateTime(self.until.date(), QTime(0, 0)).toSecsSinceEpoch()

    def payload(self) -> Any:
        if self.mode != PAUSE:
            return (self.mode,)
        return (PAUSE, self.behavior.currentData(), self.resumes_at())

    def describe(self) -> str:
        if self.mode == RESUME:
            return self.tr(
                "The subscription becomes active again and the customer is "
                "charged for a new period starting now."
            )
        if self.mode == UNPAUSE:
            return self.tr(
                "The next invoice is charged to the customer as usual. Invoices "
                "made during the pause stay as they are."
            )
        behavior = self.behavior.currentData()
        what = {
            "void": self.tr("each renewal's invoice is voided: the customer will never owe it"),
            "keep_as_draft": self.tr(
                "each renewal's invoice stays a draft: you can collect it later"
            ),
            "mark_uncollectible": self.tr(
                "each renewal's invoice is marked uncollectible: owed, but not charged"
            ),
        }[behavior]
        until = self.resumes_at()
        when = (
            self.tr("until %1").replace("%1", format_date(until))
            if until
            else self.tr("until you resume it")
        )
        return (
            self.tr("No payment is taken %1; %2. The subscription itself stays %3.")
            .replace("%1", when)
            .replace("%2", what)
            .replace("%3", status_text(self._sub.status))
        )

    async def perform(self, payload: Any, idempotency_key: str) -> Subscription:
        gw, sid = self.gateway, self._sub.id
        if payload[0] == RESUME:
            return await gw.subscriptions.resume(sid, idempotency_key=idempotency_key)
        if payload[0] == UNPAUSE:
            return await gw.subscriptions.unpause_collection(sid, idempotency_key=idempotency_key)
        _, behavior, resumes_at = payload
        return await gw.subscriptions.pause_collection(
            sid, behavior, idempotency_key=idempotency_key, resumes_at=resumes_at
        )

    def result_text(self, record: Subscription) -> str:
        if record.pause_collection_behavior:
            if record.pause_collection_resumes_at:
                return self.tr("Payments are paused until %1.").replace(
                    "%1", format_date(record.pause_collection_resumes_at)
                )
            return self.tr("Payments are paused.")
        return self.tr("Payments are collected again (status: %1).").replace(
            "%1", status_text(record.status)
        )
