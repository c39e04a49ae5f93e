"""Web pages the user visits cannot drive the sandbox: Host and Origin checks, keys off ``ps``."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import kakao_flow as kf
import pytest

KEY = "sk_test_kpadmin0000000000000000"


def send(sandbox, method, path, headers=None, body=None):
    """A request to 127.0.0.1:PORT with these exact headers; (status, body bytes)."""
    parts = urlsplit(sandbox.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        hdrs = {"Host": parts.netloc, **(headers or {})}
        if body is not None:
            hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
            hdrs["Content-Length"] = str(len(body))
        for k, v in hdrs.items():
            conn.putheader(k, v)
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.mark.parametrize(
    "path", ["/v1/customers", "/_sandbox/admin/health", "/_sandbox/invoices/in_x", "/"]
)
@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:{port}", "127.0.0.1:1", "localhost", "10.0.0.1:{port}"]
)
def test_a_foreign_host_is_refused_on_every_route(sandbox, path, host):
    port = urlsplit(sandbox.url).port
    status, body = send(
        sandbox, "GET", path, {"Host": host.format(port=port), "Authorization": f"Bearer {KEY}"}
    )
    assert status == 400
    err = json.loads(body)["error"]
    assert err["type"] == "invalid_request_error" and "host" in err["message"]


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost", "LOCALHOST", "[::1]"])
def test_the_loopback_names_of_the_served_port_are_accepted(sandbox, name):
    port = urlsplit(sandbox.url).port
    status, body = send(
        sandbox,
        "GET",
        "/v1/customers",
        {"Host": f"{name}:{port}", "Authorization": f"Bearer {KEY}"},
    )
    assert status == 200, body


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:1"},
        {"Referer": "https://evil.example/page"},
        {"Origin": "http://127.0.0.1:{port}.evil.example"},
    ],
)
def test_admin_writes_from_another_origin_are_refused(sandbox, headers):
    port = urlsplit(sandbox.url).port
    hdrs = {k: v.format(port=port) for k, v in headers.items()}
    status, body = send(sandbox, "POST", "/_sandbox/admin/latency", hdrs, b"ms=900")
    assert status == 403 and "origin" in json.loads(body)["error"]["message"]
    assert sandbox.server.latency_ms == 0


def test_admin_writes_from_its_own_origin_or_no_browser_pass(sandbox):
    port = urlsplit(sandbox.url).port
    for hdrs in ({}, {"Origin": sandbox.url}, {"Referer": f"http://localhost:{port}/x"}):
        status, _ = send(sandbox, "POST", "/_sandbox/admin/latency", hdrs, b"ms=0")
        assert status == 200


def test_approval_buttons_refuse_another_origin_and_work_from_their_own(sandbox, test_key):
    c = kf.client(sandbox, test_key)
    cus, _ = kf.shop(c)
    si = kf.start_setup(c, cus.id)
    url = si.next_action.redirect_to_url.url
    _page, form = kf.open_page(url)
    data = {**form.hidden, "action": "authorize"}
    target = urljoin(url, form.action)
    evil = httpx.post(target, data=data, headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403
    assert c.v1.setup_intents.retrieve(si.id).status == "requires_action"
    # What a real browser sends when the page posts its own form.
    own = httpx.post(
        target,
        data=data,
        headers={"Origin": sandbox.url, "Referer": url},
        follow_redirects=False,
    )
    assert own.status_code == 303, own.text
    assert c.v1.setup_intents.retrieve(si.id).status == "succeeded"


def _start_cli(env, *args):
    proc = subprocess.Popen(
        [sys.executable, "-m", "kpadmin.sandbox", "--port", "0", "--seed", "none", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **env},
    )
    line = proc.stdout.readline()
    assert "Sandbox listening on" in line, proc.stderr.read() if proc.poll() is not None else line
    return proc, line.split("listening on ")[1].split()[0]


def _status(url, key):
    return httpx.get(url + "/v1/customers", headers={"Authorization": f"Bearer {key}"}).status_code


def test_keys_from_the_environment_and_a_file_stay_out_of_ps(tmp_path):
    keyfile = tmp_path / "keys"
    keyfile.write_text("# sandbox keys\nsk_test_fromfile0001\n")
    proc, url = _start_cli(
        {"KPADMIN_SANDBOX_API_KEYS": "sk_test_fromenv0001, sk_test_fromenv0002"},
        "--api-key-file",
        str(keyfile),
    )
    try:
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes().decode()
        assert "sk_test_from" not in cmdline
        for key in ("sk_test_fromfile0001", "sk_test_fromenv0001", "sk_test_fromenv0002"):
            assert _status(url, key) == 200
        assert _status(url, "sk_test_otherkey0001") == 401
    finally:
        proc.terminate()
        proc.communicate(timeout=15)


def test_an_unreadable_key_file_stops_the_cli(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kpadmin.sandbox", "--api-key-file", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "cannot read --api-key-file" in done.stderr


def test_allow_host_names_another_host():
    proc, url = _start_cli({}, "--allow-host", "sandbox.test")
    try:
        port = urlsplit(url).port
        r = httpx.get(
            url + "/v1/customers",
            headers={"Host": f"sandbox.test:{port}", "Authorization": f"Bearer {KEY}"},
        )
        assert r.status_code == 200
    finally:
        proc.terminate()
        proc.communicate(timeout=15)
