"""The keychain wrapper: judging backends, wrapping their errors, the in-memory store."""

from __future__ import annotations

from typing import ClassVar

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from kpadmin.keychain import (
    SERVICE,
    KeychainError,
    KeyringSecretStore,
    MemorySecretStore,
    NoSecureKeychain,
    SecretStore,
    is_secure_backend,
)

SECRET = "sk_test_verysecret0123456789"


class DictBackend(keyring.backend.KeyringBackend):
    """A secure-looking backend; ``viable = False`` keeps it out of keyring's global discovery."""

    viable = False
    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}
        self.fail_with: BaseException | None = None

    def _check(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def get_password(self, service, username):
        self._check()
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self._check()
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        self._check()
        if (service, username) not in self.data:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.data[(service, username)]


class PlaintextKeyring(DictBackend):
    """Named like keyrings.alt's file backend: insecure whatever its priority."""


class LowPriority(DictBackend):
    priority = 0.5  # type: ignore[assignment]


class FixedChainer(chainer.ChainerBackend):
    viable = False
    inner: ClassVar[list] = []

    @property
    def backends(self):  # type: ignore[override]
        return self.inner


def test_memory_store_satisfies_protocol():
    store = MemorySecretStore()
    assert isinstance(store, SecretStore)
    assert store.secure
    store.set("a", SECRET)
    assert store.get("a") == SECRET
    store.delete("a")
    store.delete("a")
    assert store.get("a") is None
    assert SECRET not in repr(store)


@pytest.mark.parametrize(
    ("backend", "secure"),
    [
        (fail.Keyring(), False),
        (null.Keyring(), False),
        (PlaintextKeyring(), False),
        (LowPriority(), False),
        (DictBackend(), True),
    ],
)
def test_backend_security(backend, secure):
    assert is_secure_backend(backend) is secure
    assert KeyringSecretStore(backend).secure is secure


def test_chainer_is_secure_only_with_a_secure_backend_inside():
    empty = FixedChainer()
    FixedChainer.inner = []
    assert not is_secure_backend(empty)
    FixedChainer.inner = [fail.Keyring(), PlaintextKeyring()]
    assert not is_secure_backend(empty)
    FixedChainer.inner = [PlaintextKeyring(), DictBackend()]
    assert is_secure_backend(empty)


def test_round_trip_in_a_secure_backend():
    backend = DictBackend()
    store = KeyringSecretStore(backend)
    store.set("Shop test", SECRET)
    assert backend.data[(SERVICE, "Shop test")] == SECRET
    assert store.get("Shop test") == SECRET
    store.delete("Shop test")
    store.delete("Shop test")  # missing entry: not an error
    assert store.get("Shop test") is None
    assert SECRET not in repr(store)


def test_insecure_backend_refuses_to_store():
    store = KeyringSecretStore(fail.Keyring())
    with pytest.raises(NoSecureKeychain) as info:
        store.set("p", SECRET)
    assert SECRET not in str(info.value)
    assert store.get("p") is None
    store.delete("p")


@pytest.mark.parametrize(
    "exc",
    [
        keyring.errors.KeyringLocked("locked"),
        keyring.errors.PasswordSetError(f"could not store {SECRET}"),
        RuntimeError(f"dbus said no to {SECRET}"),
        OSError("Prompt dismissed"),
    ],
)
def test_backend_errors_become_keychain_errors_without_the_secret(exc):
    backend = DictBackend()
    store = KeyringSecretStore(backend)
    backend.fail_with = exc
    for call in (lambda: store.set("p", SECRET), lambda: store.get("p"), lambda: store.delete("p")):
        with pytest.raises(KeychainError) as info:
            call()
        assert SECRET not in str(info.value)
        assert info.value.__cause__ is None


def test_non_key_shaped_secret_is_also_hidden():
    backend = DictBackend()
    store = KeyringSecretStore(backend)
    backend.fail_with = RuntimeError("bad value hunter2-not-a-key")
    with pytest.raises(KeychainError) as info:
        store.set("p", "hunter2-not-a-key")
    assert "hunter2" not in str(info.value)
