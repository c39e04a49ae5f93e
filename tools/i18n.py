#!/usr/bin/env python3
"""Keep kpadmin's translations in step with the code, and compile them.

    python tools/i18n.py update   # pyside6-lupdate: refresh resources/translations/*.ts
    python tools/i18n.py build    # pyside6-lrelease: *.ts -> kpadmin/resources/translations/*.qm
    python tools/i18n.py check    # exit 1 when a .ts is stale or has unfinished entries

``update`` scans the Qt code (everything under ``kpadmin/`` except the
Qt-free sandbox) and merges what it finds into the committed ``.ts`` files:
translations are kept, new strings arrive as ``type="unfinished"``, strings
that left the code are dropped (``-no-obsolete``; lupdate first carries the
translation of a slightly edited string over to its new text, marked
unfinished, so nothing is lost that a translator would want to see).
Locations are not recorded (``-locations none``) so that moving code does
not churn the files. ``kpadmin_en.ts`` holds plural forms only (English is
the source language; ``-pluralonly``); ``"%n item(s)"`` gets its two English
forms filled in automatically.

``build`` writes ``.qm`` files next to kpadmin's code, where
:mod:`kpadmin.i18n` loads them and where the PyInstaller spec looks. They
are build output (``*.qm`` is gitignored). Run with the project's venv
Python: the Qt tools are found next to it.

Only the standard library is imported, so ``dev.py`` can run this before
anything else is set up.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "kpadmin" / "resources" / "translations"
LANGUAGES = ("ko", "ja", "en")
#: Qt-free packages: no tr() there, and their pages translate themselves.
SKIPPED = ("kpadmin/sandbox/",)


def ts_path(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"kpadmin_{lang}.ts"


def tool(name: str) -> str:
    """A Qt tool (``pyside6-lupdate``) next to this Python, else on PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with the venv's Python (PySide6 installed)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """The Python files lupdate reads, relative to ``root``, sorted."""
    files = []
    for path in sorted((root / "kpadmin").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if not rel.startswith(SKIPPED):
            files.append(rel)
    return files


def update(ts_dir: Path = TS_DIR, *, root: Path = ROOT, quiet: bool = False) -> list[Path]:
    """Run lupdate over the code into the ``.ts`` files in ``ts_dir``; returns them."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        ts = ts_path(lang, ts_dir)
        cmd = [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            lang,
        ]
        if lang == "en":
            cmd.append("-pluralonly")
        if quiet:
            cmd.append("-silent")
        # lupdate resolves sources against the working directory: run it from the root.
        subprocess.run([*cmd, *sources(root), "-ts", str(ts.resolve())], check=True, cwd=root)
        if lang == "en" and fill_english_plurals(ts):
            # Let lupdate write the file back in its own layout.
            subprocess.run([*cmd, *sources(root), "-ts", str(ts.resolve())], check=True, cwd=root)
        written.append(ts)
    return written


def fill_english_plurals(ts: Path) -> int:
    """Give unfinished English plural entries written ``(s)`` their two forms; returns how many.

    ``"%n write(s)"`` becomes ``"%n write"`` / ``"%n writes"``. Anything else
    (``"%n box(es)"``, irregular plurals) is left for a person to write.
    """
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        if translation is None or translation.get("type") != "unfinished" or len(forms) != 2:
            continue
        if source.count("(s)") == 0 or "(es)" in source:
            continue
        forms[0].text = source.replace("(s)", "")
        forms[1].text = source.replace("(s)", "s")
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def needs_build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> bool:
    """True when a ``.qm`` is missing or older than its ``.ts``."""
    for ts in ts_dir.glob("*.ts"):
        qm = qm_dir / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, *, quiet: bool = True) -> list[Path]:
    """Compile every ``.ts`` in ``ts_dir`` into ``qm_dir``; returns the ``.qm`` files."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        cmd = [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)]
        subprocess.run([*cmd, "-silent"] if quiet else cmd, check=True)
        outputs.append(qm)
    return outputs


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message in ``ts`` still waiting for a translation."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("unfinished", "vanished", "obsolete"):
                found.append((name, message.findtext("source") or ""))
    return found


def messages(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every live message in ``ts``."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def check() -> int:
    """Compare the committed ``.ts`` files with a fresh lupdate; report what is missing."""
    import tempfile

    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh_dir = Path(tmp)
        update(fresh_dir, quiet=True)
        for lang in LANGUAGES:
            committed, fresh = ts_path(lang), ts_path(lang, fresh_dir)
            have = messages(committed) if committed.exists() else set()
            want = messages(fresh)
            for ctx, src, _c in sorted(want - have):
                print(f"{committed.name}: not in the .ts (run update): [{ctx}] {src!r}")
                problems += 1
            for ctx, src, _c in sorted(have - want):
                print(f"{committed.name}: no longer in the code (run update): [{ctx}] {src!r}")
                problems += 1
            if committed.exists():
                for ctx, src in unfinished(committed):
                    print(f"{committed.name}: unfinished: [{ctx}] {src!r}")
                    problems += 1
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in ("update", "build", "check"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "build":
        for qm in build(quiet=False):
            print(f"wrote {qm.relative_to(ROOT)}")
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
