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

``activation`` and ``loss`` are spelled as in a problem file: a registry name (or another name of
the entry, such as scikit-learn's own) or a dict with the name and parameters, e.g.
``{"name": ..., "slope": 0.2}``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..activations import ACTIVATIONS, ALIASES, Activation, resolve_activation
from ..errors import UserError
from ..getters import Getters, is_integer
from ..layers import BIAS_MODES, INITIALISERS, Dense
from ..losses import LOSSES, Loss, default_loss, resolve_loss
from ..network import Network
from ..registry import SpecError
from ..training import SCHEDULES, TrainConfig

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
        check.choice(value, INITIALISERS, "init", "initialiser")
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


def hidden_activation(value) -> Activation | None:
    """The element-wise activation ``value`` names (a name or a dict with its parameters), or None."""
    try:
        activation = resolve_activation(dict(value) if isinstance(value, dict) else value)
    except (SpecError, TypeError):
        return None
    return activation if activation.elementwise else None


def _example_table(entries) -> str:
    """A dict spelling of the first entry that takes a parameter (for messages)."""
    for entry in entries.values():
        if entry.parameters:
            parameter = entry.parameters[0]
            return f", or a dict such as {{'name': '{entry.name}', '{parameter.name}': {parameter.default!r}}}"
    return ""


_HIDDEN = ", ".join([name for name, entry in ACTIVATIONS.items() if entry.elementwise]
                    + [alias for alias, name in ALIASES.items() if ACTIVATIONS[name].elementwise])


#: parameter -> (its check with the typed getters, what would be right). The loss is checked per
#: estimator.
CHECKS: dict[str, tuple[Callable, str]] = {
    "hidden_layer_sizes": (_sizes, ("a positive int or a sequence of them, e.g. (100,) or"
                                    " (128, 64); () for no hidden layer")),
    "activation": (lambda c, v: hidden_activation(v) or c.fail("activation", "not an element-wise activation"),
                   f"an element-wise activation: one of {_HIDDEN}{_example_table(ACTIVATIONS)}"),
    "bias": (lambda c, v: c.choice(v, BIAS_MODES, "bias", "bias mode"), f"one of {', '.join(BIAS_MODES)}"),
    "init": (_init, f"None (the activation's own: he for the rectifier family, else glorot),"
                    f" {', '.join(chr(34) + name + chr(34) for name in INITIALISERS)} or a (low, high) range"),
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


def accepted_losses(task: str) -> dict[str, Loss]:
    """The losses an estimator for ``task`` trains on: a classifier any (its targets are one-hot
    rows), a regressor those that take any real targets (its targets are standardised)."""
    return {name: loss for name, loss in LOSSES.items() if task == "classification" or loss.targets.real}


def estimator_loss(value, task: str) -> Loss | None:
    """The loss ``value`` names (None: the task's default), or None if this estimator cannot use it."""
    if value is None:
        return default_loss(task)
    try:
        loss = resolve_loss(dict(value) if isinstance(value, dict) else value)
    except (SpecError, TypeError):
        return None
    return loss if loss.name in accepted_losses(task) else None


def check_params(estimator, task: str, extra: dict | None = None) -> dict:
    """The estimator's parameters, checked; raises ParameterError (a ValueError) naming the first
    bad one. ``activation`` and ``loss`` come back as the engine's entries (``loss`` None: the
    task's default).

    task : "classification" or "regression" (which losses it accepts, and its default).
    extra : rows like CHECKS' for the parameters only this estimator has.
    """
    params = estimator.get_params(deep=False)
    accepted = accepted_losses(task)
    checks = dict(CHECKS, **(extra or {}), loss=(lambda c, v: estimator_loss(v, task) or c.fail("loss", "not a loss"),
                                f"None (meaning {default_loss(task).name}) or one of {', '.join(accepted)}"
                                f"{_example_table(accepted)}"))
    for name, (rule, expected) in checks.items():
        rule(_Parameter(type(estimator).__name__, name, params[name], expected), params[name])
    params["activation"] = hidden_activation(params["activation"])
    params["loss"] = estimator_loss(params["loss"], task)
    return params


def hidden_sizes(params: dict) -> tuple[int, ...]:
    sizes = params["hidden_layer_sizes"]
    return (int(sizes),) if is_integer(sizes) else tuple(int(size) for size in sizes)


def build_network(params: dict, inputs: int, outputs: int, output_activation: Activation,
                  rng: np.random.Generator) -> Network:
    """A float32 network: the hidden layers, then ``outputs`` units of ``output_activation``,
    initialised from ``rng`` by the engine (the same draws as a problem file's layers)."""
    init = params["init"]
    init = tuple(float(v) for v in init) if isinstance(init, (tuple, list)) else init
    layers, previous = [], inputs
    units = hidden_sizes(params) + (outputs,)
    for number, size in enumerate(units, start=1):
        activation = output_activation if number == len(units) else params["activation"]
        layers.append(Dense.build(size, previous, (activation,), rng, np.float32, bias=params["bias"], init=init))
        previous = size
    return Network(layers, params["loss"])


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
    return (inputs, hidden_sizes(params), outputs, params["activation"].describe(), params["bias"],
            params["loss"].describe())
