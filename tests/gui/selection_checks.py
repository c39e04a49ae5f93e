"""What the "actions follow the selection" tests check on each tab, from what a person sees.

Each ``*_state`` helper reads a tab the way an agent would: which record the
detail pane shows (None: its "Select a …" hint) and, for every enabled object
action, the record it would act on. ``check`` then asserts the one rule: every
enabled action targets exactly the record in the detail pane, and with nothing
shown no object action is enabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from kpadmin.ui.models.base import ObjectRole


def click_row(qtbot, table, object_id: str) -> None:
    """Click the row of ``object_id`` as a person would."""
    row = table.model.row_of(object_id)
    assert row >= 0, object_id
    idx = table.proxy.mapFromSource(table.model.index(row, 0))
    table.view.scrollTo(idx)
    rect = table.view.visualRect(idx)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_target(tab, table) -> str | None:
    """The id the tab's row actions read when they run."""
    binder = getattr(tab, "current", None)
    record = binder.object if binder is not None else table.current_object()
    return getattr(record, "id", None)


def check(shown: str | None, targets: dict[str, str | None]) -> None:
    """Every enabled action (name -> the id it would act on) targets ``shown``."""
    if shown is None:
        assert targets == {}, f"enabled with nothing shown: {sorted(targets)}"
    for name, target in targets.items():
        assert target == shown, f"{name} acts on {target}, the pane shows {shown}"


def subscriptions_state(tab) -> tuple[str | None, dict[str, str | None]]:
    """(id shown in the detail pane, {enabled action: id it acts on})."""
    detail = tab.detail
    shown = None if detail.body.isHidden() else detail.field_text("id")
    targets: dict[str, str | None] = {}
    support_target = getattr(tab.support.subscription, "id", None)
    for action, button in tab.support.buttons.items():
        if button.isEnabled():
            targets[action] = support_target
    if tab.resume_button.isEnabled():
        targets["resume"] = row_target(tab, tab.table)
    return shown, targets


def customers_state(tab) -> tuple[str | None, dict[str, str | None]]:
    customer = tab.detail.customer
    shown = getattr(customer, "id", None)
    targets: dict[str, str | None] = {}
    target = row_target(tab, tab.table)
    for name, button in (("edit", tab.edit_button), ("delete", tab.delete_button)):
        if button.isEnabled():
            targets[name] = target
    kakao = tab.detail.kakao
    kakao_target = getattr(kakao._customer, "id", None)
    for name in ("add_button", "default_button", "subscription_button"):
        if getattr(kakao, name).isEnabled():
            targets[name] = kakao_target
    return shown, targets


def catalog_state(tab) -> tuple[str | None, dict[str, str | None]]:
    """The product shown in the prices header, and the product actions' targets.

    The prices pane belongs to the product shown: its list and "New price…"
    must be that product's.
    """
    header = tab.product_header.text()
    product = tab.current_product()
    shown = None
    for p in tab.products_model.objects():
        if p.id in header:
            shown = p.id
    targets: dict[str, str | None] = {}
    target = getattr(product, "id", None)
    for name in ("edit_product_button", "archive_product_button", "new_price_button"):
        if getattr(tab, name).isEnabled():
            targets[name] = target
    return shown, targets


def catalog_price_state(tab) -> tuple[str | None, dict[str, str | None]]:
    """The price selected in the prices table, and the price actions' targets."""
    price = tab.current_price()
    view = tab.prices_table.view
    idx = view.currentIndex()
    selected = idx.isValid() and view.selectionModel().isRowSelected(idx.row(), idx.parent())
    seen = idx.data(ObjectRole) if selected else None
    shown = getattr(seen, "id", None)
    targets: dict[str, str | None] = {}
    for name in ("edit_price_button", "archive_price_button", "default_price_button"):
        if getattr(tab, name).isEnabled():
            targets[name] = getattr(price, "id", None)
    return shown, targets
