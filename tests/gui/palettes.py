"""Palettes the GUI tests switch to, as a platform theme would give them to Qt."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    """A dark palette like the ones GNOME's and KDE's dark themes give Qt."""
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2d2d2d",
        roles.WindowText: "#f2f2f2",
        roles.Base: "#1e1e1e",
        roles.AlternateBase: "#262626",
        roles.ToolTipBase: "#3a3a3a",
        roles.ToolTipText: "#f2f2f2",
        roles.PlaceholderText: "#9a9a9a",
        roles.Text: "#f2f2f2",
        roles.Button: "#3a3a3a",
        roles.ButtonText: "#f2f2f2",
        roles.BrightText: "#ff6b6b",
        roles.Light: "#4a4a4a",
        roles.Midlight: "#404040",
        roles.Mid: "#2a2a2a",
        roles.Dark: "#1a1a1a",
        roles.Shadow: "#000000",
        roles.Highlight: "#3584e4",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#78aeed",
        roles.LinkVisited: "#c0a0f0",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return palette
