"""A subscription's or a customer's invoices: status and amounts, the hosted page, failed payments.

"What did we charge this customer?" is the first question on a support call,
so the list shows every invoice with what it totals, what was paid and what is
still due. The hosted invoice page (what the customer sees) opens in the
browser, only if it is on a Stripe host (or the sandbox's own origin for a
SANDBOX profile: :mod:`kpadmin.redirect.browser`). An open or uncollectible
invoice can be retried or written off (:class:`InvoiceActionsDialog`), and an
open one handed to the customer: its page as a link, a QR code and a message
in their language (:mod:`kpadmin.ui.dialogs.customer_messages`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpadmin.redirect import browser
from kpadmin.stripe_api.records import Invoice, Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.dialogs.customer_messages import can_send_invoice, open_invoice_message
from kpadmin.ui.dialogs.kakao_texts import refusal_text
from kpadmin.ui.errors import error_html
from kpadmin.ui.formatting import format_money, format_timestamp
from kpadmin.ui.support.invoice_actions import InvoiceActionsDialog, allowed_actions
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.status_chip import status_colour, status_text

# How many invoices one list shows (newest first).
INVOICE_LIMIT = 100


class InvoicesDialog(QDialog):
    """Invoices of one subscription, or of its whole customer.

    Signals:
        invoiceChanged(object): an invoice was retried, voided or written off here.
    """

    invoiceChanged = Signal(object)

    def __init__(
        self,
        context: AppContext,
        customer_id: str,
        sub: Subscription | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invoices"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(760, 420)
        self._context = context
        self._customer_id = customer_id
        self._sub = sub
        self._invoices: tuple[Invoice, ...] = ()
        self._tasks = TaskRunner(self, on_error=self._show_error)

        self.scope = QCheckBox(self.tr("All of the customer's invoices"), self)
        self.scope.setChecked(sub is None)
        self.scope.setEnabled(sub is not None)
        self.scope.toggled.connect(lambda _on: self.reload())
        self.heading = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Invoices"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Status"),
                self.tr("Total"),
                self.tr("Paid"),
                self.tr("Still due"),
                self.tr("Created"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.open_hosted_page())
        self.open_button = QPushButton(self.tr("Open invoice page"), self)
        self.open_button.clicked.connect(self.open_hosted_page)
        self.actions_button = QPushButton(self.tr("Retry or write off…"), self)
        self.actions_button.clicked.connect(self.open_actions)
        self.link_button = QPushButton(self.tr("Send payment link…"), self)
        self.link_button.clicked.connect(self.send_link)
        self.message: QWidget | None = None
        self.error_label = FieldError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.scope)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.actions_button)
        row.addWidget(self.link_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    @property
    def invoices(self) -> tuple[Invoice, ...]:
        return self._invoices

    def reload(self) -> None:
        sub_id = None if self.scope.isChecked() or self._sub is None else self._sub.id
        self.heading.setText(
            self.tr("Invoices of subscription %1").replace("%1", sub_id)
            if sub_id
            else self.tr("Invoices of customer %1").replace("%1", self._customer_id)
        )
        self._tasks.run(self._load(sub_id), key="load", busy=[self.table])

    async def _load(self, subscription_id: str | None) -> None:
        gw = self._context.gateway
        if subscription_id is None:
            page = await gw.invoices.list(customer_id=self._customer_id, limit=INVOICE_LIMIT)
        else:
            page = await gw.invoices.list(subscription_id=subscription_id, limit=INVOICE_LIMIT)
        self._fill(page.items)

    def _fill(self, invoices: tuple[Invoice, ...]) -> None:
        self._invoices = invoices
        self.table.setRowCount(len(invoices))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, inv in enumerate(invoices):
            cells = [
                (inv.number or inv.id, None),
                (status_text(inv.status), None),
                (format_money(inv.total, inv.currency), right),
                (format_money(inv.amount_paid, inv.currency), right),
                (format_money(inv.amount_remaining, inv.currency), right),
                (format_timestamp(inv.created), None),
            ]
            for col, (text, align) in enumerate(cells):
                item = QTableWidgetItem(text)
                if align is not None:
                    item.setTextAlignment(align)
                if col == 1:
                    item.setForeground(status_colour(inv.status))
                item.setToolTip(inv.id)
                self.table.setItem(row, col, item)
        self._update_buttons()

    def current_invoice(self) -> Invoice | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._invoices[rows[0].row()]

    def select(self, invoice_id: str) -> None:
        for row, inv in enumerate(self._invoices):
            if inv.id == invoice_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        inv = self.current_invoice()
        self.open_button.setEnabled(bool(inv and inv.hosted_invoice_url))
        self.open_button.setToolTip(
            ""
            if inv is None or inv.hosted_invoice_url
            else self.tr("A draft invoice has no page yet.")
        )
        self.link_button.setEnabled(can_send_invoice(inv))
        self.link_button.setToolTip(
            ""
            if inv is None or can_send_invoice(inv)
            else self.tr("Only an open invoice has a page the customer can pay on.")
        )
        can_act = inv is not None and bool(allowed_actions(inv))
        self.actions_button.setEnabled(can_act)
        self.actions_button.setToolTip(
            ""
            if can_act
            else self.tr("Only an open or uncollectible invoice can be retried or written off.")
        )

    def open_hosted_page(self) -> browser.UrlCheck | None:
        inv = self.current_invoice()
        if inv is None or not inv.hosted_invoice_url:
            return None
        origin = self._context.profile.api_base if self._context.mode == "sandbox" else None
        verdict = browser.open_in_browser(inv.hosted_invoice_url, sandbox_origin=origin)
        if not verdict.ok:  # why, in words that fit the reason (a file: link has no host)
            self.error_label.show_error(refusal_text(verdict))
        elif verdict.reason == "failed":
            self.error_label.show_error(self.tr("No browser could open the invoice page."))
        else:
            self.error_label.clear_error()
        return verdict

    def open_actions(self) -> InvoiceActionsDialog | None:
        inv = self.current_invoice()
        if inv is None:
            return None
        dialog = InvoiceActionsDialog(
            self._context, inv, parent=self.parentWidget() or self, sub=self._sub
        )
        dialog.completed.connect(self._on_invoice_changed)
        dialog.open()
        return dialog

    def send_link(self) -> None:
        """Hand the customer the selected open invoice's page, with a message."""
        inv = self.current_invoice()
        if can_send_invoice(inv):
            assert inv is not None
            self._tasks.run(self._send_link(inv), key="link", busy=[self.link_button])

    async def _send_link(self, invoice: Invoice) -> None:
        # Its child: a window beside this (window-modal) list would be blocked while it is open.
        self.message = await open_invoice_message(self._context, invoice, self, self._sub)

    def _on_invoice_changed(self, invoice: object) -> None:
        self.invoiceChanged.emit(invoice)
        self.reload()

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
