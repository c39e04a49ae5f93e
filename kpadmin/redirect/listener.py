"""The loopback ``return_url`` for one Kakao Pay approval.

When the buyer approves (or fails) on Kakao Pay's page, Stripe sends their
browser to the ``return_url`` given with the intent. kpadmin points that at a
tiny HTTP listener it runs only while a flow waits:

- bound to 127.0.0.1 on an ephemeral port, so nothing off this machine can reach it;
- the path carries a random, unguessable state value (``secrets.token_urlsafe``);
- single use: the first request with the right state is answered and the
  listener stops accepting; anything else (wrong state, other paths, other
  methods, a second visit) gets a plain 404/405 and changes nothing;
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

    Attributes:
        return_url: ``http://127.0.0.1:PORT/kpadmin/return/<state>`` once started.
        rejected: how many requests were refused (wrong state, path, method, reuse).
    """

    def __init__(self, page: ReturnPage | None = None) -> None:
        self._page = page or ReturnPage()
        self._state = secrets.token_urlsafe(24)
        self._runner: web.AppRunner | None = None
        self._result: asyncio.Future[Returned] | None = None
        self.return_url = ""
        self.rejected = 0

    @property
    def path(self) -> str:
        return f"/kpadmin/return/{self._state}"

    async def start(self) -> str:
        loop = asyncio.get_running_loop()
        self._result = loop.create_future()
        from aiohttp import web

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # A browser keeps its connection alive: close() must not wait for it.
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=0.5
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, LOOPBACK, 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.return_url = f"http://{LOOPBACK}:{port}{self.path}"
        return self.return_url

    async def wait(self) -> Returned:
        """Wait for the browser to come back (cancel the awaiting task to give up)."""
        if self._result is None:
            raise RuntimeError("start() the listener first")
        return await asyncio.shield(self._result)

    @property
    def done(self) -> bool:
        return self._result is not None and self._result.done()

    async def close(self) -> None:
        """Stop listening; safe to call more than once."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        from aiohttp import web

        peer = request.remote or ""
        try:
            from_loopback = ipaddress.ip_address(peer).is_loopback
        except ValueError:
            from_loopback = False
        if not from_loopback:
            self.rejected += 1
            return web.Response(status=403, text="Forbidden")
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
