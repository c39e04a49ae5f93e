"""SearchPicker on its own: a pause in typing searches once, a newer search wins, a failure
keeps the text. The finder here is a plain coroutine the test controls; the picker against
Stripe (the sandbox) is tested in test_subscriptions_any_size.py."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from kpadmin.ui.widgets.search_picker import SearchPicker


class Finder:
    """Answers each search when the test releases it; records what was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.release: dict[str, asyncio.Event] = {}
        self.fail = False

    async def __call__(self, text: str) -> list[tuple[str, str]]:
        self.asked.append(text)
        gate = self.release.setdefault(text, asyncio.Event())
        await gate.wait()
        if self.fail:
            raise RuntimeError("Stripe is unreachable")
        return [(f"{text} one", f"cus_{text}1"), (f"{text} two", f"cus_{text}2")]


@pytest.fixture
def picker(qtbot, loop):
    finder = Finder()
    p = SearchPicker("Any customer", finder, accessible="Customer", placeholder="Name")
    qtbot.addWidget(p)
    p.lineEdit().clear()
    p.finder = finder
    yield p
    p.shutdown()


def _labels(picker):
    return [picker.itemText(i) for i in range(1, picker.count())]


def test_a_pause_in_typing_searches_once(picker, qtbot):
    qtbot.keyClicks(picker.lineEdit(), "kim")
    assert picker.finder.asked == []  # nothing while typing
    qtbot.waitUntil(lambda: picker.finder.asked == ["kim"])
    assert picker.state == "searching"
    assert _labels(picker) == ["Searching…"]
    picker.finder.release["kim"].set()
    qtbot.waitUntil(lambda: picker.state == "found")
    assert _labels(picker) == ["kim one", "kim two"]
    assert picker.lineEdit().text() == "kim"
    assert picker.chosen_id() == "kim"  # two labels hold it: the text stands for itself


def test_a_newer_search_cancels_the_older_one(picker, qtbot):
    qtbot.keyClicks(picker.lineEdit(), "kim")
    qtbot.waitUntil(lambda: picker.finder.asked == ["kim"])
    qtbot.keyClicks(picker.lineEdit(), "x")
    qtbot.waitUntil(lambda: picker.finder.asked == ["kim", "kimx"])
    picker.finder.release["kim"].set()  # the stale answer arrives: never shown
    picker.finder.release["kimx"].set()
    qtbot.waitUntil(lambda: picker.state == "found")
    assert _labels(picker) == ["kimx one", "kimx two"]
    picker.lineEdit().setText("kimx one")
    assert picker.chosen_id() == "cus_kimx1"


def test_a_failed_search_says_so_and_keeps_the_text(picker, qtbot):
    picker.finder.fail = True
    with qtbot.waitSignal(picker.failed) as failed:
        qtbot.keyClicks(picker.lineEdit(), "lee")
        qtbot.waitUntil(lambda: picker.finder.asked == ["lee"])
        picker.finder.release["lee"].set()
    assert isinstance(failed.args[0], RuntimeError)
    assert picker.state == "failed"
    assert picker.lineEdit().text() == "lee"
    assert _labels(picker) == ["Search failed"]
    assert picker.chosen_id() == "lee"


def test_choose_shows_an_id_or_any(picker):
    picker.choose("cus_typed")
    assert picker.chosen_id() == "cus_typed"
    picker.choose(None)
    assert picker.currentText() == "Any customer" and picker.chosen_id() is None


def test_offered_choices_are_listed_until_one_types_and_again_once_cleared(picker, qtbot):
    assert _labels(picker) == ["Type to search Stripe"]  # nothing offered: the tabs' filters
    picker.offer_before_typing([("박지훈 (cus_new)", "cus_new"), ("김민준 (cus_old)", "cus_old")])
    assert _labels(picker) == ["박지훈 (cus_new)", "김민준 (cus_old)", "Type to search Stripe"]
    picker.choose("cus_old")
    assert picker.currentText() == "김민준 (cus_old)" and picker.chosen_id() == "cus_old"
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "lee")
    qtbot.waitUntil(lambda: picker.finder.asked == ["lee"])
    assert _labels(picker) == ["Searching…"]  # the offered ones make way for the search
    picker.finder.release["lee"].set()
    qtbot.waitUntil(lambda: picker.state == "found")
    assert _labels(picker) == ["lee one", "lee two"]
    qtbot.keyClick(picker.lineEdit(), "a", modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: picker.state == "idle")
    assert _labels(picker) == ["박지훈 (cus_new)", "김민준 (cus_old)", "Type to search Stripe"]
    assert picker.finder.asked == ["lee"]  # cleared text is not searched


def test_enter_picks_and_never_presses_a_dialogs_default_button(qtbot, loop):
    """In New subscription, Enter after typing a customer must not start the subscription."""
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    picker = SearchPicker("Choose a customer…", Finder(), accessible="Customer", placeholder="")
    start = QPushButton("Start subscription")
    start.setDefault(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(picker)
    layout.addWidget(start)
    dialog.show()
    qtbot.waitExposed(dialog)
    pressed, picks = [], []
    start.clicked.connect(lambda: pressed.append(True))
    picker.picked.connect(lambda: picks.append(picker.chosen_id()))
    picker.lineEdit().setFocus()
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "cus_typed")
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(picker.lineEdit(), key)
    assert picks == ["cus_typed", "cus_typed"] and pressed == []
    qtbot.keyClick(start, Qt.Key.Key_Return)  # the button itself still answers Enter
    assert pressed == [True]
    picker.shutdown()


def test_offered_choices_are_listed_without_popping_up(qtbot, loop):
    """New subscription offers the newest customers as it opens: listed, not thrown over the form."""
    picker = SearchPicker("Choose a customer…", Finder(), accessible="Customer", placeholder="")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    picker.lineEdit().setFocus()
    picker.lineEdit().setText("Kim (cus_1)")  # the dialog has chosen a customer already
    qtbot.waitUntil(picker.lineEdit().hasFocus)
    picker.offer_before_typing([("Kim (cus_1)", "cus_1"), ("Lee (cus_2)", "cus_2")])
    assert [picker.itemText(i) for i in range(1, 3)] == ["Kim (cus_1)", "Lee (cus_2)"]
    assert not picker.completer().popup().isVisible()
    picker.shutdown()


def test_down_then_enter_picks_the_first_match_not_any(qtbot, loop):
    """The suggestions list only answers: "Choose a customer…" is not among them."""
    finder = Finder()
    picker = SearchPicker("Choose a customer…", finder, accessible="Customer", placeholder="")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    edit = picker.lineEdit()
    edit.setFocus()
    edit.clear()
    qtbot.waitUntil(edit.hasFocus)
    picks = []
    picker.picked.connect(lambda: picks.append(picker.chosen_id()))
    qtbot.keyClicks(edit, "kim")
    qtbot.waitUntil(lambda: finder.asked == ["kim"])
    finder.release["kim"].set()
    popup = picker.completer().popup()
    qtbot.waitUntil(lambda: picker.state == "found" and popup.isVisible())
    assert popup.isRowHidden(0)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.chosen_id() == "cus_kim1" and picks[-1] == "cus_kim1"
    picker.shutdown()
