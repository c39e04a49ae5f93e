"""Customers and their payment methods (``/v1/customers``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import GatewayBase
from kpadmin.stripe_api.params import list_params, metadata_update
from kpadmin.stripe_api.records import Customer, CustomerDraft, Page, PaymentMethod
from kpadmin.stripe_api.search_query import customer_query

_NO_METADATA: Mapping[str, str] = {}

# Upper bound on payment-method pages fetched for one customer (100 each).
_MAX_PM_PAGES = 20


# Expanded on customers so lists can say which kind of wallet pays (Kakao Pay...).
_DEFAULT_PM = "invoice_settings.default_payment_method"


class CustomersMixin(GatewayBase):
    async def list_customers(self, cursor: str | None = None, limit: int = 50) -> Page[Customer]:
        params = {**list_params(cursor, limit), "expand": [f"data.{_DEFAULT_PM}"]}
        obj = await self._get_json("/v1/customers", params)
        return convert.page(obj, convert.customer)

    async def search_customers(
        self, text: str, page: str | None = None, limit: int = 50
    ) -> Page[Customer]:
        """Search by e-mail or name; ``page`` is the previous result's ``next_cursor``.

        Stripe's search index lags writes by up to a minute: do not use it to
        find a customer just created. Blank text lists customers instead (the
        cursor then is a list cursor, as the returned page's is).
        """
        if not text.strip():
            return await self.list_customers(cursor=page, limit=limit)
        params: dict[str, Any] = {
            "query": customer_query(text),
            "limit": max(1, min(100, int(limit))),
        }
        if page:
            params["page"] = page
        params["expand"] = [f"data.{_DEFAULT_PM}"]
        obj = await self._get_json("/v1/customers/search", params)
        return convert.page(obj, convert.customer)

    async def retrieve_customer(self, customer_id: str) -> Customer:
        """A customer; a deleted one comes back with ``deleted=True`` rather than an error."""
        obj = await self._call(self.v1.customers.retrieve_async, object_id=customer_id)
        return convert.customer(convert.as_dict(obj))

    async def create_customer(self, draft: CustomerDraft, *, idempotency_key: str) -> Customer:
        params: dict[str, Any] = {"name": draft.name}
        for field in ("email", "phone", "description"):
            value = getattr(draft, field)
            if value:
                params[field] = value
        if draft.preferred_locales:
            params["preferred_locales"] = list(draft.preferred_locales)
        if draft.metadata:
            params["metadata"] = dict(draft.metadata)
        obj = await self._call(
            self.v1.customers.create_async, params, idempotency_key=idempotency_key, is_write=True
        )
        return convert.customer(convert.as_dict(obj))

    async def update_customer(
        self,
        customer_id: str,
        draft: CustomerDraft,
        *,
        idempotency_key: str,
        previous_metadata: Mapping[str, str] = _NO_METADATA,
    ) -> Customer:
        """Replace the customer's editable fields with the draft's; "" clears a field.

        Pass the current metadata as ``previous_metadata`` so removed keys are
        removed on Stripe too.
        """
        params: dict[str, Any] = {
            "name": draft.name,
            "email": draft.email,
            "phone": draft.phone,
            "description": draft.description,
        }
        if draft.preferred_locales:
            params["preferred_locales"] = list(draft.preferred_locales)
        meta = metadata_update(draft.metadata, previous_metadata)
        if meta:
            params["metadata"] = meta
        return await self._update_customer(customer_id, params, idempotency_key)

    async def delete_customer(self, customer_id: str, *, idempotency_key: str) -> Customer:
        """Delete a customer (Stripe cancels its subscriptions). Returns the deleted stub."""
        obj = await self._call(
            self.v1.customers.delete_async,
            object_id=customer_id,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        d = convert.as_dict(obj)
        return convert.customer({**d, "deleted": True})

    async def set_default_payment_method(
        self, customer_id: str, payment_method_id: str, *, idempotency_key: str
    ) -> Customer:
        """Set ``invoice_settings.default_payment_method``: what the customer's invoices charge."""
        params = {"invoice_settings": {"default_payment_method": payment_method_id}}
        return await self._update_customer(customer_id, params, idempotency_key)

    async def _update_customer(
        self, customer_id: str, params: dict[str, Any], idempotency_key: str
    ) -> Customer:
        obj = await self._call(
            self.v1.customers.update_async,
            params,
            object_id=customer_id,
            idempotency_key=idempotency_key,
            is_write=True,
        )
        return convert.customer(convert.as_dict(obj))

    async def list_payment_methods(self, customer_id: str) -> tuple[PaymentMethod, ...]:
        """Every payment method saved on the customer (all pages), newest first."""
        out: list[PaymentMethod] = []
        cursor: str | None = None
        for _ in range(_MAX_PM_PAGES):
            params = list_params(cursor, 100)
            obj = await self._call(
                self.v1.customers.payment_methods.list_async, params, object_id=customer_id
            )
            page = convert.page(obj, convert.payment_method)
            out.extend(page.items)
            if not page.has_more or not page.next_cursor:
                break
            cursor = page.next_cursor
        return tuple(out)
