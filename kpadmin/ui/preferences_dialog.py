"""Preferences: the UI language and the Kakao Pay return page.

Both are read when they are used, not watched: the language at start-up (a
window half in the old language would be worse than asking for a restart,
so the dialog says so), the return page when the next approval starts.
Values are written only on OK; a return page that is not ``https://`` is
refused in place, since Stripe would refuse it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kpadmin.i18n import NATIVE_NAMES, SUPPORTED, normalise
from kpadmin.settings import Keys, Settings
from kpadmin.ui.widgets.field_error import FieldError

OBJECT_NAME = "preferencesDialog"


class PreferencesDialog(QDialog):
    """Edit the language and return-page settings; ``saved`` after OK wrote them.

    Signals:
        saved: emitted with True when the language changed (a restart applies it).
    """

    saved = Signal(bool)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Preferences"))

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("System language"), "")
        for code in SUPPORTED:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        current = normalise(settings.get(Keys.LANGUAGE))
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(current), 0))
        self._initial_language = current

        restart = QLabel(self.tr("A new language applies the next time kpadmin starts."), self)
        restart.setObjectName("restartNote")
        restart.setWordWrap(True)

        self.return_url_edit = QLineEdit(settings.get(Keys.CUSTOM_RETURN_URL), self)
        self.return_url_edit.setObjectName("returnUrlEdit")
        self.return_url_edit.setAccessibleName(self.tr("Return page"))
        self.return_url_edit.setPlaceholderText(self.tr("Built-in (this computer)"))
        self.return_url_edit.setClearButtonEnabled(True)
        return_note = QLabel(
            self.tr(
                "Where Kakao Pay sends the buyer after approving. Leave empty to use a page "
                "kpadmin serves on this computer; set your own https page when buyers approve "
                "on their phones."
            ),
            self,
        )
        return_note.setWordWrap(True)
        self.url_error = FieldError(self)
        self.url_error.setObjectName("returnUrlError")
        self.return_url_edit.textEdited.connect(lambda _t: self.url_error.clear_error())

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", restart)
        form.addRow(self.tr("Kakao Pay &return page:"), self.return_url_edit)
        form.addRow("", return_note)
        form.addRow("", self.url_error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def chosen_language(self) -> str:
        """The language picked ("" = follow the system)."""
        return str(self.language_combo.currentData() or "")

    def accept(self) -> None:
        """Check the return page, store both settings, emit :attr:`saved`, close."""
        url = self.return_url_edit.text().strip()
        if url and not url.lower().startswith("https://"):
            self.url_error.show_error(
                self.tr("The return page must be an https:// address (or empty).")
            )
            self.return_url_edit.setFocus()
            return
        language = self.chosen_language()
        self._settings.set(Keys.LANGUAGE, language)
        self._settings.set(Keys.CUSTOM_RETURN_URL, url)
        self._settings.sync()
        self.saved.emit(language != self._initial_language)
        super().accept()
