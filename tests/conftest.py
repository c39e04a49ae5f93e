"""Shared test fixtures: Qt offscreen, one qasync loop, the sandbox over real HTTP.

The qasync pattern (see docs/ARCHITECTURE.md): one session-wide
``qasync.QEventLoop(qapp, already_running=True)``, made the running loop only
while a test that asks for it runs; tests stay synchronous and wait with
``qtbot.waitUntil`` / ``wait_for(coro)``. The loop is never stopped or closed
(``loop.stop()`` would quit the QApplication for every later test).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the user's real settings and keychain.
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="kpadmin-test-config-"))
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="kpadmin-test-data-"))

import pytest


@pytest.fixture(scope="session")
def _session_loop(qapp):
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    yield loop
    # Deliberately neither stopped nor closed: see the module docstring.


@pytest.fixture
def loop(_session_loop, qtbot):
    """The qasync loop, marked running for this test; leftover tasks are cancelled after."""
    errors: list[BaseException] = []

    def handler(_loop, context):
        exc = context.get("exception")
        if exc is not None and not isinstance(exc, asyncio.CancelledError):
            errors.append(exc)

    _session_loop.set_exception_handler(handler)
    asyncio.events._set_running_loop(_session_loop)
    asyncio.set_event_loop(_session_loop)
    try:
        yield _session_loop
    finally:
        pending = [t for t in asyncio.all_tasks(_session_loop) if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=5000)
        asyncio.events._set_running_loop(None)
        _session_loop.set_exception_handler(None)
    if errors:
        raise errors[0]


@pytest.fixture
def wait_for(loop, qtbot):
    """Run a coroutine on the qasync loop and wait (pumping Qt) for its result."""

    def run(coro, timeout: float = 20.0):
        task = asyncio.ensure_future(coro)
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    return run


@pytest.fixture
def sandbox():
    """A fresh, empty sandbox on 127.0.0.1 (its own thread and loop); ``.url`` is its base URL."""
    from kpadmin.sandbox.embedded import EmbeddedSandbox

    sb = EmbeddedSandbox(seed="none")
    sb.start()
    try:
        yield sb
    finally:
        sb.stop()


@pytest.fixture
def demo_sandbox():
    """A sandbox seeded with the demo shop."""
    from kpadmin.sandbox.embedded import EmbeddedSandbox

    sb = EmbeddedSandbox(seed="demo")
    sb.start()
    try:
        yield sb
    finally:
        sb.stop()


TEST_KEY = "sk_test_kpadmin0000000000000000"


@pytest.fixture
def test_key() -> str:
    return TEST_KEY


def pytest_report_header(config):
    return f"python {sys.version.split()[0]}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
