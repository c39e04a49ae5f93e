"""Charge a subscription to another of the customer's wallets, or add a Kakao Pay wallet.

Lists the customer's saved payment methods (the subscription's current one
marked); choosing another and confirming sets the subscription's
``default_payment_method``. A customer whose wallet ran dry often needs a new
one: "Add Kakao Pay…" opens the approval dialog (the customer approves on
their phone) and the list reloads when the wallet is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QWidget

from kpadmin.stripe_api.records import PaymentMethod, Subscription
from kpadmin.ui.context import AppContext
from kpadmin.ui.formatting import format_date, payment_method_kind
from kpadmin.ui.support.base import SupportDialog


class PaymentMethodDialog(SupportDialog):
    """Switch ``sub``'s default payment method."""

    def __init__(
        self,
        context: AppContext,
        sub: Subscription,
        parent: QWidget | None = None,
        customer_label: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(
            context,
            title=self.tr("Payment method"),
            intro=self.tr(
                "Choose which of the customer's wallets pays this subscription from now on."
            ),
            confirm_label=self.tr("Use this payment method"),
            parent=parent,
            **kwargs,
        )
        self._sub = sub
        self._label = customer_label or sub.customer_id
        self._methods: tuple[PaymentMethod, ...] = ()
        self.methods = QListWidget(self)
        self.methods.setAccessibleName(self.tr("Saved payment methods"))
        self.methods.setMinimumHeight(110)
        self.form.addRow(self.tr("Wallets"), self.methods)
        self.add_button = QPushButton(self.tr("Add Kakao Pay…"), self)
        self.add_button.setToolTip(self.tr("The customer approves a new wallet in Kakao Pay"))
        self.add_button.clicked.connect(self.add_kakao_pay)
        self.form.addRow("", self.add_button)
        self.methods.currentItemChanged.connect(self.update_summary)
        self.reload()
        self.update_summary()

    def reload(self) -> None:
        """Load the customer's payment methods again (after a wallet was added)."""
        self.tasks.run(self._load(), key="load", busy=[self.methods])

    async def _load(self) -> None:
        self._methods = await self.gateway.customers.payment_methods.list_all(self._sub.customer_id)
        self.methods.clear()
        current = self._sub.default_payment_method_id
        for pm in self._methods:
            kind = payment_method_kind(pm.type, pm.brand, pm.last4)
            if pm.id == current:
                kind += " " + self.tr("(current)")
            saved = self.tr("saved %1").replace("%1", format_date(pm.created))
            text = f"{kind} · {saved} · {pm.id}"
            item = QListWidgetItem(text, self.methods)
            item.setData(Qt.ItemDataRole.UserRole, pm.id)
            item.setToolTip(pm.id)
        if not self._methods:
            item = QListWidgetItem(
                self.tr("No saved payment methods: add Kakao Pay."), self.methods
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.update_summary()

    def select(self, pm_id: str) -> None:
        for row in range(self.methods.count()):
            if self.methods.item(row).data(Qt.ItemDataRole.UserRole) == pm_id:
                self.methods.setCurrentRow(row)

    def payload(self) -> Any:
        item = self.methods.currentItem()
        pm_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not pm_id or pm_id == self._sub.default_payment_method_id:
            return None
        return (pm_id,)

    def validation_error(self) -> str:
        return self.tr("Select a payment method other than the current one.")

    def describe(self) -> str:
        pm_id = self.payload()[0]
        pm = next((m for m in self._methods if m.id == pm_id), None)
        name = payment_method_kind(pm.type, pm.brand, pm.last4) if pm else pm_id
        return (
            self.tr("From the next charge on, this subscription is paid with %1 (%2).")
            .replace("%1", name)
            .replace("%2", pm_id)
        )

    async def perform(self, payload: Any, idempotency_key: str) -> Subscription:
        return await self.gateway.subscriptions.set_payment_method(
            self._sub.id, payload[0], idempotency_key=idempotency_key
        )

    def result_text(self, record: Subscription) -> str:
        return self.tr("The subscription is now paid with %1.").replace(
            "%1", record.default_payment_method_id or "—"
        )

    def add_kakao_pay(self) -> QWidget:
        from kpadmin.ui.dialogs.approval_dialog import start_wallet_setup

        # Parented like this dialog, not to it: the approval outlives this dialog's closing.
        dialog = start_wallet_setup(
            self.context, self._sub.customer_id, self._label, self.parentWidget()
        )
        dialog.flowEnded.connect(lambda _flow: self.reload())
        return dialog
