"""Pieces of the Overview tab: the charts (the numbers come from ``kpadmin.domain.metrics``)."""
