"""The key decides the mode and where it may be sent (kpadmin.domain.connection, ProfileStore)."""

from __future__ import annotations

import pytest

from kpadmin.domain import connection
from kpadmin.domain.connection import (
    check_api_base,
    key_mode,
    livemode_disagrees,
    normalise_api_base,
    profile_mode,
)
from kpadmin.keychain import MemorySecretStore
from kpadmin.profiles import Profile, ProfileError, ProfileStore, key_problem
from kpadmin.settings import Settings

LIVE = "sk_live_" + "A" * 24
RLIVE = "rk_live_" + "A" * 24
TEST = "sk_test_" + "A" * 24
RTEST = "rk_test_" + "A" * 24


@pytest.mark.parametrize(
    "key,mode",
    [
        (LIVE, "live"),
        (RLIVE, "live"),
        (TEST, "test"),
        (RTEST, "test"),
        ("pk_live_" + "A" * 24, None),
        ("pk_test_x", None),
        ("sk_x_live_y", None),
        ("SK_LIVE_X", None),
        ("", None),
    ],
)
def test_the_prefix_decides(key, mode):
    assert key_mode(key) == mode


@pytest.mark.parametrize(
    "base,mode,problem",
    [
        (None, "live", None),
        ("https://api.stripe.com", "live", None),
        ("https://stripe-proxy.example.com", "live", None),
        ("https://127.0.0.1:12111", "live", None),
        ("http://127.0.0.1:12111", "test", None),
        ("http://127.9.9.9:1", "test", None),
        ("http://[::1]:12111", "test", None),
        ("http://127.0.0.1:12111", "live", connection.BASE_HTTP_LIVE),
        ("http://[::1]:12111", "live", connection.BASE_HTTP_LIVE),
        ("http://stripe-proxy.example.com", "live", connection.BASE_HTTP_LIVE),
        ("http://192.168.1.5:12111", "test", connection.BASE_HTTP_REMOTE),
        ("http://localhost:12111", "test", connection.BASE_HTTP_REMOTE),
        ("http://0x7f000001.example:1", "test", connection.BASE_HTTP_REMOTE),
        ("ftp://127.0.0.1", "test", connection.BASE_SCHEME),
        ("file:///tmp/x", "test", connection.BASE_SCHEME),
        ("https://u:p@proxy.example", "live", connection.BASE_CREDENTIALS),
        ("https://proxy.example/?k=v", "live", connection.BASE_QUERY),
        ("https://proxy.example/#x", "live", connection.BASE_QUERY),
        ("127.0.0.1:12111", "test", connection.BASE_NOT_URL),
        ("not a url", "test", connection.BASE_NOT_URL),
    ],
)
def test_where_a_key_may_be_sent(base, mode, problem):
    assert check_api_base(base, mode) == problem


def test_normalised_base_has_no_trailing_slash():
    assert normalise_api_base("HTTP://127.0.0.1:12111/") == "http://127.0.0.1:12111"
    assert normalise_api_base("https://proxy.example/stripe/") == "https://proxy.example/stripe"


def test_livemode_and_profile_mode():
    assert livemode_disagrees("test", True) and livemode_disagrees("live", False)
    assert not livemode_disagrees("live", True) and not livemode_disagrees("test", False)
    assert not livemode_disagrees("live", None)  # no answer to compare with
    assert profile_mode("live", sandbox=True) == "live"  # a live key is LIVE, whatever answered
    assert profile_mode("test", sandbox=True) == "sandbox"
    assert profile_mode("test", sandbox=False) == "test"


@pytest.fixture
def store(tmp_path):
    return ProfileStore(Settings.at_path(tmp_path / "k.ini"), MemorySecretStore())


@pytest.mark.parametrize(
    "profile,key,reason",
    [
        (Profile("a", "sandbox", "https://proxy.example"), LIVE, "mode_mismatch"),
        (Profile("a", "test"), RLIVE, "mode_mismatch"),
        (Profile("a", "live"), TEST, "mode_mismatch"),
        (Profile("a", "live", "http://127.0.0.1:12111"), LIVE, "insecure_base"),
        (Profile("a", "test", "http://10.1.1.1:12111"), TEST, "insecure_base"),
        (Profile("a", "test"), "pk_test_" + "A" * 24, "bad_key"),
    ],
)
def test_a_key_that_does_not_fit_is_refused_and_nothing_is_kept(store, profile, key, reason):
    assert key_problem(profile, key) == reason
    with pytest.raises(ProfileError) as err:
        store.add(profile, key)
    assert err.value.reason == reason
    assert store.get("a") is None and store._secrets.get("a") is None


def test_fitting_keys_are_kept(store):
    store.add(Profile("live", "live", "https://proxy.example"), LIVE)
    store.add(Profile("test", "test"), RTEST)
    store.add(Profile("sb", "sandbox", "http://127.0.0.1:12111"), TEST)
    assert [store.key_for(n) for n in ("live", "test", "sb")] == [LIVE, RTEST, TEST]


def test_replacing_the_key_keeps_the_rule(store):
    store.add(Profile("shop", "test"), TEST)
    with pytest.raises(ProfileError) as err:
        store.set_key("shop", LIVE)
    assert err.value.reason == "mode_mismatch"
    assert store.key_for("shop") == TEST


def test_a_stored_profile_that_contradicts_its_key_is_not_handed_out(store):
    store._save([Profile("old", "sandbox", "http://127.0.0.1:12111")])  # as an older kpadmin did
    store._secrets.set("old", LIVE)
    with pytest.raises(ProfileError) as err:
        store.key_for("old")
    assert err.value.reason == "mode_mismatch"
