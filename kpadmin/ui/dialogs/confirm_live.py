"""Ask before anything that changes money or ends a subscription in LIVE mode.

``await confirm_live(parent, text, mode=context.mode)`` returns True at once
for SANDBOX and TEST profiles; for LIVE it opens a window-modal warning with
``open()`` (never ``exec()`` inside a coroutine) and resolves when the user
answers. Cancel is the default button, so Enter does not confirm.

Example inside a coroutine run by a TaskRunner::

    if not await confirm_live(self, self.tr("Delete customer %1?").replace("%1", c.id),
                              mode=self._context.mode):
        return
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

OBJECT_NAME = "confirmLiveDialog"


async def ask(
    parent: QWidget | None, title: str, text: str, *, confirm_label: str, warning: bool = True
) -> bool:
    """Show a window-modal question with ``open()`` and await the answer (True = confirmed)."""
    box = QMessageBox(parent)
    box.setObjectName(OBJECT_NAME)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    import asyncio  # running by now; the window imports this module before asyncio loads

    future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def done(_result: int) -> None:
        if not future.done():
            future.set_result(box.clickedButton() is yes)

    box.finished.connect(done)
    box.open()
    try:
        return await future
    finally:
        try:
            box.finished.disconnect(done)
            if box.isVisible():
                box.reject()
            box.deleteLater()
        except RuntimeError:  # the parent (and the box with it) is already gone
            pass


async def confirm_live(parent: QWidget | None, text: str, *, mode: str) -> bool:
    """True when the action may go ahead: immediately unless ``mode`` is ``live``."""
    if mode != "live":
        return True
    return await ask(
        parent,
        QCoreApplication.translate("confirm_live", "LIVE account"),
        QCoreApplication.translate(
            "confirm_live", "This is a LIVE Stripe account: real customers and real money."
        )
        + "\n\n"
        + text,
        confirm_label=QCoreApplication.translate("confirm_live", "Yes, do it in LIVE"),
    )
