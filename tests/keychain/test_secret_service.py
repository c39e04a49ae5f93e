"""KeyringSecretStore and ProfileStore against the real Secret Service (gnome-keyring)."""

from __future__ import annotations

import uuid

import keyring
import pytest

from kpadmin.keychain import SERVICE, KeyringSecretStore, is_secure_backend
from kpadmin.profiles import Profile, ProfileStore
from kpadmin.settings import Settings

pytestmark = pytest.mark.keychain

KEY = "sk_test_51Hkeychain" + "0" * 20


@pytest.fixture
def profile_name():
    name = f"kpadmin-test-{uuid.uuid4().hex[:8]} 테스트"
    yield name
    from keyring.backends import SecretService

    try:
        SecretService.Keyring().delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass


def test_backend_is_secure(secret_service_backend):
    assert is_secure_backend(secret_service_backend)
    store = KeyringSecretStore(secret_service_backend)
    assert store.secure
    assert "Secret" in store.backend_name


def test_default_keyring_is_secure_in_this_session(secret_service_backend, monkeypatch):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    assert KeyringSecretStore().secure


def test_round_trip(secret_service_backend, profile_name):
    store = KeyringSecretStore(secret_service_backend)
    assert store.get(profile_name) is None
    store.set(profile_name, KEY)
    assert store.get(profile_name) == KEY
    # a fresh backend object (as after a restart) reads the same entry
    assert KeyringSecretStore(type(secret_service_backend)()).get(profile_name) == KEY
    store.set(profile_name, KEY + "1")
    assert store.get(profile_name) == KEY + "1"
    store.delete(profile_name)
    assert store.get(profile_name) is None
    store.delete(profile_name)  # deleting a missing entry is fine


def test_profile_store_keeps_key_only_in_the_keychain(
    secret_service_backend, profile_name, tmp_path
):
    ini = tmp_path / "kpadmin.ini"
    profiles = ProfileStore(Settings.at_path(ini), KeyringSecretStore(secret_service_backend))
    profiles.add(Profile(profile_name, "test"), KEY)
    profiles.set_current(profile_name)
    again = ProfileStore(Settings.at_path(ini), KeyringSecretStore(secret_service_backend))
    assert again.key_for(profile_name) == KEY
    assert KEY.encode() not in ini.read_bytes()
    again.remove(profile_name)
    assert secret_service_backend.get_password(SERVICE, profile_name) is None
