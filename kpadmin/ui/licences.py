"""Which libraries kpadmin runs on, and under which licence, read from their installed metadata.

The About dialog lists them because the LGPL (Qt for Python) and the
attribution clauses of MIT, BSD and Apache-2.0 ask that users be told.
Reading the metadata of the distributions actually installed (or bundled)
keeps the list true after an upgrade instead of repeating it by hand: the
walk starts at kpadmin's own requirements and follows theirs, including the
extras asked for (``stripe[async]``), and lists each distribution found once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")
_CLASSIFIER = "License :: "


@dataclass(frozen=True, slots=True)
class Library:
    """One installed distribution: its name, version and licence as its metadata states it."""

    name: str
    version: str
    licence: str


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The SPDX expression, else a short ``License`` field, else the licence classifiers."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= 80:  # some paste the whole text here
        return field
    classifiers = [
        c.rsplit(" :: ", 1)[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith(_CLASSIFIER) and "Other/Proprietary" not in c
    ]
    return ", ".join(classifiers)


def _requirements(dist: metadata.Distribution, extras: set[str]) -> list[tuple[str, set[str]]]:
    """The distributions ``dist`` needs (with the extras asked of them), for ``extras``."""
    wanted = []
    for line in dist.requires or []:
        requirement, _sep, marker = line.partition(";")
        extra = _EXTRA.search(marker)
        if extra is not None and extra.group(1) not in extras:
            continue
        found = _NAME.match(requirement)
        if found is not None:
            sub_extras = {e.strip() for e in (found.group(2) or "").split(",") if e.strip()}
            wanted.append((found.group(1), sub_extras))
    return wanted


def bundled_libraries(root: str = "kpadmin") -> list[Library]:
    """Every installed distribution ``root`` depends on, directly or not, sorted by name."""
    seen: dict[str, Library] = {}
    todo: list[tuple[str, set[str]]] = [(root, set())]
    expanded: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, extras = todo.pop()
        key = (name.lower().replace("_", "-").replace(".", "-"), frozenset(extras))
        if key in expanded:
            continue
        expanded.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a requirement for another platform
            continue
        if name != root:
            meta = dist.metadata
            seen[key[0]] = Library(meta["Name"], dist.version, licence_of(meta) or "?")
        todo.extend(_requirements(dist, extras))
    return sorted(seen.values(), key=lambda lib: lib.name.lower())
