"""Every activation and every loss of the registry through derive and check, against PyTorch autograd.

For each entry a small network uses it (an activation in the hidden layer, with a parameter away from
its default where it has one; a loss on the output, after the activation it fuses with). Then:

* derive's dL/d(parameter), evaluated at random points, equals PyTorch's autograd of the loss
  written here with torch's own functions (tests/torch_reference.py), at 1e-9;
* check calls derive's own formula correct (a round trip through its text), and the same formula
  times 2 wrong.

The tables of the oracles must name every entry: a new entry without an oracle fails here.
"""

from __future__ import annotations

import math
import os

import pytest
import sympy as sp

from backprop.activations import ACTIVATIONS
from backprop.losses import LOSSES
from backprop.problem import parse_problem
from backprop.symbolic.check import check_formula
from backprop.symbolic.definitions import chain_outputs
from backprop.symbolic.derivation import Deriver
from backprop.symbolic.functions import heaviside, loss_value, sympy_activation
from backprop.symbolic.latex import latex_to_sympy
from backprop.symbolic.numeric import Compiled, forward
from backprop.symbolic.parsing import parse_formula
from backprop.symbolic.points import PointSampler
from backprop.symbolic.printing import latex, text
from backprop.symbolic.quantities import FormulaError, NetworkSymbols
from helpers import REFERENCE_ACTIVATIONS, REFERENCE_LOSSES, away_from_default, spelled

if os.environ.get("CI"):
    import torch
else:
    torch = pytest.importorskip("torch")
from torch_reference import TORCH_ACTIVATIONS, TORCH_LOSSES  # noqa: E402 - needs torch

ELEMENTWISE = [name for name, entry in ACTIVATIONS.items() if entry.elementwise]


def test_every_entry_has_its_oracles():
    assert set(REFERENCE_ACTIVATIONS) == set(TORCH_ACTIVATIONS) == set(ACTIVATIONS)
    assert set(REFERENCE_LOSSES) == set(TORCH_LOSSES) == set(LOSSES)






def _network(activation: str, values: dict, loss: str, loss_values: dict, output: str) -> str:
    loss_lines = "".join(f"{k} = {v!r}\n" for k, v in loss_values.items())
    return (f"[[layer]]\ninputs = 2\nunits = 2\nactivation = {spelled(activation, values)}\n"
            f"[[layer]]\nunits = 2\nactivation = \"{output}\"\n[loss]\nname = \"{loss}\"\n{loss_lines}")


def _torch_loss(problem, sample) -> float:
    """dL/dW1[0,1] by autograd, with torch's own functions for every activation and the loss."""
    W = [torch.tensor(w, dtype=torch.float64, requires_grad=True) for w in sample.weights]
    b = [torch.tensor(v, dtype=torch.float64) for v in sample.biases]
    a = torch.tensor(sample.x, dtype=torch.float64)
    for spec, weights, bias in zip(problem.layers, W, b):
        chain = [weights @ a + bias]
        for activation in spec.activations:
            chain.append(TORCH_ACTIVATIONS[activation.name](chain[-1][None, :], **activation.values)[0])
        a = chain[-1]
    loss = problem.loss
    base = loss.values.get("log_base", math.e)
    extra = {key: value for key, value in loss.values.items() if key != "log_base"}
    value = TORCH_LOSSES[loss.name](torch.tensor(sample.target, dtype=torch.float64)[None, :],
                                    [c[None, :] for c in chain], base, **extra)[0]
    return torch.autograd.grad(value, W[0])[0][0, 1].item()


def _cases():
    out = []
    for name in ELEMENTWISE:
        out.append((name, away_from_default(ACTIVATIONS[name]), "squared_error", {}, "sigmoid"))
    for name, loss in LOSSES.items():
        output = loss.output_activation or "tanh"
        out.append(("tanh", {}, name, away_from_default(loss), output))
    return out


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_derive_matches_autograd_and_check_judges_it(case):
    activation, values, loss, loss_values, output = case
    problem = parse_problem(_network(activation, values, loss, loss_values, output))
    symbols = NetworkSymbols(problem)
    parameter = symbols.parameter("W1[0,1]")
    gradient = Deriver(symbols).gradient(parameter)
    compiled = Compiled(symbols, gradient)
    sampler = PointSampler(symbols, seed=3)
    for _ in range(6):
        sample = sampler.draw()
        assert compiled(forward(symbols, sample)) == pytest.approx(_torch_loss(problem, sample), rel=1e-9, abs=1e-12)
    formula = text(gradient)
    assert check_formula(problem, "W1[0,1]", formula, points=8).verdict == "correct", formula
    assert check_formula(problem, "W1[0,1]", f"2*({formula})", points=8).verdict == "wrong"


def test_check_reads_an_activation_by_name_with_its_parameter():
    """a1[0] written as leaky_relu(z1[0], 0.2); leaving the slope out means the default 0.01."""
    problem = parse_problem('[[layer]]\ninputs = 2\nunits = 1\nactivation = {name = "leaky_relu", slope = 0.2}\n'
                            '[[layer]]\nunits = 1\nactivation = "identity"\n[loss]\nname = "squared_error"\n')
    right = "2*(a2[0] - y[0])*leaky_relu(z1[0], 0.2)"
    assert check_formula(problem, "W2[0,0]", right).verdict == "correct"
    assert check_formula(problem, "W2[0,0]", right.replace(", 0.2)", ")")).verdict == "wrong"
    assert check_formula(problem, "W1[0,0]", "2*(a2[0] - y[0])*W2[0,0]*(Heaviside(z1[0]) + 0.2*(1 - Heaviside(z1[0])))"
                         "*x[0]").verdict == "correct"


def test_a_formula_may_hold_pi_as_derive_prints_it():
    problem = parse_problem('[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\n[loss]\nname = "squared_error"\n')
    assert check_formula(problem, "W1[0,0]", "2*(a1[0] - y[0])*x[0]*sqrt(pi)/sqrt(pi)").verdict == "correct"


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_check_reads_every_function_derive_prints(case):
    """derive's network lines (each activation, the loss written out) read back as formulas: a name
    derive prints that check does not know (Abs in the Huber loss) would be an error here."""
    activation, values, loss, loss_values, output = case
    problem = parse_problem(_network(activation, values, loss, loss_values, output))
    symbols = NetworkSymbols(problem)
    hidden = chain_outputs(symbols.spec(1).activations, [symbols.z[1][0]])[0]
    written = loss_value(symbols.loss, lambda index: symbols.a[2][index], lambda index: symbols.target[index],
                         expand=True, units=2)
    for expression in (hidden, written):
        read = parse_formula(text(expression), symbols)
        assert read == expression or sp.simplify(read - expression) == 0, (text(expression), read)


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_check_reads_back_every_latex_line_derive_prints(case):
    """The same in LaTeX, parameters included (leaky_relu's slope, clip's bounds, |u| of the Huber
    loss): the network's lines and the derivative dL/dW1[0,1], as derive --format latex prints them."""
    activation, values, loss, loss_values, output = case
    problem = parse_problem(_network(activation, values, loss, loss_values, output))
    symbols = NetworkSymbols(problem)
    hidden = chain_outputs(symbols.spec(1).activations, [symbols.z[1][0]])[0]
    written = loss_value(symbols.loss, lambda index: symbols.a[2][index], lambda index: symbols.target[index],
                         expand=True, units=2)
    gradient = Deriver(symbols).gradient(symbols.parameter("W1[0,1]"))
    for expression in (hidden, written, gradient):
        read = parse_formula(latex_to_sympy(latex(expression)), symbols)
        assert read == expression or sp.simplify(read - expression) == 0, (latex(expression), read)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_check_reads_each_activation_by_its_latex_name(name):
    """Each activation as derive names it in LaTeX (\\sigma, \\operatorname{leaky\\_relu}) reads back
    with --latex, with its default parameters (a second argument, the parameter, is SymPy syntax only:
    docs/symbols.md)."""
    problem = parse_problem(_network(name, {}, "squared_error", {}, "sigmoid"))
    symbols = NetworkSymbols(problem)
    activation = ACTIVATIONS[name]
    expected = sympy_activation(activation).value(symbols.z[1][0])
    written = activation.latex + "(z^{(1)}_{0})" if activation.parameters else latex(expected)
    read = parse_formula(latex_to_sympy(written), symbols)
    assert sp.simplify(read - expected) == 0, (written, read)


def test_a_parameter_an_entry_does_not_take_is_refused_in_a_formula():
    problem = parse_problem(_network("leaky_relu", {"slope": 0.2}, "squared_error", {}, "sigmoid"))
    symbols = NetworkSymbols(problem)
    with pytest.raises(FormulaError, match="leaky_relu's slope 2 is not a slope from 0 up to 1"):
        parse_formula("leaky_relu(z1[0], 2)", symbols)
    with pytest.raises(FormulaError, match=r"takes one or two arguments \(leaky_relu\(u, slope\); left out, slope is 0.01\)"):
        parse_formula("leaky_relu(z1[0], 0.2, 3)", symbols)


def test_the_step_of_an_entry_is_sympys_own():
    # heaviside decides the step of c z[k] once per (c, base) from the base's assumptions: the same
    # object SymPy builds, evaluated where the sign is known, whatever the entry's index
    real, positive, plain = (sp.IndexedBase(name, **assumptions) for name, assumptions in
                             (("zr", {"real": True}), ("zp", {"positive": True}), ("zg", {})))
    arguments = [real[3], -real[3], 2 * real[1], real[7], positive[2], -positive[2], positive[9], plain[1],
                 real[1] - real[2], sp.Integer(0), sp.Integer(-2), sp.Rational(1, 2) * positive[0]]
    for u in arguments:
        step = heaviside(u)
        assert step == sp.Heaviside(u, 0) and type(step) is type(sp.Heaviside(u, 0)), u
    assert heaviside(positive[4]) == 1 and heaviside(-positive[4]) == 0
    assert isinstance(heaviside(real[5]), sp.Heaviside)
