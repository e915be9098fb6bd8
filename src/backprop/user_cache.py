"""The user's cache folder for what backprop makes once and keeps between runs: the C kernels' compiled
library (fused/cstep.py), the readers' compiled regular expressions (patterns.py), the compiled code of the
methods dataclasses writes (kept_methods.py); and the one way those two keep a file of entries (KeptFile)."""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path
from typing import Callable


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


class KeptFile:
    """A cache file of entries kept between processes (read_kept, write_kept): read at the first ``get``, and written
    back at exit where this process made an entry anew, with what another process wrote meanwhile; past ``most``
    entries (a file grows with each version of what it keeps), only the ones this process used. ``path()`` names the
    file; a RuntimeError from it (no home folder to find the cache folder in) means no cache."""

    def __init__(self, path: Callable[[], Path], most: int = 2000):
        self.path, self.most = path, most
        self.kept: dict | None = None  # the file's entries (None: not read yet)
        self.used: dict = {}  # the ones this process used
        self.made: dict = {}  # the ones it made anew

    def get(self, key):
        """The file's entry for ``key``, or None."""
        if self.kept is None:
            self.kept = self._read()
        return self.kept.get(key)

    def use(self, key, value) -> None:
        self.used[key] = value

    def make(self, key, value) -> None:
        """An entry made anew (and used), written at exit."""
        if not self.made:
            atexit.register(self.write)
        self.made[key] = self.used[key] = value

    def write(self) -> None:
        try:
            path = self.path()
        except RuntimeError:
            return
        entries = {**read_kept(path), **self.made}
        write_kept(path, entries if len(entries) <= self.most else dict(self.used))

    def _read(self) -> dict:
        try:
            return read_kept(self.path())
        except RuntimeError:
            return {}
