"""The files backprop reads and writes: inputs opened only as regular files, outputs written whole.

Reading. A path given as input may name something that is not a file: a named pipe (FIFO), whose
open() waits forever for a writer; a device such as /dev/zero or /dev/urandom, which never ends; a
socket; or a link to any of these. Every reader opens its input through :func:`open_input`, which
refuses them in one line before reading a byte, and can refuse a file larger than a limit of
backprop.limits from its size alone.

Writing. :func:`write_atomic` writes a temporary file in the target's folder, flushes and fsyncs
it, and renames it over the target, so that the target holds its old content or the whole new
one. Any failure on the way (no space left, a file too large for the process's limit, a folder one
may not write, a read-only or immutable one, a path through a regular file) removes the temporary
file, leaves the target as it was, and is a :class:`WriteError`: one line naming the path, what
the system said and what to do about it.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, NoReturn

from .errors import UserError
from .limits import LIMITS

#: What a path is, for the refusal, by the test of its mode.
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
NOT_REGULAR_FIX = "give a regular file (backprop reads no pipes, devices or sockets, nor links to them)"


def kind_of(mode: int) -> str:
    """What a file of this st_mode is, in words ("a named pipe (FIFO)"), for messages."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_input(path, fail: Callable[[str, str], NoReturn], limit: str | None = None,
               follow_links: bool = True, too_large_fix: str | None = None) -> tuple[BinaryIO, int]:
    """Open ``path`` to read bytes, if it is a regular file (or a link to one); (file, size in bytes).

    fail : fail(what, fix) raises the reader's own one-line error; called for a path that is not a
        regular file, or (with ``limit``) one larger than LIMITS[limit] bytes.
    follow_links : False refuses a symbolic link whatever it points to (a student's submission could
        point at another student's file, or at a secret of the grader's).
    too_large_fix : what the message of a file over the limit says to do, where the reader knows better
        than "a smaller file" (a notebook's outputs can be cleared).
    A missing file, a folder (IsADirectoryError) or a file that may not be read raise OSError as
    open() would, for the reader to word as it does.
    """
    path = os.fspath(path)
    if not follow_links and stat.S_ISLNK(os.lstat(path).st_mode):
        fail("is a symbolic link", "give the file itself, not a link to it")
    mode = os.stat(path).st_mode  # follows links: a link to a pipe is a pipe
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
    if not stat.S_ISREG(mode):
        fail(f"is {kind_of(mode)}, not a regular file", NOT_REGULAR_FIX)
    # O_NONBLOCK: should the path have become a pipe since the stat, open() still returns at once
    # (and the fstat below refuses it); for a regular file the flag changes nothing.
    no_follow = 0 if follow_links else getattr(os, "O_NOFOLLOW", 0)  # a link swapped in after the lstat
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                         | getattr(os, "O_BINARY", 0) | no_follow)
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            fail(f"is {kind_of(status.st_mode)}, not a regular file", NOT_REGULAR_FIX)
        if limit is not None and status.st_size > LIMITS[limit]:
            fail(f"is {status.st_size:,} bytes, more than the {LIMITS[limit]:,} allowed ({limit})",
                 too_large_fix or f"give a file of at most {LIMITS[limit]:,} bytes (docs/limits.md)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb"), status.st_size
    except BaseException:
        os.close(descriptor)
        raise


def read_into(stream: BinaryIO, view: memoryview, chunk: int = 1 << 24) -> int:
    """Fill ``view`` from ``stream``, ``chunk`` bytes at a time (a read of one huge slice makes one huge
    temporary in some streams, gzip's); the number of bytes read, less than ``len(view)`` at the end of the
    stream."""
    done = 0
    while done < len(view):
        got = stream.readinto(view[done:done + chunk])
        if not got:
            break
        done += got
    return done


# ---------------------------------------------------------------------------------------------
# Writing

#: What to do about a failed write, by errno (the rest: write elsewhere).
_WRITE_FIXES = {
    errno.ENOSPC: "free some disk space, or write to another disk",
    errno.EDQUOT: "free some of your disk quota, or write elsewhere",
    errno.EFBIG: "the file is larger than this process may write (ulimit -f): raise the limit, or write elsewhere",
    errno.EACCES: "make the folder writable for you, or write elsewhere",
    errno.EPERM: "the folder or file may not be changed (immutable?): write elsewhere",
    errno.EROFS: "the folder is on a read-only file system: write elsewhere",
    errno.ENOTDIR: "a part of the path is a file, not a folder: give another path",
    errno.EEXIST: "a part of the path is a file, not a folder: give another path",
    errno.EISDIR: "give a file path, not a folder",
    errno.ENOENT: "give a file path in an existing folder",
}


class WriteError(UserError):
    """An output that could not be written; the target, if it existed, is as it was."""

    def __init__(self, path, error: OSError, fix: str | None = None, where: str | None = None):
        reason = (error.strerror or str(error)).lower()
        super().__init__(f"cannot write ({reason})", fix or _WRITE_FIXES.get(error.errno, "write elsewhere"), path,
                         where)
        self.errno = error.errno


def make_folder(folder, where: str | None = None) -> Path:
    """Create ``folder`` (and its parents) if needed; WriteError (``where``: the flag that named it) if it
    cannot be, or is no folder."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file (or a device) is there already
        mode = os.stat(folder).st_mode
        what = "a file" if stat.S_ISREG(mode) else kind_of(mode)
        raise WriteError(folder, OSError(errno.EEXIST, f"it is {what}, not a folder"),
                         "give a folder's path (a new one is created)", where) from None
    except OSError as error:
        fix = "give a folder you can create and write to" if error.errno == errno.ENOENT else None
        raise WriteError(folder, error, fix, where) from None
    return folder


def write_atomic(path, data: bytes, make_parents: bool = True, where: str | None = None) -> Path:
    """Write ``data`` to ``path`` so that ``path`` holds either the old or the whole new content.

    make_parents : create the target's folder if needed (False: a missing folder is a WriteError).
    Raises WriteError (one line; ``where`` names the flag that gave the path, if any) when the system
    refuses; no temporary file is left behind.
    """
    path = Path(path)
    if make_parents:
        make_folder(path.parent)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private (0600); an output is not
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise WriteError(path, error, where=where) from None
    except BaseException:
        _remove(temporary)
        raise
    _fsync_folder(path.parent)
    return path


def write_output(path, data: bytes, where: str | None = None) -> Path:
    """``data`` to a file a user named (``-o``): atomically when it is (or will be) a regular file;
    written straight through when it is a device or a pipe (``/dev/stdout``); WriteError if refused.
    The folder must exist."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is None or stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return write_atomic(path, data, make_parents=False, where=where)
    try:
        with open(path, "wb") as file:
            file.write(data)
    except OSError as error:
        raise WriteError(path, error, where=where) from None
    return path


def _remove(temporary) -> None:
    if temporary is not None:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system lets a folder be opened (Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
