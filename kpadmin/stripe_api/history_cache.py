"""The Overview's invoice cache: reopening it reads only what is new or may have changed.

One JSON file per profile (the caller picks the path in the user's cache
directory): the :class:`InvoiceFacts` read so far, by id, and the newest
``created`` among them. Invoices change after they are created (paid,
retried, voided, written off), mostly while Stripe still retries a failed
payment, so a refresh reads again everything created in the last
:data:`REFRESH_DAYS` before the newest cached invoice; older invoices are taken
as cached. Their recovery may be stale when an agent collected or voided an
invoice older than that by hand. Subscriptions are never cached: their status
changes at any time, and reading them all is cheap next to a year of invoices.
A file that cannot be read is ignored (everything is read again).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kpadmin.domain.shop_figures import InvoiceFacts, InvoiceLine

log = logging.getLogger(__name__)

VERSION = 1
# Stripe's retries of a failed payment (Smart Retries) last up to two months.
REFRESH_DAYS = 62


class InvoiceCache:
    """Invoices by id for one profile, loaded from and saved to ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.invoices: dict[str, InvoiceFacts] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if raw.get("version") != VERSION:
                return
            for d in raw["invoices"]:
                lines = tuple(InvoiceLine(**line) for line in d.pop("lines"))
                facts = InvoiceFacts(**d, lines=lines)
                self.invoices[facts.id] = facts
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("overview cache ignored: %s", type(err).__name__)
            self.invoices.clear()

    @property
    def newest(self) -> int | None:
        return max((f.created for f in self.invoices.values()), default=None)

    def read_from(self, wanted_since: int) -> int:
        """Where a refresh must start reading to have everything since ``wanted_since``."""
        newest = self.newest
        if newest is None:
            return wanted_since
        oldest_cached = min(f.created for f in self.invoices.values())
        if oldest_cached > wanted_since + REFRESH_DAYS * 86_400:
            return wanted_since  # the cache does not reach back far enough
        return max(wanted_since, newest - REFRESH_DAYS * 86_400)

    def replace_from(self, since: int, fresh: Iterable[InvoiceFacts]) -> None:
        """Forget what was cached from ``since`` on and keep ``fresh`` instead."""
        self.invoices = {k: v for k, v in self.invoices.items() if v.created < since}
        for facts in fresh:
            self.invoices[facts.id] = facts

    def save(self) -> None:
        data: dict[str, Any] = {
            "version": VERSION,
            "invoices": [asdict(f) for f in self.invoices.values()],
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as err:
            log.warning("overview cache not saved: %s", type(err).__name__)
