"""Output into a pipe whose reader leaves early (``backprop ... | head -1``).

train: progress to a closed pipe is dropped, the run finishes and writes its model (before: a
BrokenPipeError killed it, leaving only the checkpoint). predict: it stops quietly with exit status
141 (128 + SIGPIPE), as ``yes | head`` does, never a traceback.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from helpers import write_training_folder

SOURCE = Path(__file__).resolve().parent.parent / "src"
PROBLEM = """
seed = 3
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
dataset = "data.npz"
epochs = 30
batch_size = 8
learning_rate = 0.05
"""


def backprop(*argv, cwd, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "backprop.cli", *map(str, argv)], cwd=cwd, text=True,
                            env={**os.environ, "PYTHONPATH": str(SOURCE)}, **popen)


def first_line_then_leave(process: subprocess.Popen) -> tuple[str, str]:
    """What `| head -1` does: read one line, close the pipe; then (that line, stderr).

    The process is paused while the pipe is closed, so that it cannot finish writing first (a run
    of 30 epochs prints 30 more lines after its first).
    """
    line = process.stdout.readline()
    process.send_signal(signal.SIGSTOP)
    process.stdout.close()
    process.send_signal(signal.SIGCONT)
    err = process.stderr.read()
    process.wait(timeout=300)
    return line, err


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return write_training_folder(tmp_path_factory.mktemp("pipes"), PROBLEM, 400)


def test_train_into_a_closed_pipe_finishes_and_writes_its_model(folder):
    piped = backprop("train", "net.toml", "--out", "piped", cwd=folder, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
    line, err = first_line_then_leave(piped)
    assert line.startswith("network  6-8-3 (tanh, softmax)")
    assert piped.returncode == 0 and err == "", err
    assert {path.name for path in (folder / "piped").iterdir()} == {"model.safetensors", "history.json"}
    # the same run with its output read to the end writes the same model, byte for byte
    whole = backprop("train", "net.toml", "--out", "whole", cwd=folder, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
    out, err = whole.communicate(timeout=300)
    assert whole.returncode == 0 and out.count("\nepoch ") == 30, err
    assert (folder / "piped" / "model.safetensors").read_bytes() == \
        (folder / "whole" / "model.safetensors").read_bytes()


def test_predict_into_a_closed_pipe_stops_quietly(folder):
    trained = backprop("train", "net.toml", "--out", "model", cwd=folder, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    assert trained.wait(timeout=300) == 0, trained.stderr.read()
    # far more lines than a pipe buffers (64 KiB), so predict is still writing when head leaves
    np.savez(folder / "rows.npz", x=np.random.default_rng(1).normal(size=(20_000, 6)))
    process = backprop("predict", "model", "rows.npz", cwd=folder, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    line, err = first_line_then_leave(process)
    assert line.startswith("sample 0")
    assert err == "" and process.returncode == 141, (process.returncode, err)
