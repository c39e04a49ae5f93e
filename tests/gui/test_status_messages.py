"""Status-bar messages belong to one action: every create/update says so, and they time out."""

from __future__ import annotations

import pytest

from kpadmin.ui import status


@pytest.fixture
def short_timeout(monkeypatch):
    """Time messages out in a fraction of a second instead of eight (the rule, not the length)."""
    monkeypatch.setattr(status, "STATUS_TIMEOUT_MS", 400)


def test_creating_and_saving_a_customer_say_so_then_clear(main_window, qtbot, short_timeout):
    window = main_window
    window.tabs.setCurrentWidget(window.tab("customers"))
    tab = window.tab("customers")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    bar = window.statusBar()

    tab.create_customer()
    dialog = tab.current_dialog()
    dialog.name_edit.setText("Han Seojun")
    dialog.email_edit.setText("seojun@example.kr")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog() is None)
    assert bar.currentMessage() == "Customer Han Seojun created."
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)

    tab.edit_customer()
    dialog = tab.current_dialog()
    dialog.phone_edit.setText("+821055501234")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog() is None)
    assert bar.currentMessage() == "Customer Han Seojun saved."
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)


def test_a_later_action_replaces_the_earlier_message(main_window, qtbot):
    window = main_window
    window.tabs.setCurrentWidget(window.tab("catalog"))
    tab = window.tab("catalog")
    qtbot.waitUntil(lambda: tab.products_model.rowCount() > 0)
    tab.statusMessage.emit("Price ₩100,000 / month created.")
    tab.statusMessage.emit("Product Basic saved.")
    assert window.statusBar().currentMessage() == "Product Basic saved."
