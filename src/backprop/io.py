"""Model files: a trained network and everything predict needs, in one safetensors file.

A model file never holds a pickle, so loading one runs no code. It is a safetensors file: an 8-byte
little-endian header length, a JSON header, then the raw tensors. The tensors are

    layers.<k>.weights   float32 (units, inputs)
    layers.<k>.biases    float32 (units,) for bias "neuron", shape () for "shared", absent for "none"
    layers.<k>.mask      float32 (units, inputs) of 0/1, only where the layer has a mask
    standardize.mean     float32 (inputs,), only when the inputs are standardised
    standardize.std      float32 (inputs,)

and the header's metadata holds ONE key, "backprop", whose value is a JSON document (sorted keys):
the format name and version, the network (units, inputs, activations, bias mode, mask or not, per
layer; the loss), the task, the class names, the input scaling (``"input": {"scaling": "none" |
"pixels" | "standardize", "low": ..., "high": ...}``: what is done to raw inputs, and the range of
the raw training inputs; backprop.data.scaling) and the training settings. One key, because
safetensors writes several metadata keys in a random order, and the same network and weights must
give the same bytes. Writing is atomic: a temporary file in the same folder, flushed and fsynced,
then renamed over the target, so a crash never leaves half a model under the real name.

Format versions. A file's ``format_version`` says how to read it. The version goes up when an
older backprop would misread a new file (it would ignore a field that changes the predictions),
and only then; a reader reads its own version and the older ones it lists (FileKind.older), and
refuses a newer one in one line. Models:

    1  inputs standardised or not ("standardized": true/false); no input range
    2  "input": the scaling ("pixels" is new: an older reader would skip the division by 255) and
       the range of the training inputs. Version 1 files load as scaling "none" or "standardize"
       with no known range (so their inputs are not range-checked).
"""

from __future__ import annotations

import json
import math
import os
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from safetensors import SafetensorError
from safetensors.numpy import load as _load_tensors
from safetensors.numpy import save as _save_tensors

from .activations import ACTIVATIONS, get_activation
from .errors import UserError
from .data.dataset import TASKS
from .data.scaling import SCALINGS, InputScaling
from .layers import BIAS_MODES, Dense
from .losses import LOSS_NAMES, get_loss
from .network import Network

FORMAT = "backprop-model"
FORMAT_VERSION = 2
#: Older model versions this backprop still reads (see the module docstring).
OLDER_VERSIONS = (1,)
EXTENSION = ".safetensors"
METADATA_KEY = "backprop"
#: Largest JSON header accepted; a real model's is a few kB. Guards against reading garbage as a length.
MAX_HEADER_BYTES = 64 * 1024 * 1024

# First bytes of files people mistake for models, to say what the file is instead.
_SIGNATURES = {
    b"\x80": "a Python pickle (backprop never loads pickles: they can run arbitrary code)",
    b"PK\x03\x04": "a zip archive (a PyTorch checkpoint or .npz?), not a backprop model",
    b"\x93NUMPY": "a NumPy .npy array, not a backprop model",
    b"\x89PNG": "a PNG image, not a backprop model",
    b"\x1f\x8b": "a gzip file, not a backprop model",
}


class ModelError(UserError):
    """A model file that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path, what: str, fix: str):
        super().__init__(what, fix, path)


class InputRangeError(UserError):
    """Inputs far outside the range a model was trained on (Model.check_range); one line."""


@dataclass(frozen=True)
class FileKind:
    """One kind of backprop safetensors file (a model, a checkpoint), for reading and its messages.

    noun : what it is called in messages; name, version : the format name and the version written;
    give : what would be right instead of a wrong file; again : what to do about a damaged one;
    error : the exception raised (a ModelError); older : the older versions still read.
    """

    noun: str
    name: str
    version: int
    give: str
    again: str
    error: type = ModelError
    older: tuple[int, ...] = ()

    def fail(self, path, what: str, fix: str | None = None):
        raise self.error(path, what, fix or self.give)


MODEL = FileKind("model", FORMAT, FORMAT_VERSION, "give a model file written by backprop train",
                 "train the model again", older=OLDER_VERSIONS)


@dataclass
class Model:
    """A trained network with what it needs at predict time.

    Attributes
    ----------
    network : the layers and their parameters (float32) and the loss.
    task : "classification" or "regression".
    classes : class names in output order (classification), else None.
    scaling : what is done to raw inputs before the network sees them (none, 8-bit pixels divided
        by 255, or standardisation), and the range of the raw training inputs.
    settings : the training settings, as saved (a dict; informational).
    """

    network: Network
    task: str = "classification"
    classes: list[str] | None = None
    scaling: InputScaling = field(default_factory=InputScaling)
    settings: dict = field(default_factory=dict)

    @property
    def mean(self) -> np.ndarray | None:
        """The standardisation's mean (inputs,), or None."""
        return self.scaling.mean

    @property
    def std(self) -> np.ndarray | None:
        """The standardisation's standard deviation (inputs,), or None."""
        return self.scaling.std

    @property
    def inputs(self) -> int:
        return self.network.layers[0].inputs

    @property
    def outputs(self) -> int:
        return self.network.layers[-1].units

    def prepare(self, x: np.ndarray) -> np.ndarray:
        """Raw inputs (samples, inputs) -> what the network takes: float32, scaled as in training."""
        return self.scaling.apply(x)

    def check_range(self, x: np.ndarray, source, names=None) -> None:
        """InputRangeError (one line) if raw inputs x (samples, inputs) hold a value far outside
        the range of the training inputs (InputScaling.allowed). ``source`` names the inputs (a
        file) and ``names[row]`` each row (default "sample <row>", from 0)."""
        found = self.scaling.far_outside(x)
        if found is None:
            return
        row, column, value = found
        low, high = self.scaling.low, self.scaling.high
        hint = (" (pixels of 0 to 255? the model was trained on them divided by 255)"
                if high <= 1 < value <= 255 else "")
        raise InputRangeError(
            f"{value:g} is far outside the inputs the model was trained on ({low:g} to {high:g}){hint}",
            "give inputs on the scale of the training data, or --allow-out-of-range to use them anyway",
            source, f"{names[row] if names is not None else f'sample {row}'}, feature {column + 1}")

    def predict(self, x: np.ndarray, batch_size: int = 1024) -> np.ndarray:
        """Network outputs (samples, outputs) for raw inputs x (samples, inputs); probabilities after a softmax."""
        x = self.prepare(x)
        outputs = np.empty((x.shape[0], self.outputs), np.float32)
        for start in range(0, x.shape[0], batch_size):
            outputs[start:start + batch_size] = self.network.forward(x[start:start + batch_size])
        return outputs


# ---------------------------------------------------------------------------------------------
# Saving


def describe(model: Model) -> dict:
    """The JSON-able description of ``model`` stored in the file (everything but the arrays)."""
    layers = []
    for layer in model.network.layers:
        layers.append({"units": layer.units, "inputs": layer.inputs,
                       "activations": [a.name for a in layer.activations],
                       "bias": layer.bias_mode, "mask": layer.mask is not None})
    loss = model.network.loss
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "network": {"layers": layers, "loss": {"name": loss.name, "log_base": loss.log_base}},
        "task": model.task,
        "classes": model.classes,
        "input": {"scaling": model.scaling.kind, "low": model.scaling.low, "high": model.scaling.high},
        "settings": model.settings,
    }


def tensors_of(model: Model) -> dict[str, np.ndarray]:
    """The arrays stored in the file, by name, as float32."""
    tensors = {}
    for k, layer in enumerate(model.network.layers):
        tensors[f"layers.{k}.weights"] = layer.weights
        if layer.biases is not None:
            tensors[f"layers.{k}.biases"] = layer.biases
        if layer.mask is not None:
            tensors[f"layers.{k}.mask"] = layer.mask
    if model.scaling.kind == "standardize":
        tensors["standardize.mean"], tensors["standardize.std"] = model.scaling.mean, model.scaling.std
    # np.asarray, not np.ascontiguousarray: the latter turns a shared bias (shape ()) into shape (1,).
    return {name: np.asarray(array, dtype=np.float32, order="C") for name, array in tensors.items()}


def model_bytes(model: Model) -> bytes:
    """The file's bytes: the same network, weights and settings always give the same bytes."""
    return container_bytes(tensors_of(model), describe(model))


def container_bytes(tensors: dict[str, np.ndarray], document: dict) -> bytes:
    """A safetensors file of ``tensors`` with ``document`` as the one metadata value (sorted JSON):
    the same tensors and document always give the same bytes."""
    metadata = json.dumps(document, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _save_tensors(tensors, metadata={METADATA_KEY: metadata})


def save_model(model: Model, path) -> Path:
    """Write ``model`` to ``path`` atomically (temp file in the same folder, fsync, rename)."""
    return write_atomic(path, model_bytes(model))


def write_atomic(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that ``path`` holds either the old or the whole new content."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private (0600); a model is not
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system lets a folder be opened (Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# ---------------------------------------------------------------------------------------------
# Loading


def load_model(path) -> Model:
    """Read a model file. Raises ModelError (one line) for anything but a valid backprop model."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(path, "not found", f"give the path of a model file ({EXTENSION}) written by"
                         " backprop train") from None
    except IsADirectoryError:
        candidate = path / f"model{EXTENSION}"
        if candidate.exists():
            return load_model(candidate)
        raise ModelError(path, "is a folder without a model" + EXTENSION,
                         "give a model file or the --out folder of backprop train") from None
    except OSError as error:
        raise ModelError(path, f"cannot be read ({error.strerror})", "give a readable model file") from None
    document, tensors = read_container(path, data, MODEL)
    return _build(path, document, tensors)


def read_container(path, data: bytes, kind: FileKind) -> tuple[dict, dict[str, np.ndarray]]:
    """The description and the tensors of a backprop safetensors file of ``kind``, read from its
    bytes without running any code; ``kind.error`` (one line) for anything else."""
    header = _header(path, data, kind)
    document = _document(path, header, kind)
    return document, _tensors(path, data, kind)


def _header(path: Path, data: bytes, kind: FileKind) -> dict:
    """The safetensors JSON header, with clear words for files that are something else."""
    noun = kind.noun
    # A safetensors length can start with a signature's byte too (0x80: a header of 128 + 256k bytes),
    # so the signatures only name files whose first bytes are no safetensors header.
    plausible = len(data) > 8 and data[8:9] == b"{" and struct.unpack("<Q", data[:8])[0] <= MAX_HEADER_BYTES
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature) and not plausible:
            kind.fail(path, f"is {what.replace('backprop model', f'backprop {noun}')}")
    if len(data) < 8:
        kind.fail(path, f"is {len(data)} bytes long, too short to be a {noun}",
                  f"the file is empty or truncated: {kind.again}")
    (length,) = struct.unpack("<Q", data[:8])
    if length > MAX_HEADER_BYTES or not data[8:9] == b"{":
        kind.fail(path, f"is not a {noun} file (no safetensors header)")
    if 8 + length > len(data):
        kind.fail(path, f"is truncated: its header needs {8 + length} bytes, the file has"
                  f" {len(data)}", f"the file was cut short: copy it again or {kind.again}")
    try:
        header = json.loads(data[8:8 + length])
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        kind.fail(path, f"is not a {noun} file (its header is not JSON)")
    if not isinstance(header, dict):
        kind.fail(path, f"is not a {noun} file (its header is not a JSON object)")
    return header


def _document(path: Path, header: dict, kind: FileKind) -> dict:
    """The backprop description in the header's metadata, format and version checked."""
    metadata = header.get("__metadata__") or {}
    if not isinstance(metadata, dict) or METADATA_KEY not in metadata:
        kind.fail(path, f"is a safetensors file but not a backprop {kind.noun} (no 'backprop' metadata)")
    try:
        document = json.loads(metadata[METADATA_KEY])
    except (TypeError, json.JSONDecodeError, RecursionError):
        kind.fail(path, f"has a damaged {kind.noun} description (not JSON)", kind.again)
    if not isinstance(document, dict) or document.get("format") != kind.name:
        what = (f"a {document['format']!r} file" if isinstance(document, dict)
                and isinstance(document.get("format"), str) else "of no known format")
        kind.fail(path, f"is not a backprop {kind.noun} ({what}, not {kind.name!r})")
    version = document.get("format_version")
    if version != kind.version and version not in kind.older:
        readable = ", ".join(str(v) for v in sorted((*kind.older, kind.version)))
        kind.fail(path, f"has {kind.noun} format version {version!r}, this backprop reads version"
                  f"{'s' if kind.older else ''} {readable}",
                  f"use the backprop version that wrote it, or {kind.again}")
    return document


def _tensors(path: Path, data: bytes, kind: FileKind) -> dict[str, np.ndarray]:
    try:
        return _load_tensors(data)
    except (SafetensorError, ValueError, TypeError, OverflowError) as error:
        detail = " ".join(str(error).split())
        what = "is truncated" if "Metadata" in detail or "incomplete" in detail.lower() else "is damaged"
        kind.fail(path, f"{what} ({detail})", f"copy the file again or {kind.again}")


def _build(path: Path, document: dict, tensors: dict[str, np.ndarray]) -> Model:
    """The Model described by ``document`` from ``tensors``; every shape is checked against it."""
    check = Checker(path, MODEL)
    network = check.table(document.get("network"), "network")
    specs = check.list(network.get("layers"), "network.layers")
    if not specs:
        check.fail("network.layers", "is empty")
    used = set()
    layers, previous = [], None
    for k, spec in enumerate(specs):
        where = f"layer {k + 1}"
        spec = check.table(spec, where)
        units, inputs = check.count(spec.get("units"), f"{where} units"), check.count(spec.get("inputs"), f"{where} inputs")
        if previous is not None and inputs != previous:
            check.fail(f"{where} inputs", f"is {inputs} but layer {k} has {previous} units")
        previous = units
        names = check.list(spec.get("activations"), f"{where} activations")
        for position, name in enumerate(names):
            if not isinstance(name, str) or name not in ACTIVATIONS:
                check.fail(f"{where} activations", f"names an unknown activation {name!r}")
            if name == "softmax" and (position != len(names) - 1 or k != len(specs) - 1):
                check.fail(f"{where} activations", "have a softmax that is not the network's last step")
        bias = spec.get("bias")
        if not isinstance(bias, str) or bias not in BIAS_MODES:
            check.fail(f"{where} bias", f"is {bias!r}, not one of {', '.join(BIAS_MODES)}")
        weights = check.tensor(tensors, f"layers.{k}.weights", (units, inputs), used)
        biases = None if bias == "none" else check.tensor(
            tensors, f"layers.{k}.biases", () if bias == "shared" else (units,), used)
        mask = check.tensor(tensors, f"layers.{k}.mask", (units, inputs), used) if spec.get("mask") else None
        if mask is not None and not np.isin(mask, (0, 1)).all():
            check.fail(f"tensor 'layers.{k}.mask'", "holds values other than 0 and 1")
        layers.append(Dense(weights=weights, biases=biases,
                            activations=tuple(get_activation(name) for name in names), mask=mask))
    loss = check.table(network.get("loss"), "network.loss")
    if not isinstance(loss.get("name"), str) or loss["name"] not in LOSS_NAMES:
        check.fail("network.loss", f"names an unknown loss {loss.get('name')!r}")
    if loss.get("log_base") not in (None, math.e, 2.0):
        check.fail("network.loss log_base", f"is {loss.get('log_base')!r}, not e or 2")
    model = Model(network=Network(layers, get_loss(loss["name"], loss.get("log_base"))))
    model.task = document.get("task", "classification")
    if model.task not in TASKS:
        check.fail("task", f"is {model.task!r}, not one of {', '.join(TASKS)}")
    model.classes = document.get("classes")
    if model.classes is not None and (model.task != "classification" or not isinstance(model.classes, list)
                                      or len(model.classes) != previous
                                      or not all(isinstance(name, str) for name in model.classes)):
        check.fail("classes", f"do not name the {previous} output units of a classifier")
    if not isinstance(document.get("settings") or {}, dict):
        check.fail("settings", "is not a table of settings")
    model.scaling = _scaling(check, document, tensors, layers[0].inputs, used)
    model.settings = document.get("settings") or {}
    extra = sorted(set(tensors) - used)
    if extra:
        check.fail(f"tensor {extra[0]!r}", "is not part of the described network")
    return model


def _scaling(check: Checker, document: dict, tensors: dict, inputs: int, used: set) -> InputScaling:
    """The input scaling the description states (format 2: "input"; format 1: "standardized")."""
    if document.get("format_version") == 1:
        if not isinstance(document.get("standardized", False), bool):
            check.fail("standardized", "is not true or false")
        kind, low, high = ("standardize" if document.get("standardized") else "none"), None, None
    else:
        described = check.table(document.get("input"), "input")
        kind, low, high = described.get("scaling"), described.get("low"), described.get("high")
        if not isinstance(kind, str) or kind not in SCALINGS:
            check.fail("input scaling", f"is {kind!r}, not one of {', '.join(SCALINGS)}")
        finite = all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                     for v in (low, high))
        if not (finite and low <= high) and not (low is None and high is None):
            check.fail("input low, high", f"are {low!r}, {high!r}: not a range of finite numbers")
        low, high = (None, None) if low is None else (float(low), float(high))
    mean = std = None
    if kind == "standardize":
        mean = check.tensor(tensors, "standardize.mean", (inputs,), used)
        std = check.tensor(tensors, "standardize.std", (inputs,), used)
        if not (std > 0).all():
            check.fail("tensor 'standardize.std'", "has a value that is not positive")
    return InputScaling(kind, mean, std, low, high)


class Checker:
    """Raises ``kind``'s error naming the part of the file that contradicts its description."""

    def __init__(self, path: Path, kind: FileKind = MODEL):
        self.path, self.kind = path, kind

    def fail(self, where: str, what: str):
        self.kind.fail(self.path, f"{where} {what}", f"the file is damaged or was edited: {self.kind.again}")

    def table(self, value, where: str) -> dict:
        if not isinstance(value, dict):
            self.fail(where, "is missing from the model description")
        return value

    def list(self, value, where: str) -> list:
        if not isinstance(value, list):
            self.fail(where, "is missing from the model description")
        return value

    def count(self, value, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.fail(where, f"is {value!r}, not a whole number >= 1")
        return value

    def tensor(self, tensors: dict, name: str, shape: tuple, used: set, dtype=np.float32) -> np.ndarray:
        """The tensor ``name``, checked to have ``shape`` and ``dtype`` and finite values, as an own
        writable copy; ``used`` collects the names taken."""
        if name not in tensors:
            self.fail(f"tensor {name!r}", "is missing")
        array = tensors[name]
        if array.dtype != dtype:
            self.fail(f"tensor {name!r}", f"is {array.dtype}, not {np.dtype(dtype)}")
        if array.shape != shape:
            self.fail(f"tensor {name!r}", f"has shape {_shape(array.shape)} but the stored network needs"
                      f" {_shape(shape)}")
        if array.dtype.kind == "f" and not np.isfinite(array).all():
            self.fail(f"tensor {name!r}", "holds NaN or infinite values")
        used.add(name)
        # safetensors hands out read-only views of the file's bytes; training or in-place updates need
        # an own, writable copy.
        return np.array(array, dtype=dtype, copy=True)


def _shape(shape: tuple) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")" if shape else "() (one number)"


def model_from_network(network: Network, *, task: str = "classification", classes=None,
                       scaling: InputScaling | None = None, settings: dict | None = None) -> Model:
    """A Model around a trained ``network``; ``scaling``: what its raw inputs need (None: none)."""
    return Model(network=network, task=task, classes=None if classes is None else list(classes),
                 scaling=scaling or InputScaling(), settings=_plain(settings or {}))


def _plain(settings: dict) -> dict:
    """Settings as JSON allows: non-finite floats (none expected) become None."""
    return {key: (None if isinstance(value, float) and not math.isfinite(value) else value)
            for key, value in settings.items()}
