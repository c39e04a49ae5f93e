"""The sandbox's objects: by id, newest first per type, optionally in SQLite.

A write request runs inside :meth:`Store.transaction`: every object it reads
with :meth:`Store.get`/:meth:`Store.find` or writes is snapshotted on first
touch, and a request that Stripe would refuse (``invalid_request_error``) is
rolled back, so a refused update never leaves half its changes behind. A
402 decline is not rolled back: Stripe keeps the failed attempt's state
(``last_payment_error``, the declined charge) and so does the sandbox.
Objects reached only through :meth:`Store.all` are not snapshotted: write
handlers must :meth:`get` what they change.
"""

from __future__ import annotations

import copy
import json
import secrets
import sqlite3
import string
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kpadmin.sandbox.errors import not_found

Obj = dict[str, Any]

_ALPHABET = string.ascii_letters + string.digits


class Store:
    """All sandbox objects by id, newest-first per type, optionally persisted to SQLite.

    Thread-safety: the server runs on one asyncio loop; handlers are synchronous,
    so a handler's reads and writes are atomic with respect to other requests.
    The lock only guards the rare use from another thread (tests, the CLI seed).
    """

    def __init__(self, db_path: str | None = None) -> None:
        self._objects: dict[str, Obj] = {}
        self._order: dict[str, list[str]] = {}  # object type -> ids in creation order
        self._seq = 0
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        #: id -> snapshot before this transaction touched it (None: created in it).
        self._journal: dict[str, Obj | None] | None = None
        #: Seconds added to the wall clock (test clocks and the seed may move time).
        self.time_offset = 0
        if db_path:
            self._db = sqlite3.connect(db_path, check_same_thread=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS objects (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
                " seq INTEGER NOT NULL, body TEXT NOT NULL)"
            )
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
            for oid, typ, seq, body in self._db.execute(
                "SELECT id, type, seq, body FROM objects ORDER BY seq"
            ):
                self._objects[oid] = json.loads(body)
                self._order.setdefault(typ, []).append(oid)
                self._seq = max(self._seq, seq)

    # ids and time

    def new_id(self, prefix: str, length: int = 24) -> str:
        """A fresh id shaped like Stripe's: ``cus_`` plus random letters and digits."""
        while True:
            oid = f"{prefix}_" + "".join(secrets.choice(_ALPHABET) for _ in range(length))
            if oid not in self._objects:
                return oid

    def now(self) -> int:
        return int(time.time()) + self.time_offset

    @property
    def is_empty(self) -> bool:
        return not self._objects

    # reads

    def get(self, object_id: str, object_type: str | None = None, param: str = "id") -> Obj:
        """The stored object (not a copy: mutate, then :meth:`put`), or a 404 ApiError."""
        obj = self._objects.get(object_id)
        if obj is None or (object_type and obj.get("object") != object_type):
            raise not_found(object_type or "object", object_id, param)
        self._remember(object_id)
        return obj

    def find(self, object_id: str) -> Obj | None:
        self._remember(object_id)
        return self._objects.get(object_id)

    def all(self, object_type: str) -> list[Obj]:
        """Every object of a type, newest first (Stripe's list order)."""
        ids = self._order.get(object_type, [])
        return [self._objects[i] for i in reversed(ids) if i in self._objects]

    # writes

    def put(self, obj: Obj) -> Obj:
        """Insert or replace an object (by ``id``); persists when a db was given."""
        with self._lock:
            oid = obj["id"]
            typ = obj["object"]
            self._remember(oid)
            if oid not in self._objects:
                self._order.setdefault(typ, []).append(oid)
                self._seq += 1
                seq = self._seq
            else:
                seq = None
            self._objects[oid] = obj
            if self._db is not None:
                if seq is None:
                    self._db.execute("UPDATE objects SET body=? WHERE id=?", (json.dumps(obj), oid))
                else:
                    self._db.execute(
                        "INSERT INTO objects (id, type, seq, body) VALUES (?,?,?,?)",
                        (oid, typ, seq, json.dumps(obj)),
                    )
                self._db.commit()
            return obj

    def delete(self, object_id: str) -> None:
        with self._lock:
            self._remember(object_id)
            obj = self._objects.pop(object_id, None)
            if obj is not None:
                self._order[obj["object"]].remove(object_id)
                if self._db is not None:
                    self._db.execute("DELETE FROM objects WHERE id=?", (object_id,))
                    self._db.commit()

    # transactions

    @contextmanager
    def transaction(self, rollback_if: Any = None) -> Iterator[None]:
        """Run a write; on an exception for which ``rollback_if(exc)`` is true, undo it.

        Not nested: the server opens one per write request.
        """
        with self._lock:
            self._journal = {}
            try:
                yield
            except BaseException as exc:
                if rollback_if is None or rollback_if(exc):
                    self._rollback()
                raise
            finally:
                self._journal = None

    def _remember(self, object_id: str) -> None:
        j = self._journal
        if j is not None and object_id not in j:
            current = self._objects.get(object_id)
            j[object_id] = copy.deepcopy(current) if current is not None else None

    def _rollback(self) -> None:
        journal, self._journal = self._journal or {}, None
        for oid, snapshot in journal.items():
            if snapshot is None:
                self.delete(oid)
            else:
                self.put(snapshot)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
