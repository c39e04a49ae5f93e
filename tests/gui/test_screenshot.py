"""A screenshot of the main window on the demo shop's Customers tab (for review: the test's tmp_path, or $KPADMIN_SCREENSHOT_DIR)."""

from __future__ import annotations

import os


def test_main_window_screenshot(main_window, qtbot, wait_idle):
    window = main_window
    window.tabs.setCurrentWidget(window.tab("customers"))
    tab = window.tab("customers")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    tab.table.select_id(tab.model.row_object(0).id)
    qtbot.waitUntil(lambda: tab.detail.invoices.topLevelItemCount() > 0, timeout=10000)
    wait_idle(window)
    path = os.environ["KPADMIN_SCREENSHOT_DIR"]
    assert window.grab().save(os.path.join(path, "kpadmin-customers.png"))
    assert window.windowTitle() == "Demo sandbox — SANDBOX — kpadmin"


def test_welcome_screenshot(services, qtbot, wait_for, wait_idle):
    from kpadmin.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    wait_idle(window)
    path = os.environ["KPADMIN_SCREENSHOT_DIR"]
    assert window.grab().save(os.path.join(path, "kpadmin-welcome.png"))
    wait_for(window.shutdown())


def test_customer_dialog_error_screenshot(context, qtbot, wait_idle):
    from kpadmin.ui.tabs.customers import CustomersTab

    tab = CustomersTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.new_button.click()
    dialog = tab.current_dialog()
    dialog.name_edit.setText("Choi")
    dialog.email_edit.setText("choi@example.com")
    dialog.locale_combo.addItem("bad", "xx-not-a-locale")
    dialog.locale_combo.setCurrentIndex(dialog.locale_combo.count() - 1)
    dialog.metadata_editor.add_row("plan", "gold")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: any(e.isVisible() for e in dialog.errors.values()), timeout=10000)
    wait_idle(dialog)
    path = os.environ["KPADMIN_SCREENSHOT_DIR"]
    assert dialog.grab().save(os.path.join(path, "kpadmin-customer-dialog.png"))
    dialog.reject()
    tab.shutdown()
