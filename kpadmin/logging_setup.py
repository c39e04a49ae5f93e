"""Logging for the app: a rotating file, no secrets, and nothing lost silently.

Everything that can fail out of sight (an uncaught exception in a slot, a Qt
warning, an exception an asyncio task swallowed) ends in ``logging``, and
every handler carries a :class:`RedactingFilter`, so a key that slips into a
message, an argument or a traceback is masked before it reaches a file.
"""

from __future__ import annotations

import logging
import sys
import types
from pathlib import Path
from typing import Any

from kpadmin.domain.redact import redact

LOG_FILE_NAME = "kpadmin.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("kpadmin")


class RedactingFilter(logging.Filter):
    """Masks key-shaped substrings in the final message and in any traceback text.

    It formats the record's message once (``msg % args``), redacts it and
    clears ``args``, so a key passed as an argument is caught too; the
    exception text is pre-rendered and redacted the same way.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class EarlyRecords(logging.Handler):
    """Holds the records logged before the log file is open (start-up, before the first paint).

    Opening the file needs ``logging.handlers`` and ``platformdirs`` (~25 ms of
    imports) that the first frame does not: :func:`start_logging` installs this
    holder instead, and :func:`configure_logging` writes what it held.
    """

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.addFilter(RedactingFilter())

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def start_logging(level: int = logging.INFO) -> EarlyRecords:
    """Catch uncaught exceptions and hold records in memory until :func:`configure_logging`."""
    early = EarlyRecords()
    root = logging.getLogger()
    root.addHandler(early)
    root.setLevel(level)
    logging.captureWarnings(True)
    sys.excepthook = _excepthook
    return early


def default_log_dir() -> Path:
    """The user's log directory (``~/.local/state/kpadmin/log`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_log_dir("kpadmin", "kpadmin"))


def configure_logging(
    log_dir: str | Path | None = None,
    *,
    level: int = logging.INFO,
    console: bool = False,
    early: EarlyRecords | None = None,
) -> Path:
    """Send the ``kpadmin`` logger (and warnings) to a rotating file in ``log_dir``.

    Args:
        log_dir: directory for ``kpadmin.log``; None uses :func:`default_log_dir`.
        level: the minimum level written.
        console: also write to stderr (``--debug``).
        early: the holder :func:`start_logging` installed: its records are written
            first, in order, and it is removed.

    Returns:
        The log file's path (the UI shows it in the error dialog).
    """
    import logging.handlers

    directory = Path(log_dir) if log_dir is not None else default_log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE_NAME
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    ]
    if console:
        handlers.append(logging.StreamHandler())
    root = logging.getLogger()
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    sys.excepthook = _excepthook
    if early is not None:
        root.removeHandler(early)
        for record in early.records:
            if record.levelno >= level:
                for handler in handlers:
                    handler.handle(record)
        early.records.clear()
    return path


def _excepthook(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: types.TracebackType | None,
) -> None:
    """Log an uncaught exception (e.g. raised in a Qt slot) instead of only printing it."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("uncaught exception", exc_info=(exc_type, exc, tb))


def loop_exception_handler(_loop: Any, context: dict[str, Any]) -> None:
    """An asyncio exception handler that logs what a task or callback swallowed."""
    exc = context.get("exception")
    message = str(context.get("message", "asyncio error"))
    if exc is not None:
        log.error("%s", message, exc_info=(type(exc), exc, exc.__traceback__))
    else:
        log.error("%s", message)


def install_qt_message_handler() -> Any:
    """Route Qt's own warnings (qWarning, platform plugin...) into ``logging``.

    Returns:
        The previous handler, so a caller (a test) can put it back.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("kpadmin.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(msg_type: QtMsgType, context: Any, message: str) -> None:
        where = ""
        if context is not None and getattr(context, "file", None):
            where = f" ({context.file}:{context.line})"
        qt_log.log(levels.get(msg_type, logging.WARNING), "%s%s", message, where)

    return qInstallMessageHandler(handler)
