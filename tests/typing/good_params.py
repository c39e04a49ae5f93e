"""Must type-check: the same requests as bad_params.py, spelled right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpadmin.stripe_api.client import JsonList, Transport

if TYPE_CHECKING:
    from stripe.params import CustomerListParams, SubscriptionUpdateParams

CUSTOMERS: JsonList[CustomerListParams] = JsonList("/v1/customers")


async def schedule_cancellation(transport: Transport, subscription_id: str) -> Any:
    params: SubscriptionUpdateParams = {"cancel_at_period_end": True}
    api = transport.v1.subscriptions
    return await transport.call(lambda o: api.update_async(subscription_id, params, o))


async def list_customers(transport: Transport) -> Any:
    return await CUSTOMERS.get(transport, {"limit": 10})


async def inline_in_the_call(transport: Transport, subscription_id: str) -> Any:
    api = transport.v1.subscriptions
    return await transport.call(
        lambda o: api.update_async(subscription_id, {"pause_collection": ""}, o)
    )
