"""What ``backprop train`` does about stopping and going on: checkpoints, signals, ``--resume DIR``.

Every run keeps ``<out>/checkpoint.safetensors`` (backprop.checkpoint) while it is unfinished:
written before the first step, after every epoch, and when SIGINT (Ctrl-C) or SIGTERM arrives,
after the step in progress (the run then exits with 128 + the signal's number: 130 for Ctrl-C, 143
for SIGTERM); removed once the run's model and history are written. ``backprop train --resume DIR``
rebuilds the run from what the checkpoint recorded (the problem file's text, the settings, the data
folder, the flags), each field checked, and goes on; with the same data the final weights equal those of a run that was
never stopped, bit for bit. The checkpoint never chooses a path backprop opens: a run on a data
file or folder is resumed with that path given again (``--resume DIR --dataset data.csv``; the
data's digest must still match). A run killed before its first checkpoint (while loading data) has
nothing to resume: --resume says so, and the run is started again with its own command.
"""

from __future__ import annotations

import contextlib
import re
import shlex
import signal
import threading
from dataclasses import dataclass
from pathlib import Path

from ..checkpoint import CHECKPOINT, CHECKPOINT_NAME, fingerprint, save_checkpoint
from ..container import FileGetters
from ..data import DATASETS
from . import settings as settings_module
from .outputs import HISTORY_NAME, MODEL_NAME

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Flags that only say where to find the run or how to show it, or give again the data paths its
# checkpoint names: allowed beside --resume.
RESUME_FLAGS = ("resume", "threads", "command", "handler", "dataset", "data_dir")
#: train_and_save's switches a run record keeps (its "outputs").
OUTPUT_SWITCHES = ("plots", "report")


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
              f" {path}; go on with: {resume_command(path.parent, self.record)}", file=stream)
        return requests.exit_status()


@dataclass
class RunRecord:
    """What a checkpoint's ``run`` records, every field checked: the problem file (its text, and its
    path for messages only), the settings, the data folder, the training data's size and digest,
    the BLAS threads and train_and_save's output switches. ``raw`` is the record as saved."""

    problem_path: str
    problem_text: str
    settings: dict
    data_dir: str | None
    data: dict
    threads: int
    outputs: dict
    raw: dict

    def named_paths(self) -> list[tuple[str, str]]:
        """(flag, path) of each path the record names for the data: the dataset unless it is a
        bundled dataset's name, and the data folder. --resume opens them only when given again."""
        named = []
        dataset = self.settings.get("dataset")
        if dataset is not None and dataset not in DATASETS:
            named.append(("--dataset", dataset))
        if self.data_dir is not None:
            named.append(("--data-dir", self.data_dir))
        return named


def read_record(checkpoint) -> RunRecord:
    """The checkpoint's run record, each field checked as a problem file's are (CheckpointError)."""
    check = FileGetters(checkpoint.path, CHECKPOINT)
    run = checkpoint.run
    check.known_keys(run, ("problem", "settings", "data_dir", "data", "threads", "outputs"), "run")
    problem = check.table(run.get("problem"), "run problem")
    check.known_keys(problem, ("path", "text"), "run problem")
    settings = check.table(run.get("settings"), "run settings")
    check.known_keys(settings, tuple(settings_module.SETTINGS), "run settings")
    checked = {name: settings_module.check(check, name, value, f"run settings key '{name}'")
               for name, value in settings.items() if value is not None}
    data = check.table(run.get("data"), "run data")
    check.known_keys(data, ("name", "samples", "sha256"), "run data")
    check.text(data.get("name"), "run data name")
    check.whole(data.get("samples"), "run data samples", 0)
    if not re.fullmatch(r"[0-9a-f]{64}", check.text(data.get("sha256"), "run data sha256")):
        check.fail("run data sha256", "is not a SHA-256 digest", "64 hexadecimal digits")
    outputs = check.table(run.get("outputs"), "run outputs")
    check.known_keys(outputs, OUTPUT_SWITCHES, "run outputs")
    data_dir = run.get("data_dir")
    return RunRecord(
        problem_path=check.text(problem.get("path"), "run problem path"),
        problem_text=check.text(problem.get("text"), "run problem text"),
        settings=checked, data_dir=None if data_dir is None else check.text(data_dir, "run data_dir", blank=False),
        data=data, threads=check.whole(run.get("threads"), "run threads", 0),
        outputs={name: check.switch(value, f"run outputs {name}") for name, value in outputs.items()}, raw=run)


def resume_command(folder, record: dict) -> str:
    """The command that goes on with the run in ``folder``: --resume, and the data paths it reads
    (a checkpoint never chooses a path backprop opens, so they are given again)."""
    dataset, data_dir = record["settings"].get("dataset"), record.get("data_dir")
    flags = "" if dataset is None or dataset in DATASETS else f" --dataset {shlex.quote(str(dataset))}"
    flags += "" if data_dir is None else f" --data-dir {shlex.quote(str(data_dir))}"
    return f"backprop train --resume {shlex.quote(str(folder))}{flags}"


def run_record(path: Path, settings: settings_module.TrainSettings, data_dir, train_set, threads: int,
               text: str | None = None, **outputs: bool) -> dict:
    """What --resume needs to rebuild a run, as JSON: the problem file's text (the file may change
    or go away; ``text``: a problem given as text, not read from ``path``), its path (for messages),
    every setting, the data, the training threads (results are bit-identical with the same count)
    and ``outputs``: train_and_save's switches (plots=...)."""
    text = Path(path).read_text(encoding="utf-8") if text is None else text
    return {"problem": {"path": str(path), "text": text},
            "settings": settings.to_dict(), "data_dir": None if data_dir is None else str(data_dir),
            "data": {"name": train_set.name, "samples": len(train_set),
                     "sha256": fingerprint(train_set.x, train_set.y)},
            "threads": threads, "outputs": outputs}


def _remove_temporaries(folder: Path) -> None:
    """Remove what a killed atomic write left behind (files.write_atomic's .<name>.*.tmp files)."""
    for leftover in folder.glob(".*.tmp"):
        if leftover.name.startswith(tuple(f".{name}." for name in (CHECKPOINT_NAME, MODEL_NAME, HISTORY_NAME))):
            leftover.unlink(missing_ok=True)

