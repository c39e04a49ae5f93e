"""dev.py's decisions that a person sees: what it installs and why, and when keychain tests skip."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dev():
    spec = importlib.util.spec_from_file_location("kpadmin_dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_package_dev_py_may_install_has_a_reason(dev):
    for pkg in [*dev.DESKTOP_DEBS, *dev.TEST_DEBS, *dev.KEYCHAIN_DEBS, "python3-venv"]:
        assert dev.DEB_REASONS.get(pkg), pkg


def test_the_plan_names_each_package_with_its_reason_before_installing(dev):
    lines = dev.install_plan(["gnome-keyring", "fonts-noto-cjk"], "the test suite")
    assert lines[0] == "installing system packages for the test suite with apt-get:"
    assert "gnome-keyring" in lines[1] and "Secret Service" in lines[1]
    assert "fonts-noto-cjk" in lines[2] and "Korean and Japanese" in lines[2]


def test_keychain_packages_are_optional_only_outside_ci(dev, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("KPADMIN_REQUIRE_KEYCHAIN", raising=False)
    assert not dev.keychain_required()
    assert not set(dev.KEYCHAIN_DEBS) & set(dev.TEST_DEBS)  # never demanded up front
    monkeypatch.setenv("CI", "true")
    assert dev.keychain_required()
    monkeypatch.delenv("CI")
    monkeypatch.setenv("KPADMIN_REQUIRE_KEYCHAIN", "1")
    assert dev.keychain_required()
