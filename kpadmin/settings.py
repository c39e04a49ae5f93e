"""Every persistent preference, declared once with its type and default.

QSettings stores strings in an INI file or the registry and hands back
whatever type the backend likes; declaring each key as a :class:`Setting`
(name, Python type, default) in one place means a typo is an AttributeError,
not a silently new key, and every read comes back with the right type. The
API key is never a setting (see keychain.py); profiles keep their non-secret
part here through :mod:`kpadmin.profiles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "kpadmin"
APPLICATION = "kpadmin"


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One declared key: where it lives, what type it has, what it is when unset."""

    name: str
    type: type
    default: T


class Keys:
    """The declared settings. Add new ones here, nowhere else."""

    WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
    WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray())
    LAST_TAB: Setting[str] = Setting("window/last_tab", str, "")
    CURRENT_PROFILE: Setting[str] = Setting("profiles/current", str, "")
    # UI language as a locale name ("ko", "en"); "" follows the system.
    LANGUAGE: Setting[str] = Setting("ui/language", str, "")
    # Where a Kakao Pay redirect returns to; "" uses the built-in loopback listener.
    CUSTOM_RETURN_URL: Setting[str] = Setting("kakao/custom_return_url", str, "")


# Prefix of per-table column widths: ``columns/<table>`` holds a list of ints.
COLUMN_WIDTHS_PREFIX = "columns/"


class Settings:
    """Typed access to QSettings.

    Args:
        qsettings: the store; None opens the user's native settings under
            organisation and application "kpadmin". Tests pass
            :meth:`at_path` instead.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qs = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)

    @classmethod
    def at_path(cls, path: str | Path) -> Settings:
        """Settings in an INI file at ``path`` (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings, for modules that keep structured data (profiles)."""
        return self._qs

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def get(self, setting: Setting[T]) -> T:
        """The stored value converted to the declared type, or the default."""
        if not self._qs.contains(setting.name):
            return setting.default
        raw = self._qs.value(setting.name)
        return _coerce(raw, setting)

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.name} takes {setting.type.__name__}")
        self._qs.setValue(setting.name, value)

    def reset(self, setting: Setting[Any]) -> None:
        self._qs.remove(setting.name)

    def column_widths(self, table: str) -> list[int]:
        """Saved column widths of a table (empty when none were saved)."""
        raw = self._qs.value(COLUMN_WIDTHS_PREFIX + table)
        if raw is None:
            return []
        items = raw if isinstance(raw, list) else [raw]
        try:
            return [int(x) for x in items]
        except (TypeError, ValueError):
            return []

    def set_column_widths(self, table: str, widths: Sequence[int]) -> None:
        self._qs.setValue(COLUMN_WIDTHS_PREFIX + table, [int(w) for w in widths])

    def sync(self) -> None:
        """Write pending changes to disk now (QSettings otherwise does it lazily)."""
        self._qs.sync()


def _coerce(raw: Any, setting: Setting[T]) -> T:
    kind = setting.type
    try:
        if kind is bool:
            if isinstance(raw, str):
                return raw.lower() in ("true", "1", "yes")  # type: ignore[return-value]
            return bool(raw)  # type: ignore[return-value]
        if kind is QByteArray:
            if isinstance(raw, QByteArray):
                return raw  # type: ignore[return-value]
            if isinstance(raw, (bytes, bytearray)):
                return QByteArray(bytes(raw))  # type: ignore[return-value]
            return setting.default
        if kind is str:
            return "" if raw is None else str(raw)  # type: ignore[return-value]
        return kind(raw)  # type: ignore[no-any-return]
    except (TypeError, ValueError):
        return setting.default
