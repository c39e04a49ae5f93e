"""The product list of the Catalog tab."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kpadmin.stripe_api.records import Product
from kpadmin.ui.formatting import format_timestamp, timestamp_samples
from kpadmin.ui.models.base import Column, RowTableModel


class ProductsModel(RowTableModel):
    """Products with their default price shown as "₩100,000 / month" once that price is known.

    The product record carries only the default price's id; the tab feeds
    labels for prices it has loaded through :meth:`set_price_labels`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        self._price_labels: dict[str, str] = {}
        super().__init__(
            [
                Column(
                    "name",
                    self.tr("Name"),
                    lambda p: p.name,
                    tooltip=lambda p: p.description or "",
                    width=220,
                ),
                Column(
                    "status",
                    self.tr("Status"),
                    lambda p: self.tr("Active") if p.active else self.tr("Archived"),
                    width=80,
                ),
                Column(
                    "default_price",
                    self.tr("Default price"),
                    self._default_price_text,
                    export=lambda p: p.default_price_id or "",
                    width=160,
                ),
                Column(
                    "description",
                    self.tr("Description"),
                    lambda p: (p.description or "").replace("\n", " "),
                    width=260,
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

    def set_price_labels(self, labels: dict[str, str]) -> None:
        """Add price id -> label entries; refreshes the default-price column."""
        self._price_labels.update(labels)
        if self.rowCount():
            col = self.column_index("default_price")
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def _default_price_text(self, product: Product) -> str:
        if not product.default_price_id:
            return ""
        return self._price_labels.get(product.default_price_id, product.default_price_id)
