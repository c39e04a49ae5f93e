"""Item models: tables of frozen records from ``kpadmin.stripe_api.records``.

Models never do I/O. Tabs (through ``kpadmin.ui.paging.PageFeeder``) fetch
pages and hand rows to the model; the model tells the view when more can be
fetched (``canFetchMore``) and asks its loader callback for the next page
(``fetchMore``). Build a model for a record type by giving
:class:`~kpadmin.ui.models.base.RowTableModel` a list of
:class:`~kpadmin.ui.models.base.Column`.
"""
