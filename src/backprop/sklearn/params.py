"""The estimators' hyperparameters: one table of checks, and the engine objects they turn into.

scikit-learn's rules: ``__init__`` stores every parameter verbatim and ``fit`` validates them. This
module is that validation. Each parameter has one row in :data:`CHECKS` (its check with the typed
getters of backprop.getters, which problem files, model files and training settings use too, and
the text saying what would be right), so that a bad value gives one ParameterError line (a
ValueError) naming the estimator, the parameter, its value and what it should be.

The names follow scikit-learn's MLPClassifier where the meaning is the same (hidden_layer_sizes,
activation, batch_size, learning_rate as the schedule's name, learning_rate_init, momentum,
max_iter, shuffle, random_state, tol, early_stopping, validation_fraction, n_iter_no_change,
warm_start). Where the engine's meaning differs the engine's name is used instead, so that nobody
is misled: ``weight_decay`` (gradient += weight_decay * W; scikit-learn's ``alpha`` adds
alpha / batch rows * W), ``bias``, ``init``, ``loss``, ``step_epochs``, ``step_gamma``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..errors import UserError
from ..getters import Getters, is_integer
from ..layers import BIAS_MODES
from ..problem import LayerSpec, Problem
from ..train import SCHEDULES, TrainConfig

#: Hidden-layer activations by the names an estimator accepts -> the engine's names. "logistic" is
#: scikit-learn's name for the sigmoid; softmax only ends the output layer.
HIDDEN_ACTIVATIONS = {"identity": "identity", "sigmoid": "sigmoid", "logistic": "sigmoid",
                      "tanh": "tanh", "relu": "relu"}
INIT_NAMES = ("he", "glorot")
#: batch_size "auto": scikit-learn's min(200, samples).
AUTO_BATCH = 200


class ParameterError(UserError):
    """A hyperparameter an estimator cannot use (a ValueError, as scikit-learn expects):
    ``"<estimator>: parameter <name>=<value> is not valid; expected <what would be right>"``."""


class _Parameter(Getters):
    """The typed getters (backprop.getters) over one parameter: any failure is its ParameterError."""

    def __init__(self, estimator: str, name: str, value, expected: str):
        super().__init__()
        self.estimator, self.name, self.value, self.expected = estimator, name, value, expected

    def fail(self, where: str, what: str, fix: str | None = None):
        raise ParameterError(f"parameter {self.name}={self.value!r} is not valid", f"expected {self.expected}",
                             where=self.estimator)


def _sizes(check: Getters, value) -> None:
    if is_integer(value):
        check.whole(value, "hidden_layer_sizes", 1)
        return
    try:
        sizes = list(value)
    except TypeError:
        check.fail("hidden_layer_sizes", "not a sequence")
    for size in sizes:
        check.whole(size, "hidden_layer_sizes", 1)


def _init(check: Getters, value) -> None:
    if value is None:
        return
    if isinstance(value, str):
        check.choice(value, INIT_NAMES, "init", "initialiser")
    elif isinstance(value, (tuple, list)) and len(value) == 2:
        low, high = (check.number(v, "init") for v in value)
        if not low < high:
            check.fail("init", "an empty range")
    else:
        check.fail("init", "not an initialiser")


def _optional(rule):
    return lambda check, value: None if value is None else rule(check, value)


def _switch(check: Getters, value) -> None:
    check.switch(value, "switch")


#: parameter -> (its check with the typed getters, what would be right). The loss is checked per
#: estimator.
CHECKS: dict[str, tuple[Callable, str]] = {
    "hidden_layer_sizes": (_sizes, ("a positive int or a sequence of them, e.g. (100,) or"
                                    " (128, 64); () for no hidden layer")),
    "activation": (lambda c, v: c.choice(v, HIDDEN_ACTIVATIONS, "activation", "activation"),
                   f"one of {', '.join(HIDDEN_ACTIVATIONS)}"),
    "bias": (lambda c, v: c.choice(v, BIAS_MODES, "bias", "bias mode"), f"one of {', '.join(BIAS_MODES)}"),
    "init": (_init, 'None (he for relu, else glorot), "he", "glorot" or a (low, high) range'),
    "batch_size": (lambda c, v: None if isinstance(v, str) and v == "auto" else c.whole(v, "batch_size", 0),
                   '"auto" (min(200, samples)), 0 (the full batch) or a positive int'),
    "learning_rate": (lambda c, v: c.choice(v, SCHEDULES, "learning_rate", "schedule"),
                      f"a schedule: one of {', '.join(SCHEDULES)}"),
    "learning_rate_init": (lambda c, v: c.number(v, "learning_rate_init", above=0), "a positive number, e.g. 0.01"),
    "step_epochs": (lambda c, v: c.whole(v, "step_epochs", 1), "a positive int (epochs between rate cuts)"),
    "step_gamma": (lambda c, v: c.number(v, "step_gamma", above=0), "a positive number, e.g. 0.1"),
    "momentum": (lambda c, v: c.number(v, "momentum", low=0, below=1), "a number in [0, 1), e.g. 0.9"),
    "weight_decay": (lambda c, v: c.number(v, "weight_decay", low=0), "a number >= 0, e.g. 1e-4"),
    "max_iter": (lambda c, v: c.whole(v, "max_iter", 1), "a positive int (epochs)"),
    "shuffle": (_switch, "True or False"),
    "tol": (_optional(lambda c, v: c.number(v, "tol", low=0)), "None or a number >= 0, e.g. 1e-4"),
    "early_stopping": (_switch, "True or False"),
    "validation_fraction": (lambda c, v: c.number(v, "validation_fraction", above=0, below=1),
                            "a number in (0, 1), e.g. 0.1"),
    "n_iter_no_change": (lambda c, v: c.whole(v, "n_iter_no_change", 1), "a positive int (epochs)"),
    "warm_start": (_switch, "True or False"),
    "scale_inputs": (_switch, "True or False"),
}
#: The regressor's own parameter.
REGRESSOR_CHECKS = {"scale_targets": (_switch, "True or False")}


def check_params(estimator, losses: tuple[str, ...], extra: dict | None = None) -> dict:
    """The estimator's parameters, checked; raises ParameterError (a ValueError) naming the first bad one.

    losses : the loss names this estimator accepts.
    extra : rows like CHECKS' for the parameters only this estimator has.
    """
    params = estimator.get_params(deep=False)
    checks = dict(CHECKS, **(extra or {}), loss=(_optional(lambda c, v: c.choice(v, losses, "loss", "loss")),
                                f"None (meaning {losses[0]}) or one of {', '.join(losses)}"))
    for name, (rule, expected) in checks.items():
        rule(_Parameter(type(estimator).__name__, name, params[name], expected), params[name])
    if params["loss"] is None:
        params["loss"] = losses[0]
    return params


def hidden_sizes(params: dict) -> tuple[int, ...]:
    sizes = params["hidden_layer_sizes"]
    return (int(sizes),) if is_integer(sizes) else tuple(int(size) for size in sizes)


def layer_specs(params: dict, inputs: int, outputs: int, output_activation: str) -> list[LayerSpec]:
    """The network's layers: the hidden ones, then ``outputs`` units of ``output_activation``."""
    init = params["init"]
    init = tuple(float(v) for v in init) if isinstance(init, (tuple, list)) else init
    specs, previous = [], inputs
    units = hidden_sizes(params) + (outputs,)
    for number, size in enumerate(units, start=1):
        last = number == len(units)
        activation = output_activation if last else HIDDEN_ACTIVATIONS[params["activation"]]
        specs.append(LayerSpec(units=size, inputs=previous, activations=(activation,),
                               bias=params["bias"], init=init))
        previous = size
    return specs


def build_network(params: dict, inputs: int, outputs: int, output_activation: str,
                  rng: np.random.Generator):
    """A float32 network, initialised from ``rng`` as a problem file's layers would be."""
    layers = layer_specs(params, inputs, outputs, output_activation)
    problem = Problem(path="<estimator>", layers=layers, loss=params["loss"])
    return problem.build_network(np.float32, rng)


def batch_size(params: dict, samples: int) -> int:
    """The engine's batch size: "auto" is min(200, samples); 0 stays 0 (full batch)."""
    size = params["batch_size"]
    return min(AUTO_BATCH, samples) if size == "auto" else int(size)


def train_config(params: dict, samples: int, seed: int, early_stopping: bool) -> TrainConfig:
    """The TrainConfig of one fit: max_iter epochs from the schedule's start.

    The validation split is made by the estimator (stratified for classifiers), so the engine's own
    ``validation_fraction`` stays 0; ``n_iter_no_change`` is the engine's patience.
    """
    return TrainConfig(
        epochs=int(params["max_iter"]), batch_size=batch_size(params, samples),
        learning_rate=float(params["learning_rate_init"]), momentum=float(params["momentum"]),
        schedule=params["learning_rate"], step_epochs=int(params["step_epochs"]),
        step_gamma=float(params["step_gamma"]), weight_decay=float(params["weight_decay"]),
        reduction="mean", seed=seed, shuffle=bool(params["shuffle"]),
        tolerance=None if params["tol"] is None else float(params["tol"]),
        patience=int(params["n_iter_no_change"]) if early_stopping else None, keep_best=True)


def architecture(params: dict, inputs: int, outputs: int) -> tuple:
    """What a warm start must keep: inputs, layer sizes, outputs, activation, bias mode, loss."""
    return (inputs, hidden_sizes(params), outputs, HIDDEN_ACTIVATIONS[params["activation"]],
            params["bias"], params["loss"])
