"""Model files: a trained network and everything predict needs, in one safetensors file.

A model file never holds a pickle, so loading one runs no code. It is a safetensors file: an 8-byte
little-endian header length, a JSON header, then the raw tensors (backprop.container, which reads it
within the limits of backprop.limits). The tensors are

    layers.<k>.weights   float32 (units, inputs)
    layers.<k>.biases    float32 (units,) for bias "neuron", shape () for "shared", absent for "none"
    layers.<k>.mask      float32 (units, inputs) of 0/1, only where the layer has a mask
    standardize.mean     float32 (inputs,), only when the inputs are standardised
    standardize.std      float32 (inputs,)

and the header's metadata holds ONE key, "backprop", whose value is a JSON document (sorted keys):
the format name and version, the network (units, inputs, activations (a name, or a table of the
name and parameters), bias mode, mask or not, per layer; the loss and its parameters), the task,
the class names, the input scaling (``"input": {"scaling": "none" | "pixels" | "standardize",
"low": ..., "high": ...}``: what is done to raw inputs, and the range of the raw training inputs;
backprop.data.scaling) and the training settings. One key, because
safetensors writes several metadata keys in a random order, and the same network and weights must
give the same bytes. Every field of the description is checked with the typed getters
(backprop.getters), as a problem file's are. Writing is atomic (backprop.files.write_atomic): a
temporary file in the same folder, flushed and fsynced, then renamed over the target, so a crash or
a full disk never leaves half a model under the real name.

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

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .activations import resolve_activation
from .container import METADATA_KEY  # noqa: F401  (re-exported: the key is part of the model format)
from .container import FileGetters, FileKind, ModelError, container_bytes, read_container
from .data.dataset import TASKS
from .data.scaling import SCALINGS, InputScaling
from .errors import UserError
from .files import write_atomic
from .layers import BIAS_MODES, Dense
from .limits import LIMITS
from .losses import resolve_loss
from .network import Network
from .registry import SpecError

FORMAT = "backprop-model"
FORMAT_VERSION = 2
#: Older model versions this backprop still reads (see the module docstring).
OLDER_VERSIONS = (1,)
EXTENSION = ".safetensors"
class InputRangeError(UserError):
    """Inputs far outside the range a model was trained on (Model.check_range); one line."""


#: The keys of a model's description by format version (describe(); 1 had "standardized" where 2 has "input").
DOCUMENT_KEYS = {1: ("format", "format_version", "network", "task", "classes", "standardized", "settings"),
                 2: ("format", "format_version", "network", "task", "classes", "input", "settings")}
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
        """Network outputs (samples, outputs) for raw inputs x (samples, inputs): probabilities where the
        network ends in a probability output."""
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
                       "activations": [a.spec() for a in layer.activations],
                       "bias": layer.bias_mode, "mask": layer.mask is not None})
    loss = model.network.loss
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "network": {"layers": layers, "loss": {"name": loss.name, **loss.values}},
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


def save_model(model: Model, path) -> Path:
    """Write ``model`` to ``path`` atomically (temp file in the same folder, fsync, rename)."""
    return write_atomic(path, model_bytes(model))


# ---------------------------------------------------------------------------------------------
# Loading


def load_model(path) -> Model:
    """Read a model file. Raises ModelError (one line) for anything but a valid backprop model."""
    path = Path(path)
    try:
        document, tensors = read_container(path, MODEL)
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
    return _build(path, document, tensors)


def _build(path: Path, document: dict, tensors: dict[str, np.ndarray]) -> Model:
    """The Model described by ``document`` from ``tensors``; every field and shape is checked."""
    check = FileGetters(path, MODEL)
    check.known_keys(document, DOCUMENT_KEYS[document["format_version"]], "description")
    network = check.table(document.get("network"), "network")
    check.known_keys(network, ("layers", "loss"), "network")
    specs = check.list(network.get("layers"), "network layers")
    if not 1 <= len(specs) <= LIMITS["layers"]:
        check.fail("network layers", f"are {len(specs):,}", f"1 to {LIMITS['layers']:,} layers")
    used = set()
    layers, previous = [], None
    for k, spec in enumerate(specs):
        where = f"layer {k + 1}"
        spec = check.table(spec, where)
        check.known_keys(spec, ("units", "inputs", "activations", "bias", "mask"), where)
        units = check.whole(spec.get("units"), f"{where} units", 1, limit="units")
        inputs = check.whole(spec.get("inputs"), f"{where} inputs", 1, limit="inputs")
        if previous is not None and inputs != previous:
            check.fail(f"{where} inputs", f"are {inputs} but layer {k} has {previous} units")
        if units * inputs > LIMITS["weights"]:
            check.fail(where, f"{units:,} units x {inputs:,} inputs is too many weights",
                       f"units x inputs <= {LIMITS['weights']:,}")
        previous = units
        names = check.list(spec.get("activations"), f"{where} activations")
        chain = []
        for position, name in enumerate(names):
            try:
                chain.append(resolve_activation(name))
            except SpecError as error:
                check.fail(f"{where} activations[{position}]", error.what, error.fix)
            if not chain[-1].elementwise and (position != len(names) - 1 or k != len(specs) - 1):
                check.fail(f"{where} activations", f"have a {chain[-1].name} that is not the network's last step")
        bias = check.choice(spec.get("bias"), BIAS_MODES, f"{where} bias", "bias mode")
        masked = check.switch(spec.get("mask", False), f"{where} mask")
        weights = check.tensor(tensors, f"layers.{k}.weights", (units, inputs), used)
        biases = None if bias == "none" else check.tensor(
            tensors, f"layers.{k}.biases", () if bias == "shared" else (units,), used)
        mask = check.tensor(tensors, f"layers.{k}.mask", (units, inputs), used) if masked else None
        if mask is not None and not np.isin(mask, (0, 1)).all():
            check.fail(f"tensor 'layers.{k}.mask'", "holds values other than 0 and 1")
        layers.append(Dense(weights=weights, biases=biases,
                            activations=tuple(chain), mask=mask))
    written = check.table(network.get("loss"), "network loss")
    try:  # files before loss parameters wrote log_base = null for every loss
        loss = resolve_loss({key: value for key, value in written.items() if value is not None})
    except SpecError as error:
        check.fail("network loss" + (f" {error.key}" if error.key else ""), error.what, error.fix)
    model = Model(network=Network(layers, loss))
    model.task = check.choice(document.get("task", "classification"), TASKS, "task", "task")
    classes = document.get("classes")
    if classes is not None:
        classes = check.list(classes, "classes")
        if model.task != "classification" or len(classes) != previous:
            check.fail("classes", f"do not name the {previous} output units of a classifier")
        for position, class_name in enumerate(classes):
            check.text(class_name, f"classes[{position}]")
            if class_name in classes[:position]:
                check.fail(f"classes[{position}]", f"{class_name!r} appears twice", "a name per class")
        model.classes = classes
    model.settings = _settings(check, document.get("settings"))
    model.scaling = _scaling(check, document, tensors, layers[0].inputs, used)
    extra = sorted(set(tensors) - used)
    if extra:
        check.fail(f"tensor {extra[0]!r}", "is not part of the described network")
    return model


def _scaling(check: FileGetters, document: dict, tensors: dict, inputs: int, used: set) -> InputScaling:
    """The input scaling the description states (format 2: "input"; format 1: "standardized")."""
    if document.get("format_version") == 1:
        kind = "standardize" if check.switch(document.get("standardized", False), "standardized") else "none"
        low = high = None
    else:
        described = check.table(document.get("input"), "input")
        check.known_keys(described, ("scaling", "low", "high"), "input")
        kind = check.choice(described.get("scaling"), SCALINGS, "input scaling", "scaling")
        low, high = described.get("low"), described.get("high")
        if low is not None or high is not None:
            low, high = check.number(low, "input low"), check.number(high, "input high")
            if not low <= high:
                check.fail("input low, high", f"are {low:g}, {high:g}: not a range", "low <= high")
    mean = std = None
    if kind == "standardize":
        mean = check.tensor(tensors, "standardize.mean", (inputs,), used)
        std = check.tensor(tensors, "standardize.std", (inputs,), used)
        if not (std > 0).all():
            check.fail("tensor 'standardize.std'", "has a value that is not positive")
    return InputScaling(kind, mean, std, low, high)


def _settings(check: FileGetters, value) -> dict:
    """The training settings as saved: setting names to plain values (informational; a command that
    uses one checks it as it would a flag)."""
    if value is None:
        return {}
    settings = check.table(value, "settings")
    for name, setting in settings.items():
        if setting is not None and not isinstance(setting, (str, bool, int, float)):
            check.fail(f"settings key {name!r}", f"is {type(setting).__name__}",
                       "a text, a number, true, false or null")
    return settings


def model_from_network(network: Network, *, task: str = "classification", classes=None,
                       scaling: InputScaling | None = None, settings: dict | None = None) -> Model:
    """A Model around a trained ``network``; ``scaling``: what its raw inputs need (None: none)."""
    return Model(network=network, task=task, classes=None if classes is None else list(classes),
                 scaling=scaling or InputScaling(), settings=_plain(settings or {}))


def _plain(settings: dict) -> dict:
    """Settings as JSON allows: non-finite floats (none expected) become None."""
    return {key: (None if isinstance(value, float) and not math.isfinite(value) else value)
            for key, value in settings.items()}
