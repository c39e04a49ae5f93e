"""Named Stripe connections: a name, a mode and a base URL here, the key in the keychain.

A profile is what the user switches between (a test account, the live
account, the built-in demo sandbox). Its non-secret part is kept in QSettings
so it survives restarts; its API key goes to the :class:`SecretStore` and is
never written to settings. When the user accepts running without a secure
keychain, the key of that profile is kept in memory for this session only and
the profile is flagged ``session_only`` so the UI asks for it next time.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, replace
from typing import Literal

from kpadmin.domain.connection import check_api_base, key_mode
from kpadmin.keychain import SecretStore
from kpadmin.settings import Keys, Settings

Mode = Literal["test", "live", "sandbox"]
_MODES = ("test", "live", "sandbox")

# The built-in profile that talks to the embedded sandbox (``--demo``).
DEMO_PROFILE_NAME = "Demo sandbox"
# The fixed test key the embedded sandbox accepts; it protects nothing real.
DEMO_KEY = "sk_test_kpadmin0000000000000000"

_ARRAY = "profiles/list"


class ProfileError(ValueError):
    """A profile that cannot be added or found; ``reason`` is a stable code for the UI.

    Reasons: ``empty_name``, ``reserved_name``, ``exists``, ``not_found``, ``bad_mode``,
    and for a key that does not fit the profile (:func:`key_problem`): ``bad_key``,
    ``mode_mismatch``, ``insecure_base``.
    """

    def __init__(self, reason: str, name: str = "") -> None:
        super().__init__(f"{reason}: {name}" if name else reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Profile:
    """A connection the user can switch to.

    Attributes:
        name: unique, shown in the profile switcher.
        mode: ``test``, ``live`` or ``sandbox`` (drives the mode badge).
        api_base: base URL without ``/v1``; None for api.stripe.com.
        session_only: the key is kept in memory only (no secure keychain).
        builtin: the demo sandbox profile, which cannot be edited or removed.
    """

    name: str
    mode: Mode
    api_base: str | None = None
    session_only: bool = False
    builtin: bool = False


def mode_for_key(key: str) -> Mode:
    """``live`` for a live key (by its prefix), else ``test``."""
    return "live" if key_mode(key) == "live" else "test"


def key_problem(profile: Profile, key: str) -> str | None:
    """Why ``key`` must not be used with ``profile``, as a :class:`ProfileError` reason, or None.

    The key decides the mode (see :mod:`kpadmin.domain.connection`): a live
    key only in a LIVE profile, a test key never in one; and the key may only
    be sent to the profile's base URL if that is https, or http on this
    machine with a test key. Checked when a profile is added, when its key is
    replaced and every time its key is read, so a profile stored by an older
    kpadmin (SANDBOX because it had a base URL) is stopped, not opened.
    """
    mode = key_mode(key)
    if mode is None:
        return "bad_key"
    if (mode == "live") != (profile.mode == "live"):
        return "mode_mismatch"
    if check_api_base(profile.api_base, mode) is not None:
        return "insecure_base"
    return None


class ProfileStore:
    """The list of profiles, the current one, and each profile's key.

    Args:
        settings: where profile names, modes and URLs are kept.
        secrets: where keys are kept.
        demo_api_base: the embedded sandbox's URL once it runs; None hides
            the demo profile.
    """

    def __init__(
        self, settings: Settings, secrets: SecretStore, demo_api_base: str | None = None
    ) -> None:
        self._settings = settings
        self._secrets = secrets
        self._session_keys: dict[str, str] = {}
        self._demo_api_base = demo_api_base

    def __repr__(self) -> str:
        return f"ProfileStore(profiles={[p.name for p in self.list()]!r})"

    def set_demo_api_base(self, api_base: str | None) -> None:
        """Show the demo profile pointing at ``api_base`` (None hides it)."""
        self._demo_api_base = api_base

    def demo_profile(self) -> Profile | None:
        if self._demo_api_base is None:
            return None
        return Profile(DEMO_PROFILE_NAME, "sandbox", self._demo_api_base, builtin=True)

    def list(self) -> builtins.list[Profile]:
        """The demo profile (when running) first, then stored profiles in the order added."""
        demo = self.demo_profile()
        return ([demo] if demo else []) + self._load()

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.list() if p.name == name), None)

    def add(self, profile: Profile, key: str) -> Profile:
        """Add a profile and keep its key.

        With ``profile.session_only`` the key stays in memory; otherwise it
        goes to the keychain first, so a keychain failure leaves no profile
        without a key behind.

        Raises:
            ProfileError: bad or taken name, or bad mode.
            NoSecureKeychain, KeychainError: from the secret store.
        """
        name = profile.name.strip()
        if not name:
            raise ProfileError("empty_name")
        if name == DEMO_PROFILE_NAME:
            raise ProfileError("reserved_name", name)
        if profile.mode not in _MODES:
            raise ProfileError("bad_mode", profile.mode)
        stored = self._load()
        if any(p.name == name for p in stored):
            raise ProfileError("exists", name)
        profile = replace(profile, name=name, builtin=False)
        if (problem := key_problem(profile, key)) is not None:
            raise ProfileError(problem, name)
        self._keep_key(profile, key)
        self._save([*stored, profile])
        return profile

    def set_key(self, name: str, key: str, *, session_only: bool = False) -> Profile:
        """Replace a stored profile's key (or supply a session-only key again)."""
        stored = self._load()
        idx = next((i for i, p in enumerate(stored) if p.name == name), None)
        if idx is None:
            raise ProfileError("not_found", name)
        profile = replace(stored[idx], session_only=session_only)
        if (problem := key_problem(profile, key)) is not None:
            raise ProfileError(problem, name)
        self._keep_key(profile, key)
        if not session_only:
            self._session_keys.pop(name, None)
        stored[idx] = profile
        self._save(stored)
        return profile

    def remove(self, name: str) -> None:
        """Forget a profile and delete its key from the keychain."""
        stored = self._load()
        if not any(p.name == name for p in stored):
            raise ProfileError("not_found", name)
        self._secrets.delete(name)
        self._session_keys.pop(name, None)
        self._save([p for p in stored if p.name != name])
        if self.current_name() == name:
            self._settings.reset(Keys.CURRENT_PROFILE)

    def key_for(self, name: str) -> str | None:
        """The profile's key, or None when it must be asked for (session-only, lost, unknown).

        Raises:
            ProfileError: the key does not fit the stored profile (a live key
                in a profile not marked LIVE, or bound for plain http):
                the profile must not be opened (see :func:`key_problem`).
        """
        if name == DEMO_PROFILE_NAME and self._demo_api_base is not None:
            return DEMO_KEY
        profile = self.get(name)
        if name in self._session_keys:
            key: str | None = self._session_keys[name]
        elif profile is None or profile.session_only:
            return None
        else:
            key = self._secrets.get(name)
        if key and profile is not None and (problem := key_problem(profile, key)) is not None:
            raise ProfileError(problem, name)
        return key

    def current_name(self) -> str:
        return self._settings.get(Keys.CURRENT_PROFILE)

    def current(self) -> Profile | None:
        """The profile chosen last, or None when it no longer exists."""
        name = self.current_name()
        return self.get(name) if name else None

    def set_current(self, name: str) -> None:
        if self.get(name) is None:
            raise ProfileError("not_found", name)
        self._settings.set(Keys.CURRENT_PROFILE, name)

    def _keep_key(self, profile: Profile, key: str) -> None:
        if profile.session_only:
            self._session_keys[profile.name] = key
        else:
            self._secrets.set(profile.name, key)

    def _load(self) -> builtins.list[Profile]:
        qs = self._settings.qsettings
        out: builtins.list[Profile] = []
        count = qs.beginReadArray(_ARRAY)
        try:
            for i in range(count):
                qs.setArrayIndex(i)
                name = str(qs.value("name") or "")
                mode = str(qs.value("mode") or "test")
                api_base = str(qs.value("api_base") or "") or None
                session_only = str(qs.value("session_only") or "").lower() == "true"
                if name and mode in _MODES:
                    out.append(Profile(name, mode, api_base, session_only))  # type: ignore[arg-type]
        finally:
            qs.endArray()
        return out

    def _save(self, profiles: builtins.list[Profile]) -> None:
        qs = self._settings.qsettings
        qs.remove(_ARRAY)
        qs.beginWriteArray(_ARRAY, len(profiles))
        try:
            for i, p in enumerate(profiles):
                qs.setArrayIndex(i)
                qs.setValue("name", p.name)
                qs.setValue("mode", p.mode)
                qs.setValue("api_base", p.api_base or "")
                qs.setValue("session_only", "true" if p.session_only else "false")
        finally:
            qs.endArray()
        qs.sync()
