"""The key appears nowhere: not in any file kpadmin wrote, not in anything it logged.

``secret_session.py`` runs a whole session in its own process with HOME and
the XDG directories in a temp dir and a key that looks real (``sk_test_`` and
99 characters); afterwards every file under that dir and the process's output
are searched for the key, its body and its tail. The session must really have
written (settings with the profile, a log with the errors): a search of empty
files would prove nothing.

The second half checks :class:`~kpadmin.logging_setup.RedactingFilter` itself:
key-shaped strings in the message, in ``%`` arguments (tuple and mapping),
in an exception's traceback, in a chained cause and in ``stack_info``.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

from kpadmin.domain.redact import contains_key
from kpadmin.logging_setup import RedactingFilter

HERE = Path(__file__).resolve().parent
_ALNUM = string.ascii_letters + string.digits


def real_looking(prefix: str = "sk_test_", n: int = 99) -> str:
    return prefix + "".join(secrets.choice(_ALNUM) for _ in range(n))


def _needles(key: str) -> list[bytes]:
    body = key.split("_", 2)[2]
    return [key.encode(), body.encode(), body[-24:].encode(), body[:24].encode()]


def _leaks(data: bytes, keys: list[str]) -> list[str]:
    found = []
    for key in keys:
        for needle in _needles(key):
            for encoded in (needle, needle.decode().encode("utf-16-le")):
                if encoded in data:
                    found.append(needle.decode()[:12] + "…")
    return found


def test_a_whole_session_leaves_the_key_nowhere(tmp_path):
    key, wrong = real_looking(), real_looking()
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KPADMIN"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        TMPDIR=str(tmp_path / "tmp"),
        KPADMIN_SESSION_DIR=str(tmp_path),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(HERE.parents[1]),
    )
    for d in ("home", "tmp"):
        (tmp_path / d).mkdir()
    proc = subprocess.run(
        [sys.executable, str(HERE / "secret_session.py"), key, wrong],
        check=False,
        env=env,
        cwd=tmp_path,
        capture_output=True,
        timeout=90,
    )
    out, err = proc.stdout, proc.stderr
    assert proc.returncode == 0 and b"SESSION OK" in out, (out + err).decode(errors="replace")[
        -3000:
    ]

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = sorted(str(p.relative_to(tmp_path)) for p in files)
    print(f"\n[secrets] searched {len(files)} files and {len(out) + len(err)} bytes of output:")
    for n in names:
        print("   ", n)
    leaks = {n: _leaks((tmp_path / n).read_bytes(), [key, wrong]) for n in names}
    leaks = {n: v for n, v in leaks.items() if v}
    leaks_out = _leaks(out + err, [key, wrong])
    assert not leaks, leaks
    assert not leaks_out, leaks_out

    # The session really wrote what it should have (else the search proves nothing).
    log_text = "\n".join(
        p.read_text("utf-8", "replace") for p in files if p.suffix == ".log" or ".log." in p.name
    )
    assert "refused" in log_text and "crash while holding" in log_text
    assert "task failed with" in log_text and "connecting with key sk_test_…(redacted)" in log_text
    assert "Qt saw" in log_text and "deprecated key" in log_text
    settings = [p for p in files if p.suffix == ".conf" or p.suffix == ".ini"]
    assert settings and any("Shop" in p.read_text("utf-8", "replace") for p in settings), names
    if b"audit rows:" in out:
        assert b"audit rows: 0" not in out
        assert any("audit" in n for n in names)
    assert not contains_key(
        (out + err).decode("utf-8", "replace").replace("sk_test_…(redacted)", "")
    )


# -- the logging filter itself -----------------------------------------------------------------


@pytest.fixture
def captured():
    """A logger whose handler has the RedactingFilter; yields (logger, stream)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("kpadmin.test_redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield logger, stream
    finally:
        logger.removeHandler(handler)


KEYS = [
    real_looking(),
    real_looking("sk_live_"),
    real_looking("rk_test_", 40),
    real_looking("rk_live_", 60),
    real_looking("pk_test_", 30),
    real_looking("whsec_", 32),
]


@pytest.mark.parametrize("key", KEYS, ids=lambda k: k[:8])
def test_filter_redacts_every_place_a_key_can_hide(captured, key):
    logger, stream = captured
    logger.info("plain %s", key)
    logger.info("mapping %(k)s", {"k": key})
    logger.info(f"fstring Authorization: Bearer {key},next")
    logger.info('json {"api_key":"%s"}', key)
    logger.info("url https://x/?key=%s&y=1", key)
    logger.info("repr %r", {"headers": {"Authorization": f"Bearer {key}"}})
    try:
        try:
            raise KeyError(key)
        except KeyError as inner:
            raise RuntimeError(f"outer {key}") from inner
    except RuntimeError:
        logger.exception("failed")
    logger.info("stack", stack_info=True, extra={"k": key})
    logger.info("%s", key.encode())  # bytes repr: b'sk_test_...'
    text = stream.getvalue()
    assert key not in text
    assert key[-20:] not in text
    assert text.count("…(redacted)") >= 9  # one per line above, two in the traceback
    assert "outer" in text and "KeyError" in text  # the traceback survives, masked


def test_filter_keeps_ordinary_text(captured):
    logger, stream = captured
    logger.info("customer %s paid %d", "cus_Abc123", 9900)
    logger.info("sk_ and sk_test_ alone are not keys; task_test_x neither")
    text = stream.getvalue()
    assert "customer cus_Abc123 paid 9900" in text
    assert "…(redacted)" not in text.split("\n")[0]


def test_filter_survives_a_bad_format_string(captured):
    logger, stream = captured
    logger.info("broken %d %s", "not a number", KEYS[0])
    text = stream.getvalue()
    assert KEYS[0] not in text and "broken" in text
