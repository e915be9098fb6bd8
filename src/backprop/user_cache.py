"""The user's cache folder for what backprop makes once and keeps between runs: the C kernels' compiled
library (fused/cstep.py), the readers' compiled regular expressions (patterns.py)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    """``$XDG_CACHE_HOME/backprop`` where that is an absolute path, else ``~/.cache/backprop``."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "backprop"
