"""Every control a person can use has a name that screen readers and UI automation can find.

The name checked is what assistive technology announces on every platform:
an explicit ``accessibleName``, a button's own text, or a label's text
through its buddy.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
)


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a composite control (the control itself carries the name)."""
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
        return True  # an editable combo's line edit, a tab bar's scroll arrows, clear buttons
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True  # its sections are the view's column headers
    if type(widget).__name__ in ("QToolBarExtension", "QLineEditIconButton"):
        return True
    return isinstance(widget, QAbstractItemView) and isinstance(parent, QComboBox)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces, by rules that hold on every platform.

    An explicit ``accessibleName``, a button's own text, or the text of a label
    whose buddy is the widget. (Qt's own interface would also offer a combo
    box's *current item* as its name on Linux, which names nothing.)
    """
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def unnamed(root: QWidget) -> list[str]:
    """Visible interactive widgets under ``root`` (itself included) without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or _internal(widget):
            continue
        if not accessible_name(widget):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.window()).__name__} "
                f"(parent {type(widget.parentWidget()).__name__})"
            )
    return missing


def _first_page_in(tab: QWidget) -> bool:
    """Whether the tab shows the demo shop's rows (every tab has some)."""
    table = getattr(tab, "table", None) or getattr(tab, "products_table", None)
    if table is not None:
        return table.model.rowCount() > 0
    return bool(getattr(tab, "subscriptions", None))  # the Overview's charts


def test_main_window_and_every_tab(main_window, qtbot, wait_idle):
    window = main_window
    problems = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        tab = window.tabs.widget(i)
        qtbot.waitUntil(lambda tab=tab: _first_page_in(tab), timeout=10000)
        wait_idle(window)
        problems += unnamed(window)
        for table in (
            getattr(window.tabs.widget(i), "table", None),
            getattr(window.tabs.widget(i), "products_table", None),
        ):
            if table is not None and table.model.rowCount():
                table.select_id(table.model.row_object(0).id)
                wait_idle(window)  # the detail pane has filled in and shows its actions
                problems += unnamed(window)
    assert not sorted(set(problems))


def test_dialogs_opened_from_the_window(main_window, qtbot, wait_idle):
    window = main_window
    problems = []
    customers = window.tab("customers")
    window.tabs.setCurrentWidget(customers)
    customers.create_customer()
    problems += unnamed(customers.current_dialog())
    customers.current_dialog().reject()

    catalog = window.tab("catalog")
    window.tabs.setCurrentWidget(catalog)
    qtbot.waitUntil(lambda: catalog.products_model.rowCount() > 0, timeout=10000)
    catalog.new_product()
    problems += unnamed(catalog.current_dialog)
    catalog.current_dialog.reject()
    catalog.products_table.select_id(catalog.products_model.row_object(0).id)
    catalog.new_price()
    problems += unnamed(catalog.current_dialog)
    catalog.current_dialog.reject()

    subscriptions = window.tab("subscriptions")
    window.tabs.setCurrentWidget(subscriptions)
    subscriptions.new_subscription()
    from kpadmin.ui.dialogs.new_subscription_dialog import NewSubscriptionDialog

    qtbot.waitUntil(lambda: bool(window.findChildren(NewSubscriptionDialog)), timeout=10000)
    for dialog in window.findChildren(NewSubscriptionDialog):
        wait_idle(dialog)  # its customers, prices and wallets are in
        problems += unnamed(dialog)
        dialog.reject()

    box = window.comforts.show_goto()
    problems += unnamed(box)
    box.hide()
    help_dialog = window.comforts.show_help()
    problems += unnamed(help_dialog)
    help_dialog.close()
    assert not sorted(set(problems))


def test_a_nameless_control_is_caught(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    named, icon_only, edit = QPushButton("Save", root), QPushButton(root), QLineEdit(root)
    combo, labelled = QComboBox(root), QLineEdit(root)
    combo.addItem("KRW")  # its current text is no name
    label = QLabel("E-mail", root)
    label.setBuddy(labelled)
    for w in (named, icon_only, edit, combo, label, labelled):
        layout.addWidget(w)
    root.show()
    assert len(unnamed(root)) == 3
    icon_only.setAccessibleName("Close")
    edit.setAccessibleName("Name")
    combo.setAccessibleName("Currency")
    assert unnamed(root) == []


def test_welcome_page_and_profile_dialogs(services, qtbot, wait_for):
    from kpadmin.ui.main_window import MainWindow
    from kpadmin.ui.profile_dialogs import AddProfileDialog

    window = MainWindow(services)  # no profile yet: the welcome page
    qtbot.addWidget(window)
    window.show()
    problems = unnamed(window)
    window.add_profile()
    dialog = window.findChild(AddProfileDialog)
    problems += unnamed(dialog)
    dialog.reject()
    if hasattr(window, "open_preferences"):
        from kpadmin.ui.preferences_dialog import PreferencesDialog

        window.open_preferences()
        prefs = window.findChild(PreferencesDialog)
        problems += unnamed(prefs)
        prefs.reject()
    wait_for(window.shutdown())
    assert not sorted(set(problems))
