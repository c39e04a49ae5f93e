"""The audit log: append, query, CSV export, and the gateway recording every write."""

from __future__ import annotations

import csv
import io

import pytest

from kpadmin.audit import AuditLog
from kpadmin.domain.redact import contains_key
from kpadmin.stripe_api import GatewayError, StripeGateway
from kpadmin.stripe_api.records import CustomerDraft


class _Clock:
    def __init__(self, t: int = 1_800_000_000) -> None:
        self.t = t

    def __call__(self) -> float:
        self.t += 60
        return self.t


@pytest.fixture
def audit(tmp_path):
    log = AuditLog(tmp_path / "nested" / "audit.sqlite3", clock=_Clock())
    yield log
    log.close()


def _add(log: AuditLog, action: str, obj: str, customer: str | None = None, **kw):
    return log.append(
        profile=kw.pop("profile", "Demo"),
        mode="sandbox",
        action=action,
        outcome=kw.pop("outcome", "ok"),
        object_id=obj,
        customer_id=customer,
        idempotency_key="k-" + obj,
        request_id="req_" + obj,
        **kw,
    )


def test_rows_survive_reopening_and_come_newest_first(tmp_path):
    path = tmp_path / "a.sqlite3"
    log = AuditLog(path, clock=_Clock())
    first = _add(log, "customers.create", "cus_1", "cus_1")
    second = _add(log, "subscriptions.cancel", "sub_1", "cus_1", outcome="failed")
    log.close()
    again = AuditLog(path)
    rows = again.query()
    again.close()
    assert first.id == second.id == 0  # numbered when the writer stores them
    assert [r.action for r in rows] == [second.action, first.action]
    assert rows[0].id > rows[1].id > 0
    assert rows[0].outcome == "failed" and rows[0].request_id == "req_sub_1"
    assert rows[0].at > rows[1].at


def test_filters(audit):
    _add(audit, "customers.create", "cus_1", "cus_1")
    _add(audit, "subscriptions.update", "sub_1", "cus_1", detail="pause: void")
    _add(audit, "subscriptions.cancel", "sub_2", "cus_2", profile="Live shop")
    _add(audit, "refunds.create", "re_1", "cus_1", detail="refund 30000 krw")
    assert [r.object_id for r in audit.query(object_id="sub_1")] == ["sub_1"]
    assert {r.object_id for r in audit.query(customer_id="cus_1")} == {"cus_1", "sub_1", "re_1"}
    assert [r.object_id for r in audit.query(action="subscriptions.")] == ["sub_2", "sub_1"]
    assert [r.object_id for r in audit.query(action="subscriptions.cancel")] == ["sub_2"]
    assert [r.object_id for r in audit.query(text="PAUSE")] == ["sub_1"]
    assert [r.object_id for r in audit.query(profile="Live shop")] == ["sub_2"]
    all_rows = audit.query()
    t1 = all_rows[2].at  # sub_1
    assert [r.object_id for r in audit.query(since=t1, until=t1 + 60)] == ["sub_2", "sub_1"]
    # LIKE wildcards in the search text are literal
    assert audit.query(text="%") == []
    with pytest.raises(ValueError):
        _add(audit, "x", "y", outcome="maybe")


def test_detail_is_redacted(audit):
    row = _add(
        audit,
        "customers.create",
        "cus_1",
        detail="auth: Invalid API Key provided: sk_test_abcDEF123456",
    )
    assert not contains_key(row.detail)
    assert not contains_key(audit.query()[0].detail)


def test_csv_export(audit):
    _add(audit, "customers.update", "cus_1", "cus_1", detail='=HYPERLINK("x")')
    _add(audit, "refunds.create", "re_1", "cus_1")
    out = io.StringIO()
    assert audit.export_csv(out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["object_id"] for r in rows] == ["re_1", "cus_1"]
    assert rows[0]["at_utc"].endswith("Z") and rows[0]["request_id"] == "req_re_1"
    assert rows[1]["detail"].startswith("'=")  # no formula injection
    only = io.StringIO()
    assert audit.export_csv(only, audit.query(object_id="re_1")) == 1


def test_gateway_writes_are_recorded_with_request_id_never_the_key(
    sandbox, test_key, wait_for, audit
):
    from kpadmin.app import audited_gateway_factory
    from kpadmin.profiles import Profile

    gw = audited_gateway_factory(audit)(Profile("Demo", "sandbox", api_base=sandbox.url), test_key)
    try:
        cus = wait_for(gw.customers.create(CustomerDraft(name="김민준"), idempotency_key="key-1"))
        again = wait_for(gw.customers.create(CustomerDraft(name="김민준"), idempotency_key="key-1"))
        assert again.id == cus.id
        wait_for(gw.customers.list())  # a read: not recorded
        with pytest.raises(GatewayError) as err:
            wait_for(
                gw.customers.update("cus_missing", CustomerDraft(name="x"), idempotency_key="key-2")
            )
    finally:
        wait_for(gw.aclose())
    rows = audit.query()
    assert len(rows) == 3
    failed, replay, ok = rows
    assert replay.detail == "replayed" and ok.detail == ""
    assert ok.action == "customers.create" and ok.outcome == "ok"
    assert ok.object_id == cus.id and ok.customer_id == cus.id
    assert ok.idempotency_key == "key-1" and ok.request_id and ok.request_id.startswith("req_")
    assert (ok.profile, ok.mode) == ("Demo", "sandbox")
    assert failed.outcome == "failed" and failed.object_id == "cus_missing"
    assert failed.request_id == err.value.request_id and failed.request_id
    assert failed.detail.startswith("not_found")
    out = io.StringIO()
    audit.export_csv(out)
    with open(audit.path, "rb") as f:
        raw = f.read()
    assert test_key not in out.getvalue() and test_key.encode() not in raw
    assert not contains_key(out.getvalue())


def test_a_failing_sink_does_not_fail_the_write(sandbox, test_key, wait_for):
    def broken(_record):
        raise OSError("disk full")

    gw = StripeGateway(test_key, api_base=sandbox.url, max_network_retries=0, audit=broken)
    try:
        cus = wait_for(gw.customers.create(CustomerDraft(name="x"), idempotency_key="k"))
    finally:
        wait_for(gw.aclose())
    assert cus.id.startswith("cus_")


def test_a_log_opened_later_touches_nothing_until_it_is_used(tmp_path):
    # kpadmin.app makes its log this way and opens it after the window's first paint.
    path = tmp_path / "later" / "audit.sqlite3"
    unused = AuditLog(path, open_now=False)
    assert not path.parent.exists()
    assert unused.close()  # nothing was handed over
    log = AuditLog(path, open_now=False)
    log.append(profile="p", mode="test", action="customer.create", outcome="ok")
    assert log.wait_written(5) and path.exists()
    assert [e.action for e in log.query()] == ["customer.create"]
    assert log.close()
