"""Problem files (TOML): reading, validation, and building the network they describe.

The format is fixed by docs/problem-format.md. Every mistake in a file raises ProblemError,
whose message is one line: the file, where in it (table, layer, key, row), what is wrong and what
would be right. Validation is table-driven: each table has a list of known keys, each key a checker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .activations import ACTIVATIONS, HIDDEN_DEFAULT, LAYER_DEFAULT, Activation, resolve_activation
from .layers import BIAS_MODES, INITIALISERS, PARAMETER_KINDS, Dense
from .losses import LOSSES, Loss, resolve_loss
from .network import REDUCTIONS, Network
from .problem_checks import (LIMITS, ProblemError, SampleReading, first_non_finite, parse_toml, plural, read_text,
                             show, type_name)
from .registry import SpecError
from .trace import Trace

__all__ = ["LayerSpec", "Problem", "ProblemError", "load_problem", "parse_problem"]

#: What a small NumPy array costs beyond its numbers, in float64s (about 112 bytes), for estimates.
ARRAY_OVERHEAD = 16
#: How a layer's weights (and mask) may be written: units x inputs (W[j][i], as shown everywhere) or
#: inputs x units (x W, as half the published examples write it), which reading transposes.
WEIGHTS_LAYOUTS = ("units x inputs", "inputs x units")


@dataclass
class LayerSpec:
    """One [[layer]] as written: arrays are float64, None where the file leaves the key out."""

    units: int
    inputs: int
    activations: tuple[Activation, ...]
    bias: str = "neuron"
    weights: np.ndarray | None = None
    biases: np.ndarray | None = None
    init: str | tuple[float, float] | None = None
    mask: np.ndarray | None = None
    frozen: frozenset = frozenset()
    weights_layout: str = WEIGHTS_LAYOUTS[0]  # as the file wrote them; ``weights`` is units x inputs

    def build(self, rng: np.random.Generator, dtype=np.float64) -> Dense:
        """The layer: the file's parameters, or fresh ones drawn from ``rng`` (see Dense.build)."""
        return Dense.build(self.units, self.inputs, self.activations, rng, dtype, bias=self.bias, init=self.init,
                           weights=self.weights, biases=self.biases, mask=self.mask, frozen=self.frozen)


@dataclass
class Problem:
    """A whole problem file, validated."""

    path: str
    layers: list[LayerSpec]
    loss: Loss | None
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
    notation: dict = field(default_factory=dict)  # [notation] as written; symbolic/notation.py reads it

    def build_network(self, dtype=np.float64, rng: np.random.Generator | None = None) -> Network:
        """The network with its initial parameters; initialisers draw from ``rng`` (default: seed)."""
        rng = np.random.default_rng(self.seed) if rng is None else rng
        return Network([spec.build(rng, dtype) for spec in self.layers], self.loss)

    @property
    def batch(self) -> int:
        """Samples in one update step: batch_size, or all the samples (0 without [data])."""
        return self.batch_size or (0 if self.x is None else len(self.x))

    def trace_numbers(self, steps: int) -> int:
        """How many float64 numbers the network and a worked solution of ``steps`` steps hold,
        counting ARRAY_OVERHEAD numbers for each array beyond its values."""
        parameters, values, arrays = self.numbers_per_step()
        return 3 * parameters + steps * (values + arrays * ARRAY_OVERHEAD)

    def numbers_per_step(self) -> tuple[int, int, int]:
        """(parameters of the network, numbers and arrays a worked solution keeps per step).

        Per step and layer (units U, inputs I, a chain of c activations, batch B): the weights and
        biases before and after the update and their gradients, 3 (U I + U); each sample's input,
        z, chain values, dL/da and delta, B (I + U (c + 3)); a dozen arrays. Per step: each sample's
        targets, outputs and loss and dL/dx, B (2 U + 1 + I) for the last layer's U and the first
        one's I. The network itself holds about three copies of its parameters (initial values,
        weights, gradients).
        """
        batch, parameters = self.batch, 0
        values = batch * (2 * self.layers[-1].units + 1 + self.layers[0].inputs)
        for spec in self.layers:
            units, inputs, chain = spec.units, spec.inputs, len(spec.activations)
            parameters += units * inputs + units
            values += 3 * (units * inputs + units) + batch * (inputs + units * (chain + 3))
        return parameters, values, 12 * len(self.layers) + 4

    def explain(self, steps: int | None = None) -> Trace:
        """The worked solution in float64: ``steps`` update steps (default: the file's)."""
        for key, value in (("[data]", self.x), ("[update] learning_rate", self.learning_rate)):
            if value is None:
                raise ProblemError(self.path, key, "missing", "a worked solution needs samples and a"
                                   " learning rate: add [data] x and y (or labels) and [update]"
                                   " learning_rate")
        steps = self.steps if steps is None else steps
        numbers, limit = self.trace_numbers(steps), LIMITS["explain_numbers"]
        if numbers > limit:
            raise ProblemError(self.path, "[[layer]]", f"a worked solution of {steps:,} step{'s' * (steps != 1)} would hold"
                               f" {numbers:,} numbers (each step keeps three copies of every weight), more"
                               f" than the {limit:,} allowed (explain_numbers)",
                               "use fewer steps or smaller layers (docs/limits.md)")
        network = self.build_network(np.float64)
        with np.errstate(all="ignore"):  # an overflow is reported below, as one line
            trace = network.explain(self.x, self.targets, self.learning_rate, self.batch_size,
                                    self.reduction, steps)
        where = first_non_finite(trace)
        if where:
            raise ProblemError(self.path, where, "overflows float64 (the worked solution would show inf"
                               " or nan)", "use smaller weights, inputs or learning_rate, or fewer steps")
        return trace


# ---------------------------------------------------------------------------------------------
# Reading


def load_problem(path, require_data: bool = False) -> Problem:
    """Read and validate a problem file. Raises ProblemError with a one-line message."""
    path = Path(path)
    return parse_problem(read_text(path), path, require_data=require_data)


def parse_problem(text: str, path="<string>", require_data: bool = False) -> Problem:
    """Validate the TOML ``text`` of a problem file; ``path`` is only used in messages."""
    return _Reader(str(path)).problem(parse_toml(text, path), require_data)


# Scalar keys: key -> reader(checker, value, where) giving the Problem attribute of the same name.
_TOP_SCALARS = {
    "title": lambda r, v, where: r.text(v, where),
    "description": lambda r, v, where: r.text(v, where),
    "seed": lambda r, v, where: r.whole(v, where, 0),
}
_UPDATE_SCALARS = {
    "learning_rate": lambda r, v, where: r.positive(v, where),
    "batch_size": lambda r, v, where: r.whole(v, where, 1, limit="batch_size"),
    "reduction": lambda r, v, where: r.choice(v, REDUCTIONS, where, "reduction"),
    "steps": lambda r, v, where: r.whole(v, where, 1, limit="steps"),
}
_KEYS = {  # table -> its known keys, in the order the spec lists them
    "top level": tuple(_TOP_SCALARS) + ("layer", "loss", "data", "update", "train", "variants", "notation"),
    "[[layer]]": ("units", "inputs", "activation", "bias", "weights", "biases", "init", "mask", "frozen",
                  "weights_layout"),
    # a loss's parameters are keys of [loss] (resolve_loss says which loss takes which)
    "[loss]": ("name",) + tuple(dict.fromkeys(p.name for loss in LOSSES.values() for p in loss.parameters)),
    "[data]": ("x", "y", "labels", "classes"),
    "[update]": tuple(_UPDATE_SCALARS),
}
# Where a key belongs, for a key written in the wrong table (often: below the wrong header).
_HOMES = {key: ("at the top level, above the first [table] header" if table == "top level"
                else f"in a {table} table" if table == "[[layer]]" else f"in {table}")
          for table, keys in reversed(_KEYS.items()) for key in keys}


class _Reader(SampleReading):
    """Validates one parsed document; every check raises ProblemError naming the place."""

    def known(self, table: dict, name: str, where: str | None = None) -> None:
        homes = {key: home for key, home in _HOMES.items() if key not in _KEYS[name]}
        self.known_keys(table, _KEYS[name], where or name, homes)

    def present(self, table: dict | None, name: str, required: bool, fix: str) -> bool:
        """Whether the section ``name`` (``"[data]"``) is given as ``table``, its keys known; a failure saying
        ``fix`` where it is missing but ``required``."""
        if table is None:
            if required:
                self.fail(name, "missing", fix)
            return False
        self.known(table, name)
        return True

    def positive(self, value, where: str) -> float:
        return self.number(value, where, "write a positive number, e.g. 0.1", above=0)

    # -- tables -----------------------------------------------------------------------------

    def problem(self, document: dict, require_data: bool) -> Problem:
        self.known(document, "top level")
        if "layer" not in document and "notation" in document:  # a notation file given where the problem goes
            self.fail("[[layer]]", "no layers: this is a notation file (a [notation] table and no network)",
                      "give it with --notation, and as the problem a file with [[layer]] tables (backprop examples"
                      " lists some)")
        problem = Problem(path=self.path, layers=self.layers(document.get("layer")), loss=None)
        for key, read in _TOP_SCALARS.items():
            if key in document:
                setattr(problem, key, read(self, document[key], f"top level key '{key}'"))
        self.loss(self.section(document, "loss", "[loss]"), problem)
        self.data(self.section(document, "data", "[data]"), problem, require_data)
        self.update(self.section(document, "update", "[update]"), problem, require_data)
        problem.train = dict(self.section(document, "train", "[train]") or {})
        self.section(document, "variants", "[variants]")  # read by backprop variants (grading/variants.py)
        problem.notation = dict(self.section(document, "notation", "[notation]") or {})
        return problem

    def layers(self, value) -> list[LayerSpec]:
        if value is None or value == []:
            self.fail("[[layer]]", "no layers", "add at least one [[layer]] table, e.g. [[layer]] with"
                      " inputs = 2 and units = 1 below it")
        if isinstance(value, dict):
            self.fail("[layer]", "is a single table, not an array of tables",
                      "write each layer as [[layer]] (double brackets)")
        if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
            self.fail("top level key 'layer'", f"{show(value)} is not an array of tables",
                      "write each layer as a [[layer]] table (double brackets) with its keys below it")
        if len(value) > LIMITS["layers"]:
            self.fail("[[layer]]", f"{len(value):,} layers are too many", f"give at most {LIMITS['layers']:,}")
        specs = []
        for number, table in enumerate(value, start=1):
            previous = specs[-1].units if specs else None
            specs.append(self.layer(table, number, previous, count=len(value)))
        return specs

    def layer(self, table: dict, number: int, previous: int | None, count: int) -> LayerSpec:
        where = f"[[layer]] {number}"
        self.known(table, "[[layer]]", where)
        if "units" not in table:
            self.fail(where, "missing key 'units'", "give the number of units, e.g. units = 3")
        units = self.whole(table["units"], f"{where} key 'units'", 1, limit="units")
        if previous is None:
            if "inputs" not in table:
                self.fail(where, "missing key 'inputs'", "the first layer needs the number of inputs, e.g. inputs = 2")
            inputs = self.whole(table["inputs"], f"{where} key 'inputs'", 1, limit="inputs")
        else:
            inputs = previous
            if "inputs" in table and self.whole(table["inputs"], f"{where} key 'inputs'", 1, limit="inputs") != previous:
                self.fail(f"{where} key 'inputs'", f"is {table['inputs']} but layer {number - 1} has"
                          f" {plural(previous, 'unit')}", f"leave 'inputs' out after layer 1, or write inputs = {previous}")
        if units * inputs > LIMITS["weights"]:
            self.fail(where, f"{units:,} units x {inputs:,} inputs is too many weights",
                      f"keep units x inputs <= {LIMITS['weights']:,}")
        activations = self.activations(table.get("activation", LAYER_DEFAULT), f"{where} key 'activation'",
                                       number, count)
        spec = LayerSpec(units=units, inputs=inputs, activations=activations)
        spec.bias = self.choice(table.get("bias", "neuron"), BIAS_MODES, f"{where} key 'bias'", "bias mode")
        spec.weights_layout = self.choice(table.get("weights_layout", WEIGHTS_LAYOUTS[0]), WEIGHTS_LAYOUTS,
                                          f"{where} key 'weights_layout'", "weights layout")
        # Matrices are checked as written (positions in messages are the file's), then turned
        # units x inputs.
        written = (units, inputs, ("unit", "input")) if spec.weights_layout == WEIGHTS_LAYOUTS[0] else \
            (inputs, units, ("input", "unit"))
        mask = weights = None
        if "mask" in table:
            mask = self.matrix(table["mask"], *written[:2], f"{where} key 'mask'", "write 0 or 1", written[2])
            self.where_true((mask != 0) & (mask != 1), f"{where} key 'mask'",
                            lambda r, c: (f"is {mask[r, c]:g}", "a mask holds only 0 (no connection) and 1"))
        if "weights" in table:
            weights = self.matrix(table["weights"], *written[:2], f"{where} key 'weights'", nouns=written[2])
            if mask is not None:
                self.where_true((mask == 0) & (weights != 0), f"{where} key 'weights'",
                                lambda r, c: (f"is {weights[r, c]:g} where the mask has no connection",
                                              f"write 0 there, or 1 in mask[{r}][{c}]"))
        transpose = spec.weights_layout != WEIGHTS_LAYOUTS[0]
        spec.mask = None if mask is None else (mask.T.copy() if transpose else mask)
        spec.weights = None if weights is None else (weights.T.copy() if transpose else weights)
        if "frozen" in table:
            spec.frozen = self.frozen(table["frozen"], spec, f"{where} key 'frozen'")
        if "biases" in table:
            spec.biases = self.biases(table["biases"], spec, f"{where} key 'biases'")
        if "init" in table:
            spec.init = self.init(table["init"], f"{where} key 'init'")
        return spec

    def frozen(self, value, spec: LayerSpec, where: str) -> frozenset:
        kinds = " and/or ".join(f'"{kind}"' for kind in PARAMETER_KINDS)
        fix = f'write a list of {kinds}, e.g. frozen = ["{PARAMETER_KINDS[-1]}"]'
        self.list(value, where, fix)
        for position, kind in enumerate(value):
            self.choice(kind, PARAMETER_KINDS, f"{where}[{position}]", "kind of parameter", fix)
            if kind in value[:position]:
                self.fail(f"{where}[{position}]", f"{show(kind)} appears twice", "name each kind once")
            if kind == "biases" and spec.bias == "none":
                self.fail(f"{where}[{position}]", 'the layer has no biases (bias = "none")', 'remove "biases"')
        return frozenset(value)

    def where_true(self, bad: np.ndarray, where: str, message) -> None:
        """Fail at the first [j][i] where ``bad`` holds; message(j, i) gives (what, fix)."""
        if bad.any():
            j, i = (int(k) for k in np.argwhere(bad)[0])
            self.fail(f"{where}[{j}][{i}]", *message(j, i))

    def activations(self, value, where: str, number: int, count: int) -> tuple[Activation, ...]:
        written = value if isinstance(value, list) else [value]
        if not written:
            self.fail(where, "is an empty list", f'name at least one activation, e.g. "{HIDDEN_DEFAULT}"')
        chain = []
        for position, spec in enumerate(written):
            try:
                activation = resolve_activation(spec)
            except SpecError as error:
                self.fail(where + (f"[{position}]" if len(written) > 1 else "")
                          + (f" key '{error.key}'" if error.key else ""), error.what, error.fix)
            if not activation.elementwise and position < len(written) - 1:
                self.fail(where, f"{activation.name} is followed by {show(written[position + 1])}",
                          f"{activation.name} may only be the last name of a chain, e.g."
                          f' ["{HIDDEN_DEFAULT}", "{activation.name}"]')
            if not activation.elementwise and number < count:
                elementwise = ", ".join(name for name, entry in ACTIVATIONS.items() if entry.elementwise)
                self.fail(where, f"{activation.name} on layer {number}, which is not the last layer (of {count})",
                          f"{activation.name} may only end the last layer: use one of {elementwise} here")
            chain.append(activation)
        return tuple(chain)

    def biases(self, value, spec: LayerSpec, where: str) -> np.ndarray:
        if spec.bias == "none":
            self.fail(where, 'given but the layer has bias = "none"', "remove 'biases' or choose bias ="
                      ' "neuron" or "shared"')
        if spec.bias == "shared":
            if isinstance(value, list):
                self.fail(where, f"{show(value)} is a list but the bias is shared",
                          'write one number, e.g. biases = 0.1, or bias = "neuron" for one per unit')
            return np.array(self.number(value, where))
        return self.vector(value, spec.units, where, " (one per unit)")

    def init(self, value, where: str):
        fix = f"write {' or '.join(f'{chr(34)}{name}{chr(34)}' for name in INITIALISERS)} or [lo, hi] for" \
            " uniform on [lo, hi], e.g. [-1, 1]"
        if isinstance(value, str):
            return self.choice(value, INITIALISERS, where, "initialiser", fix)
        if isinstance(value, list) and len(value) == 2:
            low, high = (self.number(v, f"{where}[{i}]") for i, v in enumerate(value))
            if not low < high:
                self.fail(where, f"[{low:g}, {high:g}] is empty (lo >= hi)", "write [lo, hi] with lo < hi, e.g. [-1, 1]")
            return (low, high)
        self.fail(where, f"{show(value)} is not an initialiser", fix)

    def loss(self, table: dict | None, problem: Problem) -> None:
        names = ", ".join(f'"{name}"' for name in LOSSES)
        self.present(table, "[loss]", True, f"add [loss] with name = one of {names}")
        if "name" not in table:
            self.fail("[loss]", "missing key 'name'", f"write name = one of {names}")
        try:
            problem.loss = resolve_loss(table)
        except SpecError as error:
            self.fail(f"[loss] key '{error.key or 'name'}'", error.what, error.fix)
        needed, last = problem.loss.output_activation, problem.layers[-1].activations[-1]
        if needed is not None and last.name != needed:
            free = next(name for name, loss in LOSSES.items() if loss.output_activation is None)
            self.fail("[loss] key 'name'", f"{problem.loss.name} needs a {needed} output but the last layer ends"
                      f" with {last.name}", f'end the last layer with "{needed}", e.g. activation ='
                      f' ["{HIDDEN_DEFAULT}", "{needed}"], or use {free}')

    def data(self, table: dict | None, problem: Problem, required: bool) -> None:
        if not self.present(table, "[data]", required, "add [data] with x and y (or labels)"):
            return
        inputs, outputs = problem.layers[0].inputs, problem.layers[-1].units
        example = f"x = [[{', '.join(['0.5'] * min(inputs, 4))}{', ...' if inputs > 4 else ''}], ...]"
        if "x" not in table:
            self.fail("[data]", "missing key 'x'", f"give the samples, each a list of {inputs}: {example}")
        x = table["x"]
        if not isinstance(x, list) or not x or not all(isinstance(row, list) for row in x):
            got = "is an empty list" if x == [] else "is a flat list" if isinstance(x, list) else \
                f"{show(x)} is {type_name(x)}"
            self.fail("[data] key 'x'", f"{got}, not a list of samples", f"write each sample as a list of {inputs}"
                      f" numbers in brackets: {example}")
        problem.x = np.array([self.vector(row, inputs, f"[data] key 'x'[{s}]", " (one per input)")
                              for s, row in enumerate(x)]).reshape(len(x), inputs)
        has = [key for key in ("y", "labels") if key in table]
        if len(has) != 1:
            self.fail("[data]", "both 'y' and 'labels'" if has else "no targets: neither 'y' nor 'labels'",
                      "give exactly one of y (target vectors) or labels (class per sample)")
        if "classes" in table and "labels" not in table:
            self.fail("[data] key 'classes'", "given without 'labels'", "name the class of each sample in"
                      " labels, or remove classes")
        if "y" in table:
            problem.targets = self.targets(table["y"], len(x), outputs, problem.loss)
        else:
            problem.targets, problem.labels, classes = self.labels(table, len(x), outputs)
            if classes is not None:
                problem.classes = classes

    def update(self, table: dict | None, problem: Problem, required: bool) -> None:
        if not self.present(table, "[update]", required, "add [update] with learning_rate = 0.1 (for example)"):
            return
        if "learning_rate" not in table:
            self.fail("[update]", "missing key 'learning_rate'", "give eta, e.g. learning_rate = 0.1")
        for key, read in _UPDATE_SCALARS.items():
            if key in table:
                setattr(problem, key, read(self, table[key], f"[update] key '{key}'"))
