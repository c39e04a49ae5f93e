"""The README's sandbox example works as printed.

The shell block of README's "The sandbox" section is parsed, its first
command (the server) is started as written but on a free port, and every
other command runs through the shell with the port substituted. Each must
exit 0 and print a Stripe object, not an error: a README whose example
answers 401 is how a new user meets the project.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PORT_IN_README = "12111"


def sandbox_commands() -> list[str]:
    """The commands of the first ``sh`` block under the README's sandbox heading."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The sandbox", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the README's sandbox section has no sh block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_the_readme_has_a_server_and_commands_to_try():
    commands = sandbox_commands()
    assert "kpadmin-sandbox" in commands[0] and f"--port {PORT_IN_README}" in commands[0]
    assert len(commands) >= 2 and all(PORT_IN_README in c for c in commands[1:])


@pytest.mark.skipif(shutil.which("curl") is None, reason="the README's commands use curl")
def test_every_readme_command_works_against_the_sandbox_it_starts():
    server, *commands = sandbox_commands()
    argv = shlex.split(server.replace(f"--port {PORT_IN_README}", "--port 0"))
    if not (ROOT / argv[0]).exists():  # an installed kpadmin without the .venv of dev.py
        argv = [sys.executable, "-m", "kpadmin.sandbox", *argv[1:]]
    proc = subprocess.Popen(
        argv,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        banner = [proc.stdout.readline() for _ in range(3)]
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", banner[0])
        assert m, f"the server did not start: {banner}"
        port = m.group(1)
        # The banner suggests the same kind of key the README uses.
        assert "-u sk_test_kpadmindemo:" in banner[1]
        for command in commands:
            done = subprocess.run(
                command.replace(PORT_IN_README, port),
                shell=True,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert done.returncode == 0, f"{command}: {done.stderr}"
            answer = json.loads(done.stdout)
            assert "error" not in answer, f"{command}: {answer}"
            assert answer.get("object") in ("list", "customer", "product"), command
    finally:
        proc.terminate()
        proc.communicate(timeout=15)
