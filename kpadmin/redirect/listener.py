"""The loopback ``return_url`` for one Kakao Pay approval.

When the buyer approves (or fails) on Kakao Pay's page, Stripe sends their
browser to the ``return_url`` given with the intent. kpadmin points that at a
tiny HTTP listener it runs only while a flow waits:

- bound to 127.0.0.1 on an ephemeral port, so nothing off this machine can reach it;
- the path carries a random, unguessable state value (``secrets.token_urlsafe``);
- single use: the first request with the right state is answered and the
  listener stops accepting; anything else (wrong state, other paths, other
  methods, a second visit) gets a plain 404/405 and changes nothing;
- only requests whose ``Host`` is the listener's own ``127.0.0.1:PORT`` are
  answered (a web page the user visits could otherwise reach it under a
  name of its own, DNS rebinding); others get a 421;
- a connection that has not sent its request line and headers within
  :data:`HEADER_TIMEOUT` seconds is closed, and every answer closes its
  connection: a page opening many slow connections cannot keep them while
  the flow waits;
- the browser gets a short page in the user's language ("done, you can
  close this tab"), text supplied by the caller (the UI translates it).

What arrives in the query string (``setup_intent``, ``redirect_status``...) is
only a hint that something happened: the caller must retrieve the intent from
Stripe and trust only that. Runs on the current asyncio loop (the qasync loop
in the app), no threads.
"""

from __future__ import annotations

import asyncio
import html
import ipaddress
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a listener starts: aiohttp costs ~160 ms at app start-up
    from aiohttp import web

LOOPBACK = "127.0.0.1"
#: Seconds a connection may take to send its request line and headers.
HEADER_TIMEOUT = 10.0


@dataclass(frozen=True)
class ReturnPage:
    """The text of the page the browser sees after the redirect (already translated)."""

    title: str = "Done"
    heading: str = "You can close this tab"
    body: str = "kpadmin has received the result. Return to the app to see it."
    lang: str = "en"


@dataclass(frozen=True)
class Returned:
    """What the browser brought back: the query string, for information only."""

    query: dict[str, str] = field(default_factory=dict)

    @property
    def intent_id(self) -> str | None:
        return self.query.get("setup_intent") or self.query.get("payment_intent")


class ReturnListener:
    """A single-use loopback listener; ``await start()`` gives the ``return_url``.

    Args:
        page: the text of the "done" page.
        header_timeout: seconds a connection may take to send its request
            line and headers before it is closed.

    Attributes:
        return_url: ``http://127.0.0.1:PORT/kpadmin/return/<state>`` once started.
        rejected: how many requests were refused (wrong host, state, path, method, reuse).
        timed_out: how many connections were closed for sending no full request in time.
    """

    def __init__(
        self, page: ReturnPage | None = None, *, header_timeout: float = HEADER_TIMEOUT
    ) -> None:
        self._page = page or ReturnPage()
        self._state = secrets.token_urlsafe(24)
        self._header_timeout = header_timeout
        self._server: web.Server | None = None
        self._listening: asyncio.Server | None = None
        self._deadlines: dict[object, asyncio.TimerHandle] = {}
        self._host = ""
        self._result: asyncio.Future[Returned] | None = None
        self.return_url = ""
        self.rejected = 0
        self.timed_out = 0

    @property
    def path(self) -> str:
        return f"/kpadmin/return/{self._state}"

    async def start(self) -> str:
        loop = asyncio.get_running_loop()
        self._result = loop.create_future()
        from aiohttp import web

        # aiohttp's low-level server parses HTTP; the deadline wraps each connection it makes.
        self._server = web.Server(self._handle, access_log=None)
        self._listening = await loop.create_server(self._connection, LOOPBACK, 0)
        port = self._listening.sockets[0].getsockname()[1]
        self._host = f"{LOOPBACK}:{port}"
        self.return_url = f"http://{self._host}{self.path}"
        return self.return_url

    def _connection(self) -> asyncio.Protocol:
        """A new connection: aiohttp's protocol, closed unless a full request comes in time."""
        assert self._server is not None
        handler = self._server()
        loop = asyncio.get_running_loop()
        self._deadlines[handler] = loop.call_later(self._header_timeout, self._too_slow, handler)
        return handler

    def _too_slow(self, handler: object) -> None:
        self._deadlines.pop(handler, None)
        transport = getattr(handler, "transport", None)
        if transport is not None and not transport.is_closing():
            self.timed_out += 1
            transport.abort()

    async def wait(self) -> Returned:
        """Wait for the browser to come back (cancel the awaiting task to give up)."""
        if self._result is None:
            raise RuntimeError("start() the listener first")
        return await asyncio.shield(self._result)

    @property
    def done(self) -> bool:
        return self._result is not None and self._result.done()

    async def close(self) -> None:
        """Stop listening and close every connection; safe to call more than once."""
        listening, self._listening = self._listening, None
        server, self._server = self._server, None
        for handle in self._deadlines.values():
            handle.cancel()
        self._deadlines.clear()
        if listening is not None:
            listening.close()
        if server is not None:
            server.pre_shutdown()
            # A browser keeps its connection alive: close() must not wait for it.
            await server.shutdown(0.5)
        if listening is not None:
            await listening.wait_closed()
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        handle = self._deadlines.pop(request.protocol, None)
        if handle is not None:  # the request line and headers came in time
            handle.cancel()
        response = self._answer(request)
        response.force_close()  # one request per connection: nothing lingers open
        return response

    def _answer(self, request: web.BaseRequest) -> web.Response:
        from aiohttp import web

        peer = request.remote or ""
        try:
            from_loopback = ipaddress.ip_address(peer).is_loopback
        except ValueError:
            from_loopback = False
        if not from_loopback:
            self.rejected += 1
            return web.Response(status=403, text="Forbidden")
        if request.headers.get("Host", "").lower() != self._host:
            self.rejected += 1  # a name of someone else's pointing here (DNS rebinding)
            return web.Response(status=421, text="Misdirected request")
        if request.path != self.path or self.done:
            self.rejected += 1
            return web.Response(status=404, text="Not found")
        if request.method not in ("GET", "HEAD"):
            self.rejected += 1
            return web.Response(status=405, text="Method not allowed")
        assert self._result is not None
        self._result.set_result(Returned({k: v for k, v in request.query.items()}))
        return web.Response(
            text=self._render(),
            content_type="text/html",
            charset="utf-8",
            headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
        )

    def _render(self) -> str:
        p = self._page
        e = html.escape
        return (
            f'<!doctype html><html lang="{e(p.lang)}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{e(p.title)}</title><style>body{{font-family:system-ui,sans-serif;"
            f"max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}}"
            f"h1{{font-size:1.4rem}}</style></head><body><h1>{e(p.heading)}</h1>"
            f"<p>{e(p.body)}</p></body></html>"
        )
