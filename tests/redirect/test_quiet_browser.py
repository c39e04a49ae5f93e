"""Web links open through a detached ``xdg-open`` whose output never reaches kpadmin's terminal.

A stand-in ``xdg-open`` that shouts on stdout and stderr (as Chromium does)
and records the URL it was given: the URL arrives, the shouting does not.
"""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from kpadmin.redirect import quiet_browser

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


@pytest.fixture
def noisy_opener(tmp_path):
    seen = tmp_path / "opened.txt"
    script = tmp_path / "xdg-open"
    script.write_text(
        "#!/bin/sh\n"
        "echo 'Gtk-Message: Failed to load module' >&2\n"
        "echo '[1204/051500.1:ERROR:bus.cc(407)] Failed to connect to the bus' >&2\n"
        "echo 'Opening in existing browser session.'\n"
        f'printf "%s" "$1" > "{seen}"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, seen


def test_links_open_detached_and_silent(qapp, qtbot, capfd, noisy_opener):
    script, seen = noisy_opener
    opener = quiet_browser.QuietOpener(str(script), qapp)
    quiet_browser.install_opener(opener)
    try:
        url = "https://checkout.stripe.com/c/pay/cs_test_a1?x=%C3%A9"
        assert QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))
        qtbot.waitUntil(lambda: seen.exists() and seen.read_text() == url, timeout=5000)
        out, err = capfd.readouterr()
        assert "Failed to connect" not in err and "Gtk-Message" not in err
        assert "existing browser session" not in out
    finally:
        quiet_browser.uninstall()
        opener.deleteLater()


def test_a_missing_opener_falls_back_to_the_desktop(qapp, tmp_path, monkeypatch):
    handed_back = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: handed_back.append(url.toString()) or True
    )
    opener = quiet_browser.QuietOpener(str(tmp_path / "no-such-program"), qapp)
    quiet_browser.install_opener(opener)
    try:
        opener.open(QUrl("https://dashboard.stripe.com/test/customers"))
        assert handed_back == ["https://dashboard.stripe.com/test/customers"]
    finally:
        quiet_browser.uninstall()
        opener.deleteLater()
