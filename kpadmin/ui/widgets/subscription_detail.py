"""The Subscriptions tab's detail pane: one subscription, read-only, every field selectable.

Shows items (plan, quantity, amount), the total per period, status, current
period, trial, cancellation, collection pause, the default payment method
(Kakao Pay named as such) and the latest invoice with its payment state
("Open · Waiting for the customer's approval" for a PaymentIntent in
``requires_action``). The tab fills it in two steps: at once from the list's
record, then again when the fuller retrieve (payments, payment methods) arrives.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api.records import Invoice, PaymentMethod, Price, Subscription
from kpadmin.ui.formatting import (
    format_date,
    format_money,
    format_money_value,
    payment_method_kind,
)
from kpadmin.ui.models.prices_model import per_interval_text, price_label
from kpadmin.ui.widgets.status_chip import status_colour, status_text


class SubscriptionDetail(QWidget):
    """Read-only view of one subscription; empty until :meth:`show_subscription`.

    Args:
        plan_name: price -> the plan's name (nickname or product name), from the tab's lookups.
    """

    def __init__(self, plan_name: Callable[[Price], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_name = plan_name
        self.shown_id: str | None = None  # the subscription the pane shows; actions must match it
        self.setAccessibleName(self.tr("Subscription details"))
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.status_chip = QLabel(self)
        self.status_chip.setAccessibleName(self.tr("Status"))
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("id", self.tr("Subscription")),
            ("customer", self.tr("Customer")),
            ("total", self.tr("Amount per period")),
            ("period", self.tr("Current period")),
            ("trial", self.tr("Trial")),
            ("cancel", self.tr("Cancellation")),
            ("pause", self.tr("Collection")),
            ("payment_method", self.tr("Default payment method")),
            ("invoice", self.tr("Latest invoice")),
            ("payment", self.tr("Invoice payment")),
            ("created", self.tr("Created")),
        )
        for key, title in rows:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            self.fields[key] = label
            form.addRow(title, label)
        self.items = QTableWidget(0, 3, self)
        self.items.setAccessibleName(self.tr("Subscription items"))
        self.items.setHorizontalHeaderLabels(
            [self.tr("Plan"), self.tr("Quantity"), self.tr("Amount")]
        )
        self.items.verticalHeader().setVisible(False)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.placeholder = QLabel(self.tr("Select a subscription to see its details."), self)
        self.placeholder.setEnabled(False)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.items)
        body.addLayout(form)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.clear()

    def clear(self) -> None:
        self.shown_id = None
        self.body.hide()
        self.placeholder.show()

    def field_text(self, key: str) -> str:
        """The plain text of one field (tests and screen readers)."""
        return self.fields[key].text()

    def show_subscription(
        self,
        sub: Subscription,
        *,
        customer_name: str = "",
        payment_method: PaymentMethod | None = None,
    ) -> None:
        """Fill the pane from ``sub``; ``payment_method`` is the default PM's record when known."""
        self.shown_id = sub.id
        self.placeholder.hide()
        self.body.show()
        plans = [self._plan_name(item.price) for item in sub.items]
        self.title.setText(f"<b>{html.escape(', '.join(plans) or sub.id)}</b>")
        colour = status_colour(sub.status).name()
        self.status_chip.setText(status_text(sub.status))
        self.status_chip.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 8px; padding: 2px 10px; }}"
        )
        self._fill_items(sub)
        f = self.fields
        f["id"].setText(sub.id)
        f["customer"].setText(
            f"{customer_name} ({sub.customer_id})" if customer_name else sub.customer_id
        )
        total = sub.total
        suffix = per_interval_text(sub.items[0].price) if sub.items else ""
        f["total"].setText(
            f"{format_money_value(total)} {suffix}".strip() if total else self.tr("Variable")
        )
        start, end = sub.current_period_start, sub.current_period_end
        f["period"].setText(f"{format_date(start)} – {format_date(end)}" if start and end else "—")
        f["trial"].setText(self._trial_text(sub))
        f["cancel"].setText(self._cancel_text(sub))
        f["pause"].setText(self._pause_text(sub))
        f["payment_method"].setText(self._payment_method_text(sub, payment_method))
        f["invoice"].setText(self._invoice_text(sub.latest_invoice, sub.latest_invoice_id))
        f["payment"].setText(self._payment_text(sub.latest_invoice))
        f["created"].setText(format_date(sub.created))

    def _fill_items(self, sub: Subscription) -> None:
        self.items.setRowCount(len(sub.items))
        for row, item in enumerate(sub.items):
            price = item.price
            amount = (
                format_money(price.unit_amount * item.quantity, price.currency)
                if price.unit_amount is not None
                else self.tr("Variable")
            )
            cells = (
                f"{self._plan_name(price)} · {price_label(price)}",
                str(item.quantity),
                f"{amount} {per_interval_text(price)}".strip(),
            )
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.items.setItem(row, col, cell)
        self.items.resizeColumnsToContents()
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = max(1, min(len(sub.items), 4))
        self.items.setFixedHeight(
            self.items.horizontalHeader().height()
            + rows * self.items.verticalHeader().defaultSectionSize()
            + 2 * self.items.frameWidth()
        )

    def _trial_text(self, sub: Subscription) -> str:
        if not sub.trial_end:
            return self.tr("No trial")
        if sub.status == "trialing":
            return self.tr("Trial until %1").replace("%1", format_date(sub.trial_end))
        return self.tr("Trial ended %1").replace("%1", format_date(sub.trial_end))

    def _cancel_text(self, sub: Subscription) -> str:
        if sub.status == "canceled" or sub.ended_at:
            when = sub.canceled_at or sub.ended_at
            return self.tr("Canceled on %1").replace("%1", format_date(when))
        if sub.cancel_at_period_end:
            return self.tr("Cancels at the end of the period (%1)").replace(
                "%1", format_date(sub.cancel_at or sub.current_period_end)
            )
        if sub.cancel_at:
            return self.tr("Cancels on %1").replace("%1", format_date(sub.cancel_at))
        return self.tr("Renews automatically")

    def _pause_text(self, sub: Subscription) -> str:
        behaviour = sub.pause_collection_behavior
        if not behaviour:
            return self.tr("Collecting payments")
        texts = {
            "void": self.tr("Paused: invoices are voided"),
            "keep_as_draft": self.tr("Paused: invoices stay drafts"),
            "mark_uncollectible": self.tr("Paused: invoices are marked uncollectible"),
        }
        return texts.get(behaviour, behaviour)

    def _payment_method_text(self, sub: Subscription, pm: PaymentMethod | None) -> str:
        if not sub.default_payment_method_id:
            return self.tr("None set (the customer's default is used)")
        if pm is None or pm.id != sub.default_payment_method_id:
            return sub.default_payment_method_id
        return f"{payment_method_kind(pm.type, pm.brand, pm.last4)} ({pm.id})"

    def _invoice_text(self, invoice: Invoice | None, invoice_id: str | None) -> str:
        if invoice is None:
            return invoice_id or self.tr("None yet")
        label = invoice.number or invoice.id
        state = status_text(invoice.status)
        return (
            self.tr("%1 · %2 · %3")
            .replace("%1", label)
            .replace("%2", format_money(invoice.total, invoice.currency))
            .replace("%3", state)
        )

    def _payment_text(self, invoice: Invoice | None) -> str:
        if invoice is None:
            return "—"
        if invoice.status == "paid":
            return self.tr("Paid %1").replace(
                "%1", format_money(invoice.amount_paid, invoice.currency)
            )
        due = format_money(invoice.amount_remaining, invoice.currency)
        if invoice.payment_intent_status:
            return (
                self.tr("%1 due · %2")
                .replace("%1", due)
                .replace("%2", status_text(invoice.payment_intent_status))
            )
        if invoice.status in ("open", "draft"):
            return self.tr("%1 due").replace("%1", due)
        return status_text(invoice.status)
