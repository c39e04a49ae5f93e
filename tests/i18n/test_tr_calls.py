"""Every translatable string is one lupdate can see.

lupdate reads the source, it does not run it: ``self.tr(f"Hello {name}")``,
``self.tr("a" + b)`` or ``translate(context_var, text)`` compile and run,
but their text never reaches a .ts file, so it stays English forever. A
module-level alias (``tr = QCoreApplication.translate``; ``_tr(text)``)
hides the context from lupdate the same way. Placeholders (``%1``) and
``.replace()`` / ``.arg()`` after the call are the way to put values in.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = sorted(
    p
    for p in (ROOT / "kpadmin").rglob("*.py")
    if "sandbox" not in p.relative_to(ROOT / "kpadmin").parts
)


def _literal(node: ast.expr) -> bool:
    """A plain string literal (adjacent literals count: Python joins them)."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def problems(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, what) of each translation call lupdate cannot read."""
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr in ("translate", "tr")
        ):
            found.append((node.lineno, "aliasing translate/tr hides the context from lupdate"))
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("tr", "_tr", "_t") and isinstance(func, ast.Name):
            advice = "use self.tr() or QCoreApplication.translate(context, text)"
            found.append((node.lineno, f"bare {name}(): {advice}"))
        elif name == "tr" and isinstance(func, ast.Attribute):
            if not node.args or not _literal(node.args[0]):
                found.append((node.lineno, "tr() needs a string literal (no f-string, no +)"))
        elif (
            name == "translate"
            and isinstance(func, ast.Attribute)
            and getattr(func.value, "id", "") in ("QCoreApplication", "QApplication")
            and (len(node.args) < 2 or not all(_literal(a) for a in node.args[:2]))
        ):
            found.append((node.lineno, "translate() needs literal context and text"))
    return found


def test_the_scan_finds_what_lupdate_misses():
    bad = ast.parse(
        'self.tr(f"Hi {x}")\nself.tr("a" + b)\nQCoreApplication.translate(ctx, "t")\n'
        'tr = QCoreApplication.translate\n_tr("x")\nself.tr(text)\n'
    )
    assert sorted(line for line, _ in problems(bad)) == [1, 2, 3, 4, 5, 6]
    good = ast.parse(
        'self.tr("Hi %1").replace("%1", x)\nQCoreApplication.translate("Ctx", "a" "b")\n'
        '"abc".translate(table)\nself.tr("n item(s)", "", n)\n'
    )
    assert problems(good) == []


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(ROOT)))
def test_translation_calls_are_visible_to_lupdate(path):
    found = problems(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    assert found == [], "\n".join(f"{path.name}:{line}: {what}" for line, what in found)
