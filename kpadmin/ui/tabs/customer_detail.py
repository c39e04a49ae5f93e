"""The detail pane of the Customers tab: who, how they pay, what they subscribe to.

Loads the selected customer's payment methods, subscriptions and invoices
together when the selection changes; a newer selection cancels the older
load (TaskRunner key ``detail``), so a slow answer for the previous customer
can never overwrite the current one. Kakao Pay is named as such and the
customer's default payment method is marked "Default". Double-clicking (or
Enter on) a subscription opens it in the Subscriptions tab, an invoice its
subscription (an invoice of no subscription: its customer), as Ctrl+K does.
Below them, the customer's history (:class:`~kpadmin.ui.story.timeline.StoryView`).
"""

from __future__ import annotations

import asyncio
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api.records import Customer, Invoice, PaymentMethod, Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.errors import error_html
from kpadmin.ui.formatting import (
    format_date,
    format_money,
    format_money_value,
    payment_method_kind,
)
from kpadmin.ui.goto_box import Target, resolve
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.status_chip import status_text

# Where a subscription's or invoice's row keeps its record.
RecordRole = Qt.ItemDataRole.UserRole


class CustomerDetail(QWidget):
    """Payment methods, subscriptions and invoices of one customer.

    Signals:
        openRequested(object): a :class:`~kpadmin.ui.goto_box.Target` to open in its
            tab (a subscription or invoice was double-clicked).
    """

    openRequested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self._customer: Customer | None = None

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.status = QLabel(self)
        self.error_label = FieldError(self)
        self.payment_methods = self._tree(
            self.tr("Payment methods"), [self.tr("Type"), self.tr("Default"), self.tr("ID")]
        )
        self.subscriptions = self._tree(
            self.tr("Subscriptions"),
            [self.tr("Status"), self.tr("Amount"), self.tr("Period ends"), self.tr("ID")],
        )
        self.invoices = self._tree(
            self.tr("Invoices"),
            [self.tr("Number"), self.tr("Status"), self.tr("Total"), self.tr("Created")],
        )
        self.subscriptions.itemActivated.connect(self._open_subscription)
        self.invoices.itemActivated.connect(self._open_invoice)
        for tree in (self.subscriptions, self.invoices):
            tree.setToolTip(self.tr("Double-click to open it in the Subscriptions tab"))
        # Kakao Pay actions and the pending approval (kpadmin/ui/kakao_actions.py).
        from kpadmin.ui.kakao_actions import CustomerKakaoBar

        self.kakao = CustomerKakaoBar(context, self._selected_payment_method, self)
        self.kakao.customerChanged.connect(self.show_customer)
        self.kakao.reloadRequested.connect(self.reload)
        self.payment_methods.currentItemChanged.connect(lambda *_: self.kakao.selection_changed())
        # "Advance the test clock…" for customers on a test clock (SANDBOX/TEST only).
        from kpadmin.ui.support.clock_dialog import AdvanceClockButton

        self.clock_button = AdvanceClockButton(context, self)
        self.clock_button.advanced.connect(lambda _clock: self.show_customer(self._customer))
        # What happened to the customer, newest first (loaded with the customer).
        from kpadmin.ui.story.timeline import StoryView

        self.story = StoryView(context, self)
        story_box = QGroupBox(self.tr("History"), self)
        story_layout = QVBoxLayout(story_box)
        story_layout.setContentsMargins(4, 4, 4, 4)
        story_layout.addWidget(self.story)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.kakao)
        layout.addWidget(self.clock_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        for tree in (self.payment_methods, self.subscriptions, self.invoices):
            box = tree.parentWidget()  # the group box made by _tree()
            assert box is not None
            layout.addWidget(box, 1)
        layout.addWidget(story_box, 2)
        self.show_customer(None)

    def _tree(self, title: str, headers: list[str]) -> QTreeWidget:
        box = QGroupBox(title, self)
        tree = QTreeWidget(box)
        tree.setAccessibleName(title)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setUniformRowHeights(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(tree)
        return tree

    def shutdown(self) -> None:
        self._tasks.cancel_all()
        self.story.shutdown()

    @property
    def customer(self) -> Customer | None:
        return self._customer

    def reload(self) -> None:
        """Load the shown customer again from Stripe (a wallet was saved, a default changed)."""
        if self._customer is not None:
            self._tasks.run(self._reload(self._customer.id), key="detail")

    async def _reload(self, customer_id: str) -> None:
        customer = await self._context.gateway.customers.retrieve(customer_id)
        if self._customer is not None and self._customer.id == customer_id:
            self.show_customer(customer)

    def _selected_payment_method(self) -> str | None:
        item = self.payment_methods.currentItem()
        return item.text(2) or None if item is not None and item.flags() else None

    def show_customer(self, customer: Customer | None) -> None:
        """Show ``customer`` (None: a hint) and load their objects, cancelling the last load."""
        self._customer = customer
        self.kakao.set_customer(customer)
        self.clock_button.set_customer(customer)
        self.story.show_customer(customer)
        self._tasks.cancel("detail")
        self.error_label.clear_error()
        for tree in (self.payment_methods, self.subscriptions, self.invoices):
            tree.clear()
        if customer is None:
            self.title.setText(
                self.tr(
                    "Select a customer to see their payment methods, subscriptions and invoices."
                )
            )
            self.status.hide()
            return
        name = customer.name or customer.email or customer.id
        lines = [f"<b>{_esc(name)}</b>"]
        if customer.email and customer.email != name:
            lines.append(_esc(customer.email))
        lines.append(f"<code>{_esc(customer.id)}</code>")
        self.title.setText("<br>".join(lines))
        self.status.setText(self.tr("Loading…"))
        self.status.show()
        self._tasks.run(self._load(customer), key="detail")

    async def _load(self, customer: Customer) -> None:
        gateway = self._context.gateway
        try:
            pms, subs, invoices = await asyncio.gather(
                gateway.customers.payment_methods.list_all(customer.id),
                gateway.subscriptions.list(status="all", customer_id=customer.id, limit=20),
                gateway.invoices.list(customer_id=customer.id, limit=20),
            )
        finally:
            self.status.hide()
        if customer is not self._customer:
            return
        sub_defaults = {
            s.default_payment_method_id for s in subs.items if s.default_payment_method_id
        }
        self._fill_payment_methods(pms, customer.default_payment_method_id, sub_defaults)
        self._fill_subscriptions(subs.items)
        self._fill_invoices(invoices.items)

    def _fill_payment_methods(
        self,
        pms: tuple[PaymentMethod, ...],
        default_id: str | None,
        subscription_defaults: set[str],
    ) -> None:
        for pm in pms:
            kind = payment_method_kind(pm.type, pm.brand, pm.last4)
            if pm.id == default_id:
                mark = self.tr("Default")
            elif pm.id in subscription_defaults:
                mark = self.tr("Pays a subscription")
            else:
                mark = ""
            QTreeWidgetItem(self.payment_methods, [kind, mark, pm.id])
        if not pms:
            self._placeholder(self.payment_methods, self.tr("No saved payment methods"))

    def _fill_subscriptions(self, subs: tuple[Subscription, ...]) -> None:
        for sub in subs:
            total = format_money_value(sub.total) if sub.total is not None else ""
            item = QTreeWidgetItem(
                self.subscriptions,
                [status_text(sub.status), total, format_date(sub.current_period_end), sub.id],
            )
            item.setData(0, RecordRole, sub)
        if not subs:
            self._placeholder(self.subscriptions, self.tr("No subscriptions"))

    def _fill_invoices(self, invoices: tuple[Invoice, ...]) -> None:
        for inv in invoices:
            item = QTreeWidgetItem(
                self.invoices,
                [
                    inv.number or inv.id,
                    status_text(inv.status),
                    format_money(inv.total, inv.currency),
                    format_date(inv.created),
                ],
            )
            item.setData(0, RecordRole, inv)
        if not invoices:
            self._placeholder(self.invoices, self.tr("No invoices"))

    def _open_subscription(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        sub = item.data(0, RecordRole)
        if isinstance(sub, Subscription):
            self.openRequested.emit(Target("subscriptions", (sub,), sub.id))

    def _open_invoice(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Open the invoice's subscription (retrieved: it may be past the 20 listed)."""
        invoice = item.data(0, RecordRole)
        if isinstance(invoice, Invoice):
            gateway = self._context.gateway
            self._tasks.run(
                resolve(gateway, invoice.id),
                key="open",
                on_success=lambda targets: self.openRequested.emit(targets[0]),
            )

    def _placeholder(self, tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem(tree, [text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setFirstColumnSpanned(True)

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)


def _esc(text: str) -> str:
    return html.escape(text)
