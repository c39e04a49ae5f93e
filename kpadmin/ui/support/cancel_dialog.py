"""Cancel a subscription: at the end of the period or now, or undo a scheduled cancellation.

"Now" ends the subscription at once and cannot be undone; the agent chooses
whether the unused part of the period is credited (``prorate``) and whether
what is owed is invoiced right away (``invoice_now``). The customer's reason
(Stripe's ``cancellation_details.feedback``) and the agent's comment are kept
on the subscription.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api.records import Subscription
from kpadmin.ui.context import AppContext
from kpadmin.ui.formatting import format_date
from kpadmin.ui.support.base import SupportDialog
from kpadmin.ui.support.texts import feedback_choices

AT_PERIOD_END = "period_end"
NOW = "now"
UNDO = "undo"


class CancelDialog(SupportDialog):
    """Cancel ``sub`` (or keep it, if a cancellation is scheduled)."""

    def __init__(
        self, context: AppContext, sub: Subscription, parent: QWidget | None = None, **kwargs: Any
    ) -> None:
        super().__init__(
            context,
            title=self.tr("Cancel subscription"),
            intro=self.tr("End this subscription. Choose when, and note why the customer leaves."),
            confirm_label=self.tr("Cancel subscription"),
            # Closing keeps it as it is: say so, unless a cancellation is already scheduled.
            dismiss_label=self.tr("Close")
            if sub.cancel_at_period_end
            else self.tr("Keep subscription"),
            parent=parent,
            **kwargs,
        )
        self._sub = sub
        self.name_subject(sub)
        choices = QWidget(self)
        box = QVBoxLayout(choices)
        box.setContentsMargins(0, 0, 0, 0)
        self.when = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        options = [
            (
                AT_PERIOD_END,
                self.tr("At the end of the current period (%1)").replace(
                    "%1", format_date(sub.current_period_end) or "—"
                ),
            ),
            (NOW, self.tr("Now (cannot be undone)")),
        ]
        if sub.cancel_at_period_end:
            options.insert(
                0, (UNDO, self.tr("Keep the subscription (undo the scheduled cancellation)"))
            )
        for value, text in options:
            radio = QRadioButton(text, choices)
            self.radios[value] = radio
            self.when.addButton(radio)
            box.addWidget(radio)
        self.radios[UNDO if sub.cancel_at_period_end else AT_PERIOD_END].setChecked(True)
        if sub.cancel_at_period_end:
            self.radios[AT_PERIOD_END].setEnabled(False)
            self.radios[AT_PERIOD_END].setToolTip(self.tr("Already scheduled."))
        self.form.addRow(self.tr("When"), choices)
        self.prorate = QCheckBox(self.tr("Credit the unused part of the period"), self)
        self.invoice_now = QCheckBox(self.tr("Invoice what is owed now"), self)
        self.form.addRow("", self.prorate)
        self.form.addRow("", self.invoice_now)
        self.feedback = QComboBox(self)
        self.feedback.setAccessibleName(self.tr("Customer's reason"))
        for label, feedback in feedback_choices():
            self.feedback.addItem(label, feedback)
        self.form.addRow(self.tr("Customer's reason"), self.feedback)
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setMaxLength(500)
        self.comment.setPlaceholderText(
            self.tr("What the customer said (kept on the subscription)")
        )
        self.form.addRow(self.tr("Comment"), self.comment)
        self.when.buttonToggled.connect(self.update_summary)
        for w in (self.prorate, self.invoice_now):
            w.toggled.connect(self.update_summary)
        self.feedback.currentIndexChanged.connect(self.update_summary)
        self.comment.textChanged.connect(self.update_summary)
        self.update_summary()

    def choice(self) -> str:
        return next(k for k, r in self.radios.items() if r.isChecked())

    def set_choice(self, value: str) -> None:
        self.radios[value].setChecked(True)

    def update_summary(self, *args: object) -> None:
        choice = self.choice()
        now = choice == NOW
        self.prorate.setEnabled(now)
        self.invoice_now.setEnabled(now and self.prorate.isChecked())
        self.feedback.setEnabled(choice != UNDO)
        self.comment.setEnabled(choice != UNDO)
        super().update_summary(*args)

    def payload(self) -> Any:
        choice = self.choice()
        now = choice == NOW
        if choice == UNDO:
            return (UNDO,)
        feedback = self.feedback.currentData()
        comment = self.comment.text().strip()
        if now:
            prorate = self.prorate.isChecked()
            return (NOW, feedback, comment, prorate, prorate and self.invoice_now.isChecked())
        return (AT_PERIOD_END, feedback, comment)

    def describe(self) -> str:
        choice = self.choice()
        if choice == UNDO:
            text = self.tr(
                "The scheduled cancellation is removed: the subscription renews on %1 as usual."
            )
            return text.replace("%1", format_date(self._sub.current_period_end) or "—")
        if choice == AT_PERIOD_END:
            text = self.tr(
                "The subscription stays active until %1, then ends. Nothing more "
                "is charged. You can undo this until then."
            )
            return text.replace("%1", format_date(self._sub.current_period_end) or "—")
        parts = [self.tr("The subscription ends now and cannot be restarted.")]
        if self.prorate.isChecked():
            parts.append(
                self.tr("The unused part of this period is credited to the customer's balance.")
            )
            if self.invoice_now.isChecked():
                parts.append(self.tr("A final invoice with that credit is made now."))
        else:
            parts.append(self.tr("Nothing is credited for the unused part of the period."))
        return " ".join(parts)

    async def perform(self, payload: Any, idempotency_key: str) -> Subscription:
        gw, sid = self.gateway, self._sub.id
        if payload[0] == UNDO:
            return await gw.subscriptions.undo_scheduled_cancellation(
                sid, idempotency_key=idempotency_key
            )
        if payload[0] == AT_PERIOD_END:
            _, feedback, comment = payload
            return await gw.subscriptions.schedule_cancellation(
                sid, idempotency_key=idempotency_key, comment=comment, feedback=feedback
            )
        _, feedback, comment, prorate, invoice_now = payload
        return await gw.subscriptions.cancel(
            sid,
            idempotency_key=idempotency_key,
            comment=comment,
            feedback=feedback,
            prorate=prorate,
            invoice_now=invoice_now,
        )

    def result_text(self, record: Subscription) -> str:
        if record.status == "canceled":
            return self.tr("Canceled on %1.").replace("%1", format_date(record.canceled_at))
        if record.cancel_at_period_end:
            return self.tr("Cancellation scheduled for %1.").replace(
                "%1", format_date(record.cancel_at or record.current_period_end)
            )
        return self.tr("The subscription will renew as usual.")
