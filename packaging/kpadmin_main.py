"""PyInstaller's entry script: the same as the ``kpadmin`` command (``kpadmin.cli:main``).

PyInstaller needs a script file, not an entry point; this one stays outside
the package so that ``kpadmin`` is analysed (and bundled) as a package.
"""

from __future__ import annotations

import sys

from kpadmin.cli import main

if __name__ == "__main__":
    sys.exit(main())
