"""The main window's title: what is open, then the application's name, once.

On X11, Wayland and Windows Qt appends the application's display name to every
window title ("<title> — kpadmin") unless the title already ends with it; macOS
shows the title as given. A title that itself started with "kpadmin" therefore
read "kpadmin — Demo sandbox — SANDBOX — kpadmin" on Linux. Ending the title
with the display name ourselves gives the same single mention everywhere, in
the order desktop conventions use (document first, application last).
"""

from __future__ import annotations

from kpadmin.ui.mode_badge import mode_label
from kpadmin.ui.profile_names import profile_display_name

# What ``QGuiApplication.setApplicationDisplayName`` is given (kpadmin.app).
DISPLAY_NAME = "kpadmin"
SEPARATOR = " — "  # Qt's own separator between a title and the display name


def window_title(profile_name: str | None = None, mode: str = "") -> str:
    """The title for the open profile (``None``: no profile open, the welcome page).

    The profile is named as the profile menu names it (the demo profile in the
    UI's language), the mode as the badge says it.
    """
    if profile_name is None:
        return DISPLAY_NAME
    return SEPARATOR.join((profile_display_name(profile_name), mode_label(mode), DISPLAY_NAME))
