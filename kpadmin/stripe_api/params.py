"""Small builders for request parameters shared by the gateway's mixins."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def list_params(cursor: str | None, limit: int, **filters: Any) -> dict[str, Any]:
    """``limit`` clamped to Stripe's 1–100, ``starting_after`` from the cursor, filters without Nones."""
    params: dict[str, Any] = {"limit": max(1, min(100, int(limit)))}
    if cursor:
        params["starting_after"] = cursor
    params.update({k: v for k, v in filters.items() if v is not None})
    return params


def metadata_update(new: Mapping[str, str], previous: Mapping[str, str]) -> dict[str, str]:
    """The ``metadata`` hash that turns ``previous`` into ``new``.

    Stripe merges metadata on update; a key is removed only by sending it
    with an empty value, so keys the user deleted are sent as ``""``.
    """
    out = {k: "" for k in previous if k not in new}
    out.update({str(k): str(v) for k, v in new.items()})
    return out
