"""The list widget every tab uses: view, proxy, states, copy, export, Dashboard.

:class:`RecordTable` wraps a :class:`~kpadmin.ui.models.base.RowTableModel`:

- a ``QTableView`` over a :class:`~kpadmin.ui.filter_proxy.RowFilterProxy`
  (sorting by the model's ``SortRole``; the instant filter box
  :attr:`RecordTable.filter_edit` matches any column of the rows already loaded);
- lazy paging: the proxy forwards ``canFetchMore``/``fetchMore`` to the model
  as the user scrolls (feed the model with :class:`kpadmin.ui.paging.PageFeeder`);
- an overlay over the empty viewport: "Loading…", the table's empty text
  ("No customers yet", with a button for what to do about it when given:
  :meth:`RecordTable.set_empty_text`) or "No loaded rows match the filter";
- a context menu and shortcuts: Copy ID (Ctrl+C), Open in Stripe Dashboard
  (hidden in SANDBOX mode), Export loaded rows to CSV…, Refresh (emits
  :attr:`RecordTable.refreshRequested`; the main window's F5 calls the tab's
  ``refresh()`` directly);
- column widths remembered through ``kpadmin.settings.Settings.column_widths(name)``.

Usage in a tab::

    self._table = RecordTable(self._model, name="customers", mode=context.mode,
                              settings=context.settings,
                              empty_text=self.tr("No customers yet"), parent=self)
    self._table.currentObjectChanged.connect(self._show_detail)
    self._table.refreshRequested.connect(self.refresh)
    layout.addWidget(self._table.filter_edit)
    layout.addWidget(self._table)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpadmin.settings import Settings
from kpadmin.ui.cell_text_delegate import CellTextDelegate
from kpadmin.ui.column_widths import fitting_width
from kpadmin.ui.csv_export import write_csv
from kpadmin.ui.dashboard import dashboard_url
from kpadmin.ui.filter_proxy import RowFilterProxy
from kpadmin.ui.fonts import table_font
from kpadmin.ui.models.base import ExportRole, IdRole, ObjectRole, RowTableModel, SortRole


class RecordTable(QWidget):
    """A sortable, filterable, lazily loaded table of records.

    Signals:
        currentObjectChanged(object): the record under the current row, or None.
        refreshRequested(): the user asked to reload (context menu).
        activated(object): a record was double-clicked / Enter pressed.
    """

    currentObjectChanged = Signal(object)
    refreshRequested = Signal()
    activated = Signal(object)

    def __init__(
        self,
        model: RowTableModel,
        *,
        name: str,
        mode: str,
        empty_text: str,
        settings: Settings | QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._name = name
        self._mode = mode
        self._empty_text = empty_text
        self._empty_action: QAction | None = None
        # A raw QSettings is accepted too (wrapped): widths live under ``columns/<name>``.
        self._settings = Settings(settings) if isinstance(settings, QSettings) else settings

        self.proxy = RowFilterProxy(self)  # fast filter over 10,000 rows (see its module)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter loaded rows"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter loaded rows"))
        self.filter_edit.textChanged.connect(self._on_filter)

        self.view = QTableView(self)
        self.view.setAccessibleName(
            name
        )  # tabs set a translated name: table.view.setAccessibleName
        self.view.setModel(self.proxy)
        # One look-up per cell and each text laid out once: a repaint after a keystroke is cheap.
        self.view.setItemDelegate(CellTextDelegate(self.proxy.cell_look, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep Stripe's order until asked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setFont(table_font(self.view.font()))  # Hangul and ₩30,000 at one size
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.activated.connect(lambda idx: self.activated.emit(idx.data(ObjectRole)))

        self._overlay = QLabel(self.view.viewport())
        self._overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._overlay.setWordWrap(True)
        self._overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._overlay.setEnabled(False)  # drawn in the palette's disabled (muted) colour
        # What to do about an empty table ("New price…"), shown under its empty text.
        self.empty_button = QPushButton(self.view.viewport())
        self.empty_button.clicked.connect(self._trigger_empty_action)
        self.empty_button.hide()
        self.view.viewport().installEventFilter(self)

        self._build_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_column_widths)
        self._restoring = False
        header.sectionResized.connect(self._on_section_resized)
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.loadingChanged,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
        ):
            signal.connect(self._update_overlay)
        self._load_failed = False
        self.restore_column_widths()
        self._update_overlay()

    # -- actions ----------------------------------------------------------------------
    def _build_actions(self) -> None:
        self._row_actions: list[QAction] = []
        self.copy_action = QAction(self.tr("Copy ID"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_ids)
        self.view.addAction(self.copy_action)

        self.dashboard_action = QAction(self.tr("Open in Stripe Dashboard"), self)
        self.dashboard_action.triggered.connect(self.open_in_dashboard)
        self.dashboard_action.setVisible(self._mode in ("test", "live"))

        self.export_action = QAction(self.tr("Export loaded rows to CSV…"), self)
        self.export_action.triggered.connect(self._ask_export)

        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setShortcutVisibleInContextMenu(True)
        self.refresh_action.triggered.connect(self.refreshRequested)

    def add_row_action(self, action: QAction) -> None:
        """Offer ``action`` in the context menu, enabled only while a row is current."""
        self._row_actions.append(action)

    def _show_menu(self, pos: Any) -> None:
        menu = self.context_menu()
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The context menu as it would open now (tests inspect it)."""
        menu = QMenu(self)
        has_row = self.current_object() is not None
        self.copy_action.setEnabled(has_row)
        self.dashboard_action.setEnabled(has_row)
        for action in self._row_actions:
            action.setEnabled(has_row)
            menu.addAction(action)
        if self._row_actions:
            menu.addSeparator()
        menu.addAction(self.copy_action)
        if self.dashboard_action.isVisible():
            menu.addAction(self.dashboard_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.refresh_action)
        return menu

    # -- selection --------------------------------------------------------------------
    @property
    def model(self) -> RowTableModel:
        return self._model

    def current_object(self) -> Any:
        """The record in the current row, or None."""
        idx = self.view.currentIndex()
        return idx.data(ObjectRole) if idx.isValid() else None

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in view order (the current row when none is selected)."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        ids = [i.data(IdRole) for i in rows]
        if not ids and self.view.currentIndex().isValid():
            ids = [self.view.currentIndex().data(IdRole)]
        return [i for i in ids if i]

    def select_id(self, object_id: str) -> bool:
        """Make the row of ``object_id`` current (if loaded and not filtered out)."""
        row = self._model.row_of(object_id)
        if row < 0:
            return False
        idx = self.proxy.mapFromSource(self._model.index(row, 0))
        if not idx.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(idx)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentObjectChanged.emit(current.data(ObjectRole) if current.isValid() else None)

    # -- copy, Dashboard, export ------------------------------------------------------
    def copy_ids(self) -> None:
        """Copy the selected ids (one per line) to the clipboard."""
        ids = self.selected_ids()
        if ids:
            QGuiApplication.clipboard().setText("\n".join(ids))

    def dashboard_url(self) -> str | None:
        obj = self.current_object()
        return dashboard_url(getattr(obj, "id", ""), self._mode) if obj is not None else None

    def open_in_dashboard(self) -> None:
        url = self.dashboard_url()
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), f"{self._name}.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> int:
        """Write the loaded rows, as filtered and sorted on screen, to ``path``."""
        cols = range(self.proxy.columnCount())
        header = [str(self._model.headerData(c, Qt.Orientation.Horizontal)) for c in cols]
        rows = (
            [self.proxy.index(r, c).data(ExportRole) for c in cols]
            for r in range(self.proxy.rowCount())
        )
        return write_csv(path, header, rows)

    # -- filter and overlay -----------------------------------------------------------
    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)

    def overlay_text(self) -> str:
        """What the overlay says now ("" when rows are visible): for tests and screen readers."""
        return self._overlay.text() if self._overlay.isVisible() else ""

    def set_empty_text(self, text: str, action: QAction | None = None) -> None:
        """What the table says when it has no rows, and a button for ``action`` under it.

        An empty list is where people look for what to do next: the button offers it.
        """
        self._empty_text = text
        self._empty_action = action
        self._update_overlay()

    def _trigger_empty_action(self) -> None:
        if self._empty_action is not None:
            self._empty_action.trigger()

    def show_load_failed(self) -> None:
        """Say the (first) load failed, until the next load starts; connect PageFeeder.failed."""
        self._load_failed = True
        self._update_overlay()

    def _update_overlay(self, *_args: Any) -> None:
        if self._model.loading:
            self._load_failed = False
        self.empty_button.hide()
        if self.proxy.rowCount() > 0:
            self._overlay.hide()
            return
        if self._model.loading:
            text = self.tr("Loading…")
        elif self._load_failed:
            text = self.tr("Could not load. Press F5 to try again.")
        elif self._model.rowCount() > 0:
            text = self.tr("No loaded rows match the filter.")
        else:
            text = self._empty_text
            action = self._empty_action
            if action is not None and action.isVisible():
                self.empty_button.setText(action.text())
                self.empty_button.setEnabled(action.isEnabled())
                self.empty_button.show()
        self._overlay.setText(text)
        self._overlay.setVisible(True)
        self._place_overlay()

    def _place_overlay(self) -> None:
        vp = self.view.viewport()
        self._overlay.setGeometry(0, 0, vp.width(), min(vp.height(), 120))
        size = self.empty_button.sizeHint()
        top = min(vp.height(), 120) // 2 + self._overlay.fontMetrics().height()
        self.empty_button.setGeometry(
            (vp.width() - size.width()) // 2, top, size.width(), size.height()
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_overlay()
        return super().eventFilter(obj, event)

    # -- column widths ----------------------------------------------------------------
    def _on_section_resized(self, *_args: Any) -> None:
        if not self._restoring and self._settings is not None:
            self._save_timer.start()

    def save_column_widths(self) -> None:
        """Store the current column widths in the settings (per table name)."""
        if self._settings is None:
            return
        header = self.view.horizontalHeader()
        self._settings.set_column_widths(
            self._name, [header.sectionSize(i) for i in range(header.count())]
        )

    def restore_column_widths(self) -> None:
        """Apply saved widths; a saved list that does not fit the columns is ignored.

        A date column is never made narrower than the locale's longest date
        (``column_widths.fitting_width``): a width saved in English would cut Korean dates.
        """
        header = self.view.horizontalHeader()
        saved = self._settings.column_widths(self._name) if self._settings is not None else []
        count = len(self._model.columns)
        if len(saved) != count or not all(20 <= w <= 2000 for w in saved):
            saved = [col.width for col in self._model.columns]
        self._restoring = True
        try:
            for i in range(count - 1):  # the last section stretches
                column = self._model.columns[i]
                header.resizeSection(i, fitting_width(self.view, column, saved[i]))
        finally:
            self._restoring = False
