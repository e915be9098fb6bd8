"""The registries themselves: one entry per activation and per loss, and nothing outside them knows a name.

* each entry's formula (the expression tree every format prints and SymPy reads) is the same
  function as its NumPy code, at points on both sides of every kink: the formulas cannot drift from
  the numbers;
* formula text gets numbers by substitution in the tree: a number lands where its variable stood,
  in parentheses where the structure needs them, never glued to a neighbour;
* no activation or loss name (nor another name of an entry) appears in src/ outside the entry
  packages: adding an entry is adding its module.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest

from backprop.activations import ACTIVATIONS, ALIASES, get_activation, resolve_activation
from backprop.expression import (A, Z, evaluate, exp, greater, iverson, maximum, one_unit, simplified, spell,
                                 substitute, value)
from backprop.losses import LOSSES, get_loss, resolve_loss
from backprop.registry import SpecError

SRC = Path(__file__).resolve().parents[1] / "src" / "backprop"
POINTS = np.array([-3.1, -1.0, -0.25, -1e-3, 1e-3, 0.2, 0.9, 2.5, 6.0])


@pytest.mark.parametrize("name", [name for name, entry in ACTIVATIONS.items() if entry.elementwise])
def test_activation_formulas_are_the_numpy_functions(name):
    activation = ACTIVATIONS[name]
    outputs = activation.function(POINTS)
    slopes = activation.derivative(POINTS, outputs)
    for u, a, slope in zip(POINTS, outputs, slopes):
        env = {"z": float(u), "a": float(a), **activation.values}
        assert evaluate(activation.formula, env) == pytest.approx(float(a), rel=1e-13, abs=1e-15)
        assert evaluate(activation.derivative_formula, env) == pytest.approx(float(slope), rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("name", list(LOSSES))
def test_loss_formulas_are_the_numpy_functions(name):
    loss = LOSSES[name]
    rng = np.random.default_rng(3)
    outputs = rng.uniform(0.05, 0.95, (6, 3))
    targets = np.eye(3)[[0, 1, 2, 0, 1, 2]] if loss.targets.one_hot else rng.uniform(0, 1, (6, 3))
    values, gradients = loss.value(targets, outputs), loss.gradient(targets, outputs)
    letter = loss.targets.letter
    for row in range(6):
        env = {"a": list(outputs[row]), letter: list(targets[row]), "n": 3}
        assert evaluate(loss.formula, env) == pytest.approx(values[row], rel=1e-13)
        for j in range(3):
            one = {"a": outputs[row, j], letter: targets[row, j], "n": 3}
            assert evaluate(loss.gradient_formula, one) == pytest.approx(gradients[row, j], rel=1e-13)


@pytest.mark.parametrize("name", list(LOSSES))
def test_a_loss_of_one_output_is_written_without_its_sum(name):
    loss = LOSSES[name]
    single = simplified(one_unit(substitute(loss.formula, {"n": 1})))
    assert "sum" not in spell(single).text and "_j" not in spell(single).text
    letter = loss.targets.letter
    for output, target in ((0.3, 1.0), (0.8, 0.0), (0.6, 1.0)) if loss.targets.one_hot or not loss.targets.real \
            else ((0.3, 2.5), (-1.0, 0.2), (0.6, 0.55)):
        expected = loss.value(np.array([[target]]), np.array([[output]]))[0]
        assert evaluate(single, {"a": output, letter: target}) == pytest.approx(expected, rel=1e-13)


def test_every_fused_loss_names_a_registered_output_activation():
    for loss in LOSSES.values():
        assert loss.output_activation is None or loss.output_activation in ACTIVATIONS


def test_numbers_are_put_into_the_tree_not_into_the_text():
    leaky = maximum(value(0.01) * Z, Z)  # the issue's example: text replacement printed max(0.012, 2)
    assert spell(leaky, lambda variable: 2.0, compact=True).text == "max(0.01*2,2)"
    assert spell(leaky, lambda variable: -0.5, compact=True).text == "max(0.01*(-0.5),-0.5)"
    sigmoid = ACTIVATIONS[next(name for name, entry in ACTIVATIONS.items() if entry.latex == r"\sigma")]
    assert spell(sigmoid.formula, lambda variable: -0.2, compact=True).text == "1/(1+exp(-(-0.2)))"
    assert spell(A * (1 - A), lambda variable: 0.45, compact=True).text == "0.45(1-0.45)"
    assert spell(iverson(greater(Z, 0)), lambda variable: -1.5, compact=True).text == "[-1.5>0]"
    assert spell(1 / (1 + exp(-Z)), lambda variable: 1e-05, compact=True).latex == r"\frac{1}{1+e^{-(1e-05)}}"


def test_entries_are_read_by_name_alias_or_table_and_bad_ones_say_why():
    for alias, name in ALIASES.items():
        assert resolve_activation(alias) is ACTIVATIONS[name]
    with pytest.raises(SpecError, match="unknown activation"):
        resolve_activation("mish")
    with pytest.raises(SpecError, match="not a name"):
        resolve_activation(3)
    with pytest.raises(SpecError, match="takes no parameters"):
        resolve_activation({"name": "tanh", "gain": 0.2})
    with pytest.raises(SpecError, match="a supported base"):
        resolve_loss({"name": "cross_entropy", "log_base": 10})
    assert resolve_loss({"name": "cross_entropy", "log_base": 2}) == get_loss("cross_entropy", 2)
    assert get_activation("relu") is ACTIVATIONS["relu"]


def _names() -> set[str]:
    return set(ACTIVATIONS) | set(ALIASES) | set(LOSSES)


def test_no_activation_or_loss_name_outside_its_entry():
    """The grep of the issue, as a test: every name (and other name) of an entry, as a whole word,
    in every Python file of src/ outside the two entry packages; there must be none."""
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _names()), key=len, reverse=True)) + r")\b")
    found = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith(("activations/", "losses/")):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for match in pattern.finditer(line):
                found.append(f"{relative}:{number}: {match.group(0)}: {line.strip()}")
    assert not found, "\n".join(found)


def test_loss_log_base_and_scale():
    assert get_loss("cross_entropy").log_base == math.e
    assert get_loss("cross_entropy", 2).log_scale == pytest.approx(1 / math.log(2))


def test_leaky_relu_at_two_prints_as_the_issue_asks():
    """The issue's trap: text replacement printed max(0.012, 2) for max(0.01z, z) at z = 2."""
    leaky = get_activation("leaky_relu")
    assert spell(leaky.formula, lambda variable: 2.0, compact=True).text == "max(0.01*2,2)"
    assert spell(leaky.with_values(slope=0.2).formula, lambda variable: -0.5, compact=True).latex \
        == r"\max(0.2 \cdot (-0.5),-0.5)"
    assert resolve_activation({"name": "leaky_relu", "slope": 0.2}).function(np.array([-1.0, 3.0])).tolist() \
        == [-0.2, 3.0]
