"""The sandbox in a background thread: for ``kpadmin --demo`` and for tests.

The app's own asyncio loop (qasync, on the Qt thread) must never run the
server: a slow handler would freeze the window, and the tests need the server
to answer while the test thread blocks in the sync SDK. So the server gets a
daemon thread with its own loop, bound to 127.0.0.1 on an ephemeral port.
"""

from __future__ import annotations

import asyncio
import socket
import threading

from aiohttp import web

from kpadmin.sandbox.core import Routes, Store
from kpadmin.sandbox.faults import FaultPlan
from kpadmin.sandbox.server import SandboxServer, build_store


class EmbeddedSandbox:
    """A sandbox server running in its own thread until :meth:`stop`.

    Args:
        seed: ``"none"`` (empty) or ``"demo"`` (the demo shop).
        latency_ms: delay added to every API response.
        api_keys: accept only these keys (default: any test key).
        api_version: the account's default API version.
        db_path: SQLite file to keep the objects in (default: memory).
        restricted: restricted key -> permissions (see ``wire.KeyPolicy``).
        routes: the blueprints to serve (default: every resource module).
        faults: requests to fail on purpose (see ``faults.FaultPlan``); change
            it later through ``server.faults``.
        rate_limit: refuse requests over Stripe's per-second limit (see ``rate_limit``).
        sock: a listening socket to serve instead of a new ephemeral port (the
            app binds it before its first paint, so requests wait in its backlog
            until the sandbox serves).

    Attributes:
        url: ``http://127.0.0.1:PORT`` (no ``/v1``) once started, else ``""``.
        store: the objects (read them from tests; writes should go through HTTP).
    """

    def __init__(
        self,
        seed: str = "none",
        latency_ms: int = 0,
        api_keys: list[str] | None = None,
        api_version: str | None = None,
        db_path: str | None = None,
        restricted: dict[str, frozenset[str]] | None = None,
        routes: list[Routes] | None = None,
        faults: FaultPlan | None = None,
        sock: socket.socket | None = None,
        rate_limit: bool = False,
    ) -> None:
        self.store: Store = build_store(db_path, seed)
        self.server = SandboxServer(
            self.store,
            routes=routes,
            api_keys=api_keys,
            restricted=restricted,
            api_version=api_version,
            latency_ms=latency_ms,
            faults=faults,
            rate_limit=rate_limit,
        )
        self.url = ""
        self._sock = sock
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._listening: socket.socket | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; return the base URL once the port is listening."""
        if self._thread is not None:
            return self.url
        self._thread = threading.Thread(target=self._run, name="kpadmin-sandbox", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the sandbox did not start in time")
        if self._error is not None:
            raise RuntimeError(f"the sandbox failed to start: {self._error}") from self._error
        return self.url

    def set_latency(self, ms: int) -> None:
        """Delay every later API response by ``ms`` milliseconds."""
        self.server.latency_ms = max(0, int(ms))

    def stop(self) -> None:
        """Stop serving and join the thread (safe to call twice)."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        if loop.is_running():
            fut = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            try:
                fut.result(10)
            except Exception:  # stopping must not raise
                pass
            loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._thread = None
        self.store.close()

    def __enter__(self) -> EmbeddedSandbox:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the thread

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._startup())
        except BaseException as exc:  # reported to start(
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            # Let every connection finish closing before the loop goes: a transport's
            # close() completes in a callback, and a loop closed before it runs leaves
            # the socket open (a ResourceWarning in whoever collects it).
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            # A connection whose handler never started (accepted as the site stopped) has
            # no task to cancel, and one still flushing an answer to a client that stopped
            # reading is "closing" but keeps its socket until the buffer drains, which it
            # never will once the loop is gone. The selector loop still knows both: abort
            # them, so that no socket outlives the loop (abort ignores those already done).
            for transport in list(getattr(loop, "_transports", {}).values()):
                if transport is not None:
                    transport.abort()
            loop.run_until_complete(asyncio.sleep(0.05))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _startup(self) -> None:
        # A short shutdown: stop() must not wait a minute for a client's keep-alive
        # connection, and must close it rather than leave its transport behind.
        self._runner = web.AppRunner(
            self.server.make_app(), access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        # Our own listening socket (the one reserved by the caller, or a new one), so that
        # _shutdown() can stop accepting before closing.
        self._listening = (
            self._sock if self._sock is not None else socket.create_server(("127.0.0.1", 0))
        )
        site = web.SockSite(self._runner, self._listening)
        await site.start()
        _host, port = self._runner.addresses[0][:2]
        self.url = f"http://127.0.0.1:{port}"

    async def _shutdown(self) -> None:
        if self._runner is not None:
            # Stop accepting, then let the connections accepted a moment ago attach first:
            # asyncio builds a connection's transport one loop step after accept(), and one
            # built after the server closed fails half-way (the server refuses to attach
            # it), keeping a socket that nothing can close any more: an unclosed-transport
            # ResourceWarning wherever it is collected. Attached, cleanup() closes it.
            if self._listening is not None:
                asyncio.get_running_loop().remove_reader(self._listening.fileno())
                for _ in range(3):
                    await asyncio.sleep(0)
            await self._runner.cleanup()
            self._runner = None
        await asyncio.sleep(0)  # run the connections' close callbacks
