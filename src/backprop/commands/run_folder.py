"""The --out folder of a training run: held by one run at a time, never reused by accident.

A run holds its folder with a lock (``fcntl.flock`` on ``<out>/.backprop-train.lock``) from before
its data is loaded until it exits; a second run into the same folder, or a second ``--resume``
of it, is refused in one line naming the process that holds it. The kernel releases the lock when
its process ends in any way (even SIGKILL), so a lock file left by a dead run does not block
anyone: the next run takes the lock and writes its own process id into the file.

A folder that holds a finished run (its model or history) or an unfinished one (a checkpoint) is
refused as ``--out`` of a new run unless ``--overwrite`` is given. The old results stay until the
new run writes its own; then every output of a run that the new one did not write (an old
report.html, old plots) is removed, so that nothing in the folder is stale.

On systems without ``fcntl`` (Windows) the folder is not locked; the --overwrite rule still holds.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from ..checkpoint import CHECKPOINT_NAME
from ..files import WriteError, kind_of
from .common import CommandError
from .outputs import HISTORY_NAME, MODEL_NAME, RUN_OUTPUTS

try:
    import fcntl
except ImportError:  # Windows: no advisory locks of this kind
    fcntl = None

LOCK_NAME = ".backprop-train.lock"
# Attempts to take a lock file that its last holder removed between our open and our lock.
_ATTEMPTS = 20


@contextlib.contextmanager
def hold(folder, overwrite: bool = False, resuming: bool = False):
    """While inside, this process holds ``folder`` (created if missing, and removed again on the
    way out, with the parents it needed, if the run left it empty). CommandError (one line) if
    another run holds it, or if it holds a run's results and neither ``overwrite`` nor
    ``resuming`` is given."""
    folder = Path(folder)
    created = _make(folder)
    try:
        descriptor = _lock(folder / LOCK_NAME)
        try:
            if not resuming and not overwrite:
                refuse_reuse(folder)
            yield folder
        finally:
            _unlock(folder / LOCK_NAME, descriptor)
    finally:
        for made in created:  # deepest first; one that is not empty is kept, and so its parents
            try:
                made.rmdir()
            except OSError:
                break


def refuse_reuse(folder: Path) -> None:
    """CommandError if ``folder`` holds the results of a run, finished or not."""
    if (folder / CHECKPOINT_NAME).exists():
        raise CommandError(f"holds an unfinished run ({CHECKPOINT_NAME})", f"go on with it: backprop train"
                           f" --resume {folder}; or start a new run there with --overwrite, or give"
                           " another --out", path=folder, where="--out")
    finished = [name for name in (MODEL_NAME, HISTORY_NAME) if (folder / name).exists()]
    if finished:
        raise CommandError(f"holds a finished run ({finished[0]})", "give another --out, or --overwrite"
                           " to replace it (its old report and plots are removed when the new run"
                           " writes its results)", path=folder, where="--out")


def remove_stale(folder: Path, written) -> list[Path]:
    """Remove the outputs of an earlier run that this run did not write (``written``: the paths
    it wrote); returns what was removed."""
    kept = {Path(path).name for path in written}
    removed = []
    for name in RUN_OUTPUTS:
        path = Path(folder) / name
        if name not in kept and path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def _make(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; those it created, deepest first."""
    missing = [path for path in (folder, *folder.parents) if not path.exists()]
    if folder.is_dir():
        return []
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        if folder.is_dir():  # another process made it just now
            return []
        mode = os.stat(folder).st_mode
        raise CommandError(f"is {'a file' if stat.S_ISREG(mode) else kind_of(mode)}, not a folder",
                           "give a folder for the run's results", path=folder, where="--out") from None
    except OSError as error:
        raise CommandError(f"cannot create the folder ({(error.strerror or str(error)).lower()})",
                           "give a folder you can write to", path=folder, where="--out") from None
    return missing


def _lock(path: Path) -> int | None:
    """Take the lock file ``path``; its open descriptor (None without fcntl)."""
    if fcntl is None:
        return None
    for _ in range(_ATTEMPTS):
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise CommandError(f"cannot create its lock file ({(error.strerror or str(error)).lower()})",
                               "give a folder you can write to", path=path.parent, where="--out") from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(descriptor)
            os.close(descriptor)
            raise CommandError(f"another backprop train{holder} is writing to this folder", "wait for it"
                               " to end, or give another --out", path=path.parent, where="--out") from None
        # Its last holder may have removed the file between our open and our lock: then we hold a
        # file nobody else will open, and must take the one now at ``path``.
        if _same_file(descriptor, path):
            try:
                os.ftruncate(descriptor, 0)
                os.write(descriptor, f"{os.getpid()}\n".encode())
            except OSError as error:  # a full disk, a file size limit
                with contextlib.suppress(OSError):
                    path.unlink()
                os.close(descriptor)
                raise WriteError(path, error, where="--out") from None
            return descriptor
        os.close(descriptor)
    raise CommandError("its lock file keeps changing", "try again", path=path.parent, where="--out")


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        on_disk, held = os.stat(path), os.fstat(descriptor)
    except FileNotFoundError:
        return False
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


def _holder(descriptor: int) -> str:
    """" (process 1234)" from the lock file's content, or "" if it says nothing usable."""
    try:
        text = os.pread(descriptor, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {text})" if text.isdigit() else ""


def _unlock(path: Path, descriptor: int | None) -> None:
    """Remove the lock file while still holding it, then let go."""
    if descriptor is None:
        return
    with contextlib.suppress(OSError):
        path.unlink()
    os.close(descriptor)  # closing releases the flock
