#!/usr/bin/env python3
"""How long the UI thread stalls on the audit log, with and without another process holding its lock.

``python bench/audit_bench.py [--seconds 3] [--rate 50]`` (after ``python3 dev.py``
has made ``.venv``; run it with ``.venv/bin/python``).

A Qt timer ticks every 5 ms on the main thread, as the window's event loop
would; meanwhile the gateway's audit sink is called ``--rate`` times a second
(each call is what one Stripe write costs the UI thread) and the activity
window's query runs twice a second. The worst gap between ticks beyond the
5 ms, and the slowest single ``append``/``query`` call, are the stall. It runs:

- ``free``: nobody else uses the database;
- ``locked``: another process holds the write lock (``BEGIN IMMEDIATE``) for the
  whole run; afterwards it lets go and the benchmark waits until every record
  is written, and checks that none is missing;
- ``sync_baseline_locked``: for comparison, one INSERT done on the UI thread
  with a 5 s busy timeout (how the log wrote before it had a writer thread),
  while the lock is held.

Prints a table, then one JSON line. A benchmark, not a test: nothing fails
when the goal (worst stall under 50 ms) is missed; the ``ok`` column says so.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from audit_lock import held_lock  # noqa: E402
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer  # noqa: E402

from kpadmin.audit import AuditLog  # noqa: E402

TICK_MS = 5
GOAL_MS = 50.0


@dataclass
class _Write:
    """The fields of the gateway's WriteRecord that the sink reads."""

    action: str
    outcome: str
    object_id: str
    customer_id: str | None = None
    idempotency_key: str | None = None
    request_id: str | None = None
    detail: str = ""


def _measure(log: AuditLog, seconds: float, rate: int) -> dict:
    """Run the UI loop for ``seconds``; returns the stall figures and how many were appended."""
    app = QCoreApplication.instance() or QCoreApplication([])
    sink = log.sink("Bench", "test")
    clock = QElapsedTimer()
    clock.start()
    state = {"last": 0.0, "worst_gap": 0.0, "append": 0.0, "query": 0.0, "n": 0, "rows": 0}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["last"]:
            state["worst_gap"] = max(state["worst_gap"], now - state["last"] - TICK_MS)
        state["last"] = now

    def write() -> None:
        t = time.perf_counter()
        sink(_Write("customer.create", "ok", f"cus_{state['n']}"))
        state["append"] = max(state["append"], (time.perf_counter() - t) * 1000)
        state["n"] += 1

    def read() -> None:
        t = time.perf_counter()
        state["rows"] = len(log.query(limit=500))
        state["query"] = max(state["query"], (time.perf_counter() - t) * 1000)

    timers = []
    for interval, slot in ((TICK_MS, tick), (max(1, 1000 // rate), write), (500, read)):
        timer = QTimer()
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        timer.start()
        timers.append(timer)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    for timer in timers:
        timer.stop()
    return {
        "worst_stall_ms": round(max(state["worst_gap"], 0.0), 1),
        "slowest_append_ms": round(state["append"], 2),
        "slowest_query_ms": round(state["query"], 2),
        "appended": state["n"],
        "rows_seen_by_query": state["rows"],
    }


def _stored(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    finally:
        db.close()


def _sync_baseline(path: Path) -> float:
    """One INSERT on the calling thread with a 5 s busy timeout, while the lock is held (ms)."""
    db = sqlite3.connect(path, timeout=5.0)
    t = time.perf_counter()
    try:
        db.execute(
            "INSERT INTO audit (at, profile, mode, action, outcome) VALUES (0,'b','t','x','ok')"
        )
        db.commit()
    except sqlite3.OperationalError:
        pass  # "database is locked": the record was lost
    finally:
        db.close()
    return (time.perf_counter() - t) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rate", type=int, default=50, help="audited writes per second")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audit.sqlite3"
        log = AuditLog(path)
        log.wait_written(10)
        results["free"] = _measure(log, args.seconds, args.rate)
        assert log.wait_written(30)
        before = _stored(path)
        with held_lock(path):
            results["locked"] = _measure(log, args.seconds, args.rate)
            results["locked"]["pending_while_locked"] = log.pending_count()
        t = time.perf_counter()
        written = log.wait_written(60)
        results["locked"]["written_after_release_s"] = round(time.perf_counter() - t, 2)
        results["locked"]["lost"] = before + results["locked"]["appended"] - _stored(path)
        results["locked"]["all_written"] = written
        log.close()
        with held_lock(path):
            results["sync_baseline_locked"] = {"worst_stall_ms": round(_sync_baseline(path), 1)}

    print(
        f"{'scenario':<22} {'worst stall ms':>14} {'append ms':>10} {'query ms':>9}  ok (<{GOAL_MS:.0f} ms)"
    )
    for name, r in results.items():
        ok = r["worst_stall_ms"] < GOAL_MS
        print(
            f"{name:<22} {r['worst_stall_ms']:>14} {r.get('slowest_append_ms', '-'):>10} "
            f"{r.get('slowest_query_ms', '-'):>9}  {'yes' if ok else 'no'}"
        )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
