"""The approval flow against the sandbox, without Qt: what moves it, and what does not."""

from __future__ import annotations

import asyncio
import time
from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx

from kpadmin.redirect.approval import ApprovalFlow, Kind, State, backoff_delays
from kpadmin.stripe_api import StripeGateway, new_action_key
from kpadmin.stripe_api.records import CustomerDraft

KEY = "sk_test_kpadmin0000000000000000"


class _Form(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self.action = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.action = a["action"]
        if tag == "input" and a.get("type") == "hidden":
            self.fields[a["name"]] = a.get("value") or ""


async def _approve(client: httpx.AsyncClient, url: str, action: str = "authorize") -> str:
    """Press ``action`` on the approval page; the return URL with Stripe's query (not visited)."""
    form = _Form()
    form.feed((await client.get(url)).text)
    resp = await client.post(urljoin(url, form.action), data={**form.fields, "action": action})
    assert resp.status_code == 303
    return resp.headers["location"]


async def _until(predicate, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        await asyncio.sleep(0.01)


def _run(sandbox, body, **flow_kwargs):
    async def main():
        gateway = StripeGateway(KEY, api_base=sandbox.url)
        try:
            customer = await gateway.customers.create(
                CustomerDraft(name="이서연"), idempotency_key=new_action_key()
            )
            flow = ApprovalFlow(gateway, Kind.SETUP, customer_id=customer.id, **flow_kwargs)
            task = asyncio.ensure_future(flow.run())
            try:
                async with httpx.AsyncClient() as client:
                    await body(flow, client, gateway)
            finally:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        finally:
            await gateway.aclose()

    asyncio.run(main())


def test_the_return_request_wakes_a_slowly_polling_flow(sandbox):
    async def body(flow, client, _gw):
        await _until(lambda: flow.status.url)
        back = await _approve(client, flow.status.url)
        started = time.monotonic()
        assert (await client.get(back)).status_code == 200
        await _until(lambda: flow.done)
        assert flow.status.state is State.APPROVED
        assert time.monotonic() - started < 2  # not the 30 s poll
        assert flow.status.checks == 1

    _run(sandbox, body, delays=backoff_delays(30, 1, 30))


def test_a_forged_return_is_not_trusted(sandbox):
    async def body(flow, client, _gw):
        await _until(lambda: flow.status.url)
        listener_url = flow._listener.return_url
        forged = f"{listener_url}?setup_intent={flow.status.intent_id}&redirect_status=succeeded"
        assert (await client.get(forged)).status_code == 200
        await _until(lambda: flow.status.checks >= 1)
        assert flow.status.state is State.WAITING  # Stripe still says requires_action
        await _approve(client, flow.status.url)  # the real approval, seen by polling
        await _until(lambda: flow.done)
        assert flow.status.state is State.APPROVED

    _run(sandbox, body, delays=backoff_delays(0.05, 1.5, 0.2))


def test_custom_return_page_means_polling_only(sandbox):
    async def body(flow, client, gateway):
        await _until(lambda: flow.status.url)
        assert not flow.uses_listener and flow._listener is None
        back = await _approve(client, flow.status.url)
        assert back.startswith("https://shop.example.kr/kakao/done?")
        await _until(lambda: flow.done)
        assert flow.status.state is State.APPROVED

    _run(
        sandbox,
        body,
        delays=backoff_delays(0.05, 1.5, 0.2),
        custom_return_url="https://shop.example.kr/kakao/done",
    )


def test_waiting_too_long_expires(sandbox):
    async def body(flow, _client, _gw):
        await _until(lambda: flow.done)
        assert flow.status.state is State.EXPIRED and flow.status.url is None

    _run(sandbox, body, delays=backoff_delays(0.05, 1, 0.05), max_wait=0.3)


def test_cancel_while_starting_cancels_the_intent_once_it_exists(sandbox):
    async def body(flow, _client, gateway):
        await flow.cancel()  # before the SetupIntent was created
        await _until(lambda: flow.done)
        assert flow.status.state is State.CANCELLED
        si = await gateway.setup_intents.retrieve(flow.status.intent_id)
        assert si.status == "canceled"

    _run(sandbox, body)


def test_an_intent_cancelled_elsewhere_counts_as_expired(sandbox):
    async def body(flow, _client, gateway):
        await _until(lambda: flow.status.intent_id)
        await gateway.setup_intents.cancel(flow.status.intent_id, idempotency_key=new_action_key())
        flow.check_now()
        await _until(lambda: flow.done)
        assert flow.status.state is State.EXPIRED

    _run(sandbox, body, delays=backoff_delays(30, 1, 30))


def test_a_browser_coming_back_after_polling_still_gets_the_done_page(sandbox):
    async def body(flow, client, _gw):
        await _until(lambda: flow.status.url)
        back = await _approve(client, flow.status.url)
        await _until(lambda: flow.done)  # polling saw it first
        assert flow.status.state is State.APPROVED
        resp = await client.get(back)
        assert resp.status_code == 200 and "close this tab" in resp.text

    _run(sandbox, body, delays=backoff_delays(0.05, 1.5, 0.2))


def test_the_listener_closes_when_the_flow_ends(sandbox):
    async def body(flow, client, _gw):
        await _until(lambda: flow.status.url)
        url = flow._listener.return_url
        await flow.cancel()
        for _ in range(100):
            try:
                await client.get(url)
            except httpx.ConnectError:
                return  # nothing listens any more
            except (httpx.RemoteProtocolError, httpx.ReadError):
                pass  # dropped while shutting down; try again
            await asyncio.sleep(0.02)
        raise AssertionError("the listener still answers after the flow ended")

    _run(sandbox, body, delays=backoff_delays(0.05, 1.5, 0.2), linger=0)
