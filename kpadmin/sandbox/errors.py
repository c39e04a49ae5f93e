"""Errors answered the way Stripe answers them: HTTP status plus ``{"error": {...}}``."""

from __future__ import annotations

import time
from typing import Any

Obj = dict[str, Any]


class ApiError(Exception):
    """An error answered the way Stripe answers it: HTTP status plus ``{"error": {...}}``."""

    def __init__(
        self,
        status: int,
        type_: str,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.type = type_
        self.message = message
        self.code = code
        self.param = param
        self.headers = headers or {}
        self.extra = extra

    def body(self, request_id: str | None = None) -> Obj:
        err: Obj = {"type": self.type, "message": self.message}
        if self.code:
            err["code"] = self.code
            err["doc_url"] = f"https://docs.stripe.com/error-codes/{self.code.replace('_', '-')}"
        if self.param:
            err["param"] = self.param
        if request_id:
            err["request_log_url"] = (
                f"https://dashboard.stripe.com/test/logs/{request_id}?t={int(time.time())}"
            )
        err.update(self.extra)
        return {"error": err}


def invalid(
    message: str, param: str | None = None, code: str | None = None, **extra: Any
) -> ApiError:
    """400 ``invalid_request_error`` (a bad or contradictory parameter)."""
    return ApiError(400, "invalid_request_error", message, code=code, param=param, **extra)


def missing(param: str) -> ApiError:
    return invalid(f"Missing required param: {param}.", param, "parameter_missing")


def unknown_param(param: str) -> ApiError:
    return invalid(f"Received unknown parameter: {param}", param, "parameter_unknown")


def not_found(object_type: str, object_id: str, param: str = "id") -> ApiError:
    return ApiError(
        404,
        "invalid_request_error",
        f"No such {object_type.replace('_', ' ').split('.')[-1]}: '{object_id}'",
        code="resource_missing",
        param=param,
    )


def unexpected_state(object_type: str, message: str) -> ApiError:
    return invalid(message, code=f"{object_type}_unexpected_state")


def card_error(message: str, code: str, decline_code: str | None = None, **extra: Any) -> ApiError:
    """402 ``card_error`` (Stripe uses it for every payment method's declines)."""
    if decline_code:
        extra["decline_code"] = decline_code
    return ApiError(402, "card_error", message, code=code, **extra)
