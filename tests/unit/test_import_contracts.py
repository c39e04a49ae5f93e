"""The ``imports_only`` import contract (tools/import_contracts.py) catches what it should.

It guards the sandbox (``pyproject.toml``); a contract that could never fail
would guard nothing, so it is run here on a small package that breaks it.
import-linter is a ``dev`` tool: these tests run where ``dev.py check`` has
installed it (CI runs the check first) and skip elsewhere.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("importlinter")
grimp = pytest.importorskip("grimp")

ROOT = Path(__file__).resolve().parents[2]


def _contracts_module():
    spec = importlib.util.spec_from_file_location(
        "import_contracts", ROOT / "tools" / "import_contracts.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _package(tmp_path: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, allowed: list[str]):
    monkeypatch.syspath_prepend(str(tmp_path))
    contracts = _contracts_module()
    graph = grimp.build_graph("shop", include_external_packages=True, cache_dir=None)
    contract = contracts.ImportsOnlyContract(
        name="server",
        session_options={},
        contract_options={"source_modules": ["shop.server"], "allowed_modules": allowed},
    )
    return contract.check(graph, verbose=False)


FILES = {
    "shop/__init__.py": "",
    "shop/core.py": "",
    "shop/client.py": "",
    "shop/server/__init__.py": "import json\nfrom shop.server import routes\n",
    "shop/server/routes.py": (
        "from shop import core\n"
        "from stripe.params import CustomerCreateParams\n"
        "import stripe.params.test_helpers as th\n"
    ),
}


def test_kept_when_everything_is_stdlib_own_or_listed(tmp_path, monkeypatch):
    _package(tmp_path, FILES)
    check = _check(tmp_path, monkeypatch, ["shop.core", "stripe.params"])
    assert check.kept, check.metadata


def test_broken_by_a_sibling_a_whole_sdk_or_an_unlisted_package(tmp_path, monkeypatch):
    files = dict(FILES)
    files["shop/server/routes.py"] += (
        "from shop.client import x\nimport stripe\nfrom stripe import params\nimport httpx, os\n"
    )
    _package(tmp_path, files)
    check = _check(tmp_path, monkeypatch, ["shop.core", "stripe.params"])
    assert not check.kept
    found = sorted((i["imported"], i["line_number"]) for i in check.metadata["illegal"])
    assert found == [("httpx", 7), ("shop.client", 4), ("stripe", 5), ("stripe", 6)]


def test_import_lines_name_their_modules():
    contracts = _contracts_module()
    assert contracts.imported_names("from stripe.params import (") == ["stripe.params"]
    assert contracts.imported_names("import a.b as c, d") == ["a.b", "d"]
    assert contracts.imported_names("x = 1") == []
