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
import datetime
import inspect
import json
import logging
import re
import secrets
import string
import time
import traceback
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from kpadmin.domain.connection import SANDBOX_HEADER
from kpadmin.sandbox import params as params_mod
from kpadmin.sandbox import wire
from kpadmin.sandbox.core import (
    ORIGIN,
    ApiError,
    Ctx,
    Obj,
    PageCtx,
    PageRoute,
    Route,
    Routes,
    Store,
    expand,
    invalid,
    unknown_param,
)
from kpadmin.sandbox.faults import FaultInjector, FaultPlan, configure_from_args

log = logging.getLogger(__name__)

#: The account's default version: before 2026-09-30, so the guides' curl examples work.
DEFAULT_API_VERSION = "2026-08-27.dahlia"
#: ``payment_method_types`` is refused on PI/SI writes from this version on.
PMT_REMOVED_IN = "2026-09-30"
#: ``allowed_payment_method_types`` exists from this version on.
ALLOWED_PMT_ADDED_IN = "2026-07-29"
IDEMPOTENCY_TTL = 24 * 3600

#: The newest version we know of (stripe 16.1's pin), accepted even if the clock is behind.
_NEWEST_KNOWN = datetime.date(2026, 10, 28)
_VERSION_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(\.[a-z]+)?$")
_PMT_PATHS = re.compile(r"^/v1/(payment_intents|setup_intents)(/[^/]+(/confirm)?)?$")
_ALPHANUM = string.ascii_letters + string.digits


def new_request_id() -> str:
    return "req_" + "".join(secrets.choice(_ALPHANUM) for _ in range(14))


def _json_response(status: int, body: Obj, headers: dict[str, str], origin: str) -> web.Response:
    text = json.dumps(body, ensure_ascii=False, indent=2).replace(ORIGIN, origin)
    return web.Response(status=status, text=text, content_type="application/json", headers=headers)


def _refused(exc: BaseException) -> bool:
    """Whether a failed write must leave no trace: Stripe refused it before acting.

    A 402 decline keeps its state (the failed attempt is recorded, as on Stripe).
    """
    return not (isinstance(exc, ApiError) and exc.type == "card_error")


def _localize_page(resp: web.StreamResponse, origin: str) -> web.StreamResponse:
    """Write the real origin where a page's body or redirect holds :data:`ORIGIN`."""
    location = resp.headers.get("Location")
    if location and ORIGIN in location:
        resp.headers["Location"] = location.replace(ORIGIN, origin)
    if isinstance(resp, web.Response) and isinstance(resp.body, bytes) and resp.charset:
        text = resp.body.decode(resp.charset)
        if ORIGIN in text:
            resp.text = text.replace(ORIGIN, origin)
    return resp


def strip_private(node: Any) -> Any:
    """Drop keys starting with ``_``: sandbox-private state never reaches a client."""
    if isinstance(node, dict):
        return {k: strip_private(v) for k, v in node.items() if not k.startswith("_")}
    if isinstance(node, list):
        return [strip_private(v) for v in node]
    return node


# --------------------------------------------------------------------------- idempotency


@dataclass
class _Stored:
    fingerprint: str
    created: float
    status: int = 0
    body: Obj = field(default_factory=dict)
    done: bool = False


class IdempotencyCache:
    """Stripe's idempotency: first result per (key owner, key) kept for 24 hours."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], _Stored] = {}
        #: Wall clock for expiry (real time, not the store's test-clock time); tests replace it.
        self.clock = time.time

    def begin(self, owner: str, key: str, fingerprint: str) -> _Stored | None:
        """None when the request should run; the stored result when it is a replay.

        Raises:
            ApiError: 400 ``idempotency_error`` for other parameters, 409 while in flight.
        """
        now = self.clock()
        for k in [k for k, v in self._items.items() if now - v.created > IDEMPOTENCY_TTL]:
            del self._items[k]
        if len(key) > 255:
            raise invalid("Idempotency-Key must be at most 255 characters long.")
        item = self._items.get((owner, key))
        if item is None:
            self._items[(owner, key)] = _Stored(fingerprint, now)
            return None
        if item.fingerprint != fingerprint:
            raise ApiError(
                400,
                "idempotency_error",
                "Keys for idempotent requests can only be used with the same parameters they "
                f"were first used with. Try using a key other than '{key}' if you meant to "
                "execute a different request.",
            )
        if not item.done:
            raise ApiError(
                409,
                "invalid_request_error",
                "There is currently another in-progress request using this Idempotent Key "
                "(that probably means you submitted twice, and the other request is still "
                "going through): "
                f"{key}. Please try again later.",
                code="idempotency_key_in_use",
            )
        return item

    def finish(self, owner: str, key: str, status: int, body: Obj) -> None:
        item = self._items.get((owner, key))
        if item is not None:
            item.status, item.body, item.done = status, body, True

    def abandon(self, owner: str, key: str) -> None:
        """Forget a key whose request failed before execution (validation, 429)."""
        self._items.pop((owner, key), None)


# --------------------------------------------------------------------------- server


class SandboxServer:
    """The sandbox's HTTP behaviour over one :class:`Store`.

    Args:
        store: the objects.
        routes: the blueprints (defaults to every module in ``resources``).
        api_keys: accept only these keys (default: any test key).
        restricted: restricted key -> permissions (see :class:`wire.KeyPolicy`).
        api_version: the account's default API version.
        latency_ms: delay added to every API response.
        faults: requests to fail on purpose (see :mod:`faults`); none by default.
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
    ) -> None:
        if routes is None:
            from kpadmin.sandbox.resources import all_routes

            routes = all_routes()
        self.store = store
        self.keys = wire.KeyPolicy(frozenset(api_keys or ()), dict(restricted or {}))
        self.api_version = api_version or DEFAULT_API_VERSION
        self.latency_ms = latency_ms
        self.idempotency = IdempotencyCache()
        self.faults = FaultInjector(faults)
        self.routes: list[Route] = sorted(
            (r for bp in routes for r in bp.routes), key=lambda r: r.pattern.count("{")
        )
        self.pages: list[PageRoute] = [p for bp in routes for p in getattr(bp, "pages", [])]

    # -- application

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/_sandbox/admin/{what}", self._admin)
        app.router.add_route("*", "/v1/{tail:.*}", self._api)
        app.router.add_route("*", "/{tail:.*}", self._page)
        return app

    @staticmethod
    def base_url(request: web.Request) -> str:
        return f"{request.scheme}://{request.host}"

    # -- API

    async def _api(self, request: web.Request) -> web.Response:
        rid = new_request_id()
        # Says "kpadmin's sandbox" to the client: a test key answered so is a SANDBOX profile.
        headers = {"Request-Id": rid, SANDBOX_HEADER: "1"}
        version = self.api_version
        idem: tuple[str, str] | None = None
        fault = self.faults.draw(request.method)
        if fault in ("500", "429", "drop-before"):
            return self._fault_response(fault, request, headers)
        if fault == "timeout":
            await request.read()  # kept by aiohttp: processed after the client gave up
            await asyncio.sleep(self.faults.plan.hang_s)
        try:
            key = self.keys.authenticate(
                wire.key_from_headers(request.headers.get("Authorization")),
                request.method,
                request.path,
            )
            version = self._version(request)
            headers["Stripe-Version"] = version
            route, path_params = self._match(request.method, request.path)
            raw = await self._read_params(request)
            checked = self._check_version_params(request.path, request.method, raw, version)
            checked = params_mod.validate(route.params, checked, route.extra_params)
            ikey = request.headers.get("Idempotency-Key")
            if request.method == "POST" and ikey:
                headers["Idempotency-Key"] = ikey
                fp = json.dumps([request.method, request.path, checked], sort_keys=True)
                stored = self.idempotency.begin(key, ikey, fp)
                if stored is not None:
                    await self._delay()
                    headers["Idempotent-Replayed"] = "true"
                    return _json_response(
                        stored.status, stored.body, headers, self.base_url(request)
                    )
                idem = (key, ikey)
            ctx = Ctx(
                store=self.store,
                params=checked,
                path=path_params,
                api_version=version,
                base_url=ORIGIN,
                request_id=rid,
                idempotency_key=idem[1] if idem else None,
            )
            if request.method == "GET":
                status, body = 200, self._run(route, ctx)
            else:
                with self.store.transaction(rollback_if=_refused):
                    status, body = 200, self._run(route, ctx)
        except ApiError as err:
            status, body = err.status, err.body(rid)
            headers.update(err.headers)
        except Exception:  # a sandbox bug must still answer like Stripe
            log.error("sandbox handler crashed:\n%s", traceback.format_exc())
            status, body = (
                500,
                ApiError(
                    500, "api_error", "An unknown error occurred on the sandbox (see its log)."
                ).body(rid),
            )
        await self._delay()
        if idem is not None:
            self.idempotency.finish(*idem, status, body)
        if fault == "drop-after":
            return self._fault_response(fault, request, headers)
        return _json_response(status, body, headers, self.base_url(request))

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
            return _json_response(
                429,
                err.body(headers["Request-Id"]),
                {**headers, "Stripe-Should-Retry": "true"},
                self.base_url(request),
            )
        if fault == "500":
            err = ApiError(500, "api_error", "An unknown error occurred (injected by the sandbox).")
            return _json_response(
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
        for path in paths:
            head = path.split(".")[0]
            if result.get("object") not in ("list", "search_result") and head not in result:
                raise invalid(f"This property cannot be expanded ({path}).", "expand")
        return strip_private(expand(self.store, result, paths) if paths else result)

    async def _delay(self) -> None:
        if self.latency_ms > 0:
            await asyncio.sleep(self.latency_ms / 1000)

    def _version(self, request: web.Request) -> str:
        value = request.headers.get("Stripe-Version")
        if value is None:
            return self.api_version
        m = _VERSION_RE.match(value.strip())
        ok = False
        if m:
            y, mo, d = (int(m.group(i)) for i in (1, 2, 3))
            try:
                # A version dated in the future cannot exist yet.
                latest = max(datetime.date.today(), _NEWEST_KNOWN)
                ok = y >= 2011 and datetime.date(y, mo, d) <= latest
            except ValueError:
                ok = False
        if not ok:
            raise invalid(
                f"Invalid Stripe API version: {value}. Versions look like "
                f"{DEFAULT_API_VERSION} (see https://docs.stripe.com/upgrades)."
            )
        return value.strip()

    def _match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        for route in self.routes:
            found = route.match(method, path)
            if found is not None:
                return route, found
        raise ApiError(
            404,
            "invalid_request_error",
            f"Unrecognized request URL ({method}: {path}). Please see "
            "https://stripe.com/docs or we can help at https://support.stripe.com/.",
        )

    async def _read_params(self, request: web.Request) -> Obj:
        query = wire.decode_form(request.query_string) if request.query_string else {}
        if request.method != "POST":
            return query
        body = await request.text()
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
                resp = page.handler(pctx, request)
                if inspect.isawaitable(resp):
                    resp = await resp
            except ApiError as err:
                return _json_response(
                    err.status, err.body(rid), {"Request-Id": rid}, self.base_url(request)
                )
            except web.HTTPException as exc:  # a page's redirect, raised the aiohttp way
                location = exc.headers.get("Location")
                if location and ORIGIN in location:
                    exc.headers["Location"] = location.replace(ORIGIN, self.base_url(request))
                exc.headers["Request-Id"] = rid
                raise
            resp.headers["Request-Id"] = rid
            return _localize_page(resp, self.base_url(request))
        return web.Response(status=404, text="Not found", headers={"Request-Id": rid})

    async def _admin(self, request: web.Request) -> web.Response:
        what = request.match_info["what"]
        args = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            args.update(
                {
                    k: v
                    for k, v in wire.decode_form(await request.text()).items()
                    if isinstance(v, str)
                }
            )
        if what == "health":
            return web.json_response(
                {"ok": True, "api_version": self.api_version, "latency_ms": self.latency_ms}
            )
        if what == "latency" and request.method == "POST":
            try:
                self.latency_ms = max(0, int(args.get("ms", "0")))
            except ValueError:
                return web.json_response({"error": "ms must be an integer"}, status=400)
            return web.json_response({"latency_ms": self.latency_ms})
        if what == "faults":
            if request.method == "POST":
                try:
                    configure_from_args(self.faults, args)
                except (ValueError, TypeError) as exc:
                    return web.json_response({"error": str(exc)}, status=400)
            return web.json_response(self.faults.snapshot())
        if what == "advance_time" and request.method == "POST":
            try:
                self.store.time_offset += int(args.get("seconds", "0"))
            except ValueError:
                return web.json_response({"error": "seconds must be an integer"}, status=400)
            return web.json_response({"now": self.store.now()})
        return web.json_response({"error": f"unknown admin endpoint {what}"}, status=404)


def build_store(db_path: str | None = None, seed: str = "none") -> Store:
    """A store, seeded with the demo shop when asked and still empty."""
    store = Store(db_path)
    if seed == "demo" and store.is_empty:
        try:
            from kpadmin.sandbox.seed import seed_demo
        except ImportError:
            log.warning("kpadmin.sandbox.seed is not available: starting empty")
        else:
            seed_demo(store)
    elif seed not in ("demo", "none"):
        raise ValueError(f"unknown seed {seed!r} (demo or none)")
    return store
