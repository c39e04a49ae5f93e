"""Who wrote a row: the OS user, the computer and the agent's comment, and older logs upgraded.

A log written by an older kpadmin (no ``os_user``, ``hostname``, ``comment``
columns) gains them when opened, its rows kept and read with the new fields
empty; rows an older kpadmin left in a spool file are written too.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sqlite3
import time
from pathlib import Path

import pytest

from kpadmin import audit_writer
from kpadmin.audit import AuditLog, this_computer

# The table as kpadmin wrote it before it recorded who and the comment.
_OLD_SCHEMA = """
CREATE TABLE audit (
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
    uid TEXT
);
CREATE UNIQUE INDEX audit_uid ON audit(uid);
"""


def _old_log(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(_OLD_SCHEMA)
    db.execute(
        "INSERT INTO audit (at, profile, mode, action, object_id, customer_id, "
        "idempotency_key, request_id, outcome, detail, uid) "
        "VALUES (1700000000, 'Shop', 'test', 'refund.create', 're_old', 'cus_1', 'k0', "
        "'req_old', 'ok', 'amount=1000', 'u-old')"
    )
    db.commit()
    db.close()


def _old_spool(path: Path) -> None:
    """A spool file an older kpadmin left behind (11 values a row), untouched for a while."""
    spool = path.parent / (path.name + ".spool-old.jsonl")
    row = ["u-spool", 1700000100, "Shop", "test", "invoice.void", "in_1", "cus_1", "k1"]
    row += ["req_spool", "ok", ""]
    spool.write_text(json.dumps(row) + "\n", encoding="utf-8")
    past = time.time() - 60
    os.utime(spool, (past, past))


def test_an_older_log_gains_the_columns_and_keeps_its_rows(tmp_path, monkeypatch):
    path = tmp_path / "audit.sqlite3"
    _old_log(path)
    _old_spool(path)
    monkeypatch.setattr(audit_writer, "STALE_SPOOL_S", 0.0)
    log = AuditLog(path, computer=("minjun", "desk-7"))
    try:
        log.append(
            profile="Shop",
            mode="test",
            action="subscription.cancel_at_period_end",
            outcome="ok",
            object_id="sub_1",
            customer_id="cus_1",
            comment="moving abroad",
        )
        assert log.wait_written(10)
        rows = log.query(customer_id="cus_1")
        by_object = {r.object_id: r for r in rows}
        assert set(by_object) == {"sub_1", "in_1", "re_old"}
        new, spooled, old = by_object["sub_1"], by_object["in_1"], by_object["re_old"]
        assert (new.os_user, new.hostname, new.comment) == ("minjun", "desk-7", "moving abroad")
        assert (old.os_user, old.hostname, old.comment) == ("", "", "")
        assert (old.detail, old.request_id) == ("amount=1000", "req_old")
        assert (spooled.action, spooled.os_user) == ("invoice.void", "")
        assert [r.object_id for r in log.query(text="desk-7")] == ["sub_1"]
        assert [r.object_id for r in log.query(text="abroad")] == ["sub_1"]
    finally:
        assert log.close()
    db = sqlite3.connect(path)
    columns = [r[1] for r in db.execute("PRAGMA table_info(audit)")]
    db.close()
    assert columns[-3:] == ["os_user", "hostname", "comment"]


def test_the_rows_name_this_computer_and_its_user_by_default(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite3")
    try:
        row = log.append(profile="Shop", mode="test", action="customers.create", outcome="ok")
    finally:
        log.close()
    assert this_computer() == (getpass.getuser(), socket.gethostname())
    assert (row.os_user, row.hostname) == (getpass.getuser(), socket.gethostname())
    assert row.os_user and row.hostname


def test_two_logs_upgrading_the_same_file_at_once_both_open(tmp_path):
    path = tmp_path / "audit.sqlite3"
    _old_log(path)
    first, second = AuditLog(path), AuditLog(path)
    try:
        for log in (first, second):
            log.append(profile="Shop", mode="test", action="customers.create", outcome="ok")
            assert log.wait_written(10)
        assert len(first.query()) == 3
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("comment", ["", "고객 요청으로 해지"])
def test_a_write_record_carries_the_comment_typed(comment):
    from kpadmin.stripe_api.write_audit import write_record

    params = {"cancellation_details": {"comment": comment, "feedback": "too_expensive"}}
    record = write_record("subscription.cancel_now", params, "sub_1", "k", None, None, "ok", "")
    assert record.comment == comment
    bare = write_record("invoice.void", None, "in_1", "k", None, None, "ok", "")
    assert bare.comment == ""
