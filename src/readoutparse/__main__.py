"""``python -m readoutparse``: the same as the ``readoutparse`` command."""

from __future__ import annotations

import sys

from readoutparse.cli import main

if __name__ == "__main__":
    sys.exit(main())
