#!/usr/bin/env python3
"""Build the one-folder kpadmin app for this platform, with one command.

    python packaging/build.py            # -> dist/kpadmin/kpadmin (kpadmin.exe; dist/kpadmin.app)
    python packaging/build.py --clean    # the same, ignoring PyInstaller's caches

Run it with the Python of the environment kpadmin is installed in (its
dependencies are what gets bundled). Steps:

1. check that PyInstaller is installed in that environment (the ``package``
   extra of ``pyproject.toml``, which ``python3 dev.py`` installs); if it is
   not, say how to install it and stop: the build never installs anything;
2. compile ``resources/translations/*.ts`` to ``kpadmin/resources/translations/*.qm``
   with ``tools/i18n.py build`` (compiled ``.qm`` files are build output, not sources);
3. run PyInstaller on ``packaging/kpadmin.spec``;
4. print the bundle's path, size and the build time.

Only the standard library is imported here, so the script runs before
PyInstaller is installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "kpadmin.spec"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "kpadmin" / "resources" / "translations"


def say(msg: str) -> None:
    print(f"[build.py] {msg}", flush=True)


def ensure_pyinstaller() -> None:
    """Stop with the command to run when PyInstaller is missing (it is never installed here)."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    raise SystemExit(
        f"[build.py] PyInstaller is not installed in {sys.prefix}; install the package extra:\n"
        f'    {sys.executable} -m pip install -e "{ROOT}[package]"\n'
        f"(python3 dev.py sets up .venv with it), then run this again."
    )


def compile_translations() -> None:
    """``resources/translations/*.ts`` -> ``kpadmin/resources/translations/*.qm``.

    ``tools/i18n.py build`` (pyside6-lrelease) owns that step; the spec then
    collects the ``.qm`` files with the rest of kpadmin's package data.
    """
    script = ROOT / "tools" / "i18n.py"
    if not script.exists() or not any(TS_DIR.glob("*.ts")):
        say("no translations to compile: the bundle will be English only")
        return
    subprocess.run([sys.executable, str(script), "build"], check=True, cwd=ROOT)
    say(f"compiled translations into {QM_DIR.relative_to(ROOT)}")


def tree_size(path: Path) -> int:
    """Bytes under ``path`` (files only; symlinks not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def binary_path(dist: Path) -> Path:
    """Where the built executable is on this platform."""
    if sys.platform == "darwin":
        return dist / "kpadmin.app" / "Contents" / "MacOS" / "kpadmin"
    return dist / "kpadmin" / ("kpadmin.exe" if os.name == "nt" else "kpadmin")


def build(dist: Path, work: Path, clean: bool) -> Path:
    """Run every step; returns the built executable's path."""
    started = time.monotonic()
    ensure_pyinstaller()
    compile_translations()
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        cmd.insert(3, "--clean")
    subprocess.run(cmd, check=True, cwd=ROOT)
    exe = binary_path(dist)
    if not exe.exists():
        raise SystemExit(f"PyInstaller finished but {exe} is missing")
    folder = dist / "kpadmin"
    say(
        f"built {exe} in {time.monotonic() - started:.0f} s; "
        f"{folder} is {tree_size(folder) / 1e6:.0f} MB"
    )
    return exe


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's caches")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's work folder",
    )
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve(), args.clean)
    return 0


if __name__ == "__main__":
    sys.exit(main())
