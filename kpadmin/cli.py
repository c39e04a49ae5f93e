"""Command line: ``kpadmin`` opens the window; ``--demo`` opens it on the demo shop.

``--version`` prints the version and exits without importing Qt, so it works
on a machine with no display (packaging checks, bug reports).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import kpadmin


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kpadmin",
        description="Desktop admin for Stripe Billing subscriptions paid with Kakao Pay.",
    )
    parser.add_argument("--version", action="version", version=f"kpadmin {kpadmin.__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the built-in sandbox with a demo shop and open it",
    )
    parser.add_argument(
        "--lang",
        default="",
        metavar="LOCALE",
        help="UI language: en, ko or ja (default: the Preferences choice, else the system)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="quit once the window has been shown (packaging checks); prints 'window shown'",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run the app; returns the process exit code."""
    args = build_parser().parse_args(list(argv) if argv is not None else None)
    from kpadmin.hardening import disable_core_dumps

    disable_core_dumps()  # before any key is read: a crash dump would hold it
    from kpadmin.app import run

    return run(demo=args.demo, language=args.lang, argv=[sys.argv[0]], smoke_test=args.smoke_test)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
