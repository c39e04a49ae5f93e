"""Date columns fit the locale's longest date: Korean writes "26. 12. 28. 오후 11:59".

The main window on the demo shop, in Korean, through the real tables: every
column that shows a date is at least as wide as the widest date the locale
writes and as every date it shows, even when a narrower width was saved
(an English session's widths).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from kpadmin.profiles import DEMO_PROFILE_NAME
from kpadmin.ui.formatting import timestamp_samples


def _text_width(view, text: str) -> int:
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin


def test_korean_date_columns_show_whole_dates(ui_language, demo_services, qtbot, loop):
    from kpadmin.ui.main_window import MainWindow

    ui_language("ko")
    assert any("오후 11:59" in s for s in timestamp_samples())
    # A width saved in an English session, too narrow for Korean dates.
    demo_services.settings.set_column_widths("customers", [110, 190, 140, 90, 100, 150])
    demo_services.start_demo()
    demo_services.profiles.set_current(DEMO_PROFILE_NAME)
    window = MainWindow(demo_services)
    window.resize(1200, 760)
    window.show()
    try:
        checked = 0
        for key in ("customers", "subscriptions"):
            tab = window.tab(key)
            window.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(lambda t=tab: t.model.rowCount() > 0, timeout=10000)
            view = tab.table.view
            header = view.horizontalHeader()
            columns = tab.model.columns
            for i, column in enumerate(columns[:-1]):  # the last section stretches
                if column.samples is None:
                    continue
                width = header.sectionSize(i)
                for sample in column.samples():
                    assert _text_width(view, sample) <= width, (key, column.key, sample, width)
                for row in range(tab.model.rowCount()):
                    shown = tab.model.index(row, i).data()
                    assert _text_width(view, shown) <= width, (key, column.key, shown, width)
                checked += 1
        assert checked >= 3  # customers' Created; subscriptions' Period ends and Created
    finally:
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible() and window.context is None, timeout=5000)
        window.deleteLater()
