"""The Linux metadata and the icon set that packaging/ ships, checked with the real validators.

``desktop-file-validate`` (Debian: desktop-file-utils) and ``appstreamcli``
(Debian: appstream) are what distributions and Flathub run on these files.
Where the tools are missing the checks are skipped, except in CI (``CI`` set),
where a skip would hide a broken file.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import kpadmin

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "kpadmin.desktop"
METAINFO = PACKAGING / "io.github.kpadmin.kpadmin.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
MASTER_SVG = ROOT / "kpadmin" / "resources" / "icons" / "kpadmin.svg"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (see .ci/run)")
        pytest.skip(f"{name} is not installed")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstream_metainfo_validates():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_app_without_arguments_it_cannot_parse():
    # The app takes no files or URLs: a %U/%F field code would make argparse exit with an error.
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "kpadmin"
    assert "%" not in entry["Exec"]
    assert entry["Icon"] == "kpadmin"
    # Wayland maps the window to this entry through the app id set in kpadmin.app.
    assert entry["StartupWMClass"] == "kpadmin"
    assert entry.get("Comment[ko]") and entry.get("Comment[ja]")


def test_metainfo_matches_the_desktop_file_and_the_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    versions = [r.get("version") for r in root.iter("release")]
    assert versions and versions[0] == kpadmin.__version__, "add a <release> for this version"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_icon_png_in_every_hicolor_size(size):
    assert png_size(ICONS / f"kpadmin-{size}.png") == (size, size)


def test_icon_svg_copy_is_the_master():
    # packaging/make_icons.py copies the master; an edit of one without re-running it shows here.
    assert (ICONS / "kpadmin.svg").read_bytes() == MASTER_SVG.read_bytes()


def test_windows_ico_holds_png_images_up_to_256():
    data = (ICONS / "kpadmin.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert width == height
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_macos_icns_chunks_are_consistent():
    data = (ICONS / "kpadmin.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, pos = set(), 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert data[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        pos += length
    assert pos == len(data)
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_app_icon_renders_from_the_packaged_svg(qapp):
    from kpadmin.ui.app_icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    # The tile is opaque navy in the middle of its left edge; the corner is transparent.
    assert image.pixelColor(0, 0).alpha() == 0
    centre_left = image.pixelColor(6, 32)
    assert centre_left.alpha() == 255 and centre_left.blue() > centre_left.red()
