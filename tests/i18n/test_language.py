"""Which language and locale the app picks, and that its translators really translate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kpadmin import i18n
from kpadmin.settings import Keys


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ko", "ko"),
        ("ko_KR", "ko"),
        ("ja-JP", "ja"),
        ("EN", "en"),
        ("", ""),
        ("de", ""),
        ("  ja ", "ja"),
        ("zz_ZZ", ""),
    ],
)
def test_normalise(value, expected):
    assert i18n.normalise(value) == expected


def test_explicit_choice_sets_language_and_its_country():
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.resolve("ko", german).locale.name() == "ko_KR"
    assert i18n.resolve("ja", german).language == "ja"
    assert i18n.resolve("ja", german).locale.name() == "ja_JP"
    assert i18n.resolve("en", german).locale.name() == "en_US"


@pytest.mark.parametrize(
    ("system", "language", "locale"),
    [
        ("ko_KR", "ko", "ko_KR"),
        ("ja_JP", "ja", "ja_JP"),
        ("en_GB", "en", "en_GB"),  # English words, British dates
        ("de_DE", "en", "de_DE"),  # no German translation: English words, German dates
        ("C", "en", "en_US"),  # no LANG at all
    ],
)
def test_following_the_system(system, language, locale):
    ui = i18n.resolve("", QLocale(system))
    assert (ui.language, ui.locale.name()) == (language, locale)


def test_unknown_setting_follows_the_system():
    assert i18n.resolve("xx", QLocale("ja_JP")).language == "ja"


@pytest.mark.parametrize(
    ("language", "tab", "cancel"),
    [
        ("ko", "구독", "취소"),
        ("ja", "サブスクリプション", "キャンセル"),
        ("en", "Subscriptions", "Cancel"),
    ],
)
def test_translators_translate_kpadmin_and_qt(ui_language, language, tab, cancel):
    installed = ui_language(language)
    assert QLocale().name() == {"ko": "ko_KR", "ja": "ja_JP", "en": "en_US"}[language]
    assert QCoreApplication.translate("MainWindow", "Subscriptions") == tab
    # Qt's own strings (standard buttons) come from qtbase_<lang>.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert len(installed) == 2  # qtbase_<lang>.qm and kpadmin_<lang>.qm


def test_a_missing_qm_leaves_english(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    monkeypatch.setattr(i18n, "qt_translations_dir", lambda: str(tmp_path))
    previous = QLocale()
    try:
        ui, installed = i18n.install_translators(qapp, "ko")
        assert ui.language == "ko" and installed == []
        assert QCoreApplication.translate("MainWindow", "Subscriptions") == "Subscriptions"
    finally:
        QLocale.setDefault(previous)


def test_the_setting_round_trips(settings):
    assert settings.get(Keys.LANGUAGE) == ""
    settings.set(Keys.LANGUAGE, "ja")
    assert i18n.resolve(settings.get(Keys.LANGUAGE)).language == "ja"
