"""Write the rows a table has loaded to a CSV file.

What is exported is what the user sees loaded (not the whole account): the
header row is the column titles, and every cell the model's ``ExportRole``
text (plain, locale-independent amounts such as ``₩100,000`` and ISO dates),
so a spreadsheet reads it the same way everywhere. UTF-8 with a BOM so that
Excel shows Korean names correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write ``header`` then ``rows`` to ``path``; returns the number of data rows written."""
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(list(header))
        for row in rows:
            writer.writerow(["" if v is None else str(v) for v in row])
            count += 1
    return count
