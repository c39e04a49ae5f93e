"""A scripted HTTP server that answers whatever a test tells it to, however wrong.

The sandbox always answers like Stripe; this server is for proving kpadmin
survives answers Stripe would never give (or an interception proxy, a captive
portal, a future API version might): JSON of the wrong shape, missing fields,
wrong types, HTML instead of JSON, redirect URLs on other hosts and schemes.

    with HostileServer() as srv:
        srv.answer("GET", "/v1/customers", 200, "<html>captive portal</html>",
                   content_type="text/html")
        gw = StripeGateway(key, api_base=srv.url)

Runs in a daemon thread with its own loop, like ``EmbeddedSandbox``.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Self

from aiohttp import web


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


class HostileServer:
    """Answers requests from a script of (method, path regex) -> answer; last match wins.

    Attributes:
        url: ``http://127.0.0.1:PORT`` once started.
        requests: ``(method, path)`` of every request received.
    """

    def __init__(self) -> None:
        self._rules: list[tuple[str, re.Pattern[str], Answer]] = []
        self._lock = threading.Lock()
        self.requests: list[tuple[str, str]] = []
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    def answer(
        self,
        method: str,
        path: str,
        status: int,
        body: Any,
        *,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer ``method path`` (``path`` is a regex matched in full) with this.

        ``body`` may be bytes, str, or anything else (dumped as JSON).
        """
        if isinstance(body, bytes):
            raw = body
        elif isinstance(body, str):
            raw = body.encode()
        else:
            raw = json.dumps(body).encode()
        hdrs = {"Request-Id": "req_hostile", **(headers or {})}
        with self._lock:
            self._rules.append(
                (method.upper(), re.compile(path), Answer(status, raw, content_type, hdrs))
            )

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self.requests.clear()

    # -- serving

    async def _handle(self, request: web.Request) -> web.Response:
        await request.read()
        with self._lock:
            self.requests.append((request.method, request.path))
            rules = list(self._rules)
        for method, pattern, ans in reversed(rules):
            if method == request.method and pattern.fullmatch(request.path):
                resp = web.Response(status=ans.status, body=ans.body, headers=ans.headers)
                resp.content_type = ans.content_type
                return resp
        return web.json_response(
            {"error": {"type": "invalid_request_error", "message": "not scripted"}}, status=404
        )

    def start(self) -> str:
        self._thread = threading.Thread(target=self._run, daemon=True, name="hostile-server")
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("hostile server did not start")
        return self.url

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        loop.run_until_complete(self._startup())
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _startup(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._shutdown(self._runner), loop).result(15)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._thread = None

    @staticmethod
    async def _shutdown(runner: web.AppRunner) -> None:
        """Stop serving and close every connection before the loop stops.

        Closing an https connection takes the loop a few more turns (the TLS close,
        which a client gone quiet may never answer): a loop stopped before that leaves
        the socket to the garbage collector, as an unraisable ResourceWarning in
        whichever test collects it. What is still open after the cleanup is aborted.
        """
        server = runner.server
        transports = [h.transport for h in server.connections] if server is not None else []
        await runner.cleanup()
        for transport in transports:
            if transport is not None and transport.get_extra_info("socket") is not None:
                transport.abort()
        for _ in range(500):
            sockets = [t.get_extra_info("socket") for t in transports if t is not None]
            if all(s is None or s.fileno() == -1 for s in sockets):
                return
            await asyncio.sleep(0.01)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
