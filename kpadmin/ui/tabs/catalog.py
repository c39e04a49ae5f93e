"""The Catalog tab: products (active / archived / all) and the prices of the selected one.

Master-detail: the products table on top, the selected product's prices
below. Both tables load lazily through :class:`~kpadmin.ui.paging.PageFeeder`
and the shared :class:`~kpadmin.ui.table_view.RecordTable` (filter, sort,
copy id, CSV, Dashboard). Writes (archive/restore, default price) run through
the tab's :class:`~kpadmin.ui.async_tasks.TaskRunner` with one idempotency
key per action, after a LIVE confirmation where money is concerned; dialogs
(:class:`ProductDialog`, :class:`PriceDialog`) are opened with ``open()``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api.records import Price, Product
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.dialogs.price_dialog import PriceDialog
from kpadmin.ui.dialogs.product_dialog import ProductDialog
from kpadmin.ui.errors import error_html, error_text
from kpadmin.ui.live_rows import read_rows_again
from kpadmin.ui.models.prices_model import PricesModel, price_label
from kpadmin.ui.models.products_model import ProductsModel
from kpadmin.ui.paging import DEFAULT_PAGE_SIZE, PageFeeder
from kpadmin.ui.reveal import reveal_record, when_first_page
from kpadmin.ui.table_view import RecordTable
from kpadmin.ui.tabs.catalog_actions import CatalogActions, can_make_default
from kpadmin.ui.tabs.current import CurrentObject
from kpadmin.ui.widgets.field_error import FieldError

if TYPE_CHECKING:
    from kpadmin.domain.live_updates import Changes

# Product filter choices -> the ``active`` argument of ``gateway.products.list``.
PRODUCT_FILTERS: dict[str, bool | None] = {"active": True, "archived": False, "all": None}


class CatalogTab(QWidget):
    """Products and prices of one Stripe account.

    Signals:
        statusMessage(str): text for the main window's status bar.
    """

    statusMessage = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._gateway = context.gateway
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self._actions = CatalogActions(context.gateway, context.mode, self)
        self._dialog: QDialog | None = None
        self.page_size = DEFAULT_PAGE_SIZE

        self.products_model = ProductsModel(self)
        self.prices_model = PricesModel(self)
        settings = context.qsettings
        self.products_table = RecordTable(
            self.products_model,
            name="products",
            mode=context.mode,
            settings=settings,
            empty_text=self.tr("No products here yet. Create one with “New product”."),
            parent=self,
        )
        self.prices_table = RecordTable(
            self.prices_model,
            name="prices",
            mode=context.mode,
            settings=settings,
            empty_text=self.tr("Select a product to see its prices."),
            parent=self,
        )
        self.products_feeder = PageFeeder(self.products_model, self._tasks)
        self.prices_feeder = PageFeeder(self.prices_model, self._tasks)
        self.prices_feeder.pageLoaded.connect(lambda _n: self._remember_price_labels())
        self.products_feeder.firstPageLoaded.connect(self._load_default_price_labels)
        self._build()
        # What the actions act on: the selected product (its prices below) and price.
        self.product = CurrentObject(self.products_table, self.products_feeder, self)
        self.price = CurrentObject(self.prices_table, self.prices_feeder, self)
        for button in (
            self.edit_product_button,
            self.archive_product_button,
            self.new_price_button,
        ):
            self.product.bind(button)
        for button in (self.edit_price_button, self.archive_price_button):
            self.price.bind(button, lambda _price: self.product.object is not None)
        self.price.bind(
            self.default_price_button, lambda p: can_make_default(self.product.object, p)
        )
        self.product.changed.connect(self._on_product_changed)
        self.products_table.refreshRequested.connect(self.refresh)
        self.products_table.activated.connect(lambda _p: self.edit_product())
        self.price.changed.connect(lambda _p: self._update_actions())
        self.prices_table.refreshRequested.connect(self._reload_prices)
        self.prices_table.activated.connect(lambda _p: self.edit_price())
        self._update_actions()

    # -- layout -------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(self.tr("Show products"))
        for key, text in (
            ("active", self.tr("Active products")),
            ("archived", self.tr("Archived products")),
            ("all", self.tr("All products")),
        ):
            self.filter_combo.addItem(text, key)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_product_button = self._button(
            self.tr("New product…"), self.tr("New product"), self.new_product
        )
        self.edit_product_button = self._button(
            self.tr("Edit…"), self.tr("Edit product"), self.edit_product
        )
        self.archive_product_button = self._button(
            self.tr("Archive"), self.tr("Archive product"), self.toggle_product_active
        )
        top = QHBoxLayout()
        top.addWidget(self.filter_combo)
        top.addWidget(self.new_product_button)
        top.addWidget(self.edit_product_button)
        top.addWidget(self.archive_product_button)
        top.addStretch(1)
        top.addWidget(self.products_table.filter_edit, 1)

        self.product_header = QLabel(self)
        self.product_header.setTextFormat(Qt.TextFormat.RichText)
        self.product_header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.product_header.setAccessibleName(self.tr("Selected product"))
        self.new_price_button = self._button(
            self.tr("New price…"), self.tr("New price"), self.new_price
        )
        self.edit_price_button = self._button(
            self.tr("Edit…"), self.tr("Edit price"), self.edit_price
        )
        self.archive_price_button = self._button(
            self.tr("Archive"), self.tr("Archive price"), self.toggle_price_active
        )
        self.new_price_action = QAction(self.tr("New price…"), self)  # the empty list offers it
        self.new_price_action.triggered.connect(lambda _checked=False: self.new_price())
        self.default_price_button = self._button(
            self.tr("Make default"), self.tr("Make default price"), self.make_default_price
        )
        prices_bar = QHBoxLayout()
        prices_bar.addWidget(self.product_header, 1)
        for button in (
            self.new_price_button,
            self.edit_price_button,
            self.archive_price_button,
            self.default_price_button,
        ):
            prices_bar.addWidget(button)
        prices_bar.addWidget(self.prices_table.filter_edit)

        self.error_label = FieldError(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(prices_bar)
        lower_layout.addWidget(self.prices_table)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.products_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter)

    # -- tab convention -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the product list with the current filter (F5)."""
        self.error_label.clear_error()
        active = PRODUCT_FILTERS[self.filter_combo.currentData()]
        gateway, limit = self._gateway, self.page_size
        self.products_feeder.set_source(
            lambda cursor: gateway.products.list(active=active, cursor=cursor, limit=limit)
        )

    def apply_changes(self, changes: Changes) -> None:
        """Changes made elsewhere (the window's live updates): read those rows again."""
        if changes.products or changes.prices or changes.deleted:
            self._tasks.run(self._apply(changes))

    async def _apply(self, changes: Changes) -> None:
        gw, gone = self._gateway, changes.deleted
        for product in await read_rows_again(
            self.products_model, changes.products, gw.products.retrieve, deleted=gone
        ):
            self._product_changed(product, announce=False)
        if await read_rows_again(
            self.prices_model, changes.prices, gw.prices.retrieve, deleted=gone
        ):
            self._remember_price_labels()

    def open_record(self, product: Product, price: Price | None = None) -> None:
        """Select ``product`` and then ``price`` among its prices (the go-to box, Ctrl+K)."""
        if self.filter_combo.currentData() != ("active" if product.active else "archived"):
            self.set_filter("all")
        reveal_record(self.products_feeder, self.products_table, product)
        if price is not None:
            when_first_page(
                self.products_feeder,
                lambda: reveal_record(self.prices_feeder, self.prices_table, price),
            )

    def shutdown(self) -> None:
        self._tasks.cancel_all()

    @property
    def tasks(self) -> TaskRunner:
        return self._tasks

    @property
    def current_dialog(self) -> QDialog | None:
        """The product or price dialog currently open from this tab (tests drive it)."""
        return self._dialog

    def current_product(self) -> Product | None:
        product: Product | None = self.product.object
        return product

    def current_price(self) -> Price | None:
        price: Price | None = self.price.object
        return price

    def set_filter(self, key: str) -> None:
        """Show ``active``, ``archived`` or ``all`` products (reloads)."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(key))

    # -- selection ----------------------------------------------------------------------

    def _on_product_changed(self, product: Product | None) -> None:
        self.prices_model.set_default_price_id(product.default_price_id if product else None)
        self._show_product_header(product)
        self._reload_prices()
        self._update_actions()

    def _reload_prices(self) -> None:
        product = self.current_product()
        if product is None:
            self.prices_feeder.set_source(None)
            return
        gateway, limit, pid = self._gateway, self.page_size, product.id
        self.prices_feeder.set_source(
            lambda cursor: gateway.prices.list(product_id=pid, cursor=cursor, limit=limit)
        )

    def _show_product_header(self, product: Product | None) -> None:
        if product is None:
            self.product_header.setText(self.tr("Prices"))
            self.prices_table.set_empty_text(self.tr("Select a product to see its prices."))
            return
        self.prices_table.set_empty_text(
            self.tr("%1 has no prices yet.").replace("%1", product.name), self.new_price_action
        )
        self.product_header.setText(
            self.tr("Prices of <b>%1</b>").replace("%1", html.escape(product.name))
            + f" <span style='color: gray'>{html.escape(product.id)}</span>"
        )

    def _remember_price_labels(self) -> None:
        labels = {p.id: price_label(p) for p in self.prices_model.objects()}
        self.products_model.set_price_labels(labels)

    def _load_default_price_labels(self) -> None:
        """Label the default-price column: one request for the newest prices of every product."""
        missing = {p.default_price_id for p in self.products_model.objects() if p.default_price_id}
        if missing:
            self._tasks.run(
                self._fetch_price_labels(), key="price_labels", on_error=lambda _exc: None
            )  # labels are a nicety; ids stay shown

    async def _fetch_price_labels(self) -> None:
        page = await self._gateway.prices.list(limit=100)
        self.products_model.set_price_labels({p.id: price_label(p) for p in page.items})

    def _update_actions(self) -> None:
        """Name the archive buttons for the selection (enabled states: the bindings)."""
        product, price = self.current_product(), self.current_price()
        restore = product is not None and not product.active
        self.archive_product_button.setText(self.tr("Restore") if restore else self.tr("Archive"))
        self.archive_product_button.setAccessibleName(
            self.tr("Restore product") if restore else self.tr("Archive product")
        )
        restore = price is not None and not price.active
        self.archive_price_button.setText(self.tr("Restore") if restore else self.tr("Archive"))
        self.archive_price_button.setAccessibleName(
            self.tr("Restore price") if restore else self.tr("Archive price")
        )
        self.price.recheck_actions()

    # -- dialogs ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        self._dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    def new_product(self) -> None:
        dialog = ProductDialog(self._gateway, parent=self)
        dialog.saved.connect(self._product_created)
        self._open(dialog)

    def edit_product(self) -> None:
        product = self.current_product()
        if product is not None:
            dialog = ProductDialog(self._gateway, product, parent=self)
            dialog.saved.connect(self._product_changed)
            self._open(dialog)

    def new_price(self, prefill: Price | None = None) -> None:
        product = self.current_product()
        if product is not None:
            dialog = PriceDialog(self._gateway, product, prefill=prefill, parent=self)
            dialog.defaultPriceSet.connect(lambda p: self._product_changed(p, announce=False))
            dialog.saved.connect(self._price_created)
            self._open(dialog)

    def edit_price(self) -> None:
        product, price = self.current_product(), self.current_price()
        if product is not None and price is not None:
            dialog = PriceDialog(self._gateway, product, price=price, parent=self)
            dialog.saved.connect(self._price_changed)
            dialog.newPriceRequested.connect(self.new_price)
            self._open(dialog)

    # -- results ------------------------------------------------------------------------

    def _product_created(self, product: Product) -> None:
        if self.filter_combo.currentData() != "archived":
            self.products_model.prepend_row(product)
            self.products_table.select_id(product.id)
        self.statusMessage.emit(self.tr("Product %1 created.").replace("%1", product.name))

    def _product_changed(self, product: Product, *, announce: bool = True) -> None:
        wanted = PRODUCT_FILTERS[self.filter_combo.currentData()]
        if wanted is not None and product.active != wanted:
            self.products_model.remove_id(product.id)
        else:
            self.products_model.replace_row(product)
        current = self.current_product()
        if current is not None and current.id == product.id:
            self.prices_model.set_default_price_id(product.default_price_id)
            self._show_product_header(product)
        self._update_actions()
        if announce:
            self.statusMessage.emit(self.tr("Product %1 saved.").replace("%1", product.name))

    def _price_created(self, price: Price) -> None:
        self.prices_model.prepend_row(price)
        self.prices_table.select_id(price.id)
        self._remember_price_labels()
        product = self.current_product()
        if product is not None and product.default_price_id == price.id:
            text = self.tr("Price %1 created and made the default.")
        else:
            text = self.tr("Price %1 created.")
        self.statusMessage.emit(text.replace("%1", price_label(price)))

    def _price_changed(self, price: Price) -> None:
        self.prices_model.replace_row(price)
        self._remember_price_labels()
        self._update_actions()
        self.statusMessage.emit(self.tr("Price %1 saved.").replace("%1", price_label(price)))

    # -- actions without dialogs ----------------------------------------------------------

    def toggle_product_active(self) -> None:
        """Archive the selected product, or restore it when archived."""
        product = self.current_product()
        if product is not None:
            self.error_label.clear_error()
            self.product.recheck_after(
                self._tasks.run(
                    self._actions.set_product_active(product, not product.active),
                    busy=[self.archive_product_button],
                    on_success=self._product_changed,
                )
            )

    def toggle_price_active(self) -> None:
        """Archive the selected price, or restore it when archived."""
        price = self.current_price()
        if price is not None:
            self.error_label.clear_error()
            self.price.recheck_after(
                self._tasks.run(
                    self._actions.set_price_active(price, not price.active),
                    busy=[self.archive_price_button],
                    on_success=self._price_changed,
                )
            )

    def make_default_price(self) -> None:
        """Make the selected price the selected product's default."""
        product, price = self.current_product(), self.current_price()
        if product is not None and price is not None:
            self.error_label.clear_error()
            self.price.recheck_after(
                self._tasks.run(
                    self._actions.set_default_price(product, price),
                    busy=[self.default_price_button],
                    on_success=self._product_changed,
                )
            )

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
        self.statusMessage.emit(error_text(exc))
