"""Connecting a Stripe account: the key form, its check, and where the key goes.

:class:`ConnectForm` is used by the welcome page (first start) and by
:class:`AddProfileDialog` (toolbar "Add profile…"). It takes a profile name
and a pasted ``sk_``/``rk_`` key (a password field), proves the key against
Stripe with ``gateway.check_key()`` off the UI thread while a busy label
shows, and only then stores it through the ProfileStore — in the keychain,
never in settings. Without a secure keychain it says so, refuses to store the
key, and offers "Use for this session only" instead.

The key decides the profile's mode (:mod:`kpadmin.domain.connection`): its
prefix gives LIVE or TEST, and only a test key answered by kpadmin's own
sandbox becomes SANDBOX. A base URL the key must not be sent to (http with a
live key, http off this machine) is refused before any request; an answer
whose ``livemode`` contradicts the key stops the connection.

A stored profile whose key is gone from the keychain (deleted there, another
computer, a session-only profile after a restart) is reconnected rather than
refused: :meth:`ConnectForm.reconnect` prefills its name and base URL and
offers "Reconnect"; the key is checked as for a new profile and replaces the
missing one (``ProfileStore.set_key``), keeping the profile's place and mode.
Typing another name connects a new profile instead.

Errors appear next to the field they concern: a refused key (or a restricted
key missing a permission: Stripe's message names it, or a ``livemode`` that
contradicts it) under the key field, a refused base URL under its field, a
taken name under the name field, a network problem under the form.

Signals (ConnectForm):
    connected(str): the profile name, after it was stored.
"""

from __future__ import annotations

from dataclasses import replace

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

from kpadmin.domain import connection
from kpadmin.keychain import KeychainError, NoSecureKeychain
from kpadmin.profiles import Profile, ProfileError
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppServices
from kpadmin.ui.errors import error_html, missing_permission
from kpadmin.ui.widgets.field_error import FieldError

KEY_PREFIXES = tuple(connection.KEY_PREFIXES)


# ProfileError reasons about the key and where it goes, rather than the name.
_KEY_REASONS = ("bad_key", "mode_mismatch", "insecure_base")


class ConnectForm(QWidget):
    """Profile name + API key (+ optional API base URL: a local sandbox or an https proxy)."""

    connected = Signal(str)

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, *, keychain_later: bool = False
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = TaskRunner(self, on_error=self._show_check_error)
        # keychain_later: start-up paints before keyring is imported; read_keychain() follows.
        self._session_only = False if keychain_later else not services.secrets.secure
        self._reconnect: Profile | None = None  # a stored profile whose key is asked for again

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
        self.reconnect_note = QLabel(self)
        self.reconnect_note.setWordWrap(True)
        self.reconnect_note.hide()
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
        layout.addWidget(self.reconnect_note)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        self._update_keychain_note()
        for edit in (self.name_edit, self.key_edit, self.base_edit):
            edit.textChanged.connect(self._clear_errors)
            edit.returnPressed.connect(self.submit)
        self.name_edit.textChanged.connect(lambda _t: self._update_keychain_note())

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
            self.connect_button.setText(
                self.tr("Reconnect") if self.reconnecting() else self.tr("Check and save key")
            )
        self.connect_button.setAccessibleName(self.connect_button.text())
        reconnecting = self.reconnecting()
        self.reconnect_note.setVisible(reconnecting)
        self.base_edit.setEnabled(not reconnecting)  # the profile keeps its own base URL

    def reconnect(self, profile: Profile) -> None:
        """Offer to give stored ``profile`` its key again (its key is missing)."""
        self._reconnect = profile
        self.reconnect_note.setText(
            self.tr(
                "“%1” is saved, but its key is not in the keychain. Paste the key again to "
                "reconnect it, or type another name to connect a new profile."
            ).replace("%1", profile.name)
        )
        self.name_edit.setText(profile.name)
        self.base_edit.setText(profile.api_base or "")
        self._update_keychain_note()
        self.key_edit.setFocus()

    def reconnecting(self) -> bool:
        """Whether the form now gives the profile of :meth:`reconnect` its key again."""
        target = self._reconnect
        return target is not None and self.name_edit.text().strip() == target.name

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
        if self.reconnecting() and self._reconnect is not None:
            base = self._reconnect.api_base
        ok = True
        if not name:
            self.name_error.show_error(self.tr("Give this profile a name."))
            ok = False
        elif (existing := self._services.profiles.get(name)) is not None and not (
            (existing.session_only or self.reconnecting()) and not existing.builtin
        ):
            # A session-only profile, or one whose key is lost, may be given its key again;
            # any other name is taken.
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
        mode = connection.key_mode(key)
        if base is not None:
            problem = connection.check_api_base(base, mode or "test")
            if problem is not None:
                self.base_error.show_error(self._base_problem_text(problem))
                ok = False
            else:
                base = connection.normalise_api_base(base)
        if not ok or mode is None:
            return
        # The key's prefix decides LIVE or TEST; the server's answer may only add SANDBOX.
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
            check = await gateway.check_key()
        finally:
            await gateway.aclose()
        key_mode = connection.key_mode(key)
        assert key_mode is not None  # submit() refused other keys
        if connection.livemode_disagrees(key_mode, check.livemode):
            self.key_error.show_error(self._disagreement_text(key_mode))
            return
        profile = replace(profile, mode=connection.profile_mode(key_mode, check.sandbox))
        try:
            profiles = self._services.profiles
            if profiles.get(profile.name) is not None:  # a session-only or lost key again
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
            if exc.reason in _KEY_REASONS:
                self.form_error.show_error(self.profile_problem_text(profile.name, exc.reason))
            else:
                self.name_error.show_error(
                    self.tr("This name cannot be used (%1).").replace("%1", exc.reason)
                )
            return
        self.key_edit.clear()
        self._reconnect = None
        self._update_keychain_note()
        self.connected.emit(stored.name)

    def _base_problem_text(self, problem: str) -> str:
        """Why the API base URL was refused (a reason from :func:`connection.check_api_base`)."""
        texts = {
            connection.BASE_SCHEME: self.tr(
                "Use an https:// URL (or http:// for a sandbox on this computer)."
            ),
            connection.BASE_CREDENTIALS: self.tr(
                "Leave the user name and password out of the URL: the key is all kpadmin sends."
            ),
            connection.BASE_QUERY: self.tr("Leave the “?” and “#” parts out of the URL."),
            connection.BASE_HTTP_LIVE: self.tr(
                "A live key is only ever sent over https. Use an https:// URL, or leave "
                "the field empty to talk to Stripe."
            ),
            connection.BASE_HTTP_REMOTE: self.tr(
                "http:// is only for a sandbox on this computer (127.0.0.1 or [::1]): "
                "elsewhere the key would cross the network unencrypted. Use https://."
            ),
        }
        return texts.get(problem, self.tr("Use a full URL such as http://127.0.0.1:12111."))

    def _disagreement_text(self, key_mode: str) -> str:
        """The server's ``livemode`` contradicts the key: the profile is not saved."""
        if key_mode == "live":
            return self.tr(
                "Stopped: this is a live key, but the server answered as a test account "
                "(livemode: false). kpadmin does not use a connection whose answers "
                "contradict its key; check the API base URL."
            )
        return self.tr(
            "Stopped: this is a test key, but the server answered as a live account "
            "(livemode: true), where real money moves. kpadmin does not use a connection "
            "whose answers contradict its key; check the API base URL."
        )

    def profile_problem_text(self, name: str, reason: str) -> str:
        """Why the stored key of profile ``name`` cannot be used (a :func:`key_problem` reason)."""
        texts = {
            "mode_mismatch": self.tr(
                "“%1” was not opened: its key is a live key but the profile is not marked "
                "LIVE (or the reverse). Connect the account again so that kpadmin treats "
                "it as what its key is."
            ),
            "insecure_base": self.tr(
                "“%1” was not opened: its key would be sent over plain http. A live key "
                "only goes over https, and http:// only to a sandbox on this computer. "
                "Connect the account again with an https:// URL."
            ),
        }
        text = texts.get(
            reason,
            self.tr(
                "“%1” was not opened: the key kept for it is not a secret or restricted "
                "key. Connect the account again."
            ),
        )
        return text.replace("%1", name)

    def show_profile_problem(self, name: str, reason: str) -> None:
        """Say, on the form, why stored profile ``name`` was stopped; prefill its name."""
        self.name_edit.setText(name)
        self.form_error.show_error(self.profile_problem_text(name, reason))

    def _show_check_error(self, exc: BaseException) -> None:
        import html  # html.entities (~10 ms) is not for the first frame

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
