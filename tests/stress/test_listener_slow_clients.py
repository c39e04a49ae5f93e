"""The loopback return listener under many slow connections, and requests for another host.

A web page the user visits can open connections to 127.0.0.1 and keep them
(slowloris); the listener must close every connection that has not sent a
full request line and headers within ten seconds, keep answering real
requests meanwhile, and answer only requests addressed to its own
``127.0.0.1:PORT``. The figures go to the "stress counts" summary.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import urllib.parse

import aiohttp

from kpadmin.redirect.listener import HEADER_TIMEOUT, ReturnListener

IDLE = 200  # connect and send nothing
DRIP = 100  # send a request line, then one header byte a second, never finishing


async def _open(host: str, port: int):
    return await asyncio.open_connection(host, port)


async def _closed_after(reader: asyncio.StreamReader, started: float, limit: float) -> float:
    """Seconds from ``started`` until the server closed the connection (or ``limit``)."""
    try:
        while True:
            chunk = await asyncio.wait_for(reader.read(1024), limit - (time.monotonic() - started))
            if not chunk:
                break
    except (ConnectionError, TimeoutError):
        pass
    return time.monotonic() - started


async def _drip(writer: asyncio.StreamWriter, path: str) -> None:
    try:
        writer.write(f"GET {path} HTTP/1.1\r\n".encode())
        await writer.drain()
        while True:
            await asyncio.sleep(1.0)
            writer.write(b"X")
            await writer.drain()
    except (ConnectionError, RuntimeError):
        pass


async def _get(url: str, **headers: str) -> int:
    async with aiohttp.ClientSession() as s, s.get(url, headers=headers) as r:
        await r.read()
        return r.status


def test_slow_connections_are_closed_and_real_requests_still_answered(stress_report):
    async def main():
        listener = ReturnListener()
        url = await listener.start()
        parts = urllib.parse.urlsplit(url)
        host, port = parts.hostname, parts.port
        started = time.monotonic()
        conns = [await _open(host, port) for _ in range(IDLE + DRIP)]
        drips = [asyncio.ensure_future(_drip(w, parts.path)) for _, w in conns[IDLE:]]
        limit = HEADER_TIMEOUT + 8.0
        closing = [asyncio.ensure_future(_closed_after(r, started, limit)) for r, _ in conns]
        try:
            await asyncio.sleep(1.0)
            # While 300 connections hang, a real browser is still answered at once.
            t0 = time.monotonic()
            assert await _get(f"http://{host}:{port}/kpadmin/return/wrong") == 404
            assert await _get(url + "?setup_intent=seti_1") == 200
            answered_ms = (time.monotonic() - t0) * 1000
            assert listener.done

            closed = await asyncio.gather(*closing)
            assert max(closed) < limit, "some slow connections were never closed"
            assert min(closed) >= HEADER_TIMEOUT - 0.5
            assert listener.timed_out == IDLE + DRIP
            assert listener._server is not None and listener._server.connections == []
            stress_report(
                f"listener: {IDLE} idle + {DRIP} slow-drip connections closed after "
                f"{min(closed):.1f}-{max(closed):.1f} s (median {statistics.median(closed):.1f} s, "
                f"limit {HEADER_TIMEOUT:.0f} s); 0 left open; two real requests answered "
                f"meanwhile in {answered_ms:.0f} ms"
            )
        finally:
            for task in drips:
                task.cancel()
            for _, writer in conns:
                writer.close()
            await listener.close()

    asyncio.run(main())


def test_only_its_own_host_is_answered():
    async def main():
        listener = ReturnListener()
        url = await listener.start()
        port = urllib.parse.urlsplit(url).port
        try:
            for host in (
                f"evil.example:{port}",
                f"localhost:{port}",
                "127.0.0.1",
                f"127.0.0.1:{port + 1}",
                f"127.0.0.2:{port}",
            ):
                assert await _get(url, Host=host) == 421, host
            assert listener.rejected == 5 and not listener.done
            assert await _get(url) == 200  # Host: 127.0.0.1:PORT, as the browser sends it
            assert listener.done
        finally:
            await listener.close()

    asyncio.run(main())


def test_a_request_without_host_is_refused():
    async def main():
        listener = ReturnListener(header_timeout=2.0)
        url = await listener.start()
        parts = urllib.parse.urlsplit(url)
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            writer.write(f"GET {parts.path} HTTP/1.0\r\n\r\n".encode())
            await writer.drain()
            answer = await asyncio.wait_for(reader.read(), 5)
            assert answer.split(b" ", 2)[1] == b"421" and not listener.done
        finally:
            writer.close()
            await listener.close()

    asyncio.run(main())
