"""The "Needs attention" view: what needs a person, read from Stripe by search.

``source.py`` reads it (no Qt), ``texts.py`` words it (rows, reasons, status
chips), :mod:`kpadmin.ui.tabs.attention` shows it; the rules themselves are
in :mod:`kpadmin.domain.attention`.
"""
