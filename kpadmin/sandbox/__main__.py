"""``kpadmin-sandbox`` / ``python -m kpadmin.sandbox``: the sandbox as its own process.

A fresh in-memory sandbox starts with the demo shop (``--seed demo`` is the
default) so that running the command alone shows something; ``--seed none``
starts empty. With ``--db`` the seed is applied only when the file is empty.
``--port 0`` picks a free port; the line ``Sandbox listening on URL`` always
names the real one (tests read it).

Keys given with ``--api-key`` show in ``ps`` to every user of the machine, so
they can also come from a file (``--api-key-file``, one per line) or from the
environment (:data:`KEYS_ENV`, separated by commas or spaces).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import sys
from pathlib import Path

from aiohttp import web

from kpadmin.sandbox.faults import FAULT_KINDS, FaultPlan, parse_kinds
from kpadmin.sandbox.server import DEFAULT_API_VERSION, SandboxServer, build_store
from kpadmin.sandbox.versions import KNOWN_VERSIONS
from kpadmin.sandbox.wire import KeyPolicy

#: Environment variable with keys to accept, like repeated ``--api-key``s.
KEYS_ENV = "KPADMIN_SANDBOX_API_KEYS"
#: The key the start-up lines suggest when any test key is accepted: Stripe's key
#: shape (``sk_test_`` and letters or digits), which the sandbox insists on as Stripe does.
EXAMPLE_KEY = "sk_test_kpadmindemo"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="kpadmin-sandbox", description="A local Stripe-compatible API server for kpadmin."
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=12111, help="port (12111; 0 picks a free one)")
    p.add_argument("--db", metavar="PATH", help="SQLite file to keep objects in (default: memory)")
    p.add_argument(
        "--seed",
        choices=("demo", "none"),
        default="demo",
        help="demo shop or empty, when the store is empty (default: demo)",
    )
    p.add_argument(
        "--api-key",
        action="append",
        default=[],
        metavar="KEY",
        help="accept only this key (repeatable; default: any sk_test_/rk_test_ key); "
        f"keys can also come from --api-key-file or ${KEYS_ENV}, which ps does not show",
    )
    p.add_argument(
        "--api-key-file",
        metavar="PATH",
        help="accept only the keys in this file (one per line; # starts a comment)",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a host name clients may use besides the listening address (repeatable)",
    )
    p.add_argument(
        "--restricted-key",
        action="append",
        default=[],
        metavar="KEY=PERMS",
        help="a restricted key and its permissions, e.g. "
        "rk_test_abc=customer_read,product_write (repeatable)",
    )
    p.add_argument(
        "--api-version",
        default=DEFAULT_API_VERSION,
        help=f"the account's default API version ({DEFAULT_API_VERSION})",
    )
    p.add_argument("--latency-ms", type=int, default=0, help="delay every API response")
    p.add_argument(
        "--rate-limit",
        action="store_true",
        help="refuse requests over Stripe's per-second limit (25 test, 100 live) with its 429",
    )
    p.add_argument(
        "--fault-rate",
        type=float,
        default=0.0,
        metavar="FRACTION",
        help="fail this fraction of API requests on purpose, e.g. 0.2 (default 0)",
    )
    p.add_argument(
        "--faults",
        default=",".join(FAULT_KINDS),
        metavar="KINDS",
        help="which failures to inject, comma-separated: "
        + ",".join(FAULT_KINDS)
        + " (default: all)",
    )
    p.add_argument(
        "--fault-seed",
        type=int,
        default=None,
        metavar="N",
        help="seed for the fault draws (repeatable runs)",
    )
    p.add_argument(
        "--fault-hang",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long a 'timeout' fault hangs before answering (default 60)",
    )
    args = p.parse_args(argv)
    if args.api_version not in KNOWN_VERSIONS:
        p.error(f"--api-version {args.api_version} is not an API version Stripe released")
    try:
        args.api_key = [*args.api_key, *_keys_from_env_and_file(args.api_key_file)]
    except OSError as exc:
        p.error(f"cannot read --api-key-file: {exc}")
    try:
        args.fault_plan = FaultPlan(
            rate=args.fault_rate,
            kinds=parse_kinds(args.faults),
            seed=args.fault_seed,
            hang_s=args.fault_hang,
        )
    except ValueError as exc:
        p.error(str(exc))
    return args


def _keys_from_env_and_file(path: str | None) -> list[str]:
    """Keys from :data:`KEYS_ENV` and from the ``--api-key-file`` (if any)."""
    keys = re.split(r"[\s,]+", os.environ.get(KEYS_ENV, ""))
    if path:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            keys.append(line.split("#", 1)[0])
    return [k.strip() for k in keys if k.strip()]


async def _serve(args: argparse.Namespace) -> None:
    store = build_store(args.db, args.seed)
    restricted = dict(KeyPolicy.parse_restricted(s) for s in args.restricted_key)
    server = SandboxServer(
        store,
        api_keys=args.api_key,
        restricted=restricted,
        api_version=args.api_version,
        latency_ms=args.latency_ms,
        faults=args.fault_plan,
        allowed_hosts=args.allow_host,
        rate_limit=args.rate_limit,
    )
    runner = web.AppRunner(server.make_app(), access_log=None, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, args.host, args.port)
    await site.start()
    port = runner.addresses[0][1]
    host = args.host if ":" not in args.host else f"[{args.host}]"
    url = f"http://{host}:{port}"
    # Never echo a configured key: show a placeholder instead.
    key = "<your --api-key>" if args.api_key else EXAMPLE_KEY
    print(f"Sandbox listening on {url}  (API version {args.api_version}; Ctrl-C stops)")
    print(f'Try:  curl "{url}/v1/customers?limit=3" -u {key}:')
    print(f'SDK:  stripe.StripeClient("{key}", base_addresses={{"api": "{url}"}})', flush=True)
    if args.fault_plan.rate > 0:
        print(
            f"Faults: {args.fault_plan.rate:.0%} of API requests fail "
            f"({','.join(args.fault_plan.kinds)})",
            flush=True,
        )
    stop = asyncio.Event()
    # Both signals explicitly: a process started with SIGINT ignored (a background
    # job of a non-interactive shell) never gets Python's KeyboardInterrupt.
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            asyncio.get_running_loop().add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows: Ctrl-C still raises
            pass
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
        store.close()
    print("Sandbox stopped.", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if hasattr(signal, "pthread_sigmask"):
        # A parent may hand down SIGINT/SIGTERM blocked; the server must still stop on them.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        asyncio.run(_serve(args))
    except KeyboardInterrupt:
        print("Sandbox stopped.", file=sys.stderr)
    except OSError as exc:
        print(f"kpadmin-sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
