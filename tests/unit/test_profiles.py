"""Profiles in QSettings, keys in the secret store, never a key in the settings file."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import QByteArray

from kpadmin.keychain import KeyringSecretStore, MemorySecretStore, NoSecureKeychain
from kpadmin.profiles import (
    DEMO_KEY,
    DEMO_PROFILE_NAME,
    Profile,
    ProfileError,
    ProfileStore,
    mode_for_key,
)
from kpadmin.settings import Keys, Settings

LIVE_KEY = "sk_live_51Hsecretsecretsecret0001"
TEST_KEY = "rk_test_51Hsecretsecretsecret0002"


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "kpadmin.ini"


@pytest.fixture
def settings(ini):
    return Settings.at_path(ini)


@pytest.fixture
def secrets():
    return MemorySecretStore()


@pytest.fixture
def store(settings, secrets):
    return ProfileStore(settings, secrets)


def test_add_keeps_key_in_keychain_and_never_in_settings(store, secrets, settings, ini):
    store.add(Profile("Shop live", "live"), LIVE_KEY)
    store.add(Profile("Shop test", "test", "http://127.0.0.1:9"), TEST_KEY)
    store.set_current("Shop live")
    settings.sync()
    raw = ini.read_bytes()
    assert b"Shop live" in raw
    assert LIVE_KEY.encode() not in raw and TEST_KEY.encode() not in raw
    assert b"secretsecret" not in raw
    assert secrets.get("Shop live") == LIVE_KEY
    assert store.key_for("Shop test") == TEST_KEY


def test_profiles_survive_a_restart(store, ini, secrets):
    store.add(Profile("A", "test", "http://127.0.0.1:1234"), TEST_KEY)
    store.add(Profile("B", "live"), LIVE_KEY)
    store.set_current("B")
    again = ProfileStore(Settings.at_path(ini), secrets)
    assert again.list() == [Profile("A", "test", "http://127.0.0.1:1234"), Profile("B", "live")]
    assert again.current() == Profile("B", "live")
    assert again.key_for("A") == TEST_KEY


def test_remove_deletes_the_key_and_clears_current(store, secrets):
    store.add(Profile("A", "test"), TEST_KEY)
    store.set_current("A")
    store.remove("A")
    assert store.list() == []
    assert secrets.get("A") is None
    assert store.current() is None
    with pytest.raises(ProfileError) as info:
        store.remove("A")
    assert info.value.reason == "not_found"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("", "empty_name"), ("  ", "empty_name"), (DEMO_PROFILE_NAME, "reserved_name")],
)
def test_bad_names(store, name, reason):
    with pytest.raises(ProfileError) as info:
        store.add(Profile(name, "test"), TEST_KEY)
    assert info.value.reason == reason


def test_duplicate_name_is_refused_and_key_untouched(store, secrets):
    store.add(Profile("A", "test"), TEST_KEY)
    with pytest.raises(ProfileError) as info:
        store.add(Profile("A", "live"), LIVE_KEY)
    assert info.value.reason == "exists"
    assert secrets.get("A") == TEST_KEY


def test_insecure_keychain_stores_nothing(settings, ini):
    store = ProfileStore(settings, KeyringSecretStore(fail.Keyring()))
    with pytest.raises(NoSecureKeychain):
        store.add(Profile("A", "live"), LIVE_KEY)
    assert store.list() == []


def test_session_only_key_lives_in_memory(settings, ini):
    secrets = KeyringSecretStore(fail.Keyring())
    store = ProfileStore(settings, secrets)
    store.add(Profile("A", "live", session_only=True), LIVE_KEY)
    assert store.key_for("A") == LIVE_KEY
    assert store.get("A").session_only
    settings.sync()
    assert LIVE_KEY.encode() not in ini.read_bytes()
    # next session: the profile is known, the key must be asked for again
    again = ProfileStore(Settings.at_path(ini), secrets)
    assert again.get("A") == Profile("A", "live", session_only=True)
    assert again.key_for("A") is None
    again.set_key("A", LIVE_KEY, session_only=True)
    assert again.key_for("A") == LIVE_KEY


def test_set_key_moves_a_session_profile_into_the_keychain(store, secrets):
    store.add(Profile("A", "test", session_only=True), TEST_KEY)
    store.set_key("A", TEST_KEY)
    assert secrets.get("A") == TEST_KEY
    assert not store.get("A").session_only


def test_demo_profile_is_builtin_and_not_stored(store, settings, ini):
    assert store.get(DEMO_PROFILE_NAME) is None
    store.set_demo_api_base("http://127.0.0.1:5555")
    demo = store.list()[0]
    assert demo == Profile(DEMO_PROFILE_NAME, "sandbox", "http://127.0.0.1:5555", builtin=True)
    assert store.key_for(DEMO_PROFILE_NAME) == DEMO_KEY
    store.set_current(DEMO_PROFILE_NAME)
    settings.sync()
    assert b"5555" not in ini.read_bytes()
    with pytest.raises(ProfileError):
        store.remove(DEMO_PROFILE_NAME)


def test_set_current_unknown(store):
    with pytest.raises(ProfileError):
        store.set_current("nope")


def test_mode_for_key():
    assert mode_for_key(LIVE_KEY) == "live"
    assert mode_for_key("rk_live_x") == "live"
    assert mode_for_key(TEST_KEY) == "test"


def test_settings_typed_defaults_and_round_trip(settings, ini):
    assert settings.get(Keys.LANGUAGE) == ""
    assert settings.get(Keys.WINDOW_GEOMETRY) == QByteArray()
    settings.set(Keys.LANGUAGE, "ko")
    settings.set(Keys.WINDOW_GEOMETRY, QByteArray(b"\x00\x01geo"))
    settings.set_column_widths("customers", [120, 80, 200])
    settings.sync()
    again = Settings.at_path(ini)
    assert again.get(Keys.LANGUAGE) == "ko"
    assert bytes(again.get(Keys.WINDOW_GEOMETRY)) == b"\x00\x01geo"
    assert again.column_widths("customers") == [120, 80, 200]
    assert again.column_widths("products") == []
    with pytest.raises(TypeError):
        settings.set(Keys.LANGUAGE, 5)  # type: ignore[arg-type]
    again.reset(Keys.LANGUAGE)
    assert again.get(Keys.LANGUAGE) == ""


def test_column_widths_single_and_garbage(settings, ini):
    settings.set_column_widths("one", [120])
    settings.qsettings.setValue("columns/bad", ["x", "y"])
    settings.sync()
    again = Settings.at_path(ini)
    assert again.column_widths("one") == [120]
    assert again.column_widths("bad") == []
