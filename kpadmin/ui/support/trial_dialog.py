"""End a subscription's trial now, or extend it to a later date.

Ending the trial starts the first paid period at once and charges it (the
customer's wallet pays off-session). Extending moves ``trial_end`` without
any proration: the customer simply gets more free days.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QRadioButton, QWidget

from kpadmin.stripe_api.records import Subscription
from kpadmin.ui.context import AppContext
from kpadmin.ui.formatting import format_date, format_money_value
from kpadmin.ui.support.base import SupportDialog

END_NOW = "end_now"
EXTEND = "extend"


class TrialDialog(SupportDialog):
    """End or extend ``sub``'s trial."""

    def __init__(
        self, context: AppContext, sub: Subscription, parent: QWidget | None = None, **kwargs: Any
    ) -> None:
        super().__init__(
            context,
            title=self.tr("Trial"),
            intro=self.tr("The trial runs until %1.").replace(
                "%1", format_date(sub.trial_end) or "—"
            ),
            confirm_label=self.tr("Apply"),
            parent=parent,
            **kwargs,
        )
        self._sub = sub
        self.group = QButtonGroup(self)
        self.end_now = QRadioButton(self.tr("End the trial now"), self)
        self.extend = QRadioButton(self.tr("Extend the trial to"), self)
        self.group.addButton(self.end_now)
        self.group.addButton(self.extend)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("New trial end"))
        base = (
            QDateTime.fromSecsSinceEpoch(sub.trial_end)
            if sub.trial_end
            else QDateTime.currentDateTime()
        )
        self.until.setDate(base.date().addDays(14))
        self.form.addRow(self.end_now)
        self.form.addRow(self.extend, self.until)
        self.extend.setChecked(True)
        self.group.buttonToggled.connect(self.update_summary)
        self.until.dateChanged.connect(self.update_summary)
        self.update_summary()

    def trial_end(self) -> int:
        """The chosen new trial end: the end of the chosen day, local time."""
        return QDateTime(self.until.date(), QTime(23, 59, 59)).toSecsSinceEpoch()

    def payload(self) -> Any:
        self.until.setEnabled(self.extend.isChecked())
        if self.end_now.isChecked():
            return (END_NOW,)
        end = self.trial_end()
        if self._sub.trial_end and end <= self._sub.trial_end:
            return None
        return (EXTEND, end)

    def validation_error(self) -> str:
        return self.tr("Choose a date after the current end of the trial.")

    def describe(self) -> str:
        if self.end_now.isChecked():
            total = format_money_value(self._sub.total) or self.tr("the plan's price")
            return self.tr(
                "The trial ends now: the first paid period starts today and %1 "
                "is charged to the customer's payment method."
            ).replace("%1", total)
        return self.tr("The trial lasts until %1. Nothing is charged until then.").replace(
            "%1", format_date(self.trial_end())
        )

    async def perform(self, payload: Any, idempotency_key: str) -> Subscription:
        if payload[0] == END_NOW:
            return await self.gateway.subscriptions.end_trial_now(
                self._sub.id, idempotency_key=idempotency_key
            )
        return await self.gateway.subscriptions.extend_trial(
            self._sub.id, payload[1], idempotency_key=idempotency_key
        )

    def result_text(self, record: Subscription) -> str:
        if record.status == "trialing":
            return self.tr("The trial now ends on %1.").replace("%1", format_date(record.trial_end))
        inv = record.latest_invoice
        status = record.status
        if inv is not None:
            return (
                self.tr("The trial has ended (status: %1); invoice %2 is %3.")
                .replace("%1", status)
                .replace("%2", inv.number or inv.id)
                .replace("%3", inv.status or "")
            )
        return self.tr("The trial has ended (status: %1).").replace("%1", status)
