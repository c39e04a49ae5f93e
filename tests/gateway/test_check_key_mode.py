"""What ``check_key`` learns about the server: its ``livemode`` and whether it is kpadmin's sandbox."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stress"))
from hostile_server import HostileServer

from kpadmin.stripe_api import StripeGateway

KEY = "sk_test_" + "C" * 24
CUSTOMER = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "stripe_objects.json").read_text()
)["customer"]


@pytest.fixture
def srv():
    with HostileServer() as s:
        yield s


def _check(url, wait_for):
    async def go():
        gw = StripeGateway(KEY, api_base=url, timeout=5, max_network_retries=0)
        try:
            return await gw.check_key()
        finally:
            await gw.aclose()

    return wait_for(go())


def test_the_sandbox_says_it_is_the_sandbox(demo_sandbox, wait_for):
    check = _check(demo_sandbox.url, wait_for)
    assert (check.mode, check.livemode, check.sandbox) == ("test", False, True)


def test_an_empty_sandbox_gives_no_livemode_but_still_says_sandbox(sandbox, wait_for):
    check = _check(sandbox.url, wait_for)
    assert (check.livemode, check.sandbox) == (None, True)


def test_another_server_is_not_the_sandbox_and_its_livemode_is_reported(srv, wait_for):
    cus = copy.deepcopy(CUSTOMER) | {"livemode": True}
    srv.answer("GET", "/v1/customers", 200, {"object": "list", "data": [cus], "has_more": False})
    check = _check(srv.url, wait_for)
    assert (check.mode, check.livemode, check.sandbox) == ("test", True, False)


def test_a_header_value_other_than_1_is_not_the_sandbox(srv, wait_for):
    srv.answer(
        "GET",
        "/v1/customers",
        200,
        {"object": "list", "data": [], "has_more": False},
        headers={"Kpadmin-Sandbox": "yes please"},
    )
    assert not _check(srv.url, wait_for).sandbox


def test_no_customer_then_the_balance_tells_livemode(srv, wait_for):
    srv.answer("GET", "/v1/customers", 200, {"object": "list", "data": [], "has_more": False})
    srv.answer("GET", "/v1/balance", 200, {"object": "balance", "livemode": True})
    assert _check(srv.url, wait_for).livemode is True
    srv.clear()
    srv.answer("GET", "/v1/customers", 200, {"object": "list", "data": [], "has_more": False})
    srv.answer(
        "GET",
        "/v1/balance",
        403,
        {
            "error": {
                "type": "invalid_request_error",
                "message": "The provided key does not have "
                "the required permissions (rak_balance_read).",
            }
        },
    )
    assert _check(srv.url, wait_for).livemode is None  # a restricted key may not read it
