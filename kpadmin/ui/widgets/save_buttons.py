"""The Save / Cancel row every edit dialog ends with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def save_cancel_buttons(
    dialog: QDialog, save_name: str, on_save: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save runs ``on_save`` (which closes the dialog when the write succeeds); Cancel rejects.

    ``save_name`` is the Save button's accessible name, already translated by the caller.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setAccessibleName(save_name)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save
