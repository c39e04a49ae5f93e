"""Several kpadmin processes appending to one audit database lose nothing.

Four processes append 2,000 records each, as fast as they can, to the same
file (each with its own AuditLog: its own reader, writer thread and spool);
afterwards the database holds all 8,000, each once.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

PROCESSES = 4
RECORDS = 2000

_CHILD = """
import sys
from kpadmin.audit import AuditLog
path, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
log = AuditLog(path)
for n in range(count):
    log.append(profile=who, mode="test", action="customer.create", outcome="ok",
               object_id=f"{who}-{n}")
sys.exit(0 if log.close(timeout=120) else 3)
"""


def test_four_processes_lose_no_record(tmp_path):
    path = tmp_path / "audit.sqlite3"
    procs = [
        subprocess.Popen([sys.executable, "-c", _CHILD, str(path), f"p{i}", str(RECORDS)])
        for i in range(PROCESSES)
    ]
    codes = [p.wait(timeout=300) for p in procs]
    assert codes == [0] * PROCESSES
    db = sqlite3.connect(path)
    try:
        total, distinct = db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT object_id) FROM audit"
        ).fetchone()
        per = dict(db.execute("SELECT profile, COUNT(*) FROM audit GROUP BY profile"))
    finally:
        db.close()
    print(f"{PROCESSES} processes x {RECORDS} records: {total} found")
    assert total == distinct == PROCESSES * RECORDS
    assert per == {f"p{i}": RECORDS for i in range(PROCESSES)}
    assert list(tmp_path.glob("audit.sqlite3.spool-*")) == []
