"""The import contracts of tools/import_contracts.py catch what they should.

They guard the sandbox and the Qt widgets (``pyproject.toml``); a contract
that could never fail would guard nothing, so each is run here on a small
package that breaks it. import-linter is a ``dev`` tool: these tests run
where ``dev.py check`` has installed it (CI runs the check first) and skip
elsewhere.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("importlinter")
grimp = pytest.importorskip("grimp")

ROOT = Path(__file__).resolve().parents[2]

FILES = {
    "shop/__init__.py": "",
    "shop/core.py": "",
    "shop/client.py": "",
    "shop/ui.py": "from PySide6 import QtWidgets\n",
    "shop/server/__init__.py": "import json\nfrom shop.server import routes\n",
    "shop/server/routes.py": (
        "from shop import core\n"
        "from stripe.params import CustomerCreateParams\n"
        "import stripe.params.test_helpers as th\n"
    ),
}


def _contracts():
    spec = importlib.util.spec_from_file_location(
        "import_contracts", ROOT / "tools" / "import_contracts.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]):
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    return grimp.build_graph("shop", include_external_packages=True, cache_dir=None)


def _imports_only(graph):
    contract = _contracts().ImportsOnlyContract(
        name="server",
        session_options={},
        contract_options={
            "source_modules": ["shop.server"],
            "allowed_modules": ["shop.core", "stripe.params"],
        },
    )
    return contract.check(graph, verbose=False)


def _widgets_protected(graph):
    contract = _contracts().ProtectedSubmodulesContract(
        name="widgets",
        session_options={},
        contract_options={
            "protected_modules": ["PySide6.QtWidgets"],
            "allowed_importers": ["shop.ui"],
        },
    )
    return contract.check(graph, verbose=False)


def test_kept_when_everything_is_where_it_may_be(tmp_path, monkeypatch):
    graph = _graph(tmp_path, monkeypatch, FILES)
    assert _imports_only(graph).kept
    assert _widgets_protected(graph).kept


def test_imports_only_is_broken_by_a_sibling_a_whole_sdk_or_an_unlisted_package(
    tmp_path, monkeypatch
):
    files = dict(FILES)
    files["shop/server/routes.py"] += (
        "from shop.client import x\nimport stripe\nfrom stripe import (\n    params,\n)\n"
        "import httpx, os\n"
    )
    check = _imports_only(_graph(tmp_path, monkeypatch, files))
    assert not check.kept
    assert check.metadata["illegal"] == [
        ("shop.server.routes", "httpx", 9),
        ("shop.server.routes", "shop.client", 4),
        ("shop.server.routes", "stripe", 5),
        ("shop.server.routes", "stripe", 6),
    ]


def test_protected_submodule_is_seen_in_every_import_form(tmp_path, monkeypatch):
    files = dict(FILES)
    files["shop/core.py"] = (
        "from PySide6.QtCore import QObject\n"  # allowed: not the protected module
        "from PySide6 import (\n    QtGui,\n    QtWidgets,\n)\n"
        "import PySide6.QtWidgets as w\n"
    )
    check = _widgets_protected(_graph(tmp_path, monkeypatch, files))
    assert not check.kept
    assert check.metadata["illegal"] == [
        ("shop.core", "PySide6.QtWidgets", 2),
        ("shop.core", "PySide6.QtWidgets", 6),
    ]


def test_statements_name_their_modules():
    names = _contracts().statement_names(
        "from stripe.params import (\n    A,\n)\nimport a.b as c, d\nfrom . import e\n"
    )
    assert names == {1: ["stripe.params", "stripe.params.A"], 4: ["a.b", "d"]}
