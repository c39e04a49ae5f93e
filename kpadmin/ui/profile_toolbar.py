"""The main window's tool bar: the profile switcher, the profile actions, the mode badge.

The bar only shows and reports: choosing a profile emits
:attr:`ProfileToolbar.profileChosen` and the window decides whether to open
it; each button emits a request signal that the window connects to its
action, so the bar needs nothing of the window but a place. Its strings keep the
``MainWindow`` translation context they had before the bar had its own module
(the translators' finished entries stay valid).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget

from kpadmin.ui.context import AppContext
from kpadmin.ui.mode_badge import ModeBadge, mode_label
from kpadmin.ui.profile_names import profile_display_name

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from kpadmin.profiles import Profile


class ProfileToolbar(QToolBar):
    """Account switcher, Add/Remove profile, Preferences, Activity log, then the badge.

    Signals:
        profileChosen(str): the name of the profile the user picked in the switcher.
        addProfileRequested: "Add profile…" was pressed.
        removeProfileRequested: "Remove profile…" was pressed.
        preferencesRequested: "Preferences…" was pressed (or Ctrl+,).
        activityLogRequested: "Activity log…" was pressed.

    Args:
        window: The main window the bar goes into.
        activity_log: Whether this run keeps an activity (audit) log to show.
    """

    profileChosen = Signal(str)
    addProfileRequested = Signal()
    removeProfileRequested = Signal()
    preferencesRequested = Signal()
    activityLogRequested = Signal()

    def __init__(self, window: QMainWindow, *, activity_log: bool) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Profile"), window)
        self.setObjectName("profileToolbar")
        self.setMovable(False)
        self.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Account:") + " ", self))
        self.profile_combo = QComboBox(self)
        self.profile_combo.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Switch profile")
        )
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.activated.connect(self._on_activated)
        self.addWidget(self.profile_combo)
        self.add_profile_action = self._request(
            QCoreApplication.translate("MainWindow", "Add profile…"), self.addProfileRequested
        )
        self.remove_profile_action = self._request(
            QCoreApplication.translate("MainWindow", "Remove profile…"),
            self.removeProfileRequested,
        )
        self.preferences_action = self._request(
            QCoreApplication.translate("MainWindow", "Preferences…"), self.preferencesRequested
        )
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))  # Cmd+, on macOS
        # The audit log of every write; only when the run keeps one.
        self.activity_action = self._request(
            QCoreApplication.translate("MainWindow", "Activity log…"), self.activityLogRequested
        )
        self.activity_action.setVisible(activity_log)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.badge = ModeBadge(self)
        self.addWidget(self.badge)

    def _request(self, text: str, request: SignalInstance) -> QAction:
        """A bar button that emits ``request`` when pressed."""
        action = self.addAction(text)
        action.triggered.connect(request)
        return action

    def fill(self, profiles: Iterable[Profile], context: AppContext | None) -> None:
        """List ``profiles``, select the open one; Remove only for an open, non-built-in one."""
        combo = self.profile_combo
        combo.blockSignals(True)
        combo.clear()
        for p in profiles:
            combo.addItem(f"{profile_display_name(p.name)}  ({mode_label(p.mode)})", p.name)
        current = context.profile.name if context else ""
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setEnabled(combo.count() > 0)
        combo.blockSignals(False)
        builtin = context is not None and context.profile.builtin
        self.remove_profile_action.setEnabled(context is not None and not builtin)

    def _on_activated(self, index: int) -> None:
        name = self.profile_combo.itemData(index)
        if name:
            self.profileChosen.emit(name)
