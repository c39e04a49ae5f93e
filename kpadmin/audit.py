"""The local audit log: every write kpadmin sends to Stripe, kept in SQLite.

Support agents answer "what did we change on this customer?" from here, so
each row says when, from which profile and mode, from which computer and OS
user, which action on which object, the idempotency key, Stripe's
``Request-Id``, the comment the agent typed, and how it ended (``ok``,
``failed``, or ``uncertain`` when a network error or 5xx leaves the outcome
unknown). It never holds an API key: the gateway hands over only the fields of
:class:`kpadmin.stripe_api.write_audit.WriteRecord`, and ``detail`` is redacted
once more on the way in, in case an error message echoed something key-shaped.

Qt-free. Writes never wait for the database on the calling (UI) thread:
:meth:`AuditLog.append` hands the row to :class:`~kpadmin.audit_writer.AuditWriter`,
whose thread writes it with its own connection, and keeps it (in memory and in
a spool file beside the database) until it is written, however long another
process holds the write lock. The database is in WAL mode, so reading the log
(:meth:`AuditLog.query`, the activity window) never waits for a writer; rows
still pending are included in what it returns. The gateway gets a sink
(:meth:`AuditLog.sink`) bound to one profile and mode from the composition root.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from kpadmin.domain.redact import redact

if TYPE_CHECKING:
    import sqlite3

    from kpadmin.audit_writer import AuditWriter

Outcome = Literal["ok", "failed", "uncertain"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    profile TEXT NOT NULL,
    mode TEXT NOT NULL,
    action TEXT NOT NULL,
    object_id TEXT,
    customer_id TEXT,
    idempotency_key TEXT,
    request_id TEXT,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    uid TEXT,
    os_user TEXT NOT NULL DEFAULT '',
    hostname TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS audit_object ON audit(object_id);
CREATE INDEX IF NOT EXISTS audit_customer ON audit(customer_id);
CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
"""

# Columns added after the first release, with their definitions: an older log gains them
# when it is opened (its rows read "" there: who made them was not recorded).
_ADDED_COLUMNS = (
    ("uid", "TEXT"),
    ("os_user", "TEXT NOT NULL DEFAULT ''"),
    ("hostname", "TEXT NOT NULL DEFAULT ''"),
    ("comment", "TEXT NOT NULL DEFAULT ''"),
)


def this_computer() -> tuple[str, str]:
    """(OS user, computer name) of this process, "" where the system cannot say."""
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name and no passwd entry
        user = ""
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return user, host


def default_path() -> Path:
    """``audit.sqlite3`` in the user's data directory (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("kpadmin", "kpadmin")) / "audit.sqlite3"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row of the log.

    Attributes:
        id: row number (0 before it is stored).
        at: Unix seconds (local wall clock, not Stripe's or a test clock's).
        profile: the profile's name.
        mode: ``sandbox``, ``test`` or ``live``.
        action: what was done, e.g. ``subscriptions.cancel``.
        object_id: the object acted on (or created), if known.
        customer_id: the customer it concerns, if known (for "what did we do to this customer").
        idempotency_key: the key sent with the request.
        request_id: Stripe's ``req_…`` from the response or the error.
        outcome: ``ok``, ``failed`` or ``uncertain``.
        detail: a short note (error kind and message, the amount refunded...).
        os_user: the operating-system user kpadmin ran as ("" in rows written before
            it was recorded).
        hostname: the computer's name ("" likewise).
        comment: what the agent typed in the action's dialog (a cancellation's comment).
    """

    id: int
    at: int
    profile: str
    mode: str
    action: str
    object_id: str | None
    customer_id: str | None
    idempotency_key: str | None
    request_id: str | None
    outcome: str
    detail: str
    os_user: str = ""
    hostname: str = ""
    comment: str = ""


_COLUMNS = tuple(f.name for f in fields(AuditEntry))


class AuditLog:
    """Append-only log over one SQLite file.

    Args:
        path: the database file (created with its directory), ``":memory:"``
            for tests, or None for :func:`default_path`.
        clock: returns the current Unix time; injectable for tests.
        open_now: open the database and start the writer now (else: :meth:`open`).
        computer: (OS user, computer name) recorded with every row; None for
            :func:`this_computer` (asked when the log opens).
    """

    def __init__(
        self,
        path: Path | str | None = None,
        clock: Callable[[], float] = time.time,
        *,
        open_now: bool = True,
        computer: tuple[str, str] | None = None,
    ) -> None:
        # None: the default, found when the log opens (platformdirs is not for the first frame)
        self._given_path = None if path is None else str(path)
        self._clock = clock
        self._opened: tuple[sqlite3.Connection, AuditWriter] | None = None
        self._computer = computer
        if open_now:
            self.open()

    def open(self) -> None:
        """Open the database and start the writer's thread, if not done yet.

        A log made with ``open_now=False`` opens here or on first use: ``kpadmin.app``
        opens it right after the window's first paint (sqlite3, the writer and its
        thread are not needed for the first frame).
        """
        if self._opened is not None:
            return
        import sqlite3

        from kpadmin.audit_writer import BUSY_TIMEOUT_S, ROW_COLUMNS, AuditWriter

        path = self.path
        self._os_user, self._hostname = (
            this_computer() if self._computer is None else self._computer
        )
        if path == ":memory:":
            import uuid

            # One in-memory database that the writer thread's connection shares.
            target, uri, base = (
                f"file:kpadmin-audit-{uuid.uuid4().hex}?mode=memory&cache=shared",
                True,
                None,
            )
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            target, uri, base = path, False, Path(path)
        # Reads only (and a temporary table of the rows still pending), in autocommit
        # mode so no read snapshot outlives a query; WAL readers never wait for a writer.
        db = sqlite3.connect(target, uri=uri, timeout=0.1, isolation_level=None)
        db.execute(f"CREATE TEMP TABLE pending ({', '.join(ROW_COLUMNS)}, ord INTEGER)")
        if base is None:
            _prepare(db, wal=False)  # nobody else can hold an in-memory database
        writer = AuditWriter(
            lambda: sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_S),
            lambda conn: _prepare(conn, wal=base is not None),
            base,
        )
        self._opened = (db, writer)

    @property
    def _db(self) -> sqlite3.Connection:
        self.open()
        assert self._opened is not None
        return self._opened[0]

    @property
    def _writer(self) -> AuditWriter:
        self.open()
        assert self._opened is not None
        return self._opened[1]

    @property
    def path(self) -> str:
        """The database file (``":memory:"`` in tests); the default one is found here if not yet."""
        return self._given_path or str(default_path())

    def close(self, timeout: float = 3.0) -> bool:
        """Write what is pending (at most ``timeout`` seconds; the rest stays spooled), close.

        Returns True when every record was written.
        """
        if self._opened is None:
            return True  # never opened: nothing was handed over
        done = self._writer.close(timeout)
        self._db.close()
        return done

    def pending_count(self) -> int:
        """Records handed over but not written to the database yet."""
        return len(self._writer.pending())

    def pending_since(self) -> float | None:
        """``time.monotonic()`` of the oldest record not written yet; None when all are."""
        return self._writer.pending_since()

    def wait_written(self, timeout: float) -> bool:
        """Block until every record handed over is written (tests, benchmarks, exit)."""
        return self._writer.wait_idle(timeout)

    def append(
        self,
        *,
        profile: str,
        mode: str,
        action: str,
        outcome: Outcome,
        object_id: str | None = None,
        customer_id: str | None = None,
        idempotency_key: str | None = None,
        request_id: str | None = None,
        detail: str = "",
        comment: str = "",
        at: int | None = None,
    ) -> AuditEntry:
        """Hand one row to the writer and return it (``id`` 0: it is numbered when written).

        Never waits for the database: the writer thread stores it, or keeps it
        until it can.
        """
        if outcome not in ("ok", "failed", "uncertain"):
            raise ValueError(f"unknown outcome {outcome!r}")
        when = int(self._clock()) if at is None else at
        self.open()  # a log made with open_now=False knows its computer once open
        row = (
            when,
            profile,
            mode,
            action,
            object_id,
            customer_id,
            idempotency_key,
            request_id,
            outcome,
            redact(detail or ""),
            self._os_user,
            self._hostname,
            redact(comment or ""),
        )
        from kpadmin.audit_writer import new_uid

        self._writer.submit((new_uid(), *row))
        return AuditEntry(0, *row)

    def query(
        self,
        *,
        object_id: str | None = None,
        customer_id: str | None = None,
        action: str | None = None,
        since: int | None = None,
        until: int | None = None,
        text: str | None = None,
        profile: str | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]:
        """Rows matching every given filter, newest first.

        Args:
            object_id: exact object id.
            customer_id: rows about this customer: its own id as the object, or
                the customer recorded for the row.
            action: exact action, or a prefix ending in ``.`` (``"subscriptions."``).
            since / until: inclusive bounds on ``at`` (Unix seconds).
            text: case-insensitive substring of action, ids, request id, detail,
                comment, OS user or computer name.
            profile: exact profile name.
            limit: at most this many rows.
        """
        where: list[str] = []
        args: list[Any] = []
        if object_id:
            where.append("object_id = ?")
            args.append(object_id)
        if customer_id:
            where.append("(customer_id = ? OR object_id = ?)")
            args += [customer_id, customer_id]
        if action:
            if action.endswith("."):
                where.append("action LIKE ? ESCAPE '\\'")
                args.append(_like_escape(action) + "%")
            else:
                where.append("action = ?")
                args.append(action)
        if since is not None:
            where.append("at >= ?")
            args.append(since)
        if until is not None:
            where.append("at <= ?")
            args.append(until)
        if profile:
            where.append("profile = ?")
            args.append(profile)
        if text:
            like = "%" + _like_escape(text) + "%"
            cols = (
                "action",
                "object_id",
                "customer_id",
                "request_id",
                "idempotency_key",
                "detail",
                "comment",
                "os_user",
                "hostname",
            )
            where.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in cols) + ")")
            args += [like] * len(cols)
        sql = f"SELECT {', '.join(_COLUMNS)} FROM ({self._source()})"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY at DESC, ord DESC LIMIT ?"
        args.append(limit)
        return [AuditEntry(*row) for row in self._db.execute(sql, args)]

    def _source(self) -> str:
        """The rows to search: those written, and those pending that are not written yet."""
        from kpadmin.audit_writer import ROW_COLUMNS

        pending = self._writer.pending()
        self._db.execute("DELETE FROM temp.pending")
        marks = ",".join("?" * (len(ROW_COLUMNS) + 1))
        self._db.executemany(
            f"INSERT INTO temp.pending VALUES ({marks})",
            [(*row, 1 << 62 | i) for i, row in enumerate(pending)],
        )
        cols = ", ".join(c for c in ROW_COLUMNS if c != "uid")
        queued = f"SELECT 0 AS id, {cols}, ord FROM temp.pending"
        columns = {r[1] for r in self._db.execute("PRAGMA main.table_info(audit)")}
        if not {name for name, _ in _ADDED_COLUMNS} <= columns:
            # the writer has not created or upgraded the table yet
            return queued
        return (
            f"SELECT id, {cols}, id AS ord FROM main.audit UNION ALL {queued} "
            "WHERE uid NOT IN (SELECT uid FROM main.audit WHERE uid IS NOT NULL)"
        )

    def export_csv(self, out: TextIO, entries: Iterable[AuditEntry] | None = None) -> int:
        """Write ``entries`` (default: the whole log) as CSV with a header; returns the row count.

        Times are written as ISO 8601 UTC next to the Unix seconds so the file
        reads well in a spreadsheet and still sorts exactly.
        """
        rows = self.query(limit=1_000_000) if entries is None else list(entries)
        import csv  # only for an export

        writer = csv.writer(out)
        writer.writerow(["at_utc", *_COLUMNS])
        for e in rows:
            iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(e.at))
            writer.writerow([iso, *(_csv_cell(getattr(e, c)) for c in _COLUMNS)])
        return len(rows)

    def sink(self, profile: str, mode: str) -> Callable[[Any], None]:
        """A callable for ``StripeGateway(audit=...)`` that records its writes for one profile.

        It accepts the gateway's ``WriteRecord`` (duck-typed, so this module
        does not import the gateway).
        """

        def record(write: Any) -> None:
            self.append(
                profile=profile,
                mode=mode,
                action=write.action,
                outcome=write.outcome,
                object_id=write.object_id,
                customer_id=write.customer_id,
                idempotency_key=write.idempotency_key,
                request_id=write.request_id,
                detail=write.detail,
                comment=getattr(write, "comment", ""),
            )

        return record


def _prepare(db: sqlite3.Connection, *, wal: bool) -> None:
    """Create or upgrade the table (adds the columns older logs lack, in one transaction)."""
    if wal:
        db.execute("PRAGMA journal_mode=WAL")
    db.executescript(_SCHEMA)
    if _missing_columns(db):
        # Another process may upgrade at the same time: take the write lock, look again,
        # and add every missing column in one transaction.
        db.commit()
        db.execute("BEGIN IMMEDIATE")
        try:
            for name, kind in _missing_columns(db):
                db.execute(f"ALTER TABLE audit ADD COLUMN {name} {kind}")
        except BaseException:
            db.rollback()
            raise
        db.commit()
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS audit_uid ON audit(uid)")
    db.commit()


def _missing_columns(db: sqlite3.Connection) -> list[tuple[str, str]]:
    have = {r[1] for r in db.execute("PRAGMA table_info(audit)")}
    return [(name, kind) for name, kind in _ADDED_COLUMNS if name not in have]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _csv_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas (CSV injection) in free text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return "" if value is None else value
