"""Fuzzing (hypothesis): generated bad input for every reader of user files. The problem-file reader,
the CSV, NPZ and IDX readers, the model and checkpoint loaders and check's formula parser either
accept an input or refuse it with their own one-line error; and through the command line every
refusal is one line on stderr with exit status 2, never a traceback or another exception.

Examples are derandomized (the same every run, so CI is repeatable) and modest in number, to keep
the suite fast; the count of inputs tried is printed in pytest's closing summary.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import math
import struct
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from backprop import cli, parse_problem
from backprop.checkpoint import CHECKPOINT_NAME, CheckpointError, read_checkpoint, save_checkpoint
from backprop.data import DataError, load_table
from backprop.data.idx import read_idx, write_idx
from backprop.data.mnist import read_labels, read_images
from backprop.io import ModelError, load_model, model_bytes, model_from_network
from backprop.problem import ProblemError
from backprop.training import TrainConfig, TrainState

TRIED: Counter = Counter()  # inputs tried, by reader
REFUSED: Counter = Counter()  # of them, refused with the reader's one-line error
FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


class _Summary:
    """Adds the number of inputs tried to pytest's closing summary."""

    def pytest_terminal_summary(self, terminalreporter):
        if TRIED:
            parts = ", ".join(f"{name} {count} ({REFUSED[name]} refused)" for name, count in sorted(TRIED.items()))
            terminalreporter.write_line(f"fuzz: {sum(TRIED.values())} generated inputs tried: {parts}")


@pytest.fixture(scope="module", autouse=True)
def summary(request):
    manager = request.config.pluginmanager
    if not manager.has_plugin("backprop-fuzz-summary"):
        manager.register(_Summary(), "backprop-fuzz-summary")
    yield


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def refused_by_cli(kind: str, *argv) -> str:
    """Run the command line in this process; assert one line on stderr and exit 2; the line.
    ``kind`` names the reader (unused: kept for the assertion messages)."""
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        status = cli.main([str(a) for a in argv])
    text = err.getvalue()
    assert status == 2, (kind, status, text, out.getvalue()[-500:])
    assert text.startswith("error: ") and text.count("\n") == 1 and text.endswith("\n"), text
    assert "Traceback" not in text
    return text


def one_line(error: Exception, path, kind: str) -> None:
    """The reader's error is one line starting with the file's path; counts a refusal of ``kind``."""
    REFUSED[kind] += 1
    message = str(error)
    assert "\n" not in message and message.startswith(str(path)), message


# --- problem files -------------------------------------------------------------------------------

SCALARS = st.one_of(
    st.integers(-3, 12), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.sampled_from(["relu", "softmax", "sigmoid", "neuron", "shared", "none",
                                    "cross_entropy", "squared_error", "he", "mean", "sum", "e"]),
    st.text(max_size=8))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4), max_leaves=12)


def toml_value(value) -> str:
    """A Python value in TOML spelling (a tiny writer: tomllib only reads)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    return "[" + ", ".join(toml_value(item) for item in value) + "]"


LAYER_KEYS = ("units", "inputs", "activation", "bias", "weights", "biases", "init", "mask", "typo")
SECTION_KEYS = {"loss": ("name", "log_base"), "data": ("x", "y", "labels", "classes"),
                "update": ("learning_rate", "batch_size", "reduction", "steps"),
                "train": ("epochs", "batch_size", "learning_rate", "momentum", "unknown")}


@st.composite
def problem_texts(draw) -> str:
    """A problem file near a real one: the right tables and keys, values of any type and size."""
    lines = [f"seed = {toml_value(draw(SCALARS))}"]
    for _ in range(draw(st.integers(0, 3))):
        lines.append("[[layer]]")
        for key in draw(st.lists(st.sampled_from(LAYER_KEYS), unique=True, max_size=5)):
            lines.append(f"{key} = {toml_value(draw(VALUES))}")
    for section, keys in SECTION_KEYS.items():
        if draw(st.booleans()):
            lines.append(f"[{section}]")
            for key in draw(st.lists(st.sampled_from(keys), unique=True, max_size=3)):
                lines.append(f"{key} = {toml_value(draw(VALUES))}")
    return "\n".join(lines) + "\n"


VALID_PROBLEM = """seed = 3
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
weights = [[0.1, 0.2], [0.3, 0.4]]
[[layer]]
units = 2
activation = "softmax"
[loss]
name = "cross_entropy"
[data]
x = [[1, 2]]
labels = [1]
[update]
learning_rate = 0.5
"""


@st.composite
def mangled(draw, text: str, alphabet=None) -> str:
    """``text`` with a few characters deleted, replaced or inserted."""
    characters = list(text)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(characters)))
        what = draw(st.sampled_from(["delete", "insert", "replace"]))
        new = draw(st.text(alphabet=alphabet, min_size=1, max_size=3) if alphabet else st.text(min_size=1, max_size=3))
        if what == "delete":
            del characters[at:at + len(new)]
        elif what == "insert":
            characters[at:at] = new
        else:
            characters[at:at + len(new)] = new
    return "".join(characters)


@FUZZ
@given(st.one_of(st.just(VALID_PROBLEM), problem_texts(), mangled(VALID_PROBLEM), st.text(max_size=200)))
def test_problem_reader_refuses_bad_files_in_one_line(folder, text):
    TRIED["problem files"] += 1
    path = folder / "problem.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        problem = parse_problem(text, path)
    except ProblemError as error:
        one_line(error, path, "problem files")
        refused_by_cli("problem files", "explain", path)
        return
    network = problem.build_network(np.float32)  # what was accepted can be used
    assert network.layers


# --- CSV -----------------------------------------------------------------------------------------

CELLS = st.one_of(st.integers(-5, 5).map(str), st.integers(0, 2).map(str), st.floats(allow_nan=True, allow_infinity=True, width=64).map(repr),
                  st.sampled_from(["", " ", "nan", "inf", "-inf", "1e39", "0x10", "abc", '"1"', '"', "1,2",
                                   "\u00e9", "1_000", "--1", "NaN", "Infinity"]))


@st.composite
def csv_texts(draw) -> str:
    columns = draw(st.integers(1, 4))
    if draw(st.integers(0, 2)):  # mostly a good header (features, then the label), so rows matter
        header = [f"f{k}" for k in range(columns - 1)] + ["label"]
    else:
        header = draw(st.lists(st.sampled_from(["a", "b", "label", "y", "target", "", "a"]),
                               min_size=columns, max_size=columns))
    rows = [",".join(header)]
    for _ in range(draw(st.integers(0, 5))):
        width = columns if draw(st.integers(0, 3)) else draw(st.integers(0, columns + 2))  # ragged
        rows.append(",".join(draw(st.lists(CELLS, min_size=width, max_size=width))))
    return "\n".join(rows) + draw(st.sampled_from(["", "\n", "\n\n"]))


@FUZZ
@given(st.one_of(csv_texts(), st.text(max_size=80)), st.sampled_from([None, "classification", "regression"]),
       st.sampled_from([None, 2, ["a", "b"]]))
def test_csv_reader_refuses_bad_files_in_one_line(folder, text, task, classes):
    TRIED["CSV files"] += 1
    path = folder / "data.csv"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        data = load_table(path, task=task, classes=classes)
    except DataError as error:
        one_line(error, path, "CSV files")
        if task is None and classes is None:
            assert refused_by_cli("CSV files", "train", "--dataset", path, "--epochs", 1).startswith(f"error: {path}: ")
        return
    assert len(data) > 0 and np.isfinite(data.x).all()  # accepted: samples, and every number finite
    if data.task == "classification":
        assert 0 <= data.y.min() and data.y.max() < len(data.classes)
    else:
        assert np.isfinite(data.y).all()


# --- NPZ -----------------------------------------------------------------------------------------

DTYPES = st.sampled_from([np.float64, np.float32, np.float16, np.int64, np.uint8, np.bool_,
                          np.complex64, np.dtype("U3"), np.dtype("S2")])


def arrays():
    return DTYPES.flatmap(lambda dtype: hnp.arrays(dtype, hnp.array_shapes(min_dims=0, max_dims=3,
                                                                             min_side=0, max_side=4)))


@FUZZ
@given(st.one_of(st.just({"x": np.eye(3), "y": np.arange(3)}),
                 st.dictionaries(st.sampled_from(["x", "X", "features", "y", "labels", "other"]), arrays(),
                                 max_size=3)),
       st.sampled_from([None, "classification", "regression"]), st.booleans())
def test_npz_reader_refuses_bad_archives_in_one_line(folder, named, task, cut):
    TRIED["NPZ archives"] += 1
    path = folder / "data.npz"
    np.savez(path, **named)
    if cut:
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 2])
    try:
        dataset = load_table(path, task=task)
    except DataError as error:
        one_line(error, path, "NPZ archives")
        if task is None:
            refused_by_cli("NPZ archives", "train", "--dataset", path, "--epochs", 1)
        return
    assert len(dataset) > 0 and np.isfinite(dataset.x).all()


# --- IDX (MNIST files) ---------------------------------------------------------------------------


@st.composite
def idx_files(draw) -> bytes:
    """An IDX header (often near MNIST's) and a body of any length, gzipped or not."""
    type_byte = draw(st.sampled_from([0x08, 0x08, 0x09, 0x0B, 0x0D, 0x07, 0x00]))
    sizes = draw(st.lists(st.sampled_from([0, 1, 2, 3, 28, 2**31, 2**32 - 1]), min_size=0, max_size=3))
    magic = bytes([0, draw(st.sampled_from([0, 0, 1])), type_byte, len(sizes)])
    header = magic + struct.pack(f">{len(sizes)}I", *sizes)
    header = header[:draw(st.integers(0, len(header)))] if draw(st.integers(0, 5)) == 0 else header
    body = draw(st.binary(max_size=64))
    data = header + body
    return gzip.compress(data, mtime=0)[:draw(st.integers(0, 200))] if draw(st.booleans()) else data


@pytest.fixture(scope="module")
def mnist_folder(folder) -> Path:
    """Four small valid MNIST files; the tests replace one with a fuzzed file."""
    mnist = folder / "mnist"
    mnist.mkdir()
    images = np.zeros((3, 28, 28), np.uint8)
    for name, array in (("train-images-idx3-ubyte.gz", images), ("t10k-images-idx3-ubyte.gz", images),
                        ("train-labels-idx1-ubyte.gz", np.array([1, 2, 3], np.uint8)),
                        ("t10k-labels-idx1-ubyte.gz", np.array([0, 9, 5], np.uint8))):
        write_idx(mnist / name, array)
    return mnist


@FUZZ
@given(st.one_of(st.just(bytes.fromhex("00000801 00000002") + b"\x01\x07"), idx_files()), st.sampled_from(["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"]))
def test_idx_reader_refuses_bad_files_in_one_line(mnist_folder, data, name):
    TRIED["IDX files"] += 1
    path = mnist_folder / name
    original = path.read_bytes()
    path.write_bytes(data)
    try:
        try:
            array = read_idx(path)
        except DataError as error:
            assert "\n" not in str(error) and str(error).startswith(str(path))
        else:
            assert array.size == math.prod(array.shape)
        try:
            (read_images if "images" in name else read_labels)(path)
        except DataError as error:
            one_line(error, path, "IDX files")
            refused_by_cli("IDX files", "train", "--dataset", "mnist", "--data-dir", mnist_folder, "--epochs", 1,
                           "--out", mnist_folder.parent / "run")
    finally:
        path.write_bytes(original)


# --- models and checkpoints ----------------------------------------------------------------------

MODEL_PROBLEM = """
seed = 1
[[layer]]
inputs = 3
units = 4
activation = "relu"
bias = "shared"
[[layer]]
units = 2
activation = "softmax"
[loss]
name = "cross_entropy"
"""


def small_network():
    return parse_problem(MODEL_PROBLEM).build_network(np.float32)


@pytest.fixture(scope="module")
def model_parts(folder):
    """A valid model's bytes and description, and a CSV of inputs for predict."""
    data = model_bytes(model_from_network(small_network(), classes=["no", "yes"], settings={"epochs": 1}))
    (folder / "rows.csv").write_text("a,b,c\n1,2,3\n")
    length = int.from_bytes(data[:8], "little")
    return data, json.loads(data[8:8 + length])


JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(-5, 10**12), st.floats(-1e3, 1e3),
                                     st.text(max_size=6), st.sampled_from(["relu", "none", "shared", "float32"])),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                     max_size=3),
                           max_leaves=8)


def _set_path(document, path, value):
    """Set the value at a key path of nested dicts/lists (creating nothing); True if set."""
    target = document
    for key in path[:-1]:
        if isinstance(target, dict) and key in target:
            target = target[key]
        elif isinstance(target, list) and isinstance(key, int) and key < len(target):
            target = target[key]
        else:
            return False
    if isinstance(target, dict) or (isinstance(target, list) and isinstance(path[-1], int) and path[-1] < len(target)):
        target[path[-1]] = value
        return True
    return False


KEY_PATHS = st.lists(st.sampled_from(["__metadata__", "backprop", "network", "layers", 0, 1, "units", "inputs",
                                      "activations", "bias", "mask", "loss", "name", "log_base", "task",
                                      "classes", "input", "scaling", "low", "high", "settings", "format", "format_version",
                                      "layers.0.weights", "layers.0.biases", "dtype", "shape",
                                      "data_offsets"]), min_size=1, max_size=5)


@st.composite
def damaged_models(draw, data: bytes, header: dict) -> bytes:
    how = draw(st.sampled_from(["flip", "cut", "header", "description"]))
    if how == "flip":
        damaged = bytearray(data)
        for _ in range(draw(st.integers(1, 6))):
            damaged[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(damaged)
    if how == "cut":
        return data[:draw(st.integers(0, len(data) - 1))]
    header = json.loads(json.dumps(header))
    if how == "description":  # edit the backprop document inside the metadata
        document = json.loads(header["__metadata__"]["backprop"])
        assume(_set_path(document, draw(KEY_PATHS), draw(JSON_VALUES)))
        header["__metadata__"]["backprop"] = json.dumps(document)
    else:
        assume(_set_path(header, draw(KEY_PATHS), draw(JSON_VALUES)))
    text = json.dumps(header).encode()
    body = data[8 + int.from_bytes(data[:8], "little"):]
    return struct.pack("<Q", len(text)) + text + body


@FUZZ
@given(st.data())
def test_model_loader_refuses_damaged_models_in_one_line(folder, model_parts, data):
    content = data.draw(st.one_of(damaged_models(*model_parts), st.binary(max_size=64)))
    TRIED["model files"] += 1
    path = folder / "model.safetensors"
    path.write_bytes(content)
    try:
        model = load_model(path)
    except ModelError as error:
        one_line(error, path, "model files")
        refused_by_cli("model files", "predict", path, folder / "rows.csv")
        return
    model.predict(np.zeros((2, model.inputs), np.float32))  # accepted: it can be used


@pytest.fixture(scope="module")
def checkpoint_data(folder) -> bytes:
    network = small_network()
    path = save_checkpoint(folder / "checkpoint-source" / CHECKPOINT_NAME, network,
                           TrainState.start(network, TrainConfig(), 5), {"note": "fuzz"})
    return path.read_bytes()


@FUZZ
@given(st.data())
def test_checkpoint_loader_refuses_damaged_checkpoints_in_one_line(folder, checkpoint_data, data):
    length = int.from_bytes(checkpoint_data[:8], "little")
    content = data.draw(damaged_models(checkpoint_data, json.loads(checkpoint_data[8:8 + length])))
    TRIED["checkpoints"] += 1
    run = folder / "run"
    run.mkdir(exist_ok=True)
    path = run / CHECKPOINT_NAME
    path.write_bytes(content)
    try:
        read_checkpoint(run).restore(small_network(), 5)
    except CheckpointError as error:
        one_line(error, path, "checkpoints")
        message = refused_by_cli("checkpoints", "train", "--resume", run)
        assert str(path) in message
        return
    # accepted (a flip that kept it valid): --resume gets past the file and refuses the record
    refused_by_cli("checkpoints (record)", "train", "--resume", run)


# --- check's formulas ----------------------------------------------------------------------------

NAMES = st.sampled_from(["x[0]", "x[1]", "x[5]", "W1[0,1]", "W1[1,0]", "W2[0,0]", "W2[0]", "W3[0,0]", "b1",
                         "b1[0]", "b2[0]", "b2[7]", "z1[0]", "a1[1]", "a2[0]", "y[0]", "t[0]", "eta", "L",
                         "E", "S", "foo", "sigmoid", "x", "W1[i,j]", "a2[-1]", "W1[0.5,0]", "x[0][0]"])
FUNCTIONS = st.sampled_from(["sigmoid", "relu", "Heaviside", "exp", "log", "tanh", "sqrt", "sin", "print",
                             "eval", "Sum", "lambda"])
NUMBERS = st.one_of(st.integers(0, 99).map(str), st.sampled_from(["0.5", "1e-3", "1e400", "-0", "2/3", "9**9**9",
                                                                    "9^9^9", "2**-5000", "99999!"]))


def formulas():
    """Formulas over this network's names and beyond; numbers include power towers of literals, which
    must be refused before SymPy computes their hundreds of millions of digits."""
    atom = st.one_of(NAMES, NUMBERS)

    def extend(inner):
        return st.one_of(
            st.tuples(inner, st.sampled_from([" + ", " - ", "*", "/", " ", "(", ")"]), inner).map("".join),
            st.tuples(FUNCTIONS, inner).map(lambda pair: f"{pair[0]}({pair[1]})"),
            st.tuples(inner, st.sampled_from(["2", "3", "-1", "0.5"])).map(lambda pair: f"({pair[0]})**{pair[1]}"),
            inner.map(lambda text: f"({text})"))

    return st.recursive(atom, extend, max_leaves=6)


NOISE = "xyzWabt0123456789[](),.+-/ _=:'\"\\\u00e9"


@pytest.fixture(scope="module")
def formula_problem(folder) -> Path:
    path = folder / "sparse.toml"
    path.write_text(VALID_PROBLEM.replace('units = 2\nactivation = "softmax"', 'units = 2\nactivation = "softmax"\nbias = "neuron"'))
    return path


@FUZZ
@given(st.one_of(formulas(), formulas().flatmap(lambda text: mangled(text, NOISE)), st.text(alphabet=NOISE, max_size=20)))
def test_formula_parser_refuses_bad_formulas_in_one_line(formula_problem, text):
    from backprop.problem import load_problem
    from backprop.symbolic.check import read_formula
    from backprop.symbolic.quantities import FormulaError, NetworkSymbols

    TRIED["formulas"] += 1
    symbols = NetworkSymbols(load_problem(formula_problem))
    try:
        read_formula(text, symbols)
    except FormulaError as error:
        assert "\n" not in str(error)
        REFUSED["formulas"] += 1
        refused_by_cli("formulas", "check", formula_problem, "--param", "W1[0,1]", "--formula", text)


# --- headers that claim sizes: refused before anything of that size is allocated -------------------

CLAIMED_SIDES = st.sampled_from([0, 1, 3, 784, 2**20, 2**31, 2**45])
PEAK_BYTES = 64 << 20  # what reading a small file may allocate, whatever its header claims


@contextlib.contextmanager
def allocation_peak():
    """The peak of Python's and NumPy's allocations inside (tracemalloc sees both), in a list."""
    import tracemalloc

    peak = [0]
    tracemalloc.start()
    try:
        yield peak
    finally:
        peak[0] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


@FUZZ
@given(st.lists(CLAIMED_SIDES, min_size=1, max_size=3), st.sampled_from(["<f4", "<f8", "|u1", "<i8", "<U5", "|O"]),
       st.sampled_from([0, 12, 1 << 20]))
def test_npz_headers_claiming_any_shape_are_refused_before_allocating(folder, shape, dtype, inflated):
    import bombs

    TRIED["NPZ headers"] += 1
    path = bombs.npz_bomb(folder / "claims.npz", tuple(shape), dtype, inflated)
    with allocation_peak() as peak:
        try:
            load_table(path)
        except DataError as error:
            one_line(error, path, "NPZ headers")
    assert peak[0] < PEAK_BYTES, (shape, dtype, peak[0])


@FUZZ
@given(st.lists(CLAIMED_SIDES, min_size=0, max_size=3), st.sampled_from(["F32", "I64", "BF16", "F64", 7]),
       st.sampled_from([None, 0, 100, 2**40]), st.sampled_from([31_400, 10**10, 2**64]))
def test_safetensors_headers_claiming_any_tensor_are_refused_before_allocating(folder, model_parts, shape, dtype,
                                                                               begin, end):
    import bombs

    TRIED["model headers"] += 1
    header = json.loads(json.dumps(model_parts[1]))
    header["layers.0.weights"] = {"dtype": dtype, "shape": shape,
                                  "data_offsets": [begin if begin is not None else 0, end]}
    path = bombs.safetensors_header(folder / "claims.safetensors", header, data_size=64)
    with allocation_peak() as peak:
        try:
            load_model(path)
        except ModelError as error:
            one_line(error, path, "model headers")
    assert peak[0] < PEAK_BYTES, (shape, dtype, begin, end, peak[0])
