"""Qt objects in garbage cycles die on the main thread, never on the embedded sandbox's.

CPython collects cycles on whichever thread allocates past a threshold; the
sandbox thread allocates on every request. A closed profile's
``PendingApprovals`` (a parentless QObject with a task runner) sits in such a
cycle, and destroying it on the sandbox thread crashed the suite under load.
The suite runs with the app's :class:`~kpadmin.main_thread_gc.MainThreadCollector`
installed (tests/conftest.py), as ``kpadmin.app.run`` installs it.
"""

from __future__ import annotations

import base64
import gc
import threading
import urllib.request

from PySide6.QtCore import QObject

from kpadmin.main_thread_gc import MainThreadCollector


class _Cyclic(QObject):
    """A Python-owned QObject that only the cycle collector can free."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def _hammer(url: str, key: str, requests: int, done: threading.Event) -> None:
    """Plain HTTP from a helper thread: the sandbox thread allocates for every answer."""
    auth = base64.b64encode(f"{key}:".encode()).decode()
    try:
        for _ in range(requests):
            req = urllib.request.Request(
                f"{url}/v1/customers?limit=10", headers={"Authorization": f"Basic {auth}"}
            )
            with urllib.request.urlopen(req, timeout=10) as resp:
                resp.read()
    finally:
        done.set()


def test_collections_run_on_the_main_thread_while_the_sandbox_serves(demo_sandbox, test_key, qtbot):
    collecting_threads: list[str] = []
    destroyed_in: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            collecting_threads.append(threading.current_thread().name)

    garbage = _Cyclic()
    garbage.destroyed.connect(lambda *_: destroyed_in.append(threading.current_thread().name))
    del garbage
    gc.callbacks.append(record)
    try:
        done = threading.Event()
        threading.Thread(
            target=_hammer, args=(demo_sandbox.url, test_key, 150, done), daemon=True
        ).start()
        qtbot.waitUntil(done.is_set, timeout=120_000)
        assert not gc.isenabled()
        assert set(collecting_threads) <= {"MainThread"}
        # The collector's timer frees the cycle once the counts call for it.
        qtbot.waitUntil(lambda: bool(destroyed_in), timeout=60_000)
    finally:
        gc.callbacks.remove(record)
    assert set(collecting_threads) == {"MainThread"}
    assert destroyed_in == ["MainThread"]


def test_collector_collects_what_is_due_and_gives_collection_back(qapp):
    was_enabled = gc.isenabled()
    collector = MainThreadCollector(qapp, interval_ms=60_000)
    try:
        assert not gc.isenabled()
        garbage = _Cyclic()
        alive = [True]
        garbage.destroyed.connect(lambda *_: alive.__setitem__(0, False))
        del garbage
        collector.thresholds = (0, 10, 10)  # gen 0 is due as soon as anything is allocated
        assert collector.collect_due() >= 1
        assert alive == [False]
    finally:
        collector.uninstall()
        collector.deleteLater()
    assert gc.isenabled() == was_enabled
