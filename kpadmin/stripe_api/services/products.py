"""Products (``/v1/products``): listed, created, edited and archived, never deleted here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport, Write
from kpadmin.stripe_api.params import clamp_limit, metadata_update
from kpadmin.stripe_api.records import Page, Product, ProductDraft
from kpadmin.stripe_api.search_query import name_query

if TYPE_CHECKING:
    from stripe.params import (
        ProductCreateParams,
        ProductListParams,
        ProductSearchParams,
        ProductUpdateParams,
    )

_LIST: JsonList[ProductListParams] = JsonList("/v1/products")
#: Stripe's largest page, and so the most ids one list request can name.
IDS_PER_REQUEST = 100
_SEARCH: JsonList[ProductSearchParams] = JsonList("/v1/products/search")
_NO_METADATA: Mapping[str, str] = {}


class ProductsService:
    """``gateway.products``: a product may have prices, so it is archived, not deleted."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def list(
        self,
        active: bool | None = None,
        cursor: str | None = None,
        limit: int = 50,
        ids: Sequence[str] = (),
    ) -> Page[Product]:
        """One page of products, newest first; ``active`` None lists both.

        ``ids`` lists only those products (Stripe refuses it with a cursor): how a
        page of subscriptions gets its products' names in one request.
        """
        params: ProductListParams = {"limit": clamp_limit(limit)}
        if cursor:
            params["starting_after"] = cursor
        if active is not None:
            params["active"] = active
        if ids:
            params["ids"] = list(ids)
        return convert.page(await _LIST.get(self._t, params), convert.product)

    async def by_ids(self, ids: Sequence[str]) -> tuple[Product, ...]:
        """The products with these ids, 100 a request (``ids`` pages cannot be continued)."""
        wanted = list(dict.fromkeys(ids))
        found: tuple[Product, ...] = ()
        for start in range(0, len(wanted), IDS_PER_REQUEST):
            chunk = wanted[start : start + IDS_PER_REQUEST]
            found += (await self.list(ids=chunk, limit=len(chunk))).items
        return found

    async def search(self, text: str, limit: int = 10) -> Page[Product]:
        """Products whose name contains ``text`` (three characters or more; shorter text
        must be the whole name).

        Stripe's search index lags writes by up to a minute: a product just
        created or renamed may be missing.
        """
        params: ProductSearchParams = {"query": name_query(text), "limit": clamp_limit(limit)}
        return convert.page(await _SEARCH.get(self._t, params), convert.product)

    async def retrieve(self, product_id: str) -> Product:
        api = self._t.v1.products
        obj = await self._t.call(lambda o: api.retrieve_async(product_id, None, o))
        return convert.product(convert.as_dict(obj))

    async def create(self, draft: ProductDraft, *, idempotency_key: str) -> Product:
        params: ProductCreateParams = {"name": draft.name}
        if draft.description:
            params["description"] = draft.description
        if draft.tax_code:
            params["tax_code"] = draft.tax_code
        if draft.metadata:
            params["metadata"] = dict(draft.metadata)
        api = self._t.v1.products
        obj = await self._t.call(
            lambda o: api.create_async(params, o),
            Write("products.create", idempotency_key, params=params),
        )
        return convert.product(convert.as_dict(obj))

    async def update(
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
        params: ProductUpdateParams = {
            "name": draft.name,
            "description": draft.description,
            "tax_code": draft.tax_code,
        }
        meta = metadata_update(draft.metadata, previous_metadata)
        if meta:
            params["metadata"] = meta
        return await self._update(product_id, params, idempotency_key)

    async def set_active(self, product_id: str, active: bool, *, idempotency_key: str) -> Product:
        """Archive (False) or restore (True) a product."""
        return await self._update(product_id, {"active": active}, idempotency_key)

    async def set_default_price(
        self, product_id: str, price_id: str, *, idempotency_key: str
    ) -> Product:
        """Make an active price the product's default (what Checkout and the Dashboard show)."""
        return await self._update(product_id, {"default_price": price_id}, idempotency_key)

    async def _update(
        self, product_id: str, params: ProductUpdateParams, idempotency_key: str
    ) -> Product:
        api = self._t.v1.products
        obj = await self._t.call(
            lambda o: api.update_async(product_id, params, o),
            Write("products.update", idempotency_key, object_id=product_id, params=params),
        )
        return convert.product(convert.as_dict(obj))
