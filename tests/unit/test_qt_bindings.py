"""The Qt bindings keep Python's reference counts right (the check for a new PySide6 release).

PySide6 6.12.0 dropped a reference to ``None`` on every call of a C++ method
returning ``void``; after enough calls the interpreter aborted
("none_dealloc"). pyproject.toml excludes that release; this test is how a
newer one is checked before it is allowed: install it in the virtual
environment and run this file. Python 3.12 made ``None`` immortal, so the
count can only be watched on 3.11.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QTimer


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qapp):
    obj, timer = QObject(), QTimer()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        obj.setObjectName("x")  # void C++ methods: each call returns None to Python
        timer.stop()
    assert sys.getrefcount(None) - before >= -100  # a few stray references, not 40,000
