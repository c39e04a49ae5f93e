"""Products and prices (``/v1/products``, ``/v1/prices``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import GatewayBase
from kpadmin.stripe_api.params import list_params, metadata_update
from kpadmin.stripe_api.records import Page, Price, PriceDraft, Product, ProductDraft

_NO_METADATA: Mapping[str, str] = {}


class CatalogMixin(GatewayBase):
    """Catalog calls. Products can be archived, never deleted here (they may have prices)."""

    async def list_products(
        self, active: bool | None = None, cursor: str | None = None, limit: int = 50
    ) -> Page[Product]:
        """One page of products, newest first; ``active`` None lists both."""
        params = list_params(cursor, limit, active=active)
        obj = await self._get_json("/v1/products", params)
        return convert.page(obj, convert.product)

    async def retrieve_product(self, product_id: str) -> Product:
        obj = await self._call(self.v1.products.retrieve_async, object_id=product_id)
        return convert.product(convert.as_dict(obj))

    async def create_product(self, draft: ProductDraft, *, idempotency_key: str) -> Product:
        params: dict[str, Any] = {"name": draft.name}
        if draft.description:
            params["description"] = draft.description
        if draft.tax_code:
            params["tax_code"] = draft.tax_code
        if draft.metadata:
            params["metadata"] = dict(draft.metadata)
        obj = await self._call(
            self.v1.products.create_async,
            params,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        return convert.product(convert.as_dict(obj))

    async def update_product(
        self,
        product_id: str,
        draft: ProductDraft,
        *,
        idempotency_key: str,
        previous_metadata: Mapping[str, str] = _NO_METADATA,
    ) -> Product:
        """Replace name, description, tax code and metadata with the draft's.

        Empty strings clear a field. Pass the product's current metadata as
        ``previous_metadata`` so keys the user removed are removed on Stripe
        too (Stripe merges metadata otherwise).
        """
        params: dict[str, Any] = {
            "name": draft.name,
            "description": draft.description,
            "tax_code": draft.tax_code,
        }
        meta = metadata_update(draft.metadata, previous_metadata)
        if meta:
            params["metadata"] = meta
        return await self._update_product(product_id, params, idempotency_key)

    async def set_product_active(
        self, product_id: str, active: bool, *, idempotency_key: str
    ) -> Product:
        """Archive (False) or restore (True) a product."""
        return await self._update_product(product_id, {"active": active}, idempotency_key)

    async def set_default_price(
        self, product_id: str, price_id: str, *, idempotency_key: str
    ) -> Product:
        """Make an active price the product's default (what Checkout and the Dashboard show)."""
        return await self._update_product(product_id, {"default_price": price_id}, idempotency_key)

    async def _update_product(
        self, product_id: str, params: dict[str, Any], idempotency_key: str
    ) -> Product:
        obj = await self._call(
            self.v1.products.update_async,
            params,
            object_id=product_id,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        return convert.product(convert.as_dict(obj))

    async def list_prices(
        self,
        product_id: str | None = None,
        active: bool | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[Price]:
        params = list_params(cursor, limit, product=product_id, active=active)
        obj = await self._get_json("/v1/prices", params)
        return convert.page(obj, convert.price)

    async def retrieve_price(self, price_id: str) -> Price:
        obj = await self._call(self.v1.prices.retrieve_async, object_id=price_id)
        return convert.price(convert.as_dict(obj))

    async def create_price(self, draft: PriceDraft, *, idempotency_key: str) -> Price:
        """Create a flat price; amount in minor units (₩100,000 is ``100000``)."""
        params: dict[str, Any] = {
            "product": draft.product_id,
            "currency": draft.currency.lower(),
            "unit_amount": int(draft.unit_amount),
            "tax_behavior": draft.tax_behavior,
        }
        if draft.interval:
            params["recurring"] = {
                "interval": draft.interval,
                "interval_count": int(draft.interval_count),
            }
        if draft.lookup_key:
            params["lookup_key"] = draft.lookup_key
        if draft.nickname:
            params["nickname"] = draft.nickname
        if draft.metadata:
            params["metadata"] = dict(draft.metadata)
        obj = await self._call(
            self.v1.prices.create_async, params, idempotency_key=idempotency_key, is_write=True
        )
        return convert.price(convert.as_dict(obj))

    async def set_price_active(self, price_id: str, active: bool, *, idempotency_key: str) -> Price:
        """Archive (False) or restore a price; prices cannot be deleted through the API."""
        return await self._update_price(price_id, {"active": active}, idempotency_key)

    async def update_price(
        self,
        price_id: str,
        *,
        idempotency_key: str,
        nickname: str | None = None,
        lookup_key: str | None = None,
        metadata: Mapping[str, str] | None = None,
        previous_metadata: Mapping[str, str] = _NO_METADATA,
    ) -> Price:
        """Change what Stripe lets a price change; None leaves a field alone, "" clears it.

        Amount, currency and interval are fixed once created: make a new price.
        """
        params: dict[str, Any] = {}
        if nickname is not None:
            params["nickname"] = nickname
        if lookup_key is not None:
            params["lookup_key"] = lookup_key
        if metadata is not None:
            meta = metadata_update(metadata, previous_metadata)
            if meta:
                params["metadata"] = meta
        return await self._update_price(price_id, params, idempotency_key)

    async def _update_price(
        self, price_id: str, params: dict[str, Any], idempotency_key: str
    ) -> Price:
        obj = await self._call(
            self.v1.prices.update_async,
            params,
            object_id=price_id,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        return convert.price(convert.as_dict(obj))
