"""The start-up benchmark's baseline: a bare PySide6 window with one table.

Launched exactly like the ``kpadmin`` entry point (same interpreter, fresh
home, same display). It writes the ``painted`` mark the way kpadmin does
(``kpadmin.ui.first_paint``: on the event-loop turn after the window's first
paint event, i.e. once the frame is painted and flushed) to the file named by
``KPADMIN_STARTUP_MARKS``, and then stays up until the benchmark ends it.
Nothing of kpadmin is imported, so the baseline pays for Python and Qt only.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem


def mark(event: str) -> None:
    with open(os.environ["KPADMIN_STARTUP_MARKS"], "a", encoding="ascii") as marks:
        marks.write(f"{event} {time.monotonic():.6f}\n")


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, lambda: mark("painted"))
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
table = QTableWidget(50, 6)
for r in range(50):
    for c in range(6):
        table.setItem(r, c, QTableWidgetItem(f"{r}:{c}"))
window.setCentralWidget(table)
window.resize(1200, 760)
watcher = FirstPaint(window)
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
