"""The sandbox-only admin endpoints under ``/_sandbox/admin/``: health, latency, faults, time.

Tests and benchmarks drive them; they take no API key, and :mod:`guards`
refuses their writes from another origin. Errors are Stripe-shaped like the
API's, so a client (or the fuzz suite) meets one error format everywhere.
"""

from __future__ import annotations

from typing import Protocol

from aiohttp import web

from kpadmin.sandbox import wire
from kpadmin.sandbox.errors import ApiError, invalid
from kpadmin.sandbox.faults import FaultInjector, configure_from_args
from kpadmin.sandbox.responses import read_body
from kpadmin.sandbox.store import Store


class AdminTarget(Protocol):
    """What the admin endpoints read and change on the server (it imports this module)."""

    api_version: str
    latency_ms: int
    faults: FaultInjector
    store: Store


async def handle(server: AdminTarget, request: web.Request) -> web.Response:
    """Answer one admin request.

    Raises:
        ApiError: 400 for an argument that does not parse, 404 for an unknown endpoint.
    """
    what = request.match_info["what"]
    raw_query = request.rel_url.raw_query_string
    found = wire.decode_form(raw_query) if raw_query else {}
    if request.method == "POST" and request.can_read_body:
        found.update(wire.decode_form(await read_body(request)))
    args = {k: v for k, v in found.items() if isinstance(v, str)}
    if what == "health":
        return web.json_response(
            {"ok": True, "api_version": server.api_version, "latency_ms": server.latency_ms}
        )
    if what == "latency" and request.method == "POST":
        try:
            server.latency_ms = max(0, int(args.get("ms", "0")))
        except ValueError:
            raise invalid("ms must be an integer", "ms") from None
        return web.json_response({"latency_ms": server.latency_ms})
    if what == "faults":
        if request.method == "POST":
            try:
                configure_from_args(server.faults, args)
            except (ValueError, TypeError) as exc:
                raise invalid(str(exc)) from None
        return web.json_response(server.faults.snapshot())
    if what == "advance_time" and request.method == "POST":
        try:
            server.store.time_offset += int(args.get("seconds", "0"))
        except ValueError:
            raise invalid("seconds must be an integer", "seconds") from None
        return web.json_response({"now": server.store.now()})
    raise ApiError(404, "invalid_request_error", f"Unknown admin endpoint: {what}")
