"""``python -m kpadmin.sandbox``: starts, prints its URL and a curl line, answers, stops."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest


def start(*args):
    proc = subprocess.Popen(
        [sys.executable, "-m", "kpadmin.sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines = [proc.stdout.readline() for _ in range(3)]
    m = re.search(r"Sandbox listening on (http://127\.0\.0\.1:\d+)", lines[0])
    if not m:
        proc.kill()
        _out, err = proc.communicate(timeout=10)
        pytest.fail(f"no URL printed: {lines!r} {err}")
    return proc, m.group(1), lines


def stop(proc, sig=signal.SIGINT):
    proc.send_signal(sig)
    _out, err = proc.communicate(timeout=15)
    return proc.returncode, err


def get(url, key):
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, json.loads(err.read())


def test_cli_serves_and_stops_on_ctrl_c():
    proc, url, lines = start("--seed", "none")
    try:
        assert "curl " in lines[1] and url in lines[1]
        status, body = get(url + "/v1/customers", "sk_test_cli00001")
        assert status == 200 and body == {
            "object": "list",
            "data": [],
            "has_more": False,
            "url": "/v1/customers",
        }
    finally:
        code, err = stop(proc)
    assert code == 0 and "Sandbox stopped" in err


def test_cli_api_key_is_enforced_and_never_printed():
    proc, url, lines = start("--seed", "none", "--api-key", "sk_test_secretcli99")
    try:
        assert "sk_test_secretcli99" not in "".join(lines)
        assert get(url + "/v1/products", "sk_test_secretcli99")[0] == 200
        assert get(url + "/v1/products", "sk_test_othercli000")[0] == 401
    finally:
        code, _ = stop(proc, signal.SIGTERM)
    assert code == 0


def test_cli_db_persists_between_runs(tmp_path):
    db = str(tmp_path / "sandbox.db")
    proc, url, _ = start("--seed", "none", "--db", db)
    try:
        data = b"name=Persisted"
        req = urllib.request.Request(
            url + "/v1/customers",
            data=data,
            method="POST",
            headers={"Authorization": "Bearer sk_test_cli00001"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            cid = json.loads(resp.read())["id"]
    finally:
        stop(proc)
    proc, url, _ = start("--db", db)  # default seed=demo applies only to an empty db
    try:
        _status, body = get(url + "/v1/customers?limit=100", "sk_test_cli00001")
        assert [c["id"] for c in body["data"]] == [cid]
    finally:
        stop(proc)


def test_cli_reports_a_busy_port():
    proc, url, _ = start("--seed", "none")
    try:
        port = url.rsplit(":", 1)[1]
        busy = subprocess.run(
            [sys.executable, "-m", "kpadmin.sandbox", "--port", port, "--seed", "none"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert busy.returncode == 1 and "cannot listen" in busy.stderr
    finally:
        stop(proc)


def test_seeded_links_follow_the_port_the_client_reached(demo_sandbox):
    """Seeded hosted-invoice URLs point at the running sandbox, whatever port it got."""
    import json
    import urllib.request

    req = urllib.request.Request(
        demo_sandbox.url + "/v1/invoices?limit=3",
        headers={"Authorization": "Bearer sk_test_origin"},
    )
    with urllib.request.urlopen(req) as resp:
        invoices = json.load(resp)["data"]
    urls = [i["hosted_invoice_url"] for i in invoices if i.get("hosted_invoice_url")]
    assert urls and all(u.startswith(demo_sandbox.url + "/_sandbox/invoices/") for u in urls)
    with urllib.request.urlopen(urls[0]) as page:
        assert page.status == 200
