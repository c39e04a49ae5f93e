"""The sandbox's resource-facing core: errors, the object store, routes, lists, expansion.

Resource modules (``kpadmin/sandbox/resources/*.py``) are plain synchronous
functions over this core; the aiohttp server (``server.py``) decodes the wire
format, authenticates, applies idempotency and versions, validates parameters
and then calls a handler with a :class:`Ctx`. Handlers never see HTTP.

A handler looks like::

    @api.route("POST", "/v1/customers", params=CustomerCreateParams)
    def create_customer(ctx: Ctx) -> dict:
        obj = {"id": ctx.store.new_id("cus"), "object": "customer", ...}
        ctx.store.put(obj)
        ctx.emit("customer.created", obj)
        return obj

Pages (non-API HTML, e.g. the Kakao Pay approval page a redirect points to) are
registered on the same blueprint with :meth:`Routes.page`. A page handler gets a
:class:`PageCtx` (store, base URL, path parameters, request id) and the raw
``aiohttp.web.Request``, and returns an ``aiohttp.web.Response`` (it may be a
plain function or a coroutine function)::

    @api.page("GET", "/kakao/approve/{token}")
    def approve_page(pctx: PageCtx, request: web.Request) -> web.Response:
        intent = pctx.store.get(pctx.path["token"])
        return web.Response(text=render(intent), content_type="text/html")

Pages are outside ``/v1``: no API-key authentication, no idempotency, no
parameter validation, no ``Stripe-Version``; the server still adds
``Request-Id`` and turns an :class:`ApiError` raised by a page into Stripe's
JSON error body. A page that changes state and wants Events can call
``pctx.ctx(params)`` to get a full :class:`Ctx` (api_version = the account
default) and use ``emit`` as handlers do. Page patterns must not start with
``/v1/`` or ``/_sandbox/admin/`` (those belong to the API and to the sandbox's
admin endpoints); ``/_sandbox/<anything else>/...`` (e.g.
``/_sandbox/kakao_pay/authorize/{id}``) is the place for pages.

Sandbox-private state: any dict key starting with ``_`` (at any depth) is
stripped by the server from every API response, so a module may keep flags
such as ``pm["_sandbox_declines"] = True`` on stored objects without leaking
them to clients (the Events' ``data.object`` copies are stripped too, since
they are served through the same path).

Helpers for list handlers: :func:`paginate`, :func:`filter_created`
(``created`` and ``created[gt|gte|lt|lte]``); for nested hashes,
:func:`nested_params` names errors by their bracketed parameter; the Search
API lives in ``kpadmin.sandbox.search`` (``search_response``).

The sandbox shares no code with the app's gateway beyond ``kpadmin.domain``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

# Errors, parameter readers and the store live in their own modules; resource modules
# import them from here (``__all__`` below names what this module re-exports).
from kpadmin.sandbox.errors import (
    ApiError,
    card_error,
    invalid,
    missing,
    not_found,
    unexpected_state,
    unknown_param,
)
from kpadmin.sandbox.expansion import expand  # re-exported
from kpadmin.sandbox.param_values import (
    p_bool,
    p_enum,
    p_int,
    p_list,
    p_metadata,
    p_req,
    p_str,
)
from kpadmin.sandbox.store import Obj, Store  # re-exported

__all__ = [
    "ORIGIN",
    "ApiError",
    "Ctx",
    "Handler",
    "Obj",
    "PageCtx",
    "PageHandler",
    "PageRoute",
    "Route",
    "Routes",
    "Store",
    "card_error",
    "expand",
    "filter_created",
    "invalid",
    "list_object",
    "missing",
    "nested_params",
    "not_found",
    "p_bool",
    "p_enum",
    "p_int",
    "p_list",
    "p_metadata",
    "p_req",
    "p_str",
    "paginate",
    "unexpected_state",
    "unknown_param",
]

#: What handlers and the seed write in front of the sandbox's own URLs (approval pages,
#: hosted invoices, receipts). The server swaps it for the origin the client actually
#: reached on the way out, so stored objects stay right when the port changes (an
#: embedded sandbox on an ephemeral port, a ``--db`` file reopened on another port).
ORIGIN = "http://sandbox-origin.invalid"


# --------------------------------------------------------------------------- request context


@dataclass
class Ctx:
    """What a handler gets: the decoded parameters and the sandbox around it.

    Attributes:
        params: the decoded form (or query) parameters, nested dicts and lists,
            values as strings exactly as sent (use the ``p_*`` helpers to coerce).
        path: path parameters from the route (``{"id": "cus_..."}``).
        api_version: the version this request speaks (header, else the account default).
        base_url: :data:`ORIGIN`, the placeholder for the sandbox's own origin in URLs it
            hands out (redirect pages); the server writes the real origin on the way out.
        livemode: always False in the sandbox.
    """

    store: Store
    params: Obj
    path: dict[str, str]
    api_version: str
    base_url: str
    request_id: str = ""
    livemode: bool = False
    events: list[Obj] = field(default_factory=list)
    #: The request's ``Idempotency-Key`` (Events record it in ``request.idempotency_key``).
    idempotency_key: str | None = None

    def version_at_least(self, version: str) -> bool:
        """True when this request's version is ``version`` or newer (date prefix compared)."""
        return self.api_version[:10] >= version[:10]

    def emit(self, event_type: str, obj: Obj, previous_attributes: Obj | None = None) -> Obj:
        """Record an Event for a state change, as Stripe does (one per change)."""
        evt: Obj = {
            "id": self.store.new_id("evt"),
            "object": "event",
            "api_version": self.api_version,
            "created": self.store.now(),
            "data": {"object": copy.deepcopy(obj)},
            "livemode": False,
            "pending_webhooks": 0,
            "request": {"id": self.request_id or None, "idempotency_key": self.idempotency_key},
            "type": event_type,
        }
        if previous_attributes is not None:
            evt["data"]["previous_attributes"] = previous_attributes
        self.store.put(evt)
        self.events.append(evt)
        return evt


# --------------------------------------------------------------------------- lists


def list_object(url: str, data: list[Obj], has_more: bool = False) -> Obj:
    return {"object": "list", "data": data, "has_more": has_more, "url": url}


def paginate(ctx: Ctx, objects: list[Obj], url: str) -> Obj:
    """Stripe's cursor pagination over ``objects`` (already filtered, newest first).

    ``limit`` 1..100 (default 10), ``starting_after`` (older than that id) or
    ``ending_before`` (newer than that id; the page nearest to it), never both.
    """
    limit = p_int(ctx.params, "limit", 10, minimum=1, maximum=100)
    assert limit is not None
    after = p_str(ctx.params, "starting_after")
    before = p_str(ctx.params, "ending_before")
    if after and before:  # two cursors pointing in opposite directions: Stripe refuses
        raise invalid(
            "You may only specify one of these parameters: ending_before, starting_after.",
            "ending_before",
        )
    ids = [o["id"] for o in objects]
    if after:
        if after not in ids:
            ctx.store.get(after, param="starting_after")  # 404 when unknown at all
            raise invalid(f"Invalid starting_after: {after}", "starting_after")
        start = ids.index(after) + 1
        page = objects[start : start + limit]
        has_more = start + limit < len(objects)
    elif before:
        if before not in ids:
            ctx.store.get(before, param="ending_before")
            raise invalid(f"Invalid ending_before: {before}", "ending_before")
        end = ids.index(before)
        begin = max(0, end - limit)
        page = objects[begin:end]
        has_more = begin > 0
    else:
        page = objects[:limit]
        has_more = len(objects) > limit
    return list_object(url, page, has_more)


# --------------------------------------------------------------------------- routes

Handler = Callable[[Ctx], Obj]


@dataclass(frozen=True)
class Route:
    """One endpoint: method, path pattern (``/v1/customers/{id}``), handler, params schema.

    ``params`` is the SDK's TypedDict for the call (``stripe.params.CustomerCreateParams``)
    that the server validates against; ``extra_params`` names parameters the schema lacks
    but Stripe accepts at some version (``payment_method_types`` before 2026-09-30).
    """

    method: str
    pattern: str
    handler: Handler
    params: type | None = None
    extra_params: tuple[str, ...] = ()

    def match(self, method: str, path: str) -> dict[str, str] | None:
        if method != self.method:
            return None
        want = self.pattern.strip("/").split("/")
        got = path.strip("/").split("/")
        if len(want) != len(got):
            return None
        found: dict[str, str] = {}
        for w, g in zip(want, got):
            if w.startswith("{") and w.endswith("}"):
                if not g:
                    return None
                found[w[1:-1]] = g
            elif w != g:
                return None
        return found


@dataclass
class PageCtx:
    """What a page handler gets besides the aiohttp request (see the module docstring).

    Attributes:
        store: the sandbox's objects.
        path: path parameters from the page pattern.
        base_url: :data:`ORIGIN` (see :class:`Ctx`); the server replaces it in the page's
            body and ``Location`` header.
        api_version: the account's default API version (pages send no header).
        request_id: the ``req_...`` id the response carries.
    """

    store: Store
    path: dict[str, str]
    base_url: str
    api_version: str
    request_id: str = ""

    def ctx(self, params: Obj | None = None) -> Ctx:
        """A handler :class:`Ctx` for state changes made by a page (so ``emit`` works)."""
        return Ctx(
            store=self.store,
            params=params or {},
            path=dict(self.path),
            api_version=self.api_version,
            base_url=self.base_url,
            request_id=self.request_id,
        )


#: ``(pctx, aiohttp.web.Request) -> aiohttp.web.Response`` (or an awaitable of one).
PageHandler = Callable[[PageCtx, Any], Any]


@dataclass(frozen=True)
class PageRoute:
    """One non-API page: method, path pattern, handler (see :meth:`Routes.page`)."""

    method: str
    pattern: str
    handler: PageHandler

    def match(self, method: str, path: str) -> dict[str, str] | None:
        return Route(self.method, self.pattern, lambda ctx: {}).match(method, path)


class Routes:
    """A resource module's endpoints (a blueprint); the server collects every module's.

    ``routes`` holds API endpoints (``/v1/...``, handlers ``(ctx) -> dict``);
    ``pages`` holds raw pages (handlers ``(pctx, request) -> web.Response``).
    """

    def __init__(self) -> None:
        self.routes: list[Route] = []
        self.pages: list[PageRoute] = []

    def page(self, method: str, pattern: str) -> Callable[[PageHandler], PageHandler]:
        """Register a non-API page handler (HTML, redirects) at ``pattern``."""
        if pattern.startswith(("/v1/", "/_sandbox/admin/")):
            raise ValueError(f"page pattern {pattern!r} is reserved for the API")

        def deco(fn: PageHandler) -> PageHandler:
            self.pages.append(PageRoute(method.upper(), pattern, fn))
            return fn

        return deco

    def _add(
        self, method: str, pattern: str, params: type | None, extra_params: tuple[str, ...]
    ) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.routes.append(Route(method, pattern, fn, params, extra_params))
            return fn

        return deco

    def get(
        self, pattern: str, params: type | None = None, extra_params: tuple[str, ...] = ()
    ) -> Callable[[Handler], Handler]:
        return self._add("GET", pattern, params, extra_params)

    def post(
        self, pattern: str, params: type | None = None, extra_params: tuple[str, ...] = ()
    ) -> Callable[[Handler], Handler]:
        return self._add("POST", pattern, params, extra_params)

    def delete(
        self, pattern: str, params: type | None = None, extra_params: tuple[str, ...] = ()
    ) -> Callable[[Handler], Handler]:
        return self._add("DELETE", pattern, params, extra_params)


# --------------------------------------------------------------------------- list filters


def filter_created(ctx: Ctx, objects: list[Obj], name: str = "created") -> list[Obj]:
    """Apply a list call's ``created`` filter (``created=ts`` or ``created[gt|gte|lt|lte]``)."""
    spec = ctx.params.get(name)
    if spec is None or spec == "":
        return objects
    if isinstance(spec, str):
        ts = p_int(ctx.params, name)
        return [o for o in objects if o.get(name) == ts]
    if not isinstance(spec, dict):
        raise invalid("Invalid object", name)
    ops = {
        "gt": lambda a, b: a > b,
        "gte": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lte": lambda a, b: a <= b,
    }
    out = objects
    for op, _raw in spec.items():
        if op not in ops:
            raise unknown_param(f"{name}[{op}]")
        bound = p_int(spec, op)
        if bound is None:
            continue
        out = [o for o in out if o.get(name) is not None and ops[op](o[name], bound)]
    return out


@contextmanager
def nested_params(prefix: str) -> Iterator[None]:
    """Name errors from ``p_*`` helpers run on a sub-hash by their full bracketed name.

    ``with nested_params("recurring"): p_int(rec, "interval_count")`` reports
    ``recurring[interval_count]``, as Stripe does.
    """
    try:
        yield
    except ApiError as err:
        if err.param and not err.param.startswith(prefix + "["):
            head, bracket, rest = err.param.partition("[")
            err.param = f"{prefix}[{head}]" + (bracket + rest if bracket else "")
        raise
