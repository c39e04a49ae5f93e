"""What the New subscription dialog offers: the newest customers, the shop's active
recurring prices, each named by its product, and the chosen customer's wallets.

A customer beyond the newest is found by typing (the dialog's customer field
is a :class:`~kpadmin.ui.widgets.search_picker.SearchPicker`). Prices are
listed, newest first, a page of 100 at a time up to :data:`PRICE_PAGES` pages,
and named by the products they belong to (``products.by_ids``: 100 ids a
request), never by a first page of products.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from kpadmin.domain import kakao_pay
from kpadmin.stripe_api.records import Customer, PaymentMethod, Price
from kpadmin.ui.finders import price_choice

if TYPE_CHECKING:
    from kpadmin.stripe_api import StripeGateway

# How many of the newest customers are offered before anything is typed.
NEWEST_CUSTOMERS = 100
# Active prices are read 100 a page, up to this many pages (the newest 500).
PRICE_PAGES = 5
PRICES_PER_PAGE = 100


@dataclass(frozen=True)
class SubscriptionChoices:
    """The newest customers, the recurring prices and their products' names."""

    customers: tuple[Customer, ...]
    prices: tuple[Price, ...]
    product_names: dict[str, str]


async def load_choices(gateway: StripeGateway) -> SubscriptionChoices:
    """The newest customers and the named recurring prices, read side by side."""
    customers, (prices, names) = await asyncio.gather(
        gateway.customers.list(limit=NEWEST_CUSTOMERS), _named_prices(gateway)
    )
    return SubscriptionChoices(customers.items, prices, names)


async def _named_prices(gateway: StripeGateway) -> tuple[tuple[Price, ...], dict[str, str]]:
    prices: list[Price] = []
    cursor: str | None = None
    for _ in range(PRICE_PAGES):
        page = await gateway.prices.list(active=True, cursor=cursor, limit=PRICES_PER_PAGE)
        prices.extend(p for p in page.items if p.type == "recurring")
        if not page.has_more or not page.next_cursor:
            break
        cursor = page.next_cursor
    unnamed = [p.product_id for p in prices if not p.nickname]
    products = await gateway.products.by_ids(unnamed) if unnamed else ()
    return tuple(prices), {p.id: p.name for p in products}


def fill_price_combo(
    combo: QComboBox, prices: Sequence[Price], plan_name: Callable[[Price], str], *, first: bool
) -> None:
    """List ``prices`` in ``combo``: KRW ones first, the others shown but not choosable.

    The choice made stays; with none, the ``first`` row's combo takes the first KRW price.
    """
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("NewSubscriptionDialog", "Choose a price…"), None)
    krw = [p for p in prices if kakao_pay.accepts_currency(p.currency)]
    other = [p for p in prices if not kakao_pay.accepts_currency(p.currency)]
    for price in krw + other:
        label, price_id = price_choice(price, plan_name)
        combo.addItem(label, price_id)
        if price in other:
            model = combo.model()
            if isinstance(model, QStandardItemModel):
                model.item(combo.count() - 1).setEnabled(False)
            combo.setItemText(
                combo.count() - 1,
                QCoreApplication.translate(
                    "NewSubscriptionDialog", "%1 — not payable with Kakao Pay (KRW only)"
                ).replace("%1", label),
            )
    index = combo.findData(current) if current else -1
    if index < 0 and krw and first:
        index = 1
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def fill_wallet_combo(
    combo: QComboBox, wallets: Sequence[PaymentMethod], default: str | None
) -> None:
    """List the Kakao Pay ``wallets``, the customer's ``default`` one marked and chosen."""
    for pm in wallets:
        text = QCoreApplication.translate("NewSubscriptionDialog", "Kakao Pay · %1").replace(
            "%1", pm.id
        )
        if pm.id == default:
            text += " " + QCoreApplication.translate("NewSubscriptionDialog", "(default)")
        combo.addItem(text, pm.id)
    index = combo.findData(default) if default else -1
    combo.setCurrentIndex(max(index, 0))
