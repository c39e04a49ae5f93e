"""The committed .ts files against the code: up to date, finished, and compiled correctly."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import kpadmin_tools_i18n as tools
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

#: The contexts translated first (welcome page, mode badge, preferences): they must stay
#: complete in every language while the rest is being translated.
FIRST_SLICE = ("WelcomePage", "ConnectForm", "ModeBadge", "PreferencesDialog")
#: The window's tab names and tool bar, also translated first.
CHROME = (
    "Overview",
    "Catalog",
    "Customers",
    "Subscriptions",
    "Account:",
    "Add profile…",
    "Remove profile…",
    "Preferences…",
)
TRANSLATED = ("ko", "ja")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    """A copy of the committed .ts files after ``tools/i18n.py update`` ran over the code."""
    directory = tmp_path_factory.mktemp("ts")
    for ts in tools.TS_DIR.glob("*.ts"):
        shutil.copy(ts, directory / ts.name)
    tools.update(directory, quiet=True)
    return directory


def _finished(ts):
    """{(context, source): translation} of the finished messages of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type"):
                # A plural message keeps its text in <numerusform> children (one in ko/ja).
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = " | ".join(forms) if forms else (translation.text or "")
                found[(context.findtext("name"), message.findtext("source"))] = text
    return found


@pytest.mark.parametrize("lang", tools.LANGUAGES)
def test_committed_ts_is_up_to_date_and_finished(refreshed, lang):
    committed, fresh = tools.ts_path(lang), tools.ts_path(lang, refreshed)
    assert tools.messages(committed) == tools.messages(fresh), "run: python tools/i18n.py update"
    assert tools.unfinished(committed) == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_update_keeps_every_translation_of_a_live_message(refreshed, lang):
    before = _finished(tools.ts_path(lang))
    after = _finished(tools.ts_path(lang, refreshed))
    live = {(c, s) for c, s, _ in tools.messages(tools.ts_path(lang, refreshed))}
    kept = {key: text for key, text in before.items() if key in live}
    assert kept and all(after.get(key) == text for key, text in kept.items())


@pytest.mark.parametrize("lang", TRANSLATED)
def test_first_slice_is_translated(refreshed, lang):
    ts = tools.ts_path(lang, refreshed)
    missing = [(c, s) for c, s in tools.unfinished(ts) if c in FIRST_SLICE]
    assert missing == []
    finished = _finished(ts)
    assert set(FIRST_SLICE) <= {c for c, _s in finished}
    assert [s for s in CHROME if ("MainWindow", s) not in finished] == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_placeholders_and_mnemonics(lang):
    for (context, source), text in _finished(tools.ts_path(lang)).items():
        assert text.strip(), (context, source)
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        if re.search(r"&\w", source.replace("&&", "")):
            assert re.search(r"&\w", text.replace("&&", "")), f"lost the mnemonic: {source}"


def test_english_ts_holds_plural_forms_only():
    root = ET.parse(tools.ts_path("en")).getroot()
    assert root.get("sourcelanguage") == "en"
    assert all(m.get("numerus") == "yes" for m in root.iter("message"))


def test_build_compiles_what_the_app_loads(tmp_path, qapp):
    qm_dir = tmp_path / "qm"
    outputs = tools.build(tools.TS_DIR, qm_dir)
    assert {p.name for p in outputs} == {f"kpadmin_{lang}.qm" for lang in tools.LANGUAGES}
    translator = QTranslator()
    assert translator.load(str(qm_dir / "kpadmin_ko.qm"))
    assert translator.translate("MainWindow", "Customers") == "고객"
    # Unfinished entries never ship, even when lupdate pre-filled a guess.
    assert translator.translate("NoSuchContext", "Customers") == ""
    assert not tools.needs_build(tools.TS_DIR, qm_dir)
    (qm_dir / "kpadmin_ja.qm").unlink()
    assert tools.needs_build(tools.TS_DIR, qm_dir)


def test_sources_skip_the_qt_free_sandbox():
    files = tools.sources()
    assert "kpadmin/ui/main_window.py" in files and "kpadmin/i18n.py" in files
    assert not [f for f in files if f.startswith("kpadmin/sandbox/")]


def test_english_plurals_are_filled_from_the_source(tmp_path, qapp):
    ts = tmp_path / "kpadmin_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="en" sourcelanguage="en"><context><name>Ctx</name>'
        '<message numerus="yes"><source>%n write(s)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        '<message numerus="yes"><source>%n box(es)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert tools.fill_english_plurals(ts) == 1
    assert tools.unfinished(ts) == [("Ctx", "%n box(es)")]
    tools.build(tmp_path, tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "kpadmin_en.qm"))
    assert translator.translate("Ctx", "%n write(s)", None, 1) == "%n write"
    assert translator.translate("Ctx", "%n write(s)", None, 3) == "%n writes"


def test_english_plurals_read_as_english(ui_language):
    ui_language("en")
    one = QCoreApplication.translate("AttentionTab", "%n item(s) need a person.", "", 1)
    many = QCoreApplication.translate("AttentionTab", "%n item(s) need a person.", "", 4)
    assert (one, many) == ("1 item needs a person.", "4 items need a person.")
