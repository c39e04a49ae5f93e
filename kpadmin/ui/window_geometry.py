"""The main window's size, place and tool bar layout, kept across runs in the settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from kpadmin.settings import Keys, Settings

# The first run's size (no geometry saved yet).
DEFAULT_SIZE = (1200, 760)


def restore_geometry(window: QMainWindow, settings: Settings) -> None:
    """Put ``window`` back where it was closed (or give it the default size)."""
    geometry = settings.get(Keys.WINDOW_GEOMETRY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    state = settings.get(Keys.WINDOW_STATE)
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)


def save_geometry(window: QMainWindow, settings: Settings) -> None:
    """Keep ``window``'s geometry and state; synced now, so a crash later keeps them."""
    settings.set(Keys.WINDOW_GEOMETRY, window.saveGeometry())
    settings.set(Keys.WINDOW_STATE, window.saveState())
    settings.sync()
