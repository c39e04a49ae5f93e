#!/usr/bin/env python3
"""Render the app icon for every platform from the one hand-drawn SVG.

    python packaging/make_icons.py

Reads ``kpadmin/resources/icons/kpadmin.svg`` (the master, shipped inside the
package so the running app can use it as its window icon) and writes, under
``resources/icons/``:

- ``kpadmin-<N>.png`` for N in 16..512: the freedesktop hicolor sizes (Linux
  installs them as ``hicolor/<N>x<N>/apps/kpadmin.png``);
- ``kpadmin.svg``: the same SVG, for ``hicolor/scalable/apps``;
- ``kpadmin.ico``: Windows, PNG-compressed entries 16..256 (the format Windows
  Vista and later read; PyInstaller embeds it in ``kpadmin.exe``);
- ``kpadmin.icns``: macOS, PNG entries 16..1024 (the app bundle's icon).

Only Qt (QtSvg, in PySide6-Essentials) and the standard library are used, so
no image library is needed. The outputs are committed; run this again after
editing the SVG.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "kpadmin" / "resources" / "icons" / "kpadmin.svg"
OUT = ROOT / "resources" / "icons"

#: Sizes written as separate PNGs (freedesktop hicolor sizes).
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: Sizes inside the Windows .ico (256 is the largest the format holds).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS .icns chunk types -> pixel size (PNG payloads; "@2x" types reuse the doubled size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered to a ``size``×``size`` transparent PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ICO holding ``pngs`` (size -> PNG data) as PNG-compressed images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS ICNS holding the PNG chunk types in :data:`ICNS_TYPES`."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keep alive)
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(MASTER, size) for size in sorted(wanted)}
    for size in PNG_SIZES:
        (OUT / f"kpadmin-{size}.png").write_bytes(pngs[size])
    shutil.copyfile(MASTER, OUT / "kpadmin.svg")
    (OUT / "kpadmin.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "kpadmin.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, kpadmin.svg, kpadmin.ico and kpadmin.icns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
