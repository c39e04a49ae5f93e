"""Subscription and payment statuses as coloured chips, readable in light and dark palettes.

The words come from :func:`status_text` (translated); the colour from
:func:`status_colour`. :class:`StatusChipDelegate` paints a table cell's text
as a rounded chip in that colour with white text; other views can use the
colour as a foreground.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

# Mid-tone colours that carry white text and stay visible on dark backgrounds.
_COLOURS = {
    "active": "#188038",
    "succeeded": "#188038",
    "paid": "#188038",
    "trialing": "#1a73e8",
    "incomplete": "#b06000",
    "requires_action": "#b06000",
    "open": "#b06000",
    "past_due": "#d93025",
    "unpaid": "#a50e0e",
    "requires_payment_method": "#d93025",
    "uncollectible": "#a50e0e",
    "paused": "#7e57c2",
    "canceled": "#70757a",
    "incomplete_expired": "#70757a",
    "void": "#70757a",
    "draft": "#70757a",
}


def status_colour(status: str | None) -> QColor:
    return QColor(_COLOURS.get(status or "", "#70757a"))


def status_text(status: str | None) -> str:
    """A subscription, invoice or payment status in words (translated)."""
    texts = {
        "active": QCoreApplication.translate("Status", "Active"),
        "trialing": QCoreApplication.translate("Status", "Trialing"),
        "incomplete": QCoreApplication.translate("Status", "Incomplete"),
        "incomplete_expired": QCoreApplication.translate("Status", "Incomplete, expired"),
        "past_due": QCoreApplication.translate("Status", "Past due"),
        "unpaid": QCoreApplication.translate("Status", "Unpaid"),
        "canceled": QCoreApplication.translate("Status", "Canceled"),
        "paused": QCoreApplication.translate("Status", "Paused"),
        "paid": QCoreApplication.translate("Status", "Paid"),
        "open": QCoreApplication.translate("Status", "Open"),
        "draft": QCoreApplication.translate("Status", "Draft"),
        "void": QCoreApplication.translate("Status", "Void"),
        "uncollectible": QCoreApplication.translate("Status", "Uncollectible"),
        "succeeded": QCoreApplication.translate("Status", "Succeeded"),
        "requires_action": QCoreApplication.translate(
            "Status", "Waiting for the customer's approval"
        ),
        "requires_payment_method": QCoreApplication.translate(
            "Status", "Payment failed; needs a payment method"
        ),
        "requires_confirmation": QCoreApplication.translate("Status", "Waiting for confirmation"),
        "processing": QCoreApplication.translate("Status", "Processing"),
        "requires_capture": QCoreApplication.translate("Status", "Authorized, not captured"),
    }
    return texts.get(status or "", status or "")


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
