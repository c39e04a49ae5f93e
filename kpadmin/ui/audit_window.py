"""The activity log window: every write kpadmin sent to Stripe, filtered and exported.

Support agents answer "what did we change on this customer?" here. The window
reads :class:`kpadmin.audit.AuditLog` (local SQLite, synchronous and fast, so
no task is needed) and filters by object id, customer, action (exact, or a
family such as ``subscription.``), a date range and free text, newest first.
Actions are shown by their names ("Refund", "Cancel at period end";
:mod:`kpadmin.ui.action_names`), next to the customer, the comment typed in
the action's dialog, and the OS user and computer that sent them.
"Export CSV…" writes the rows shown (the log's own CSV: ISO times, formulas
neutralised). The log never holds an API key, so neither does the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpadmin.audit import AuditEntry, AuditLog
from kpadmin.ui.action_names import action_family_name, action_name
from kpadmin.ui.column_widths import fitting_width
from kpadmin.ui.fonts import table_font
from kpadmin.ui.formatting import format_timestamp, iso_timestamp, timestamp_samples
from kpadmin.ui.mode_badge import mode_label
from kpadmin.ui.models.base import Column, RowTableModel
from kpadmin.ui.profile_names import profile_display_name

# At most this many rows are shown (the newest); the export writes what is shown.
ROW_LIMIT = 5000
# Typing in a filter field waits this long before querying (ms).
FILTER_DELAY_MS = 200


def outcome_text(outcome: str) -> str:
    """How a write ended, in one word."""
    return {
        "ok": QCoreApplication.translate("AuditWindow", "Done"),
        "failed": QCoreApplication.translate("AuditWindow", "Failed"),
        "uncertain": QCoreApplication.translate("AuditWindow", "Unknown"),
    }.get(outcome, outcome)


def outcome_hint(outcome: str) -> str:
    """The tooltip of the outcome cell."""
    return {
        "ok": QCoreApplication.translate("AuditWindow", "Stripe carried out the request."),
        "failed": QCoreApplication.translate(
            "AuditWindow", "Stripe refused the request; nothing was changed."
        ),
        "uncertain": QCoreApplication.translate(
            "AuditWindow",
            "The connection failed: the "
            "change may or may not have been made. Look "
            "at the object in Stripe to check.",
        ),
    }.get(outcome, "")


def outcome_colour(outcome: str) -> QColor | None:
    return {"failed": QColor("#c62828"), "uncertain": QColor("#ef6c00")}.get(outcome)


class AuditModel(RowTableModel):
    """Rows of the audit log (newest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    "at",
                    self.tr("When"),
                    lambda e: format_timestamp(e.at),
                    sort=lambda e: (e.at, e.id),
                    export=lambda e: iso_timestamp(e.at),
                    width=130,
                    samples=timestamp_samples,
                ),
                Column(
                    "action",
                    self.tr("Action"),
                    lambda e: action_name(e.action),
                    export=lambda e: e.action,
                    tooltip=lambda e: e.action,
                    width=180,
                ),
                Column("customer", self.tr("Customer"), lambda e: e.customer_id or "", width=150),
                Column(
                    "comment",
                    self.tr("Comment"),
                    lambda e: e.comment,
                    tooltip=lambda e: e.comment,
                    width=200,
                ),
                Column("object", self.tr("Object"), lambda e: e.object_id or "", width=190),
                Column(
                    "outcome",
                    self.tr("Outcome"),
                    lambda e: outcome_text(e.outcome),
                    export=lambda e: e.outcome,
                    tooltip=lambda e: outcome_hint(e.outcome),
                    foreground=lambda e: outcome_colour(e.outcome),
                    width=80,
                ),
                Column(
                    "detail",
                    self.tr("Detail"),
                    lambda e: e.detail,
                    tooltip=lambda e: e.detail,
                    width=260,
                ),
                Column("request", self.tr("Request ID"), lambda e: e.request_id or "", width=150),
                Column(
                    "key", self.tr("Idempotency key"), lambda e: e.idempotency_key or "", width=150
                ),
                Column("os_user", self.tr("OS user"), lambda e: e.os_user, width=110),
                Column("hostname", self.tr("Computer"), lambda e: e.hostname, width=140),
                Column(
                    "profile",
                    self.tr("Profile"),
                    lambda e: f"{profile_display_name(e.profile)} ({mode_label(e.mode)})",
                    width=170,
                ),
            ],
            parent,
            id_of=lambda e: str(e.id),
        )


class AuditWindow(QDialog):
    """Lists and filters the audit log; a separate, non-modal window.

    Signals:
        exported(str, int): a CSV file was written (path, rows).
    """

    exported = Signal(str, int)

    def __init__(self, audit: AuditLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditWindow")
        self.setWindowTitle(self.tr("Activity log"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.resize(1100, 560)
        self._audit = audit
        self.entries: list[AuditEntry] = []
        self.model = AuditModel(self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.reload()

    def _build(self) -> None:
        self.object_edit = self._filter_edit(
            self.tr("Object id (sub_…, in_…, cus_…)"), self.tr("Object")
        )
        self.customer_edit = self._filter_edit(self.tr("cus_…"), self.tr("Customer"))
        self.text_edit = self._filter_edit(
            self.tr("Request id, key, detail, comment, user…"), self.tr("Text")
        )
        self.action_combo = QComboBox(self)
        self.action_combo.setEditable(True)
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.action_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.action_combo.setMinimumContentsLength(22)
        self.action_combo.addItem(self.tr("Any action"), "")
        self.action_combo.currentIndexChanged.connect(lambda _i: self.reload())
        action_edit = self.action_combo.lineEdit()
        assert action_edit is not None  # editable combos have one
        action_edit.textEdited.connect(lambda _t: self._timer.start())
        self.range_check = QCheckBox(self.tr("From"), self)
        today = QDate.currentDate()
        self.since_edit = self._date_edit(today.addDays(-30), self.tr("From date"))
        self.until_edit = self._date_edit(today, self.tr("Until date"))
        self.range_check.toggled.connect(lambda _on: self.reload())
        for edit in (self.since_edit, self.until_edit):
            edit.setEnabled(False)
            self.range_check.toggled.connect(edit.setEnabled)
        self.since_edit.dateChanged.connect(lambda _d: self.reload())
        self.until_edit.dateChanged.connect(lambda _d: self.reload())
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(self.export)
        for button in (self.clear_button, self.export_button):
            button.setAutoDefault(False)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Object"), self), 0, 0)
        grid.addWidget(self.object_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Customer"), self), 0, 2)
        grid.addWidget(self.customer_edit, 0, 3)
        grid.addWidget(QLabel(self.tr("Action"), self), 0, 4)
        grid.addWidget(self.action_combo, 0, 5)
        grid.addWidget(QLabel(self.tr("Text"), self), 1, 0)
        grid.addWidget(self.text_edit, 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.range_check)
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel(self.tr("until"), self))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        grid.addLayout(dates, 1, 2, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Activity log"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setFont(table_font(self.view.font()))
        self.view.setSortingEnabled(False)  # the log's order: newest first
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(self.model.columns):
            self.view.setColumnWidth(i, fitting_width(self.view, col, col.width))
        self.count_label = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _filter_edit(self, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(lambda _t: self._timer.start())
        return edit

    def _date_edit(self, date: QDate, accessible: str) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(accessible)
        return edit

    # -- filtering ----------------------------------------------------------------------

    def set_filters(
        self,
        *,
        object_id: str = "",
        customer_id: str = "",
        action: str = "",
        text: str = "",
        since: QDate | None = None,
        until: QDate | None = None,
    ) -> None:
        """Set every filter at once and reload (what the controls do, for code and tests)."""
        widgets = (
            self.object_edit,
            self.customer_edit,
            self.text_edit,
            self.action_combo,
            self.range_check,
            self.since_edit,
            self.until_edit,
        )
        for w in widgets:
            w.blockSignals(True)
        self.object_edit.setText(object_id)
        self.customer_edit.setText(customer_id)
        self.text_edit.setText(text)
        index = self.action_combo.findData(action) if action else 0
        if index >= 0:
            self.action_combo.setCurrentIndex(index)
        else:
            self.action_combo.setEditText(action)
        self.range_check.setChecked(since is not None or until is not None)
        if since is not None:
            self.since_edit.setDate(since)
        if until is not None:
            self.until_edit.setDate(until)
        for w in widgets:
            w.blockSignals(False)
        self.since_edit.setEnabled(self.range_check.isChecked())
        self.until_edit.setEnabled(self.range_check.isChecked())
        self.reload()

    def clear_filters(self) -> None:
        self.set_filters()

    def _action_filter(self) -> str:
        text = self.action_combo.currentText().strip()
        index = self.action_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return str(self.action_combo.itemData(index) or "")
        return text

    def _range(self) -> tuple[int | None, int | None]:
        if not self.range_check.isChecked():
            return None, None
        since = QDateTime(self.since_edit.date(), QTime(0, 0)).toSecsSinceEpoch()
        until = QDateTime(self.until_edit.date(), QTime(23, 59, 59)).toSecsSinceEpoch()
        return since, until

    def reload(self) -> None:
        """Query the log with the current filters (newest first)."""
        self._timer.stop()
        since, until = self._range()
        self.entries = self._audit.query(
            object_id=self.object_edit.text().strip() or None,
            customer_id=self.customer_edit.text().strip() or None,
            action=self._action_filter() or None,
            since=since,
            until=until,
            text=self.text_edit.text().strip() or None,
            limit=ROW_LIMIT,
        )
        self.model.set_rows(self.entries)
        self.count_label.setText(self.tr("%n write(s)", "", len(self.entries)))
        self._refill_actions()

    def _refill_actions(self) -> None:
        """Offer the actions and action families the log holds (``subscription.`` …)."""
        seen = {e.action for e in self._audit.query(limit=ROW_LIMIT)}
        families = {a.split(".", 1)[0] + "." for a in seen if "." in a}
        wanted = sorted(families) + sorted(seen)
        have = [self.action_combo.itemData(i) for i in range(1, self.action_combo.count())]
        if have == wanted:
            return
        text = self.action_combo.currentText()
        self.action_combo.blockSignals(True)
        while self.action_combo.count() > 1:
            self.action_combo.removeItem(1)
        for action in wanted:
            label = (
                self.tr("%1 (all)").replace("%1", action_family_name(action))
                if action.endswith(".")
                else action_name(action)
            )
            self.action_combo.addItem(label, action)
        index = self.action_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.action_combo.setCurrentIndex(index)
        else:
            self.action_combo.setEditText(text)
        self.action_combo.blockSignals(False)

    # -- export -------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file name and write the rows shown."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export activity log"),
            "kpadmin-activity.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int:
        """Write the rows shown to ``path`` (UTF-8 with a BOM for spreadsheets)."""
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            count = self._audit.export_csv(fh, self.entries)
        self.exported.emit(str(path), count)
        self.count_label.setText(
            self.tr("%n row(s) exported to %1", "", count).replace("%1", str(path))
        )
        return count
