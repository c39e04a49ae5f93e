"""Subscription and payment statuses as coloured chips, readable in light and dark palettes.

The words come from :func:`~kpadmin.ui.statuses.status_text` (translated); the
colour from :func:`~kpadmin.ui.statuses.status_colour` (both re-exported here
for the dialogs that show a status). :class:`StatusChipDelegate` paints a
table cell's text as a rounded chip in that colour with white text; other
views can use the colour as a foreground.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kpadmin.ui.statuses import status_colour, status_text

__all__ = ["StatusChipDelegate", "status_colour", "status_text"]


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the cell's text as a rounded chip coloured by the status in ``status_role``.

    Args:
        status_of: index -> raw status code (e.g. reads the record from ObjectRole).
    """

    def __init__(
        self,
        status_of: Callable[[QModelIndex | QPersistentModelIndex], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._status_of = status_of

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:  # selection background and focus
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 16, opt.rect.width() - 6)
        height = metrics.height() + 4
        rect = QRectF(opt.rect.x() + 4, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_colour(self._status_of(index)))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 10)),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, max(size.height(), option.fontMetrics.height() + 8))
