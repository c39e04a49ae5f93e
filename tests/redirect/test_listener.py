"""The loopback return listener: right state once, everything else refused."""

from __future__ import annotations

import asyncio
import socket
import urllib.parse

import aiohttp
import pytest

from kpadmin.redirect.listener import ReturnListener, ReturnPage


async def _get(url: str, method: str = "GET") -> tuple[int, str]:
    async with aiohttp.ClientSession() as s, s.request(method, url) as r:
        return r.status, await r.text()


def test_right_state_resolves_once_with_the_query():
    async def main():
        listener = ReturnListener(ReturnPage(heading="완료되었습니다", lang="ko"))
        url = await listener.start()
        try:
            assert url.startswith("http://127.0.0.1:")
            status, body = await _get(url + "?setup_intent=seti_123&redirect_status=succeeded")
            assert status == 200
            assert "완료되었습니다" in body and 'lang="ko"' in body
            returned = await asyncio.wait_for(listener.wait(), 1)
            assert returned.intent_id == "seti_123"
            assert returned.query["redirect_status"] == "succeeded"
            # Single use: a second visit is refused and changes nothing.
            status, _ = await _get(url + "?setup_intent=seti_other")
            assert status == 404
            assert (await listener.wait()).intent_id == "seti_123"
        finally:
            await listener.close()

    asyncio.run(main())


def test_wrong_state_other_paths_and_methods_are_refused():
    async def main():
        listener = ReturnListener()
        url = await listener.start()
        parts = urllib.parse.urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        try:
            assert (await _get(base + "/kpadmin/return/not-the-state"))[0] == 404
            assert (await _get(base + "/"))[0] == 404
            assert (await _get(base + parts.path + "/extra"))[0] == 404
            assert (await _get(url, "POST"))[0] == 405
            assert listener.rejected == 4
            assert not listener.done
            # The right request still works after the refused ones.
            assert (await _get(url))[0] == 200
            assert listener.done
        finally:
            await listener.close()

    asyncio.run(main())


def test_state_is_unguessable_and_differs_per_listener():
    a, b = ReturnListener(), ReturnListener()
    assert a.path != b.path
    assert len(a.path.rsplit("/", 1)[1]) >= 32


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet is sent for UDP connect
        except OSError:
            return None
        addr = s.getsockname()[0]
    return None if addr.startswith("127.") or addr == "0.0.0.0" else addr


def test_listens_on_loopback_only():
    async def main():
        listener = ReturnListener()
        url = await listener.start()
        port = urllib.parse.urlsplit(url).port
        try:
            other = _non_loopback_address()
            if other is None:
                pytest.skip("this machine has no non-loopback IPv4 address to try")
            with pytest.raises(OSError):
                await asyncio.wait_for(asyncio.open_connection(other, port), 2)
        finally:
            await listener.close()

    asyncio.run(main())


def test_close_stops_listening_and_cancels_waiters():
    async def main():
        listener = ReturnListener()
        url = await listener.start()
        waiter = asyncio.ensure_future(listener.wait())
        await listener.close()
        await listener.close()  # idempotent
        with pytest.raises(asyncio.CancelledError):
            await waiter
        with pytest.raises(aiohttp.ClientConnectionError):
            await _get(url)

    asyncio.run(main())
