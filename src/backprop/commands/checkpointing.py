"""What ``backprop train`` does about stopping and going on: checkpoints, signals, ``--resume DIR``.

Every run keeps ``<out>/checkpoint.safetensors`` (backprop.checkpoint) while it is unfinished:
written before the first step, after every epoch, and when SIGINT (Ctrl-C) or SIGTERM arrives,
after the step in progress (the run then exits with 128 + the signal's number: 130 for Ctrl-C, 143
for SIGTERM); removed once the run's model and history are written. ``backprop train --resume DIR``
rebuilds the run from what the checkpoint recorded (the problem file's text, the settings, the data
folder, the flags) and goes on; with the same data the final weights equal those of a run that was
never stopped, bit for bit. A run killed before its first checkpoint (while loading data) has
nothing to resume: --resume says so, and the run is started again with its own command.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from pathlib import Path

from ..checkpoint import CHECKPOINT_NAME, fingerprint, save_checkpoint
from . import settings as settings_module
from .outputs import HISTORY_NAME, MODEL_NAME

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Flags that only say where to find the run or how to show it: allowed beside --resume.
RESUME_FLAGS = ("resume", "threads", "command", "handler")


class StopRequests:
    """The stop signals received while training (their numbers, in order)."""

    def __init__(self):
        self.received: list[int] = []

    def requested(self) -> bool:
        return bool(self.received)

    def exit_status(self) -> int:
        return 128 + (self.received[0] if self.received else signal.SIGINT)


@contextlib.contextmanager
def stop_requests():
    """While inside, SIGINT and SIGTERM are noted instead of stopping the process at once, so that
    training ends after a whole step and a checkpoint is written; a second signal while the
    checkpoint is written is noted too (the write finishes). Outside the main thread (where Python
    cannot handle signals), nothing changes."""
    requests = StopRequests()
    if threading.current_thread() is not threading.main_thread():
        yield requests
        return

    def note(number, frame):
        requests.received.append(number)

    # A signal the process was told to ignore (nohup, a background job's SIGINT) stays ignored.
    previous = {number: signal.signal(number, note) for number in STOP_SIGNALS
                if signal.getsignal(number) is not signal.SIG_IGN}
    try:
        yield requests
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


class Checkpoints:
    """Writes the run's checkpoint into ``folder``; ``record`` is what --resume needs (JSON)."""

    def __init__(self, folder: Path, network, record: dict):
        self.path, self.network, self.record = Path(folder) / CHECKPOINT_NAME, network, record
        if self.path.parent.is_dir():
            _remove_temporaries(self.path.parent)

    def save(self, state) -> Path:
        return save_checkpoint(self.path, self.network, state, self.record)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    def interrupted(self, state, requests: StopRequests, stream) -> int:
        """Save ``state``, say where it stopped and how to go on; the exit status."""
        path = self.save(state)
        name = signal.Signals(requests.received[0]).name if requests.received else "SIGINT"
        print(f"stopped  by {name} at epoch {state.epoch}, step {state.steps}: checkpoint written to"
              f" {path}; go on with: backprop train --resume {path.parent}", file=stream)
        return requests.exit_status()


def run_record(path: Path, settings: settings_module.TrainSettings, data_dir, train_set, threads: int,
               **outputs: bool) -> dict:
    """What --resume needs to rebuild a run, as JSON: the problem file's text (the file may change
    or go away), its path (for messages), every setting, the data, the BLAS threads (results are
    bit-identical only with the same count) and ``outputs``: train_and_save's switches (plots=...)."""
    return {"problem": {"path": str(path), "text": Path(path).read_text(encoding="utf-8")},
            "settings": settings.to_dict(), "data_dir": None if data_dir is None else str(data_dir),
            "data": {"name": train_set.name, "samples": len(train_set),
                     "sha256": fingerprint(train_set.x, train_set.y)},
            "threads": threads, "outputs": outputs}


def _remove_temporaries(folder: Path) -> None:
    """Remove what a killed atomic write left behind (io.write_atomic's .<name>.*.tmp files)."""
    for leftover in folder.glob(".*.tmp"):
        if leftover.name.startswith(tuple(f".{name}." for name in (CHECKPOINT_NAME, MODEL_NAME, HISTORY_NAME))):
            leftover.unlink(missing_ok=True)

