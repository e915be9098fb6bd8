"""Training settings: a problem file's [train] table and the train command's flags, one table of names.

Every setting has one name, used as the [train] key and (with dashes) as the flag: ``batch_size``
in a file is ``--batch-size`` on the command line, and a flag overrides the file. The names are
TrainConfig's fields plus the data settings below. Both are checked by the same code, so a bad value
gets the same one-line message wherever it was written: the file (or "command line"), the key or
flag, what is wrong, what would be right (ProblemError, exit status 2 from the CLI).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import Callable

from ..data.scaling import INPUT_SCALES
from ..network import REDUCTIONS
from ..problem import Problem
from ..problem_checks import Checker
from ..training import SCHEDULES, TrainConfig

COMMAND_LINE = "command line"
#: The part of a CSV or NPZ file held out as its test set when test_fraction is not given.
DEFAULT_TEST_FRACTION = 0.2


@dataclass(frozen=True)
class Setting:
    """One training setting: its kind ("whole", "number", "choice", "switch" or "text"), bounds and help text.

    Bounds: ``low <= value <= high``, ``above < value < below``; None where there is no bound.
    applies : whether the setting has any effect, given all the run's settings (None: always, if
    its value is not None); a report lists only those that do.
    """

    kind: str
    help: str
    low: float | None = None
    high: float | None = None
    above: float | None = None
    below: float | None = None
    choices: tuple[str, ...] = ()
    applies: Callable[[dict], bool] | None = None


def _step_schedule(settings: dict) -> bool:
    return settings.get("schedule") == "step"


def _validation(settings: dict) -> bool:
    return (settings.get("validation_fraction") or 0) > 0


SETTINGS: dict[str, Setting] = {
    "epochs": Setting("whole", "passes over the training data", low=1),
    "batch_size": Setting("whole", "samples per update step: 1 per-sample, 0 the full batch", low=0),
    "learning_rate": Setting("number", "step size eta", above=0),
    "momentum": Setting("number", "momentum coefficient, 0 for plain gradient descent", low=0, below=1),
    "schedule": Setting("choice", "learning-rate schedule", choices=SCHEDULES),
    "step_epochs": Setting("whole", "schedule step: epochs between rate cuts", low=1, applies=_step_schedule),
    "step_gamma": Setting("number", "schedule step: factor of each rate cut", above=0, high=1,
                          applies=_step_schedule),
    "weight_decay": Setting("number", "L2 weight decay on the weights (not the biases)", low=0),
    "reduction": Setting("choice", "a step's loss over its samples", choices=REDUCTIONS),
    "seed": Setting("whole", "random seed of the initial weights, the shuffling and the split", low=0),
    "shuffle": Setting("switch", "shuffle the samples every epoch"),
    "tolerance": Setting("number", "stop once the training loss changes by less than this", low=0),
    "max_steps": Setting("whole", "stop after this many update steps", low=1),
    "validation_fraction": Setting("number", "hold out this fraction of the training data for early"
                                   " stopping", low=0, below=1),
    "patience": Setting("whole", "stop after this many epochs without a better validation loss", low=1,
                        applies=_validation),
    "keep_best": Setting("switch", "keep the weights of the best validation loss", applies=_validation),
    "dataset": Setting("text", "mnist, mnist-sample, a folder of MNIST IDX files, or a .csv/.npz file"),
    "target": Setting("text", "the target column of a CSV file (its name, or its number from 1) or array of an NPZ"),
    "test_fraction": Setting("number", f"hold out this fraction of a CSV or NPZ file as its test set (default"
                             f" {DEFAULT_TEST_FRACTION:g}; MNIST has its own)", low=0, below=1),
    "standardize": Setting("switch", "z-score the inputs with the training set's mean and std (kept in the"
                           " model; takes precedence over input_scale)"),
    "input_scale": Setting("choice", "auto: divide inputs that look like 8-bit pixels (whole numbers 0-255)"
                           " by 255; pixels: always divide by 255; none: as they are (kept in the model)",
                           choices=INPUT_SCALES, applies=lambda settings: not settings.get("standardize")),
    "limit": Setting("whole", "train on the first N training samples only (0: all)", low=0,
                     applies=lambda settings: (settings.get("limit") or 0) > 0),
}

#: Settings that are not TrainConfig's, with their defaults (test_fraction None: DEFAULT_TEST_FRACTION
#: for a CSV or NPZ file, none for MNIST).
DATA_DEFAULTS = {"dataset": None, "target": None, "test_fraction": None, "standardize": False, "input_scale": "auto",
                 "limit": 0}

# One converter per kind for the flags; the checks below then apply to flags and file alike.
_FLAG_TYPES = {"whole": int, "number": float, "choice": str, "text": str}


@dataclass
class TrainSettings:
    """The training configuration and the data settings of one run."""

    config: TrainConfig
    dataset: str | None = None
    target: str | None = None
    test_fraction: float | None = None
    standardize: bool = False
    input_scale: str = "auto"
    limit: int = 0
    given: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Everything, by setting name (what a model file records)."""
        return {**self.config.to_dict(), **{name: getattr(self, name) for name in DATA_DEFAULTS}}


def applicable(settings: dict) -> dict:
    """The settings (name -> value, as TrainSettings.to_dict gives them) that have an effect: no
    step-schedule settings under a cosine schedule, no early-stopping ones without a validation
    set, none whose value is None (a rule that is off)."""
    return {name: value for name, value in settings.items()
            if value is not None and (name not in SETTINGS or SETTINGS[name].applies is None
                                      or SETTINGS[name].applies(settings))}


# ---------------------------------------------------------------------------------------------
# Checks: one typed getter per kind (backprop.getters), the same for the file and the flags


def check(source: Checker, name: str, value, where: str):
    """``value`` of setting ``name`` checked (and converted); ProblemError at ``where`` otherwise."""
    setting = SETTINGS[name]
    if setting.kind == "whole":
        return source.whole(value, where, int(setting.low))
    if setting.kind == "number":
        return source.number(value, where, low=setting.low, high=setting.high, above=setting.above,
                             below=setting.below)
    if setting.kind == "choice":
        return source.choice(value, setting.choices, where, name.replace("_", " "))
    if setting.kind == "switch":
        return source.switch(value, where)
    return source.text(value, where, 'write a name or path in quotes, e.g. "mnist"', blank=False)


# ---------------------------------------------------------------------------------------------
# Flags


def flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def add_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per setting, defaulting to None (= not given, the file or the default decides)."""
    group = parser.add_argument_group("training settings (override the file's [train] table)")
    for name, setting in SETTINGS.items():
        if setting.kind == "switch":
            group.add_argument(flag(name), dest=name, action=argparse.BooleanOptionalAction,
                               default=None, help=setting.help)
        else:
            metavar = "|".join(setting.choices) if setting.choices else name.split("_")[-1].upper()
            group.add_argument(flag(name), dest=name, type=_FLAG_TYPES[setting.kind], default=None,
                               metavar=metavar, help=setting.help)


# ---------------------------------------------------------------------------------------------
# Merging file and flags


def read_settings(problem: Problem, flags: dict | None = None) -> TrainSettings:
    """The run's settings: defaults, then the file's [train] table, then the flags given.

    problem : the problem file; its [train] table is validated here (unknown keys with a did-you-mean,
        types and ranges), and its top-level ``seed`` is the default seed.
    flags : setting name -> value or None (not given), as argparse produced them.
    """
    file_reader, flag_reader = Checker(problem.path), Checker(COMMAND_LINE)
    table = problem.train or {}
    file_reader.known_keys(table, tuple(SETTINGS), "[train]")
    values = {"seed": problem.seed}
    given = {}
    for name, value in table.items():
        values[name] = given[name] = check(file_reader, name, value, f"[train] key '{name}'")
    for name, value in (flags or {}).items():
        if name in SETTINGS and value is not None:
            values[name] = given[name] = check(flag_reader, name, value, flag(name))
    if values.get("patience") is not None and not values.get("validation_fraction"):
        reader = flag_reader if (flags or {}).get("patience") is not None else file_reader
        where = flag("patience") if reader is flag_reader else "[train] key 'patience'"
        reader.fail(where, "early stopping needs a validation set", "also set validation_fraction, e.g. 0.1")
    config = TrainConfig(**{name: value for name, value in values.items() if name in TrainConfig.names()})
    data = {name: values.get(name, default) for name, default in DATA_DEFAULTS.items()}
    return TrainSettings(config=config, given=given, **data)

