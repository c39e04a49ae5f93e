"""The window's tabs: Overview, Catalog, Customers, Subscriptions.

Tab convention (the main window relies on it; CatalogTab and SubscriptionsTab
follow it like CustomersTab):

- ``Tab(context: kpadmin.ui.context.AppContext, parent: QWidget | None = None)``.
  The constructor does no I/O.
- ``refresh(self) -> None``: (re)load the tab's data. The main window calls it
  the first time the tab becomes current and on F5.
- ``shutdown(self) -> None``: cancel running tasks (``TaskRunner.cancel_all``);
  called before the window discards the tab (profile switch, close). A
  TaskRunner also cancels its tasks when its owner widget is destroyed.
- optional ``open_record(*records)``: select the given record(s) fetched by id
  (the go-to box, Ctrl+K; ``kpadmin.ui.reveal.reveal_record`` does the work):
  Customers takes a Customer, Catalog a Product and a Price or None,
  Subscriptions a Subscription.
- optional signal ``statusMessage(str)``: text the main window shows in its
  status bar (errors with request ids: ``kpadmin.ui.errors.error_text``).

Building blocks: ``kpadmin.ui.async_tasks.TaskRunner``,
``kpadmin.ui.models.base.RowTableModel``/``Column``,
``kpadmin.ui.paging.PageFeeder``, ``kpadmin.ui.table_view.RecordTable``,
``kpadmin.ui.errors``, ``kpadmin.ui.formatting``,
``kpadmin.ui.dialogs.confirm_live.confirm_live`` (before archiving, deleting
or anything that changes money in LIVE mode).
"""
