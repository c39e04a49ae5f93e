"""The rows of "Needs attention": what, who, which plan, money at risk, since, why, next.

The rows are :class:`~kpadmin.domain.attention.Attention` records in the
order the rules give (money at risk per currency); the model shows them with
the report's subscriptions, invoices and decline reasons, and with customer
and product names the tab loads after the rows (ids until then).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kpadmin.domain import attention as rules
from kpadmin.ui.attention.source import AttentionReport
from kpadmin.ui.attention.texts import action_text, kind_text, next_text, reason_text
from kpadmin.ui.formatting import format_money, format_timestamp, timestamp_samples
from kpadmin.ui.models.base import Column, RowTableModel
from kpadmin.ui.models.prices_model import price_label
from kpadmin.ui.statuses import status_colour

# The status whose colour each kind of row borrows.
_COLOUR_OF = {
    rules.PAYMENT_FAILED: "past_due",
    rules.INVOICE_FAILED: "past_due",
    rules.FIRST_PAYMENT: "incomplete",
    rules.APPROVAL: "requires_action",
    rules.TRIAL_ENDING: "trialing",
    rules.CANCELLING: "canceled",
}


class AttentionModel(RowTableModel):
    """What needs a person, one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._report: AttentionReport | None = None
        self._customer_names: dict[str, str] = {}
        self._product_names: dict[str, str] = {}
        super().__init__(
            [
                Column(
                    "what",
                    self.tr("What"),
                    lambda r: kind_text(r.kind),
                    export=lambda r: r.kind,
                    foreground=self.colour,
                    width=170,
                ),
                Column(
                    "customer",
                    self.tr("Customer"),
                    self.customer_text,
                    tooltip=lambda r: r.customer_id or "",
                    export=lambda r: r.customer_id or "",
                    width=130,
                ),
                Column("plan", self.tr("Plan"), self.plan_text, width=220),
                Column(
                    "at_risk",
                    self.tr("At risk"),
                    lambda r: format_money(r.amount, r.currency) if r.amount else "—",
                    sort=lambda r: (
                        rules.currency_rank(r.currency if r.amount else None),
                        r.amount,
                    ),
                    export=lambda r: str(r.amount),
                    align=Qt.AlignmentFlag.AlignRight,
                    width=110,
                ),
                # What to do about it, beside the money: in view without scrolling sideways.
                Column(
                    "action", self.tr("Next action"), lambda r: action_text(r.action), width=150
                ),
                Column(
                    "since",
                    self.tr("Since"),
                    lambda r: format_timestamp(r.since),
                    sort=lambda r: r.since or 0,
                    export=lambda r: str(r.since or ""),
                    width=130,
                    samples=timestamp_samples,
                ),
                Column("reason", self.tr("Why"), self.reason_text, width=260),
                Column(
                    "next",
                    self.tr("Next"),
                    next_text,
                    sort=lambda r: r.due or 0,
                    export=lambda r: str(r.due or ""),
                    width=170,
                ),
            ],
            parent,
        )

    def set_report(self, report: AttentionReport) -> None:
        """Show ``report``'s rows (a reset: a refresh replaces everything)."""
        self._report = report
        self.set_rows(report.rows)

    @property
    def report(self) -> AttentionReport | None:
        return self._report

    def set_labels(
        self,
        *,
        customers: Mapping[str, str] | None = None,
        products: Mapping[str, str] | None = None,
    ) -> None:
        """Customer id -> name and product id -> name; the named columns are repainted."""
        self._customer_names.update(customers or {})
        self._product_names.update(products or {})
        if self.rowCount():
            for key in ("customer", "plan"):
                col = self.column_index(key)
                self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def customer_text(self, row: rules.Attention) -> str:
        cid = row.customer_id or ""
        return self._customer_names.get(cid) or cid

    def plan_text(self, row: rules.Attention) -> str:
        report = self._report
        sub = report.subscriptions.get(row.subscription_id or "") if report else None
        if sub is not None and sub.items:
            price = sub.items[0].price
            name = price.nickname or self._product_names.get(price.product_id) or price.id
            return f"{name} · {price_label(price)}"
        inv = report.invoices.get(row.invoice_id or "") if report else None
        if inv is not None:
            return self.tr("Invoice %1").replace("%1", inv.number or inv.id)
        return ""

    def reason_text(self, row: rules.Attention) -> str:
        return reason_text(row, self._report.declines if self._report else {})

    @staticmethod
    def colour(row: rules.Attention) -> QColor:
        return status_colour(_COLOUR_OF.get(row.kind))
