"""Start-up paints the real window first (``MainWindow(paint_first=True)``, as kpadmin.app does).

Before the first paint: the title, badge and all four tab titles are there,
the current tab says "Loading…", every tab is a placeholder, no gateway was
built (the SDK is not needed yet) and the key was not read. Right after the
paint: the key is read, the current tab is built and its first page loads,
the other tabs and the shortcuts are built. A missing key then shows the
welcome page, as a normal open does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kpadmin.keychain import MemorySecretStore
from kpadmin.profiles import DEMO_PROFILE_NAME, ProfileStore
from kpadmin.ui.context import AppServices, LazyGateway, default_gateway_factory
from kpadmin.ui.first_paint import MARKS_ENV
from kpadmin.ui.main_window import MainWindow


def _open(services, qtbot) -> MainWindow:
    services.start_demo()
    services.profiles.set_current(DEMO_PROFILE_NAME)
    window = MainWindow(services, paint_first=True)
    qtbot.addWidget(window)
    return window


def test_window_is_complete_before_the_first_paint_and_loads_after_it(
    demo_services, qtbot, wait_for
):
    window = _open(demo_services, qtbot)
    # Before the first paint: the real window, nothing slow done yet.
    assert "Demo" in window.windowTitle() and window.badge.text()
    assert window.tabs.count() == 5
    placeholder = window.tabs.currentWidget()
    assert placeholder.property("tabKey") == "customers"
    assert placeholder.findChild(QLabel).text() == "Loading…"
    pending = [window.tabs.widget(i).property("pendingTab") for i in range(5)]
    assert pending.count(True) == 5  # no tab module is imported before the first frame
    gateway = window.context.gateway
    assert isinstance(gateway, LazyGateway) and not gateway.built
    assert window.comforts is None
    assert window.live.updates is not None and not window.live.updates.running  # no ask yet
    painted = []
    window.after_first_paint(lambda: painted.append(True))

    window.show()
    qtbot.waitUntil(lambda: not window.tabs.currentWidget().property("pendingTab"))
    customers = window.tabs.currentWidget()
    assert customers.property("tabKey") == "customers"
    qtbot.waitUntil(lambda: customers.model.rowCount() > 0, timeout=10000)
    assert painted == [True]
    assert gateway.built and window.comforts is not None
    qtbot.waitUntil(lambda: window.live.updates.started, timeout=5000)  # Events from now on
    qtbot.waitUntil(
        lambda: not any(window.tabs.widget(i).property("pendingTab") for i in range(5)),
        timeout=5000,
    )
    assert window.tabs.currentWidget() is customers  # building the others kept the tab
    assert [window.tabs.tabText(i) for i in range(5)] == [
        "Overview",
        "Needs attention",
        "Catalog",
        "Customers",
        "Subscriptions",
    ]
    wait_for(window.shutdown())


def test_key_is_read_after_the_first_paint(demo_services, qtbot, wait_for, monkeypatch):
    profiles = demo_services.profiles
    reads: list[str] = []
    real_key_for = profiles.key_for
    monkeypatch.setattr(profiles, "key_for", lambda name: reads.append(name) or real_key_for(name))
    window = _open(demo_services, qtbot)
    assert reads == []
    window.show()
    qtbot.waitUntil(lambda: reads == [DEMO_PROFILE_NAME], timeout=5000)
    tab = window.tab("customers")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    wait_for(window.shutdown())


def test_a_missing_key_shows_the_welcome_page_after_the_first_paint(
    demo_services, qtbot, wait_for, monkeypatch
):
    window = _open(demo_services, qtbot)
    monkeypatch.setattr(demo_services.profiles, "key_for", lambda name: None)  # key lost
    assert window.stack.currentWidget() is window.tabs  # the first frame: the profile
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=5000)
    assert window.context is None
    assert "not available" in window.statusBar().currentMessage()
    wait_for(window.shutdown())


def test_a_tab_asked_for_before_it_was_built_is_built_then(demo_services, qtbot, wait_for):
    window = _open(demo_services, qtbot)
    catalog = window.tab("catalog")  # a placeholder until now
    assert not catalog.property("pendingTab") and hasattr(catalog, "products_model")
    assert window.tabs.currentWidget().property("tabKey") == "customers"
    wait_for(window.shutdown())


def test_start_up_marks_the_first_paint_and_the_first_rows(
    demo_services, qtbot, wait_for, tmp_path, monkeypatch
):
    # bench/startup.py times the installed app by these marks.
    marks = tmp_path / "marks"
    monkeypatch.setenv(MARKS_ENV, str(marks))
    window = _open(demo_services, qtbot)
    window.show()
    qtbot.waitUntil(lambda: not window.tabs.currentWidget().property("pendingTab"))
    customers = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: customers.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: "rows" in marks.read_text(), timeout=2000)
    events = [line.split()[0] for line in marks.read_text().splitlines()]
    assert events == ["painted", "rows"]
    painted, rows = (float(line.split()[1]) for line in marks.read_text().splitlines())
    assert painted <= rows
    wait_for(window.shutdown())


def test_the_welcome_page_asks_the_keychain_after_the_first_paint(settings, qtbot, wait_for):
    # Reading whether the keychain is secure imports keyring: not before the first frame.
    class InsecureStore(MemorySecretStore):
        asked = 0

        @property
        def secure(self) -> bool:
            InsecureStore.asked += 1
            return False

        backend_name = "plain text"

    secrets = InsecureStore()
    services = AppServices(
        settings=settings,
        secrets=secrets,
        profiles=ProfileStore(settings, secrets),
        gateway_factory=default_gateway_factory,
    )
    window = MainWindow(services, paint_first=True)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    assert InsecureStore.asked == 0
    window.show()
    form = window.welcome.connect_form
    qtbot.waitUntil(lambda: InsecureStore.asked > 0 and form.keychain_note.isVisibleTo(window))
    assert "plain text" in form.keychain_note.text()
    wait_for(window.shutdown())


def test_held_work_after_the_first_paint_waits_to_be_resumed(demo_services, qtbot, wait_for):
    # kpadmin.app paints on a plain Qt loop and resumes the work on the qasync loop.
    window = _open(demo_services, qtbot)
    held: list = []
    window.hold_first_paint_work(held.append)
    window.show()
    qtbot.waitUntil(lambda: len(held) == 1)
    gateway = window.context.gateway
    assert window.tabs.currentWidget().property("pendingTab") and not gateway.built
    held[0]()  # the work, as the qasync loop runs it
    customers = window.tab("customers")
    qtbot.waitUntil(lambda: customers.model.rowCount() > 0, timeout=10000)
    assert gateway.built and window.comforts is not None
    wait_for(window.shutdown())


def test_a_window_closed_before_its_first_paint_ends_the_first_frames_loop(demo_services, qtbot):
    window = _open(demo_services, qtbot)
    held: list = []
    window.hold_first_paint_work(held.append)
    window.close()  # nothing was started: it closes at once, with no asyncio loop needed
    assert len(held) == 1 and not window.isVisible()
    assert not window.context.gateway.built
    held[0]()  # nothing to do
    assert window.tabs.currentWidget().property("pendingTab")
