"""The app in a pseudo-locale, in Korean and in Japanese: screenshots, and no cut-off text.

The pseudo-locale is made at test time from the code (``tools/i18n.py``'s
lupdate into a temp dir): every message becomes accented and 40% longer
(``"Refresh"`` -> ``"[Ŕéƒŕéšĥ ~~~]"``), so a layout that only fits English
shows up before a translator hits it, and any text that escaped ``tr()``
stays plain and is easy to spot on the screenshots
(``/tmp/kpadmin-pseudo-*.png``, ``/tmp/kpadmin-ko.png``, ``/tmp/kpadmin-ja.png``).

A widget is "cut off" when it is visible and narrower than its own size
hint: a button or a one-line label then loses the end of its text. A tool
bar whose extension arrow shows has hidden some of its actions.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import kpadmin_tools_i18n as tools
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QToolBar,
    QToolButton,
    QWidget,
)

from kpadmin.profiles import DEMO_PROFILE_NAME

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENTS = str.maketrans(_PLAIN, _ACCENTED)
#: Pieces a translation must keep as they are: placeholders, markup, entities, URLs, mnemonics.
_KEEP = re.compile(r"(%\d+|%n|&&|&(?=\w)|<[^>]*>|&\w+;|https?://\S+|\n)")


def pseudo(text: str) -> str:
    """``text`` accented and 40% longer, placeholders and markup untouched."""
    body = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in _KEEP.split(text))
    return f"[{body} {'~' * max(1, round(len(text) * 0.4))}]"


def test_pseudo_keeps_what_code_and_qt_need():
    assert pseudo("Refresh") == "[Ŕéƒŕéšĥ ~~~]"
    out = pseudo("&Language: %1 <b>%2</b>")
    assert "&Ĺ" in out and "%1" in out and "<b>%2</b>" in out
    assert len(pseudo("x" * 100)) >= 140


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    """kpadmin_pseudo.qm: every message of the current code, pseudo-translated."""
    directory = tmp_path_factory.mktemp("pseudo")
    tools.update(directory, quiet=True)
    tree = ET.parse(tools.ts_path("ko", directory))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = directory / "kpadmin_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    (directory / "out").mkdir()
    for stale in directory.glob("kpadmin_[a-z][a-z].ts"):
        stale.unlink()
    tools.build(directory, directory / "out")
    return directory / "out" / "kpadmin_pseudo.qm"


def cut_off(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower than their text, and overflowing tool bars."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QToolBar):
            ext = w.findChild(QToolButton, "qt_toolbar_ext_button")
            if ext is not None and ext.isVisible():
                found.append(f"tool bar {w.objectName()!r} hides actions behind its arrow")
            continue
        is_button = isinstance(w, QAbstractButton) and w.objectName() != "qt_toolbar_ext_button"
        one_line_label = isinstance(w, QLabel) and not w.wordWrap()
        if not (is_button or one_line_label):
            continue
        text = w.text()
        if text and w.sizeHint().width() > w.width() + 1:
            found.append(
                f"{type(w).__name__} {w.objectName() or ''} {text[:50]!r}: "
                f"needs {w.sizeHint().width()}px, has {w.width()}px"
            )
    return found


def _idle(widget: QWidget) -> bool:
    """Whether every task of the widget's runners is done (nothing more will change it)."""
    from kpadmin.ui.async_tasks import TaskRunner

    return not any(r.busy for r in widget.findChildren(TaskRunner))


def _first_page_in(tab: QWidget) -> bool:
    """Whether the tab shows the demo shop's rows (every tab has some)."""
    table = getattr(tab, "table", None) or getattr(tab, "products_table", None)
    if table is not None:
        return table.model.rowCount() > 0
    return bool(getattr(tab, "subscriptions", None))  # the Overview's charts


def _shoot(widget: QWidget, name: str, qtbot) -> list[str]:
    qtbot.waitUntil(lambda: _idle(widget), timeout=10000)
    QApplication.processEvents()  # the layout requests the last answers posted
    assert widget.grab().save(
        os.path.join(os.environ["KPADMIN_SCREENSHOT_DIR"], f"kpadmin-{name}.png")
    )
    return [f"{name}: {problem}" for problem in cut_off(widget)]


def _demo_window(demo_services, qtbot):
    from kpadmin.ui.main_window import MainWindow

    demo_services.start_demo()
    demo_services.profiles.set_current(DEMO_PROFILE_NAME)
    window = MainWindow(demo_services)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window, qtbot) -> None:
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible() and window.context is None, timeout=5000)
    window.deleteLater()


def _every_tab(window, qtbot, prefix: str) -> list[str]:
    problems = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        tab = window.tabs.widget(i)
        qtbot.waitUntil(lambda tab=tab: _first_page_in(tab), timeout=10000)
        key = window.tabs.widget(i).property("tabKey")
        problems += _shoot(window, f"{prefix}-{key}", qtbot)
    return problems


def _dialogs(window, services, qtbot, wait_for) -> list[QWidget]:
    """One of each dialog, built the way the app builds them, on the window's profile."""
    from kpadmin.ui.dialogs.customer_dialog import CustomerDialog
    from kpadmin.ui.dialogs.new_subscription_dialog import NewSubscriptionDialog
    from kpadmin.ui.dialogs.price_dialog import PriceDialog
    from kpadmin.ui.dialogs.product_dialog import ProductDialog
    from kpadmin.ui.preferences_dialog import PreferencesDialog
    from kpadmin.ui.profile_dialogs import AddProfileDialog

    context = window.context
    product = wait_for(context.gateway.products.list()).items[0]
    return [
        PreferencesDialog(services.settings, window),
        AddProfileDialog(services, window),
        CustomerDialog(context, parent=window),
        ProductDialog(context.gateway, parent=window),
        PriceDialog(context.gateway, product, parent=window),
        NewSubscriptionDialog(context, parent=window),
    ]


def test_pseudo_locale_nothing_is_cut_off(
    pseudo_qm, ui_language, demo_services, services, qtbot, wait_for
):
    ui_language("en")
    ui_language(qm=pseudo_qm)
    from kpadmin.ui.main_window import MainWindow

    problems = []
    welcome = MainWindow(services)
    qtbot.addWidget(welcome)
    welcome.resize(1200, 760)
    welcome.show()
    qtbot.waitExposed(welcome)
    problems += _shoot(welcome, "pseudo-welcome", qtbot)
    wait_for(welcome.shutdown())

    window = _demo_window(demo_services, qtbot)
    try:
        problems += _every_tab(window, qtbot, "pseudo")
        for dialog in _dialogs(window, demo_services, qtbot, wait_for):
            dialog.show()
            qtbot.waitExposed(dialog)
            # The offscreen screen is 800x600 and Qt caps a dialog's first size at 2/3 of it;
            # on a real screen the dialog opens at its size hint.
            dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))
            problems += _shoot(
                dialog, f"pseudo-{dialog.objectName() or type(dialog).__name__}", qtbot
            )
            dialog.reject()
    finally:
        _close(window, qtbot)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("lang", "tab"), [("ko", "고객"), ("ja", "顧客")])
def test_app_starts_in_korean_and_japanese(lang, tab, ui_language, demo_services, qtbot, loop):
    ui_language(lang)
    window = _demo_window(demo_services, qtbot)
    try:
        customers = window.tab("customers")
        window.tabs.setCurrentWidget(customers)
        qtbot.waitUntil(lambda: customers.model.rowCount() > 0, timeout=10000)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tab in titles and "Customers" not in titles
        problems = _shoot(window, lang, qtbot)
    finally:
        _close(window, qtbot)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    ("lang", "title"), [("ko", "kpadmin에 오신 것을 환영합니다"), ("ja", "kpadmin へようこそ")]
)
def test_welcome_page_in_korean_and_japanese(lang, title, ui_language, services, qtbot, wait_for):
    from kpadmin.ui.main_window import MainWindow

    ui_language(lang)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    texts = [label.text() for label in window.welcome.findChildren(QLabel)]
    assert title in texts
    problems = _shoot(window, f"{lang}-welcome", qtbot)
    wait_for(window.shutdown())
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    ("lang", "title", "what"),
    [("en", "Needs attention", "Renewal payment failed"), ("ko", "확인 필요", "갱신 결제 실패")],
)
def test_needs_attention_in_english_and_korean(
    lang, title, what, ui_language, demo_services, qtbot, loop
):
    """``kpadmin-attention-en.png`` / ``-ko.png``: the demo shop's past-due renewals first."""
    ui_language(lang)
    window = _demo_window(demo_services, qtbot)
    try:
        tab = window.tab("attention")
        window.tabs.setCurrentWidget(tab)
        index = window.tabs.indexOf(tab)
        qtbot.waitUntil(lambda: window.tabs.tabText(index).startswith(f"{title} ("), timeout=10000)
        assert tab.model.index(0, 0).data() == what
        problems = _shoot(window, f"attention-{lang}", qtbot)
    finally:
        _close(window, qtbot)
    assert problems == [], "\n".join(problems)
