"""Problem files (TOML): reading, validation, and building the network they describe.

The format is fixed by shared/spec/problem-format.md. Every mistake in a file raises ProblemError,
whose message is one line: the file, where in it (table, layer, key, row), what is wrong and what
would be right. Validation is table-driven: each table has a list of known keys, each key a checker.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .activations import ACTIVATIONS, get_activation
from .layers import BIAS_MODES, Dense
from .losses import LOSS_NAMES, get_loss
from .network import REDUCTIONS, Network
from .trace import Trace

INIT_NAMES = ("he", "glorot")


class ProblemError(ValueError):
    """A problem file that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path, where: str, what: str, fix: str):
        self.path, self.where, self.what, self.fix = str(path), where, what, fix
        super().__init__(f"{self.path}: {where}: {what}; {fix}")


@dataclass
class LayerSpec:
    """One [[layer]] as written: arrays are float64, None where the file leaves the key out."""

    units: int
    inputs: int
    activations: tuple[str, ...]
    bias: str = "neuron"
    weights: np.ndarray | None = None
    biases: np.ndarray | None = None
    init: str | tuple[float, float] | None = None
    mask: np.ndarray | None = None

    def initial_weights(self, rng: np.random.Generator, dtype=np.float64) -> np.ndarray:
        """The file's weights, or fresh ones from ``init`` (he for relu layers, else glorot)."""
        if self.weights is not None:
            weights = self.weights.astype(dtype, copy=True)
        else:
            init = self.init or ("he" if "relu" in self.activations else "glorot")
            shape = (self.units, self.inputs)
            if init == "he":
                weights = rng.normal(0.0, math.sqrt(2.0 / self.inputs), shape)
            elif init == "glorot":
                limit = math.sqrt(6.0 / (self.inputs + self.units))
                weights = rng.uniform(-limit, limit, shape)
            else:
                weights = rng.uniform(init[0], init[1], shape)
            weights = weights.astype(dtype)
        if self.mask is not None:
            weights *= self.mask.astype(dtype)
        return weights

    def initial_biases(self, dtype=np.float64) -> np.ndarray | None:
        if self.bias == "none":
            return None
        if self.biases is not None:
            return self.biases.astype(dtype, copy=True)
        return np.zeros((), dtype) if self.bias == "shared" else np.zeros(self.units, dtype)


@dataclass
class Problem:
    """A whole problem file, validated."""

    path: str
    layers: list[LayerSpec]
    loss: str
    log_base: float | None = None
    title: str = ""
    description: str = ""
    seed: int = 0
    x: np.ndarray | None = None
    targets: np.ndarray | None = None
    labels: list | None = None
    classes: list[str] | None = None
    learning_rate: float | None = None
    batch_size: int | None = None
    reduction: str = "mean"
    steps: int = 1
    train: dict = field(default_factory=dict)

    def build_network(self, dtype=np.float64, rng: np.random.Generator | None = None) -> Network:
        """The network with its initial parameters; initialisers draw from ``rng`` (default: seed)."""
        rng = np.random.default_rng(self.seed) if rng is None else rng
        layers = []
        for spec in self.layers:
            layers.append(Dense(
                weights=spec.initial_weights(rng, dtype),
                biases=spec.initial_biases(dtype),
                activations=tuple(get_activation(name) for name in spec.activations),
                mask=None if spec.mask is None else spec.mask.astype(dtype)))
        return Network(layers, get_loss(self.loss, self.log_base))

    def explain(self, steps: int | None = None) -> Trace:
        """The worked solution in float64: ``steps`` update steps (default: the file's)."""
        for key, value in (("[data]", self.x), ("[update] learning_rate", self.learning_rate)):
            if value is None:
                raise ProblemError(self.path, key, "missing", "a worked solution needs samples and a"
                                   " learning rate: add [data] x and y (or labels) and [update]"
                                   " learning_rate")
        network = self.build_network(np.float64)
        return network.explain(self.x, self.targets, self.learning_rate, self.batch_size,
                               self.reduction, self.steps if steps is None else steps)


# ---------------------------------------------------------------------------------------------
# Reading


def load_problem(path, require_data: bool = False) -> Problem:
    """Read and validate a problem file. Raises ProblemError with a one-line message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProblemError(path, "file", "not found", "give the path of an existing .toml problem file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ProblemError(path, "file", f"cannot be read ({error})",
                           "give a readable UTF-8 text file") from None
    return parse_problem(text, path, require_data=require_data)


def parse_problem(text: str, path="<string>", require_data: bool = False) -> Problem:
    """Validate the TOML ``text`` of a problem file; ``path`` is only used in messages."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\(at line (\d+), column (\d+)\)", message)
        where = f"line {match.group(1)}, column {match.group(2)}" if match else "TOML"
        what = re.sub(r"\s*\(at line \d+, column \d+\)", "", message) or "invalid TOML"
        raise ProblemError(path, where, f"TOML syntax error: {what}",
                           "fix the syntax (see https://toml.io)") from None
    return _Reader(str(path)).problem(document, require_data)


class _Reader:
    """Validates one parsed document; every check raises ProblemError naming the place."""

    TOP_KEYS = ("title", "description", "seed", "layer", "loss", "data", "update", "train")
    LAYER_KEYS = ("units", "inputs", "activation", "bias", "weights", "biases", "init", "mask")
    LOSS_KEYS = ("name", "log_base")
    DATA_KEYS = ("x", "y", "labels", "classes")
    UPDATE_KEYS = ("learning_rate", "batch_size", "reduction", "steps")

    def __init__(self, path: str):
        self.path = path

    def fail(self, where: str, what: str, fix: str):
        raise ProblemError(self.path, where, what, fix)

    # -- small typed getters ------------------------------------------------------------------

    def known_keys(self, table: dict, known: tuple[str, ...], where: str) -> None:
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean '{close[0]}'? " if close else ""
                self.fail(f"{where} key '{key}'", "unknown key",
                          f"{hint}known keys here: {', '.join(known)}")

    def table(self, document: dict, key: str, where: str) -> dict | None:
        value = document.get(key)
        if value is not None and not isinstance(value, dict):
            self.fail(where, f"must be a table, not {_type_name(value)}", f"write it as [{key}]")
        return value

    def number(self, value, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(where, f"{_show(value)} is not a number", "write a number such as 0.5")
        if not math.isfinite(value):
            self.fail(where, f"{_show(value)} is not a finite number", "write a finite number such as 0.5")
        return float(value)

    def integer(self, value, where: str, minimum: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"{_show(value)} is not a whole number", f"write a whole number >= {minimum}")
        if value < minimum:
            self.fail(where, f"{value} is too small", f"write a whole number >= {minimum}")
        return value

    def choice(self, value, choices: tuple[str, ...], where: str, kind: str) -> str:
        if not isinstance(value, str) or value not in choices:
            close = difflib.get_close_matches(str(value), choices, n=1) if isinstance(value, str) else []
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            self.fail(where, f"unknown {kind} {_show(value)}", f"expected one of {', '.join(choices)}{hint}")
        return value

    def vector(self, value, length: int, where: str) -> np.ndarray:
        if not isinstance(value, list):
            self.fail(where, f"{_show(value)} is not a list", f"write a list of {length} numbers")
        if len(value) != length:
            self.fail(where, f"has {len(value)} numbers", f"expected {length}")
        return np.array([self.number(v, f"{where}[{i}]") for i, v in enumerate(value)], dtype=np.float64)

    def matrix(self, value, rows: int, cols: int, where: str, what: str) -> np.ndarray:
        shape = f"{rows} x {cols} ({what})"
        if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
            self.fail(where, "is not a matrix", f"expected a list of {rows} rows of {cols} numbers: {shape}")
        if len(value) != rows:
            self.fail(where, f"has {len(value)} rows", f"expected {shape}")
        return np.array([self.vector(row, cols, f"{where}[{r}]") for r, row in enumerate(value)]).reshape(rows, cols)

    # -- tables -----------------------------------------------------------------------------

    def problem(self, document: dict, require_data: bool) -> Problem:
        self.known_keys(document, self.TOP_KEYS, "top level")
        layers = self.layers(document.get("layer"))
        problem = Problem(path=self.path, layers=layers, loss="")
        for key in ("title", "description"):
            if key in document:
                if not isinstance(document[key], str):
                    self.fail(f"top level key '{key}'", "is not a string", 'write text in quotes, e.g. "..."')
                setattr(problem, key, document[key])
        if "seed" in document:
            problem.seed = self.integer(document["seed"], "top level key 'seed'", 0)
        self.loss(self.table(document, "loss", "[loss]"), problem)
        self.data(self.table(document, "data", "[data]"), problem, require_data)
        self.update(self.table(document, "update", "[update]"), problem, require_data)
        train = self.table(document, "train", "[train]")
        problem.train = dict(train or {})
        return problem

    def layers(self, value) -> list[LayerSpec]:
        if value is None:
            self.fail("[[layer]]", "no layers", "add at least one [[layer]] table with units and inputs")
        if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
            self.fail("[[layer]]", "must be an array of tables", "write each layer as [[layer]]")
        specs = []
        for number, table in enumerate(value, start=1):
            previous = specs[-1].units if specs else None
            specs.append(self.layer(table, number, previous, last=number == len(value)))
        return specs

    def layer(self, table: dict, number: int, previous: int | None, last: bool) -> LayerSpec:
        where = f"[[layer]] {number}"
        self.known_keys(table, self.LAYER_KEYS, where)
        if "units" not in table:
            self.fail(where, "missing key 'units'", "give the number of units, e.g. units = 3")
        units = self.integer(table["units"], f"{where} key 'units'", 1)
        if previous is None:
            if "inputs" not in table:
                self.fail(where, "missing key 'inputs'", "the first layer needs the number of inputs, e.g. inputs = 2")
            inputs = self.integer(table["inputs"], f"{where} key 'inputs'", 1)
        else:
            inputs = previous
            if "inputs" in table and table["inputs"] != previous:
                self.fail(f"{where} key 'inputs'", f"is {_show(table['inputs'])} but the previous layer has"
                          f" {previous} units", f"leave 'inputs' out after layer 1, or write inputs = {previous}")
        activations = self.activations(table.get("activation", "identity"), f"{where} key 'activation'", last)
        spec = LayerSpec(units=units, inputs=inputs, activations=activations)
        spec.bias = self.choice(table.get("bias", "neuron"), BIAS_MODES, f"{where} key 'bias'", "bias mode")
        if "mask" in table:
            spec.mask = self.matrix(table["mask"], units, inputs, f"{where} key 'mask'", "units x inputs")
            bad = np.argwhere((spec.mask != 0) & (spec.mask != 1))
            if bad.size:
                j, i = bad[0]
                self.fail(f"{where} key 'mask'[{j}][{i}]", f"is {spec.mask[j, i]:g}", "a mask holds only 0 and 1")
        if "weights" in table:
            spec.weights = self.matrix(table["weights"], units, inputs, f"{where} key 'weights'", "units x inputs")
            if spec.mask is not None:
                bad = np.argwhere((spec.mask == 0) & (spec.weights != 0))
                if bad.size:
                    j, i = bad[0]
                    self.fail(f"{where} key 'weights'[{j}][{i}]", f"is {spec.weights[j, i]:g} where the mask"
                              " has no connection", "write 0 for a masked weight, or 1 in the mask")
        if "biases" in table:
            spec.biases = self.biases(table["biases"], spec, f"{where} key 'biases'")
        if "init" in table:
            spec.init = self.init(table["init"], f"{where} key 'init'")
        return spec

    def activations(self, value, where: str, last: bool) -> tuple[str, ...]:
        names = value if isinstance(value, list) else [value]
        if not names:
            self.fail(where, "is an empty list", 'name at least one activation, e.g. "sigmoid"')
        known = tuple(ACTIVATIONS)
        for position, name in enumerate(names):
            self.choice(name, known, where, "activation")
            if name == "softmax" and not (last and position == len(names) - 1):
                self.fail(where, "softmax is not last", "softmax may only be the last activation of the"
                          ' last layer, e.g. activation = ["relu", "softmax"] on the output layer')
        return tuple(names)

    def biases(self, value, spec: LayerSpec, where: str) -> np.ndarray:
        if spec.bias == "none":
            self.fail(where, "given but the layer has bias = \"none\"", "remove 'biases' or choose bias ="
                      ' "neuron" or "shared"')
        if spec.bias == "shared":
            if isinstance(value, list):
                self.fail(where, "is a list but the bias is shared", "write one number, e.g. biases = 0.1")
            return np.array(self.number(value, where))
        return self.vector(value, spec.units, where)

    def init(self, value, where: str):
        if isinstance(value, str):
            return self.choice(value, INIT_NAMES, where, "initialiser")
        if isinstance(value, list) and len(value) == 2:
            low, high = (self.number(v, f"{where}[{i}]") for i, v in enumerate(value))
            if not low < high:
                self.fail(where, f"[{low:g}, {high:g}] is empty", "write [lo, hi] with lo < hi, e.g. [-1, 1]")
            return (low, high)
        self.fail(where, f"{_show(value)} is not an initialiser", 'write "he", "glorot" or [lo, hi]')

    def loss(self, table: dict | None, problem: Problem) -> None:
        if table is None:
            self.fail("[loss]", "missing", f'add [loss] with name = one of {", ".join(LOSS_NAMES)}')
        self.known_keys(table, self.LOSS_KEYS, "[loss]")
        if "name" not in table:
            self.fail("[loss]", "missing key 'name'", f"expected one of {', '.join(LOSS_NAMES)}")
        problem.loss = self.choice(table["name"], LOSS_NAMES, "[loss] key 'name'", "loss")
        if problem.loss == "cross_entropy":
            last = problem.layers[-1].activations[-1]
            if last != "softmax":
                self.fail("[loss] key 'name'", f"cross_entropy needs a softmax output but the last layer ends"
                          f" with {last}", 'end the last layer with "softmax", e.g. activation = ["relu",'
                          ' "softmax"], or use squared_error')
            base = table.get("log_base", "e")
            if base == "e" or (not isinstance(base, bool) and base == 2):
                problem.log_base = math.e if base == "e" else 2.0
            else:
                self.fail("[loss] key 'log_base'", f"{_show(base)} is not a supported base", 'write "e" or 2')
        elif "log_base" in table:
            self.fail("[loss] key 'log_base'", f"only applies to cross_entropy, not {problem.loss}",
                      "remove log_base")

    def data(self, table: dict | None, problem: Problem, required: bool) -> None:
        if table is None:
            if required:
                self.fail("[data]", "missing", "add [data] with x and y (or labels)")
            return
        self.known_keys(table, self.DATA_KEYS, "[data]")
        inputs, outputs = problem.layers[0].inputs, problem.layers[-1].units
        if "x" not in table:
            self.fail("[data]", "missing key 'x'", f"give the samples: x = [[...], ...], each {inputs} numbers")
        x = table["x"]
        if not isinstance(x, list) or not x or not all(isinstance(row, list) for row in x):
            self.fail("[data] key 'x'", "is not a list of samples", f"write x = [[...], ...], each sample a list of"
                      f" {inputs} numbers")
        problem.x = np.array([self.vector(row, inputs, f"[data] key 'x'[{s}]") for s, row in enumerate(x)])
        has = [key for key in ("y", "labels") if key in table]
        if len(has) != 1:
            self.fail("[data]", "both 'y' and 'labels'" if has else "no targets",
                      "give exactly one of y (target vectors) or labels (class per sample)")
        if "classes" in table and "labels" not in table:
            self.fail("[data] key 'classes'", "given without 'labels'", "name the class of each sample in labels")
        if "y" in table:
            problem.targets = self.targets(table["y"], len(x), outputs, problem.loss)
        else:
            problem.targets = self.labels(table, problem, len(x), outputs)

    def targets(self, y, count: int, outputs: int, loss: str) -> np.ndarray:
        if not isinstance(y, list) or len(y) != count:
            self.fail("[data] key 'y'", f"has {len(y) if isinstance(y, list) else 'no'} targets for {count} samples",
                      f"give one target vector of {outputs} numbers per sample")
        rows = [row if isinstance(row, list) or outputs != 1 else [row] for row in y]
        targets = np.array([self.vector(row, outputs, f"[data] key 'y'[{s}]") for s, row in enumerate(rows)])
        if loss == "cross_entropy":
            for s, row in enumerate(targets):
                if (row < 0).any() or abs(row.sum() - 1) > 1e-9:
                    self.fail(f"[data] key 'y'[{s}]", "is not a probability vector",
                              "cross-entropy targets are one-hot (or non-negative and summing to 1); or use labels")
        return targets

    def labels(self, table: dict, problem: Problem, count: int, outputs: int) -> np.ndarray:
        labels = table["labels"]
        if not isinstance(labels, list) or len(labels) != count:
            self.fail("[data] key 'labels'", f"has {len(labels) if isinstance(labels, list) else 'no'} labels"
                      f" for {count} samples", "give one class (index or name) per sample")
        classes = table.get("classes")
        if classes is not None:
            if (not isinstance(classes, list) or len(classes) != outputs
                    or not all(isinstance(c, str) for c in classes) or len(set(classes)) != len(classes)):
                self.fail("[data] key 'classes'", f"is not a list of {outputs} distinct names",
                          f"name the {outputs} output units in order, e.g. classes = [\"cat\", \"dog\", ...]")
            problem.classes = list(classes)
        indices = []
        for s, label in enumerate(labels):
            where = f"[data] key 'labels'[{s}]"
            if isinstance(label, str):
                if classes is None:
                    self.fail(where, f"class name {_show(label)} without a 'classes' list",
                              "add classes = [...] naming the output units, or write a class index")
                if label not in classes:
                    self.fail(where, f"unknown class {_show(label)}", f"expected one of {', '.join(classes)}")
                indices.append(classes.index(label))
            elif isinstance(label, int) and not isinstance(label, bool):
                if not 0 <= label < outputs:
                    self.fail(where, f"class {label} is out of range", f"expected 0 to {outputs - 1}"
                              f" (the output layer has {outputs} units)")
                indices.append(label)
            else:
                self.fail(where, f"{_show(label)} is not a class", "write a class index or a name from 'classes'")
        problem.labels = indices
        return np.eye(outputs)[indices]

    def update(self, table: dict | None, problem: Problem, required: bool) -> None:
        if table is None:
            if required:
                self.fail("[update]", "missing", "add [update] with learning_rate = 0.1 (for example)")
            return
        self.known_keys(table, self.UPDATE_KEYS, "[update]")
        if "learning_rate" not in table:
            self.fail("[update]", "missing key 'learning_rate'", "give eta, e.g. learning_rate = 0.1")
        problem.learning_rate = self.number(table["learning_rate"], "[update] key 'learning_rate'")
        if problem.learning_rate <= 0:
            self.fail("[update] key 'learning_rate'", f"{problem.learning_rate:g} is not positive",
                      "write a positive number, e.g. 0.1")
        if "batch_size" in table:
            problem.batch_size = self.integer(table["batch_size"], "[update] key 'batch_size'", 1)
        if "reduction" in table:
            problem.reduction = self.choice(table["reduction"], REDUCTIONS, "[update] key 'reduction'", "reduction")
        if "steps" in table:
            problem.steps = self.integer(table["steps"], "[update] key 'steps'", 1)


def _type_name(value) -> str:
    return {dict: "a table", list: "a list", str: "a string", bool: "a boolean"}.get(type(value), type(value).__name__)


def _show(value) -> str:
    """A value as the user wrote it, shortened for a one-line message."""
    text = repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."
