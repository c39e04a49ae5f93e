"""The prices of one product, as a table; also the words for a price's billing.

:func:`billing_text` ("Monthly", "Every 3 months", "One-time") and
:func:`price_label` ("₩100,000 / month") are used by the Subscriptions tab's
plan column and detail pane as well.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from kpadmin.stripe_api.records import Price
from kpadmin.ui.formatting import format_money, format_timestamp, timestamp_samples
from kpadmin.ui.models.base import Column, RowTableModel


def billing_text(price: Price) -> str:
    """How often the price bills, in words: "Monthly", "Every 3 months", "One-time"."""
    if price.type != "recurring" or not price.interval:
        return QCoreApplication.translate("PricesModel", "One-time")
    count = price.interval_count or 1
    if count == 1:
        single = {
            "day": QCoreApplication.translate("PricesModel", "Daily"),
            "week": QCoreApplication.translate("PricesModel", "Weekly"),
            "month": QCoreApplication.translate("PricesModel", "Monthly"),
            "year": QCoreApplication.translate("PricesModel", "Yearly"),
        }
        return single.get(price.interval, price.interval)
    plural = {
        "day": QCoreApplication.translate("PricesModel", "Every %1 days"),
        "week": QCoreApplication.translate("PricesModel", "Every %1 weeks"),
        "month": QCoreApplication.translate("PricesModel", "Every %1 months"),
        "year": QCoreApplication.translate("PricesModel", "Every %1 years"),
    }
    return plural.get(price.interval, "%1 " + price.interval).replace("%1", str(count))


def per_interval_text(price: Price) -> str:
    """The suffix after an amount: "/ month", "/ 3 months", "" for one-time prices."""
    if price.type != "recurring" or not price.interval:
        return ""
    count = price.interval_count or 1
    if count == 1:
        single = {
            "day": QCoreApplication.translate("PricesModel", "/ day"),
            "week": QCoreApplication.translate("PricesModel", "/ week"),
            "month": QCoreApplication.translate("PricesModel", "/ month"),
            "year": QCoreApplication.translate("PricesModel", "/ year"),
        }
        return single.get(price.interval, "/ " + price.interval)
    plural = {
        "day": QCoreApplication.translate("PricesModel", "/ %1 days"),
        "week": QCoreApplication.translate("PricesModel", "/ %1 weeks"),
        "month": QCoreApplication.translate("PricesModel", "/ %1 months"),
        "year": QCoreApplication.translate("PricesModel", "/ %1 years"),
    }
    return plural.get(price.interval, "/ %1 " + price.interval).replace("%1", str(count))


def amount_text(price: Price) -> str:
    """The unit amount in the currency's own form, or a note for tiered/custom prices."""
    if price.unit_amount is None:
        return QCoreApplication.translate("PricesModel", "Variable")
    return format_money(price.unit_amount, price.currency)


def price_label(price: Price) -> str:
    """Amount and period together: "₩100,000 / month", "$10.00" (one-time)."""
    suffix = per_interval_text(price)
    return f"{amount_text(price)} {suffix}".strip()


def tax_behavior_text(behavior: str | None) -> str:
    texts = {
        "inclusive": QCoreApplication.translate("PricesModel", "Inclusive"),
        "exclusive": QCoreApplication.translate("PricesModel", "Exclusive"),
        "unspecified": QCoreApplication.translate("PricesModel", "Unspecified"),
    }
    return texts.get(behavior or "unspecified", behavior or "")


class PricesModel(RowTableModel):
    """Prices of the selected product; the product's default price is marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._default_price_id: str | None = None
        right = Qt.AlignmentFlag.AlignRight
        super().__init__(
            [
                Column(
                    "amount",
                    self.tr("Amount"),
                    amount_text,
                    sort=lambda p: (p.currency, p.unit_amount or 0),
                    export=lambda p: "" if p.unit_amount is None else str(p.unit_amount),
                    align=right,
                    width=110,
                ),
                Column("currency", self.tr("Currency"), lambda p: p.currency.upper(), width=70),
                Column(
                    "billing",
                    self.tr("Billing"),
                    billing_text,
                    sort=lambda p: (p.type, p.interval or "", p.interval_count or 0),
                    width=120,
                ),
                Column("status", self.tr("Status"), self._status_text, width=120),
                Column("nickname", self.tr("Nickname"), lambda p: p.nickname or "", width=150),
                Column(
                    "lookup_key", self.tr("Lookup key"), lambda p: p.lookup_key or "", width=150
                ),
                Column(
                    "tax_behavior",
                    self.tr("Tax"),
                    lambda p: tax_behavior_text(p.tax_behavior),
                    width=90,
                ),
                Column(
                    "created",
                    self.tr("Created"),
                    lambda p: format_timestamp(p.created),
                    sort=lambda p: p.created,
                    export=lambda p: str(p.created),
                    width=140,
                    samples=timestamp_samples,
                ),
                Column("id", self.tr("ID"), lambda p: p.id),
            ],
            parent,
        )

    def set_default_price_id(self, price_id: str | None) -> None:
        """Mark ``price_id`` as the product's default (refreshes the status column only)."""
        if price_id == self._default_price_id:
            return
        self._default_price_id = price_id
        if self.rowCount():
            col = self.column_index("status")
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    @property
    def default_price_id(self) -> str | None:
        return self._default_price_id

    def _status_text(self, price: Price) -> str:
        state = self.tr("Active") if price.active else self.tr("Archived")
        if price.id == self._default_price_id:
            return self.tr("%1 · Default").replace("%1", state)
        return state
