"""How the sandbox answers: Stripe's JSON, its own origin in URLs, request ids, body limits.

Shared by the server and its admin endpoints; nothing here knows a route.
"""

from __future__ import annotations

import json
import secrets
import string
from typing import Any

from aiohttp import web

from kpadmin.sandbox.core import ORIGIN
from kpadmin.sandbox.errors import ApiError, Obj

#: aiohttp's body limit, kept: a bigger body is answered 413 before it is read.
MAX_BODY_BYTES = 4 * 1024 * 1024
_ALPHANUM = string.ascii_letters + string.digits


def new_request_id() -> str:
    """A ``req_...`` id like Stripe's, for the ``Request-Id`` header and error links."""
    return "req_" + "".join(secrets.choice(_ALPHANUM) for _ in range(14))


def json_response(status: int, body: Obj, headers: dict[str, str], origin: str) -> web.Response:
    """Stripe's JSON answer, with :data:`ORIGIN` replaced by the origin the client reached."""
    text = json.dumps(body, ensure_ascii=False, indent=2).replace(ORIGIN, origin)
    return web.Response(status=status, text=text, content_type="application/json", headers=headers)


def unrecognized(method: str, path: str) -> ApiError:
    """Stripe's 404 for a URL it does not serve."""
    return ApiError(
        404,
        "invalid_request_error",
        f"Unrecognized request URL ({method}: {path}). Please see "
        "https://stripe.com/docs or we can help at https://support.stripe.com/.",
    )


def localize_page(resp: web.StreamResponse, origin: str) -> web.StreamResponse:
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


async def read_body(request: web.Request) -> bytes:
    """The request body, or Stripe's error for one over :data:`MAX_BODY_BYTES`.

    Raises:
        ApiError: 413 when the body is larger than the limit.
    """
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise ApiError(
            413,
            "invalid_request_error",
            f"Request body too large: this endpoint accepts at most {MAX_BODY_BYTES} "
            "bytes of parameters.",
        ) from None
