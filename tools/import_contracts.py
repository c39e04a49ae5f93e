"""An import-linter contract that lists what a package may import, rather than what it may not.

import-linter's own contracts forbid: a ``forbidden`` contract names what a
package must not import, so anything it did not think of is allowed, and it
sees external packages only by their top-level name (``stripe``, never
``stripe.params``). The sandbox's rule is the other way round: it may import
the standard library, its own modules and a short list, nothing else. This
contract states that list, down to submodules of external packages, which it
reads from the import statement itself (``from stripe.params import ...``).

Registered in ``pyproject.toml`` (``contract_types``) as ``imports_only``::

    [[tool.importlinter.contracts]]
    type = "imports_only"
    source_modules = ["kpadmin.sandbox"]
    allowed_modules = ["kpadmin.domain", "aiohttp", "stripe.params"]

``lint-imports`` puts the working directory on ``sys.path``, which is how it
finds this module (run it from the project's root, as ``dev.py check`` does).
"""

from __future__ import annotations

import re
import sys

import grimp
from importlinter import Contract, ContractCheck, fields, output

# The module named by one import statement's first line, for both statement forms.
_FROM = re.compile(r"^\s*from\s+([\w.]+)\s+import\b")
_IMPORT = re.compile(r"^\s*import\s+(.+)$")


def imported_names(line: str) -> list[str]:
    """The modules an import line names: ``from a.b import c`` -> ``a.b``; ``import a, b as c``."""
    if match := _FROM.match(line):
        return [match.group(1)]
    if match := _IMPORT.match(line):
        return [part.split(" as ")[0].strip() for part in match.group(1).split(",")]
    return []


def is_within(name: str, prefixes: list[str]) -> bool:
    """Whether module ``name`` is one of ``prefixes`` or inside one of them."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


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
        stdlib = sys.stdlib_module_names
        illegal: set[tuple[str, str, int]] = set()
        for source in [str(m) for m in self.source_modules]:
            for importer in sorted({source, *graph.find_descendants(source)}):
                for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                    if imported.split(".")[0] in stdlib or is_within(imported, [source]):
                        continue
                    for detail in graph.get_import_details(importer=importer, imported=imported):
                        names = [imported]
                        if graph.is_module_squashed(imported):
                            # An external package is one squashed node (``stripe``): the
                            # statement says which of its modules was imported.
                            line = str(detail["line_contents"])
                            names = [
                                n for n in imported_names(line) if is_within(n, [imported])
                            ] or names
                        for name in names:
                            if not is_within(name, allowed):
                                illegal.add((importer, name, int(detail["line_number"])))
        found = [
            {"importer": importer, "imported": name, "line_number": line}
            for importer, name, line in sorted(illegal)
        ]
        return ContractCheck(kept=not found, metadata={"illegal": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        allowed = ", ".join(str(m) for m in self.allowed_modules)
        output.print_error(f"Allowed besides the standard library: {allowed}.")
        output.new_line()
        for item in check.metadata["illegal"]:
            output.print_error(
                f"- {item['importer']} imports {item['imported']} (l.{item['line_number']})",
                bold=False,
            )
        output.new_line()
