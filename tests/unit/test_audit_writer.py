"""The audit log while another process holds the database's write lock.

Appending must not wait for the lock (the UI thread calls it), the record must
be kept (in memory, readable through ``query()``, and in a spool file) and
written once the lock is released; records still pending at exit stay in the
spool and the next start writes them.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from audit_lock import held_lock

from kpadmin import audit_writer
from kpadmin.audit import AuditLog


def _add(log: AuditLog, n: int) -> float:
    """Append record ``n``; returns how long the call took (seconds)."""
    start = time.perf_counter()
    log.append(
        profile="Demo", mode="test", action="customer.create", outcome="ok", object_id=f"cus_{n}"
    )
    return time.perf_counter() - start


def _sql(path: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def _stored(path: Path) -> list[str]:
    return [r[0] for r in _sql(path, "SELECT object_id FROM audit ORDER BY id")]


def _spools(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".spool-*.jsonl"))


def test_a_held_lock_neither_freezes_the_caller_nor_loses_the_record(tmp_path):
    path = tmp_path / "audit.sqlite3"
    log = AuditLog(path)
    with held_lock(path):
        took = _add(log, 1)
        assert took < 0.05, f"append waited {took:.3f} s for the lock"
        # Readable at once, although not written yet.
        assert [e.object_id for e in log.query()] == ["cus_1"]
        deadline = time.monotonic() + 5
        while not _spools(path) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _spools(path), "a pending record is kept in a spool file"
        assert log.pending_count() == 1 and log.pending_since() is not None
        assert _stored(path) == []
    assert log.wait_written(10)
    assert _stored(path) == ["cus_1"]
    assert log.pending_count() == 0 and log.pending_since() is None
    assert _spools(path) == []
    assert [e.object_id for e in log.query()] == ["cus_1"]  # once, not twice
    assert _sql(path, "PRAGMA journal_mode") == [("wal",)]
    assert log.close()


def _spooled_lines(path: Path) -> int:
    return sum(len(p.read_text("utf-8").splitlines()) for p in _spools(path))


def _wait(predicate, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.02)
    return predicate()


@contextmanager
def _spooling(path: Path) -> Iterator[AuditLog]:
    """A log whose database another process holds, with cus_1 added and in the spool file."""
    log = AuditLog(path)
    assert log.wait_written(10)
    with held_lock(path):
        _add(log, 1)
        assert _wait(lambda: _spooled_lines(path) == 1)
        yield log


def test_records_added_while_the_lock_is_held_join_the_spool(tmp_path):
    """A crash while the lock is still held must not lose the records added later."""
    path = tmp_path / "audit.sqlite3"
    with _spooling(path) as log:
        _add(log, 2)
        _add(log, 3)
        assert _wait(lambda: _spooled_lines(path) == 3)
    assert log.wait_written(10)
    assert _stored(path) == ["cus_1", "cus_2", "cus_3"] and _spools(path) == []
    assert log.close()


def test_records_pending_at_exit_are_written_at_the_next_start(tmp_path, monkeypatch):
    path = tmp_path / "audit.sqlite3"
    log = AuditLog(path)
    assert log.wait_written(10)
    with held_lock(path):
        for n in range(3):
            _add(log, n)
        assert not log.close(timeout=0.5)  # could not write them: they stay spooled
        assert len(_spools(path)) == 1
    assert _stored(path) == []
    monkeypatch.setattr(audit_writer, "STALE_SPOOL_S", 0.0)
    again = AuditLog(path)
    deadline = time.monotonic() + 10
    while len(_stored(path)) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sorted(_stored(path)) == ["cus_0", "cus_1", "cus_2"]
    assert _spools(path) == []
    assert again.close()


def test_a_spool_already_written_is_not_stored_twice(tmp_path, monkeypatch):
    """A crash between writing rows and removing their spool must not double them."""
    path = tmp_path / "audit.sqlite3"
    log = AuditLog(path)
    _add(log, 1)
    assert log.wait_written(10)
    rows = (
        sqlite3.connect(path)
        .execute(f"SELECT {', '.join(audit_writer.ROW_COLUMNS)} FROM audit")
        .fetchall()
    )
    log.close()
    import json

    (tmp_path / "audit.sqlite3.spool-old.jsonl").write_text(json.dumps(list(rows[0])) + "\n")
    monkeypatch.setattr(audit_writer, "STALE_SPOOL_S", 0.0)
    again = AuditLog(path)
    deadline = time.monotonic() + 10
    while _spools(path) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _spools(path) == []
    assert _stored(path) == ["cus_1"]
    again.close()


@pytest.mark.parametrize("memory", [":memory:"])
def test_an_in_memory_log_is_shared_with_its_writer(memory):
    log = AuditLog(memory)
    _add(log, 7)
    assert log.wait_written(5)
    assert [(e.object_id, e.id > 0) for e in log.query()] == [("cus_7", True)]
    log.close()


def test_a_new_log_whose_file_is_locked_from_the_start(tmp_path):
    """The table cannot even be created yet: records wait, are readable, then written."""
    path = tmp_path / "audit.sqlite3"
    with held_lock(path):  # the other process created the (empty) file and holds it
        log = AuditLog(path)
        took = _add(log, 1)
        assert took < 0.05
        assert [e.object_id for e in log.query()] == ["cus_1"]
        assert _wait(lambda: _spooled_lines(path) == 1)
    assert log.wait_written(10)
    assert _stored(path) == ["cus_1"]
    assert log.close()


def test_written_means_the_spool_file_says_so_too(tmp_path, monkeypatch):
    """wait_written returned between storing the rows and removing their spool file; on a
    loaded machine a check right after it still found the file. A slow disk widens that gap."""
    real = audit_writer.AuditWriter._write_spool

    def slow_write_spool(self, rows):
        time.sleep(0.3)
        real(self, rows)

    monkeypatch.setattr(audit_writer.AuditWriter, "_write_spool", slow_write_spool)
    path = tmp_path / "audit.sqlite3"
    with _spooling(path) as log:
        pass
    assert log.wait_written(10)
    assert _stored(path) == ["cus_1"] and _spools(path) == []
    assert log.close()
