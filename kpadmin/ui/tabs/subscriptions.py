"""The Subscriptions tab: the list filtered by status, customer and price, and a detail pane.

The list loads lazily (:class:`~kpadmin.ui.paging.PageFeeder`) through the
shared :class:`~kpadmin.ui.table_view.RecordTable`. Every row is named
whatever the shop's size: the list expands each subscription's customer, and
before a page is shown the products its prices name that are not known yet
are read in one request (``products.list(ids=...)``). The customer and price
filters search Stripe as the person types
(:class:`~kpadmin.ui.widgets.search_picker.SearchPicker`,
:mod:`~kpadmin.ui.finders`). Selecting a row shows it at
once, then retrieves the subscription with its latest invoice's payment and
the customer's payment methods (cancelled when the selection moves on).
Changes made elsewhere (:meth:`SubscriptionsTab.apply_changes`) read again
just the rows of the subscriptions, or their customers, that changed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api.records import Page, Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.attention.source import attention_page
from kpadmin.ui.attention.texts import subscription_chip_colour
from kpadmin.ui.context import AppContext
from kpadmin.ui.errors import error_html, error_text
from kpadmin.ui.finders import find_customers, find_prices
from kpadmin.ui.fonts import table_font
from kpadmin.ui.kakao_actions import can_resume, open_new_subscription, resume_payment
from kpadmin.ui.live_records import subscription_from_events
from kpadmin.ui.live_rows import read_rows_again, too_many
from kpadmin.ui.models.base import ObjectRole
from kpadmin.ui.models.subscriptions_model import SubscriptionsModel
from kpadmin.ui.paging import DEFAULT_PAGE_SIZE, PageFeeder
from kpadmin.ui.reveal import reveal_record
from kpadmin.ui.story.timeline import StoryView
from kpadmin.ui.support.panel import SupportActions
from kpadmin.ui.table_view import RecordTable
from kpadmin.ui.tabs.current import CurrentObject
from kpadmin.ui.widgets.field_error import FieldError
from kpadmin.ui.widgets.search_picker import SearchPicker
from kpadmin.ui.widgets.status_chip import StatusChipDelegate, status_text
from kpadmin.ui.widgets.subscription_detail import SubscriptionDetail

if TYPE_CHECKING:
    from kpadmin.domain.live_updates import Changes

# Status filter values; "all" includes canceled ones (Stripe's default list omits them);
# "attention" is what "Needs attention" lists (found by search, not a Stripe status).
ATTENTION = "attention"
STATUSES = (
    "all",
    ATTENTION,
    "active",
    "trialing",
    "incomplete",
    "past_due",
    "unpaid",
    "paused",
    "canceled",
    "incomplete_expired",
    "ended",
)
# The most product ids one ``products.list(ids=...)`` names (Stripe's page size).


class SubscriptionsTab(QWidget):
    """Subscriptions of one Stripe account.

    Signals:
        statusMessage(str): text for the main window's status bar.
    """

    statusMessage = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._gateway = context.gateway
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self._customer_names: dict[str, str] = {}
        self._filters: tuple[str | None, str | None, str | None] | None = None
        self.page_size = DEFAULT_PAGE_SIZE

        self.model = SubscriptionsModel(self)
        self.table = RecordTable(
            self.model,
            name="subscriptions",
            mode=context.mode,
            settings=context.qsettings,
            empty_text=self.tr("No subscriptions match these filters."),
            parent=self,
        )
        self.table.view.setItemDelegateForColumn(
            self.model.column_index("status"),
            StatusChipDelegate(
                lambda idx: subscription_chip_colour(idx.data(ObjectRole)), self.table.view
            ),
        )
        self.feeder = PageFeeder(self.model, self._tasks)
        self.detail = SubscriptionDetail(self.model.plan_name, self)
        # Support actions: buttons above the detail, a submenu in the context menu.
        self.support = SupportActions(
            context, self.model.plan_name, lambda cid: self._customer_names.get(cid, ""), self
        )
        self.support.subscriptionChanged.connect(self._on_support_changed)
        self.support.failed.connect(self._show_error)
        self._build()
        # What every action acts on: the selected row, as the detail pane shows it.
        self.current = CurrentObject(self.table, self.feeder, self)
        self.current.bind(self.resume_button, can_resume)
        self.current.changed.connect(self._on_current)
        self.table.refreshRequested.connect(self.refresh)

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        for status in STATUSES:
            text = {
                "all": self.tr("All statuses"),
                ATTENTION: self.tr("Needs attention"),
                "ended": self.tr("Ended"),
            }.get(status, status_text(status))
            self.status_combo.addItem(text, status)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        gateway, plan_name = self._gateway, self.model.plan_name
        self.customer_combo = self._picker(
            SearchPicker(
                self.tr("Any customer"),
                lambda text: find_customers(gateway, text),
                accessible=self.tr("Customer filter"),
                placeholder=self.tr("Customer name or cus_…"),
                parent=self,
            )
        )
        self.price_combo = self._picker(
            SearchPicker(
                self.tr("Any price"),
                lambda text: find_prices(gateway, text, plan_name),
                accessible=self.tr("Price filter"),
                placeholder=self.tr("Product name or price_…"),
                parent=self,
            )
        )
        bar = QHBoxLayout()
        # No "Status"/"Customer"/"Price" labels: each combo names its filter ("All statuses",
        # "Any customer"), and the row must fit 1200 px in languages longer than English.
        bar.addWidget(self.status_combo)
        bar.addWidget(self.customer_combo, 1)
        bar.addWidget(self.price_combo, 1)
        bar.addWidget(self.table.filter_edit, 1)
        # Kakao Pay: start a subscription (here); resume an incomplete one's first payment
        # (among the selected subscription's actions).
        self.new_button = QPushButton(self.tr("New subscription…"), self)
        self.new_button.clicked.connect(self.new_subscription)
        self.resume_button = QPushButton(self.tr("Resume payment…"), self)
        self.resume_button.setToolTip(
            self.tr("Ask the customer to approve the first payment in Kakao Pay")
        )
        self.resume_button.clicked.connect(self.resume_payment)
        bar.addWidget(self.new_button)
        self.support.add_leading(self.resume_button)  # with the subscription's other actions
        self.error_label = FieldError(self)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.addWidget(self.support)
        pane_layout.addWidget(self.detail, 1)
        # What happened to the subscription, newest first (loaded with the selection).
        self.story_box = QGroupBox(self.tr("History"), pane)
        story_layout = QVBoxLayout(self.story_box)
        story_layout.setContentsMargins(4, 4, 4, 4)
        self.story = StoryView(self._context, self.story_box)
        story_layout.addWidget(self.story)
        pane_layout.addWidget(self.story_box, 1)
        scroll.setWidget(pane)
        self.support_menu = QMenu(self.tr("Support"), self)
        self.support_menu.aboutToShow.connect(self._fill_support_menu)
        self.table.add_row_action(self.support_menu.menuAction())
        scroll.setMinimumWidth(340)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)

    def _picker(self, picker: SearchPicker) -> SearchPicker:
        picker.setFont(table_font(picker.font()))  # "스톡포토 베이직 · ₩30,000 / month" in one face
        picker.setMinimumContentsLength(14)
        picker.picked.connect(self.apply_filters)
        picker.failed.connect(self._show_error)
        return picker

    # -- tab convention -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list with the current filters and the name lookups (F5)."""
        self.error_label.clear_error()
        self._filters = None
        self.model.forget_labels()  # names are read again with the rows (renamed ones too)
        self.apply_filters()

    def apply_changes(self, changes: Changes) -> None:
        """Changes made elsewhere (the window's live updates): read those rows again.

        A row changes with its subscription, its invoices (the subscription is
        named by them) and its customer (the row shows the name).
        """
        ids = set(changes.subscriptions)
        ids.update(s.id for s in self.model.objects() if s.customer_id in changes.customers)
        if not changes.complete or too_many(self.model, ids):
            self.refresh()
        elif any(self.model.row_of(i) >= 0 for i in ids):
            self._tasks.run(self._apply(ids, changes))

    async def _apply(self, ids: set[str], changes: Changes) -> None:
        fresh = await read_rows_again(
            self.model,
            ids,
            self._gateway.subscriptions.retrieve,
            fresh_from=lambda old: subscription_from_events(old, changes),
        )
        for sub in fresh:
            self._customer_names[sub.customer_id] = _customer_name(sub) or sub.customer_id
            if sub.id == self.current.id:
                self.current.update(sub)
                self._on_current(sub)

    def open_record(self, sub: Subscription) -> None:
        """Select ``sub`` with every filter cleared (the go-to box, Ctrl+K)."""
        if self.filters() != ("all", None, None):
            self.set_filters(status="all")
        reveal_record(self.feeder, self.table, sub)

    def shutdown(self) -> None:
        self._tasks.cancel_all()
        self.customer_combo.shutdown()
        self.price_combo.shutdown()
        self.support.shutdown()
        self.story.shutdown()

    @property
    def tasks(self) -> TaskRunner:
        return self._tasks

    # -- filters ------------------------------------------------------------------------

    def set_filters(
        self, *, status: str = "all", customer_id: str | None = None, price_id: str | None = None
    ) -> None:
        """Set every filter and reload (what the controls do, for code and tests)."""
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        self.status_combo.blockSignals(False)
        self.customer_combo.choose(customer_id)
        self.price_combo.choose(price_id)
        self.apply_filters()

    def filters(self) -> tuple[str | None, str | None, str | None]:
        """(status, customer id, price id) as the controls read now."""
        status = self.status_combo.currentData()
        return status, self.customer_combo.chosen_id(), self.price_combo.chosen_id()

    def apply_filters(self) -> None:
        """Reload the list if the filters changed since the last load."""
        filters = self.filters()
        if filters == self._filters:
            return
        self._filters = filters
        status, customer_id, price_id = filters
        self.detail.clear()
        if status == ATTENTION:
            self.feeder.set_source(
                lambda _cursor: self._named(
                    attention_page(self._gateway, int(time.time()), customer_id, price_id)
                )
            )
            return
        self.feeder.set_source(
            lambda cursor: self._named(
                self._gateway.subscriptions.list(
                    status=status,
                    customer_id=customer_id,
                    price_id=price_id,
                    cursor=cursor,
                    limit=self.page_size,
                )
            )
        )

    async def _named(self, fetch: Awaitable[Page[Subscription]]) -> Page[Subscription]:
        """A page of subscriptions whose every customer and product has its name."""
        page = await fetch
        self._customer_names.update(
            {s.customer_id: name for s in page.items if (name := _customer_name(s))}
        )
        missing = self.model.unnamed_products(page.items)
        if missing:
            products = await self._gateway.products.by_ids(missing)
            self.model.set_labels(products={p.id: p.name for p in products})
        return page

    # -- detail -------------------------------------------------------------------------

    def _on_current(self, sub: Subscription | None) -> None:
        self.support.set_subscription(sub)
        self.story.show_subscription(sub)
        if sub is None:
            self._tasks.cancel("detail")
            self.detail.clear()
            return
        self.detail.show_subscription(sub, customer_name=_customer_name(sub))
        self._tasks.run(self._load_detail(sub), key="detail")

    async def _load_detail(self, sub: Subscription) -> None:
        full, methods = await asyncio.gather(
            self._gateway.subscriptions.retrieve(sub.id),
            self._gateway.customers.payment_methods.list_all(sub.customer_id),
        )
        pm = next((m for m in methods if m.id == full.default_payment_method_id), None)
        if full.id != self.current.id:
            return  # the selection moved on while this was loading
        self.current.update(full)
        self.support.set_subscription(full)
        self.detail.show_subscription(full, customer_name=_customer_name(full), payment_method=pm)

    # -- Kakao Pay ----------------------------------------------------------------------

    def new_subscription(self) -> None:
        """Open "New subscription"; the list reloads when one was created."""
        open_new_subscription(
            self._context, None, self.window(), on_created=lambda _s: self.refresh()
        )

    def resume_payment(self) -> None:
        """Ask the customer again to approve the selected subscription's first payment."""
        sub = self.current.object
        if can_resume(sub):
            self.current.recheck_after(
                self._tasks.run(self._resume(sub), key="resume", busy=[self.resume_button])
            )

    async def _resume(self, sub: Subscription) -> None:
        dialog = await resume_payment(self._context, sub, self.window())
        if dialog is None:
            self.statusMessage.emit(
                self.tr("This subscription's first payment no longer needs the customer.")
            )
            self.refresh()
            return
        dialog.flowEnded.connect(self._on_resume_ended)

    def _on_resume_ended(self, _flow: object) -> None:
        self.refresh()

    # -- support actions ----------------------------------------------------------------

    def _fill_support_menu(self) -> None:
        self.support_menu.clear()
        self.support.fill_menu(self.support_menu)

    def _on_support_changed(self, sub: Subscription) -> None:
        """An action changed ``sub``: replace its row and, if shown, the detail (no reload)."""
        self.model.replace_row(sub)
        if self.current.id == sub.id:
            self.current.update(sub)
            self._on_current(sub)
        who = self._customer_names.get(sub.customer_id) or sub.customer_id
        self.statusMessage.emit(self.tr("Subscription of %1 updated.").replace("%1", who))

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
        self.statusMessage.emit(error_text(exc))


def _customer_name(sub: Subscription) -> str:
    """The customer's name, else e-mail, as the row's expanded customer gives them."""
    return sub.customer_name or sub.customer_email or ""
