"""Every table's cells look exactly as Qt's own delegate paints them, pixel for pixel.

``CellTextDelegate`` paints from one look-up per cell and keeps each text's
layout; these tests paint the same table with it and with
``QStyledItemDelegate`` and compare the two images: right-aligned amounts,
status colours, a tinted (flashed) row, the selected and current row,
Hangul, texts elided in a narrow column, a dark palette, a disabled table,
and again after a rename and a font change (laid-out texts must not
outlive them). Run with ``QT_SCALE_FACTOR=2`` (or 1.5) they pass too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from palettes import dark_palette
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from kpadmin.ui.cell_text_delegate import CellTextDelegate
from kpadmin.ui.models.base import Column, RowTableModel
from kpadmin.ui.table_view import RecordTable


@dataclass(frozen=True)
class Rec:
    id: str
    name: str
    amount: int
    status: str


RECORDS = [
    Rec("cus_1", "김현우", 100_000, "active"),
    Rec("cus_2", "Kim Hyun-woo, stock photos for the whole studio", 5, "past_due"),
    Rec("cus_3", "", 30_000, "canceled"),
    Rec("cus_4", "박서준\nsecond line", 1_250_000, "active"),
    Rec("cus_5", "Lee", 0, "incomplete"),
]

STATUS_COLOURS = {"past_due": QColor("#b3261e"), "canceled": QColor("#6b6b6b")}


def make_model(model_class: type[RowTableModel] = RowTableModel) -> RowTableModel:
    model = model_class(
        [
            Column("name", "Name", lambda r: r.name, width=90),
            Column(
                "amount",
                "Amount",
                lambda r: f"₩{r.amount:,}",
                align=Qt.AlignmentFlag.AlignRight,
                width=110,
            ),
            Column(
                "status",
                "Status",
                lambda r: r.status,
                foreground=lambda r: STATUS_COLOURS.get(r.status),
            ),
            Column("id", "ID", lambda r: r.id),
        ]
    )
    model.set_rows(RECORDS)
    return model


def make_table(qtbot, model: RowTableModel) -> RecordTable:
    table = RecordTable(model, name="delegate-test", mode="sandbox", empty_text="Nothing")
    qtbot.addWidget(table)
    table.resize(560, 260)
    table.show()
    qtbot.waitExposed(table)
    header = table.view.horizontalHeader()
    header.resizeSection(0, 90)  # the long name is elided
    header.resizeSection(1, 110)
    return table


def painted(table: RecordTable) -> QImage:
    return table.view.viewport().grab().toImage()


def assert_painted_as_qt_paints(table: RecordTable, tmp_path: Path, name: str) -> None:
    view = table.view
    ours = view.itemDelegate()
    assert isinstance(ours, CellTextDelegate)
    fast = painted(table)
    qt_delegate = QStyledItemDelegate(view)
    view.setItemDelegate(qt_delegate)
    try:
        qt = painted(table)
    finally:
        view.setItemDelegate(ours)
    if fast != qt:
        fast.save(str(tmp_path / f"{name}-cell-text-delegate.png"))
        qt.save(str(tmp_path / f"{name}-qt-delegate.png"))
    assert fast == qt, f"{name}: the cells differ from Qt's (both images in {tmp_path})"


def test_cells_look_as_qt_paints_them(qtbot, tmp_path):
    table = make_table(qtbot, make_model())
    table.view.selectRow(1)  # selected and current: highlight colours, focus frame
    table.model.flash(["cus_4"])  # tinted background
    assert_painted_as_qt_paints(table, tmp_path, "first")
    assert_painted_as_qt_paints(table, tmp_path, "again")  # from the laid-out texts kept


def test_a_dark_palette_and_a_disabled_table_are_painted_as_qt_paints_them(qtbot, tmp_path):
    table = make_table(qtbot, make_model())
    table.view.selectRow(0)
    dark = dark_palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.Highlight):  # inactive: dimmer
        dark.setColor(QPalette.ColorGroup.Inactive, role, dark.color(role).darker(130))
    table.view.setPalette(dark)
    assert_painted_as_qt_paints(table, tmp_path, "dark")
    table.view.setEnabled(False)  # the disabled colours
    assert_painted_as_qt_paints(table, tmp_path, "disabled")


def test_a_rename_and_a_font_change_are_painted(qtbot, tmp_path):
    table = make_table(qtbot, make_model())
    first = painted(table)
    table.model.replace_row(Rec("cus_1", "김현우 (renamed)", 100_000, "active"))
    assert painted(table) != first
    assert_painted_as_qt_paints(table, tmp_path, "renamed")
    font = table.view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.view.setFont(font)
    assert_painted_as_qt_paints(table, tmp_path, "bigger-font")


def test_a_narrower_column_and_another_elide_mode_cut_the_texts_again(qtbot, tmp_path):
    table = make_table(qtbot, make_model())
    painted(table)
    table.view.horizontalHeader().resizeSection(2, 40)  # "incomplete" is cut
    assert_painted_as_qt_paints(table, tmp_path, "narrow-status")
    table.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    assert_painted_as_qt_paints(table, tmp_path, "cut-in-the-middle")


class OwnDataModel(RowTableModel):
    """A model that answers data() itself: the proxy cannot read its cells directly."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"* {value}"
        return value


def test_a_model_with_its_own_data_is_painted_by_qt(qtbot, tmp_path):
    table = make_table(qtbot, make_model(OwnDataModel))
    assert table.proxy.cell_look(0, 0) is None
    assert table.proxy.index(0, 0).data() == "* 김현우"
    assert_painted_as_qt_paints(table, tmp_path, "own-data")
