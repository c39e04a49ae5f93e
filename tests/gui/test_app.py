"""The command line and the composition root's pieces."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys

import pytest

from kpadmin import __version__
from kpadmin.app import build_services, install_translators
from kpadmin.cli import build_parser
from kpadmin.profiles import DEMO_PROFILE_NAME


def test_version_prints_and_exits_without_qt():
    env = {**os.environ, "QT_QPA_PLATFORM": "none-such"}  # Qt would abort if it started
    out = subprocess.run(
        [sys.executable, "-m", "kpadmin", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"kpadmin {__version__}"


def test_parser_flags():
    args = build_parser().parse_args(["--demo", "--lang", "ko"])
    assert args.demo and args.lang == "ko"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--nope"])


def test_demo_service_starts_sandbox_and_shows_demo_profile(settings, secrets, wait_for):
    services, demo = build_services(settings, secrets)
    assert services.profiles.get(DEMO_PROFILE_NAME) is None
    try:
        url = services.start_demo()
        assert url.startswith("http://127.0.0.1:")
        profile = services.profiles.get(DEMO_PROFILE_NAME)
        assert profile is not None and profile.mode == "sandbox"
        gateway = services.gateway_factory(profile, services.profiles.key_for(profile.name))
        page = wait_for(gateway.customers.list(limit=3))
        assert len(page.items) == 3  # the demo shop is seeded
        wait_for(gateway.aclose())
    finally:
        demo.stop()


def test_translators_tolerate_missing_files(qapp):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    try:
        translators = install_translators(qapp, "ko")
        assert QLocale().name() == "ko_KR"
        for t in translators:
            qapp.removeTranslator(t)
    finally:
        QLocale.setDefault(previous)


def test_demo_opens_on_its_reserved_address_and_answers_once_it_serves(
    settings, secrets, wait_for, qtbot
):
    # Start-up reserves the demo's address before the first paint and builds the sandbox
    # after it: a request sent in between waits in the socket's backlog, then is answered.
    services, demo = build_services(settings, secrets)
    try:
        url = demo.reserve()
        profile = services.profiles.get(DEMO_PROFILE_NAME)
        assert profile is not None and profile.api_base == url
        gateway = services.gateway_factory(profile, services.profiles.key_for(profile.name))
        task = asyncio.ensure_future(gateway.customers.list(limit=3))
        qtbot.wait(200)  # the request is on its way; nothing serves the port yet
        assert not task.done()
        demo.serve()
        qtbot.waitUntil(task.done, timeout=20000)
        assert len(task.result().items) == 3
        assert demo.wait()
        wait_for(gateway.aclose())
    finally:
        demo.stop()


def test_a_demo_stopped_before_it_serves_leaves_nothing_running(settings, secrets):
    _services, demo = build_services(settings, secrets)
    url = demo.reserve()
    demo.stop()  # closed before the first paint (a window closed at once)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1])), timeout=2)
    assert not demo.wait()
