"""The first-start page: connect a Stripe account, or try the demo sandbox.

Shown by the main window when no profile can be opened (first start, the
last profile removed, a session-only profile whose key is gone). Connecting
goes through :class:`~kpadmin.ui.profile_dialogs.ConnectForm`; the demo
button starts the embedded sandbox (``AppServices.start_demo``) and opens
the built-in "Demo sandbox" profile.

Signals:
    profileReady(str): open this profile now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpadmin.profiles import DEMO_PROFILE_NAME
from kpadmin.ui.context import AppServices
from kpadmin.ui.profile_dialogs import ConnectForm
from kpadmin.ui.widgets.field_error import FieldError


class WelcomePage(QWidget):
    """Two choices side by side: connect an account, or open the demo shop."""

    profileReady = Signal(str)

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, *, keychain_later: bool = False
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("welcomePage")

        title = QLabel(self.tr("Welcome to kpadmin"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Manage Stripe Billing subscriptions paid with Kakao Pay. "
                "Connect your Stripe account, or look around in a demo shop "
                "that runs on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)

        connect_box = QGroupBox(self.tr("Connect a Stripe account"), self)
        self.connect_form = ConnectForm(services, connect_box, keychain_later=keychain_later)
        hint = QLabel(
            self.tr(
                "Paste a secret key or a restricted key from the Stripe Dashboard "
                "(Developers → API keys). It is checked with Stripe, then kept "
                "in your computer's keychain only."
            ),
            connect_box,
        )
        hint.setWordWrap(True)
        lay = QVBoxLayout(connect_box)
        lay.addWidget(hint)
        lay.addWidget(self.connect_form)
        self.connect_form.connected.connect(self.profileReady)

        demo_box = QGroupBox(self.tr("Try the demo sandbox"), self)
        demo_text = QLabel(
            self.tr(
                "A pretend shop with products, customers and subscriptions. "
                "Nothing leaves this computer and no money moves."
            )
            + " "
            + self.tr(
                "The demo shop resets when kpadmin closes: try anything, "
                "it starts afresh next time."
            ),
            demo_box,
        )
        self.demo_text = demo_text
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo shop"), demo_box)
        self.demo_button.setAccessibleName(self.tr("Try the demo sandbox"))
        self.demo_button.clicked.connect(self.open_demo)
        self.demo_button.setEnabled(services.start_demo is not None)
        self.demo_error = FieldError(demo_box)
        dlay = QVBoxLayout(demo_box)
        dlay.addWidget(demo_text)
        dlay.addStretch(1)
        dlay.addWidget(self.demo_error)
        dlay.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignRight)

        row = QHBoxLayout()
        row.addWidget(connect_box, 3)
        row.addWidget(demo_box, 2)
        panel = QFrame(self)
        # A fixed width: wrapped labels inside an aligned widget otherwise get their
        # height for a different width and squash the form.
        panel.setFixedWidth(900)
        plan = QVBoxLayout(panel)
        plan.addWidget(title)
        plan.addWidget(intro)
        plan.addSpacing(12)
        plan.addLayout(row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(panel)
        centre.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

    def open_demo(self) -> None:
        """Start the embedded sandbox (if not yet running) and open the demo profile."""
        if self._services.start_demo is None:
            return
        self.demo_error.clear_error()
        try:
            self._services.start_demo()
        except Exception as exc:  # a port or seed failure must be shown, not crash
            self.demo_error.show_error(
                self.tr("The demo sandbox could not start: %1").replace("%1", str(exc))
            )
            return
        self.profileReady.emit(DEMO_PROFILE_NAME)
