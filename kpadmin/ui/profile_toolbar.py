"""The main window's tool bar: the profile switcher, the profile actions, the mode badge.

The bar only shows and reports: choosing a profile emits
:attr:`ProfileToolbar.profileChosen` and the window decides whether to open
it; the buttons call the window's public actions. Its strings keep the
``MainWindow`` translation context they had before the bar had its own module
(the translators' finished entries stay valid).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QWidget

from kpadmin.ui.context import AppContext
from kpadmin.ui.mode_badge import ModeBadge, mode_label

if TYPE_CHECKING:
    from kpadmin.profiles import Profile
    from kpadmin.ui.main_window import MainWindow


class ProfileToolbar(QToolBar):
    """Account switcher, Add/Remove profile, Preferences, Activity log, then the badge.

    Args:
        window: The main window: where the bar goes and whose actions the buttons run.
        activity_log: Whether this run keeps an activity (audit) log to show.
    """

    # The name of the profile the user picked in the switcher.
    profileChosen = Signal(str)

    def __init__(self, window: MainWindow, *, activity_log: bool) -> None:
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
        self.add_profile_action = self.addAction(
            QCoreApplication.translate("MainWindow", "Add profile…"), window.add_profile
        )
        self.remove_profile_action = self.addAction(
            QCoreApplication.translate("MainWindow", "Remove profile…"), window.remove_profile
        )
        self.preferences_action = self.addAction(
            QCoreApplication.translate("MainWindow", "Preferences…"), window.open_preferences
        )
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))  # Cmd+, on macOS
        # The audit log of every write; only when the run keeps one.
        self.activity_action = self.addAction(
            QCoreApplication.translate("MainWindow", "Activity log…"), window.open_activity_log
        )
        self.activity_action.setVisible(activity_log)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.badge = ModeBadge(self)
        self.addWidget(self.badge)

    def fill(self, profiles: Iterable[Profile], context: AppContext | None) -> None:
        """List ``profiles``, select the open one; Remove only for an open, non-built-in one."""
        combo = self.profile_combo
        combo.blockSignals(True)
        combo.clear()
        for p in profiles:
            combo.addItem(f"{p.name}  ({mode_label(p.mode)})", p.name)
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
