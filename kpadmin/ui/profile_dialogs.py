"""Connecting a Stripe account: the key form, its check, and where the key goes.

:class:`ConnectForm` is used by the welcome page (first start) and by
:class:`AddProfileDialog` (toolbar "Add profile…"). It takes a profile name
and a pasted ``sk_``/``rk_`` key (a password field), proves the key against
Stripe with ``gateway.check_key()`` off the UI thread while a busy label
shows, and only then stores it through the ProfileStore — in the keychain,
never in settings. Without a secure keychain it says so, refuses to store the
key, and offers "Use for this session only" instead.

Errors appear next to the field they concern: a refused key (or a restricted
key missing a permission: Stripe's message names it) under the key field, a
taken name under the name field, a network problem under the form.

Signals (ConnectForm):
    connected(str): the profile name, after it was stored.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.keychain import KeychainError, NoSecureKeychain
from kpadmin.profiles import Profile, ProfileError, mode_for_key
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppServices
from kpadmin.ui.errors import error_html, missing_permission
from kpadmin.ui.widgets.field_error import FieldError

KEY_PREFIXES = ("sk_test_", "sk_live_", "rk_test_", "rk_live_")


class ConnectForm(QWidget):
    """Profile name + API key (+ optional API base URL for a self-hosted sandbox)."""

    connected = Signal(str)

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, *, keychain_later: bool = False
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = TaskRunner(self, on_error=self._show_check_error)
        # keychain_later: start-up paints before keyring is imported; read_keychain() follows.
        self._session_only = False if keychain_later else not services.secrets.secure

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. My shop (test)"))
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("Secret or restricted API key"))
        self.key_edit.setPlaceholderText("sk_test_… / rk_live_…")
        self.base_edit = QLineEdit(self)
        self.base_edit.setAccessibleName(self.tr("API base URL (optional)"))
        self.base_edit.setPlaceholderText(
            self.tr("Leave empty for Stripe; http://127.0.0.1:12111 for a local sandbox")
        )
        self.name_error, self.key_error, self.base_error, self.form_error = (
            FieldError(self),
            FieldError(self),
            FieldError(self),
            FieldError(self),
        )
        self.keychain_note = QLabel(self)
        self.keychain_note.setWordWrap(True)
        self.busy_label = QLabel(self.tr("Checking the key with Stripe…"), self)
        self.busy_label.hide()
        self.connect_button = QPushButton(self)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Profile name"), _stack(self, self.name_edit, self.name_error))
        form.addRow(self.tr("API key"), _stack(self, self.key_edit, self.key_error))
        form.addRow(self.tr("API base URL"), _stack(self, self.base_edit, self.base_error))
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.keychain_note)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        self._update_keychain_note()
        for edit in (self.name_edit, self.key_edit, self.base_edit):
            edit.textChanged.connect(self._clear_errors)
            edit.returnPressed.connect(self.submit)

    def read_keychain(self) -> None:
        """Ask the keychain whether it is secure (imports keyring) and say so in the form."""
        self._session_only = not self._services.secrets.secure
        self._update_keychain_note()

    def _update_keychain_note(self) -> None:
        if self._session_only:
            self.keychain_note.setText(
                self.tr(
                    "No secure keychain was found on this computer (%1). kpadmin will not store "
                    "your key anywhere: it can use it for this session only, and will ask for it "
                    "again next time."
                ).replace("%1", self._services.secrets.backend_name)
            )
            self.keychain_note.show()
            self.connect_button.setText(self.tr("Use for this session only"))
        else:
            self.keychain_note.hide()
            self.connect_button.setText(self.tr("Check and save key"))
        self.connect_button.setAccessibleName(self.connect_button.text())

    def set_name(self, name: str) -> None:
        """Prefill the profile name (asking again for a session-only profile's key)."""
        self.name_edit.setText(name)

    def _clear_errors(self, *_args: object) -> None:
        for label in (self.name_error, self.key_error, self.base_error, self.form_error):
            label.clear_error()

    def submit(self) -> None:
        """Check the fields, then the key with Stripe, then store the profile."""
        if self._tasks.busy:
            return
        self._clear_errors()
        name = self.name_edit.text().strip()
        key = self.key_edit.text().strip()
        base = self.base_edit.text().strip().rstrip("/") or None
        ok = True
        if not name:
            self.name_error.show_error(self.tr("Give this profile a name."))
            ok = False
        elif (existing := self._services.profiles.get(name)) is not None and not (
            existing.session_only and not existing.builtin
        ):
            # A session-only profile may be given its key again; any other name is taken.
            self.name_error.show_error(self.tr("A profile with this name exists already."))
            ok = False
        if not key.startswith(KEY_PREFIXES):
            self.key_error.show_error(
                self.tr(
                    "Paste a secret key (sk_test_…, sk_live_…) or a restricted key (rk_…). "
                    "Publishable keys (pk_…) cannot manage subscriptions."
                )
            )
            ok = False
        if base is not None and not base.startswith(("http://", "https://")):
            self.base_error.show_error(self.tr("Use a full URL such as http://127.0.0.1:12111."))
            ok = False
        if not ok:
            return
        mode = "sandbox" if base else mode_for_key(key)
        profile = Profile(name, mode, base, session_only=self._session_only)
        self._tasks.run(
            self._check_and_store(profile, key),
            busy=[self.connect_button, self.name_edit, self.key_edit, self.base_edit],
            busy_label=self.busy_label,
            key="connect",
        )

    async def _check_and_store(self, profile: Profile, key: str) -> None:
        gateway = self._services.gateway_factory(profile, key)
        try:
            await gateway.check_key()
        finally:
            await gateway.aclose()
        try:
            profiles = self._services.profiles
            if profiles.get(profile.name) is not None:  # a session-only profile's key again
                stored = profiles.set_key(profile.name, key, session_only=self._session_only)
            else:
                stored = profiles.add(profile, key)
        except NoSecureKeychain:
            self._session_only = True
            self._update_keychain_note()
            self.form_error.show_error(
                self.tr(
                    "The key works, but there is no secure keychain to keep it in. "
                    "Press “Use for this session only” to continue without saving it."
                )
            )
            return
        except KeychainError as exc:
            self.form_error.show_error(
                self.tr("The keychain refused to store the key: %1").replace("%1", str(exc))
            )
            return
        except ProfileError as exc:
            self.name_error.show_error(
                self.tr("This name cannot be used (%1).").replace("%1", exc.reason)
            )
            return
        self.key_edit.clear()
        self.connected.emit(stored.name)

    def _show_check_error(self, exc: BaseException) -> None:
        kind = getattr(exc, "kind", None)
        target = self.key_error if kind in ("auth", "permission") else self.form_error
        text = error_html(exc)
        permission = missing_permission(exc)
        if permission:
            text = (
                html.escape(
                    self.tr(
                        "This restricted key lacks the permission “%1”, which kpadmin needs. "
                        "Add it to the key in the Stripe Dashboard, or use another key."
                    ).replace("%1", permission)
                )
                + "<br>"
                + text
            )
        target.show_error(text, rich=True)


class AddProfileDialog(QDialog):
    """ "Add profile…": the connect form in a dialog (opened with ``open()``).

    Signals:
        connected(str): the new profile's name; the dialog then closes.
    """

    connected = Signal(str)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addProfileDialog")
        self.setWindowTitle(self.tr("Add a Stripe account"))
        self.setMinimumWidth(520)
        self.form = ConnectForm(services, self)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        layout.addLayout(row)
        self.form.connected.connect(self._done)

    def _done(self, name: str) -> None:
        self.connected.emit(name)
        self.accept()


def _stack(parent: QWidget, field: QWidget, error: QWidget) -> QWidget:
    box = QWidget(parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(field)
    lay.addWidget(error)
    return box
