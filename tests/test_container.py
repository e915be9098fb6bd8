"""Reading models and checkpoints bounded (backprop.container): a file of unknown origin is refused in
one line from its size and header, before its tensors are read, and every field of its description
goes through the typed getters. (The memory each refusal takes is measured in test_bombs.py.)"""

from __future__ import annotations

import json
import os
import struct

import numpy as np
import pytest

from backprop import cli, parse_problem
from backprop.checkpoint import CHECKPOINT_NAME, CheckpointError, read_checkpoint, save_checkpoint
from backprop.container import METADATA_KEY
from backprop.io import ModelError, describe, load_model, model_from_network, save_model
from backprop.limits import LIMITS
from backprop.training import TrainConfig, TrainState

PROBLEM = """
[[layer]]
inputs = 3
units = 2
activation = "softmax"
[loss]
name = "cross_entropy"
"""


def network():
    return parse_problem(PROBLEM).build_network(np.float32)


def model():
    return model_from_network(network(), classes=["a", "b"], settings={"epochs": 1})


def container(tensors: dict, document: dict, data_size: int | None = None) -> bytes:
    """A safetensors file written by hand: ``tensors`` maps a name to (dtype, shape, bytes)."""
    header, position, body = {"__metadata__": {METADATA_KEY: json.dumps(document)}}, 0, b""
    for name, (dtype, shape, data) in tensors.items():
        header[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [position, position + len(data)]}
        position += len(data)
        body += data
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + body


def model_tensors(dtype="F32") -> dict:
    weights = np.zeros((2, 3), np.float32).tobytes()
    biases = np.zeros(2, np.float32).tobytes()
    if dtype == "BF16":
        weights, biases = weights[: len(weights) // 2], biases[: len(biases) // 2]
    return {"layers.0.weights": (dtype, (2, 3), weights), "layers.0.biases": ("F32", (2,), np.zeros(2, np.float32).tobytes())}


def refused(path, *words) -> str:
    with pytest.raises(ModelError) as caught:
        load_model(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path)), message
    for word in words:
        assert word in message, message
    return message


def test_a_dtype_backprop_does_not_write_is_one_line_not_a_key_error(tmp_path):
    path = tmp_path / "bf16.safetensors"
    path.write_bytes(container(model_tensors("BF16"), describe(model())))
    refused(path, "tensor \"layers.0.weights\"", "dtype \"BF16\"", "F32 and I64")


def test_a_tensor_larger_than_the_file_is_refused_from_the_header(tmp_path):
    """A header declaring a 10 GB tensor in a small file: refused before anything is allocated."""
    tensors = model_tensors()
    header = {"__metadata__": {METADATA_KEY: json.dumps(describe(model()))},
              "layers.0.weights": {"dtype": "F32", "shape": [50_000, 50_000], "data_offsets": [0, 10**10]},
              "layers.0.biases": {"dtype": "F32", "shape": [2], "data_offsets": [10**10, 10**10 + 8]}}
    text = json.dumps(header).encode()
    path = tmp_path / "huge.safetensors"
    path.write_bytes(struct.pack("<Q", len(text)) + text + tensors["layers.0.biases"][2])
    refused(path, "is truncated", "tensor \"layers.0.weights\" needs 10,000,000,008 bytes")


def test_a_file_larger_than_the_limit_is_refused_from_its_size(tmp_path):
    path = tmp_path / "sparse.safetensors"
    with open(path, "wb") as file:  # sparse: no disk space, no reading
        file.write(container(model_tensors(), describe(model())))
        file.truncate(LIMITS["model_file_bytes"] + 1)
    refused(path, f"more than the {LIMITS['model_file_bytes']:,} allowed (model_file_bytes)")


@pytest.mark.parametrize("spans, words", [
    ([(0, 24), (16, 24)], ("data_offsets", "start at byte 16")),  # overlapping
    ([(0, 24), (28, 36)], ("data_offsets", "start at byte 28")),  # a gap
])
def test_tensors_that_overlap_or_leave_gaps_are_refused(tmp_path, spans, words):
    header = {"__metadata__": {METADATA_KEY: json.dumps(describe(model()))},
              "layers.0.weights": {"dtype": "F32", "shape": [2, 3], "data_offsets": list(spans[0])},
              "layers.0.biases": {"dtype": "F32", "shape": [2], "data_offsets": list(spans[1])}}
    text = json.dumps(header).encode()
    path = tmp_path / "overlap.safetensors"
    path.write_bytes(struct.pack("<Q", len(text)) + text + bytes(max(end for _, end in spans)))
    refused(path, *words)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_model_that_is_a_named_pipe_is_refused_without_waiting(tmp_path):
    path = tmp_path / "model.safetensors"
    os.mkfifo(path)
    refused(path, "is a named pipe (FIFO), not a regular file")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_a_device_is_refused(tmp_path):
    path = tmp_path / "model.safetensors"
    path.symlink_to("/dev/zero")
    refused(path, "is a character device, not a regular file")


@pytest.mark.parametrize("edit, words", [
    (lambda d: d.update(extra=1), ("description key 'extra'", "unknown key")),
    (lambda d: d["network"]["layers"][0].update(units=True), ("layer 1 units", "true is a boolean")),
    (lambda d: d["network"]["layers"][0].update(units=2, inputs=10**7), ("layer 1 inputs", "too large")),
    (lambda d: d["network"]["layers"][0].update(activations=["softmax", "relu"]), ("softmax",)),
    (lambda d: d.update(classes=["a", "a"]), ("classes[1]", "appears twice")),
    (lambda d: d.update(settings={"dataset": {"path": "/dev/zero"}}), ("settings key 'dataset'", "is dict")),
    (lambda d: d.update(standardized=True), ("description key 'standardized'", "unknown key")),  # format 1's
    (lambda d: d["input"].update(scaling="pixel"), ("input scaling", "did you mean 'pixels'")),
    (lambda d: d["network"]["loss"].update(log_base=10), ("network loss log_base", "10 is not a supported base", "e\" or 2")),
])
def test_every_field_of_a_model_description_is_checked(tmp_path, edit, words):
    document = describe(model())
    edit(document)
    path = tmp_path / "edited.safetensors"
    path.write_bytes(container(model_tensors(), document))
    message = refused(path, *words)
    assert message.endswith("the file is damaged or was edited: train the model again")


def checkpoint_file(tmp_path, edit) -> os.PathLike:
    path = save_checkpoint(tmp_path / "run" / CHECKPOINT_NAME, network(),
                           TrainState.start(network(), TrainConfig(), 4), {"note": 1})
    data = path.read_bytes()
    length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8:8 + length])
    document = json.loads(header["__metadata__"][METADATA_KEY])
    edit(document)
    header["__metadata__"][METADATA_KEY] = json.dumps(document)
    text = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(text)) + text + data[8 + length:])
    return path


@pytest.mark.parametrize("edit, words", [
    (lambda d: d["state"].update(steps=-1), ("state steps", "-1 is too small")),
    (lambda d: d["state"].update(extra=1), ("state key 'extra'", "unknown key")),
    (lambda d: d["state"].update(history=[{"epoch": 1, "seconds": "x", "train_loss": 1, "train_accuracy": None,
                                           "test_loss": None, "test_accuracy": None, "learning_rate": 0.1,
                                           "validation_loss": None, "validation_accuracy": None}]),
     ("history entry 1 key 'seconds'", "not a number")),
    (lambda d: d["state"].update(best="yes"), ("state best", "not true or false")),
])
def test_every_field_of_a_checkpoint_state_is_checked(tmp_path, edit, words):
    path = checkpoint_file(tmp_path, edit)
    with pytest.raises(CheckpointError) as caught:
        read_checkpoint(path).restore(network(), 4)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    for word in words:
        assert word in message, message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", ["evaluate", "predict", "train --resume"])
def test_pipes_are_refused_by_every_command_in_one_line(tmp_path, capsys, command):
    run = tmp_path / "run"
    run.mkdir()
    os.mkfifo(run / "model.safetensors")
    os.mkfifo(run / CHECKPOINT_NAME)
    (tmp_path / "rows.csv").write_text("a,b,c\n1,2,3\n")
    argv = {"evaluate": ["evaluate", str(run / "model.safetensors")],
            "predict": ["predict", str(run / "model.safetensors"), str(tmp_path / "rows.csv")],
            "train --resume": ["train", "--resume", str(run)]}[command]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a named pipe (FIFO), not a regular file" in err, err


def test_a_saved_model_still_loads_bit_for_bit(tmp_path):
    saved = model()
    loaded = load_model(save_model(saved, tmp_path / "model.safetensors"))
    for before, after in zip(saved.network.layers, loaded.network.layers):
        assert before.weights.tobytes() == after.weights.tobytes()
        assert after.weights.flags.writeable
