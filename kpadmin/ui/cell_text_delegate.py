"""Table cells painted as Qt's own delegate paints them, with each text laid out once.

``QStyledItemDelegate`` asks the model seven roles per painted cell, each a
call into Python, and lays the cell's text out twice on every paint (once to
elide it, once to draw it). A full repaint of a table (every filter keystroke
that hides or shows rows, every scroll) is then ~7 ms for two dozen rows.

:class:`CellTextDelegate` asks the proxy once per cell
(:meth:`~kpadmin.ui.filter_proxy.RowFilterProxy.cell_look`: text, alignment,
foreground, background) and keeps each text's layout as a ``QStaticText``
(cut to the cell's width when it does not fit), so a text already seen is drawn without
shaping it again. The style still draws everything but the text (the row's
background, selection, focus), from the same option Qt's delegate would give
it; cells of a model the proxy cannot read directly, and cells with rich
content (a text of several lines), are left to ``QStyledItemDelegate``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kpadmin.ui.models.base import Look

#: Beyond this many laid-out texts the cache starts over (a few screens' worth).
CACHE_LIMIT = 4096

# Plain ints and prepared enum members: a PySide enum operation per cell is a Python call.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_MARKED = _SELECTED | QStyle.StateFlag.State_HasFocus.value | QStyle.StateFlag.State_MouseOver.value
_DEFAULT_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_NORMAL = QPalette.ColorGroup.Normal
_INACTIVE = QPalette.ColorGroup.Inactive
_DISABLED = QPalette.ColorGroup.Disabled
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin


class CellTextDelegate(QStyledItemDelegate):
    """Paints a :class:`~kpadmin.ui.filter_proxy.RowFilterProxy`'s cells from one look-up each.

    Args:
        look: ``(row, column)`` of the view's model -> ``(text, alignment,
            foreground, background)``, or None when the cell must be painted
            by ``QStyledItemDelegate`` (the proxy's ``cell_look``).
        parent: the owner (the view).
    """

    def __init__(
        self, look: Callable[[int, int], Look | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._look = look
        # (text, width, elide mode) -> the text laid out, its size in whole pixels, its width
        self._texts: dict[tuple[str, int, Qt.TextElideMode], tuple[QStaticText, QSize, float]] = {}
        self._font: QFont | None = None
        self._margins: dict[QStyle, int] = {}
        self._placings: dict[
            tuple[int | None, Qt.LayoutDirection], tuple[Qt.AlignmentFlag, float]
        ] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        look = self._look(index.row(), index.column())
        if look is None or "\n" in look[0] or "\u2028" in look[0]:
            super().paint(painter, option, index)  # Qt's own, or lines Qt shows and elides its way
            return
        text, align, foreground, background = look
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        state = option.state.value
        if background is not None or state & _MARKED:
            # The cell's background, the selection, the focus frame: all but the text.
            # (A plain cell has none of them: the view drew its row's colour already.)
            opt = QStyleOptionViewItem(option)
            if background is not None:
                opt.backgroundBrush = QBrush(background)
            style.drawControl(_ITEM, opt, painter, widget)
        if not text:
            return
        margin = self._margins.get(style)
        if margin is None:
            margin = self._margins[style] = style.pixelMetric(_MARGIN, None, widget) + 1
        rect = option.rect.adjusted(margin, 0, -margin, 0)
        static, size, width = self._static_text(text, rect.width(), option)
        group = _NORMAL if state & _ENABLED else _DISABLED
        if group is _NORMAL and not state & _ACTIVE:
            group = _INACTIVE
        if state & _SELECTED:
            pen = option.palette.color(group, _HIGHLIGHTED_TEXT)
        elif foreground is not None:
            pen = foreground
        else:
            pen = option.palette.color(group, _TEXT)
        direction = option.direction
        placing = self._placings.get((align, direction))
        if placing is None:
            placing = self._placings[(align, direction)] = _placing(align, direction)
        flags, across = placing
        # As Qt's style places it: across in the line's width (fractions kept), centred in
        # the cell's height in whole pixels.
        x = rect.x() + across * (rect.width() - width)
        y = QStyle.alignedRect(direction, flags, size, rect).y()
        painter.save()
        painter.setPen(pen)
        painter.setFont(option.font)
        painter.drawStaticText(QPointF(x, y), static)
        painter.restore()

    def _static_text(
        self, text: str, width: int, option: QStyleOptionViewItem
    ) -> tuple[QStaticText, QSize, float]:
        """``text`` laid out in the option's font, elided to ``width`` (kept for the next paint).

        With its size in whole pixels (as Qt's style rounds it) and its exact width.
        """
        font = option.font
        if self._font is None or self._font != font:
            self._font = QFont(font)
            self._texts.clear()
        elide = option.textElideMode
        key = (text, width, elide)
        laid = self._texts.get(key)
        if laid is not None:
            return laid
        if len(self._texts) >= CACHE_LIMIT:
            self._texts.clear()
        static = _laid_out(text, font)
        size = static.size()
        if size.width() > width:  # laid out again, cut: most texts fit, and are laid out once
            static = _laid_out(option.fontMetrics.elidedText(text, elide, width), font)
            size = static.size()
        whole = QSize(int(size.width() + 0.5), int(size.height() + 0.5))
        laid = self._texts[key] = (static, whole, size.width())
        return laid


def _placing(align: int | None, direction: Qt.LayoutDirection) -> tuple[Qt.AlignmentFlag, float]:
    """A cell's alignment, and where across its free width the text starts (0, ½ or 1)."""
    flags = Qt.AlignmentFlag(align) if align else _DEFAULT_ALIGN
    visual = QStyle.visualAlignment(direction, flags)
    if visual & Qt.AlignmentFlag.AlignRight:
        return flags, 1.0
    if visual & Qt.AlignmentFlag.AlignHCenter:
        return flags, 0.5
    return flags, 0.0


def _laid_out(text: str, font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=font)
    return static
