"""What the gateway tells others about its calls: audit records of writes, and connectivity.

Both are plain data and callbacks, so the gateway stays Qt-free: the
composition root binds the audit sink to a profile and an :class:`AuditLog`,
and the window's offline banner listens to connectivity changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WriteRecord:
    """What the gateway tells its audit sink about one write (never the key).

    Attributes:
        action: the name the service gave the write, e.g. ``customers.create``
            or ``subscription.cancel_now``.
        object_id: the object written (the path id, or the id of what was created).
        customer_id: the customer concerned, when the params or the result name one.
        idempotency_key: the ``Idempotency-Key`` sent.
        request_id: Stripe's ``Request-Id`` from the response or the error.
        outcome: ``ok``, ``failed``, or ``uncertain`` (network error or 5xx: it may
            have happened).
        detail: what the caller said the write means (may be ""), plus the error
            kind and message for a failure.
        comment: the note the agent typed in the action's dialog (a cancellation's
            ``cancellation_details[comment]``), "" when there was none.
    """

    action: str
    object_id: str | None
    customer_id: str | None
    idempotency_key: str | None
    request_id: str | None
    outcome: Literal["ok", "failed", "uncertain"]
    detail: str = ""
    comment: str = ""


AuditSink = Callable[[WriteRecord], None]


def write_record(
    action: str,
    params: Mapping[str, object] | None,
    object_id: str | None,
    idempotency_key: str | None,
    result: Any,
    request_id: str | None,
    outcome: Literal["ok", "failed", "uncertain"],
    detail: str,
) -> WriteRecord:
    """The audit record of one write: the object it touched and the customer concerned."""
    result_id = _field(result, "id")
    written = object_id or result_id
    customer = (params or {}).get("customer") or _field(result, "customer")
    if customer is None and isinstance(written, str) and written.startswith("cus_"):
        customer = written
    return WriteRecord(
        action=action,
        object_id=written if isinstance(written, str) else None,
        customer_id=customer if isinstance(customer, str) else None,
        idempotency_key=idempotency_key,
        request_id=request_id,
        outcome=outcome,
        detail=detail,
        comment=typed_comment(params),
    )


def typed_comment(params: Mapping[str, object] | None) -> str:
    """The agent's own words sent with a write (``cancellation_details[comment]``), or ""."""
    details = (params or {}).get("cancellation_details")
    comment = details.get("comment") if isinstance(details, Mapping) else None
    return comment if isinstance(comment, str) else ""


@dataclass
class Connectivity:
    """Whether calls reach Stripe, and who wants to hear when that changes."""

    online: bool = True
    listeners: list[Callable[[bool], None]] = field(default_factory=list)

    def note(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        for listener in list(self.listeners):
            try:
                listener(online)
            except Exception:  # a listener must not break the call
                log.exception("connectivity listener failed")


def _field(obj: Any, name: str) -> str | None:
    """``obj[name]`` as an id (a bare id or an expanded object's), or None.

    StripeObjects are not dicts in stripe 16 (``.get`` raises), so read with ``[]``.
    """
    if obj is None:
        return None
    try:
        value = obj[name]
    except (KeyError, TypeError, IndexError):
        return None
    if isinstance(value, str):
        return value
    try:
        inner = value["id"] if value is not None else None
    except (KeyError, TypeError, IndexError):
        return None
    return inner if isinstance(inner, str) else None


def request_id_of(result: Any) -> str | None:
    """The ``Request-Id`` of the response that produced ``result`` (StripeObject.last_response)."""
    response = getattr(result, "last_response", None)
    request_id = getattr(response, "request_id", None)
    return request_id if isinstance(request_id, str) else None


def replayed(result: Any) -> bool:
    headers = getattr(getattr(result, "last_response", None), "headers", None) or {}
    try:
        items = list(headers.items())
    except AttributeError:
        return False
    return any(k.lower() == "idempotent-replayed" and str(v).lower() == "true" for k, v in items)
