"""Preferences: choosing a language and the Kakao Pay return page, from the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kpadmin.settings import Keys
from kpadmin.ui.preferences_dialog import PreferencesDialog


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_offers_system_and_each_language_in_its_own_name(settings, qtbot):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "ko", "ja"]
    assert [combo.itemText(i) for i in range(1, 4)] == ["English", "한국어", "日本語"]
    assert dialog.chosen_language() == ""


def test_ok_stores_the_language_and_says_it_needs_a_restart(settings, qtbot):
    settings.set(Keys.LANGUAGE, "ko")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "ko"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    with qtbot.waitSignal(dialog.saved) as saved:
        _ok(dialog)
    assert saved.args == [True]
    assert settings.get(Keys.LANGUAGE) == "ja"


def test_return_page_must_be_https(settings, qtbot):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.return_url_edit.setText("http://shop.example.kr/return")
    _ok(dialog)
    assert dialog.isVisible() and dialog.url_error.isVisible()
    assert settings.get(Keys.CUSTOM_RETURN_URL) == ""
    qtbot.keyClicks(dialog.return_url_edit, "x")
    assert not dialog.url_error.isVisible()
    dialog.return_url_edit.setText("  https://shop.example.kr/return  ")
    with qtbot.waitSignal(dialog.saved) as saved:
        _ok(dialog)
    assert saved.args == [False] and not dialog.isVisible()
    assert settings.get(Keys.CUSTOM_RETURN_URL) == "https://shop.example.kr/return"


def test_cancel_changes_nothing(settings, qtbot):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ko"))
    dialog.reject()
    assert settings.get(Keys.LANGUAGE) == ""


def test_main_window_opens_it_with_ctrl_comma(services, qtbot, wait_for):
    from kpadmin.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(PreferencesDialog)), timeout=3000)
    dialog = window.findChildren(PreferencesDialog)[0]
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ko"))
    _ok(dialog)
    assert "starts again" in window.statusBar().currentMessage()
    assert services.settings.get(Keys.LANGUAGE) == "ko"
    wait_for(window.shutdown())


def test_return_page_of_the_loopback_listener_is_translated(ui_language):
    from kpadmin.ui.pending_approvals import return_page

    ui_language("ja")
    page = return_page()
    assert page.lang == "ja" and "完了" in page.heading
