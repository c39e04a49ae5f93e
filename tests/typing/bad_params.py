"""Must NOT type-check: misspelled Stripe parameters (checked by test_params_typed.py).

Each case is written the way the gateway's services write requests; a
``# next line rejected: <key>`` comment says that mypy must report an error on
the line below it, naming ``<key>`` when one is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpadmin.stripe_api.client import JsonList, Transport

if TYPE_CHECKING:
    from stripe.params import CustomerListParams, SubscriptionUpdateParams

CUSTOMERS: JsonList[CustomerListParams] = JsonList("/v1/customers")


async def schedule_cancellation(transport: Transport, subscription_id: str) -> Any:
    # next line rejected: cancel_at_period_endd
    params: SubscriptionUpdateParams = {"cancel_at_period_endd": True}
    api = transport.v1.subscriptions
    return await transport.call(lambda o: api.update_async(subscription_id, params, o))


async def list_customers(transport: Transport) -> Any:
    # next line rejected: limt
    return await CUSTOMERS.get(transport, {"limt": 10})


async def inline_in_the_call(transport: Transport, subscription_id: str) -> Any:
    api = transport.v1.subscriptions
    # A literal inside the lambda is rejected too, though mypy names the type, not the key.
    return await transport.call(
        # next line rejected:
        lambda o: api.update_async(subscription_id, {"pause_colection": ""}, o)
    )
