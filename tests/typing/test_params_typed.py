"""The gateway's requests are typed by the SDK's own TypedDicts, through to the SDK call.

mypy runs (strict, the project's configuration) on two snippets written the
way the services write requests: ``bad_params.py`` misspells a parameter in
each case and must be rejected on exactly those lines, naming the key where
the request is built as a typed value; ``good_params.py`` spells them right
and must pass. If ``Transport.call`` or ``JsonList`` went back to
``dict[str, Any]``, the bad snippet would pass and this test would fail.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
# Outside the source tree, kept between runs (a cold run reads the whole SDK: ~30 s).
CACHE = Path(tempfile.gettempdir()) / (
    "kpadmin-mypy-" + hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
)
ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")


@pytest.fixture(scope="module")
def mypy_errors() -> list[tuple[str, int, str]]:
    """(file name, line, message) of every error mypy reports on both snippets."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--cache-dir",
            str(CACHE),
            "--no-error-summary",
            "--show-absolute-path",
            str(HERE / "bad_params.py"),
            str(HERE / "good_params.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr  # 2: mypy itself failed
    errors = []
    for line in result.stdout.splitlines():
        m = ERROR.match(line)
        if m:
            errors.append((Path(m["file"]).name, int(m["line"]), m["message"]))
    return errors


def _marked_lines(name: str) -> dict[int, str]:
    """Line number -> the key a ``# next line rejected: <key>`` comment names (may be "")."""
    out = {}
    for number, text in enumerate((HERE / name).read_text("utf-8").splitlines(), start=1):
        m = re.fullmatch(r"\s*# next line rejected:\s*(\S*)", text)
        if m:
            out[number + 1] = m.group(1)
    return out


def test_misspelled_parameters_are_rejected_by_name(mypy_errors):
    marked = _marked_lines("bad_params.py")
    assert len(marked) == 3
    bad = {line: message for name, line, message in mypy_errors if name == "bad_params.py"}
    for line, key in marked.items():
        assert line in bad, f"mypy accepted bad_params.py line {line}"
        if key:
            assert f'"{key}"' in bad[line], bad[line]
    assert set(bad) == set(marked), bad


def test_correct_parameters_pass(mypy_errors):
    assert [e for e in mypy_errors if e[0] != "bad_params.py"] == []
