"""Change a subscription's plan (price and/or quantity), with Stripe's preview first.

Money changes here, so the agent sees what Stripe will invoice before
confirming: every change of price, quantity or proration behaviour asks
``/v1/invoices/create_preview`` (debounced, the older request cancelled) and
shows the invoice line by line in the subscription's currency (₩ amounts are
whole won: KRW is zero-decimal). Confirm is enabled only while the preview on
screen matches the form, and the change is sent with the preview's
``proration_date``, so the customer is billed exactly what was shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api.records import Price, Subscription
from kpadmin.stripe_api.records_support import InvoicePreview, ProrationBehavior
from kpadmin.ui.context import AppContext
from kpadmin.ui.formatting import format_date, format_money
from kpadmin.ui.models.prices_model import price_label
from kpadmin.ui.support.base import SupportDialog
from kpadmin.ui.support.texts import proration_choices, proration_sentence
from kpadmin.ui.widgets.status_chip import status_text

# How long the form must rest before a preview is asked for (ms).
PREVIEW_DELAY_MS = 250
# How many prices the picker loads.
PRICE_LIMIT = 100


class ChangePlanDialog(SupportDialog):
    """Move ``sub``'s one item to another price or quantity.

    Args:
        plan_name: price -> a name for people (nickname or product name); the price id
            when not given.

    Attributes:
        preview: the preview on screen, or None while none matches the form.
    """

    def __init__(
        self,
        context: AppContext,
        sub: Subscription,
        parent: QWidget | None = None,
        plan_name: Callable[[Price], str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            context,
            title=self.tr("Change plan"),
            intro=self.tr(
                "Move the customer to another price or quantity. Stripe's preview "
                "of the invoice is shown before anything changes."
            ),
            confirm_label=self.tr("Change plan"),
            parent=parent,
            **kwargs,
        )
        self._sub = sub
        self._item = sub.items[0]
        self._plan_name = plan_name or (lambda p: p.nickname or p.id)
        self.plan_name_of = self._plan_name
        self.name_subject(sub)
        self.preview: InvoicePreview | None = None
        self._preview_for: tuple[Any, ...] | None = None
        self._preview_error = ""

        current = QLabel(
            self._price_text(self._item.price) + " × " + str(self._item.quantity), self
        )
        current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Now"), current)
        self.price_combo = QComboBox(self)
        self.price_combo.setAccessibleName(self.tr("New price"))
        self.price_combo.addItem(self._price_text(self._item.price), self._item.price.id)
        self.form.addRow(self.tr("New price"), self.price_combo)
        self.quantity = QSpinBox(self)
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.quantity.setRange(1, 9999)
        self.quantity.setValue(self._item.quantity)
        self.form.addRow(self.tr("Quantity"), self.quantity)
        self.behavior = QComboBox(self)
        self.behavior.setAccessibleName(self.tr("Proration"))
        for text, value in proration_choices():
            self.behavior.addItem(text, value)
        self.form.addRow(self.tr("Proration"), self.behavior)

        self.lines = QTableWidget(0, 3, self)
        self.lines.setObjectName("previewLines")
        self.lines.setAccessibleName(self.tr("Invoice preview"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Period"), self.tr("Amount")]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setWordWrap(True)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.preview_heading = QLabel(self.tr("<b>The invoice, as Stripe previews it</b>"), self)
        self.totals = QLabel(self)
        self.totals.setObjectName("previewTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # built by SupportDialog
        index = layout.indexOf(self.summary)
        layout.insertWidget(index, self.preview_heading)
        layout.insertWidget(index + 1, self.lines)
        layout.insertWidget(index + 2, self.totals)
        self.setMinimumWidth(640)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.request_preview)
        self.price_combo.currentIndexChanged.connect(self._form_changed)
        self.quantity.valueChanged.connect(self._form_changed)
        self.behavior.currentIndexChanged.connect(self._form_changed)
        self.tasks.run(self._load_prices(), key="prices")
        self.update_summary()

    # -- prices -------------------------------------------------------------------------

    def _price_text(self, price: Price) -> str:
        return f"{self._plan_name(price)} · {price_label(price)}"

    async def _load_prices(self) -> None:
        page = await self.gateway.prices.list(active=True, limit=PRICE_LIMIT)
        current = self._item.price
        for price in page.items:
            # Stripe keeps a subscription in one currency; only recurring prices can renew.
            if (
                price.id == current.id
                or price.type != "recurring"
                or price.currency != current.currency
            ):
                continue
            self.price_combo.addItem(self._price_text(price), price.id)

    def choose(
        self, price_id: str | None = None, quantity: int | None = None, behavior: str | None = None
    ) -> None:
        """Set the form (for code and tests); a preview follows."""
        if price_id is not None:
            self.price_combo.setCurrentIndex(self.price_combo.findData(price_id))
        if quantity is not None:
            self.quantity.setValue(quantity)
        if behavior is not None:
            self.behavior.setCurrentIndex(self.behavior.findData(behavior))

    # -- preview ------------------------------------------------------------------------

    def _change(self) -> tuple[str | None, int | None, ProrationBehavior] | None:
        """(new price or None, new quantity or None, behaviour); None when nothing changes."""
        price_id = self.price_combo.currentData()
        quantity = self.quantity.value()
        new_price = price_id if price_id != self._item.price.id else None
        new_quantity = quantity if quantity != self._item.quantity else None
        if new_price is None and new_quantity is None:
            return None
        return new_price, new_quantity, self.behavior.currentData()

    def _form_changed(self, *_args: object) -> None:
        self.preview = None
        self._preview_error = ""
        self._show_preview(None)
        self.tasks.cancel("preview")
        if self._change() is not None:
            self._timer.start()
        self.update_summary()

    def request_preview(self) -> None:
        change = self._change()
        if change is None:
            return
        self.tasks.run(self._preview(change), key="preview", on_error=self._preview_failed)

    async def _preview(self, change: tuple[str | None, int | None, ProrationBehavior]) -> None:
        price_id, quantity, behavior = change
        preview = await self.gateway.invoices.preview_change(
            self._sub.id,
            self._item.id,
            price_id=price_id,
            quantity=quantity,
            proration_behavior=behavior,
        )
        if change != self._change():
            return  # the form moved on meanwhile
        self.preview, self._preview_for = preview, change
        self._show_preview(preview)
        self.update_summary()

    def _preview_failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        self._preview_error = self.tr("Stripe could not preview this change.")
        self.update_summary()

    def _show_preview(self, preview: InvoicePreview | None) -> None:
        lines = preview.lines if preview is not None else ()
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            period = (
                f"{format_date(line.period_start)} – {format_date(line.period_end)}"
                if line.period_start and line.period_end
                else ""
            )
            cells = (line.description, period, format_money(line.amount, line.currency))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, col, cell)
        self.lines.resizeRowsToContents()
        shown = max(2, min(len(lines), 6))  # room for the usual two or three lines, no more
        row_height = (
            self.lines.rowHeight(0) if lines else self.lines.verticalHeader().defaultSectionSize()
        )
        self.lines.setFixedHeight(
            self.lines.horizontalHeader().sizeHint().height()
            + shown * row_height
            + 2 * self.lines.frameWidth()
        )
        if preview is None:
            self.totals.setText("")
            return
        due_label = (
            self.tr("Charged now")
            if preview.billing_reason == "subscription_update"
            else self.tr("Due at the next renewal (%1)").replace(
                "%1", format_date(preview.period_end)
            )
        )
        total_label = self.tr("Total")
        self.totals.setText(
            "<table align='right'>"
            f"<tr><td>{total_label}</td><td align='right'><b>"
            f"{format_money(preview.total, preview.currency)}</b></td></tr>"
            f"<tr><td>{due_label}&nbsp;&nbsp;</td><td align='right'><b>"
            f"{format_money(preview.amount_due, preview.currency)}</b></td></tr></table>"
        )

    # -- the write ----------------------------------------------------------------------

    def payload(self) -> Any:
        change = self._change()
        if change is None or self.preview is None or change != self._preview_for:
            return None
        return (*change, self.preview.proration_date)

    def validation_error(self) -> str:
        if self._change() is None:
            return self.tr("Choose another price or quantity.")
        if self._preview_error:
            return self._preview_error
        return self.tr("Asking Stripe for a preview…")

    def describe(self) -> str:
        preview = self.preview
        assert preview is not None
        behavior = self.behavior.currentData()
        parts = [
            self.tr("The subscription moves to %1 × %2.")
            .replace("%1", self.price_combo.currentText())
            .replace("%2", str(self.quantity.value())),
            proration_sentence(behavior),
        ]
        amount = format_money(preview.amount_due, preview.currency)
        if preview.billing_reason == "subscription_update":
            parts.append(self.tr("The customer is charged %1 now.").replace("%1", amount))
        else:
            parts.append(self.tr("The next invoice will be %1.").replace("%1", amount))
        return " ".join(parts)

    async def perform(self, payload: Any, idempotency_key: str) -> Subscription:
        price_id, quantity, behavior, proration_date = payload
        return await self.gateway.subscriptions.change_plan(
            self._sub.id,
            self._item.id,
            idempotency_key=idempotency_key,
            price_id=price_id,
            quantity=quantity,
            proration_behavior=behavior,
            proration_date=proration_date,
        )

    def result_text(self, record: Subscription) -> str:
        text = self.tr("The plan is now %1.").replace(
            "%1", ", ".join(f"{self._price_text(i.price)} × {i.quantity}" for i in record.items)
        )
        inv = record.latest_invoice
        if self.behavior.currentData() == "always_invoice" and inv is not None:
            text += " " + self.tr("Invoice %1: %2, %3.").replace(
                "%1", inv.number or inv.id
            ).replace("%2", format_money(inv.total, inv.currency)).replace(
                "%3", status_text(inv.status)
            )
        return text
