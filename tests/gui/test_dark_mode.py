"""Light and dark palettes: the app follows the system's, and stays readable in both.

Qt gives the application the platform theme's palette (GNOME/KDE, macOS,
Windows 11); kpadmin sets no palette and no application-wide style sheet of its
own, so a dark system gives a dark app. The offscreen platform has no colour
scheme to follow, so these tests install a dark palette the way a platform
theme does (``QApplication.setPalette``) and check what kpadmin draws itself:
the mode badge, the status chips and colours, the field error text. Screenshots
of the main window in both palettes go to ``KPADMIN_SCREENSHOT_DIR`` (the test's tmp_path unless set).
"""

from __future__ import annotations

import os

import pytest
from palettes import dark_palette
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from kpadmin.ui.colour_scheme import contrast_ratio, is_dark, style_for_scheme


@pytest.fixture
def dark(qapp):
    """The application palette switched to dark for one test (as a dark system theme does)."""
    light = qapp.palette()
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(light)


def screenshot(widget, name: str) -> None:
    path = os.environ["KPADMIN_SCREENSHOT_DIR"]
    assert widget.grab().save(os.path.join(path, name))


def show_subscriptions(window, qtbot, wait_idle):
    window.tabs.setCurrentWidget(window.tab("subscriptions"))
    tab = window.tab("subscriptions")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    tab.table.select_id(tab.model.row_object(0).id)
    wait_idle(tab)
    return tab


def test_main_window_light_screenshot(main_window, qtbot, wait_idle):
    show_subscriptions(main_window, qtbot, wait_idle)
    screenshot(main_window, "kpadmin-light.png")
    window_bg = main_window.palette().color(QPalette.ColorRole.Window)
    assert window_bg.lightness() > 128


def test_main_window_follows_a_dark_system_palette(dark, main_window, qtbot, wait_idle):
    show_subscriptions(main_window, qtbot, wait_idle)
    screenshot(main_window, "kpadmin-dark.png")
    # Nothing in the window pins a light palette: every widget inherits the dark one.
    for widget in [main_window, *main_window.findChildren(QLabel)]:
        assert widget.palette().color(QPalette.ColorRole.Window).lightness() < 128, widget
    image = main_window.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() - 5).lightness() < 128


@pytest.mark.parametrize("key", ["catalog", "customers"])
def test_other_tabs_dark_screenshots(dark, main_window, qtbot, key, wait_idle):
    main_window.tabs.setCurrentWidget(main_window.tab(key))
    tab = main_window.tab(key)
    model = tab.products_model if key == "catalog" else tab.model
    table = tab.products_table if key == "catalog" else tab.table
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    table.select_id(model.row_object(0).id)
    wait_idle(main_window)
    screenshot(main_window, f"kpadmin-dark-{key}.png")
    assert is_dark(tab.palette())


@pytest.mark.parametrize("mode", ["sandbox", "test", "live"])
def test_mode_badge_is_readable_and_stands_out_in_both_palettes(qapp, qtbot, mode):
    from kpadmin.ui.mode_badge import ModeBadge

    holder = QWidget()
    qtbot.addWidget(holder)
    badge = ModeBadge(holder)
    badge.set_mode(mode)
    holder.show()
    light_window = holder.palette().color(QPalette.ColorRole.Window)
    assert not is_dark(holder.palette())
    assert contrast_ratio(QColor("white"), badge.background()) >= 4.5
    assert contrast_ratio(badge.background(), light_window) >= 3

    light = qapp.palette()
    qapp.setPalette(dark_palette())  # the system switches to dark while the app runs
    try:
        qapp.processEvents()
        dark_window = holder.palette().color(QPalette.ColorRole.Window)
        assert is_dark(holder.palette())
        # The fill alone is about 2:1 against a dark window; the rim makes the outline stand out.
        assert contrast_ratio(badge.rim(), dark_window) >= 3
        holder.resize(200, 40)
        badge.setGeometry(10, 5, 120, 30)
        image = holder.grab().toImage()
        assert contrast_ratio(image.pixelColor(10, 20), dark_window) >= 3  # the left rim, drawn
    finally:
        qapp.setPalette(light)
    qapp.processEvents()
    assert badge.rim() == badge.background()  # back to light: no rim
    image = holder.grab().toImage()
    assert image.pixelColor(14, 20) == badge.background()  # the fill (left padding), drawn


def test_status_chips_carry_white_text_at_aa_contrast():
    from kpadmin.ui.statuses import _COLOURS, status_colour

    for status in [*_COLOURS, "something_new"]:
        ratio = contrast_ratio(QColor("white"), status_colour(status))
        assert ratio >= 4.5, (status, round(ratio, 2))


def test_field_error_text_follows_a_palette_switch(qapp, qtbot):
    from kpadmin.ui.widgets.field_error import FieldError

    holder = QWidget()
    qtbot.addWidget(holder)
    error = FieldError(holder)
    error.show_error("Amount must be a whole number of won")
    holder.show()

    def readable() -> float:
        image = error.grab().toImage()  # the darkest/lightest pixel against the window
        window = holder.palette().color(QPalette.ColorRole.Window)
        return max(
            contrast_ratio(image.pixelColor(x, y), window)
            for x in range(image.width())
            for y in range(image.height())
        )

    assert readable() >= 4.5
    light = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        qapp.processEvents()
        assert is_dark(holder.palette())
        assert readable() >= 4.5
    finally:
        qapp.setPalette(light)
    qapp.processEvents()
    assert readable() >= 4.5


def test_dark_system_switches_only_palette_blind_styles_to_fusion():
    assert style_for_scheme("windowsvista", Qt.ColorScheme.Dark) == "Fusion"
    assert style_for_scheme("windowsvista", Qt.ColorScheme.Light) is None
    assert style_for_scheme("windows11", Qt.ColorScheme.Dark) is None  # draws dark itself
    assert style_for_scheme("macOS", Qt.ColorScheme.Dark) is None
    assert style_for_scheme("Fusion", Qt.ColorScheme.Unknown) is None


def test_kpadmin_imposes_no_application_palette_or_style_sheet():
    # A palette or app-wide style sheet of our own would stop the app following the system.
    from pathlib import Path

    import kpadmin

    offenders = []
    for path in Path(kpadmin.__file__).parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in (
            "app.setPalette(",
            "QApplication.setPalette(",
            "app.setStyleSheet(",
            "qApp.setStyleSheet(",
            "QApplication.setStyleSheet(",
        ):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []
