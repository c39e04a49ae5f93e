"""The sort/filter proxy of every table, with a filter that stays fast over 10,000 rows.

``QSortFilterProxyModel.setFilterFixedString`` with ``filterKeyColumn(-1)``
asks the source model for the display text of every cell on every keystroke:
10,000 rows x 6 columns of Python ``data()`` calls took ~110 ms per keystroke
(bench/, README "Benchmarks"). Here each row's text is joined and case-folded
once, when the row arrives, and a keystroke decides all rows in one Python
loop over those strings.

Telling Qt the filter changed makes it call :meth:`filterAcceptsRow` once per
row, ~10,000 calls into Python (about as slow as the keystroke itself; a
regular expression on a text role is slower still: it calls the model's
``data()`` per row instead, measured 95-104 ms against 13-16 ms). So a
keystroke names only the rows whose answer flipped, as ``dataChanged`` runs
with :data:`FilterRole`, which Qt re-decides on their own; a keystroke that
flips nothing (typing on while the same rows match) costs Qt nothing, and one
that flips most rows falls back to a single full pass.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

_Index = QModelIndex | QPersistentModelIndex


#: The role named in the ``dataChanged`` by which the proxy has Qt decide a few rows again.
#: Models hold no data for it; only the proxy's own handler and Qt's read the role list.
FilterRole = Qt.ItemDataRole.UserRole + 50

# Beyond this share of the rows changing, one full pass is cheaper than signals per run.
_RUNS_LIMIT = 0.5


def fold(text: str) -> str:
    """Text as the filter compares it: widths folded (NFKC: ＡＢＣ is ABC, ｶﾅ is カナ), then case."""
    return unicodedata.normalize("NFKC", text).casefold()


def _flipped_runs(new: bytes, old: bytes) -> list[tuple[int, int]]:
    """``(first, last)`` source rows of each run where two equal-length accept lists differ."""
    diff = bytes(a ^ b for a, b in zip(new, old))
    return [(m.start(), m.end() - 1) for m in re.finditer(b"\x01+", diff)]


class RowFilterProxy(QSortFilterProxyModel):
    """Sorting as Qt does it; filtering by a case-insensitive substring of any column.

    The folded text of each source row is kept in a list aligned with the
    source rows, updated as rows arrive (a page of 50 costs ~2 ms), change or
    go; a keystroke is then one pass over that list.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterRole(FilterRole)  # Qt re-decides rows whose FilterRole changed
        self._needle = ""
        self._accept = bytearray()
        self._texts: list[str] = []
        # True between a source's "about to change" and our update after it: Qt's own
        # handler (connected first) asks filterAcceptsRow while our rows are shifted.
        self._stale = False

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        for signal in (
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.rowsAboutToBeMoved,
        ):
            signal.connect(self._going_stale)
        model.rowsInserted.connect(self._on_inserted)
        model.rowsRemoved.connect(self._on_removed)
        model.dataChanged.connect(self._on_changed)
        for signal in (model.modelReset, model.rowsMoved, model.layoutChanged):
            signal.connect(self._rebuild)
        self._rebuild()

    def filter_text(self) -> str:
        return self._needle

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose text (any column) contains ``text``, ignoring case."""
        needle = fold(text)
        if needle == self._needle:
            return
        accept = bytearray(needle in t for t in self._texts) if needle else bytearray()
        if self._known():
            # Qt's own filter change calls filterAcceptsRow once per row (the whole cost
            # of a keystroke over 10,000 rows); Qt decides a row again on its own when the
            # source says the row's filter data changed. So only the rows that flip are
            # named, run by run, and typing on while the same rows match costs nothing.
            rows = len(self._texts)
            full = b"\x01" * rows
            runs = _flipped_runs(bytes(accept or full), bytes(self._accept or full))
            if sum(b - a + 1 for a, b in runs) + 4 * len(runs) < rows * _RUNS_LIMIT:
                self._needle, self._accept = needle, accept
                self._refilter(runs)
                return
        self._begin_change()
        self._needle = needle
        self._accept = accept
        self._end_change()

    def _refilter(self, runs: list[tuple[int, int]]) -> None:
        """Have Qt decide these source rows again (and no others)."""
        model = self.sourceModel()
        last_column = max(model.columnCount() - 1, 0)
        for first, last in runs:
            model.dataChanged.emit(
                model.index(first, 0), model.index(last, last_column), [FilterRole]
            )

    def _known(self) -> bool:
        """Whether ``_accept`` says which rows pass now (empty also means "not worked out")."""
        if self._stale:
            return False
        return not self._needle or len(self._accept) == len(self._texts)

    # -- Qt --------------------------------------------------------------------------
    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        if self._stale:
            return self._needle in self._row_text(source_row)
        if source_row < len(self._accept):
            return bool(self._accept[source_row])
        if source_row < len(self._texts):
            return self._needle in self._texts[source_row]
        return self._needle in self._row_text(source_row)

    # -- the text cache ---------------------------------------------------------------
    def _row_text(self, row: int) -> str:
        model = self.sourceModel()
        columns = getattr(model, "columns", None)
        if columns is not None and hasattr(model, "row_object"):
            record = model.row_object(row)  # RowTableModel: no QModelIndex round trips
            parts = [col.display(record) for col in columns]
        else:
            parts = [
                model.index(row, c).data(Qt.ItemDataRole.DisplayRole)
                for c in range(model.columnCount())
            ]
        return fold("\x1f".join(str(p) for p in parts if p is not None))

    def _going_stale(self, *_args: Any) -> None:
        self._stale = True
        self._accept = bytearray()

    def _rebuild(self, *_args: Any) -> None:
        model = self.sourceModel()
        rows = model.rowCount() if model is not None else 0
        self._texts = [self._row_text(r) for r in range(rows)]
        self._accept = bytearray()
        self._stale = False

    def _on_inserted(self, parent: _Index, first: int, last: int) -> None:
        if not parent.isValid():
            self._texts[first:first] = [self._row_text(r) for r in range(first, last + 1)]
        self._accept = bytearray()
        self._stale = False

    def _on_removed(self, parent: _Index, first: int, last: int) -> None:
        if not parent.isValid():
            del self._texts[first : last + 1]
        self._accept = bytearray()
        self._stale = False

    def _on_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()
    ) -> None:
        if list(roles) == [FilterRole]:
            return  # our own _refilter: the texts did not change
        # Qt's handler ran first, with the old text of these rows: decide again.
        for row in range(top_left.row(), bottom_right.row() + 1):
            if 0 <= row < len(self._texts):
                self._texts[row] = self._row_text(row)
        if self._needle:
            self._begin_change()
            self._accept = bytearray(self._needle in t for t in self._texts)
            self._end_change()
        else:
            self._accept = bytearray()

    def _begin_change(self) -> None:
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:  # Qt 6.9+
            begin()

    def _end_change(self) -> None:
        end = getattr(self, "endFilterChange", None)
        if end is not None:
            end(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt before 6.9
            self.invalidateRowsFilter()
