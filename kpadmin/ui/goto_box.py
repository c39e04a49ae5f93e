"""The "go to" box (Ctrl+K): a Stripe id, or a customer's name or e-mail, opens that object.

What is typed is resolved against Stripe, never guessed from the lists on
screen (a row may not be loaded yet):

- an id whose prefix :mod:`kpadmin.domain.ids` knows opens its object:
  ``cus_`` in Customers, ``prod_``/``price_`` in Catalog, ``sub_`` in
  Subscriptions; an invoice (``in_``) opens its subscription (or its
  customer), a PaymentIntent (``pi_``) or SetupIntent (``seti_``) its customer;
- anything else is a customer search (``gateway.customers.search``): one
  match opens at once, several are listed to pick from.

While one types, the box suggests: after a pause (250 ms), the loaded rows
that match (``loaded``, :mod:`kpadmin.ui.goto_suggestions`) at once, then
what Stripe finds for the text, without repeats; a newer pause cancels the
older lookup. Stripe's search lags writes by up to a minute, so a customer
made moments ago may appear only among the loaded rows. Down moves into the
list; Enter on the text still resolves the text.

:func:`resolve` is the async lookup and holds no widget; :class:`GotoBox` is
the small popup; the window turns an accepted :class:`Target` into "switch
to the tab, then ``tab.open_record(...)``" (:func:`open_target`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from kpadmin.domain.ids import kind_of
from kpadmin.stripe_api.errors import GatewayError
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.errors import error_text

# How many customers a name or e-mail search lists.
SEARCH_LIMIT = 8
# How long typing must pause before the box suggests.
SUGGEST_DELAY_MS = 250


@dataclass(frozen=True, slots=True)
class Target:
    """Where an object opens.

    Attributes:
        tab: ``customers``, ``catalog`` or ``subscriptions`` (the window's tab keys).
        records: what the tab's ``open_record`` takes (a customer; a product and a
            price or None; a subscription).
        label: one line describing it (for the list of matches).
    """

    tab: str
    records: tuple[Any, ...]
    label: str


class NotFound(Exception):
    """Nothing matched the text (the box says so)."""


def customer_target(customer: Any) -> Target:
    parts = [p for p in (customer.name, customer.email) if p]
    return Target("customers", (customer,), " · ".join([*parts, customer.id]))


async def _customer_of(gateway: Any, customer_id: str | None) -> Target:
    if not customer_id:
        raise NotFound(QCoreApplication.translate("GotoBox", "It has no customer to open."))
    return customer_target(await gateway.customers.retrieve(customer_id))


async def _subscription_target(gateway: Any, subscription_id: str) -> Target:
    sub = await gateway.subscriptions.retrieve(subscription_id)
    return Target("subscriptions", (sub,), f"{sub.id} · {sub.status}")


async def _price_target(gateway: Any, price_id: str) -> Target:
    price = await gateway.prices.retrieve(price_id)
    product = await gateway.products.retrieve(price.product_id)
    return Target("catalog", (product, price), f"{product.name} · {price.id}")


async def _by_id(gateway: Any, object_id: str, kind: str) -> Target:
    if kind == "customer":
        return await _customer_of(gateway, object_id)
    if kind == "product":
        product = await gateway.products.retrieve(object_id)
        return Target("catalog", (product, None), f"{product.name} · {product.id}")
    if kind == "price":
        return await _price_target(gateway, object_id)
    if kind == "subscription":
        return await _subscription_target(gateway, object_id)
    if kind == "invoice":
        invoice = await gateway.invoices.retrieve(object_id)
        if invoice.subscription_id:
            return await _subscription_target(gateway, invoice.subscription_id)
        return await _customer_of(gateway, invoice.customer_id)
    if kind == "payment_intent":
        intent = await gateway.payment_intents.retrieve(object_id)
        return await _customer_of(gateway, intent.customer_id)
    if kind == "setup_intent":
        intent = await gateway.setup_intents.retrieve(object_id)
        return await _customer_of(gateway, intent.customer_id)
    raise NotFound(
        QCoreApplication.translate("GotoBox", "kpadmin cannot open this kind of object.")
    )


async def resolve(gateway: Any, text: str) -> list[Target]:
    """The objects ``text`` names: one for an id, up to :data:`SEARCH_LIMIT` for a search.

    Raises:
        NotFound: nothing matches (or the id names an object kpadmin does not show).
        GatewayError: Stripe refused or could not be reached.
    """
    text = text.strip()
    if not text:
        return []
    kind = kind_of(text) if " " not in text else None
    if kind is not None:
        try:
            return [await _by_id(gateway, text, kind)]
        except GatewayError as err:
            if err.kind == "not_found":
                raise NotFound(
                    QCoreApplication.translate("GotoBox", "No object with this id.")
                ) from err
            raise
    page = await gateway.customers.search(text, limit=SEARCH_LIMIT)
    if not page.items:
        raise NotFound(
            QCoreApplication.translate("GotoBox", "No customer matches “%1”.").replace("%1", text)
        )
    return [customer_target(c) for c in page.items]


async def stripe_matches(gateway: Any, text: str) -> list[Target]:
    """What Stripe finds for ``text``: :func:`resolve`, with nothing rather than an error
    when nothing matches."""
    try:
        return await resolve(gateway, text)
    except NotFound:
        return []


def without_repeats(first: Sequence[Target], more: Iterable[Target]) -> list[Target]:
    """``more`` minus the records ``first`` already lists (by tab and id)."""
    seen = {(t.tab, getattr(t.records[0], "id", None)) for t in first}
    return [t for t in more if (t.tab, getattr(t.records[0], "id", None)) not in seen]


def open_target(window: Any, target: Target) -> bool:
    """Switch ``window`` (the main window) to the target's tab and open the record there."""
    tab = window.tab(target.tab)
    opener = getattr(tab, "open_record", None)
    if tab is None or opener is None:
        return False
    window.tabs.setCurrentWidget(tab)  # first: loads the tab if it never was
    opener(*target.records)
    return True


class GotoBox(QDialog):
    """A small popup: type, press Enter, the object opens.

    Args:
        gateway: the open profile's gateway.
        parent: the main window.
        loaded: text -> the loaded rows that match, suggested before Stripe's.

    Signals:
        targetChosen(object): a :class:`Target` to open (the box hides itself).
    """

    targetChosen = Signal(object)

    def __init__(
        self,
        gateway: Any,
        parent: QWidget | None = None,
        loaded: Callable[[str], list[Target]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._loaded = loaded or (lambda _text: [])
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self.suggest)
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self.setWindowTitle(self.tr("Go to"))
        self.setObjectName("gotoBox")
        self.setMinimumWidth(520)  # grows to its placeholder (_fit_placeholder)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr(
                "cus_…, sub_…, price_…, prod_…, in_…, pi_…, seti_… or a customer's name or e-mail"
            )
        )
        self.edit.setAccessibleName(self.tr("Go to id, name or e-mail"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self.go)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.installEventFilter(self)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching customers"))
        self.results.itemActivated.connect(self._chosen)
        self.results.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addWidget(self.results)
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        """Make the box wide enough for its placeholder, in the UI's language.

        The placeholder is the only help the box gives (which ids it takes); cut
        off ("…name or e…") it says less. The width is the text's, plus the line
        edit's frame and margins and the clear button, within the screen.
        """
        edit = self.edit
        metrics = edit.fontMetrics()
        text = QSize(metrics.horizontalAdvance(edit.placeholderText()), metrics.height())
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        framed = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text, edit)
        margins = edit.textMargins()
        # QLineEdit keeps 2 px either side of the text; its clear button takes a 16 px icon
        # (32 in a tall edit) plus 6 px of padding and 4 px of spacing.
        clear = (16 if edit.sizeHint().height() < 34 else 32) + 6 + 4
        width = framed.width() + margins.left() + margins.right() + 4 + clear + 2
        screen = self.screen()
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.9))
        edit.setMinimumWidth(width)

    def popup(self) -> None:
        """Show the box with the text selected, ready for typing."""
        self._reset()
        self.edit.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_edited(self, _text: str) -> None:
        self._reset()
        self._suggest_timer.start()  # restarts: only a pause in typing suggests

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the text moves into the suggestions."""
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.results.isVisible()
            and self.results.count()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def suggest(self) -> None:
        """Suggest for the text now: the loaded rows that match, then Stripe's matches."""
        self._suggest_timer.stop()
        text = self.edit.text().strip()
        if not text:
            return
        loaded = self._loaded(text)
        self._show_targets(loaded)
        self._tasks.run(
            stripe_matches(self._gateway, text),
            key="resolve",
            on_success=lambda found: self._show_targets([*loaded, *without_repeats(loaded, found)]),
        )

    def _show_targets(self, targets: list[Target]) -> None:
        """List ``targets`` under the text, none chosen: Enter still resolves the text."""
        self.results.clear()
        for target in targets:
            item = QListWidgetItem(target.label, self.results)
            item.setData(Qt.ItemDataRole.UserRole, target)
        self.results.setCurrentRow(-1)
        self.results.setVisible(bool(targets))
        if targets:
            rows = self.results.sizeHintForRow(0) * len(targets)
            self.results.setMinimumHeight(rows + 2 * self.results.frameWidth() + 2)
        self.adjustSize()

    def go(self) -> None:
        """Look up what is typed (Enter); a chosen row in the list wins."""
        self._suggest_timer.stop()
        item = self.results.currentItem()
        if self.results.isVisible() and item is not None:
            self._chosen(item)
            return
        if self.edit.text().strip():
            self._say(self.tr("Looking up…"))
            self._tasks.run(
                resolve(self._gateway, self.edit.text()),
                key="resolve",
                busy=[self.edit],
                on_success=self._resolved,
            )

    def _resolved(self, targets: list[Target]) -> None:
        if len(targets) == 1:
            self._accept_target(targets[0])
            return
        self.message.hide()
        self._show_targets(targets)
        self.results.setCurrentRow(0)
        self.results.setFocus()

    def _chosen(self, item: QListWidgetItem) -> None:
        self._accept_target(item.data(Qt.ItemDataRole.UserRole))

    def _accept_target(self, target: Target) -> None:
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()  # the keyboard goes back to the window
        self.targetChosen.emit(target)

    def _reset(self) -> None:
        self._tasks.cancel("resolve")
        self.results.clear()
        self.results.hide()
        self.message.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _show_error(self, exc: BaseException) -> None:
        self._say(str(exc) if isinstance(exc, NotFound) else error_text(exc))
        self.edit.setFocus()
