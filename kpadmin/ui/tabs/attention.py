"""The "Needs attention" tab: what needs a person, the most money at risk first.

The rows come from Stripe's search API (:mod:`kpadmin.ui.attention.source`),
never from listing every customer, and the rules that pick and order them are
in :mod:`kpadmin.domain.attention`. Each row has one next action, which opens
the dialog the Subscriptions and Customers tabs use for it:

- retry the payment: "Failed payment…" (:class:`InvoiceActionsDialog`);
- hand the customer the payment link again: "Resume payment" (the approval dialog);
- undo the scheduled cancellation: "Cancel…", which offers "Keep the subscription";
- open the customer: the Customers tab with that customer selected.

Beside it, "Payment link…" hands the customer a failed payment's invoice
page: the link, its QR code and a message in their language
(:mod:`kpadmin.ui.dialogs.customer_messages`); "Failed payment…" offers the same.

The tab reloads on F5, when it is shown again (actions taken on other tabs),
when an action's dialog completes, when one of kpadmin's own approvals ends and
when the window's live updates report a failed renewal or a change to a listed
subscription; :attr:`AttentionTab.countChanged` carries the
number of rows to the tab's title.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kpadmin.domain import attention as rules
from kpadmin.stripe_api.records import Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.attention.source import (
    AttentionReport,
    read_attention,
    read_customers,
    read_products,
)
from kpadmin.ui.attention.texts import action_text
from kpadmin.ui.context import AppContext
from kpadmin.ui.errors import error_html, error_text
from kpadmin.ui.formatting import format_money
from kpadmin.ui.goto_box import Target, open_target
from kpadmin.ui.kakao_actions import resume_payment
from kpadmin.ui.models.attention_model import AttentionModel
from kpadmin.ui.support import actions as support_rules
from kpadmin.ui.support.panel import SupportActions
from kpadmin.ui.table_view import RecordTable
from kpadmin.ui.widgets.field_error import FieldError


class AttentionTab(QWidget):
    """What needs a person in the open profile's Stripe account.

    Signals:
        statusMessage(str): text for the main window's status bar.
        countChanged(int): how many rows the last refresh found (the tab's title shows it).
        loaded(): a refresh finished (tests wait for it).

    Attributes:
        dialog: the action dialog opened last (tests drive it).
        now: the clock the time windows are measured on (Unix seconds).
    """

    statusMessage = Signal(str)
    countChanged = Signal(int)
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionTab")
        self._context = context
        self._gateway = context.gateway
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self.dialog: Any = None
        self.now: Callable[[], float] = time.time

        self.model = AttentionModel(self)
        self.table = RecordTable(
            self.model,
            name="attention",
            mode=context.mode,
            settings=context.qsettings,
            empty_text=self.tr("Nothing needs attention."),
            parent=self,
        )
        self.table.view.setAccessibleName(self.tr("Needs attention"))
        self.table.currentObjectChanged.connect(self._on_current)
        self.table.activated.connect(self.run_action)
        self.table.refreshRequested.connect(self.refresh)
        # The subscriptions' support dialogs, opened from here; hidden (the rows are the buttons).
        self.support = SupportActions(context, parent=self)
        self.support.hide()
        self.support.subscriptionChanged.connect(self._after_action)
        self.support.failed.connect(self._show_error)
        context.approvals.ended.connect(self._after_action)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Needs attention summary"))
        self.loading = QLabel(self.tr("Searching Stripe…"), self)
        self.loading.hide()
        self.action_button = QPushButton(self.tr("Next action"), self)
        self.action_button.setObjectName("attentionAction")
        self.action_button.clicked.connect(lambda: self.run_action(None))
        self.link_button = QPushButton(self.tr("Payment link…"), self)
        self.link_button.setToolTip(
            self.tr("The invoice's payment page for the customer: link, QR code and a message")
        )
        self.link_button.clicked.connect(lambda: self.send_link(None))
        self.customer_button = QPushButton(action_text(rules.OPEN_CUSTOMER), self)
        self.customer_button.clicked.connect(lambda: self.open_customer(None))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh needs attention"))
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = FieldError(self)

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.loading)
        bar.addWidget(self.action_button)
        bar.addWidget(self.link_button)
        bar.addWidget(self.customer_button)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table.filter_edit)
        layout.addWidget(self.table, 1)
        self._on_current(None)

    # -- tab convention -----------------------------------------------------------------
    def refresh(self) -> None:
        """Search Stripe again (F5, and after every action)."""
        self.error_label.clear_error()
        self._tasks.run(
            self._load(),
            key="load",
            busy=[self.refresh_button],
            busy_label=self.loading,
            on_success=self._loaded,
        )

    def apply_changes(self, changes: Any) -> None:
        """Changes made elsewhere (live updates): search again if a renewal failed or a row moved."""
        listed = {getattr(r, "subscription_id", None) for r in self.model.objects()}
        if changes.renewals_failed or listed & changes.subscriptions or not changes.complete:
            self.refresh()

    def shutdown(self) -> None:
        self._tasks.cancel_all()
        self.support.shutdown()
        try:
            self._context.approvals.ended.disconnect(self._after_action)
        except (RuntimeError, TypeError):  # already gone with the profile
            pass

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (after work on another tab): search again, so the list is current."""
        super().showEvent(event)
        if self.model.report is not None and not self._tasks.busy:
            self.refresh()

    @property
    def count(self) -> int:
        return self.model.rowCount()

    @property
    def tasks(self) -> TaskRunner:
        return self._tasks

    # -- loading ------------------------------------------------------------------------
    async def _load(self) -> AttentionReport:
        return await read_attention(self._gateway, self._context.approvals.flows(), int(self.now()))

    def _loaded(self, report: AttentionReport) -> None:
        self.model.set_report(report)
        self.summary.setText(self._summary_text(report))
        self.countChanged.emit(len(report.rows))
        self._on_current(self.table.current_object())
        self.loaded.emit()
        self._tasks.run(self._load_names(report), key="names")

    async def _load_names(self, report: AttentionReport) -> None:
        # The searched subscriptions carry their customer (expanded); read only the others'.
        names = {
            s.customer_id: name
            for s in report.subscriptions.values()
            if (name := s.customer_name or s.customer_email)
        }
        customers = await read_customers(
            self._gateway, [r.customer_id for r in report.rows if r.customer_id not in names]
        )
        names.update({c.id: c.name or c.email or c.id for c in customers})
        products = await read_products(self._gateway, report.subscriptions.values())
        self.model.set_labels(customers=names, products={p.id: p.name for p in products})

    def _summary_text(self, report: AttentionReport) -> str:
        if not report.rows:
            text = self.tr("Nothing needs attention right now.")
        else:
            at_risk = " · ".join(
                format_money(amount, currency)
                for currency, amount in rules.totals(report.rows).items()
            )
            text = self.tr("%n item(s) need a person.", "", len(report.rows))
            if at_risk:
                text += " " + self.tr("At risk: %1.").replace("%1", at_risk)
            text += " " + self.tr(
                "Sorted by money at risk, largest first, per currency (KRW first)."
            )
        if report.partial:
            text += " " + self.tr("Stripe found more than kpadmin reads at once: refine in Stripe.")
        return text

    # -- actions ------------------------------------------------------------------------
    def current_row(self) -> rules.Attention | None:
        row = self.table.current_object()
        return row if isinstance(row, rules.Attention) else None

    def _on_current(self, row: object) -> None:
        if isinstance(row, rules.Attention):
            self.action_button.setText(action_text(row.action))
            self.action_button.setEnabled(True)
            self.customer_button.setEnabled(bool(row.customer_id))
            self.link_button.setEnabled(_owes_invoice(row))
        else:
            self.action_button.setText(self.tr("Next action"))
            self.action_button.setEnabled(False)
            self.customer_button.setEnabled(False)
            self.link_button.setEnabled(False)

    def run_action(self, row: rules.Attention | None = None) -> None:
        """Open the dialog of ``row``'s next action (the current row's by default)."""
        row = row if isinstance(row, rules.Attention) else self.current_row()
        if row is None:
            return
        if row.action == rules.OPEN_CUSTOMER:
            self.open_customer(row)
            return
        self._tasks.run(self._act(row), key="action", busy=[self.action_button])

    async def _act(self, row: rules.Attention) -> None:
        if row.action == rules.RETRY and row.subscription_id is None:
            self._retry_invoice(row)
            return
        assert row.subscription_id is not None
        sub = await self._gateway.subscriptions.retrieve(row.subscription_id)
        if row.action == rules.PAYMENT_LINK:
            await self._payment_link(sub)
            return
        action = support_rules.INVOICE if row.action == rules.RETRY else support_rules.CANCEL
        self.support.set_subscription(sub)
        self.dialog = self.support.open(action)
        if self.dialog is None:
            self._nothing_to_do()

    def _retry_invoice(self, row: rules.Attention) -> None:
        from kpadmin.ui.support.invoice_actions import InvoiceActionsDialog

        report = self.model.report
        invoice = report.invoices.get(row.invoice_id or "") if report else None
        if invoice is None:
            return
        dialog = InvoiceActionsDialog(self._context, invoice, self.window())
        dialog.completed.connect(self._after_action)
        dialog.open()
        self.dialog = dialog

    async def _payment_link(self, sub: Subscription) -> None:
        dialog = await resume_payment(self._context, sub, self.window())
        if dialog is None:
            self._nothing_to_do()
            return
        self.dialog = dialog

    def _nothing_to_do(self) -> None:
        self.statusMessage.emit(self.tr("This no longer needs attention."))
        self.refresh()

    def send_link(self, row: rules.Attention | None = None) -> None:
        """Hand the customer the row's open invoice: its payment page, QR code and a message."""
        row = row if isinstance(row, rules.Attention) else self.current_row()
        if row is not None and _owes_invoice(row) and row.invoice_id:
            self._tasks.run(self._send_link(row.invoice_id), key="link", busy=[self.link_button])

    async def _send_link(self, invoice_id: str) -> None:
        from kpadmin.ui.dialogs.customer_messages import can_send_invoice, open_invoice_message

        invoice = await self._gateway.invoices.retrieve(invoice_id)
        if not can_send_invoice(invoice):
            self._nothing_to_do()
            return
        self.dialog = await open_invoice_message(self._context, invoice, self.window())

    def open_customer(self, row: rules.Attention | None = None) -> None:
        """Show the row's customer on the Customers tab, selected."""
        row = row if isinstance(row, rules.Attention) else self.current_row()
        if row is not None and row.customer_id:
            self._tasks.run(self._open_customer(row.customer_id), key="customer")

    async def _open_customer(self, customer_id: str) -> None:
        customer = await self._gateway.customers.retrieve(customer_id)
        window = self.window()
        target = Target("customers", (customer,), customer.id)
        if not hasattr(window, "tab") or not open_target(window, target):
            self.statusMessage.emit(self.tr("The Customers tab is not available here."))

    def _after_action(self, _record: object) -> None:
        self.refresh()

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
        self.statusMessage.emit(error_text(exc))


def _owes_invoice(row: rules.Attention) -> bool:
    """A failed payment whose invoice the customer can pay on its page."""
    return bool(row.invoice_id) and row.kind in (rules.PAYMENT_FAILED, rules.INVOICE_FAILED)
