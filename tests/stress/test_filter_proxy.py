"""The fast row filter (``RowFilterProxy``) behaves like Qt's fixed-string filter.

It keeps a folded text per source row; these tests change rows under an
active filter (pages arriving, a row prepended, replaced, removed, a reset)
and compare with the obvious answer, and time a keystroke over 10,000 rows
(a generous bound: the benchmark measures it properly).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from kpadmin.ui.filter_proxy import RowFilterProxy
from kpadmin.ui.models.base import Column, RowTableModel


@dataclass(frozen=True)
class Rec:
    id: str
    name: str
    email: str


def make_model() -> RowTableModel:
    return RowTableModel(
        [
            Column("name", "Name", lambda r: r.name),
            Column("email", "Email", lambda r: r.email),
            Column("id", "ID", lambda r: r.id),
        ]
    )


def shown(proxy: RowFilterProxy) -> list[str]:
    return [proxy.index(r, 2).data() for r in range(proxy.rowCount())]


def expected(model: RowTableModel, text: str) -> list[str]:
    t = text.casefold()
    return [
        r.id
        for r in model.objects()
        if not t or any(t in v.casefold() for v in (r.name, r.email, r.id))
    ]


def test_filter_follows_every_kind_of_change(qtmodeltester):
    model = make_model()
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([Rec(f"cus_{i}", f"김민준 {i}", f"user{i}@Example.com") for i in range(20)])
    proxy.set_filter_text("EXAMPLE.com")
    assert shown(proxy) == expected(model, "example.com")
    proxy.set_filter_text("민준 1")
    assert shown(proxy) == expected(model, "민준 1")
    model.append_rows([Rec("cus_100", "민준 100", "x@y.z"), Rec("cus_200", "Kim", "k@y.z")])
    assert shown(proxy) == expected(model, "민준 1")
    model.prepend_row(Rec("cus_new", "민준 1 new", "n@y.z"))
    assert shown(proxy) == expected(model, "민준 1")
    model.replace_row(Rec("cus_1", "renamed", "r@y.z"))
    assert "cus_1" not in shown(proxy) and shown(proxy) == expected(model, "민준 1")
    model.remove_id("cus_10")
    assert shown(proxy) == expected(model, "민준 1")
    proxy.set_filter_text("")
    assert shown(proxy) == expected(model, "")
    model.set_rows([Rec("cus_z", "Zed", "z@z.z")])
    proxy.set_filter_text("zed")
    assert shown(proxy) == ["cus_z"]
    proxy.set_filter_text("zedz@")  # no match across two columns' texts
    assert shown(proxy) == []
    qtmodeltester.check(proxy)


def test_a_keystroke_over_10000_rows_is_quick(qapp):
    model = make_model()
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    for start in range(0, 10_000, 50):  # page by page, as loading does
        model.append_rows(
            [
                Rec(f"cus_{i:05d}", f"Customer {i:05d}", f"c{i}@example.com")
                for i in range(start, start + 50)
            ]
        )
    times = []
    for text in ("c", "cu", "customer 0", "customer 09999", "customer 0999", ""):
        t0 = time.perf_counter()
        proxy.set_filter_text(text)
        times.append(time.perf_counter() - t0)
        assert proxy.rowCount() == len(expected(model, text))
    assert max(times) < 0.25, times


def test_a_keystroke_that_passes_the_same_rows_asks_qt_for_nothing(qapp):
    # Typing on while every row still matches costs Qt no pass over the rows.
    model = make_model()
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([Rec(f"cus_{i}", f"Customer {i}", f"c{i}@example.com") for i in range(100)])
    resets = []
    proxy.rowsRemoved.connect(lambda *_: resets.append("removed"))
    proxy.layoutChanged.connect(lambda *_: resets.append("layout"))
    proxy.modelReset.connect(lambda *_: resets.append("reset"))
    for text in ("c", "cu", "cust", "customer", "Customer "):
        proxy.set_filter_text(text)
        assert proxy.rowCount() == 100
    assert resets == []
    proxy.set_filter_text("customer 1")  # now rows go, and the new needle is the one used
    assert shown(proxy) == expected(model, "customer 1")
    model.append_rows([Rec("cus_x", "Customer 1x", "x@y.z"), Rec("cus_y", "Other", "o@y.z")])
    assert shown(proxy) == expected(model, "customer 1")
    proxy.set_filter_text("")
    assert proxy.rowCount() == 102


def test_full_and_half_width_text_matches_either_way(qapp):
    model = make_model()
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(
        [
            Rec("cus_1", "ＫＩＭ 민준", "kim@example.com"),  # full-width Latin
            Rec("cus_2", "ｶﾄｳ", "kato@example.jp"),  # half-width katakana
            Rec("cus_3", "Lee", "lee@example.com"),
        ]
    )
    proxy.set_filter_text("kim 민준")
    assert shown(proxy) == ["cus_1"]
    proxy.set_filter_text("カトウ")
    assert shown(proxy) == ["cus_2"]
    proxy.set_filter_text("ＬＥＥ")
    assert shown(proxy) == ["cus_3"]
