"""The Customers list: one row per :class:`kpadmin.stripe_api.records.Customer`."""

from __future__ import annotations

from typing import Any

from kpadmin.ui.formatting import format_timestamp, iso_timestamp
from kpadmin.ui.models.base import Column, RowTableModel


class CustomersModel(RowTableModel):
    """Name, email, phone, created and whether a default payment method is set.

    The list call does not expand payment methods, so the last column only
    says whether a default exists; the detail pane names it (e.g. "Kakao Pay").
    """

    NAME, EMAIL, PHONE, CREATED, DEFAULT_PM = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    "name",
                    self.tr("Name"),
                    lambda c: c.name or "",
                    tooltip=lambda c: c.id,
                    width=110,
                ),
                Column("email", self.tr("Email"), lambda c: c.email or "", width=190),
                Column("phone", self.tr("Phone"), lambda c: c.phone or "", width=140),
                Column(
                    "created",
                    self.tr("Created"),
                    lambda c: format_timestamp(c.created),
                    sort=lambda c: c.created,
                    export=lambda c: iso_timestamp(c.created),
                    width=120,
                ),
                Column(
                    "default_pm",
                    self.tr("Default PM"),
                    lambda c: self.tr("Yes") if c.default_payment_method_id else "",
                    sort=lambda c: bool(c.default_payment_method_id),
                    export=lambda c: c.default_payment_method_id or "",
                    tooltip=lambda c: c.default_payment_method_id or "",
                    width=80,
                ),
                Column("id", self.tr("ID"), lambda c: c.id),
            ],
            parent,
        )
