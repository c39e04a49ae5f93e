"""A generic table model over frozen records, with lazy paging.

Each table in the window is a :class:`RowTableModel` given a list of
:class:`Column` specs; a column says how a record becomes display text, a sort
key, export text and (optionally) an alignment, tooltip or colour. Rows are
records (frozen dataclasses with an ``id``), added with :meth:`append_rows`
(a page arrived), replaced with :meth:`replace_row` (one object changed: a
targeted ``dataChanged``) or :meth:`set_rows` (a fresh list). :meth:`flash`
tints rows for a moment (a change made elsewhere arrived).

Roles beyond Qt's:

- ``ObjectRole``: the record itself (any column).
- ``SortRole``: the column's sort key (numbers sort as numbers, dates by timestamp).
- ``IdRole``: the record's id (copy id, Dashboard links).
- ``ExportRole``: locale-independent text for CSV.

Lazy paging: the model does no I/O. Set a loader with :meth:`set_loader`
(a callable that starts fetching the next page) and tell the model whether
more exists with :meth:`set_has_more`. The view calls ``canFetchMore`` /
``fetchMore`` as the user scrolls; ``fetchMore`` marks the model loading and
calls the loader once; the page's arrival calls :meth:`append_rows` and
:meth:`set_loading(False) <set_loading>`. :class:`kpadmin.ui.paging.PageFeeder`
does that wiring for you.

Example::

    class CustomersModel(RowTableModel):
        NAME, EMAIL = range(2)
        def __init__(self, parent=None):
            super().__init__([
                Column("name", self.tr("Name"), lambda c: c.name or ""),
                Column("email", self.tr("Email"), lambda c: c.email or ""),
            ], parent)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3
ExportRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex

# How long :meth:`RowTableModel.flash` tints a row (milliseconds), and with what:
# translucent amber reads as "just changed" on light and dark palettes alike.
FLASH_MS = 1500
FLASH_COLOUR = QColor(255, 196, 0, 90)

#: What a painted cell shows: text, alignment (an int of Qt.AlignmentFlag), foreground, background.
Look = tuple[str, int | None, QColor | None, QColor | None]

#: The roles :meth:`RowTableModel.cell` may answer.
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        ObjectRole,
        IdRole,
        SortRole,
        ExportRole,
    )
)


@dataclass(frozen=True)
class Column:
    """How one column shows a record.

    Attributes:
        key: stable name (settings keys for widths, CSV); never translated.
        title: translated header text.
        display: record -> text shown.
        sort: record -> sort key (defaults to the display text, case-folded).
        export: record -> CSV text (defaults to display).
        align: text alignment (e.g. right for amounts).
        tooltip: record -> tooltip text.
        foreground: record -> QColor or None (status colours).
        width: initial width in pixels (until the user resizes it).
        samples: texts as wide as the widest the column shows (the locale's
            longest date), so the column is never narrower than they are:
            a fixed width that fits "11/24/24 3:00 PM" cuts "26. 12. 28. 오후 11:59".
    """

    key: str
    title: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    export: Callable[[Any], str] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    width: int = 150
    samples: Callable[[], list[str]] | None = None


@cache
def _centred(align: Qt.AlignmentFlag) -> int:
    """A column's alignment, vertically centred, as the int Qt's alignment role carries."""
    return int(align | Qt.AlignmentFlag.AlignVCenter)


def _record_id(record: Any) -> str:
    return str(getattr(record, "id", ""))


class RowTableModel(QAbstractTableModel):
    """A table of records described by :class:`Column` specs, with lazy paging hooks.

    Signals:
        loadingChanged(bool): a page request started (True) or ended (False).
    """

    loadingChanged = Signal(bool)

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        *,
        id_of: Callable[[Any], str] = _record_id,
    ) -> None:
        super().__init__(parent)
        self._columns: list[Column] = list(columns)
        self._rows: list[Any] = []
        self._id_of = id_of
        self._loader: Callable[[], None] | None = None
        self._has_more = False
        self._loading = False
        # Ids of ``_rows`` for :meth:`append_rows`; None (or a stale size) means rebuild.
        self._known_ids: set[str] | None = None
        # Ids tinted by :meth:`flash`, each with the flash that tinted it last.
        self._flashing: dict[str, int] = {}
        self._flashes = 0

    # -- the columns ------------------------------------------------------------------
    @property
    def columns(self) -> tuple[Column, ...]:
        return tuple(self._columns)

    def column_index(self, key: str) -> int:
        """The column number for a column key (raises KeyError if absent)."""
        for i, col in enumerate(self._columns):
            if col.key == key:
                return i
        raise KeyError(key)

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            align = self._columns[section].align
            if role == Qt.ItemDataRole.TextAlignmentRole and align is not None:
                return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What :meth:`data` answers for ``(row, column)``, without making a ``QModelIndex``.

        The table's proxy asks here directly: going through Qt's ``index()`` costs
        three calls into Python per cell and role while the view paints.
        """
        if role not in _ANSWERED or not (
            0 <= row < len(self._rows) and 0 <= column < len(self._columns)
        ):
            return None  # the view asks ~7 roles per painted cell; most get nothing
        record = self._rows[row]
        col = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(record)
        if role == ObjectRole:
            return record
        if role == IdRole:
            return self._id_of(record)
        if role == SortRole:
            if col.sort is not None:
                return col.sort(record)
            return col.display(record).casefold()
        if role == ExportRole:
            return (col.export or col.display)(record)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(record) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return _centred(col.align)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            return col.foreground(record)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint(record)
        return None

    def cell_look(self, row: int, column: int) -> Look | None:
        """What a painted cell shows, in one call: text, alignment, foreground, background.

        The same answers :meth:`cell` gives for the display, text-alignment,
        foreground and background roles (None outside the table), for
        :class:`~kpadmin.ui.cell_text_delegate.CellTextDelegate`.
        """
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._columns)):
            return None
        record = self._rows[row]
        col = self._columns[column]
        align = _centred(col.align) if col.align is not None else None
        foreground = col.foreground(record) if col.foreground is not None else None
        return col.display(record), align, foreground, self._tint(record)

    def _tint(self, record: Any) -> QColor | None:
        """The row's background: the flash colour while it is tinted (:meth:`flash`), else none."""
        if self._flashing and self._id_of(record) in self._flashing:
            return FLASH_COLOUR
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- rows -------------------------------------------------------------------------
    def row_object(self, row: int) -> Any:
        """The record at ``row`` (source model row)."""
        return self._rows[row]

    def objects(self) -> tuple[Any, ...]:
        """Every loaded record, in load order."""
        return tuple(self._rows)

    def row_of(self, object_id: str) -> int:
        """The row of the record with this id, or -1."""
        for i, rec in enumerate(self._rows):
            if self._id_of(rec) == object_id:
                return i
        return -1

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row (a fresh first page or a new search)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._known_ids = None
        self.endResetModel()

    def clear(self) -> None:
        """Remove every row and forget that more pages exist."""
        self._has_more = False
        self.set_rows(())

    def append_rows(self, rows: Iterable[Any]) -> None:
        """Add a page of rows at the end, skipping ids already present."""
        # The set of known ids is kept between pages: rebuilding it for every page made
        # loading 10,000 rows quadratic (1M id lookups, bench/ui_bench.py).
        known = self._known_ids
        if known is None or len(known) != len(self._rows):
            known = self._known_ids = {self._id_of(r) for r in self._rows}
        new = []
        for r in rows:
            rid = self._id_of(r)
            if rid not in known:
                known.add(rid)
                new.append(r)
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    def prepend_row(self, record: Any) -> None:
        """Add one new record at the top (an object the user just created)."""
        if self.row_of(self._id_of(record)) >= 0:
            self.replace_row(record)
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, record)
        self._known_ids = None
        self.endInsertRows()

    def replace_row(self, record: Any) -> bool:
        """Swap in a changed record with the same id; emits dataChanged for that row only."""
        row = self.row_of(self._id_of(record))
        if row < 0:
            return False
        self._rows[row] = record
        self._known_ids = None
        last = max(len(self._columns) - 1, 0)
        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def flash(self, ids: Iterable[str], ms: int = FLASH_MS) -> None:
        """Tint the rows of ``ids`` for ``ms`` milliseconds (they changed elsewhere)."""
        self._flashes += 1
        flash = self._flashes
        shown = [i for i in ids if self.row_of(i) >= 0]
        for object_id in shown:
            self._flashing[object_id] = flash
        self._repaint_rows(shown)
        QTimer.singleShot(ms, self, lambda: self._unflash(shown, flash))

    def flashing(self) -> frozenset[str]:
        """The ids tinted now."""
        return frozenset(self._flashing)

    def _unflash(self, ids: list[str], flash: int) -> None:
        ended = [i for i in ids if self._flashing.get(i) == flash]
        for object_id in ended:
            del self._flashing[object_id]
        self._repaint_rows(ended)

    def _repaint_rows(self, ids: Iterable[str]) -> None:
        last = max(len(self._columns) - 1, 0)
        role = [Qt.ItemDataRole.BackgroundRole]
        for object_id in ids:
            row = self.row_of(object_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last), role)

    def remove_id(self, object_id: str) -> bool:
        """Remove the record with this id (deleted); True if it was there."""
        row = self.row_of(object_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._known_ids = None
        self.endRemoveRows()
        return True

    # -- lazy paging ------------------------------------------------------------------
    def set_loader(self, loader: Callable[[], None] | None) -> None:
        """The callable ``fetchMore`` calls to start loading the next page (no I/O here)."""
        self._loader = loader

    @property
    def has_more(self) -> bool:
        return self._has_more

    def set_has_more(self, has_more: bool) -> None:
        self._has_more = has_more

    @property
    def loading(self) -> bool:
        return self._loading

    def set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    def canFetchMore(self, parent: _Index) -> bool:
        if parent.isValid():
            return False
        return self._has_more and not self._loading and self._loader is not None

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        self.set_loading(True)
        assert self._loader is not None
        self._loader()
