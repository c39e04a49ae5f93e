"""Keys never reach logs or error messages (domain.redact, logging_setup, GatewayError)."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpadmin.domain.redact import contains_key, redact
from kpadmin.logging_setup import RedactingFilter, configure_logging
from kpadmin.stripe_api.errors import GatewayError

KEYS = [
    "sk_test_51Habc0123456789XYZ",
    "sk_live_51Habc0123456789XYZ",
    "rk_test_51Habc0123456789XYZ",
    "rk_live_51Habc0123456789XYZ",
    "pk_live_51Habc0123456789XYZ",
    "whsec_abcdef0123456789",
    "sk_test_****1234",
]


@pytest.mark.parametrize("key", KEYS)
def test_redact_hides_every_key_shape(key):
    text = f"Invalid API Key provided: {key}. Bearer {key}"
    out = redact(text)
    assert key not in out
    assert not contains_key(out)
    assert "…(redacted)" in out
    assert out.startswith("Invalid API Key provided: " + key.split("_")[0])


def test_redact_keeps_ordinary_text():
    text = "cus_123 paid ₩100,000 via pm_abc; task_test_1 ok"
    assert redact(text) == text


@given(
    body=st.text("abcdefXYZ0123456789", min_size=1, max_size=40),
    prefix=st.sampled_from(["sk_test_", "sk_live_", "rk_live_", "pk_test_", "whsec_"]),
)
def test_redact_property(body, prefix):
    out = redact(f"x {prefix}{body} y")
    assert out == f"x {prefix}…(redacted) y"


def test_gateway_error_message_is_redacted():
    err = GatewayError("auth", "Invalid API Key provided: sk_test_****1234", request_id="req_1")
    assert "1234" not in str(err)
    assert "req_1" in str(err)
    assert "sk_test_****" not in repr(err)


def _record(msg, *args, exc_info=None):
    return logging.LogRecord("kpadmin.t", logging.ERROR, __file__, 1, msg, args, exc_info)


def test_filter_redacts_message_args_and_traceback():
    key = "sk_live_abcdefghijklmnop"
    try:
        raise RuntimeError(f"failed with {key}")
    except RuntimeError:
        import sys

        rec = _record("calling with %s", key, exc_info=sys.exc_info())
    assert RedactingFilter().filter(rec)
    formatted = logging.Formatter().format(rec)
    assert key not in formatted
    assert "sk_live_…(redacted)" in formatted
    assert "RuntimeError" in formatted


def test_configure_logging_writes_redacted_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    import sys

    hook = sys.excepthook
    try:
        path = configure_logging(tmp_path)
        logging.getLogger("kpadmin.test").warning("key is %s", "rk_test_secret0123456789")
        for h in root.handlers:
            h.flush()
        text = path.read_text("utf-8")
        assert "rk_test_…(redacted)" in text
        assert "secret0123456789" not in text
        # an uncaught exception goes to the log through the hook, redacted
        try:
            raise ValueError("boom sk_test_zzzzzzzzzzzz")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        for h in root.handlers:
            h.flush()
        text = path.read_text("utf-8")
        assert "uncaught exception" in text and "zzzzzzzzzzzz" not in text
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
        root.setLevel(level)
        sys.excepthook = hook
        logging.captureWarnings(False)


def test_records_before_the_log_file_opens_are_written_to_it_in_order(tmp_path):
    """Start-up holds records in memory until the first paint; none is lost or leaks a key."""
    import sys

    from kpadmin.logging_setup import start_logging

    root = logging.getLogger()
    before, level, hook = list(root.handlers), root.level, sys.excepthook
    try:
        early = start_logging()
        log = logging.getLogger("kpadmin.test")
        log.warning("first, key %s", "sk_test_early0123456789")
        log.debug("below the level: not written")
        log.info("second")
        path = configure_logging(tmp_path, early=early)
        log.info("third")
        for h in root.handlers:
            h.flush()
        lines = path.read_text("utf-8").splitlines()
        assert [line.split(": ", 1)[1] for line in lines] == [
            "first, key sk_test_…(redacted)",
            "second",
            "third",
        ]
        assert early not in root.handlers and not early.records
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
        root.setLevel(level)
        sys.excepthook = hook
        logging.captureWarnings(False)


def test_qt_warnings_reach_logging(qapp, caplog):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from kpadmin.logging_setup import install_qt_message_handler

    previous = install_qt_message_handler()
    try:
        with caplog.at_level(logging.WARNING, logger="kpadmin.qt"):
            qWarning("QFont: something odd")
    finally:
        qInstallMessageHandler(previous)
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == ["QFont: something odd"]
    assert caplog.records[0].levelno == logging.WARNING


def test_loop_exception_handler_logs(caplog):
    from kpadmin.logging_setup import loop_exception_handler

    with caplog.at_level(logging.ERROR, logger="kpadmin"):
        loop_exception_handler(
            None,
            {"message": "Task exception was never retrieved", "exception": RuntimeError("lost")},
        )
    assert caplog.records[0].exc_info[0] is RuntimeError
