"""The one exception the gateway raises, and its mapping from the SDK's errors.

The UI must decide what to say from a small, stable vocabulary (``kind``),
not from the SDK's class hierarchy, and it must be able to show ``str(err)``
without leaking the API key: Stripe echoes a masked key in its 401 message and
a library bug could echo more, so every message is redacted here.
``maybe_committed`` tells the UI whether a failed write may nonetheless have
happened (network failure, timeout or 5xx), in which case it should ask the
user to refresh before retrying with the same idempotency key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from kpadmin.domain.redact import redact

if TYPE_CHECKING:  # the SDK is imported only when an error is mapped (start-up, bench/)
    import stripe

ErrorKind = Literal[
    "auth",
    "permission",
    "invalid",
    "not_found",
    "card",
    "rate_limit",
    "idempotency",
    "network",
    "server",
]


class GatewayError(Exception):
    """A Stripe call that failed, described in terms the UI can act on.

    Attributes:
        kind: one of ``auth``, ``permission``, ``invalid``, ``not_found``,
            ``card``, ``rate_limit``, ``idempotency``, ``network``, ``server``.
        message: Stripe's own text (English), redacted of anything key-shaped.
        code: Stripe's error code (``resource_missing``...), or None.
        param: the request parameter Stripe blamed, or None.
        decline_code: for card-style declines, or None.
        request_id: the ``Request-Id`` (``req_…``) to quote to support, or None.
        http_status: the HTTP status, or None for network errors.
        maybe_committed: True when a write failed in a way that leaves its
            outcome unknown (network error, timeout, 5xx).
    """

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        decline_code: str | None = None,
        request_id: str | None = None,
        http_status: int | None = None,
        maybe_committed: bool = False,
    ) -> None:
        self.kind: ErrorKind = kind
        # A hostile body can make the SDK hand over a dict as the message: keep text only.
        self.message = redact(message if isinstance(message, str) else "")
        self.code = code
        self.param = param
        self.decline_code = decline_code
        self.request_id = request_id
        self.http_status = http_status
        self.maybe_committed = maybe_committed
        super().__init__(self.message)

    def __str__(self) -> str:
        if self.request_id:
            return f"{self.message} ({self.request_id})"
        return self.message

    def __repr__(self) -> str:
        return (
            f"GatewayError(kind={self.kind!r}, message={self.message!r}, code={self.code!r}, "
            f"http_status={self.http_status!r}, request_id={self.request_id!r})"
        )


def unexpected_response(detail: str = "") -> GatewayError:
    """The error for a response that lacks what the API promises (a hostile or older server)."""
    msg = "unexpected response" + (f": {detail}" if detail else "")
    return GatewayError("server", msg)


def _error_field(err: stripe.StripeError, name: str) -> Any:
    obj = getattr(err, "error", None)
    if obj is None:
        return None
    # The SDK's ErrorObject is a StripeObject: fields are attributes (``.get`` raises there).
    try:
        value = getattr(obj, name, None)
    except Exception:  # a malformed body must not mask the real error
        return None
    return value if isinstance(value, str) else None


def from_stripe_error(err: stripe.StripeError, *, is_write: bool) -> GatewayError:
    """Translate an SDK exception into a :class:`GatewayError`.

    Args:
        err: what the SDK raised.
        is_write: whether the failed call was a POST/DELETE; only writes can be
            ``maybe_committed``.
    """
    import stripe  # already loaded: ``err`` came from it

    status = err.http_status
    code = err.code or _error_field(err, "code")
    common: dict[str, Any] = {
        "code": code,
        "param": getattr(err, "param", None) or _error_field(err, "param"),
        "decline_code": _error_field(err, "decline_code"),
        "request_id": err.request_id,
        "http_status": status,
    }
    message = err.user_message or ""
    if isinstance(err, stripe.APIConnectionError):
        return GatewayError(
            "network", message or "network error", maybe_committed=is_write, **common
        )
    if isinstance(err, stripe.AuthenticationError):
        return GatewayError("auth", message, **common)
    if isinstance(err, stripe.PermissionError):
        return GatewayError("permission", message, **common)
    if isinstance(err, stripe.RateLimitError):
        return GatewayError("rate_limit", message, **common)
    if isinstance(err, stripe.IdempotencyError):
        return GatewayError("idempotency", message, **common)
    if isinstance(err, stripe.CardError):
        return GatewayError("card", message, **common)
    if isinstance(err, stripe.InvalidRequestError):
        if status == 404 or code == "resource_missing":
            return GatewayError("not_found", message, **common)
        return GatewayError("invalid", message, **common)
    # APIError and everything else: 409 after retries, 5xx, or an unparseable body.
    if status == 409 and code == "idempotency_key_in_use":
        return GatewayError("idempotency", message, **common)
    unknown = status is None or status >= 500
    return GatewayError(
        "server", message or "server error", maybe_committed=is_write and unknown, **common
    )
