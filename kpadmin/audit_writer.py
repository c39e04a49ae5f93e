"""Audit rows written off the UI thread, kept until they are written.

Another kpadmin window, a second process or a backup tool can hold the audit
database's write lock for seconds. Writing on the UI thread then froze the
window for the whole busy timeout, and a row that still could not be written
was dropped. :class:`AuditWriter` owns a thread with its own SQLite
connection: :meth:`AuditWriter.submit` only appends to a list under a lock
and wakes the thread, so the UI thread never waits for the database.

A row that cannot be written at once stays in memory and is also written to
a spool file beside the database (``<db>.spool-<random>.jsonl``, one JSON row
per line, rewritten whole so it always holds exactly what is pending), then
retried with a growing pause until it is written. At exit :meth:`close`
tries for a bounded time; what is still pending stays in the spool, and the
next start adopts spool files that no live writer has touched for
:data:`STALE_SPOOL_S` seconds. Every row carries a random ``uid`` and is
inserted with ``INSERT OR IGNORE``, so a row that reaches the database twice
(written, then adopted from a spool not yet rewritten) is stored once.

Qt-free; the thread touches nothing but its connection, its list and its files.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# How long one write attempt waits for another process's lock (seconds): short, so
# that close() can give up in time; a failed attempt is simply retried.
BUSY_TIMEOUT_S = 0.25
# Pauses between attempts while the database refuses: from the first to the last.
RETRY_FIRST_S = 0.05
RETRY_MAX_S = 1.0
# A spool file untouched this long belongs to no running writer: the next start adopts it.
STALE_SPOOL_S = 10.0

# The columns a row holds, in order (``id`` is the database's).
ROW_COLUMNS = (
    "uid",
    "at",
    "profile",
    "mode",
    "action",
    "object_id",
    "customer_id",
    "idempotency_key",
    "request_id",
    "outcome",
    "detail",
    "os_user",
    "hostname",
    "comment",
)
# A row spooled by a kpadmin that did not record the computer, OS user and comment yet.
_OLD_ROW_LENGTH = len(ROW_COLUMNS) - 3

Row = tuple[Any, ...]


def new_uid() -> str:
    return uuid.uuid4().hex


class AuditWriter:
    """One thread that writes submitted rows into ``connect()``'s database.

    Args:
        connect: opens a connection for the thread (its own; SQLite connections
            are not shared across threads).
        prepare: run on the thread's connection before the first write (schema, WAL).
        spool_dir_base: the database path the spool files sit beside, or None
            for no spool (an in-memory database).
    """

    def __init__(
        self,
        connect: Callable[[], sqlite3.Connection],
        prepare: Callable[[sqlite3.Connection], None],
        spool_dir_base: Path | None,
    ) -> None:
        self._connect = connect
        self._prepare = prepare
        self._base = spool_dir_base
        self._spool = (
            None
            if spool_dir_base is None
            else spool_dir_base.with_name(f"{spool_dir_base.name}.spool-{new_uid()}.jsonl")
        )
        self._lock = threading.Condition()
        self._pending: list[Row] = []
        self._since: float | None = None  # when the oldest pending row was submitted
        self._written = 0
        self._stopping = False
        self._spooled = 0  # how many of the pending rows (the oldest) the spool file holds
        self._respooling = False  # rows were written; the spool file does not say so yet
        self._adopted: list[Path] = []
        self._thread = threading.Thread(target=self._run, name="kpadmin-audit", daemon=True)
        self._thread.start()

    # -- the UI thread's side ------------------------------------------------------------

    def submit(self, row: Row) -> None:
        """Queue one row (never blocks on the database)."""
        with self._lock:
            if not self._pending:
                self._since = time.monotonic()
            self._pending.append(row)
            self._lock.notify()

    def pending(self) -> tuple[Row, ...]:
        """The rows not written yet, oldest first."""
        with self._lock:
            return tuple(self._pending)

    def pending_since(self) -> float | None:
        """``time.monotonic()`` when the oldest pending row was submitted; None if none is."""
        with self._lock:
            return self._since

    @property
    def written(self) -> int:
        """How many rows this writer has written (for the banner's "now written")."""
        with self._lock:
            return self._written

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is pending and the spool file says so (tests, exit).

        Returns:
            True if that happened in time.
        """
        end = time.monotonic() + timeout
        with self._lock:
            while self._pending or self._respooling:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(min(left, 0.05))
            return True

    def close(self, timeout: float = 3.0) -> bool:
        """Write what is pending within ``timeout``; the rest stays in the spool file.

        Returns True when nothing was left pending.
        """
        done = self.wait_idle(timeout)
        with self._lock:
            self._stopping = True
            self._lock.notify()
        self._thread.join(timeout=BUSY_TIMEOUT_S * 4 + 1.0)
        if not done:
            self._write_spool(self.pending())  # in case the thread had not spooled them yet
            log.warning(
                "%d audit record(s) could not be written yet; kept in %s for the next start",
                len(self.pending()),
                self._spool,
            )
        return done

    # -- the writer thread ---------------------------------------------------------------

    def _run(self) -> None:
        db: sqlite3.Connection | None = None
        pause = RETRY_FIRST_S
        prepared = adopted = False
        postponed: float | None = None  # since when writes fail (logged once, not per retry)
        while True:
            with self._lock:
                while not self._pending and not self._stopping and adopted:
                    self._lock.wait()
                if self._stopping and not self._pending:
                    break
                batch = list(self._pending)
            try:
                if db is None:
                    db = self._connect()
                if not prepared:
                    self._prepare(db)  # may itself wait for the lock: retried like a write
                    prepared = True
                if not adopted:
                    self._adopt_spools(db)
                    adopted = True
                if batch:
                    self._insert(db, batch)
            except sqlite3.Error as exc:
                if postponed is None:
                    postponed = time.monotonic()
                    log.warning("audit writes postponed (%s); the records are kept", exc)
                if len(batch) > self._spooled:
                    self._extend_spool(batch)
                with self._lock:
                    if self._stopping:
                        break
                    self._lock.wait(pause)
                pause = min(pause * 2, RETRY_MAX_S)
                if self._spooled:
                    self._touch_spool()
                continue
            pause = RETRY_FIRST_S
            if postponed is not None:
                log.warning(
                    "postponed audit records written after %.1f s", time.monotonic() - postponed
                )
                postponed = None
            with self._lock:
                del self._pending[: len(batch)]
                self._written += len(batch)
                if not self._pending:
                    self._since = None
                rest = tuple(self._pending)
                self._respooling = bool(self._spooled)
                self._lock.notify_all()
            if self._spooled:
                self._write_spool(rest)  # outside the lock: appends never wait for the disk
                with self._lock:
                    self._respooling = False
                    self._lock.notify_all()
        if db is not None:
            db.close()

    def _insert(self, db: sqlite3.Connection, rows: list[Row]) -> None:
        cols = ", ".join(ROW_COLUMNS)
        marks = ",".join("?" * len(ROW_COLUMNS))
        with db:  # one transaction: all of the batch or none of it
            db.executemany(f"INSERT OR IGNORE INTO audit ({cols}) VALUES ({marks})", rows)

    # -- spool files ---------------------------------------------------------------------

    def _write_spool(self, rows: tuple[Row, ...] | list[Row]) -> None:
        """Make the spool file hold exactly ``rows`` (removed when there are none)."""
        if self._spool is None:
            return
        try:
            if not rows:
                with contextlib.suppress(FileNotFoundError):
                    self._spool.unlink()
                self._spooled = 0
                return
            tmp = self._spool.with_suffix(".tmp")
            with open(tmp, "w", encoding="utf-8") as fh:
                _dump(fh, rows)
            os.replace(tmp, self._spool)
            self._spooled = len(rows)
        except OSError:
            log.exception("could not write the audit spool file %s", self._spool)

    def _extend_spool(self, pending: list[Row]) -> None:
        """Add the pending rows the spool does not hold yet (they are the newest).

        While writes fail, rows only join the end of the pending list, so the
        spool grows by appending; a success rewrites it (:meth:`_write_spool`).
        """
        if self._spool is None:
            return
        try:
            with open(self._spool, "a", encoding="utf-8") as fh:
                _dump(fh, pending[self._spooled :])
            self._spooled = len(pending)
        except OSError:
            log.exception("could not write the audit spool file %s", self._spool)

    def _touch_spool(self) -> None:
        if self._spool is not None:
            with contextlib.suppress(OSError):
                os.utime(self._spool)

    def _adopt_spools(self, db: sqlite3.Connection) -> None:
        """Write the rows of spool files left by writers that have stopped, then delete them."""
        if self._base is None:
            return
        now = time.time()
        for path in sorted(self._base.parent.glob(f"{self._base.name}.spool-*.jsonl")):
            if path == self._spool:
                continue
            try:
                if now - path.stat().st_mtime < STALE_SPOOL_S:
                    continue  # a running writer keeps it fresh
                rows = [tuple(json.loads(line)) for line in path.read_text("utf-8").splitlines()]
            except (OSError, ValueError):
                log.exception("could not read the audit spool file %s", path)
                continue
            good = [_current(r) for r in rows if len(r) in (len(ROW_COLUMNS), _OLD_ROW_LENGTH)]
            if good:
                self._insert(db, good)  # an error leaves the file for the next attempt
            path.unlink(missing_ok=True)
            log.info("wrote %d audit record(s) kept in %s", len(good), path.name)


def _current(row: Row) -> Row:
    """``row`` with the columns an older spool lacks (who and the comment: unknown, "")."""
    return row + ("",) * (len(ROW_COLUMNS) - len(row))


def _dump(fh: Any, rows: tuple[Row, ...] | list[Row]) -> None:
    """One JSON array per line, on disk before returning (the point is surviving a crash)."""
    for row in rows:
        fh.write(json.dumps(list(row), ensure_ascii=False) + "\n")
    fh.flush()
    os.fsync(fh.fileno())
