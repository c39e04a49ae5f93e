"""The record a tab's actions act on: the row selected in its table, as its detail pane shows it.

A button that acts on "the selected row" is only safe if what it acts on is
what the agent sees. Qt does not make that true by itself: a model reset (F5,
a new filter, a new search) clears the view's current index *without*
emitting ``currentChanged``, and a row hidden by the instant filter moves the
current index to a neighbour that is not selected. A tab that only listens to
``currentChanged`` then keeps a stale object in its detail pane and its
buttons enabled for it.

:class:`CurrentObject` is the one place that decides. It re-reads the table
after every event that can change the answer (current or selection changed,
rows inserted, removed or reset, layout changed) and emits
:attr:`CurrentObject.changed` whenever the record's id changes, including to
None. Tabs show their detail pane from that signal, read the record an action
applies to from :attr:`CurrentObject.object` at the moment the action runs, and
register their buttons with :meth:`CurrentObject.bind`, so every button is
enabled only while there is a record and its rule allows it.

A record that disappears because the list reloaded (or the instant filter hid
it) is remembered by id and selected again as soon as it is listed: after the
reload's first page, or when the filter shows it again. If the first page of
the new list does not hold it, it is forgotten: the agent sees no selection
and no enabled action, never a neighbour chosen by Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from kpadmin.ui.models.base import ObjectRole
from kpadmin.ui.paging import PageFeeder
from kpadmin.ui.table_view import RecordTable


class Enablable(Protocol):
    """A button or an action: anything with ``setEnabled``."""

    def setEnabled(self, enabled: bool) -> None: ...


def _always(_obj: Any) -> bool:
    return True


class CurrentObject(QObject):
    """The record selected in ``table`` that the tab shows and acts on.

    Args:
        table: the list whose selection decides.
        feeder: the list's page feeder; after a reload, the remembered record is
            looked for in the new first page.

    Signals:
        changed(object): another record (or None) is now current; the detail pane
            follows it and every bound action has been re-checked.
    """

    changed = Signal(object)

    def __init__(
        self, table: RecordTable, feeder: PageFeeder | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or table)
        self._table = table
        self._object: Any = None
        self._lost: str | None = None  # id of the record shown last before "none"
        self._wanted: str | None = None  # id to select again once it is listed
        self._bindings: list[tuple[Enablable, Callable[[Any], bool]]] = []
        selection = table.view.selectionModel()
        selection.currentChanged.connect(self._recheck)
        selection.selectionChanged.connect(self._recheck)
        proxy = table.proxy
        for signal in (proxy.modelReset, proxy.rowsRemoved, proxy.dataChanged):
            signal.connect(self._recheck)
        for signal in (proxy.rowsInserted, proxy.layoutChanged):
            signal.connect(self._on_rows_shown)
        if feeder is not None:
            feeder.firstPageLoaded.connect(self._on_first_page)
            feeder.failed.connect(self._forget)

    # -- what tabs read -----------------------------------------------------------------

    @property
    def object(self) -> Any:
        """The current record, or None when no row is selected."""
        return self._object

    @property
    def id(self) -> str | None:
        return getattr(self._object, "id", None)

    def bind(self, target: Enablable, allowed: Callable[[Any], bool] | None = None) -> None:
        """Enable ``target`` only while a record is current and ``allowed(record)`` holds."""
        self._bindings.append((target, allowed or _always))
        self._apply()

    def recheck_actions(self) -> None:
        """Apply the bound actions' rules again (a rule reads something else that changed)."""
        self._apply()

    def recheck_after(self, task: Any) -> None:
        """Re-check the bound actions once ``task`` ends.

        The task runner gives a busy button back the enabled state it had when
        the task started; by then the selection may have moved on.
        """
        if task is not None:
            task.add_done_callback(lambda _t: self._apply_if_alive())

    def _apply_if_alive(self) -> None:
        try:
            self._apply()
        except RuntimeError:  # the tab (and its buttons) closed while the task ran
            pass

    def update(self, record: Any) -> None:
        """Take a fresher copy of the current record (the detail pane retrieved it).

        A copy of another record is ignored: the selection has moved on since
        it was requested.
        """
        if record is not None and self._object is not None and record.id == self._object.id:
            self._object = record
            self._apply()

    # -- deciding -----------------------------------------------------------------------

    def _read(self) -> Any:
        """The record under the current row if that row is also selected, else None."""
        view = self._table.view
        idx = view.currentIndex()
        if not idx.isValid() or not view.selectionModel().isRowSelected(idx.row(), idx.parent()):
            return None
        return idx.data(ObjectRole)

    def _recheck(self, *_args: Any) -> None:
        new = self._read()
        old = self._object
        if new is not None:
            self._lost = self._wanted = None
        else:
            if old is not None:
                self._lost = old.id
            if self._lost is not None and not self._visible(self._lost):
                self._wanted = self._lost  # gone with a reload or hidden by the filter
        if getattr(new, "id", None) == getattr(old, "id", None):
            if new is not None and new is not old:
                self._object = new  # the same record, replaced in the model
                self._apply()
            return
        self._object = new
        self._apply()
        self.changed.emit(new)

    def _apply(self) -> None:
        obj = self._object
        for target, allowed in self._bindings:
            target.setEnabled(obj is not None and bool(allowed(obj)))

    def _visible(self, object_id: str) -> bool:
        row = self._table.model.row_of(object_id)
        if row < 0:
            return False
        return self._table.proxy.mapFromSource(self._table.model.index(row, 0)).isValid()

    # -- selecting again ----------------------------------------------------------------

    def _on_rows_shown(self, *_args: Any) -> None:
        self._recheck()
        if self._wanted is not None and self._object is None:
            self._reselect()

    def _on_first_page(self) -> None:
        if self._wanted is not None and self._object is None:
            self._reselect()
        self._lost = self._wanted = None  # not in the new first page: forget it

    def _reselect(self) -> None:
        wanted = self._wanted
        if wanted is not None and self._table.select_id(wanted):
            self._wanted = None

    def _forget(self, *_args: Any) -> None:
        self._lost = self._wanted = None
