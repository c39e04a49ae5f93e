"""The tool bar's actions around profiles: add, remove, preferences, the activity log.

They open dialogs and windows on top of the main window; what changes the
window itself (opening a profile, forgetting the open one) stays in
:class:`~kpadmin.ui.main_window.MainWindow`, which these call back. The dialogs
are imported lazily: none of them is needed for the first frame.

User-visible strings keep the ``MainWindow`` translation context they had
before this module was split out of the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from kpadmin.ui.context import AppServices
from kpadmin.ui.dialogs.confirm_live import ask

if TYPE_CHECKING:
    from kpadmin.ui.main_window import MainWindow


class ProfileActions(QObject):
    """What the profile tool bar's buttons do, for one main window."""

    def __init__(self, window: MainWindow, services: AppServices) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        # The activity log window, once opened (kept and raised again).
        self.activity_window: QWidget | None = None

    def add_profile(self) -> None:
        """Open the "Add profile" dialog (non-blocking); the new profile opens when saved."""
        from kpadmin.ui.profile_dialogs import AddProfileDialog

        dialog = AddProfileDialog(self._services, self._window)
        dialog.connected.connect(self._profile_added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _profile_added(self, name: str) -> None:
        self._window._fill_profiles()
        self._window.open_profile(name)

    async def remove_profile(self, name: str) -> None:
        """Ask, then have the window forget profile ``name`` (its key leaves the keychain)."""
        ok = await ask(
            self._window,
            QCoreApplication.translate("MainWindow", "Remove profile"),
            QCoreApplication.translate(
                "MainWindow",
                "Remove the profile “%1”? Its API key is deleted from this computer's keychain. "
                "Nothing changes on Stripe.",
            ).replace("%1", name),
            confirm_label=QCoreApplication.translate("MainWindow", "Remove profile"),
        )
        if ok:
            await self._window._forget_profile(name)

    def open_preferences(self) -> None:
        """Open the Preferences dialog (non-blocking); a new language needs a restart."""
        from kpadmin.ui.preferences_dialog import PreferencesDialog

        window = self._window
        dialog = PreferencesDialog(self._services.settings, window)
        dialog.saved.connect(
            lambda changed: (
                changed
                and window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "The new language applies when kpadmin starts again."
                    )
                )
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_activity_log(self) -> QWidget | None:
        """Show the activity log window (one, raised again if already open)."""
        if self._services.audit is None:
            return None
        if self.activity_window is None:
            from kpadmin.ui.audit_window import AuditWindow

            self.activity_window = AuditWindow(self._services.audit, self._window)
        else:
            self.activity_window.reload()  # type: ignore[attr-defined]
        self.activity_window.show()
        self.activity_window.raise_()
        return self.activity_window
