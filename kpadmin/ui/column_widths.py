"""The width a table column needs for the widest text its locale writes.

A column's fixed pixel width is chosen with English text in mind; Korean and
Japanese dates are longer ("26. 12. 28. 오후 11:59"), and an elided date
("오후 11…") loses the hour. A column that declares ``samples`` (see
:class:`kpadmin.ui.models.base.Column`) is made at least as wide as its
widest sample in the table's own font, whatever its default or saved width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QStyle

from kpadmin.ui.models.base import Column

#: Air between the text and the cell's edge beyond the style's own text margin.
_AIR = 8


def needed_width(view: QAbstractItemView, column: Column) -> int:
    """The narrowest width that shows every sample of ``column`` whole (0: no samples)."""
    if column.samples is None:
        return 0
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    widest = max((metrics.horizontalAdvance(text) for text in column.samples()), default=0)
    return widest + 2 * margin + _AIR if widest else 0


def fitting_width(view: QAbstractItemView, column: Column, width: int) -> int:
    """``width``, widened if the column's samples would not fit in it."""
    return max(width, needed_width(view, column))
