"""The timeline of one customer or subscription: what happened, newest first.

Used by both detail panes (Customers, Subscriptions). It loads lazily: only
once the pane shows an object and the view is visible (a hidden view loads
when it is shown), and a newer object cancels the older load (TaskRunner key
``story``), so a slow answer for the previous selection never lands here.
The reading is :mod:`kpadmin.ui.story.source` on the qasync loop; the UI
thread only fills the list. Where the story may lack its oldest parts (Stripe
keeps Events for 30 days; a list longer than kpadmin reads at once) a note
above the list says so.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpadmin.stripe_api.records import Customer, Subscription
from kpadmin.ui.async_tasks import TaskRunner
from kpadmin.ui.context import AppContext
from kpadmin.ui.errors import error_html
from kpadmin.ui.formatting import format_timestamp
from kpadmin.ui.story import source, texts
from kpadmin.ui.story.source import StoryReport
from kpadmin.ui.widgets.field_error import FieldError

# Where a row keeps its story entry.
EntryRole = Qt.ItemDataRole.UserRole

COLUMNS = ("when", "what", "detail", "by")


class StoryView(QWidget):
    """A customer's or subscription's story; empty until :meth:`show_customer` /
    :meth:`show_subscription`.

    Signals:
        loaded(): a story was shown, or failed to load (not when a newer one replaced it).

    Attributes:
        report: the story shown (None while none is).
        now: the current Unix time (tests replace it).
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = TaskRunner(self, on_error=self._show_error)
        self._load: Callable[[], Coroutine[Any, Any, StoryReport]] | None = None
        self._waiting = False  # an object to load once the view is visible
        self.report: StoryReport | None = None
        self.now: Callable[[], int] = lambda: int(time.time())
        self.setAccessibleName(self.tr("History"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # a hint, greyed
        self.error_label = FieldError(self)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("History"))
        self.tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("What happened"),
                self.tr("Amount, reason"),
                self.tr("By kpadmin"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(160)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tree, 1)
        self.clear()

    # -- what to show -------------------------------------------------------------------

    def show_customer(self, customer: Customer | None) -> None:
        """Show ``customer``'s story (None: nothing), loading it when the view is visible."""
        if customer is None:
            self.clear()
            return
        ctx = self._context
        self._start(
            lambda: source.customer_story(
                ctx.gateway, ctx.audit, ctx.profile.name, customer, self.now()
            )
        )

    def show_subscription(self, sub: Subscription | None) -> None:
        """Show ``sub``'s story (None: nothing), loading it when the view is visible."""
        if sub is None:
            self.clear()
            return
        ctx = self._context
        self._start(
            lambda: source.subscription_story(
                ctx.gateway, ctx.audit, ctx.profile.name, sub, self.now()
            )
        )

    def clear(self) -> None:
        """Show no story: the view says how to get one."""
        self._reset()
        self._placeholder(self.tr("Select a row to see its history."))

    def _reset(self) -> None:
        self._tasks.cancel("story")
        self._load = None
        self._waiting = False
        self.report = None
        self.tree.clear()
        self.error_label.clear_error()
        self.note.hide()

    def shutdown(self) -> None:
        self._tasks.cancel_all()

    def rows(self) -> list[dict[str, str]]:
        """The rows as shown, by column (tests and screen readers)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            assert item is not None
            if item.data(0, EntryRole) is not None:
                out.append({key: item.text(c) for c, key in enumerate(COLUMNS)})
        return out

    # -- loading ------------------------------------------------------------------------

    def _start(self, load: Callable[[], Coroutine[Any, Any, StoryReport]]) -> None:
        self._reset()
        self._load = load
        self.note.setText(self.tr("Loading the history…"))
        self.note.show()
        if self.isVisible():
            self._run()
        else:
            self._waiting = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._waiting:
            self._run()

    def _run(self) -> None:
        assert self._load is not None
        self._waiting = False
        self._tasks.run(self._fetch(self._load), key="story")

    async def _fetch(self, load: Callable[[], Coroutine[Any, Any, StoryReport]]) -> None:
        # The read starts inside the task: a task cancelled before its first step leaves
        # no coroutine behind that was never awaited.
        try:
            report = await load()
        except asyncio.CancelledError:
            raise
        except Exception:
            self.note.hide()
            self.loaded.emit()
            raise
        self._fill(report)
        self.loaded.emit()

    def _fill(self, report: StoryReport) -> None:
        self.report = report
        self.tree.clear()
        notes = []
        if report.reaches_past_events:
            notes.append(
                self.tr(
                    "Stripe keeps events for 30 days: older plan changes, pauses and "
                    "removed wallets are not listed."
                )
            )
        if report.partial:
            notes.append(
                self.tr(
                    "There is more than kpadmin reads at once: the oldest parts are not listed."
                )
            )
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        for entry in report.entries:
            item = QTreeWidgetItem(
                self.tree,
                [
                    format_timestamp(entry.at),
                    texts.what_text(entry, report.plans),
                    texts.detail_text(entry),
                    texts.by_text(entry),
                ],
            )
            item.setData(0, EntryRole, entry)
            tip = texts.tooltip_text(entry)
            for c in range(len(COLUMNS)):
                item.setToolTip(c, tip)
            if entry.upcoming:
                font = item.font(0)
                font.setItalic(True)
                for c in range(len(COLUMNS)):
                    item.setFont(c, font)
        if not report.entries:
            self._placeholder(self.tr("Nothing has happened yet"))

    def _placeholder(self, text: str) -> None:
        """One greyed row across the columns, saying why there is nothing else."""
        item = QTreeWidgetItem(self.tree, [text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setFirstColumnSpanned(True)

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.show_error(error_html(exc), rich=True)
