"""The table proxy (``RowFilterProxy``) under a real view: sorting, and the selection kept.

The proxy decides rows in Python lists and tells Qt row runs or one layout
change; these tests check what a person sees in the view: the order after
clicking a header, rows arriving sorted and filtered, and the selected rows
staying selected while the filter hides and shows others.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt

from kpadmin.ui.models.base import Column, RowTableModel
from kpadmin.ui.table_view import RecordTable


@dataclass(frozen=True)
class Rec:
    id: str
    name: str
    amount: tuple[str, int]


def make_table(records: list[Rec]) -> RecordTable:
    model = RowTableModel(
        [
            Column("name", "Name", lambda r: r.name),
            Column(
                "amount",
                "Amount",
                lambda r: f"{r.amount[1]} {r.amount[0]}",
                sort=lambda r: r.amount,
            ),
            Column("id", "ID", lambda r: r.id),
        ]
    )
    model.set_rows(records)
    table = RecordTable(model, name="proxy-test", mode="sandbox", empty_text="Nothing")
    table.resize(600, 400)
    table.show()
    return table


def ids(table: RecordTable) -> list[str]:
    proxy = table.proxy
    return [proxy.index(r, 2).data() for r in range(proxy.rowCount())]


def selected(table: RecordTable) -> list[str]:
    return sorted(table.selected_ids())


def select(table: RecordTable, *object_ids: str) -> None:
    selection = table.view.selectionModel()
    selection.clearSelection()
    for object_id in object_ids:
        idx = table.proxy.mapFromSource(table.model.index(table.model.row_of(object_id), 0))
        selection.select(
            idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    selection.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)


def test_sorting_by_a_column_and_back_to_the_loaded_order(qtbot, qtmodeltester):
    table = make_table(
        [
            Rec("r1", "Kim", ("krw", 300)),
            Rec("r2", "lee", ("jpy", 5)),
            Rec("r3", "Park", ("krw", 20)),
            Rec("r4", "kim", ("aaa", 1)),
        ]
    )
    table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # (currency, amount) keys
    assert ids(table) == ["r4", "r2", "r3", "r1"]
    table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # case-folded names, ties kept
    assert ids(table) == ["r1", "r4", "r2", "r3"]
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert ids(table) == ["r3", "r2", "r1", "r4"]
    table.filter_edit.setText("KIM")
    assert ids(table) == ["r1", "r4"]
    table.model.append_rows([Rec("r5", "Kimura", ("krw", 1)), Rec("r6", "Zed", ("krw", 2))])
    assert ids(table) == ["r5", "r1", "r4"]  # arrived in their sorted place, filtered
    table.model.replace_row(Rec("r4", "Lee Kim", ("aaa", 1)))  # its key moves it up
    assert ids(table) == ["r4", "r5", "r1"]
    table.filter_edit.setText("")
    table.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert ids(table) == ["r1", "r2", "r3", "r4", "r5", "r6"]
    qtmodeltester.check(table.proxy)
    table.close()


def test_selection_is_kept_while_the_filter_hides_other_rows(qtbot):
    # Rows 0, 3, 6, ... say "three": hiding the others flips many scattered runs (one
    # layout change); "7" then hides a few runs (row removals). Either way the selected
    # rows that stay shown stay selected, and the current row with them.
    records = [
        Rec(f"r{i}", f"row {i} {'three' if i % 3 == 0 else 'other'}", ("krw", i))
        for i in range(200)
    ]
    table = make_table(records)
    removed: list[int] = []
    layouts: list[int] = []
    table.proxy.rowsRemoved.connect(lambda *_: removed.append(1))
    table.proxy.layoutChanged.connect(lambda *_: layouts.append(1))
    select(table, "r27", "r57", "r100")
    table.filter_edit.setText("three")
    assert layouts and not removed
    assert ids(table) == [f"r{i}" for i in range(0, 200, 3)]
    assert selected(table) == ["r27", "r57"]  # r100 is hidden, so no longer selected
    layouts.clear()
    select(table, "r27", "r57", "r78")
    table.filter_edit.setText("7 three")
    assert removed and not layouts
    assert ids(table) == ["r27", "r57", "r87", "r117", "r147", "r177"]
    assert selected(table) == ["r27", "r57"]
    assert table.current_object().id == "r57"
    table.close()


def test_a_keystroke_that_hides_most_rows_asks_the_model_nothing(qtbot):
    records = [Rec(f"r{i:05d}", f"Customer {i:05d}", ("krw", i)) for i in range(10_000)]
    table = make_table(records)
    table.filter_edit.setText("customer 0")
    asked: list[int] = []
    cell = table.model.cell
    table.model.cell = lambda *a: asked.append(1) or cell(*a)  # type: ignore[method-assign]
    removed: list[tuple[int, int]] = []
    table.proxy.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    table.filter_edit.setText("customer 00")  # 10,000 rows -> 1,000, one run
    assert removed == [(1000, 9999)] and table.proxy.rowCount() == 1000
    assert asked == []  # nothing painted yet: no row was asked for
    table.close()
