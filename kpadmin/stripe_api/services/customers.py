"""Customers (``/v1/customers``) and their saved payment methods."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import JsonList, Transport, Write
from kpadmin.stripe_api.params import clamp_limit, metadata_update
from kpadmin.stripe_api.records import Customer, CustomerDraft, Page, PaymentMethod
from kpadmin.stripe_api.search_query import customer_query

if TYPE_CHECKING:
    from stripe.params import (
        CustomerCreateParams,
        CustomerListParams,
        CustomerPaymentMethodListParams,
        CustomerRetrieveParams,
        CustomerSearchParams,
        CustomerUpdateParams,
    )

_LIST: JsonList[CustomerListParams] = JsonList("/v1/customers")
_SEARCH: JsonList[CustomerSearchParams] = JsonList("/v1/customers/search")
_NO_METADATA: Mapping[str, str] = {}

# Expanded on customers so lists can say which kind of wallet pays (Kakao Pay...).
_DEFAULT_PM = "invoice_settings.default_payment_method"

# Upper bound on payment-method pages fetched for one customer (100 each).
_MAX_PM_PAGES = 20


class CustomerPaymentMethodsService:
    """``gateway.customers.payment_methods``: the wallets and cards saved on a customer."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def list_all(self, customer_id: str) -> tuple[PaymentMethod, ...]:
        """Every payment method saved on the customer (all pages), newest first."""
        out: list[PaymentMethod] = []
        params: CustomerPaymentMethodListParams = {"limit": 100}
        for _ in range(_MAX_PM_PAGES):
            page = await self._page(customer_id, params)
            out.extend(page.items)
            if not page.has_more or not page.next_cursor:
                break
            params = {"limit": 100, "starting_after": page.next_cursor}
        return tuple(out)

    async def _page(
        self, customer_id: str, params: CustomerPaymentMethodListParams
    ) -> Page[PaymentMethod]:
        api = self._t.v1.customers.payment_methods
        obj = await self._t.call(lambda o: api.list_async(customer_id, params, o))
        return convert.page(obj, convert.payment_method)


class CustomersService:
    """``gateway.customers``: lists, search, edits, and ``payment_methods`` below."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport
        self.payment_methods = CustomerPaymentMethodsService(transport)

    async def list(self, cursor: str | None = None, limit: int = 50) -> Page[Customer]:
        """One page of customers, newest first, with their default payment method."""
        params: CustomerListParams = {
            "limit": clamp_limit(limit),
            "expand": [f"data.{_DEFAULT_PM}"],
        }
        if cursor:
            params["starting_after"] = cursor
        return convert.page(await _LIST.get(self._t, params), convert.customer)

    async def search(self, text: str, page: str | None = None, limit: int = 50) -> Page[Customer]:
        """Search by e-mail or name; ``page`` is the previous result's ``next_cursor``.

        Stripe's search index lags writes by up to a minute: do not use it to
        find a customer just created. Blank text lists customers instead (the
        cursor then is a list cursor, as the returned page's is).
        """
        if not text.strip():
            return await self.list(cursor=page, limit=limit)
        params: CustomerSearchParams = {
            "query": customer_query(text),
            "limit": clamp_limit(limit),
            "expand": [f"data.{_DEFAULT_PM}"],
        }
        if page:
            params["page"] = page
        return convert.page(await _SEARCH.get(self._t, params), convert.customer)

    async def retrieve(self, customer_id: str) -> Customer:
        """A customer; a deleted one comes back with ``deleted=True`` rather than an error.

        Its default payment method is expanded, as lists do, so a retrieved customer
        can replace its row and keep the method's kind.
        """
        api = self._t.v1.customers
        params: CustomerRetrieveParams = {"expand": [_DEFAULT_PM]}
        obj = await self._t.call(lambda o: api.retrieve_async(customer_id, params, o))
        return convert.customer(convert.as_dict(obj))

    async def create(
        self, draft: CustomerDraft, *, idempotency_key: str, test_clock: str | None = None
    ) -> Customer:
        """A new customer; with ``test_clock`` it lives on that clock (only at creation)."""
        params: CustomerCreateParams = {"name": draft.name}
        if draft.email:
            params["email"] = draft.email
        if draft.phone:
            params["phone"] = draft.phone
        if draft.description:
            params["description"] = draft.description
        if draft.preferred_locales:
            params["preferred_locales"] = list(draft.preferred_locales)
        if draft.metadata:
            params["metadata"] = dict(draft.metadata)
        write = Write("customers.create", idempotency_key, params=params)
        if test_clock:
            params["test_clock"] = test_clock
            write = Write(
                "customer.create_on_clock",
                idempotency_key,
                params=params,
                detail=f"test_clock={test_clock}",
            )
        api = self._t.v1.customers
        obj = await self._t.call(lambda o: api.create_async(params, o), write)
        return convert.customer(convert.as_dict(obj))

    async def update(
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
        params: CustomerUpdateParams = {
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
        return await self._update(customer_id, params, idempotency_key)

    async def set_default_payment_method(
        self, customer_id: str, payment_method_id: str, *, idempotency_key: str
    ) -> Customer:
        """Set ``invoice_settings.default_payment_method``: what the customer's invoices charge."""
        params: CustomerUpdateParams = {
            "invoice_settings": {"default_payment_method": payment_method_id}
        }
        return await self._update(customer_id, params, idempotency_key)

    async def delete(self, customer_id: str, *, idempotency_key: str) -> Customer:
        """Delete a customer (Stripe cancels its subscriptions). Returns the deleted stub."""
        api = self._t.v1.customers
        obj = await self._t.call(
            lambda o: api.delete_async(customer_id, None, o),
            Write("customers.delete", idempotency_key, object_id=customer_id),
        )
        return convert.customer({**convert.as_dict(obj), "deleted": True})

    async def _update(
        self, customer_id: str, params: CustomerUpdateParams, idempotency_key: str
    ) -> Customer:
        api = self._t.v1.customers
        obj = await self._t.call(
            lambda o: api.update_async(customer_id, params, o),
            Write("customers.update", idempotency_key, object_id=customer_id, params=params),
        )
        return convert.customer(convert.as_dict(obj))
