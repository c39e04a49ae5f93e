"""The go-to box (Ctrl+K) is wide enough for its placeholder in English, Korean and Japanese."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from kpadmin.ui.goto_box import GotoBox


def _text_room(edit) -> int:
    """Pixels the line edit has for text: inside its frame, its margins and the clear button."""
    margins = edit.textMargins()
    right = edit.contentsRect().right() - margins.right()
    for button in edit.findChildren(QToolButton):  # the clear button sits at the right end
        right = min(right, button.geometry().left())
    return right - (edit.contentsRect().left() + margins.left()) - 4  # Qt's 2 px either side


@pytest.mark.parametrize("lang", ["en", "ko", "ja"])
def test_placeholder_is_not_cut_off(lang, ui_language, qtbot):
    ui_language(lang)
    box = GotoBox(gateway=None)
    qtbot.addWidget(box)
    box.popup()
    qtbot.waitExposed(box)
    edit = box.edit
    if lang != "en":
        assert edit.placeholderText().isascii() is False  # translated
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert _text_room(edit) >= needed, (lang, _text_room(edit), needed)
