"""The UI thread keeps running while a slow Stripe call is in flight."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QTimer

from kpadmin.ui.tabs.customers import CustomersTab


def test_ui_keeps_ticking_during_slow_load(demo_context, demo_sandbox, qtbot):
    tab = CustomersTab(demo_context)
    qtbot.addWidget(tab)
    tab.show()
    # warm up (SDK lazy imports, connection) so the measurement is about the slow call
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    demo_sandbox.set_latency(800)

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    tab.refresh()
    assert tab.table.overlay_text() == "Loading…"
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    elapsed = time.perf_counter() - started
    timer.stop()
    demo_sandbox.set_latency(0)
    tab.shutdown()

    assert elapsed >= 0.75  # the latency really applied
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 30
    assert max(gaps) < 0.2, f"UI thread stalled for {max(gaps) * 1000:.0f} ms"
