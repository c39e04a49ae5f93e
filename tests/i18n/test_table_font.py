"""Mixed Korean and Latin table text is drawn in one font family, so at one size.

With a Latin UI font, Qt draws Hangul in a fallback font and the amount in
the Latin one; the tables use one CJK-and-Latin family (Noto Sans CJK where
installed) instead. Checked on the real subscriptions tab, in Korean, by
laying out a mixed string in the table's font and asking which fonts draw it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QTextLayout

from kpadmin.profiles import DEMO_PROFILE_NAME
from kpadmin.ui.fonts import cjk_family

MIXED = "스톡포토 베이직 · ₩30,000 / month · 月額プラン"


def _families(font, text: str) -> set[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_mixed_text_in_tables_uses_one_family(ui_language, demo_services, qtbot, loop):
    from kpadmin.ui.main_window import MainWindow

    if "Noto Sans CJK KR" not in QFontDatabase.families():  # needs the QApplication: not a mark
        pytest.skip("needs fonts-noto-cjk")
    ui_language("ko")
    assert cjk_family() == "Noto Sans CJK KR"
    demo_services.start_demo()
    demo_services.profiles.set_current(DEMO_PROFILE_NAME)
    window = MainWindow(demo_services)
    window.show()
    try:
        tab = window.tab("subscriptions")
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
        for widget in (tab.table.view, tab.price_combo, window.tab("customers").table.view):
            assert _families(widget.font(), MIXED) == {"Noto Sans CJK KR"}, widget
    finally:
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible() and window.context is None, timeout=5000)
        window.deleteLater()
