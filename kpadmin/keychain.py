"""API keys in the operating system's keychain: the only module that imports ``keyring``.

A Stripe secret key moves money, so it lives in the OS keychain (Secret
Service, macOS Keychain, Windows Credential Manager) and nowhere else on disk.
``keyring`` silently falls back to backends that are not secret at all (the
``fail`` backend, the ``null`` backend, keyrings.alt's plaintext file), so this
module judges each backend the way Vorta does, by its priority and kind, and
refuses to store a key in an insecure one: the UI then offers a session-only
key instead. Backend failures (a locked keychain, a dismissed prompt, a D-Bus
error) become :class:`KeychainError` with a message that never holds the key.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from kpadmin.domain.redact import redact

if TYPE_CHECKING:  # keyring (~40 ms with backend discovery) is imported on first use
    import keyring.backend

log = logging.getLogger(__name__)

# The keychain "service" every entry is filed under; the profile name is the user name.
SERVICE = "kpadmin"


class KeychainError(Exception):
    """The keychain refused or failed; ``str()`` is safe to show (no secret in it)."""


class NoSecureKeychain(KeychainError):
    """There is no secure keychain to store a key in (only a plaintext or failing backend)."""


@runtime_checkable
class SecretStore(Protocol):
    """Where API keys are kept, per profile name.

    Attributes:
        secure: whether stored secrets are protected by the OS (False means
            ``set`` raises :class:`NoSecureKeychain`).
        backend_name: a short human-readable name of the backend, for the UI.
    """

    @property
    def secure(self) -> bool: ...

    @property
    def backend_name(self) -> str: ...

    def get(self, profile: str) -> str | None: ...

    def set(self, profile: str, key: str) -> None: ...

    def delete(self, profile: str) -> None: ...


class MemorySecretStore:
    """A dict pretending to be a secure keychain, for unit tests."""

    secure = True
    backend_name = "memory"

    def __init__(self) -> None:
        self._data: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"MemorySecretStore(profiles={sorted(self._data)!r})"

    def get(self, profile: str) -> str | None:
        return self._data.get(profile)

    def set(self, profile: str, key: str) -> None:
        self._data[profile] = key

    def delete(self, profile: str) -> None:
        self._data.pop(profile, None)


def _priority(backend: Any) -> float:
    try:
        return float(backend.priority)
    except Exception:  # a backend that cannot say is not viable
        return -1.0


def is_secure_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """Whether a keyring backend actually protects secrets.

    Insecure: the ``fail`` and ``null`` backends, a chainer with no secure
    backend inside, keyrings.alt's plaintext/"encrypted with a fixed key"
    files, and anything with priority below 1 (keyring's own convention for
    "not recommended").
    """
    from keyring.backends import chainer, fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(is_secure_backend(b) for b in backend.backends)
    cls = type(backend)
    module = cls.__module__ or ""
    if module.startswith("keyrings.alt") or "plaintext" in cls.__name__.lower():
        return False
    return _priority(backend) >= 1


def _describe(backend: keyring.backend.KeyringBackend) -> str:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        inner = [_describe(b) for b in backend.backends]
        return " + ".join(inner) if inner else "none"
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


class KeyringSecretStore:
    """The OS keychain through ``keyring``.

    Args:
        backend: a keyring backend; None uses ``keyring.get_keyring()`` (what
            the user's platform and ``PYTHON_KEYRING_BACKEND`` select), looked
            up on first use so that building the store costs nothing at start-up.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._given = backend
        self._resolved: tuple[Any, bool, str] | None = None

    def _resolve(self) -> tuple[Any, bool, str]:
        if self._resolved is None:
            import keyring

            backend = self._given if self._given is not None else keyring.get_keyring()
            secure, name = is_secure_backend(backend), _describe(backend)
            if not secure:
                log.warning("no secure keychain: keyring backend is %s", name)
            self._resolved = (backend, secure, name)
        return self._resolved

    @property
    def _backend(self) -> Any:
        return self._resolve()[0]

    @property
    def secure(self) -> bool:
        """Whether stored keys are protected by the OS (looks the backend up on first use)."""
        return self._resolve()[1]

    @property
    def backend_name(self) -> str:
        return self._resolve()[2]

    def __repr__(self) -> str:
        return f"KeyringSecretStore(backend={self.backend_name!r}, secure={self.secure})"

    def get(self, profile: str) -> str | None:
        """The stored key, or None when there is none (or no secure keychain to hold one)."""
        if not self.secure:
            return None
        try:
            key: str | None = self._backend.get_password(SERVICE, profile)
            return key
        except Exception as exc:  # D-Bus and OS errors are not KeyringErrors
            raise _keychain_error("read", exc) from None

    def set(self, profile: str, key: str) -> None:
        """Store ``key`` for ``profile``.

        Raises:
            NoSecureKeychain: when the backend is not secure.
            KeychainError: when the keychain refuses (locked, prompt dismissed...).
        """
        if not self.secure:
            raise NoSecureKeychain(
                f"No secure keychain is available (backend: {self.backend_name})."
            )
        try:
            self._backend.set_password(SERVICE, profile, key)
        except Exception as exc:
            raise _keychain_error("store", exc, secret=key) from None

    def delete(self, profile: str) -> None:
        """Forget the key for ``profile``; deleting a missing entry is not an error."""
        if not self.secure:
            return
        import keyring.errors

        try:
            self._backend.delete_password(SERVICE, profile)
        except keyring.errors.PasswordDeleteError:
            return
        except Exception as exc:
            raise _keychain_error("delete", exc) from None


def _keychain_error(action: str, exc: BaseException, *, secret: str = "") -> KeychainError:
    detail = str(exc)
    if secret:
        detail = detail.replace(secret, "…(redacted)")
    detail = redact(detail)
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeychainError(
            f"The keychain is locked; could not {action} the key. {detail}".strip()
        )
    return KeychainError(
        f"Could not {action} the key in the keychain: {type(exc).__name__}: {detail}"
    )
