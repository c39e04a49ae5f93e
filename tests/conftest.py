"""Shared test fixtures: Qt offscreen, one qasync loop, the sandbox over real HTTP.

The qasync pattern (see docs/ARCHITECTURE.md): one session-wide
``qasync.QEventLoop(qapp, already_running=True)``, made the running loop only
while a test that asks for it runs; tests stay synchronous and wait with
``qtbot.waitUntil`` / ``wait_for(coro)``. The loop is never stopped or closed
(``loop.stop()`` would quit the QApplication for every later test).

Garbage is collected as the app collects it (:mod:`kpadmin.main_thread_gc`:
on the main thread only, never on the sandbox's), and fully after every test
that used Qt, so that a Qt object finalised at the wrong time fails the test
that left it behind rather than a random later one.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import os
import shutil
import sys
import tempfile


def _private_dir(variable: str, prefix: str) -> None:
    """Point ``variable`` at a new temporary directory, removed when the run ends."""
    if variable not in os.environ:
        path = tempfile.mkdtemp(prefix=prefix)
        atexit.register(shutil.rmtree, path, ignore_errors=True)
        os.environ[variable] = path


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the user's real settings and keychain.
_private_dir("XDG_CONFIG_HOME", "kpadmin-test-config-")
_private_dir("XDG_DATA_HOME", "kpadmin-test-data-")
_private_dir("XDG_CACHE_HOME", "kpadmin-test-cache-")

import pytest

#: The session's collector, once a Qt test has installed it.
_collector: list = []


@pytest.fixture(scope="session")
def _main_thread_collector(qapp):
    """The app's collector: automatic collection off, a timer collecting on this thread."""
    from kpadmin.main_thread_gc import MainThreadCollector

    collector = MainThreadCollector(qapp)
    _collector.append(collector)
    yield collector
    _collector.clear()
    collector.uninstall()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread(request):
    """Collect like the app does; after a test that used Qt, collect everything at once.

    Tests that never pump Qt's events (the sandbox's, with the synchronous SDK)
    get the collector's check at teardown instead of its timer.
    """
    uses_qt = "qapp" in request.fixturenames
    if uses_qt:
        request.getfixturevalue("_main_thread_collector")
    yield
    if uses_qt:
        gc.collect()
    elif _collector:
        _collector[0].collect_due()


#: A directory the person running the suite chose for screenshots, to look at them after.
_KEPT_SCREENSHOTS = os.environ.get("KPADMIN_SCREENSHOT_DIR")


@pytest.fixture(autouse=True)
def _screenshots_in_tmp_path(request, monkeypatch):
    """Screenshots a Qt test saves (to ``$KPADMIN_SCREENSHOT_DIR``) land in its ``tmp_path``.

    Set ``KPADMIN_SCREENSHOT_DIR`` before the run to keep them in one place for review.
    """
    if "qapp" in request.fixturenames:
        directory = _KEPT_SCREENSHOTS or str(request.getfixturevalue("tmp_path"))
        os.makedirs(directory, exist_ok=True)
        monkeypatch.setenv("KPADMIN_SCREENSHOT_DIR", directory)


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
def wait_idle(qtbot):
    """Wait until no TaskRunner under a widget is running (its loads and writes are done).

    Every Stripe call of the UI runs through a TaskRunner, a child of the
    widget it serves, so this is the condition a fixed ``qtbot.wait`` guessed at.
    """
    from kpadmin.ui.async_tasks import TaskRunner

    def wait(widget, timeout: int = 10000) -> None:
        qtbot.waitUntil(
            lambda: not any(r.busy for r in widget.findChildren(TaskRunner)), timeout=timeout
        )

    return wait


def _running_sandbox(seed: str):
    from kpadmin.sandbox.embedded import EmbeddedSandbox

    sb = EmbeddedSandbox(seed=seed)
    sb.start()
    try:
        yield sb
    finally:
        sb.stop()


@pytest.fixture
def sandbox():
    """A fresh, empty sandbox on 127.0.0.1 (its own thread and loop); ``.url`` is its base URL."""
    yield from _running_sandbox("none")


@pytest.fixture(scope="module")
def module_sandbox():
    """An empty sandbox shared by one module's tests, for a shop that takes long to make
    (override ``sandbox`` with it to point the GUI fixtures there)."""
    yield from _running_sandbox("none")


@pytest.fixture
def demo_sandbox():
    """A sandbox seeded with the demo shop."""
    yield from _running_sandbox("demo")


TEST_KEY = "sk_test_kpadmin0000000000000000"


@pytest.fixture
def test_key() -> str:
    return TEST_KEY


def pytest_report_header(config):
    return f"python {sys.version.split()[0]}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
