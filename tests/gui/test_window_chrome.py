"""The window's own chrome: its title names the app once, its menus hold the usual entries."""

from __future__ import annotations

from kpadmin.ui.window_title import DISPLAY_NAME


def test_title_names_the_app_once_at_its_end(main_window):
    title = main_window.windowTitle()
    assert title == "Demo sandbox — SANDBOX — kpadmin"
    # Qt appends the display name unless the title ends with it: it does, so it stays once.
    assert title.endswith(DISPLAY_NAME) and title.count(DISPLAY_NAME) == 1
