"""The Overview's shop figures for one currency, and their series as a CSV table.

The arithmetic is :mod:`kpadmin.domain.shop_figures`; this bundles it for one
currency and lays the monthly series out for a spreadsheet: ISO months,
amounts as plain numbers in major units (a header names the currency), rates
as fractions, so a spreadsheet reads them the same in every locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kpadmin.domain.money import exponent
from kpadmin.domain.shop_figures import (
    MOVEMENTS,
    InvoiceFacts,
    Movements,
    Recovery,
    ShopSubscription,
    TrialConversion,
    movements,
    recovery,
    trial_conversion,
)
from kpadmin.ui.overview.movements_chart import movement_name


@dataclass(frozen=True, slots=True)
class ShopFigures:
    """Every figure of the Overview for one currency over the last twelve months."""

    currency: str
    movements: Movements
    trials: TrialConversion
    recovery: Recovery


def compute(
    subs: Sequence[ShopSubscription],
    invoices: Sequence[InvoiceFacts],
    currency: str,
    now: int,
) -> ShopFigures:
    return ShopFigures(
        currency,
        movements(subs, invoices, currency, now),
        trial_conversion(subs, invoices, now),
        recovery(invoices, now),
    )


def plain_amount(minor: int, currency: str) -> str:
    """Minor units as a plain number in major units: ``12000`` (KRW), ``12.50`` (USD)."""
    exp = exponent(currency)
    return str(Decimal(minor).scaleb(-exp)) if exp else str(minor)


def _rate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def csv_table(figures: ShopFigures) -> tuple[list[str], list[list[str]]]:
    """Header and one row per month of every series the Overview shows."""
    cur = figures.currency.upper()
    header = [QCoreApplication.translate("OverviewFigures", "Month")]
    header += [f"{movement_name(m)} ({cur})" for m in MOVEMENTS]
    header += [
        QCoreApplication.translate("OverviewFigures", "Net change (%1)").replace("%1", cur),
        QCoreApplication.translate("OverviewFigures", "Paying customers at the start"),
        QCoreApplication.translate("OverviewFigures", "Customers churned"),
        QCoreApplication.translate("OverviewFigures", "Churn rate"),
        QCoreApplication.translate("OverviewFigures", "Trials ended"),
        QCoreApplication.translate("OverviewFigures", "Trials converted"),
        QCoreApplication.translate("OverviewFigures", "Failed invoices"),
        QCoreApplication.translate("OverviewFigures", "Recovered invoices"),
    ]
    mv = figures.movements
    rows = []
    for i, month in enumerate(mv.months):
        amounts = [mv.values[m][i] for m in MOVEMENTS]
        net = sum(mv.values[m][i] for m in ("new", "expansion", "reactivated")) - sum(
            mv.values[m][i] for m in ("contraction", "churned")
        )
        trials = figures.trials.per_month[i]
        failed = figures.recovery.per_month[i]
        rows.append(
            [
                month.label,
                *(plain_amount(a, figures.currency) for a in amounts),
                plain_amount(net, figures.currency),
                str(mv.paying_at_start[i]),
                str(mv.churned_customers[i]),
                _rate(mv.churn_rate[i]),
                str(trials.whole),
                str(trials.part),
                str(failed.whole),
                str(failed.part),
            ]
        )
    return header, rows
