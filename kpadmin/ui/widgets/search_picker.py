"""An editable combo box whose choices Stripe finds while the person types.

A filter such as "Any customer" cannot list every customer of a large shop,
so its choices are the answer to what is typed: a search starts once typing
pauses (250 ms: a word is one request, not one per key), a newer search
cancels an older one still on its way, and the list says "Searching…" while
one runs and "No matches" when it found nothing. An answer only changes the
list under the text: what was typed, and where the cursor was, stay, also
when a search fails. The suggestions pop up under the field (a completer,
which leaves the keyboard with the field) and in the combo's own list.

The search itself is the owner's coroutine (``find``), run through a
:class:`~kpadmin.ui.async_tasks.TaskRunner` on the qasync loop, so the UI
thread never waits for Stripe.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QWidget

from kpadmin.ui.async_tasks import TaskRunner

# A choice: the label shown and the id it stands for.
Choice = tuple[str, str]
Finder = Callable[[str], Awaitable[Sequence[Choice]]]

# How long typing must pause before a search starts.
SEARCH_DELAY_MS = 250


class SearchPicker(QComboBox):
    """A picker: "Any …" (or "Choose …") first, then what the last search found, or,
    before anything is typed, what the owner offers (:meth:`offer_before_typing`).

    Signals:
        picked(): a choice was made or Enter pressed; read :meth:`chosen_id`.
        failed(object): a search failed (the exception; the typed text stays).

    Attributes:
        state: ``idle`` (nothing typed), ``searching``, ``found``, ``none`` or
            ``failed``: what the list under the text says.
    """

    picked = Signal()
    failed = Signal(object)

    def __init__(
        self,
        any_text: str,
        find: Finder,
        *,
        accessible: str,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible)
        self.addItem(any_text, None)
        self.state = "idle"
        self._find = find
        self._offered: list[Choice] = []
        self._searched: str | None = None
        self._tasks = TaskRunner(self, on_error=self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        edit = self.lineEdit()
        assert edit is not None  # editable combos have one
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._on_edited)
        edit.installEventFilter(self)
        self.activated.connect(lambda _i: self.picked.emit())
        completer = QCompleter(self.model(), self)
        # Stripe has filtered already: show every answer, whatever the prefix.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._on_completion)  # the activated(QString) overload
        self.setCompleter(completer)
        self._show(self._offered, self.tr("Type to search Stripe"), pop_up=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter picks what is typed; entering the field while it says "Any …" selects that.

        Enter is taken here, not passed on: in a dialog it would also press the
        default button, and "Start subscription" would start the moment a person
        confirmed the customer they had typed.
        """
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.picked.emit()
            return True
        if event.type() == QEvent.Type.FocusIn and self.currentText() == self.itemText(0):
            edit = self.lineEdit()
            if edit is not None:
                QTimer.singleShot(0, edit, edit.selectAll)  # after the click places the cursor
        return super().eventFilter(watched, event)

    # -- what the picker stands for -----------------------------------------------------

    def chosen_id(self) -> str | None:
        """The id the text stands for: a choice's id, an id typed by hand, or the one
        found choice whose label contains the typed text; None for "Any …" or nothing."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return self._item_id(index)
        if text and "_" not in text:
            folded = text.casefold()
            matches = [
                i
                for i in range(1, self.count())
                if self._item_id(i) and folded in self.itemText(i).casefold()
            ]
            if len(matches) == 1:
                return self._item_id(matches[0])
        return text or None

    def choose(self, value: str | None) -> None:
        """Show ``value`` (an id, or None for "Any …") without searching."""
        self._timer.stop()
        self._tasks.cancel("search")
        index = self.findData(value) if value else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(value or "")

    def offer_before_typing(self, choices: Sequence[Choice]) -> None:
        """List ``choices`` while nothing is typed, and again once the text is cleared
        (the newest customers, say, so that a small shop need not type)."""
        self._offered = list(choices)
        if self.state == "idle":  # listed, not popped up: nobody is typing
            self._show(self._offered, self.tr("Type to search Stripe"), pop_up=False)

    def search_now(self) -> None:
        """Search for the text at once (what the pause in typing does)."""
        self._timer.stop()
        self._search()

    # -- searching ----------------------------------------------------------------------

    def _on_edited(self, _text: str) -> None:
        self._timer.start()  # restarts: only a pause in typing searches

    def _search(self) -> None:
        text = " ".join(self.currentText().split())
        if not text:
            self._tasks.cancel("search")
            self._searched = None
            self.state = "idle"
            self._show(self._offered, self.tr("Type to search Stripe"))
            return
        if text == self._searched and self.state in ("found", "none"):
            return
        self._searched = text
        self.state = "searching"
        self._show([], self.tr("Searching…"))
        self._tasks.run(self._run(text), key="search")

    async def _run(self, text: str) -> None:
        choices = list(await self._find(text))
        self.state = "found" if choices else "none"
        self._show(choices, None if choices else self.tr("No matches for “%1”").replace("%1", text))

    def _on_failed(self, exc: BaseException) -> None:
        self.state = "failed"
        self._searched = None
        self._show([], self.tr("Search failed"))
        self.failed.emit(exc)

    def _on_completion(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0 and self._enabled(index):
            self.setCurrentIndex(index)
            self.picked.emit()

    # -- the list under the text --------------------------------------------------------

    def _show(self, choices: Sequence[Choice], note: str | None, *, pop_up: bool = True) -> None:
        """Replace the choices after "Any …" (and a note), keeping the text and cursor.

        ``pop_up``: show the suggestions under the field (an answer to what is typed).
        """
        edit = self.lineEdit()
        assert edit is not None
        text, cursor = edit.text(), edit.cursorPosition()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for label, value in choices:
            self.addItem(label, value)
        if note is not None:
            self.addItem(note, None)
            model = self.model()
            if isinstance(model, QStandardItemModel):
                item = model.item(self.count() - 1)
                item.setEnabled(False)
                item.setSelectable(False)
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0 and self._enabled(index):
            self.setCurrentIndex(index)
        edit.setText(text)
        edit.setCursorPosition(cursor)
        self.blockSignals(False)
        completer = self.completer()
        if pop_up and completer is not None and edit.hasFocus() and text:
            popup = completer.popup()
            if isinstance(popup, QListView):
                # "Any …" / "Choose a …" is no answer to what was typed: Down then Enter
                # must reach the first match, not undo the choice.
                popup.setRowHidden(0, True)
            completer.complete()  # show (and size) the popup for the new list

    def _enabled(self, index: int) -> bool:
        return bool(self.model().flags(self.model().index(index, 0)) & Qt.ItemFlag.ItemIsEnabled)

    def _item_id(self, index: int) -> str | None:
        data = self.itemData(index)
        return str(data) if data else None

    def shutdown(self) -> None:
        """Stop a pending or running search (the owning tab closes)."""
        self._timer.stop()
        self._tasks.cancel_all()
