"""The gateway's httpx transport sends form bodies as ``content=``, not ``data=``.

stripe 16.1's ``HTTPXClient`` hands httpx the encoded form body (a ``str``)
as ``data=``, which httpx deprecates: every POST warns, and would fail under
``-W error``. ``kpadmin.stripe_api.client.HttpxClient`` overrides the SDK's
``_get_request_args_kwargs``; these tests fail if that override stops being
used (renamed, or the gateway built on the SDK's own client), whatever the
suite's warning filters say.
"""

from __future__ import annotations

import warnings

import stripe

from kpadmin.stripe_api import StripeGateway, new_action_key
from kpadmin.stripe_api.client import HttpxClient
from kpadmin.stripe_api.records import CustomerDraft

HTTPX_DATA_WARNING = "Use 'content=<...>'"


def _data_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [
        str(w.message)
        for w in caught
        if issubclass(w.category, DeprecationWarning) and HTTPX_DATA_WARNING in str(w.message)
    ]


def test_gateway_post_sends_the_body_without_httpx_warning(sandbox, test_key, wait_for):
    gw = StripeGateway(test_key, api_base=sandbox.url, timeout=10, max_network_retries=0)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            made = wait_for(
                gw.customers.create(
                    CustomerDraft("김민수", metadata={"note": "a&b=c"}),
                    idempotency_key=new_action_key(),
                )
            )
    finally:
        wait_for(gw.aclose())
    assert _data_warnings(caught) == []
    # The same bytes arrived: the form body was decoded as sent, "&" and "=" included.
    assert (made.name, dict(made.metadata)) == ("김민수", {"note": "a&b=c"})


def test_the_sdks_own_client_does_warn(sandbox, test_key, wait_for):
    """Control: without the override the same POST warns, so the check above can fail."""
    http = stripe.HTTPXClient(timeout=10)
    client = stripe.StripeClient(test_key, base_addresses={"api": sandbox.url}, http_client=http)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            wait_for(client.v1.customers.create_async({"name": "control"}))
    finally:
        wait_for(http.close_async())
    assert _data_warnings(caught)


def test_override_replaces_data_with_content(wait_for):
    """The request arguments the gateway's client hands httpx for a POST and a GET."""
    http = HttpxClient(timeout=1)
    try:
        _args, post = http._get_request_args_kwargs("post", "http://x/v1/customers", {}, "name=a")
        _args, get = http._get_request_args_kwargs("get", "http://x/v1/customers", {}, None)
    finally:
        wait_for(http.close_async())
    assert post.get("content") == "name=a" and "data" not in post
    assert "data" not in get and "content" not in get
