"""Stripe's idempotency: the first answer per (key owner, ``Idempotency-Key``), for 24 hours.

A client that lost an answer (a timeout, a dropped connection, a crash of its
own) sends the same request again with the same key and must get the first
answer back, not a second object. Stripe keeps that answer for 24 hours; so
does the sandbox, and with ``--db`` it keeps it in the database, written in
the same transaction as the request's objects, so a restart neither forgets a
key nor remembers one whose writes were lost.

Owners are kept as a hash of the API key: the database never holds a key.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kpadmin.sandbox.errors import ApiError, Obj, invalid
from kpadmin.sandbox.store import Store

#: How long Stripe keeps an idempotent answer.
IDEMPOTENCY_TTL = 24 * 3600


@dataclass
class Stored:
    """One key's state: in flight (``done`` False) or its first answer."""

    fingerprint: str
    created: float
    status: int = 0
    body: Obj = field(default_factory=dict)
    done: bool = False


def owner_of(api_key: str) -> str:
    """What a key's idempotency records are filed under (a hash, never the key)."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:32]


class IdempotencyCache:
    """First answers per (owner, key), kept in the store's database when it has one.

    Args:
        store: where answers are persisted (``--db``); loaded back at start.
    """

    def __init__(self, store: Store | None = None) -> None:
        self._store = store
        self._items: dict[tuple[str, str], Stored] = {}
        #: Wall clock for expiry (real time, not the store's test-clock time); tests replace it.
        self.clock: Callable[[], float] = time.time
        if store is not None:
            for owner, key, fp, created, status, body in store.load_idempotency(
                self.clock() - IDEMPOTENCY_TTL
            ):
                self._items[(owner, key)] = Stored(fp, created, status, json.loads(body), True)

    def begin(self, api_key: str, key: str, fingerprint: str) -> Stored | None:
        """None when the request should run; the stored answer when it is a replay.

        Raises:
            ApiError: 400 ``idempotency_error`` for other parameters, 409 while in flight.
        """
        now = self.clock()
        for k in [k for k, v in self._items.items() if now - v.created > IDEMPOTENCY_TTL]:
            del self._items[k]
        if len(key) > 255:
            raise invalid("Idempotency-Key must be at most 255 characters long.")
        owner = owner_of(api_key)
        item = self._items.get((owner, key))
        if item is None:
            self._items[(owner, key)] = Stored(fingerprint, now)
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

    def finish(self, api_key: str, key: str, status: int, body: Obj) -> None:
        """Keep the answer; call inside the request's transaction so both land together."""
        item = self._items.get((owner_of(api_key), key))
        if item is None:
            return
        item.status, item.body, item.done = status, body, True
        if self._store is not None:
            self._store.save_idempotency(
                owner_of(api_key), key, item.fingerprint, item.created, status, json.dumps(body)
            )

    def abandon(self, api_key: str, key: str) -> None:
        """Forget a key whose request failed before execution (validation, 429)."""
        self._items.pop((owner_of(api_key), key), None)
