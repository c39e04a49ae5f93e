"""What the composition root hands to every tab and dialog.

``kpadmin.app`` builds one :class:`AppContext` per open profile: the settings,
the profile store, the profile and its long-lived gateway. When the user
switches profile the window closes the old gateway and builds new tabs with a
new context, so a tab never has to notice a profile change. There are no
module-level singletons: whatever a widget needs, it gets from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from kpadmin.audit import AuditLog
    from kpadmin.keychain import SecretStore
    from kpadmin.profiles import Profile, ProfileStore
    from kpadmin.settings import Settings
    from kpadmin.stripe_api import StripeGateway
    from kpadmin.ui.pending_approvals import PendingApprovals


@dataclass
class AppContext:
    """Dependencies of the window for one profile.

    Attributes:
        settings: the typed settings (``kpadmin.settings.Settings``; ``.qsettings`` is
            the raw QSettings, an INI file in a temp dir in tests).
        profiles: the profile store (profiles in QSettings, keys in the keychain).
        profile: the open profile (``name``, ``mode``, ``api_base``).
        gateway: the profile's one gateway; closed by the window on switch/close.
        audit: the local audit log (what kpadmin did, for the timelines); None when
            the run keeps none.
    """

    settings: Settings
    profiles: ProfileStore
    profile: Profile
    gateway: StripeGateway
    audit: AuditLog | None = None
    _approvals: PendingApprovals | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def approvals(self) -> PendingApprovals:
        """The Kakao Pay approvals running for this profile (created on first use)."""
        if self._approvals is None:
            from kpadmin.ui.pending_approvals import PendingApprovals

            self._approvals = PendingApprovals(self.gateway, self.settings)
        return self._approvals

    def close_approvals(self) -> None:
        """Stop every approval flow (before the gateway is closed)."""
        if self._approvals is not None:
            self._approvals.shutdown()

    @property
    def mode(self) -> str:
        """``sandbox``, ``test`` or ``live``: drives the badge, Dashboard links, LIVE confirms."""
        return str(self.profile.mode)

    @property
    def is_live(self) -> bool:
        return self.mode == "live"

    @property
    def qsettings(self) -> QSettings:
        """The raw QSettings under ``settings`` (prefer the typed ``settings``)."""
        return self.settings.qsettings


@dataclass
class AppServices:
    """What lives for the whole run, whichever profile is open (built by ``kpadmin.app``).

    Attributes:
        settings: typed settings.
        secrets: the keychain (``secure`` False: the UI offers session-only keys).
        profiles: the profile store over ``settings`` and ``secrets``.
        gateway_factory: ``(profile, key) -> StripeGateway``; one gateway per open profile.
        start_demo: starts the embedded demo sandbox and returns its URL (and makes the
            demo profile visible); None when demo is not available.
        audit: the local audit log every gateway write goes to (for the audit
            window); None when the run keeps none (tests).
    """

    settings: Settings
    secrets: SecretStore
    profiles: ProfileStore
    gateway_factory: Callable[[Profile, str], StripeGateway]
    start_demo: Callable[[], str] | None = None
    audit: AuditLog | None = None

    def context_for(self, profile: Profile, gateway: StripeGateway) -> AppContext:
        return AppContext(
            settings=self.settings,
            profiles=self.profiles,
            profile=profile,
            gateway=gateway,
            audit=self.audit,
        )


class LazyGateway:
    """Stands in for a profile's gateway and builds it on first use.

    Building a gateway imports the Stripe SDK (~130 ms, ``requests`` included),
    so at start-up the window opens its profile with this stand-in, paints,
    and the SDK loads when the first page is fetched (bench/startup.py). Every
    attribute is the real gateway's; only the connectivity listeners, ``online``
    and ``aclose`` answer without building it (the offline banner attaches at
    once; closing a profile that never made a call has nothing to close).
    """

    def __init__(self, make: Callable[[], StripeGateway]) -> None:
        self._make: Callable[[], StripeGateway] | None = make
        self._real: StripeGateway | None = None
        self._listeners: list[Callable[[bool], None]] = []

    @property
    def built(self) -> bool:
        return self._real is not None

    def real(self) -> StripeGateway:
        """The gateway, built now if it was not yet."""
        if self._real is None:
            assert self._make is not None
            self._real, self._make = self._make(), None
            for listener in self._listeners:
                self._real.add_connectivity_listener(listener)
            self._listeners.clear()
        return self._real

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.real(), name)

    @property
    def online(self) -> bool:
        return True if self._real is None else self._real.online

    def add_connectivity_listener(self, listener: Callable[[bool], None]) -> None:
        if self._real is None:
            self._listeners.append(listener)
        else:
            self._real.add_connectivity_listener(listener)

    def remove_connectivity_listener(self, listener: Callable[[bool], None]) -> None:
        if self._real is None:
            if listener in self._listeners:
                self._listeners.remove(listener)
        else:
            self._real.remove_connectivity_listener(listener)

    async def aclose(self) -> None:
        self._make = None  # closed before any call: never build it
        if self._real is not None:
            await self._real.aclose()


def default_gateway_factory(profile: Profile, key: str) -> StripeGateway:
    """A real gateway for ``profile`` (its ``api_base`` points at a sandbox when set)."""
    from kpadmin.stripe_api import StripeGateway

    return StripeGateway(key, api_base=profile.api_base)
