"""The Catalog tab's one-click writes: archive or restore a product or a price, set the default.

Each is a coroutine the tab runs through its TaskRunner. Archiving (and
changing what new customers are sold by default) asks first in LIVE mode
(:func:`~kpadmin.ui.dialogs.confirm_live.confirm_live`). Each action keeps one
idempotency key while it is retried with the same target and value, and
drops it once it succeeded, so a later, separate click is a new request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kpadmin.stripe_api.records import Price, Product
from kpadmin.ui.dialogs.confirm_live import confirm_live
from kpadmin.ui.models.prices_model import price_label
from kpadmin.ui.widgets.action_key import ActionKey

if TYPE_CHECKING:  # the SDK loads with the first request, not with the window
    from kpadmin.stripe_api import StripeGateway


def can_make_default(product: Product | None, price: Price) -> bool:
    """Whether ``price`` can become ``product``'s default: both active, not already it."""
    return (
        product is not None
        and product.active
        and price.active
        and price.id != product.default_price_id
    )


class CatalogActions(QObject):
    """Writes on products and prices for one tab.

    Args:
        gateway: the profile's gateway.
        mode: ``sandbox``, ``test`` or ``live`` (LIVE asks before archiving).
        parent: the tab; confirmation boxes open over it.
    """

    def __init__(self, gateway: StripeGateway, mode: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._mode = mode
        self._widget = parent
        self._keys: dict[str, ActionKey] = {}

    def _key(self, action: str, payload: object) -> tuple[ActionKey, str]:
        keys = self._keys.setdefault(action, ActionKey())
        return keys, keys.key_for(payload)

    async def _confirmed(self, text: str) -> bool:
        return await confirm_live(self._widget, text, mode=self._mode)

    async def set_product_active(self, product: Product, active: bool) -> Product:
        """Archive (False) or restore a product; the unchanged product if the user declines."""
        question = self.tr(
            "Archive the product “%1”? It can no longer be used for new subscriptions."
        ).replace("%1", product.name)
        if not active and not await self._confirmed(question):
            return product
        keys, key = self._key("product_active", (product.id, active))
        result = await self._gateway.products.set_active(product.id, active, idempotency_key=key)
        keys.reset()
        return result

    async def set_price_active(self, price: Price, active: bool) -> Price:
        """Archive (False) or restore a price; existing subscriptions keep an archived price."""
        question = self.tr(
            "Archive the price %1? Existing subscriptions keep it; new ones cannot use it."
        ).replace("%1", price_label(price))
        if not active and not await self._confirmed(question):
            return price
        keys, key = self._key("price_active", (price.id, active))
        result = await self._gateway.prices.set_active(price.id, active, idempotency_key=key)
        keys.reset()
        return result

    async def set_default_price(self, product: Product, price: Price) -> Product:
        """Make ``price`` what the product is sold at by default."""
        question = (
            self.tr("Make %1 the default price of “%2”?")
            .replace("%1", price_label(price))
            .replace("%2", product.name)
        )
        if not await self._confirmed(question):
            return product
        keys, key = self._key("default_price", (product.id, price.id))
        result = await self._gateway.products.set_default_price(
            product.id, price.id, idempotency_key=key
        )
        keys.reset()
        return result
