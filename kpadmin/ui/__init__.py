"""The Qt window: main window, tabs, dialogs and their item models.

Shared infrastructure every tab builds on:

- ``async_tasks.TaskRunner``: run a coroutine for a widget (busy, errors, cancel on close).
- ``models.base.RowTableModel``: a table of frozen records with lazy paging hooks.
- ``paging.PageFeeder``: feeds such a model page by page from a gateway list/search call.
- ``table_view.RecordTable``: view + proxy filter + loading/empty state + copy id +
  CSV export + open in Dashboard + remembered column widths.
- ``errors``: ``GatewayError`` -> translated user text with the request id.
- ``formatting``: money and dates in the user's locale.
- ``dashboard``: Stripe Dashboard URLs for an object id.
- ``context.AppContext``: what the composition root hands to every tab and dialog
  (settings, profiles, the open profile, its gateway); ``context.AppServices``: what
  lives for the whole run (gateway factory, demo starter, keychain).
- ``dialogs.confirm_live.confirm_live``: ``await`` it before LIVE money-changing actions.

Threads: everything here runs on the Qt main thread; Stripe calls are asyncio
tasks on the qasync loop (same thread), always started through a TaskRunner.
"""
