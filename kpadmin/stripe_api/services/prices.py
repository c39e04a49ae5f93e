"""Prices (``/v1/prices``): amount, currency and interval are fixed once a price exists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport, Write
from kpadmin.stripe_api.params import clamp_limit, metadata_update
from kpadmin.stripe_api.records import Page, Price, PriceDraft
from kpadmin.stripe_api.search_query import MAX_CLAUSES, any_of

if TYPE_CHECKING:
    from stripe.params import (
        PriceCreateParams,
        PriceListParams,
        PriceSearchParams,
        PriceUpdateParams,
    )

_LIST: JsonList[PriceListParams] = JsonList("/v1/prices")
_SEARCH: JsonList[PriceSearchParams] = JsonList("/v1/prices/search")
_NO_METADATA: Mapping[str, str] = {}


class PricesService:
    """``gateway.prices``: prices cannot be deleted through the API, only archived."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def list(
        self,
        product_id: str | None = None,
        active: bool | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[Price]:
        """One page of prices, newest first, of one product or all."""
        params: PriceListParams = {"limit": clamp_limit(limit)}
        if cursor:
            params["starting_after"] = cursor
        if product_id is not None:
            params["product"] = product_id
        if active is not None:
            params["active"] = active
        return convert.page(await _LIST.get(self._t, params), convert.price)

    async def search_by_products(self, product_ids: Sequence[str], limit: int = 20) -> Page[Price]:
        """Prices of up to ten products (Stripe's most clauses), each with its product's name.

        Price search cannot match a product's name: search the products first
        (``products.search``), then their prices here. Stripe's search index
        lags writes by up to a minute.
        """
        wanted = list(dict.fromkeys(product_ids))[:MAX_CLAUSES]
        if not wanted:
            return Page(items=(), has_more=False, next_cursor=None)
        params: PriceSearchParams = {
            "query": any_of("product", wanted),
            "limit": clamp_limit(limit),
            "expand": ["data.product"],
        }
        return convert.page(await _SEARCH.get(self._t, params), convert.price)

    async def retrieve(self, price_id: str) -> Price:
        """A price with its product (for its name)."""
        api = self._t.v1.prices
        obj = await self._t.call(lambda o: api.retrieve_async(price_id, {"expand": ["product"]}, o))
        return convert.price(convert.as_dict(obj))

    async def create(self, draft: PriceDraft, *, idempotency_key: str) -> Price:
        """Create a flat price; amount in minor units (₩100,000 is ``100000``)."""
        params: PriceCreateParams = {
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
        api = self._t.v1.prices
        obj = await self._t.call(
            lambda o: api.create_async(params, o),
            Write("prices.create", idempotency_key, params=params),
        )
        return convert.price(convert.as_dict(obj))

    async def set_active(self, price_id: str, active: bool, *, idempotency_key: str) -> Price:
        """Archive (False) or restore a price."""
        return await self._update(price_id, {"active": active}, idempotency_key)

    async def update(
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
        params: PriceUpdateParams = {}
        if nickname is not None:
            params["nickname"] = nickname
        if lookup_key is not None:
            params["lookup_key"] = lookup_key
        if metadata is not None:
            meta = metadata_update(metadata, previous_metadata)
            if meta:
                params["metadata"] = meta
        return await self._update(price_id, params, idempotency_key)

    async def _update(
        self, price_id: str, params: PriceUpdateParams, idempotency_key: str
    ) -> Price:
        api = self._t.v1.prices
        obj = await self._t.call(
            lambda o: api.update_async(price_id, params, o),
            Write("prices.update", idempotency_key, object_id=price_id, params=params),
        )
        return convert.price(convert.as_dict(obj))
