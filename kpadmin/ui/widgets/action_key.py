"""One idempotency key per user action, kept while the user retries it.

A dialog's "Save" is one action: if the request fails by network error or
timeout, pressing Save again must reuse the key so Stripe replays instead of
creating twice. But once the user changes the form, it is a different request:
Stripe refuses a key reused with other parameters (``idempotency_error``), so
the key is renewed whenever the payload changes.
"""

from __future__ import annotations

from collections.abc import Callable


class ActionKey:
    """Hands out the idempotency key for a payload, stable while the payload is.

    Args:
        factory: makes a fresh key; the gateway's ``new_action_key`` by default.
    """

    def __init__(self, factory: Callable[[], str] | None = None) -> None:
        if factory is None:
            from kpadmin.stripe_api import new_action_key

            factory = new_action_key
        self._factory: Callable[[], str] = factory
        self._payload: object = _UNSET
        self._key = ""

    def key_for(self, payload: object) -> str:
        """The key for ``payload``: the previous one if the payload is unchanged."""
        if payload != self._payload or not self._key:
            self._payload = payload
            self._key = self._factory()
        return self._key

    def reset(self) -> None:
        """Forget the key after the action succeeded: the next action gets a fresh one."""
        self._payload = _UNSET
        self._key = ""


_UNSET = object()
