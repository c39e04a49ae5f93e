"""The sandbox's objects: by id, newest first per type, optionally in SQLite.

Every request runs inside :meth:`Store.transaction`: every object it reads
with :meth:`Store.get`/:meth:`Store.find` or writes is snapshotted on first
touch, and a request that Stripe would refuse (``invalid_request_error``) is
rolled back with :meth:`Transaction.rollback`, so a refused update never
leaves half its changes behind. A 402 decline is not rolled back: Stripe
keeps the failed attempt's state (``last_payment_error``, the declined charge)
and so does the sandbox. Objects reached only through :meth:`Store.all` are
not snapshotted: write handlers must :meth:`get` what they change.

With a database (``--db``) a transaction is also one SQLite transaction: the
objects it changed and the request's idempotency record are written together
when it ends, so a process killed at any moment leaves either all of a
request's writes or none (SQLite's own journal makes the commit atomic). Writes
outside a transaction (the seed, tests poking the store) commit one by one.
"""

from __future__ import annotations

import copy
import json
import secrets
import sqlite3
import string
import threading
import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kpadmin.sandbox.errors import not_found

Obj = dict[str, Any]

_ALPHABET = string.ascii_letters + string.digits


class Transaction:
    """The handle :meth:`Store.transaction` yields: undo the request's writes so far."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def rollback(self) -> None:
        """Undo every object change made in this transaction; it stays open."""
        self._store._rollback()


class Store:
    """All sandbox objects by id, newest-first per type, optionally persisted to SQLite.

    Thread-safety: the server runs on one asyncio loop; handlers are synchronous,
    so a handler's reads and writes are atomic with respect to other requests.
    The lock only guards the rare use from another thread (tests, the CLI seed).
    """

    def __init__(self, db_path: str | None = None) -> None:
        self._objects: dict[str, Obj] = {}
        self._order: dict[str, list[str]] = {}  # object type -> ids in creation order
        self._seqs: dict[str, int] = {}
        self._seq = 0
        #: Bumped by every change; the created index is rebuilt when it moved on.
        self._version = 0
        self._created_index: dict[str, tuple[int, list[int], list[tuple[int, str]]]] = {}
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        #: id -> snapshot before this transaction touched it (None: created in it).
        self._journal: dict[str, Obj | None] | None = None
        #: ids written or deleted in this transaction, to store when it ends.
        self._dirty: set[str] = set()
        #: idempotency rows to store when this transaction ends.
        self._pending_keys: list[tuple[str, str, str, float, int, str]] = []
        #: Seconds added to the wall clock (test clocks and the seed may move time).
        self.time_offset = 0
        #: A stopped clock (a test clock's time) for the writes of one request, or None.
        self.pinned: int | None = None
        if db_path:
            self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
            # WAL: a reader never waits for the writer, and a process killed mid-write
            # leaves the last committed state (rolled forward or back on next open).
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS objects (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
                " seq INTEGER NOT NULL, body TEXT NOT NULL)"
            )
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS idempotency (owner TEXT NOT NULL, key TEXT NOT NULL,"
                " fingerprint TEXT NOT NULL, created REAL NOT NULL, status INTEGER NOT NULL,"
                " body TEXT NOT NULL, PRIMARY KEY (owner, key))"
            )
            for oid, typ, seq, body in self._db.execute(
                "SELECT id, type, seq, body FROM objects ORDER BY seq"
            ):
                self._objects[oid] = json.loads(body)
                self._order.setdefault(typ, []).append(oid)
                self._seqs[oid] = seq
                self._seq = max(self._seq, seq)

    # ids and time

    def new_id(self, prefix: str, length: int = 24) -> str:
        """A fresh id shaped like Stripe's: ``cus_`` plus random letters and digits."""
        while True:
            oid = f"{prefix}_" + "".join(secrets.choice(_ALPHABET) for _ in range(length))
            if oid not in self._objects:
                return oid

    def now(self) -> int:
        if self.pinned is not None:
            return self.pinned
        return int(time.time()) + self.time_offset

    @contextmanager
    def pinned_at(self, ts: int) -> Iterator[None]:
        """Stop the clock at ``ts`` for the writes inside (a test clock's frozen time).

        An offset from the wall clock would move on while the request runs, so an
        object written a second later would carry ``ts + 1`` though the clock stands.
        """
        saved = self.pinned
        self.pinned = ts
        try:
            yield
        finally:
            self.pinned = saved

    @property
    def is_empty(self) -> bool:
        return not self._objects

    @property
    def persistent(self) -> bool:
        """Whether the objects live in a database file (``--db``)."""
        return self._db is not None

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

    def created_between(self, object_type: str, low: int, high: int) -> list[Obj]:
        """The objects of a type created in ``[low, high]``, newest first: what filtering
        :meth:`all` gives, through an index, so a list call's ``created`` range does not walk
        every object of a big store."""
        with self._lock:
            cached = self._created_index.get(object_type)
            if cached is None or cached[0] != self._version:
                pairs = sorted(
                    (o["created"], self._seqs.get(o["id"], 0), o["id"])
                    for o in self.all(object_type)
                    if isinstance(o.get("created"), int)
                )
                cached = (self._version, [c for c, _s, _i in pairs], [(s, i) for _c, s, i in pairs])
                self._created_index[object_type] = cached
            _v, times, ids = cached
            found = ids[bisect_left(times, low) : bisect_right(times, high)]
        found.sort(reverse=True)
        return [self._objects[i] for _s, i in found if i in self._objects]

    # writes

    def put(self, obj: Obj) -> Obj:
        """Insert or replace an object (by ``id``); persists when a db was given."""
        with self._lock:
            self._version += 1
            oid = obj["id"]
            typ = obj["object"]
            self._remember(oid)
            if oid not in self._objects:
                self._order.setdefault(typ, []).append(oid)
                self._seq += 1
                self._seqs[oid] = self._seq
            self._objects[oid] = obj
            self._written(oid)
            return obj

    def delete(self, object_id: str) -> None:
        with self._lock:
            self._version += 1
            self._remember(object_id)
            obj = self._objects.pop(object_id, None)
            if obj is not None:
                self._order[obj["object"]].remove(object_id)
                self._written(object_id)

    def _written(self, object_id: str) -> None:
        """Store a change now, or when the open transaction ends."""
        if self._db is None:
            return
        if self._journal is not None:
            self._dirty.add(object_id)
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._flush_object(object_id)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _flush_object(self, object_id: str) -> None:
        assert self._db is not None
        obj = self._objects.get(object_id)
        if obj is None:
            self._db.execute("DELETE FROM objects WHERE id=?", (object_id,))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO objects (id, type, seq, body) VALUES (?,?,?,?)",
                (object_id, obj["object"], self._seqs[object_id], json.dumps(obj)),
            )

    # idempotency records (see ``idempotency.py``)

    def save_idempotency(
        self, owner: str, key: str, fingerprint: str, created: float, status: int, body: str
    ) -> None:
        """Keep a request's answer with its writes (same transaction when one is open)."""
        if self._db is None:
            return
        row = (owner, key, fingerprint, created, status, body)
        if self._journal is not None:
            self._pending_keys.append(row)
            return
        self._db.execute("INSERT OR REPLACE INTO idempotency VALUES (?,?,?,?,?,?)", row)

    def load_idempotency(self, since: float) -> list[tuple[str, str, str, float, int, str]]:
        """The stored answers created after ``since``; older ones are deleted."""
        if self._db is None:
            return []
        self._db.execute("DELETE FROM idempotency WHERE created < ?", (since,))
        return list(
            self._db.execute(
                "SELECT owner, key, fingerprint, created, status, body FROM idempotency"
            )
        )

    # transactions

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Run one request's reads and writes as one unit, stored when it ends.

        On an exception everything is undone and nothing is stored; a caller that
        answers an error itself calls :meth:`Transaction.rollback` and carries on.
        Not nested: the server opens one per request.
        """
        with self._lock:
            self._journal, self._dirty, self._pending_keys = {}, set(), []
            try:
                yield Transaction(self)
                self._commit()
            except BaseException:
                self._rollback()
                raise
            finally:
                self._journal, self._dirty, self._pending_keys = None, set(), []

    def _commit(self) -> None:
        db = self._db
        if db is None or not (self._dirty or self._pending_keys):
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            for oid in sorted(self._dirty, key=lambda i: self._seqs.get(i, 0)):
                self._flush_object(oid)
            db.executemany(
                "INSERT OR REPLACE INTO idempotency VALUES (?,?,?,?,?,?)", self._pending_keys
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _remember(self, object_id: str) -> None:
        j = self._journal
        if j is not None and object_id not in j:
            current = self._objects.get(object_id)
            j[object_id] = copy.deepcopy(current) if current is not None else None

    def _rollback(self) -> None:
        """Put every object the open transaction touched back as it was."""
        self._version += 1
        journal = self._journal or {}
        for oid, snapshot in journal.items():
            current = self._objects.get(oid)
            if snapshot is None:
                if current is not None:
                    del self._objects[oid]
                    self._order[current["object"]].remove(oid)
            else:
                if current is None:
                    self._order.setdefault(snapshot["object"], []).append(oid)
                    self._order[snapshot["object"]].sort(key=lambda i: self._seqs.get(i, 0))
                self._objects[oid] = snapshot
        if self._journal is not None:
            self._journal = {}
        self._dirty, self._pending_keys = set(), []

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
