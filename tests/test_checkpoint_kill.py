"""SIGKILL at random moments: ``backprop train`` killed again and again, resumed each time with
``--resume``, ends with the model bytes of a run never killed; the checkpoint left behind after every
kill is whole. Kills that land before the first checkpoint (while the data loads) leave nothing to
resume: --resume says so (exit 2) and the run is started again with its own command.

The delays come from a seeded generator; where they land depends on the machine's speed, so the
test counts the kills that hit a running process and goes on until there are at least MIN_KILLS.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from backprop import parse_problem
from backprop.checkpoint import CHECKPOINT_NAME, read_checkpoint
from helpers import write_training_folder

MIN_KILLS = 6
TOML = """
seed = 4
[[layer]]
inputs = 6
units = 12
activation = "tanh"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
[train]
dataset = "data.npz"
epochs = 8
batch_size = 4
learning_rate = 0.05
momentum = 0.9
schedule = "cosine"
validation_fraction = 0.2
patience = 100
"""


@pytest.fixture
def folder(tmp_path):
    return write_training_folder(tmp_path, TOML, 1000)


def start(cwd, argv) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "backprop.cli", *argv], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})


def assert_whole_checkpoint(run_folder) -> int | None:
    """The checkpoint in ``run_folder``, if any, reads and restores; its step count."""
    if not (run_folder / CHECKPOINT_NAME).exists():
        return None
    network = parse_problem(TOML).build_network(np.float32)
    state = read_checkpoint(run_folder).restore(network, 640)  # 1000 samples less 20% test, less 20% validation
    return state.steps


def killed_and_resumed(folder, run, delays, kills_wanted: int, span: float) -> dict:
    """Train into ``run`` (a folder in ``folder``), SIGKILL it after random delays (up to ``kills_wanted`` times), resume it
    after each kill (or start it again when no checkpoint was written yet) until it finishes.
    Returns {"kills", "before_first_checkpoint", "steps_left"}."""
    train, resume = ["train", "net.toml", "--out", run.name], ["train", "--resume", run.name, "--dataset", "data.npz"]
    argv, counts = train, {"kills": 0, "before_first_checkpoint": 0, "steps_left": []}
    while True:
        process = start(folder, argv)
        try:  # kill it after a random delay while kills are wanted; then let it finish
            # within the time a whole run takes on this machine (start-up included), so that the
            # kills land while it runs on a fast machine as on a loaded one
            limit = delays.uniform(0.05, 0.95) * span if counts["kills"] < kills_wanted else 300
            status = process.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        else:
            assert status == 0, process.stderr.read()
            return counts
        counts["kills"] += 1
        steps = assert_whole_checkpoint(run)
        counts["steps_left"].append(steps)
        if steps is None and (run / "model.safetensors").exists():
            return counts  # killed after the run had finished (its checkpoint just removed)
        if steps is None:  # killed before the first checkpoint: --resume says so, start again
            counts["before_first_checkpoint"] += 1
            refusal = start(folder, resume)
            assert refusal.wait(timeout=60) == 2
            message = refusal.stderr.read()
            assert message.count("\n") == 1 and ("not found" in message or "no such folder" in message)
        argv = train if steps is None else resume


def test_sigkill_at_random_moments_then_resume_gives_the_uninterrupted_model(folder):
    began = time.monotonic()
    whole = start(folder, ["train", "net.toml", "--out", "whole"])
    assert whole.wait(timeout=300) == 0, whole.stderr.read()
    span = time.monotonic() - began
    expected = (folder / "whole" / "model.safetensors").read_bytes()

    delays = random.Random(20261123)
    kills, before_first_checkpoint, steps_left = 0, 0, []
    for chain in range(20):  # a run that finishes before enough kills landed is followed by another
        run = folder / f"run{chain}"
        counts = killed_and_resumed(folder, run, delays, MIN_KILLS - kills, span)
        assert (run / "model.safetensors").read_bytes() == expected
        assert sorted(p.name for p in run.iterdir()) == ["history.json", "model.safetensors"]
        kills += counts["kills"]
        before_first_checkpoint += counts["before_first_checkpoint"]
        steps_left += counts["steps_left"]
        if kills >= MIN_KILLS:
            break
    assert kills >= MIN_KILLS
    print(f"\nSIGKILL test: {kills} kills in {chain + 1} run(s), {before_first_checkpoint} before the"
          f" first checkpoint, each resumed; update steps in the checkpoint each kill left: {steps_left}")


WRITER = """
import sys
import numpy as np
from backprop import parse_problem
from backprop.checkpoint import save_checkpoint
from backprop.training import TrainConfig, TrainState

network = parse_problem(sys.argv[2]).build_network(np.float32)
state = TrainState.start(network, TrainConfig(), 800)
while True:  # checkpoints of ~6 MB, one after another, each a step further
    state.steps += 1
    network.layers[0].weights[0, 0] = state.steps
    save_checkpoint(sys.argv[1], network, state, {"writer": True})
    if state.steps == 1:
        print("ready", flush=True)
"""
BIG = TOML.replace("units = 12", "units = 500").replace("inputs = 6", "inputs = 1000")


def test_sigkill_while_checkpoints_are_written_leaves_a_whole_one(tmp_path):
    """Kills that land inside the writes themselves (each takes milliseconds): the checkpoint is
    always the last whole one, never a mix."""
    from backprop.commands.checkpointing import Checkpoints

    path = tmp_path / CHECKPOINT_NAME
    delays, written, leftovers = random.Random(7), [], 0
    for kill in range(MIN_KILLS):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(path), BIG], stdout=subprocess.PIPE,
                                   text=True, env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
        assert process.stdout.readline() == "ready\n"
        try:
            process.wait(timeout=delays.uniform(0.0, 0.3))
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
        assert process.wait() == -signal.SIGKILL
        network = parse_problem(BIG).build_network(np.float32)
        checkpoint = read_checkpoint(path)
        state = checkpoint.restore(network, 800)
        assert state.steps >= 1 and network.layers[0].weights[0, 0] == state.steps
        written.append(state.steps)
        leftovers += len(list(tmp_path.glob(".*.tmp")))
        Checkpoints(tmp_path, network, {})  # what a resumed run does first: clear dead temporaries
        assert [p.name for p in tmp_path.iterdir()] == [CHECKPOINT_NAME]
    print(f"\nkilled {MIN_KILLS} checkpoint writers after {written} whole checkpoints;"
          f" {leftovers} kill(s) landed inside a write (a temporary file was left)")
