"""Profile names as the window shows them.

A profile's name is the key it is stored under (settings, keychain, audit
log), so it never changes with the language. The built-in demo profile is
stored as "Demo sandbox" but is kpadmin's own, not a name the owner typed:
only its display is translated, here, everywhere it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpadmin.profiles import DEMO_PROFILE_NAME


def profile_display_name(name: str) -> str:
    """``name`` for display: the demo profile's in the UI's language, any other as typed."""
    if name == DEMO_PROFILE_NAME:
        #: The built-in demo profile: a shop with sample data on kpadmin's local sandbox.
        return QCoreApplication.translate("Profiles", "Demo sandbox")
    return name
