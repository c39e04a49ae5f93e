"""Test clocks (``/v1/test_helpers/test_clocks``), for SANDBOX and TEST mode only.

Create one, put a new customer on it (``gateway.customers.create(...,
test_clock=...)``), advance it, and wait until it is ``ready`` again: Stripe
advances asynchronously; the sandbox is ready at once.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from kpadmin.stripe_api import convert
from kpadmin.stripe_api.client import Transport, Write
from kpadmin.stripe_api.records_support import TestClock
from kpadmin.stripe_api.services import intent_fields as f

if TYPE_CHECKING:
    from stripe.params.test_helpers import TestClockAdvanceParams, TestClockCreateParams


class TestClocksService:
    """``gateway.test_clocks`` (the SDK's ``v1.test_helpers.test_clocks``).

    Attributes:
        poll_interval: seconds between polls while a clock advances (tests shorten it).
    """

    __test__ = False  # not a pytest test class
    poll_interval: float = 1.0

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def create(self, frozen_time: int, *, idempotency_key: str, name: str = "") -> TestClock:
        params: TestClockCreateParams = {"frozen_time": frozen_time}
        if name:
            params["name"] = name
        api = self._t.v1.test_helpers.test_clocks
        obj = await self._t.call(
            lambda o: api.create_async(params, o),
            Write("test_clock.create", idempotency_key, params=params),
        )
        return test_clock(convert.as_dict(obj))

    async def retrieve(self, clock_id: str) -> TestClock:
        api = self._t.v1.test_helpers.test_clocks
        obj = await self._t.call(lambda o: api.retrieve_async(clock_id, None, o))
        return test_clock(convert.as_dict(obj))

    async def advance(
        self, clock_id: str, frozen_time: int, *, idempotency_key: str, wait: float = 60.0
    ) -> TestClock:
        """Move the clock to ``frozen_time`` and wait (up to ``wait`` s) until it is ready.

        Returns the clock as last seen: ``status="advancing"`` if it was still
        moving when ``wait`` ran out (the caller may poll :meth:`retrieve`).
        """
        params: TestClockAdvanceParams = {"frozen_time": frozen_time}
        api = self._t.v1.test_helpers.test_clocks
        obj = await self._t.call(
            lambda o: api.advance_async(clock_id, params, o),
            Write(
                "test_clock.advance",
                idempotency_key,
                object_id=clock_id,
                params=params,
                detail=f"frozen_time={frozen_time}",
            ),
        )
        clock = test_clock(convert.as_dict(obj))
        deadline = time.monotonic() + wait
        while not clock.ready and time.monotonic() < deadline:
            await asyncio.sleep(self.poll_interval)
            clock = await self.retrieve(clock_id)
        return clock


def test_clock(d: dict[str, Any]) -> TestClock:
    """A TestClock's JSON -> :class:`TestClock`."""
    name = d.get("name")
    deletes = d.get("deletes_after")
    return TestClock(
        id=str(d.get("id") or ""),
        name=name if isinstance(name, str) else None,
        frozen_time=f.integer(d, "frozen_time"),
        status=str(d.get("status") or ""),
        deletes_after=deletes if isinstance(deletes, int) else None,
        livemode=bool(d.get("livemode")),
    )


test_clock.__test__ = False  # type: ignore[attr-defined]  # not a pytest test function
