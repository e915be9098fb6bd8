"""The user's cache folder for what backprop makes once and keeps between runs: the C kernels' compiled
library (fused/cstep.py), the readers' compiled regular expressions (patterns.py), the compiled code of the
methods dataclasses writes (kept_methods.py); and the one way those two keep a file of entries."""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path


def cache_folder() -> Path:
    """``$XDG_CACHE_HOME/backprop`` where that is an absolute path, else ``~/.cache/backprop``."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "backprop"


def read_kept(path: Path) -> dict:
    """The entries of a file ``write_kept`` wrote, for this very Python only (marshal's format and the programs and
    code it holds are this version's); {} where there is none, or it cannot be read or is another's."""
    try:
        version, entries = marshal.loads(path.read_bytes())
    except Exception:  # none yet, unreadable, or not this format
        return {}
    return entries if version == sys.version and isinstance(entries, dict) else {}


def write_kept(path: Path, entries: dict) -> None:
    """``entries`` (marshal's types) written to ``path`` for ``read_kept``, replacing the file whole, so that a reader
    never sees half a file; nothing where the folder cannot be written (no cache)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # as the C kernels make it: its owner's
        temporary.write_bytes(marshal.dumps((sys.version, entries)))
        os.replace(temporary, path)
    except OSError:  # a folder not writable: no cache
        try:
            temporary.unlink()
        except OSError:
            pass
