"""Refund the latest payment of a subscription, fully or partly, with a reason.

The dialog first loads the payment (``gateway.invoices.latest_payment``): what was
paid, what is already refunded, and until when a refund is possible. Kakao
Pay's rules are said up front: partial refunds are allowed, any number of
them up to the amount paid, within 365 days of the payment (all Korean
payment methods). A refund does not cancel the subscription.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain import kakao_pay
from kpadmin.stripe_api.records import Subscription
from kpadmin.stripe_api.records_support import Payment, Refund
from kpadmin.ui.context import AppContext
from kpadmin.ui.formatting import format_date, format_money, payment_method_kind
from kpadmin.ui.support.base import SupportDialog
from kpadmin.ui.support.texts import refund_reasons
from kpadmin.ui.widgets.amount_edit import AmountEdit
from kpadmin.ui.widgets.status_chip import status_text


class RefundDialog(SupportDialog):
    """Refund ``sub``'s latest payment.

    Attributes:
        payment: the payment once loaded (None before, or when there is none).
    """

    def __init__(
        self, context: AppContext, sub: Subscription, parent: QWidget | None = None, **kwargs: Any
    ) -> None:
        super().__init__(
            context,
            title=self.tr("Refund"),
            intro=self.tr(
                "Give money back for the latest payment of this subscription. "
                "The subscription itself is not changed."
            ),
            confirm_label=self.tr("Refund"),
            parent=parent,
            **kwargs,
        )
        self._sub = sub
        self.name_subject(sub)
        self.payment: Payment | None = None
        self.loaded = False
        self.payment_label = QLabel(self.tr("Loading the latest payment…"), self)
        self.payment_label.setWordWrap(True)
        self.payment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        # Full-width paragraphs under the intro (word-wrapped labels in a form row get
        # too little height once their text arrives).
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # built by SupportDialog
        layout.insertWidget(1, self.payment_label)
        layout.insertWidget(2, self.rules)
        self.group = QButtonGroup(self)
        self.full = QRadioButton(self)
        self.partial = QRadioButton(self.tr("Part of it:"), self)
        self.group.addButton(self.full)
        self.group.addButton(self.partial)
        self.full.setChecked(True)
        self.amount = AmountEdit(sub.currency or "krw", self)
        self.amount.setEnabled(False)
        self.form.addRow(self.tr("Amount"), self.full)
        self.form.addRow(self.partial, self.amount)
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        for text, value in refund_reasons():
            self.reason.addItem(text, value)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.group.buttonToggled.connect(self.update_summary)
        self.partial.toggled.connect(self.amount.setEnabled)
        self.amount.amountChanged.connect(self.update_summary)
        self.reason.currentIndexChanged.connect(self.update_summary)
        self.tasks.run(self._load(), key="load", busy=[self.body])
        self.update_summary()

    async def _load(self) -> None:
        self.payment = await self.gateway.invoices.latest_payment(self._sub.id)
        self.loaded = True
        self._show_payment()
        self.update_summary()
        self.fit_content()

    def _show_payment(self) -> None:
        p = self.payment
        if p is None:
            self.payment_label.setText(self.tr("No payment was found for this subscription."))
            self.rules.setText("")
            return
        method = payment_method_kind(p.payment_method_type) or self.tr("unknown method")
        text = (
            self.tr("%1 paid on %2 with %3 (%4).")
            .replace("%1", format_money(p.amount, p.currency))
            .replace("%2", format_date(p.created))
            .replace("%3", method)
            .replace("%4", p.charge_id)
        )
        if p.amount_refunded:
            text += " " + self.tr("Already refunded: %1.").replace(
                "%1", format_money(p.amount_refunded, p.currency)
            )
        self.payment_label.setText(text)
        self.set_subject_amount(
            self.tr("%1 paid").replace("%1", format_money(p.amount, p.currency))
        )
        self.amount.set_currency(p.currency)
        self.amount.set_maximum_hint(p.refundable_amount)
        self.full.setText(
            self.tr("All that is left: %1").replace(
                "%1", format_money(p.refundable_amount, p.currency)
            )
        )
        until = p.refundable_until
        if until is not None:
            rules = (
                self.tr(
                    "Partial refunds are allowed, up to what was paid. %1 payments can "
                    "be refunded for %2 days: until %3."
                )
                .replace("%1", method)
                .replace("%2", str(kakao_pay.REFUND_WINDOW_DAYS))
                .replace("%3", format_date(until))
            )
        else:
            rules = self.tr("Partial refunds are allowed, up to what was paid.")
        self.rules.setText(rules)

    def payload(self) -> Any:
        p = self.payment
        if p is None or p.refundable_amount <= 0:
            return None
        if not p.can_refund(int(time.time())) and self.context.mode == "live":
            return None
        amount = None
        if self.partial.isChecked():
            amount = self.amount.amount_or_none()
            if amount is None or not 0 < amount <= p.refundable_amount:
                return None
        return (p.charge_id, amount, self.reason.currentData())

    def validation_error(self) -> str:
        p = self.payment
        if not self.loaded:
            return self.tr("Loading the latest payment…")
        if p is None:
            return self.tr("There is no payment to refund.")
        if p.refundable_amount <= 0:
            return self.tr("This payment has already been refunded in full.")
        if self.partial.isChecked():
            return self.tr("Enter an amount above zero and at most %1.").replace(
                "%1", format_money(p.refundable_amount, p.currency)
            )
        return self.tr(
            "This payment is older than %1 days and can no longer be refunded with this method."
        ).replace("%1", str(kakao_pay.REFUND_WINDOW_DAYS))

    def describe(self) -> str:
        p = self.payment
        assert p is not None
        _, amount, _reason = self.payload()
        value = amount if amount is not None else p.refundable_amount
        text = self.tr(
            "%1 goes back to the customer's %2. The subscription continues "
            "unchanged; cancel it separately if the customer is leaving."
        )
        return text.replace("%1", format_money(value, p.currency)).replace(
            "%2", payment_method_kind(p.payment_method_type) or self.tr("payment method")
        )

    async def perform(self, payload: Any, idempotency_key: str) -> Refund:
        assert self.payment is not None
        _, amount, reason = payload
        return await self.gateway.refunds.create(
            self.payment, idempotency_key=idempotency_key, amount=amount, reason=reason
        )

    def result_text(self, record: Refund) -> str:
        return (
            self.tr("Refund %1: %2, %3.")
            .replace("%1", record.id)
            .replace("%2", format_money(record.amount, record.currency))
            .replace("%3", status_text(record.status))
        )
