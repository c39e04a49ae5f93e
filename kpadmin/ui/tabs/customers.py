"""The Customers tab: the list, server search, instant filter, and a detail pane.

The list loads lazily through :class:`~kpadmin.ui.paging.PageFeeder`; a
search (Enter or the Search button) swaps the feeder's source to Stripe's
Search API and an empty search goes back to the plain list. Selecting a
customer loads their payment methods, subscriptions and invoices in the
detail pane; a new selection cancels the previous load (TaskRunner key
``detail``). Create and edit open :class:`CustomerDialog` with ``open()``;
delete asks first (a LIVE profile gets the LIVE warning). Changes made
elsewhere (:meth:`CustomersTab.apply_changes`) replace just their rows, and
the detail pane reloads when something of the shown customer changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import Customer
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.dialogs.confirm_live import ask, confirm_live
from kpadmin.ui.errors import error_html, error_text
from kpadmin.ui.live_records import customer_from_event
from kpadmin.ui.live_rows import read_rows_again, too_many
from kpadmin.ui.models.customers_model import CustomersModel
from kpadmin.ui.paging import DEFAULT_PAGE_SIZE, PageFeeder
from kpadmin.ui.reveal import reveal_record
from kpadmin.ui.table_view import RecordTable
from kpadmin.ui.tabs.current import CurrentObject
from kpadmin.ui.tabs.customer_detail import CustomerDetail
from kpadmin.ui.widgets.field_error import FieldError

if TYPE_CHECKING:  # imported when a dialog opens: the tab paints sooner at start-up
    from kpadmin.domain.live_updates import Changes
    from kpadmin.ui.dialogs.customer_dialog import CustomerDialog


class CustomersTab(QWidget):
    """Customers of the open profile.

    Signals:
        statusMessage(str): what an action did, or why it failed, for the status bar.
        openRequested(object): a ``goto_box.Target`` the detail pane asks to open.
    """

    statusMessage = Signal(str)
    openRequested = Signal(object)

    # Rows per page; tests make it small to exercise paging.
    page_size = DEFAULT_PAGE_SIZE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self._dialog: CustomerDialog | None = None
        self.setObjectName("customersTab")

        self.model = CustomersModel(self)
        self.table = RecordTable(
            self.model,
            name="customers",
            mode=context.mode,
            settings=context.settings,
            empty_text=self.tr("No customers yet"),
            parent=self,
        )
        self.table.view.setAccessibleName(self.tr("Customers"))
        self.feeder = PageFeeder(self.model, self._tasks)
        self.feeder.failed.connect(lambda _exc: self.table.show_load_failed())

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search Stripe by name or email"))
        self.search_edit.setAccessibleName(self.tr("Search customers on Stripe"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setAccessibleName(self.tr("Search customers on Stripe"))
        self.search_button.clicked.connect(self.search)
        self.new_button = QPushButton(self.tr("New customer…"), self)
        self.new_button.setAccessibleName(self.tr("New customer"))
        self.new_button.clicked.connect(self.create_customer)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit customer"))
        self.edit_button.clicked.connect(self.edit_customer)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete customer"))
        self.delete_button.clicked.connect(self.delete_customer)
        self.search_info = QLabel(self)
        self.error_label = FieldError(self)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.search_button)
        top.addSpacing(12)
        top.addWidget(self.table.filter_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.detail = CustomerDetail(context, self)
        self.detail.openRequested.connect(self.openRequested)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 420])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_info)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self.search_info.hide()

        # Kakao Pay: context menu entries for the detail pane's actions; a new default
        # payment method updates the row too.
        for text, slot in (
            (self.tr("Add Kakao Pay…"), self.detail.kakao.add_kakao_pay),
            (self.tr("New subscription…"), self.detail.kakao.new_subscription),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, f=slot: f())
            self.table.add_row_action(action)
        self.detail.kakao.customerChanged.connect(self.model.replace_row)

        # What every action acts on: the selected row, as the detail pane shows it.
        self.current = CurrentObject(self.table, self.feeder, self)
        self.current.bind(self.edit_button)
        self.current.bind(self.delete_button)
        self.current.changed.connect(self.detail.show_customer)
        self.table.activated.connect(lambda _c: self.edit_customer())
        self.table.refreshRequested.connect(self.refresh)
        self._list_source()

    # -- tab convention ---------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the current list (or search) from the first page (F5)."""
        self.error_label.clear_error()
        self.feeder.reload()

    def apply_changes(self, changes: Changes) -> None:
        """Changes made elsewhere (the window's live updates): read those rows again."""
        if not changes.complete or too_many(self.model, changes.customers):
            self.refresh()
            return
        if changes.customers or self.current.id in changes.touched_customers:
            self._tasks.run(self._apply(changes))

    async def _apply(self, changes: Changes) -> None:
        gateway = self._context.gateway
        fresh = await read_rows_again(
            self.model,
            changes.customers,
            gateway.customers.retrieve,
            deleted=changes.deleted,
            gone=lambda c: c.deleted,
            fresh_from=lambda old: customer_from_event(old, changes.objects.get(old.id)),
        )
        shown = self.current.object
        if shown is not None and shown.id in changes.touched_customers:
            shown = next((c for c in fresh if c.id == shown.id), shown)
            self.current.update(shown)
            self.detail.show_customer(shown)

    def open_record(self, customer: Customer) -> None:
        """Select ``customer`` in the full list (the go-to box, Ctrl+K); leaves a search."""
        if self.search_edit.text().strip():
            self.search_edit.clear()
            self.search()
        reveal_record(self.feeder, self.table, customer)

    def shutdown(self) -> None:
        """Cancel every load and save in flight (profile switch, window close)."""
        self._tasks.cancel_all()
        self.detail.shutdown()
        if self._dialog is not None:
            self._dialog.reject()

    # -- list and search --------------------------------------------------------------
    def _list_source(self) -> None:
        gateway, size = self._context.gateway, self.page_size
        self.feeder.set_source(
            lambda cursor: gateway.customers.list(cursor=cursor, limit=size), reload=False
        )

    def search(self) -> None:
        """Search Stripe for the typed text; an empty box returns to the full list."""
        text = self.search_edit.text().strip()
        self.error_label.clear_error()
        if not text:
            self.search_info.hide()
            self._list_source()
            self.feeder.reload()
            return
        gateway, size = self._context.gateway, self.page_size
        self.search_info.setText(
            self.tr(
                "Search results for “%1”. Clear the search box and press Enter to see all "
                "customers."
            ).replace("%1", text)
        )
        self.search_info.show()
        self.feeder.set_source(lambda cursor: gateway.customers.search(text, cursor, limit=size))

    # -- create, edit, delete ---------------------------------------------------------
    def create_customer(self) -> None:
        self._open_dialog(None)

    def edit_customer(self) -> None:
        customer = self.current.object
        if customer is not None:
            self._open_dialog(customer)

    def _open_dialog(self, customer: Customer | None) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            return
        from kpadmin.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self._context, customer, self)
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(self._on_dialog_closed)
        self._dialog = dialog
        dialog.open()

    def current_dialog(self) -> CustomerDialog | None:
        """The open create/edit dialog, if any (tests drive it)."""
        return self._dialog

    def _on_dialog_closed(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None

    def _on_saved(self, customer: Customer) -> None:
        label = customer.name or customer.email or customer.id
        if self.model.replace_row(customer):
            if self.current.id == customer.id:
                self.detail.show_customer(customer)
            self.statusMessage.emit(self.tr("Customer %1 saved.").replace("%1", label))
        else:
            self.model.prepend_row(customer)
            self.statusMessage.emit(self.tr("Customer %1 created.").replace("%1", label))
        self.table.select_id(customer.id)

    def delete_customer(self) -> None:
        customer = self.current.object
        if customer is not None:
            self.current.recheck_after(
                self._tasks.run(self._delete(customer), busy=[self.delete_button], key="delete")
            )

    async def _delete(self, customer: Customer) -> None:
        label = customer.name or customer.email or customer.id
        if customer.name and customer.email:  # who exactly, as the caller would say it
            label = f"{customer.name} ({customer.email})"
        text = self.tr(
            "Delete customer “%1”? Stripe also cancels their subscriptions at once. "
            "This cannot be undone."
        ).replace("%1", label)
        if self._context.is_live:
            ok = await confirm_live(self, text, mode=self._context.mode)
        else:
            ok = await ask(
                self, self.tr("Delete customer"), text, confirm_label=self.tr("Delete customer")
            )
        if not ok:
            return
        await self._context.gateway.customers.delete(customer.id, idempotency_key=new_action_key())
        self.model.remove_id(customer.id)
        self.statusMessage.emit(self.tr("Customer %1 deleted.").replace("%1", label))

    # -- errors -----------------------------------------------------------------------
    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
        self.statusMessage.emit(error_text(exc))
