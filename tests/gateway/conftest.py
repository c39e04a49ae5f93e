"""Fixtures for gateway tests: a StripeGateway on the empty sandbox, and a raw SDK client.

The raw client (synchronous, the real SDK) sets up objects the gateway cannot
create yet (payment methods, subscriptions); every assertion goes through the
gateway.
"""

from __future__ import annotations

import pytest
import stripe

from kpadmin.stripe_api import StripeGateway
from kpadmin.stripe_api.client import HttpxClient


@pytest.fixture
def gateway(sandbox, test_key, wait_for):
    gw = StripeGateway(test_key, api_base=sandbox.url, timeout=10, max_network_retries=0)
    try:
        yield gw
    finally:
        wait_for(gw.aclose())


@pytest.fixture
def raw(sandbox, test_key):
    http = HttpxClient(timeout=10, allow_sync_methods=True)
    client = stripe.StripeClient(test_key, base_addresses={"api": sandbox.url}, http_client=http)
    try:
        yield client
    finally:
        http.close()
