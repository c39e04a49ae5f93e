"""Stress suites: a ``stress_report`` fixture whose lines are printed in pytest's summary.

The suites print their counts (actions, faults injected, duplicates, cases
run); printing from a test is swallowed unless ``-s`` is given, so the lines
are collected here and written by ``pytest_terminal_summary``.
"""

from __future__ import annotations

import pytest

_LINES: list[str] = []


@pytest.fixture(scope="session")
def stress_report():
    """Call with a line of text to show it in the summary at the end of the run."""
    return _LINES.append


def pytest_terminal_summary(terminalreporter):
    if _LINES:
        terminalreporter.section("stress counts")
        for line in _LINES:
            terminalreporter.write_line(line)
