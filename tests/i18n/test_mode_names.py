"""The mode badge, the window title and the demo profile's name speak the UI's language; the stored name does not.

"Demo sandbox" is the key the demo profile is stored under (settings,
keychain, audit log): only what the window shows is translated.
"""

from __future__ import annotations

import pytest

from kpadmin.profiles import DEMO_PROFILE_NAME


@pytest.mark.parametrize(
    ("lang", "badge", "demo"),
    [("ko", "샌드박스", "데모 샌드박스"), ("ja", "サンドボックス", "デモサンドボックス")],
)
def test_demo_profile_and_badge_are_translated(
    lang, badge, demo, ui_language, demo_services, qtbot, loop
):
    from kpadmin.ui.main_window import MainWindow

    ui_language(lang)
    demo_services.start_demo()
    demo_services.profiles.set_current(DEMO_PROFILE_NAME)
    window = MainWindow(demo_services)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.badge.text() == badge, timeout=10000)
        combo = window.profile_combo
        assert combo.currentText() == f"{demo}  ({badge})"
        assert combo.currentData() == DEMO_PROFILE_NAME  # the key stays as stored
        assert demo_services.profiles.current_name() == DEMO_PROFILE_NAME
        assert "SANDBOX" not in window.badge.accessibleName()
        assert window.windowTitle() == f"{demo} — {badge} — kpadmin"  # as the menu names it
    finally:
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible() and window.context is None, timeout=5000)
        window.deleteLater()
