"""Fixtures for the language tests: the GUI fixtures, and switching the UI language in-process.

The GUI fixtures (settings in a temp INI, services over the embedded demo
shop, ``main_window``) are the ones ``tests/gui`` uses, loaded from its
conftest so the two suites build windows the same way.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kpadmin import i18n

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> ModuleType:
    """Import a file that is not in a package under ``name`` (tests import it by that name)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_gui = _load("kpadmin_tests_gui_fixtures", ROOT / "tests" / "gui" / "conftest.py")
#: ``tools/i18n.py``; test modules ``import kpadmin_tools_i18n``.
tools_i18n = _load("kpadmin_tools_i18n", ROOT / "tools" / "i18n.py")

#: Autouse there and here: links are caught, never handed to the machine's browser.
browser = _gui.browser
settings = _gui.settings
secrets = _gui.secrets
services = _gui.services
demo_services = _gui.demo_services
demo_context = _gui.demo_context
main_window = _gui.main_window
audit = _gui.audit
sctx = _gui.sctx


@pytest.fixture
def ui_language(qapp) -> Iterator[Callable[..., list[QTranslator]]]:
    """Install a language (``"ko"``) or extra ``.qm`` files for one test, then undo it.

    The ``.qm`` files of kpadmin are compiled first if the ``.ts`` changed
    (``tools/i18n.py build``), so the test sees the committed translations.
    """
    if tools_i18n.needs_build():
        tools_i18n.build()
    previous = QLocale()
    installed: list[QTranslator] = []

    def use(language: str = "", *, qm: Path | None = None) -> list[QTranslator]:
        if qm is not None:
            translator = QTranslator(qapp)
            assert translator.load(str(qm)), qm
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
        else:
            installed.extend(i18n.install_translators(qapp, language)[1])
        return installed

    yield use
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(previous)
