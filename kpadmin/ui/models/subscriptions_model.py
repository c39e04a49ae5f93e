"""The subscription list of the Subscriptions tab.

A subscription row carries its customer's name (the list expands
``data.customer``); its prices' products would be one expansion level past
Stripe's four, so the tab feeds their names through :meth:`set_labels`
before it hands a page over (:meth:`unnamed_products` says which it lacks).
An id shows only where Stripe has no name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, Qt

from kpadmin.stripe_api.records import Price, Subscription
from kpadmin.ui.attention.texts import subscription_chip, subscription_chip_colour
from kpadmin.ui.formatting import (
    date_samples,
    format_date,
    format_money_value,
    format_timestamp,
    timestamp_samples,
)
from kpadmin.ui.models.base import Column, RowTableModel
from kpadmin.ui.models.prices_model import per_interval_text, price_label
from kpadmin.ui.statuses import status_colour, status_text


class SubscriptionsModel(RowTableModel):
    """Subscriptions: customer, status, plan, amount per period, period end, created."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._customer_names: dict[str, str] = {}
        self._product_names: dict[str, str] = {}
        super().__init__(
            [
                Column(
                    "customer",
                    self.tr("Customer"),
                    self.customer_text,
                    tooltip=lambda s: s.customer_id,
                    export=lambda s: s.customer_id,
                    width=110,
                ),
                Column(
                    "status",
                    self.tr("Status"),
                    subscription_chip,  # "Cancels Jan 3", "Payment failed ×2", else the status
                    export=lambda s: s.status,
                    tooltip=lambda s: status_text(s.status),
                    foreground=lambda s: status_colour(subscription_chip_colour(s)),
                    width=140,
                ),
                Column("plan", self.tr("Plan"), self.plan_text, width=250),
                Column(
                    "amount",
                    self.tr("Amount"),
                    self.amount_text,
                    sort=lambda s: (s.currency, s.total.amount if s.total else 0),
                    export=lambda s: str(s.total.amount) if s.total else "",
                    align=Qt.AlignmentFlag.AlignRight,
                    width=130,
                ),
                Column(
                    "period_end",
                    self.tr("Period ends"),
                    lambda s: format_date(s.current_period_end),
                    sort=lambda s: s.current_period_end or 0,
                    export=lambda s: str(s.current_period_end or ""),
                    width=95,
                    samples=date_samples,
                ),
                Column(
                    "created",
                    self.tr("Created"),
                    lambda s: format_timestamp(s.created),
                    sort=lambda s: s.created,
                    export=lambda s: str(s.created),
                    width=130,
                    samples=timestamp_samples,
                ),
                Column("id", self.tr("ID"), lambda s: s.id),
            ],
            parent,
        )

    def set_labels(
        self,
        *,
        customers: Mapping[str, str] | None = None,
        products: Mapping[str, str] | None = None,
    ) -> None:
        """Add customer id -> name and product id -> name entries; refreshes the named columns."""
        if customers:
            self._customer_names.update(customers)
        if products:
            self._product_names.update(products)
        if self.rowCount():
            for key in ("customer", "plan"):
                col = self.column_index(key)
                self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def forget_labels(self) -> None:
        """Drop the names fed so far (a refresh reads them again, renamed ones included)."""
        self._customer_names.clear()
        self._product_names.clear()

    def unnamed_products(self, subs: Iterable[Subscription]) -> list[str]:
        """Product ids of ``subs``' prices that have no nickname and no known name yet."""
        wanted = (
            item.price.product_id
            for sub in subs
            for item in sub.items
            if not item.price.nickname and not item.price.product_name
        )
        return [pid for pid in dict.fromkeys(wanted) if pid and pid not in self._product_names]

    def customer_text(self, sub: Subscription) -> str:
        """The customer's name, else e-mail (as Stripe's Dashboard names one), else the id."""
        return (
            sub.customer_name
            or sub.customer_email
            or self._customer_names.get(sub.customer_id)
            or sub.customer_id
        )

    def product_name(self, price: Price) -> str:
        return price.product_name or self._product_names.get(price.product_id, "")

    def plan_name(self, price: Price) -> str:
        """The price's nickname, else its product's name, else the price id."""
        return price.nickname or self.product_name(price) or price.id

    def plan_text(self, sub: Subscription) -> str:
        """ "Photo plan · ₩100,000 / month" for the first item, "+ N more" for others."""
        if not sub.items:
            return ""
        price = sub.items[0].price
        text = f"{self.plan_name(price)} · {price_label(price)}"
        extra = len(sub.items) - 1
        if extra:
            text += " " + self.tr("+ %1 more").replace("%1", str(extra))
        return text

    def amount_text(self, sub: Subscription) -> str:
        """The total per period in the currency's own form with the period: "₩100,000 / month"."""
        total = sub.total
        if total is None:
            return self.tr("Variable")
        suffix = per_interval_text(sub.items[0].price) if sub.items else ""
        return f"{format_money_value(total)} {suffix}".strip()
