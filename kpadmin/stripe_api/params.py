"""Small builders for request parameters shared by the gateway's services."""

from __future__ import annotations

from collections.abc import Mapping


def clamp_limit(limit: int) -> int:
    """A page size Stripe accepts: 1 to 100."""
    return max(1, min(100, int(limit)))


def metadata_update(new: Mapping[str, str], previous: Mapping[str, str]) -> dict[str, str]:
    """The ``metadata`` hash that turns ``previous`` into ``new``.

    Stripe merges metadata on update; a key is removed only by sending it
    with an empty value, so keys the user deleted are sent as ``""``.
    """
    out = {k: "" for k in previous if k not in new}
    out.update({str(k): str(v) for k, v in new.items()})
    return out
