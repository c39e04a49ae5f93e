"""The tool bar's actions around profiles: add, remove, preferences, the activity log.

They open dialogs and windows on top of the main window; what changes the
window itself (opening a profile, forgetting the open one) stays in
:class:`~kpadmin.ui.main_window.MainWindow`: these only report, through
:attr:`ProfileActions.profileAdded` and the answer of
:meth:`ProfileActions.confirm_remove`, so that they need nothing of the window
but a Qt main window to open over. The dialogs are imported lazily: none of
them is needed for the first frame.

User-visible strings keep the ``MainWindow`` translation context they had
before this module was split out of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from kpadmin.ui.context import AppServices
from kpadmin.ui.dialogs.confirm_live import ask
from kpadmin.ui.status import show_status


class ProfileActions(QObject):
    """What the profile tool bar's buttons do, for one main window.

    Signals:
        profileAdded(str): a profile was connected and saved under this name.
    """

    profileAdded = Signal(str)

    def __init__(self, window: QMainWindow, services: AppServices) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        # The activity log window, once opened (kept and raised again).
        self.activity_window: QWidget | None = None

    def add_profile(self) -> None:
        """Open the "Add profile" dialog (non-blocking); the new profile opens when saved."""
        from kpadmin.ui.profile_dialogs import AddProfileDialog

        dialog = AddProfileDialog(self._services, self._window)
        dialog.connected.connect(self.profileAdded)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    async def confirm_remove(self, name: str) -> bool:
        """Ask whether to remove profile ``name`` (its key would leave the keychain)."""
        return await ask(
            self._window,
            QCoreApplication.translate("MainWindow", "Remove profile"),
            QCoreApplication.translate(
                "MainWindow",
                "Remove the profile “%1”? Its API key is deleted from this computer's keychain. "
                "Nothing changes on Stripe.",
            ).replace("%1", name),
            confirm_label=QCoreApplication.translate("MainWindow", "Remove profile"),
        )

    def open_preferences(self) -> None:
        """Open the Preferences dialog (non-blocking); a new language needs a restart."""
        from kpadmin.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._services.settings, self._window)
        dialog.saved.connect(self._preferences_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _preferences_saved(self, changed: bool) -> None:
        if changed:
            show_status(
                self._window,
                QCoreApplication.translate(
                    "MainWindow", "The new language applies when kpadmin starts again."
                ),
            )

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
