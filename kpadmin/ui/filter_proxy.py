"""The sort/filter proxy of every table, deciding rows in Python lists, not per row in Qt.

Qt's ``QSortFilterProxyModel`` asks Python once per row whenever the filter
changes (``filterAcceptsRow``, or ``data()`` for a regular expression on a
text role): 10,000 calls, 13-16 ms, for a keystroke that hides or shows most
rows (bench/ui_bench.py). It also makes each cell the view paints cost three
calls into Python per role (``mapToSource`` through the model's ``index()``).

:class:`RowFilterProxy` is a plain table model over the source model's rows
instead. It keeps:

- each source row's folded text (joined columns), updated as rows arrive,
  change or go; a keystroke is one ``in`` per row over those strings (only
  over the rows that passed, while typing on);
- the master order: the source's rows, sorted by the sort column's key
  (kept per row) when the user sorted, else in the source's order;
- a flag per row saying whether it passes the filter, and the list of
  shown rows (master order, flagged rows only).

A change compares the flags before and after (:mod:`kpadmin.ui.row_runs`):
a few runs of rows that go or come are told to Qt as row removals and
insertions, so the view, the selection and everything listening see rows
leave and come back as Qt's own proxy tells them; more runs than
:data:`RUNS_LIMIT` are one layout change, with the persistent indexes (the
selection, the current row) moved to the rows' new places. Either way Qt
asks nothing about rows it does not paint. A keystroke that keeps the same
rows tells Qt nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import compress
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kpadmin.ui.models.base import Look, RowTableModel
from kpadmin.ui.row_runs import flipped_runs, fold, sorted_rows

_Index = QModelIndex | QPersistentModelIndex

_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

#: Beyond this many runs of rows that go or come, one layout change is cheaper.
RUNS_LIMIT = 16


def _direct_cell(model: QAbstractItemModel) -> Callable[[int, int, int], Any] | None:
    """``model.cell`` when it answers what ``data()`` and ``flags()`` would (a RowTableModel)."""
    plain = type(model).data is RowTableModel.data and type(model).flags is RowTableModel.flags
    return model.cell if isinstance(model, RowTableModel) and plain else None


def _direct_look(model: QAbstractItemModel) -> Callable[[int, int], Look | None] | None:
    """``model.cell_look`` when it answers what ``cell()`` would (cells painted from it)."""
    if isinstance(model, RowTableModel) and type(model).cell is RowTableModel.cell:
        return model.cell_look
    return None


class RowFilterProxy(QAbstractTableModel):
    """Sorting by a role and filtering by a folded substring of any column, over a flat model.

    Args:
        parent: the owner.

    The source is set with :meth:`setSourceModel`. A
    :class:`~kpadmin.ui.models.base.RowTableModel` source is read directly
    (``cell``, ``row_object``: no ``QModelIndex`` round trip per painted cell);
    any other flat model through its indexes.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._src: QAbstractItemModel | None = None
        self._cell: Callable[[int, int, int], Any] | None = None  # RowTableModel.cell
        self._look: Callable[[int, int], Look | None] | None = None  # RowTableModel.cell_look
        self._needle = ""
        self._sort_role = int(Qt.ItemDataRole.DisplayRole)
        self._sort_column = -1
        self._descending = False
        self._texts: list[str] = []
        self._keys: list[Any] = []  # the sort column's key per source row (when sorted)
        self._order: list[int] = []  # the master order: every source row
        self._flags = bytearray()  # 1 where the source row passes the filter
        self._shown: list[int] = []  # proxy row -> source row
        self._place: dict[int, int] | None = None  # source row -> proxy row, made on demand

    # -- the source ---------------------------------------------------------------------
    def sourceModel(self) -> QAbstractItemModel | None:
        return self._src

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self.beginResetModel()
        self._src = model
        self._cell = _direct_cell(model)
        self._look = _direct_look(model) if self._cell is not None else None
        model.rowsInserted.connect(self._on_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_about_to_be_removed)
        model.rowsRemoved.connect(self._on_removed)
        model.dataChanged.connect(self._on_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        for begin in (
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.rowsAboutToBeMoved,
            model.columnsAboutToBeInserted,
            model.columnsAboutToBeRemoved,
        ):
            begin.connect(self._begin_reset)
        for end in (
            model.modelReset,
            model.layoutChanged,
            model.rowsMoved,
            model.columnsInserted,
            model.columnsRemoved,
        ):
            end.connect(self._end_reset)
        self._rebuild()
        self.endResetModel()

    def mapToSource(self, index: _Index) -> QModelIndex:
        if not index.isValid() or self._src is None or index.row() >= len(self._shown):
            return QModelIndex()
        return self._src.index(self._shown[index.row()], index.column())

    def mapFromSource(self, index: _Index) -> QModelIndex:
        """The proxy index of a source index; invalid when its row is filtered out."""
        if not index.isValid():
            return QModelIndex()
        if self._place is None:
            self._place = dict(zip(self._shown, range(len(self._shown)), strict=True))
        row = self._place.get(index.row(), -1)
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    # -- filter and sort ----------------------------------------------------------------
    def filter_text(self) -> str:
        return self._needle

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose text (any column) contains ``text``, ignoring case and width."""
        needle = fold(text)
        if needle == self._needle:
            return
        if not needle:
            flags = bytearray(b"\x01" * len(self._texts))
        elif self._needle in needle and self._flags.count(1) * 4 < len(self._flags):
            # Typing on while few rows are shown: only those can still pass.
            flags = bytearray(len(self._texts))
            texts = self._texts
            for row in compress(range(len(texts)), self._flags):
                if needle in texts[row]:
                    flags[row] = 1
        else:
            flags = bytearray(needle in t for t in self._texts)
        self._needle = needle
        self._show(flags)

    def sortRole(self) -> int:
        return self._sort_role

    def setSortRole(self, role: int) -> None:
        self._sort_role = int(role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s sort key (the source's order for -1); stable."""
        self._sort_column = column if self._src is not None and column >= 0 else -1
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._keys = [self._key(r) for r in range(len(self._texts))] if self._sorted() else []
        self._relayout(self._master_order(), self._flags)

    # -- Qt's table model ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._src is None:
            return 0
        return self._src.columnCount()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._src is None:
            return None
        row = index.row()
        if row >= len(self._shown):
            return None
        if self._cell is not None:
            return self._cell(self._shown[row], index.column(), role)
        return self._src.index(self._shown[row], index.column()).data(role)

    def cell_look(self, row: int, column: int) -> Look | None:
        """A RowTableModel source's :meth:`~RowTableModel.cell_look` for a proxy cell, else None."""
        if self._look is None or not 0 <= row < len(self._shown):
            return None
        return self._look(self._shown[row], column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self._cell is not None and index.isValid():  # a RowTableModel: every row alike
            return _ROW_FLAGS if index.row() < len(self._shown) else Qt.ItemFlag.NoItemFlags
        source = self.mapToSource(index)
        if not source.isValid() or self._src is None:
            return Qt.ItemFlag.NoItemFlags
        return self._src.flags(source)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._src is None:
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._shown):
            section = self._shown[section]
        return self._src.headerData(section, orientation, role)

    def canFetchMore(self, parent: _Index) -> bool:
        return self._src is not None and not parent.isValid() and self._src.canFetchMore(parent)

    def fetchMore(self, parent: _Index) -> None:
        if self._src is not None and not parent.isValid():
            self._src.fetchMore(parent)

    # -- per source row -----------------------------------------------------------------
    def _row_text(self, row: int) -> str:
        model = self._src
        assert model is not None
        columns = getattr(model, "columns", None)
        if columns is not None and hasattr(model, "row_object"):
            record = model.row_object(row)  # RowTableModel: no QModelIndex round trips
            parts: Iterable[Any] = (col.display(record) for col in columns)
        else:
            parts = (
                model.index(row, c).data(Qt.ItemDataRole.DisplayRole)
                for c in range(model.columnCount())
            )
        return fold("\x1f".join(str(p) for p in parts if p is not None))

    def _key(self, row: int) -> Any:
        model = self._src
        assert model is not None
        if self._cell is not None:
            return self._cell(row, self._sort_column, self._sort_role)
        return model.index(row, self._sort_column).data(self._sort_role)

    def _passes(self, row: int) -> int:
        return 1 if not self._needle or self._needle in self._texts[row] else 0

    def _sorted(self) -> bool:
        return self._sort_column >= 0

    def _master_order(self) -> list[int]:
        if self._sorted():
            return sorted_rows(self._keys, self._descending)
        return list(range(len(self._texts)))

    # -- telling Qt ---------------------------------------------------------------------
    def _show(self, flags: bytearray) -> None:
        """Show the rows ``flags`` marks, in the master order, as row runs or a relayout."""
        order = self._order
        if self._sorted():
            old, new = (
                bytes(map(self._flags.__getitem__, order)),
                bytes(map(flags.__getitem__, order)),
            )
        else:
            old, new = bytes(self._flags), bytes(flags)
        removed, added = flipped_runs(old, new)
        if not removed and not added:
            self._flags = flags
            return
        if len(removed) + len(added) > RUNS_LIMIT:
            self._relayout(order, flags)
            return
        shown = list(compress(order, new))
        self._place = None
        for first, last in reversed(removed):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._shown[first : last + 1]
            self.endRemoveRows()
        for first, last in added:
            self.beginInsertRows(QModelIndex(), first, last)
            self._shown[first:first] = shown[first : last + 1]
            self.endInsertRows()
        self._flags = flags

    def _relayout(self, order: list[int], flags: bytearray) -> None:
        """Show ``flags``' rows in ``order`` as one layout change; persistent indexes follow."""
        shown = list(compress(order, map(flags.__getitem__, order)))
        if shown == self._shown and order == self._order:
            self._flags = flags
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [self._shown[i.row()] for i in before]
        self._order, self._flags, self._shown = order, flags, shown
        self._place = place = dict(zip(shown, range(len(shown)), strict=True))
        after = [
            self.index(place[s], i.column()) if s in place else QModelIndex()
            for s, i in zip(sources, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- following the source -----------------------------------------------------------
    def _rebuild(self) -> None:
        rows = self._src.rowCount() if self._src is not None else 0
        self._texts = [self._row_text(r) for r in range(rows)]
        self._keys = [self._key(r) for r in range(rows)] if self._sorted() else []
        self._order = self._master_order()
        self._flags = bytearray(self._passes(r) for r in range(rows))
        self._shown = list(compress(self._order, map(self._flags.__getitem__, self._order)))
        self._place = None

    def _begin_reset(self, *_args: Any) -> None:
        self.beginResetModel()

    def _end_reset(self, *_args: Any) -> None:
        self._rebuild()
        self.endResetModel()

    def _on_inserted(self, parent: _Index, first: int, last: int) -> None:
        if parent.isValid():
            return
        count = last - first + 1
        rows = range(first, last + 1)
        if first < len(self._texts):  # not an append: later source rows move down
            self._shown = [r + count if r >= first else r for r in self._shown]
            self._place = None
        self._texts[first:first] = [self._row_text(r) for r in rows]
        if self._sorted():
            self._keys[first:first] = [self._key(r) for r in rows]
        self._flags[first:first] = bytes(count)
        self._order = self._master_order()
        flags = bytearray(self._flags)
        flags[first : last + 1] = bytes(self._passes(r) for r in rows)
        self._show(flags)

    def _on_about_to_be_removed(self, parent: _Index, first: int, last: int) -> None:
        if parent.isValid():
            return
        flags = bytearray(self._flags)
        flags[first : last + 1] = bytes(last - first + 1)
        self._show(flags)  # the view lets go of the rows while the source still has them

    def _on_removed(self, parent: _Index, first: int, last: int) -> None:
        if parent.isValid():
            return
        count = last - first + 1
        del self._texts[first : last + 1], self._flags[first : last + 1]
        if self._sorted():
            del self._keys[first : last + 1]
        self._shown = [r - count if r > last else r for r in self._shown]
        self._order = [r - count if r > last else r for r in self._order if not first <= r <= last]
        self._place = None

    def _on_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()
    ) -> None:
        rows = range(max(top_left.row(), 0), min(bottom_right.row() + 1, len(self._texts)))
        for row in rows:
            self._texts[row] = self._row_text(row)
        flags = bytearray(self._flags)
        for row in rows:
            flags[row] = self._passes(row)
        keys_changed = False
        if self._sorted():
            for row in rows:
                key = self._key(row)
                keys_changed = keys_changed or key != self._keys[row]
                self._keys[row] = key
        if keys_changed:
            self._relayout(self._master_order(), flags)
        else:
            self._show(flags)
        last_column = max(self.columnCount() - 1, 0)
        for row in rows:
            at = self.mapFromSource(self._src.index(row, 0)) if self._src is not None else None
            if at is not None and at.isValid():
                self.dataChanged.emit(at, self.index(at.row(), last_column), list(roles))
