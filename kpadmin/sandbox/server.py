"""The aiohttp application that speaks Stripe's API for the sandbox.

One request to ``/v1/...`` goes through, in order: a ``Request-Id``; the API
key (:class:`wire.KeyPolicy`, 401/403 as Stripe words them); the
``Stripe-Version``; the route; the form (bracket notation, both array
spellings); parameter validation against the SDK's TypedDict for the route
(:mod:`params`); the idempotency key (replay, mismatch, in flight); the
handler; ``expand[]``; the latency the sandbox was asked to add. Handlers are
synchronous, so each one runs atomically on the server's loop.

Pages registered with ``Routes.page`` (HTML outside ``/v1``) and the
sandbox-only admin endpoints under ``/_sandbox/admin/`` (no key needed: they
exist for tests and benchmarks) are served by the same application.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import re
import traceback
from typing import Any

from aiohttp import web

from kpadmin.domain.connection import SANDBOX_HEADER
from kpadmin.sandbox import admin, guards, versions, wire
from kpadmin.sandbox import params as params_mod
from kpadmin.sandbox.core import ORIGIN, Ctx, PageCtx, PageRoute, Route, Routes
from kpadmin.sandbox.errors import ApiError, Obj, invalid, unknown_param
from kpadmin.sandbox.expansion import render
from kpadmin.sandbox.faults import FaultInjector, FaultPlan
from kpadmin.sandbox.idempotency import IdempotencyCache
from kpadmin.sandbox.rate_limit import RateLimiter, rate_limited
from kpadmin.sandbox.responses import (
    MAX_BODY_BYTES,
    json_response,
    localize_page,
    new_request_id,
    read_body,
    strip_private,
    unrecognized,
)
from kpadmin.sandbox.store import Store, Transaction

log = logging.getLogger(__name__)

#: The account's default version: before 2026-09-30, so the guides' curl examples work.
DEFAULT_API_VERSION = "2026-08-26.dahlia"
#: ``payment_method_types`` is refused on PI/SI writes from this version on.
PMT_REMOVED_IN = "2026-09-30"
#: ``allowed_payment_method_types`` exists from this version on.
ALLOWED_PMT_ADDED_IN = "2026-07-29"
_PMT_PATHS = re.compile(r"^/v1/(payment_intents|setup_intents)(/[^/]+(/confirm)?)?$")


def _refused(exc: BaseException) -> bool:
    """Whether a failed write must leave no trace: Stripe refused it before acting.

    A 402 decline keeps its state (the failed attempt is recorded, as on Stripe).
    """
    return not (isinstance(exc, ApiError) and exc.type == "card_error")


# --------------------------------------------------------------------------- server


class SandboxServer:
    """The sandbox's HTTP behaviour over one :class:`Store`.

    Args:
        store: the objects.
        routes: the blueprints (defaults to every module in ``resources``).
        api_keys: accept only these keys (default: any test key).
        restricted: restricted key -> permissions (see :class:`wire.KeyPolicy`).
        api_version: the account's default API version (one Stripe released).
        latency_ms: delay added to every API response.
        faults: requests to fail on purpose (see :mod:`faults`); none by default.
        rate_limit: refuse requests over Stripe's per-second limit, per key and
            mode, as Stripe does (see :mod:`rate_limit`); off by default.
        allowed_hosts: host names, besides its own addresses, that clients may
            name in ``Host`` (see :mod:`guards`).

    Raises:
        ValueError: for an ``api_version`` Stripe never released.
    """

    def __init__(
        self,
        store: Store,
        *,
        routes: list[Routes] | None = None,
        api_keys: list[str] | tuple[str, ...] | None = None,
        restricted: dict[str, frozenset[str]] | None = None,
        api_version: str | None = None,
        latency_ms: int = 0,
        faults: FaultPlan | None = None,
        allowed_hosts: list[str] | tuple[str, ...] = (),
        rate_limit: bool = False,
    ) -> None:
        if routes is None:
            from kpadmin.sandbox.resources import all_routes

            routes = all_routes()
        self.store = store
        self.keys = wire.KeyPolicy(frozenset(api_keys or ()), dict(restricted or {}))
        self.api_version = api_version or DEFAULT_API_VERSION
        if self.api_version not in versions.KNOWN_VERSIONS:
            raise ValueError(f"{self.api_version!r} is not an API version Stripe released")
        self.latency_ms = latency_ms
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts)
        self.idempotency = IdempotencyCache(store if store.persistent else None)
        self.faults = FaultInjector(faults)
        self.rate_limiter = RateLimiter() if rate_limit else None
        self.routes: list[Route] = sorted(
            (r for bp in routes for r in bp.routes), key=lambda r: r.pattern.count("{")
        )
        self.pages: list[PageRoute] = [p for bp in routes for p in getattr(bp, "pages", [])]

    # -- application

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[self._guard])
        app.router.add_route("*", "/_sandbox/admin/{what}", self._admin)
        # [\s\S]: a decoded path may hold a newline (%0A), which ``.`` does not match.
        app.router.add_route("*", "/v1/{tail:[\\s\\S]*}", self._api)
        app.router.add_route("*", "/{tail:[\\s\\S]*}", self._page)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Every route: refuse a foreign ``Host``; outside the API, a foreign ``Origin``."""
        try:
            guards.check_host(request, self.allowed_hosts)
            api = request.path.startswith("/v1/")
            if not api and request.method not in ("GET", "HEAD", "OPTIONS"):
                guards.check_origin(request, self.allowed_hosts)
        except ApiError as err:
            rid = new_request_id()
            return json_response(err.status, err.body(rid), {"Request-Id": rid}, "")
        resp: web.StreamResponse = await handler(request)
        return resp

    @staticmethod
    def base_url(request: web.Request) -> str:
        return f"{request.scheme}://{request.host}"

    # -- API

    async def _api(self, request: web.Request) -> web.Response:
        rid = new_request_id()
        # Says "kpadmin's sandbox" to the client: a test key answered so is a SANDBOX profile.
        headers = {"Request-Id": rid, SANDBOX_HEADER: "1"}
        version = self.api_version
        fault = self.faults.draw(request.method)
        if fault in ("500", "429", "drop-before"):
            return self._fault_response(fault, request, headers)
        try:
            if fault == "timeout":
                await read_body(request)  # kept: processed after the client gave up
                await asyncio.sleep(self.faults.plan.hang_s)
            key = self.keys.authenticate(
                wire.key_from_headers(request.headers.get("Authorization")),
                request.method,
                request.path,
            )
            if self.rate_limiter is not None and not self.rate_limiter.allow(key):
                raise rate_limited()
            version = versions.resolve(request.headers.get("Stripe-Version"), self.api_version)
            headers["Stripe-Version"] = version
            route, path_params = self._match(request.method, request.path)
            raw = await self._read_params(request)
            checked = self._check_version_params(request.path, request.method, raw, version)
            checked = params_mod.validate(route.params, checked, route.extra_params)
            ikey = request.headers.get("Idempotency-Key")
            idem: tuple[str, str] | None = None
            if request.method == "POST" and ikey:
                headers["Idempotency-Key"] = ikey
                fp = json.dumps([request.method, request.path, checked], sort_keys=True)
                stored = self.idempotency.begin(key, ikey, fp)
                if stored is not None:
                    await self._delay()
                    headers["Idempotent-Replayed"] = "true"
                    return json_response(
                        stored.status, stored.body, headers, self.base_url(request)
                    )
                idem = (key, ikey)
        except ApiError as err:
            await self._delay()
            headers.update(err.headers)
            return json_response(err.status, err.body(rid), headers, self.base_url(request))
        ctx = Ctx(
            store=self.store,
            params=checked,
            path=path_params,
            api_version=version,
            base_url=ORIGIN,
            request_id=rid,
            idempotency_key=idem[1] if idem else None,
        )
        # The added latency is spent before the work (the request on its way), so that
        # the answer is stored with the request's writes, never after them.
        await self._delay()
        # One request, one transaction: its objects and its idempotency record are
        # stored together when the block ends, or not at all.
        try:
            with self.store.transaction() as tx:
                status, body = self._execute(route, ctx, tx, headers)
                if idem is not None:
                    self.idempotency.finish(*idem, status, body)
        except Exception:  # the commit itself failed (a full disk): nothing was stored
            log.error("sandbox could not store a request:\n%s", traceback.format_exc())
            if idem is not None:
                self.idempotency.abandon(*idem)
            failed = ApiError(500, "api_error", "The sandbox could not store this request.")
            status, body = 500, failed.body(rid)
        if fault == "drop-after":
            return self._fault_response(fault, request, headers)
        return json_response(status, body, headers, self.base_url(request))

    def _execute(
        self, route: Route, ctx: Ctx, tx: Transaction, headers: dict[str, str]
    ) -> tuple[int, Obj]:
        """Run the handler; an error Stripe answers before acting undoes its writes."""
        try:
            return 200, self._run(route, ctx)
        except ApiError as err:
            if _refused(err):
                tx.rollback()
            headers.update(err.headers)
            return err.status, err.body(ctx.request_id)
        except Exception:  # a sandbox bug must still answer like Stripe
            log.error("sandbox handler crashed:\n%s", traceback.format_exc())
            tx.rollback()
            crash = ApiError(
                500, "api_error", "An unknown error occurred on the sandbox (see its log)."
            )
            return 500, crash.body(ctx.request_id)

    def _fault_response(
        self, fault: str, request: web.Request, headers: dict[str, str]
    ) -> web.Response:
        """The injected failure: an error answer, or a connection closed without one."""
        if fault == "429":
            err = ApiError(
                429,
                "invalid_request_error",
                "Too many requests hit the API too quickly (injected by the sandbox).",
                code="rate_limit",
            )
            return json_response(
                429,
                err.body(headers["Request-Id"]),
                {**headers, "Stripe-Should-Retry": "true"},
                self.base_url(request),
            )
        if fault == "500":
            err = ApiError(500, "api_error", "An unknown error occurred (injected by the sandbox).")
            return json_response(
                500, err.body(headers["Request-Id"]), headers, self.base_url(request)
            )
        # drop-before / drop-after: no answer at all. aiohttp's attempt to send the
        # returned response meets the closed transport and is dropped quietly.
        transport = request.transport
        if transport is not None:
            transport.abort()
        return web.Response(status=204, headers=headers)

    def _run(self, route: Route, ctx: Ctx) -> Obj:
        paths = ctx.params.get("expand") or []
        if isinstance(paths, str):
            paths = [paths]
        for path in paths:  # checked before the handler changes anything
            if path.count(".") >= 4:
                raise invalid(
                    f"You cannot expand more than 4 levels of a property. Property: {path}",
                    "expand",
                )
        result = route.handler(ctx)
        answer: Obj = strip_private(render(self.store, result, list(paths), ctx.api_version))
        return answer

    async def _delay(self) -> None:
        if self.latency_ms > 0:
            await asyncio.sleep(self.latency_ms / 1000)

    def _match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        for route in self.routes:
            found = route.match(method, path)
            if found is not None:
                return route, found
        raise unrecognized(method, path)

    async def _read_params(self, request: web.Request) -> Obj:
        """Query string and form body, decoded strictly (see :func:`wire.decode_form`)."""
        raw_query = request.rel_url.raw_query_string
        query = wire.decode_form(raw_query) if raw_query else {}
        if request.method != "POST":
            return query
        body = await read_body(request)
        if body:
            ctype = request.content_type
            if ctype not in ("application/x-www-form-urlencoded", "application/octet-stream"):
                raise wire.unsupported_content_type(request.headers.get("Content-Type", ""))
            query.update(wire.decode_form(body))
        return query

    @staticmethod
    def _check_version_params(path: str, method: str, params: Obj, version: str) -> Obj:
        if method != "POST" or not _PMT_PATHS.match(path):
            return params
        if "payment_method_types" in params and version[:10] >= PMT_REMOVED_IN:
            raise invalid(
                "The `payment_method_types` parameter is no longer supported on this endpoint "
                f"in API version {version}. Use `allowed_payment_method_types` instead.",
                "payment_method_types",
                "payment_method_types_no_longer_supported",
            )
        if "allowed_payment_method_types" in params and version[:10] < ALLOWED_PMT_ADDED_IN:
            raise unknown_param("allowed_payment_method_types")
        return params

    # -- pages and admin

    async def _page(self, request: web.Request) -> web.StreamResponse:
        """A page (HTML outside ``/v1``); a page that changes state does so in one transaction.

        A posted form is read (and refused when malformed) before the handler runs,
        so the handler's own ``await request.post()`` returns at once and the
        transaction never spans a pause in which another request could run.
        """
        rid = new_request_id()
        for page in self.pages:
            found = page.match(request.method, request.path)
            if found is None:
                continue
            pctx = PageCtx(
                store=self.store,
                path=found,
                base_url=ORIGIN,
                api_version=self.api_version,
                request_id=rid,
            )
            try:
                if request.method == "POST":
                    await self._read_form(request)
                redirect: web.HTTPException | None = None
                with self.store.transaction():
                    try:
                        resp = page.handler(pctx, request)
                        if inspect.isawaitable(resp):
                            resp = await resp
                    except web.HTTPException as exc:
                        if exc.status >= 400:
                            raise
                        redirect = exc  # a redirect raised the aiohttp way: the work stands
                if redirect is not None:
                    raise redirect
            except ApiError as err:
                return json_response(
                    err.status, err.body(rid), {"Request-Id": rid}, self.base_url(request)
                )
            except web.HTTPException as exc:  # a page's redirect, raised the aiohttp way
                location = exc.headers.get("Location")
                if location and ORIGIN in location:
                    exc.headers["Location"] = location.replace(ORIGIN, self.base_url(request))
                exc.headers["Request-Id"] = rid
                raise
            resp.headers["Request-Id"] = rid
            return localize_page(resp, self.base_url(request))
        unknown = unrecognized(request.method, request.path)
        return json_response(404, unknown.body(rid), {"Request-Id": rid}, self.base_url(request))

    async def _read_form(self, request: web.Request) -> None:
        """Read a page's posted form once (aiohttp keeps it), refusing what does not decode.

        Raises:
            ApiError: 413 for a body over the limit, 400 for one that is not UTF-8
                form encoding.
        """
        body = await read_body(request)
        if request.content_type == "application/x-www-form-urlencoded":
            wire.decode_form(body)  # the strict check; aiohttp's parser is lenient
        try:
            await request.post()
        except (ValueError, UnicodeDecodeError) as exc:
            raise invalid(f"Invalid request: the form could not be read ({exc}).") from None

    async def _admin(self, request: web.Request) -> web.Response:
        """The sandbox-only endpoints tests and benchmarks drive (no key, own origin only)."""
        rid = new_request_id()
        try:
            return await admin.handle(self, request)
        except ApiError as err:
            return json_response(err.status, err.body(rid), {"Request-Id": rid}, "")


def build_store(db_path: str | None = None, seed: str = "none") -> Store:
    """A store, seeded with the demo shop when asked and still empty."""
    store = Store(db_path)
    if seed == "demo" and store.is_empty:
        try:
            from kpadmin.sandbox.seed import seed_demo
        except ImportError:
            log.warning("kpadmin.sandbox.seed is not available: starting empty")
        else:
            with store.transaction():  # all of the shop or none of it
                seed_demo(store)
    elif seed not in ("demo", "none"):
        raise ValueError(f"unknown seed {seed!r} (demo or none)")
    return store
