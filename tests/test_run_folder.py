"""A run's --out folder: held by one run at a time (a second one refused in one line, a dead
holder's lock no obstacle), never reused without --overwrite, and nothing stale left when it is.

Before: a second run into the same folder deleted the first's temporary checkpoint and the first
died with a FileNotFoundError traceback; reusing --out overwrote a finished run without a word and
left its old report.html.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backprop import cli
from backprop.commands.run_folder import LOCK_NAME
from helpers import write_training_folder

SOURCE = Path(__file__).resolve().parent.parent / "src"
PROBLEM = """
seed = 4
[[layer]]
inputs = 6
units = 8
activation = "tanh"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
[train]
dataset = "{data}"
epochs = {epochs}
batch_size = 8
learning_rate = 0.05
"""


def run(capsys, *argv) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_line(status: int, out: str, err: str, *words: str) -> None:
    assert status == 2 and out == "", (status, out, err)
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err


@pytest.fixture
def folder(tmp_path):
    write_training_folder(tmp_path, "", 300)
    for epochs in (2, 300):
        (tmp_path / f"net{epochs}.toml").write_text(PROBLEM.format(data=tmp_path / "data.npz", epochs=epochs))
    return tmp_path


def test_a_finished_run_is_not_overwritten_without_overwrite(folder, capsys):
    out = folder / "run"
    assert run(capsys, "train", folder / "net2.toml", "--out", out, "--report", "--plots")[0] == 0
    first = (out / "model.safetensors").read_bytes()
    assert_one_line(*run(capsys, "train", folder / "net2.toml", "--out", out, "--seed", 9),
                    f"{out}: --out: holds a finished run (model.safetensors)", "--overwrite")
    assert (out / "model.safetensors").read_bytes() == first
    (out / "notes.txt").write_text("mine")  # not a run's output: never removed
    status, printed, err = run(capsys, "train", folder / "net2.toml", "--out", out, "--seed", 9, "--overwrite")
    assert status == 0, err
    assert (out / "model.safetensors").read_bytes() != first
    # nothing stale: the old report and plots are gone, the user's file is not
    assert {path.name for path in out.iterdir()} == {"model.safetensors", "history.json", "notes.txt"}


def test_an_unfinished_run_is_pointed_at_resume(folder, capsys):
    out = folder / "run"
    out.mkdir()
    (out / "checkpoint.safetensors").write_bytes(b"a checkpoint")
    assert_one_line(*run(capsys, "train", folder / "net2.toml", "--out", out),
                    "holds an unfinished run (checkpoint.safetensors)", f"backprop train --resume {out}")


def test_a_run_that_fails_before_writing_leaves_no_folder(folder, capsys):
    out = folder / "new" / "run"
    assert_one_line(*run(capsys, "train", folder / "net2.toml", "--out", out, "--dataset",
                         folder / "missing.csv"), "missing.csv")
    assert not (folder / "new").exists()


def test_out_that_is_a_file_is_one_line(folder, capsys):
    assert_one_line(*run(capsys, "train", folder / "net2.toml", "--out", folder / "data.npz"),
                    "--out: is a file, not a folder")


def _wait_for(path: Path, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.001)


@pytest.mark.skipif(sys.platform == "win32", reason="the folder lock uses fcntl")
def test_a_held_folder_is_refused_and_a_dead_holders_lock_is_not(folder, capsys):
    out = folder / "run"
    first = subprocess.Popen([sys.executable, "-m", "backprop.cli", "train", str(folder / "net300.toml"),
                              "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": str(SOURCE)})
    try:
        _wait_for(out / "checkpoint.safetensors", first)  # written before the first step
        first.send_signal(signal.SIGSTOP)  # it holds the folder and cannot finish meanwhile
        assert (out / LOCK_NAME).read_text() == f"{first.pid}\n"
        # What the stopped run holds: its lock, its checkpoint, and (stopped mid-write under load) the next
        # checkpoint's temporary file; the refused runs must add, remove and change none of it.
        held = {path.name: path.read_bytes() for path in out.iterdir()}
        assert {LOCK_NAME, "checkpoint.safetensors"} <= set(held)
        for argv in (["--out", out], ["--out", out, "--overwrite"], ["--resume", out, "--dataset", folder / "data.npz"]):
            extra = [] if argv[0] == "--resume" else [folder / "net2.toml"]
            assert_one_line(*run(capsys, "train", *extra, *argv),
                            f"another backprop train (process {first.pid}) is writing to this folder")
        assert {path.name: path.read_bytes() for path in out.iterdir()} == held
    finally:
        first.kill()  # SIGKILL: its lock file stays behind, naming a dead process
        first.wait()
    assert (out / LOCK_NAME).exists()
    status, printed, err = run(capsys, "train", "--resume", out, "--dataset", folder / "data.npz")
    assert status == 0, err
    assert {path.name for path in out.iterdir()} == {"model.safetensors", "history.json"}
