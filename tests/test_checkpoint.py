"""Checkpoints (backprop.checkpoint): a run stopped anywhere and resumed from its checkpoint ends with
the weights, bit for bit, and the history of a run never stopped; checkpoints are deterministic,
atomic, never pickles, and a damaged one is refused in one line. The SIGKILL test is
test_checkpoint_kill.py."""

from __future__ import annotations

import json
import os
import pickle
import signal
from dataclasses import asdict, replace

import numpy as np
import pytest
from safetensors.numpy import load as load_tensors
from safetensors.numpy import save as save_tensors

from backprop import cli, parse_problem
from backprop.checkpoint import (CHECKPOINT_NAME, FORMAT_VERSION, CheckpointError, checkpoint_bytes,
                                 read_checkpoint, save_checkpoint)
from backprop.io import METADATA_KEY
from backprop.training import TrainConfig, TrainingInterrupted, TrainState, train
from helpers import write_training_folder

# Every kind of parameter a checkpoint holds: a shared bias, no bias and a mask, a bias per unit.
PROBLEM = """
seed = 11
[[layer]]
inputs = 5
units = 7
activation = "tanh"
bias = "shared"
[[layer]]
units = 4
activation = "relu"
bias = "none"
mask = [[1, 1, 0, 1, 1, 1, 1], [1, 0, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 0], [0, 1, 1, 1, 1, 1, 1]]
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
"""
# Momentum, decay, a cosine schedule, a last batch shorter than the others (90 = 6 * 14 + 6), and
# early stopping whose best epoch is not the last: every piece of state matters to the result.
CONFIG = TrainConfig(epochs=9, batch_size=14, learning_rate=0.3, momentum=0.9, schedule="cosine",
                     weight_decay=1e-3, seed=5, patience=50, keep_best=True)
STEPS_PER_EPOCH = 7


def network(seed: int = 11):
    return parse_problem(PROBLEM).build_network(np.float32, rng=np.random.default_rng(seed))


def data():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(130, 5)).astype(np.float32)
    y = ((x[:, 0] * x[:, 1] > 0).astype(np.int64) + (x[:, 2] > 0.8)).astype(np.int64)
    return (x[:90], y[:90]), (x[90:], y[90:])


def weights(net) -> bytes:
    return b"".join(p.tobytes() for layer in net.layers for p in (layer.weights, layer.biases)
                    if p is not None)


def without_seconds(history) -> list[dict]:
    return [{k: v for k, v in asdict(record).items() if k != "seconds"} for record in history]


@pytest.fixture(scope="module")
def reference():
    """The run never stopped: its weights, history, result and checkpoints (bytes, each epoch)."""
    (x, y), validation = data()
    net, saved = network(), []
    result = train(net, x, y, CONFIG, validation=validation,
                   on_checkpoint=lambda state: saved.append(checkpoint_bytes(net, state, {"run": 1})))
    assert result.best_epoch not in (None, CONFIG.epochs)  # keep_best really restores something
    return weights(net), without_seconds(result.history), result, saved


def resume_from(data_bytes: bytes, tmp_path, seed: int = 99):
    """Write the bytes as a checkpoint, read them back into a freshly initialised network, go on."""
    path = tmp_path / CHECKPOINT_NAME
    path.write_bytes(data_bytes)
    (x, y), validation = data()
    net = network(seed)  # other initial weights: the checkpoint's must replace them
    state = read_checkpoint(tmp_path).restore(net, len(x))
    result = train(net, x, y, CONFIG, validation=validation, state=state)
    return weights(net), without_seconds(result.history), result


def stop_after(steps: int):
    """An ``interrupted`` that says stop once ``steps`` steps are done."""
    holder = {}

    def interrupted():
        return holder["state"].steps >= steps

    return holder, interrupted


@pytest.mark.parametrize("steps", [1, 3, STEPS_PER_EPOCH - 1, STEPS_PER_EPOCH, STEPS_PER_EPOCH + 1,
                                   4 * STEPS_PER_EPOCH + 2, 9 * STEPS_PER_EPOCH - 1])
def test_interrupted_anywhere_then_resumed_ends_bit_for_bit_as_never_stopped(reference, tmp_path, steps):
    (x, y), validation = data()
    net = network()
    holder, interrupted = stop_after(steps)
    holder["state"] = state = TrainState.start(net, CONFIG, len(x))
    with pytest.raises(TrainingInterrupted) as caught:
        train(net, x, y, CONFIG, validation=validation, state=state, interrupted=interrupted)
    stopped = caught.value.state
    assert stopped.steps == steps
    assert (stopped.epoch, stopped.position) == (steps // STEPS_PER_EPOCH + 1, (steps % STEPS_PER_EPOCH) * 14) \
        or (steps % STEPS_PER_EPOCH == 0 and stopped.position == 0)
    final, history, result = resume_from(checkpoint_bytes(net, stopped, {"run": 1}), tmp_path)
    assert final == reference[0]
    assert history == reference[1]
    assert (result.steps, result.best_epoch, result.stopped_because) == \
        (reference[2].steps, reference[2].best_epoch, reference[2].stopped_because)


def test_every_epoch_checkpoint_resumes_to_the_same_end(reference, tmp_path):
    final, history, result, saved = reference
    assert len(saved) == 1 + CONFIG.epochs  # before the first step, then after every epoch
    for data_bytes in saved:
        assert resume_from(data_bytes, tmp_path)[:2] == (final, history)


def test_resumed_runs_write_the_same_checkpoints(reference, tmp_path):
    """Resumed from epoch 4's checkpoint, the later checkpoints are byte-identical to the original's."""
    saved = reference[3]
    (tmp_path / CHECKPOINT_NAME).write_bytes(saved[4])
    (x, y), validation = data()
    net, again = network(99), []
    state = read_checkpoint(tmp_path).restore(net, len(x))
    train(net, x, y, CONFIG, validation=validation, state=state,
          on_checkpoint=lambda s: again.append(checkpoint_bytes(net, replace(s, seconds=0.0), {"run": 1})))
    originals = [_zero_seconds(b) for b in saved[5:]]
    assert [_zero_seconds(b) for b in again] == originals


def _zero_seconds(data_bytes: bytes) -> bytes:
    """The tensors and the document with every time set to 0 (times are the one thing that differ)."""
    length = int.from_bytes(data_bytes[:8], "little")
    document = json.loads(json.loads(data_bytes[8:8 + length])["__metadata__"][METADATA_KEY])
    document["state"]["seconds"] = 0.0
    for record in document["state"]["history"]:
        record["seconds"] = 0.0
    return save_tensors(dict(load_tensors(data_bytes)), metadata={METADATA_KEY: json.dumps(document, sort_keys=True)})


def test_a_finished_checkpoint_gives_the_final_weights_without_a_step(reference, tmp_path):
    final, history, result = resume_from(reference[3][-1], tmp_path)
    assert final == reference[0] and result.steps == reference[2].steps


# --- the file ------------------------------------------------------------------------------------


def test_checkpoint_is_plain_safetensors_and_deterministic(reference, tmp_path):
    data_bytes = reference[3][3]
    assert not data_bytes.startswith(b"\x80")  # no pickle protocol header
    tensors = load_tensors(data_bytes)
    assert tensors["order"].dtype == np.int64 and sorted(tensors["order"]) == list(range(90))
    assert tensors["layers.0.biases"].shape == () and "layers.1.biases" not in tensors
    assert {"velocity.2.weights", "good.1.weights", "best.2.biases"} <= set(tensors)
    (x, y), validation = data()
    state = read_checkpoint(_write(tmp_path, data_bytes)).restore(net := network(99), len(x))
    assert checkpoint_bytes(net, state, {"run": 1}) == data_bytes


def _write(tmp_path, data_bytes, name=CHECKPOINT_NAME):
    path = tmp_path / name
    path.write_bytes(data_bytes)
    return path


def test_atomic_write_keeps_the_old_checkpoint_when_interrupted_before_the_rename(reference, tmp_path,
                                                                                 monkeypatch):
    (x, y), validation = data()
    path = _write(tmp_path, reference[3][2])
    state = read_checkpoint(path).restore(net := network(), len(x))

    def killed(*args):
        raise KeyboardInterrupt  # as if the process stopped between writing and renaming

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        save_checkpoint(path, net, replace(state, steps=state.steps + 1), {"run": 2})
    assert path.read_bytes() == reference[3][2]
    assert [p.name for p in tmp_path.iterdir()] == [CHECKPOINT_NAME]


def one_line_refusal(path, *words) -> str:
    with pytest.raises(CheckpointError) as caught:
        read_checkpoint(path).restore(network(), 90)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    for word in words:
        assert word in message, message
    return message


def _document_of(data_bytes):
    length = int.from_bytes(data_bytes[:8], "little")
    return json.loads(json.loads(data_bytes[8:8 + length])["__metadata__"][METADATA_KEY])


def _rewrite(data_bytes, change_document=None, change_tensors=None) -> bytes:
    document, tensors = _document_of(data_bytes), dict(load_tensors(data_bytes))
    if change_document:
        change_document(document)
    if change_tensors:
        change_tensors(tensors)
    return save_tensors(tensors, metadata={METADATA_KEY: json.dumps(document)})


@pytest.mark.parametrize("change, words", [
    (lambda d: d.update(format_version=FORMAT_VERSION + 1), ("checkpoint format version 2",)),
    (lambda d: d.update(format="backprop-model"), ("not a backprop checkpoint",)),
    (lambda d: d["state"].update(rng={"bit_generator": "MT19937", "state": 3}), ("state rng",)),
    (lambda d: d["state"].update(epoch=-1), ("state epoch",)),
    (lambda d: d["state"].update(loss_sum="1.5"), ("state loss_sum",)),
    (lambda d: d["state"]["history"].append({"epoch": 1}), ("history entry",)),
    (lambda d: d.pop("state"), ("state: missing",)),
])
def test_damaged_descriptions_are_refused(reference, tmp_path, change, words):
    one_line_refusal(_write(tmp_path, _rewrite(reference[3][2], change_document=change)), *words)


@pytest.mark.parametrize("change, words", [
    (lambda t: t.update({"layers.0.weights": np.zeros((7, 6), np.float32)}),
     ("layers.0.weights", "(7, 6)", "(7, 5)")),
    (lambda t: t.pop("velocity.2.biases"), ("velocity.2.biases", "missing")),
    (lambda t: t.update({"order": np.arange(50, dtype=np.int64)}), ("order", "50", "90", "dataset changed")),
    (lambda t: t.update({"order": np.zeros(90, np.int64)}), ("order", "not an order",)),
    (lambda t: t.update({"order": np.arange(90, dtype=np.float32)}), ("order", "float32", "int64")),
    (lambda t: t.update({"extra.0": np.zeros(2, np.float32)}), ("extra.0", "not part")),
    (lambda t: t["good.1.weights"].__setitem__((0, 0), np.inf), ("good.1.weights", "NaN or infinite")),
])
def test_tensors_contradicting_the_network_are_refused(reference, tmp_path, change, words):
    def edit(tensors):
        for name in list(tensors):
            tensors[name] = tensors[name].copy()
        change(tensors)

    one_line_refusal(_write(tmp_path, _rewrite(reference[3][2], change_tensors=edit)), *words)


@pytest.mark.parametrize("keep", [0, 7, 8, 100, -1, -5000])
def test_truncated_checkpoints_are_refused(reference, tmp_path, keep):
    data_bytes = reference[3][2]
    one_line_refusal(_write(tmp_path, data_bytes[:keep] if keep >= 0 else data_bytes[:len(data_bytes) + keep]))


def test_pickles_and_other_files_are_refused_without_running_them(tmp_path):
    class Boom:
        def __reduce__(self):
            return (exec, ("raise SystemExit('unpickled!')",))

    one_line_refusal(_write(tmp_path, pickle.dumps(Boom())), "pickle")
    one_line_refusal(_write(tmp_path, b"PK\x03\x04 zip"), "zip archive", "backprop checkpoint")
    one_line_refusal(_write(tmp_path, b"just text"), "not a checkpoint file")
    one_line_refusal(tmp_path / "nothing" / CHECKPOINT_NAME, "not found", "start it again")


# --- the command line ----------------------------------------------------------------------------

TOML = """
seed = 2
[[layer]]
inputs = 6
units = 10
activation = "tanh"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
[train]
dataset = "data.npz"
epochs = 12
batch_size = 4
learning_rate = 0.05
momentum = 0.9
schedule = "cosine"
validation_fraction = 0.2
patience = 100
"""


@pytest.fixture
def cli_run(tmp_path):
    """A folder with a small problem file and its NPZ data."""
    return write_training_folder(tmp_path, TOML, 600)


def run_cli(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def interrupt_at(monkeypatch, step: int, number=signal.SIGINT):
    """Send this process ``number`` right after update step ``step`` of the next training."""
    from backprop import steps

    original, count = steps.BatchStep.__call__, [0]

    def step_then_signal(self, index, learning_rate):
        result = original(self, index, learning_rate)
        count[0] += 1
        if count[0] == step:
            os.kill(os.getpid(), number)
        return result

    monkeypatch.setattr(steps.BatchStep, "__call__", step_then_signal)
    return lambda: monkeypatch.setattr(steps.BatchStep, "__call__", original)


def test_sigint_stops_with_a_checkpoint_and_resume_ends_as_never_stopped(cli_run, capsys, monkeypatch):
    monkeypatch.chdir(cli_run)
    # A shell starts background jobs with SIGINT ignored, and train rightly leaves an ignored SIGINT
    # ignored; this test is about a terminal's Ctrl-C, so it starts from Python's own handler.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        _sigint_then_resume(cli_run, capsys, monkeypatch)
    finally:
        signal.signal(signal.SIGINT, previous)


def _sigint_then_resume(cli_run, capsys, monkeypatch):
    status, _, err = run_cli(capsys, "train", "net.toml", "--out", "whole")
    assert status == 0, err
    undo = interrupt_at(monkeypatch, 200)
    status, _, err = run_cli(capsys, "train", "net.toml", "--out", "stopped")
    undo()
    assert status == 130
    # 600 samples: 120 held out for testing, 96 for validation, 384 in 96 steps an epoch
    assert err.count("\n") == 1 and "stopped  by SIGINT at epoch 3, step 200" in err
    assert "go on with: backprop train --resume stopped --dataset data.npz" in err
    assert sorted(p.name for p in (cli_run / "stopped").iterdir()) == [CHECKPOINT_NAME]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handlers put back
    status, out, err = run_cli(capsys, "train", "--resume", "stopped")  # the data path is given again
    assert status == 2 and "give it again: backprop train --resume stopped --dataset data.npz" in err
    status, out, err = run_cli(capsys, "train", "--resume", "stopped", "--dataset", "data.npz")
    assert status == 0, err
    assert "resume   stopped/checkpoint.safetensors (at epoch 3, step 200)" in out
    assert (cli_run / "stopped/model.safetensors").read_bytes() == \
        (cli_run / "whole/model.safetensors").read_bytes()
    assert sorted(p.name for p in (cli_run / "stopped").iterdir()) == ["history.json", "model.safetensors"]
    histories = [json.loads((cli_run / name / "history.json").read_text()) for name in ("whole", "stopped")]
    for history in histories:
        for epoch in history["epochs"]:
            epoch.pop("seconds")
    assert histories[0] == histories[1]


def test_sigterm_exits_143_and_resume_refuses_changed_data(cli_run, capsys, monkeypatch):
    monkeypatch.chdir(cli_run)
    undo = interrupt_at(monkeypatch, 30, signal.SIGTERM)
    status, _, err = run_cli(capsys, "train", "net.toml", "--out", "run")
    undo()
    assert status == 143 and "stopped  by SIGTERM at epoch 1, step 30" in err
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    with np.load(cli_run / "data.npz") as archive:
        x, y = archive["x"], archive["y"]
    x[7, 2] += 1
    np.savez(cli_run / "data.npz", x=x, y=y)
    status, out, err = run_cli(capsys, "train", "--resume", "run", "--dataset", "data.npz")
    assert status == 2 and err.count("\n") == 1
    assert "is not the data the run started with" in err


def test_resume_refusals_are_one_line_with_exit_2(cli_run, capsys, monkeypatch):
    monkeypatch.chdir(cli_run)

    def refused(*argv_and_words):
        argv = [a for a in argv_and_words if not a.startswith("~")]
        status, out, err = run_cli(capsys, "train", *argv)
        assert status == 2 and err.startswith("error: ") and err.count("\n") == 1, err
        for word in argv_and_words:
            if word.startswith("~"):
                assert word[1:] in err, err

    refused("--resume", "nowhere", "~nowhere: no such folder; give the --out folder")
    (cli_run / "empty").mkdir()
    refused("--resume", "empty", "~empty/checkpoint.safetensors: not found", "~start it again")
    refused("--resume", "nowhere", "--epochs", "3", "~--epochs cannot be changed when resuming")
    refused("net.toml", "--resume", "nowhere", "~FILE net.toml cannot be changed")
    status, _, _ = run_cli(capsys, "train", "net.toml", "--out", "done", "--epochs", "1")
    assert status == 0
    refused("--resume", "done", "~the run there has finished", "~nothing to resume")
    (cli_run / "done" / CHECKPOINT_NAME).write_bytes(pickle.dumps([1]))
    refused("--resume", "done", "~pickle")


# --- the run record: every field checked, no path opened that the file chooses ---------------------


def stopped_run(cli_run, capsys, monkeypatch) -> object:
    """A run of cli_run stopped by SIGTERM after step 30: its folder."""
    monkeypatch.chdir(cli_run)
    undo = interrupt_at(monkeypatch, 30, signal.SIGTERM)
    status, _, err = run_cli(capsys, "train", "net.toml", "--out", "run")
    undo()
    assert status == 143, err
    return cli_run / "run"


def edit_record(path, change) -> None:
    data_bytes = path.read_bytes()
    document = _document_of(data_bytes)
    change(document["run"])
    path.write_bytes(save_tensors(dict(load_tensors(data_bytes)),
                                  metadata={METADATA_KEY: json.dumps(document, sort_keys=True)}))


@pytest.mark.parametrize("change, words", [
    (lambda r: r["outputs"].update(state=True), ("run outputs key 'state'", "unknown key")),  # was a TypeError
    (lambda r: r["outputs"].update(stream=True), ("run outputs key 'stream'", "unknown key")),  # AttributeError
    (lambda r: r["outputs"].update(plots="yes"), ("run outputs plots", "not true or false")),
    (lambda r: r["settings"].update(epochs=0), ("run settings key 'epochs'", "0 is too small")),
    (lambda r: r["settings"].update(learning_rat=1), ("run settings key 'learning_rat'", "did you mean")),
    (lambda r: r.update(threads="many"), ("run threads", "not a whole number")),
    (lambda r: r["problem"].update(text=5), ("run problem text", "not text")),
    (lambda r: r["data"].update(sha256="x"), ("run data sha256", "not a SHA-256 digest")),
    (lambda r: r.update(extra=1), ("run key 'extra'", "unknown key")),
])
def test_a_crafted_run_record_is_refused_in_one_line(cli_run, capsys, monkeypatch, change, words):
    run = stopped_run(cli_run, capsys, monkeypatch)
    edit_record(run / CHECKPOINT_NAME, change)
    status, out, err = run_cli(capsys, "train", "--resume", "run", "--dataset", "data.npz")
    assert status == 2 and err.startswith(f"error: {run / CHECKPOINT_NAME}: ".replace(str(cli_run) + "/", ""))
    assert err.count("\n") == 1 and out == ""
    for word in words:
        assert word in err, err


def test_resume_opens_no_path_the_checkpoint_names(cli_run, capsys, monkeypatch, tmp_path):
    run = stopped_run(cli_run, capsys, monkeypatch)
    secret = tmp_path / "elsewhere.csv"
    edit_record(run / CHECKPOINT_NAME, lambda r: r.update(data_dir=str(tmp_path))
                or r["settings"].update(dataset=str(secret)))
    opened = []
    monkeypatch.setattr("backprop.commands.train.prepare", lambda *a: opened.append(a))
    status, _, err = run_cli(capsys, "train", "--resume", "run")
    assert status == 2 and opened == [] and err.count("\n") == 1
    assert f"the run read --dataset {secret}, --data-dir {tmp_path}, a path its checkpoint names" in err
    assert f"give it again: backprop train --resume run --dataset {secret} --data-dir {tmp_path}" in err


def test_evaluate_opens_no_path_the_model_names(cli_run, capsys, monkeypatch):
    monkeypatch.chdir(cli_run)
    status, _, err = run_cli(capsys, "train", "net.toml", "--out", "done", "--epochs", "1")
    assert status == 0, err
    status, out, err = run_cli(capsys, "evaluate", "done")
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "the model was trained on data.npz, a path its file names" in err
    assert "give the data to evaluate on: --dataset data.npz" in err
    status, out, err = run_cli(capsys, "evaluate", "done", "--dataset", "data.npz")
    assert status == 0, err


def test_the_thread_count_is_kept_for_resume_and_a_bad_one_refused(cli_run, capsys, monkeypatch):
    """--threads N goes into the run record; --resume trains on with the same N (results are
    bit-identical for a given N) and ends with the model of the run never stopped."""
    monkeypatch.chdir(cli_run)
    status, _, err = run_cli(capsys, "train", "net.toml", "--out", "whole", "--threads", "2")
    assert status == 0, err
    undo = interrupt_at(monkeypatch, 150, signal.SIGTERM)
    status, _, err = run_cli(capsys, "train", "net.toml", "--out", "stopped", "--threads", "2")
    undo()
    assert status == 143, err
    assert read_checkpoint(cli_run / "stopped").run["threads"] == 2
    seen = []
    original = train

    def recording_train(*args, **kwargs):
        seen.append(kwargs.get("threads"))
        return original(*args, **kwargs)

    monkeypatch.setattr("backprop.commands.train.train", recording_train)
    status, _, err = run_cli(capsys, "train", "--resume", "stopped", "--dataset", "data.npz")
    assert status == 0, err
    assert seen == [2]
    assert (cli_run / "stopped/model.safetensors").read_bytes() == \
        (cli_run / "whole/model.safetensors").read_bytes()
    status, out, err = run_cli(capsys, "train", "net.toml", "--out", "bad", "--threads", "-1")
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "--threads -1" in err and "0: every core" in err
    assert not (cli_run / "bad").exists()
