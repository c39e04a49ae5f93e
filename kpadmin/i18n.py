"""Which language the UI speaks, and loading the translations for it.

kpadmin ships English (the source text), Korean and Japanese. The choice is
the ``ui/language`` setting (``Keys.LANGUAGE``): "" follows the system
locale, otherwise one of :data:`SUPPORTED`. A system locale we have no
translation for reads as English text, but dates and numbers still follow the
system (a German user with "System" sees English words and German dates);
an explicit choice sets both, so a Korean UI writes Korean dates everywhere.

Two translators are installed: kpadmin's own ``kpadmin_<lang>.qm`` (compiled
from ``resources/translations/*.ts`` by ``tools/i18n.py build``) and Qt's
``qtbase_<lang>.qm`` from Qt's translations directory, so standard dialog
buttons ("Cancel", "OK") and the context menus of line edits match the UI.
The language is applied at start-up; the Preferences dialog says a change
takes effect after a restart, since half the window would otherwise keep
the old language.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

# Languages with a kpadmin translation; "en" is the source text.
SUPPORTED: tuple[str, ...] = ("en", "ko", "ja")

# Each language named in itself, as language pickers do (never translated).
NATIVE_NAMES: dict[str, str] = {"en": "English", "ko": "한국어", "ja": "日本語"}

# Where kpadmin's compiled translations (``kpadmin_<lang>.qm``) live: package
# data, also where the PyInstaller spec puts them in the bundle.
TRANSLATIONS_DIR = Path(__file__).parent / "resources" / "translations"

# The country each explicitly chosen language formats dates and amounts for.
_LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "ko": (QLocale.Language.Korean, QLocale.Country.SouthKorea),
    "ja": (QLocale.Language.Japanese, QLocale.Country.Japan),
}


@dataclass(frozen=True, slots=True)
class UiLanguage:
    """The outcome of resolving the setting against the system.

    Attributes:
        language: the translation to load, one of :data:`SUPPORTED`.
        locale: what dates, numbers and amounts follow (``QLocale.setDefault``).
    """

    language: str
    locale: QLocale


def normalise(code: str) -> str:
    """A setting or ``--lang`` value as a supported language, or "" (follow the system).

    Accepts "ko", "ko_KR", "ko-KR", "JA"; anything unknown means "".
    """
    base = code.strip().replace("-", "_").split("_")[0].lower()
    return base if base in SUPPORTED else ""


def resolve(setting: str, system: QLocale | None = None) -> UiLanguage:
    """The language and locale for ``setting`` ("" = follow ``system``).

    Args:
        setting: the stored choice or the ``--lang`` option.
        system: the system locale; None asks Qt (tests pass one).
    """
    chosen = normalise(setting)
    if chosen:
        language, country = _LOCALES[chosen]
        return UiLanguage(chosen, QLocale(language, country))
    system = system if system is not None else QLocale.system()
    for name in system.uiLanguages():
        candidate = normalise(name)
        if candidate:
            locale = system
            if candidate != "en" and normalise(system.name()) != candidate:
                # The preferred UI language is not the formatting locale's: keep them together.
                language, country = _LOCALES[candidate]
                locale = QLocale(language, country)
            return UiLanguage(candidate, _real_locale(locale))
    return UiLanguage("en", _real_locale(system))


def _real_locale(locale: QLocale) -> QLocale:
    """The bare "C" locale (no LANG set) has no digit grouping: read it as US English."""
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def qt_translations_dir() -> str:
    """Where Qt's own ``qtbase_*.qm`` are (inside the PySide6 wheel or the bundle)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(
    app: QCoreApplication, setting: str = "", *, system: QLocale | None = None
) -> tuple[UiLanguage, list[QTranslator]]:
    """Resolve ``setting``, set the default locale, install Qt's and kpadmin's translators.

    A missing ``.qm`` is logged and skipped: the English source text shows
    instead, which beats refusing to start. The translators are returned (and
    parented to ``app``) so they live as long as the application.
    """
    ui = resolve(setting, system)
    QLocale.setDefault(ui.locale)
    installed: list[QTranslator] = []
    for name, directory in (("qtbase", qt_translations_dir()), ("kpadmin", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        path = Path(directory) / f"{name}_{ui.language}.qm"
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        elif ui.language != "en":
            log.warning("no translation %s: showing English text", path)
    log.info("UI language %s, locale %s", ui.language, ui.locale.name())
    return ui, installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests switch languages within one process)."""
    for translator in translators:
        app.removeTranslator(translator)
