"""Model files (backprop.io): round trips that predict bit for bit, deterministic bytes, atomic
writes, and a clear one-line refusal of everything that is not a valid model."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save as save_tensors

from backprop import parse_problem
from backprop.data import InputScaling
from backprop.files import WriteError
from backprop.io import (FORMAT_VERSION, METADATA_KEY, InputRangeError, Model, ModelError, describe, load_model,
                         model_bytes, model_from_network, save_model, tensors_of)

PROBLEM = """
seed = 3
[[layer]]
inputs = 6
units = 5
activation = "relu"
bias = "shared"
[[layer]]
units = 4
activation = "tanh"
bias = "none"
mask = [[1, 0, 1, 1, 1], [1, 1, 1, 1, 1], [0, 0, 1, 1, 1], [1, 1, 1, 1, 0]]
[[layer]]
units = 3
activation = ["relu", "softmax"]
[loss]
name = "cross_entropy"
log_base = 2
"""


def make_model(standardized: bool = True, kind: str | None = None) -> Model:
    """The PROBLEM network with non-trivial biases; inputs standardised (or ``kind`` of scaling)."""
    network = parse_problem(PROBLEM).build_network(np.float32)
    rng = np.random.default_rng(7)
    for layer in network.layers:  # non-trivial biases, so that a lost bias would show
        if layer.biases is not None:
            layer.biases[...] = rng.normal(size=layer.biases.shape)
    mean, std = rng.random(6, dtype=np.float32), rng.random(6, dtype=np.float32) + 0.5
    kind = kind or ("standardize" if standardized else "none")
    scaling = (InputScaling(kind, mean, std, -2.0, 3.0) if kind == "standardize"
               else InputScaling(kind, low=0.0, high=255.0 if kind == "pixels" else 1.0))
    return model_from_network(network, classes=["cat", "dog", "eel"], scaling=scaling,
                              settings={"epochs": 3, "learning_rate": 0.1, "tolerance": None})


@pytest.fixture
def model_file(tmp_path):
    return save_model(make_model(), tmp_path / "model.safetensors")


def rewrite(path, tensors=None, document=None):
    """Write a safetensors file at ``path`` with the given tensors and backprop description."""
    data = path.read_bytes()
    length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8:8 + length])
    if document is None:
        document = json.loads(header["__metadata__"][METADATA_KEY])
    if tensors is None:
        tensors = load_model_tensors(path)
    path.write_bytes(save_tensors(tensors, metadata={METADATA_KEY: json.dumps(document)}))


def load_model_tensors(path):
    from safetensors.numpy import load_file
    return dict(load_file(str(path)))


def one_line_error(path) -> str:
    with pytest.raises(ModelError) as caught:
        load_model(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    return message


# --- round trips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["standardize", "none", "pixels"])
def test_round_trip_predicts_bit_for_bit(tmp_path, kind):
    model = make_model(kind=kind)
    path = save_model(model, tmp_path / "m.safetensors")
    loaded = load_model(path)
    x = np.random.default_rng(0).normal(size=(50, 6)).astype(np.float32)
    before, after = model.predict(x), loaded.predict(x)
    assert before.dtype == after.dtype == np.float32
    assert before.tobytes() == after.tobytes()
    assert loaded.classes == ["cat", "dog", "eel"]
    assert loaded.settings == {"epochs": 3, "learning_rate": 0.1, "tolerance": None}
    assert [layer.bias_mode for layer in loaded.network.layers] == ["shared", "none", "neuron"]
    assert loaded.network.layers[1].mask is not None
    assert loaded.network.loss.log_base == 2.0
    assert [a.name for a in loaded.network.layers[2].activations] == ["relu", "softmax"]
    assert describe(loaded) == describe(model)
    assert model_bytes(loaded) == model_bytes(model)
    assert (loaded.scaling.kind, loaded.scaling.low, loaded.scaling.high) == \
        (model.scaling.kind, model.scaling.low, model.scaling.high)


def test_loaded_parameters_are_writable_copies(model_file):
    loaded = load_model(model_file)
    loaded.network.layers[0].weights += 1  # training on a loaded model updates in place
    assert loaded.network.layers[0].weights.flags.writeable


def test_folder_of_a_run_loads_its_model(tmp_path):
    save_model(make_model(), tmp_path / "model.safetensors")
    assert load_model(tmp_path).classes == ["cat", "dog", "eel"]


# --- bytes and writing ---------------------------------------------------------------------------


def test_same_model_gives_same_bytes_in_this_and_another_process(tmp_path):
    first = model_bytes(make_model())
    assert model_bytes(make_model()) == first
    # safetensors orders several metadata keys at random per process; one key keeps bytes stable
    code = ("import sys; sys.path.insert(0, %r); from test_io import make_model;"
            " from backprop.io import model_bytes; sys.stdout.buffer.write(model_bytes(make_model()))"
            % str(__import__("pathlib").Path(__file__).parent))
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert other == first


def test_different_weights_give_different_bytes():
    model = make_model()
    first = model_bytes(model)
    model.network.layers[0].weights[0, 0] += 1
    assert model_bytes(model) != first


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "model.safetensors"
    path.write_bytes(b"old")
    save_model(make_model(), path)
    assert [p.name for p in tmp_path.iterdir()] == ["model.safetensors"]
    assert load_model(path).classes == ["cat", "dog", "eel"]


def test_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "model.safetensors"
    save_model(make_model(), path)
    old = path.read_bytes()

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr("os.fsync", crash)
    with pytest.raises(WriteError, match="cannot write .disk full."):
        save_model(make_model(standardized=False), path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["model.safetensors"]


def test_file_is_plain_safetensors_with_one_metadata_key(model_file):
    data = model_file.read_bytes()
    header = json.loads(data[8:8 + int.from_bytes(data[:8], "little")])
    assert list(header["__metadata__"]) == [METADATA_KEY]
    document = json.loads(header["__metadata__"][METADATA_KEY])
    assert document["format_version"] == FORMAT_VERSION
    assert document["network"]["layers"][0] == {"units": 5, "inputs": 6, "activations": ["relu"],
                                                "bias": "shared", "mask": False}
    assert sorted(tensors_of(make_model())) == sorted(k for k in header if k != "__metadata__")


# --- refusals ------------------------------------------------------------------------------------


def test_pickle_renamed_to_a_model_is_refused_without_unpickling(tmp_path):
    path = tmp_path / "evil.safetensors"

    class Boom:
        def __reduce__(self):
            return (exec, ("raise SystemExit('unpickled!')",))

    path.write_bytes(pickle.dumps(Boom()))
    assert "pickle" in one_line_error(path)


@pytest.mark.parametrize("keep", [0, 5, 8, 60, -1, -100])
def test_truncated_file_is_refused(model_file, keep):
    data = model_file.read_bytes()
    model_file.write_bytes(data[:keep] if keep >= 0 else data[:len(data) + keep])
    message = one_line_error(model_file)
    assert any(word in message for word in ("truncated", "too short", "damaged"))


def test_shapes_contradicting_the_network_are_refused(model_file):
    tensors = load_model_tensors(model_file)
    tensors["layers.0.weights"] = np.zeros((5, 7), np.float32)
    rewrite(model_file, tensors=tensors)
    message = one_line_error(model_file)
    assert "layers.0.weights" in message and "(5, 7)" in message and "(5, 6)" in message


def test_layer_sizes_that_do_not_chain_are_refused(model_file):
    document = json.loads(json.dumps(describe(make_model())))
    document["network"]["layers"][1]["inputs"] = 9
    rewrite(model_file, document=document)
    assert "layer 2 inputs" in one_line_error(model_file)


def test_missing_and_extra_tensors_are_refused(model_file):
    tensors = load_model_tensors(model_file)
    del tensors["layers.2.biases"]
    rewrite(model_file, tensors=tensors)
    assert "layers.2.biases" in one_line_error(model_file)
    tensors["layers.2.biases"] = np.zeros(3, np.float32)
    tensors["layers.9.weights"] = np.zeros(3, np.float32)
    rewrite(model_file, tensors=tensors)
    assert "layers.9.weights" in one_line_error(model_file)


def test_unknown_format_version_is_refused(model_file):
    document = describe(make_model())
    document["format_version"] = FORMAT_VERSION + 1
    rewrite(model_file, document=document)
    assert f"version {FORMAT_VERSION + 1}" in one_line_error(model_file)


@pytest.mark.parametrize("content", [
    b"",
    b"hello, this is a text file and not a model",
    b"\x93NUMPY\x01\x00v\x00{'descr': '<f4'}",
    b"PK\x03\x04 a zip archive",
    save_tensors({"w": np.zeros(3, np.float32)}),                       # safetensors, no metadata
    save_tensors({"w": np.zeros(3, np.float32)}, metadata={"backprop": "{not json"}),
    save_tensors({"w": np.zeros(3, np.float32)}, metadata={"backprop": '{"format": "other"}'}),
])
def test_files_that_are_not_models_are_refused(tmp_path, content):
    path = tmp_path / "model.safetensors"
    path.write_bytes(content)
    one_line_error(path)


def test_missing_file_and_empty_folder_are_refused(tmp_path):
    assert "not found" in one_line_error(tmp_path / "nothing.safetensors")
    assert "folder" in one_line_error(tmp_path)


def test_non_finite_weights_are_refused(model_file):
    tensors = load_model_tensors(model_file)
    tensors["layers.1.weights"][0, 0] = np.nan
    rewrite(model_file, tensors=tensors)
    assert "NaN" in one_line_error(model_file)


# --- the same refusals through the command line --------------------------------------------------


def _pickle_file(path):
    class Boom:
        def __reduce__(self):
            return (exec, ("raise SystemExit('unpickled!')",))

    path.write_bytes(pickle.dumps(Boom()))


def _truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[:len(data) - 100])


def _wrong_shape(path):
    tensors = load_model_tensors(path)
    tensors["layers.0.weights"] = np.zeros((5, 7), np.float32)
    rewrite(path, tensors=tensors)


def _future_version(path):
    document = describe(make_model())
    document["format_version"] = FORMAT_VERSION + 1
    rewrite(path, document=document)


@pytest.mark.parametrize("damage, words", [
    (_pickle_file, ("a Python pickle", "never loads pickles")),
    (_truncated, ("is truncated",)),
    (_wrong_shape, ("'layers.0.weights': has shape (5, 7), not (5, 6)",)),
    (_future_version, (f"model format version {FORMAT_VERSION + 1}, this backprop reads version",)),
    (lambda path: path.write_text("weights = [1, 2, 3]\n"), ("is not a model file",)),
    (lambda path: path.write_bytes(b""), ("0 bytes long", "too short")),
])
@pytest.mark.parametrize("command", ["evaluate", "predict"])
def test_bad_model_files_are_one_line_errors_with_exit_2_from_the_cli(model_file, capsys, damage, words,
                                                                       command):
    from backprop import cli

    damage(model_file)
    rows = model_file.parent / "rows.csv"
    rows.write_text("a,b,c,d,e,f\n1,2,3,4,5,6\n")
    argv = [command, str(model_file)] + ([str(rows)] if command == "predict" else [])
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith(f"error: {model_file}: ")
    for word in words:
        assert word in captured.err, captured.err


# --- format versions and the input scaling -------------------------------------------------------

MODELS = Path(__file__).resolve().parent / "models"


@pytest.mark.parametrize("name, kind", [("v1-standardized", "standardize"), ("v1-plain", "none")])
def test_version_1_models_still_load_and_predict_as_before(name, kind):
    """Files written by backprop before format version 2 (tests/models/v1-expected.json says which),
    with the outputs that backprop computed from them."""
    expected = json.loads((MODELS / "v1-expected.json").read_text())
    model = load_model(MODELS / f"{name}.safetensors")
    assert model.scaling.kind == kind and model.scaling.low is None  # no range recorded then
    outputs = model.predict(np.asarray(expected["x"], np.float32))
    assert outputs.tobytes() == np.asarray(expected["outputs"][name], np.float32).tobytes()
    model.check_range(np.full((1, 6), 1e30, np.float32), "rows.csv")  # no range: nothing refused
    # written again, it is a version 2 file with the same predictions
    document = describe(model)
    assert document["format_version"] == FORMAT_VERSION == 2
    assert document["input"] == {"scaling": kind, "low": None, "high": None}


def test_pixels_models_divide_by_255_and_refuse_far_outside_inputs():
    model = make_model(kind="pixels")
    x = np.random.default_rng(2).integers(0, 256, size=(7, 6)).astype(np.float32)
    plain = make_model(kind="none")
    assert model.predict(x).tobytes() == plain.predict(x / np.float32(255)).tobytes()
    model.check_range(np.array([[-255, 0, 1, 255, 300, 510]], np.float32), "ok.csv")  # within a width
    with pytest.raises(InputRangeError) as caught:
        model.check_range(np.array([[0, 0, 0, 0, 0, 511]], np.float32), "rows.csv", ["row 1"])
    assert str(caught.value) == ("rows.csv: row 1, feature 6: 511 is far outside the inputs the model was"
                                 " trained on (0 to 255); give inputs on the scale of the training data,"
                                 " or --allow-out-of-range to use them anyway")


def test_pixels_given_to_a_unit_scale_model_are_named():
    model = make_model(kind="none")  # trained on inputs 0 to 1
    x = np.zeros((4, 6), np.float32)
    x[3, 1] = 255
    with pytest.raises(InputRangeError, match=r"^x.npz: sample 3, feature 2: 255 is far outside .* \(0 to 1\)"
                       r" \(pixels of 0 to 255\? the model was trained on them divided by 255\)"):
        model.check_range(x, "x.npz")


@pytest.mark.parametrize("edit, words", [
    (lambda d: d.pop("input"), "input: missing"),
    (lambda d: d["input"].update(scaling="zscore"), 'input scaling: unknown scaling "zscore"'),
    (lambda d: d["input"].update(low=5.0, high=1.0), "input low, high: are 5, 1: not a range"),
    (lambda d: d["input"].update(low=None), "input low: missing"),
    (lambda d: d["input"].update(high="255"), 'input high: "255" is text, not a number'),
])
def test_a_damaged_input_description_is_refused(model_file, edit, words):
    document = describe(make_model())
    edit(document)
    rewrite(model_file, document=document)
    assert words in one_line_error(model_file)


def test_a_standardised_model_needs_its_statistics(model_file):
    tensors = load_model_tensors(model_file)
    del tensors["standardize.std"]
    rewrite(model_file, tensors=tensors)
    assert "standardize.std" in one_line_error(model_file)
