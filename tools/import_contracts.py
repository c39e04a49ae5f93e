"""import-linter contracts about modules *inside* external packages, and allow-lists.

import-linter sees an external package as one node named by its top-level
name (``stripe``, ``PySide6``), so its own contracts cannot say "only
``stripe.params``" or "no ``PySide6.QtWidgets``". These contracts read which
modules an import statement names from the statement itself (the source
file's syntax tree at the line grimp reports), and check those names:

- ``imports_only``: the source packages import only the standard library,
  themselves and an allow-list (the sandbox: ``kpadmin.domain``, ``aiohttp``,
  ``stripe.params``...); a ``forbidden`` contract would let through anything
  it did not think of.
- ``protected_submodules``: only the allowed importers may import the
  protected modules, which may be submodules of external packages
  (``PySide6.QtWidgets``: only the UI and the composition root).

Registered in ``pyproject.toml`` (``contract_types``). ``lint-imports`` puts
the working directory on ``sys.path``, which is how it finds this module (run
it from the project's root, as ``dev.py check`` does).
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import grimp
from importlinter import Contract, ContractCheck, fields, output


def statement_names(source: str) -> dict[int, list[str]]:
    """Per line of ``source``, what its absolute import statements name.

    ``import a.b as c`` names ``a.b``; ``from a import b, c`` names ``a``, ``a.b``
    and ``a.c`` (``b`` may be a module or a name in ``a``: both are reported, and
    a rule about ``a.b`` must see it). Relative imports stay inside their own
    package and are left to the graph.
    """
    names: dict[int, list[str]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.setdefault(node.lineno, []).extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found = names.setdefault(node.lineno, [])
            found.append(node.module)
            found.extend(f"{node.module}.{a.name}" for a in node.names if a.name != "*")
    return names


def _module_names(module: str) -> dict[int, list[str]]:
    """:func:`statement_names` of ``module``'s file (found from its root package's folder)."""
    root, *rest = module.split(".")
    spec = importlib.util.find_spec(root)
    if spec is None or spec.origin is None:
        return {}
    path = Path(spec.origin).parent.joinpath(*rest)
    return _file_names(path / "__init__.py" if path.is_dir() else path.with_suffix(".py"))


@cache
def _file_names(path: Path) -> dict[int, list[str]]:
    return statement_names(path.read_text(encoding="utf-8"))


def is_within(name: str, prefixes: list[str]) -> bool:
    """Whether module ``name`` is one of ``prefixes`` or inside one of them."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def imports_of(graph: grimp.ImportGraph, importer: str) -> Iterator[tuple[str, int]]:
    """Every (module named, line) that ``importer`` imports, standard library included.

    A module of the project is reported as grimp resolved it; an external
    package (one squashed node, ``stripe``) by what the statement names
    (``stripe.params``).
    """
    for imported in sorted(graph.find_modules_directly_imported_by(importer)):
        for detail in graph.get_import_details(importer=importer, imported=imported):
            line = int(detail["line_number"])
            names = [imported]
            if graph.is_module_squashed(imported):
                stated = _module_names(importer).get(line, [])
                names = [n for n in stated if is_within(n, [imported])] or names
            for name in names:
                yield name, line


def _modules_of(graph: grimp.ImportGraph, packages: list[str]) -> list[str]:
    return sorted({m for p in packages for m in (p, *graph.find_descendants(p))})


def _render(check: ContractCheck, heading: str) -> None:
    output.print_error(heading)
    output.new_line()
    for importer, name, line in check.metadata["illegal"]:
        output.print_error(f"- {importer} imports {name} (l.{line})", bold=False)
    output.new_line()


class ImportsOnlyContract(Contract):
    """Modules in ``source_modules`` import only the stdlib, themselves and ``allowed_modules``.

    Configuration options:
        source_modules: The packages whose imports are checked (with their descendants).
        allowed_modules: Modules they may import besides the standard library and
            their own package, as dotted prefixes (``stripe.params`` allows
            ``stripe.params.test_helpers`` but not ``stripe``).
    """

    type_name = "imports_only"

    source_modules = fields.ListField(subfield=fields.StringField())
    allowed_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        allowed = [str(m) for m in self.allowed_modules]
        illegal: set[tuple[str, str, int]] = set()
        for source in [str(m) for m in self.source_modules]:
            for importer in _modules_of(graph, [source]):
                for name, line in imports_of(graph, importer):
                    if name.split(".")[0] in sys.stdlib_module_names:
                        continue
                    if not is_within(name, [source, *allowed]):
                        illegal.add((importer, name, line))
        return ContractCheck(kept=not illegal, metadata={"illegal": sorted(illegal)})

    def render_broken_contract(self, check: ContractCheck) -> None:
        allowed = ", ".join(str(m) for m in self.allowed_modules)
        _render(check, f"Allowed besides the standard library: {allowed}.")


class ProtectedSubmodulesContract(Contract):
    """Only ``allowed_importers`` import ``protected_modules`` (submodules of externals too).

    Configuration options:
        protected_modules: Dotted modules, e.g. ``PySide6.QtWidgets``.
        allowed_importers: The packages (with their descendants) that may import them.
    """

    type_name = "protected_submodules"

    protected_modules = fields.ListField(subfield=fields.StringField())
    allowed_importers = fields.ListField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        protected = [str(m) for m in self.protected_modules]
        allowed = [str(m) for m in self.allowed_importers]
        illegal: set[tuple[str, str, int]] = set()
        for importer in sorted(graph.modules):
            if graph.is_module_squashed(importer) or is_within(importer, allowed):
                continue
            for name, line in imports_of(graph, importer):
                if is_within(name, protected):
                    illegal.add((importer, name, line))
        return ContractCheck(kept=not illegal, metadata={"illegal": sorted(illegal)})

    def render_broken_contract(self, check: ContractCheck) -> None:
        allowed = ", ".join(str(m) for m in self.allowed_importers)
        _render(check, f"Only these may import them: {allowed}.")
