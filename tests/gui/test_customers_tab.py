"""The Customers tab on the real sandbox: paging, filter, search, create/edit/delete, errors."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kpadmin.stripe_api import new_action_key
from kpadmin.stripe_api.records import CustomerDraft
from kpadmin.ui.dialogs.confirm_live import OBJECT_NAME as CONFIRM_NAME
from kpadmin.ui.tabs.customers import CustomersTab


async def _seed(gateway, n: int) -> None:
    sem = asyncio.Semaphore(8)

    async def one(i: int) -> None:
        async with sem:
            await gateway.customers.create(
                CustomerDraft(name=f"Kim {i:02d}", email=f"kim{i:02d}@example.com"),
                idempotency_key=new_action_key(),
            )

    await asyncio.gather(*(one(i) for i in range(n)))


@pytest.fixture
def tab(context, qtbot, wait_for):
    wait_for(_seed(context.gateway, 30))
    CustomersTab.page_size = 10
    t = CustomersTab(context)
    qtbot.addWidget(t)
    t.resize(1100, 400)
    t.show()
    yield t
    t.shutdown()
    CustomersTab.page_size = 50


def _answer_confirm(qtbot, parent, accept: bool) -> None:
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, CONFIRM_NAME) is not None)
    box = parent.findChild(QMessageBox, CONFIRM_NAME)
    button = next(
        b
        for b in box.buttons()
        if box.buttonRole(b)
        == (QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole)
    )
    button.click()


def test_pages_lazily_and_filters(tab, qtbot):
    tab.refresh()
    assert tab.table.overlay_text() == "Loading…"
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 10)
    assert tab.model.has_more
    tab.table.view.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 20)

    def scrolled_to_the_end() -> bool:
        tab.table.view.scrollToBottom()  # the user keeps scrolling while pages arrive
        return tab.model.rowCount() == 30 and not tab.model.has_more

    qtbot.waitUntil(scrolled_to_the_end)
    tab.table.filter_edit.setText("kim07")
    assert tab.table.proxy.rowCount() == 1
    tab.table.filter_edit.clear()
    assert tab.table.proxy.rowCount() == 30


def test_server_search(tab, qtbot):
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 10)
    tab.search_edit.setText("kim12@example.com")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading)
    assert tab.model.row_object(0).email == "kim12@example.com"
    tab.search_edit.clear()
    tab.search()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 10)


def test_create_edit_delete(tab, qtbot, context, wait_for, wait_idle):
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 10)
    tab.new_button.click()
    dialog = tab.current_dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.name_edit.setText("Park Jiwoo")
    dialog.email_edit.setText("jiwoo@example.com")
    dialog.locale_combo.setCurrentIndex(dialog.locale_combo.findData("ko"))
    dialog.metadata_editor.add_row("tier", "gold")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog() is None)
    created = tab.model.row_object(0)
    assert created.name == "Park Jiwoo" and created.preferred_locales == ("ko",)
    assert tab.table.current_object().id == created.id
    server = wait_for(context.gateway.customers.retrieve(created.id))
    assert server.metadata == {"tier": "gold"}

    tab.edit_button.click()
    dialog = tab.current_dialog()
    assert dialog.email_edit.text() == "jiwoo@example.com"
    dialog.phone_edit.setText("+821012345678")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.current_dialog() is None)
    assert tab.model.row_object(tab.model.row_of(created.id)).phone == "+821012345678"

    tab.delete_button.click()
    _answer_confirm(qtbot, tab, accept=False)
    wait_idle(tab)
    assert tab.model.row_of(created.id) >= 0
    tab.delete_button.click()
    _answer_confirm(qtbot, tab, accept=True)
    qtbot.waitUntil(lambda: tab.model.row_of(created.id) < 0)
    assert wait_for(context.gateway.customers.retrieve(created.id)).deleted


def test_local_validation_sends_nothing(tab, qtbot, context):
    tab.new_button.click()
    dialog = tab.current_dialog()
    dialog.name_edit.setText("Lee")
    dialog.email_edit.setText("not-an-email")
    dialog.metadata_editor.add_row("k" * 41, "v")
    dialog.save_button.click()
    assert dialog.errors["email"].isVisible()
    assert dialog.errors["metadata"].isVisible()
    assert not dialog._tasks.busy  # nothing was sent
    dialog.reject()


def test_stripe_error_keeps_input(tab, qtbot, context):
    # A value the local check allows but Stripe refuses: a description over 350 characters? No:
    # use a locale Stripe does not know, injected past the combo, so the server refuses it.
    tab.new_button.click()
    dialog = tab.current_dialog()
    dialog.name_edit.setText("Choi")
    dialog.email_edit.setText("choi@example.com")
    dialog.locale_combo.addItem("bad", "xx-not-a-locale")
    dialog.locale_combo.setCurrentIndex(dialog.locale_combo.count() - 1)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: any(e.isVisible() for e in dialog.errors.values()))
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Choi" and dialog.email_edit.text() == "choi@example.com"
    shown = next(e for e in dialog.errors.values() if e.isVisible()).text()
    assert "req_" in shown
    dialog.reject()


def test_detail_pane_names_kakao_pay_and_marks_default(demo_context, qtbot, wait_for):
    gateway = demo_context.gateway
    customers = wait_for(gateway.customers.list(limit=10)).items
    owner, pms = next(
        (c, pms)
        for c in customers
        if (pms := wait_for(gateway.customers.payment_methods.list_all(c.id)))
    )
    assert any(pm.is_kakao_pay for pm in pms)
    wait_for(
        gateway.customers.set_default_payment_method(
            owner.id, pms[0].id, idempotency_key=new_action_key()
        )
    )
    t = CustomersTab(demo_context)
    qtbot.addWidget(t)
    t.show()
    t.refresh()
    qtbot.waitUntil(lambda: t.model.row_of(owner.id) >= 0)
    row = t.model.row_of(owner.id)
    assert t.model.index(row, t.model.DEFAULT_PM).data() == "Kakao Pay"
    t.table.select_id(owner.id)
    tree = t.detail.payment_methods
    qtbot.waitUntil(
        lambda: tree.topLevelItemCount() == len(pms) and t.detail.invoices.topLevelItemCount() > 0,
        timeout=10000,
    )
    items = {tree.topLevelItem(i).text(2): tree.topLevelItem(i) for i in range(len(pms))}
    assert items[pms[0].id].text(1) == "Default"
    kakao = next(pm for pm in pms if pm.is_kakao_pay)
    assert items[kakao.id].text(0) == "Kakao Pay"
    t.shutdown()


def test_live_profile_delete_asks_with_live_warning(context, qtbot, wait_for):
    import dataclasses

    live = dataclasses.replace(context, profile=dataclasses.replace(context.profile, mode="live"))
    created = wait_for(
        live.gateway.customers.create(
            CustomerDraft(name="Live one"), idempotency_key=new_action_key()
        )
    )
    t = CustomersTab(live)
    qtbot.addWidget(t)
    t.show()
    t.refresh()
    qtbot.waitUntil(lambda: t.model.row_of(created.id) >= 0)
    assert t.table.dashboard_action.isVisible()  # LIVE has a Dashboard link
    t.table.select_id(created.id)
    assert t.table.dashboard_url() == f"https://dashboard.stripe.com/customers/{created.id}"
    t.delete_button.click()
    qtbot.waitUntil(lambda: t.findChild(QMessageBox, CONFIRM_NAME) is not None)
    box = t.findChild(QMessageBox, CONFIRM_NAME)
    assert "LIVE" in box.text() and "Live one" in box.text()
    _answer_confirm(qtbot, t, accept=False)
    qtbot.waitUntil(lambda: t.delete_button.isEnabled())
    assert not wait_for(live.gateway.customers.retrieve(created.id)).deleted
    t.shutdown()


def test_copy_id_and_errors_reach_the_status_line(tab, qtbot, sandbox):
    from PySide6.QtGui import QGuiApplication

    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 10)
    first = tab.model.row_object(0)
    tab.table.select_id(first.id)
    tab.table.view.setFocus()
    tab.table.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == first.id
    # a failing call (the server is gone): the error shows above the list and in the status line
    messages = []
    tab.statusMessage.connect(messages.append)
    sandbox.stop()
    tab.refresh()
    qtbot.waitUntil(lambda: bool(messages), timeout=15000)
    assert tab.error_label.isVisible()
    assert tab.table.overlay_text() == "Could not load. Press F5 to try again."


def test_new_selection_cancels_previous_detail_load(demo_context, demo_sandbox, qtbot):
    t = CustomersTab(demo_context)
    qtbot.addWidget(t)
    t.show()
    t.refresh()
    qtbot.waitUntil(lambda: t.model.rowCount() >= 2)
    first, second = t.model.row_object(0), t.model.row_object(1)
    demo_sandbox.set_latency(300)
    t.table.select_id(first.id)
    qtbot.waitUntil(lambda: t.detail.status.isVisible())  # the first load is on its way
    t.table.select_id(second.id)
    qtbot.waitUntil(
        lambda: not t.detail.status.isVisible() and t.detail.invoices.topLevelItemCount() > 0,
        timeout=10000,
    )
    demo_sandbox.set_latency(0)
    assert t.detail.customer is second
    assert second.id in t.detail.title.text()
    assert not t.detail.error_label.isVisible()
    t.shutdown()
