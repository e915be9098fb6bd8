"""Opening the files backprop reads: regular files only, their size known before anything is read.

A path given as input may name something that is not a file: a named pipe (FIFO), whose open()
waits forever for a writer; a device such as /dev/zero or /dev/urandom, which never ends; a socket;
or a link to any of these. Every reader opens its input through :func:`open_input`, which refuses
them in one line before reading a byte, and can refuse a file larger than a limit of
backprop.limits from its size alone.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from typing import BinaryIO, NoReturn

from .limits import LIMITS

#: What a path is, for the refusal, by the test of its mode.
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
NOT_REGULAR_FIX = "give a regular file (backprop reads no pipes, devices or sockets, nor links to them)"


def kind_of(mode: int) -> str:
    """What a file of this st_mode is, in words ("a named pipe (FIFO)"), for messages."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_input(path, fail: Callable[[str, str], NoReturn], limit: str | None = None) -> tuple[BinaryIO, int]:
    """Open ``path`` to read bytes, if it is a regular file (or a link to one); (file, size in bytes).

    fail : fail(what, fix) raises the reader's own one-line error; called for a path that is not a
        regular file, or (with ``limit``) one larger than LIMITS[limit] bytes.
    A missing file, a folder (IsADirectoryError) or a file that may not be read raise OSError as
    open() would, for the reader to word as it does.
    """
    path = os.fspath(path)
    mode = os.stat(path).st_mode  # follows links: a link to a pipe is a pipe
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    if not stat.S_ISREG(mode):
        fail(f"is {kind_of(mode)}, not a regular file", NOT_REGULAR_FIX)
    # O_NONBLOCK: should the path have become a pipe since the stat, open() still returns at once
    # (and the fstat below refuses it); for a regular file the flag changes nothing.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                         | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            fail(f"is {kind_of(status.st_mode)}, not a regular file", NOT_REGULAR_FIX)
        if limit is not None and status.st_size > LIMITS[limit]:
            fail(f"is {status.st_size:,} bytes, more than the {LIMITS[limit]:,} allowed ({limit})",
                 f"give a file of at most {LIMITS[limit]:,} bytes (docs/limits.md)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb"), status.st_size
    except BaseException:
        os.close(descriptor)
        raise
