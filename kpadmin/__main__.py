"""``python -m kpadmin``: the same as the ``kpadmin`` command."""

from __future__ import annotations

import sys

from kpadmin.cli import main

sys.exit(main())
