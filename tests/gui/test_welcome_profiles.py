"""First start, connecting a profile, the demo button, switching and removing profiles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kpadmin.profiles import DEMO_PROFILE_NAME
from kpadmin.ui.dialogs.confirm_live import OBJECT_NAME as CONFIRM_NAME
from kpadmin.ui.main_window import MainWindow


def _window(services, qtbot) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_start_shows_welcome(services, qtbot, wait_for):
    window = _window(services, qtbot)
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "kpadmin"
    assert window.badge.text() == ""
    wait_for(window.shutdown())


def test_connect_profile_checks_key_and_stores_in_keychain(
    services, sandbox, secrets, settings, test_key, qtbot, wait_for
):
    window = _window(services, qtbot)
    form = window.welcome.connect_form
    form.name_edit.setText("My shop")
    form.key_edit.setText(test_key)
    form.base_edit.setText(sandbox.url)
    form.connect_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
    assert secrets.get("My shop") == test_key
    settings.sync()
    raw = Path(settings.file_name).read_text(encoding="utf-8")
    assert "My shop" in raw and test_key not in raw and "sk_test" not in raw
    assert window.windowTitle() == "My shop — SANDBOX — kpadmin"
    assert window.badge.text() == "SANDBOX"
    assert window.context.profile.name == "My shop"
    wait_for(window.shutdown())


def test_invalid_key_error_next_to_field(services, sandbox, secrets, qtbot, wait_for):
    window = _window(services, qtbot)
    form = window.welcome.connect_form
    form.name_edit.setText("Wrong")
    form.key_edit.setText("pk_test_123")
    form.connect_button.click()
    assert form.key_error.isVisible() and "pk_" in form.key_error.text()
    form.key_edit.setText("sk_test_x")  # a test key the sandbox refuses (too short)
    form.base_edit.setText(sandbox.url)
    form.connect_button.click()
    qtbot.waitUntil(form.key_error.isVisible, timeout=10000)
    assert "Request ID" in form.key_error.text() or "API key" in form.key_error.text()
    assert secrets.get("Wrong") is None
    assert window.stack.currentWidget() is window.welcome
    assert form.connect_button.isEnabled()
    wait_for(window.shutdown())


def test_insecure_keychain_offers_session_only(
    services, sandbox, secrets, test_key, qtbot, wait_for
):
    secrets.secure = False
    secrets.backend_name = "fail Keyring"
    window = _window(services, qtbot)
    form = window.welcome.connect_form
    assert form.keychain_note.isVisible() and "fail Keyring" in form.keychain_note.text()
    assert form.connect_button.text() == "Use for this session only"
    form.name_edit.setText("Temp")
    form.key_edit.setText(test_key)
    form.base_edit.setText(sandbox.url)
    form.connect_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=10000)
    assert secrets.get("Temp") is None
    assert services.profiles.get("Temp").session_only
    wait_for(window.shutdown())


def test_demo_button_opens_demo_profile(services, qtbot, wait_for):
    window = _window(services, qtbot)
    window.welcome.demo_button.click()
    assert window.context.profile.name == DEMO_PROFILE_NAME
    assert window.badge.text() == "SANDBOX"
    assert not window.remove_profile_action.isEnabled()  # the demo cannot be removed
    wait_for(window.shutdown())


def test_switch_and_remove_profile(services, sandbox, secrets, test_key, qtbot, wait_for):
    window = _window(services, qtbot)
    window.welcome.demo_button.click()
    services.profiles.add(
        services.profiles.get(DEMO_PROFILE_NAME).__class__("Shop B", "sandbox", sandbox.url),
        test_key,
    )
    window._fill_profiles()
    combo = window.profile_combo
    index = combo.findData("Shop B")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.context.profile.name == "Shop B"
    assert window.windowTitle().startswith("Shop B — SANDBOX")
    window.remove_profile_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, CONFIRM_NAME) is not None)
    box = window.findChild(QMessageBox, CONFIRM_NAME)
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: services.profiles.get("Shop B") is None)
    assert secrets.get("Shop B") is None
    qtbot.waitUntil(
        lambda: window.context is not None and window.context.profile.name == DEMO_PROFILE_NAME
    )
    wait_for(window.shutdown())


def test_restricted_key_without_permission_names_it(services_for, secrets, qtbot, wait_for):
    from kpadmin.sandbox.embedded import EmbeddedSandbox

    rk = "rk_test_kpadminrestricted000000"
    sb = EmbeddedSandbox(restricted={rk: frozenset({"product_read"})})
    sb.start()
    try:
        services = services_for(None)
        window = _window(services, qtbot)
        form = window.welcome.connect_form
        form.name_edit.setText("Restricted")
        form.key_edit.setText(rk)
        form.base_edit.setText(sb.url)
        form.connect_button.click()
        qtbot.waitUntil(form.key_error.isVisible, timeout=10000)
        assert "rak_customer_read" in form.key_error.text()
        assert "Request ID" in form.key_error.text()
        assert secrets.get("Restricted") is None
        wait_for(window.shutdown())
    finally:
        sb.stop()


def test_f5_refreshes_and_last_tab_is_remembered(main_window, qtbot, demo_services):
    from kpadmin.settings import Keys

    window = main_window
    tab = window.tab("customers")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    tab.table.filter_edit.setText("")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert tab.model.loading or tab.model.rowCount() == 0
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    window.tabs.setCurrentWidget(window.tab("catalog"))
    assert demo_services.settings.get(Keys.LAST_TAB) == "catalog"


def test_close_awaits_gateway_and_saves_geometry(main_window, qtbot, demo_services):
    from kpadmin.settings import Keys

    main_window.close()
    assert main_window.isVisible()  # first the async shutdown...
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=5000)  # ...then the real close
    assert main_window.context is None
    assert not demo_services.settings.get(Keys.WINDOW_GEOMETRY).isEmpty()


def test_add_profile_dialog_opens_new_profile(sandbox, main_window, secrets, test_key, qtbot):
    # `sandbox` first: it must outlive the window, which closes its gateway on teardown.
    from kpadmin.ui.profile_dialogs import AddProfileDialog

    main_window.add_profile_action.trigger()
    dialog = main_window.findChild(AddProfileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.form.name_edit.setText("Second shop")
    dialog.form.key_edit.setText(test_key)
    dialog.form.base_edit.setText(sandbox.url)
    dialog.form.connect_button.click()
    qtbot.waitUntil(lambda: main_window.context.profile.name == "Second shop", timeout=10000)
    assert secrets.get("Second shop") == test_key
    assert main_window.profile_combo.findData("Second shop") >= 0
    assert main_window.remove_profile_action.isEnabled()


def test_session_only_profile_asks_for_its_key_again(
    services_for, sandbox, secrets, test_key, qtbot, wait_for
):
    from kpadmin.profiles import Profile

    services = services_for(None)
    services.profiles.add(Profile("Temp", "sandbox", sandbox.url, session_only=True), test_key)
    services.profiles.set_current("Temp")
    # a new run: the session key is gone
    services = services_for(None)
    window = _window(services, qtbot)
    assert window.stack.currentWidget() is window.welcome
    form = window.welcome.connect_form
    assert form.name_edit.text() == "Temp"
    form.key_edit.setText(test_key)
    form.base_edit.setText(sandbox.url)
    form.connect_button.click()
    qtbot.waitUntil(lambda: window.context is not None, timeout=10000)
    assert window.context.profile.name == "Temp"
    assert secrets.get("Temp") == test_key  # this keychain is secure: now it is stored
    wait_for(window.shutdown())


def test_welcome_and_badge_say_the_demo_resets(services, qtbot, wait_for):
    """An owner trying things knows the demo shop starts afresh after kpadmin closes."""
    from kpadmin.ui.mode_badge import ModeBadge

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    welcome = window.findChild(QWidget, "welcomePage")
    assert "resets when kpadmin closes" in welcome.demo_text.text()
    badge = ModeBadge()
    qtbot.addWidget(badge)
    badge.set_mode("sandbox")
    assert "resets when kpadmin closes" in badge.toolTip()


def test_profile_whose_key_left_the_keychain_is_reconnected(
    services_for, sandbox, secrets, test_key, qtbot, wait_for
):
    from kpadmin.profiles import Profile

    services = services_for(None)
    services.profiles.add(Profile("Scale", "sandbox", sandbox.url), test_key)
    services.profiles.set_current("Scale")
    secrets.delete("Scale")  # removed in the keychain's own app, or another computer
    window = _window(services, qtbot)
    assert window.stack.currentWidget() is window.welcome
    form = window.welcome.connect_form
    # Not "a profile with this name exists already": the form offers to reconnect it.
    assert form.name_edit.text() == "Scale" and form.reconnecting()
    assert form.reconnect_note.isVisible() and "“Scale” is saved" in form.reconnect_note.text()
    assert form.connect_button.text() == "Reconnect"
    assert form.base_edit.text() == sandbox.url and not form.base_edit.isEnabled()
    form.key_edit.setText(test_key)
    form.connect_button.click()
    qtbot.waitUntil(lambda: window.context is not None, timeout=10000)
    assert not form.name_error.isVisible()
    assert window.context.profile.name == "Scale"
    assert secrets.get("Scale") == test_key
    assert [p.name for p in services.profiles.list()] == ["Scale"]  # the same profile, once
    wait_for(window.shutdown())


def test_another_name_on_the_reconnect_form_connects_a_new_profile(
    services_for, sandbox, secrets, test_key, qtbot, wait_for
):
    from kpadmin.profiles import Profile

    services = services_for(None)
    services.profiles.add(Profile("Scale", "sandbox", sandbox.url), test_key)
    services.profiles.set_current("Scale")
    secrets.delete("Scale")
    window = _window(services, qtbot)
    form = window.welcome.connect_form
    form.name_edit.setText("Scale 2")
    assert not form.reconnecting() and form.connect_button.text() == "Check and save key"
    assert form.base_edit.isEnabled() and not form.reconnect_note.isVisible()
    form.name_edit.setText("Scale")
    assert form.reconnecting()
    wait_for(window.shutdown())
