"""Child process of the start-up benchmark: the baseline, a bare PySide6 window with one table.

Launched exactly like ``_startup_app.py``; prints "window shown" at its first
paint and quits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print("window shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
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
