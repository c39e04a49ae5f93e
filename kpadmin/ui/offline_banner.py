"""A banner across the top of the window while Stripe cannot be reached.

A lost connection must not look like an empty shop: rows already loaded stay
where they are, and this banner says why nothing new arrives. It listens to
the profile's gateway (``add_connectivity_listener``: a call failed without
any answer, or an answer came again), and while offline it probes every few
seconds with the cheapest read (one customer) so it notices the way back by
itself; "Retry now" probes at once. When calls get through again it hides and
emits :attr:`OfflineBanner.backOnline` (the window reloads the current tab).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kpadmin.ui.async_tasks import TaskRunner

# How often the banner probes while offline (milliseconds).
PROBE_INTERVAL_MS = 5000


class OfflineBanner(QFrame):
    """Shown while the gateway's calls fail to reach Stripe.

    Signals:
        backOnline(): calls reach Stripe again.

    Attributes:
        probe_interval_ms: time between probes while offline (tests shorten it).
    """

    backOnline = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#offlineBanner { background: #fff4ce; color: #4a3b00; }")
        self.probe_interval_ms = PROBE_INTERVAL_MS
        self._gateway: Any = None
        self._tasks = TaskRunner(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry now"), self)
        self.retry_button.setAccessibleName(self.tr("Retry the connection to Stripe now"))
        self.retry_button.clicked.connect(self.retry_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(False)
        self._timer.timeout.connect(self.retry_now)
        self.hide()

    # -- the gateway ------------------------------------------------------------------
    def attach(self, gateway: Any) -> None:
        """Follow ``gateway`` (the open profile's); forgets the previous one."""
        self.detach()
        self._gateway = gateway
        adder = getattr(gateway, "add_connectivity_listener", None)
        if adder is not None:
            adder(self._on_connectivity)
        self._on_connectivity(getattr(gateway, "online", True))

    def detach(self) -> None:
        """Stop following the gateway (profile switch, window close)."""
        if self._gateway is not None:
            remover = getattr(self._gateway, "remove_connectivity_listener", None)
            if remover is not None:
                remover(self._on_connectivity)
        self._gateway = None
        self._tasks.cancel_all()
        self._timer.stop()
        self.hide()

    @property
    def offline(self) -> bool:
        """Whether the banner is up (the last call could not reach Stripe)."""
        return not self.isHidden()

    # -- state ------------------------------------------------------------------------
    def _on_connectivity(self, online: bool) -> None:
        if online:
            was_offline = not self.isHidden()
            self._timer.stop()
            self.hide()
            if was_offline:
                self.backOnline.emit()
            return
        self.label.setText(
            self.tr(
                "Stripe cannot be reached. The rows shown were loaded before the connection "
                "was lost; kpadmin keeps trying and reloads when it is back."
            )
        )
        self.show()
        self._timer.start(self.probe_interval_ms)

    def retry_now(self) -> None:
        """Probe the connection at once (one cheap read)."""
        if self._gateway is not None:
            self._tasks.run(
                self._probe(), key="probe", busy=[self.retry_button], on_error=lambda _exc: None
            )

    async def _probe(self) -> None:
        # The answer does not matter: the gateway reports whether the call got through.
        await self._gateway.customers.list(limit=1)
