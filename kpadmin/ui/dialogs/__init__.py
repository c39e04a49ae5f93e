"""Dialogs: create/edit forms and confirmations.

Never ``exec()`` a dialog inside a coroutine (qasync: "Cannot enter into
task"); use ``open()`` and signals, or ``await`` a helper such as
:func:`kpadmin.ui.dialogs.confirm_live.confirm_live` that does so.
"""
