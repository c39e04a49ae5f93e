"""The Customers list: one row per :class:`kpadmin.stripe_api.records.Customer`."""

from __future__ import annotations

from typing import Any

from kpadmin.stripe_api.records import Customer
from kpadmin.ui.formatting import (
    format_timestamp,
    iso_timestamp,
    payment_method_kind,
    timestamp_samples,
)
from kpadmin.ui.models.base import Column, RowTableModel


class CustomersModel(RowTableModel):
    """Name, email, phone, created and the default payment method's kind.

    The gateway expands ``invoice_settings.default_payment_method`` on lists,
    so the column names it ("Kakao Pay"); a default of unknown kind shows "Yes".
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
                    samples=timestamp_samples,
                ),
                Column(
                    "default_pm",
                    self.tr("Default PM"),
                    self._default_pm_text,
                    sort=lambda c: bool(c.default_payment_method_id),
                    export=lambda c: c.default_payment_method_id or "",
                    tooltip=lambda c: c.default_payment_method_id or "",
                    width=100,
                ),
                Column("id", self.tr("ID"), lambda c: c.id),
            ],
            parent,
        )

    def _default_pm_text(self, customer: Customer) -> str:
        if not customer.default_payment_method_id:
            return ""
        return payment_method_kind(customer.default_payment_method_type) or self.tr("Yes")
