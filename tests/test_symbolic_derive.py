"""backprop derive: the derived expressions against the engine (what derive prints: test_derive_output.py).

The engine (Problem.explain on one sample, loss summed) is the reference for the numbers: for every
bundled example and for small networks written here that cover softmax with cross-entropy, softmax
with squared error, relu (Heaviside), tanh, shared biases, no biases, masks and base-2 logarithms,
every parameter's derived dL/dw evaluated at the file's numbers equals the engine's gradient.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import math

import numpy as np
import pytest
import sympy as sp

from backprop.activations import ACTIVATIONS
from backprop.problem import load_problem, parse_problem
from backprop.symbolic.definitions import expansion
from backprop.symbolic.derivation import Deriver
from backprop.symbolic.document import derive_document
from backprop.symbolic.functions import definitions, sympy_activation
from backprop.symbolic.numeric import Compiled, file_samples, forward
from backprop.symbolic.quantities import FormulaError, NetworkSymbols

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples").glob("*.toml"))
SPARSE = next(path for path in EXAMPLES if path.stem == "seed004_sparse_sigmoid")

NETWORKS = {
    "relu_shared_log2": """
[[layer]]
inputs = 3
units = 4
activation = "relu"
bias = "shared"
biases = 0.1
[[layer]]
units = 3
activation = ["relu", "softmax"]
bias = "shared"
biases = -0.2
[loss]
name = "cross_entropy"
log_base = 2
[data]
x = [[0.5, -1.2, 0.8], [1.5, 0.3, -0.7], [-0.4, 0.9, 1.1]]
labels = [0, 2, 1]
[update]
learning_rate = 0.3
""",
    "mask_tanh_half": """
[[layer]]
inputs = 3
units = 3
activation = "tanh"
mask = [[1, 1, 0], [0, 1, 1], [1, 0, 1]]
weights = [[0.4, -0.6, 0], [0, 0.9, -0.3], [0.7, 0, 0.2]]
biases = [0.1, -0.2, 0.05]
[[layer]]
units = 2
activation = ["tanh", "sigmoid"]
[loss]
name = "half_squared_error"
[data]
x = [[0.3, -0.8, 1.2], [-1.0, 0.4, 0.6]]
y = [[0.2, 0.9], [0.7, 0.1]]
[update]
learning_rate = 0.5
""",
    "no_bias_squared": """
[[layer]]
inputs = 2
units = 3
activation = "identity"
bias = "none"
[[layer]]
units = 2
activation = "sigmoid"
bias = "none"
[loss]
name = "squared_error"
[data]
x = [[0.5, -1.5]]
y = [[0.3, 0.8]]
[update]
learning_rate = 0.1
""",
    "softmax_squared_error": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "squared_error"
[data]
x = [[0.1, 0.2], [-0.5, 1.5]]
y = [[0.2, 0.3, 0.5], [1, 0, 0]]
[update]
learning_rate = 0.1
""",
    "relu_neuron_ce": """
[[layer]]
inputs = 2
units = 3
activation = "relu"
[[layer]]
units = 2
activation = "relu"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
[data]
x = [[0.9, -0.4], [0.2, 1.3]]
labels = [2, 0]
[update]
learning_rate = 0.2
""",
}


def _problems():
    for path in EXAMPLES:
        yield pytest.param(load_problem(path), id=path.stem)
    for name, text in NETWORKS.items():
        yield pytest.param(parse_problem(text, f"<{name}>"), id=name)


def engine_gradients(problem, sample: int) -> list[dict]:
    """The engine's gradients for one sample alone (a batch of one, loss summed)."""
    single = dataclasses.replace(problem, x=problem.x[sample:sample + 1],
                                 targets=problem.targets[sample:sample + 1], batch_size=1,
                                 reduction="sum", steps=1)
    return single.explain().to_json_dict()["steps"][0]["layers"]


def engine_value(layers: list[dict], parameter) -> float:
    layer = layers[parameter.layer - 1]
    if parameter.kind == "W":
        return layer["grad_weights"][parameter.index[0]][parameter.index[1]]
    biases = layer["grad_biases"]
    return biases[parameter.index[0]] if parameter.index else biases


def parameters_to_check(symbols, limit: int = 60) -> list:
    """Every parameter of a small network; of a 784-input one (100,000 weights, each compiled on its
    own), a fixed random choice plus the first and last of the list, so that the test takes seconds."""
    parameters = symbols.parameters()
    if len(parameters) <= limit:
        return parameters
    chosen = np.random.default_rng(0).choice(len(parameters), size=limit - 2, replace=False)
    return [parameters[0], *(parameters[i] for i in sorted(chosen)), parameters[-1]]


@pytest.mark.parametrize("problem", list(_problems()))
def test_derived_gradients_equal_the_engine_for_every_parameter(problem):
    symbols = NetworkSymbols(problem)
    deriver = Deriver(symbols)
    samples = file_samples(problem)
    assert samples, "every network here has data"
    parameters = parameters_to_check(symbols)
    for number, sample in enumerate(samples):
        reference = engine_gradients(problem, number)
        values = forward(symbols, sample)
        for parameter in parameters:
            derived = Compiled(symbols, deriver.gradient(parameter))(values)
            expected = engine_value(reference, parameter)
            assert derived == pytest.approx(expected, rel=1e-9, abs=1e-12), (parameter.name, number)


@pytest.mark.parametrize("problem", list(_problems()))
def test_chain_rule_index_form_and_simplified_form_agree(problem):
    """The chain-rule product summed over paths, the index-notation form and the simplified form are
    one derivative (with one-hot targets, as the softmax/cross-entropy simplification assumes)."""
    symbols = NetworkSymbols(problem)
    explicit, indexed = Deriver(symbols), Deriver(symbols, max_paths=0)
    values = forward(symbols, file_samples(problem)[0])
    for parameter in parameters_to_check(symbols, 40):
        simplified = Compiled(symbols, explicit.gradient(parameter))(values)
        # Explicit paths where there are few; the 784-input network has 81,920 paths per weight of
        # layer 1, and there the product is written with sums over the later layers' units instead.
        chain = Compiled(symbols, explicit.chain_rule(parameter, explicit.index_form(parameter)).value())(values)
        in_index_form = Compiled(symbols, indexed.gradient(parameter))(values)
        chain_indexed = Compiled(symbols, indexed.chain_rule(parameter, True).value())(values)
        for other in (chain, in_index_form, chain_indexed):
            assert other == pytest.approx(simplified, rel=1e-9, abs=1e-12), parameter.name


def test_symbolic_activations_agree_with_the_registry_numbers():
    """Every element-wise activation's SymPy form, written out in exp/log/erf/Heaviside, against the
    engine's own float64 function and derivative; and f' against SymPy's derivative of f."""
    u = sp.Symbol("u", real=True)
    points = np.array([-2.5, -0.3, 0.4, 1.7])
    for activation in ACTIVATIONS.values():
        if not activation.elementwise:
            continue
        entry = sympy_activation(activation)
        value = definitions(entry.value(u))
        slope = definitions(entry.derivative(u, entry.value(u)))
        modules = [{"Heaviside": lambda v, h=0: np.heaviside(v, 0.0), "DiracDelta": lambda v: 0 * v,
                    "erf": np.vectorize(math.erf)}, "numpy"]
        outputs = activation.function(points)
        np.testing.assert_allclose(sp.lambdify(u, value, modules)(points) * np.ones_like(points), outputs,
                                   rtol=1e-12)
        np.testing.assert_allclose(sp.lambdify(u, slope, modules)(points) * np.ones_like(points),
                                   activation.derivative(points, outputs), rtol=1e-12)
        away_from_kinks = sp.lambdify(u, definitions(sp.diff(value, u)), modules)(points) * np.ones_like(points)
        np.testing.assert_allclose(away_from_kinks, activation.derivative(points, outputs), rtol=1e-12,
                                   err_msg=activation.name)


def test_explain_and_train_start_without_importing_sympy():
    # SymPy takes most of a second to import: only derive and check may pay for it.
    code = ("import sys, io, contextlib; from backprop.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    assert main(['explain', 'seed000_regression']) == 0\n"
            "print(sorted(name for name in sys.modules if name.split('.')[0] in ('sympy', 'matplotlib')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_expanded_form_has_the_same_value():
    problem = load_problem(SPARSE)
    symbols = NetworkSymbols(problem)
    sample = file_samples(problem)[0]
    gradient = Deriver(symbols).gradient(symbols.parameter("W1[0,1]"))
    full = gradient.xreplace(expansion(symbols))
    numbers = {symbols.x[i]: sample.x[i] for i in range(4)} | {symbols.target[0]: sample.target[0]}
    for layer, weights in enumerate(sample.weights, start=1):
        numbers.update({symbols.W[layer][j, i]: weights[j, i] for j in range(weights.shape[0])
                        for i in range(weights.shape[1])})
    value = float(full.xreplace(numbers).evalf(30))
    assert value == pytest.approx(Compiled(symbols, gradient)(forward(symbols, sample)), rel=1e-12)


# -- big networks: index notation, per parameter, fast ----------------------------------------------------

MNIST_LIKE = """
title = "784-128-64-10, ReLU, shared biases (seed 001)"
[[layer]]
inputs = 784
units = 128
activation = "relu"
bias = "shared"
[[layer]]
units = 64
activation = "relu"
bias = "shared"
[[layer]]
units = 10
activation = ["relu", "softmax"]
bias = "shared"
[loss]
name = "cross_entropy"
"""


def test_big_network_derivation_matches_the_engine_on_one_sample(tmp_path):
    """The index-notation derivative of the 784-input network, evaluated, is the engine's number."""
    rng = np.random.default_rng(3)
    problem = parse_problem(MNIST_LIKE, "<mnist-like>")
    problem = dataclasses.replace(problem, x=rng.uniform(0, 1, (1, 784)), targets=np.eye(10)[[4]],
                                  learning_rate=0.1, labels=[4])
    symbols = NetworkSymbols(problem)
    deriver = Deriver(symbols)
    values = forward(symbols, file_samples(problem)[0])
    reference = engine_gradients(problem, 0)
    for name in ("W1[5,300]", "b1", "W2[3,7]", "b3", "W3[9,63]"):
        parameter = symbols.parameter(name)
        assert deriver.index_form(parameter) or name.startswith("W3")
        derived = Compiled(symbols, deriver.gradient(parameter))(values)
        assert derived == pytest.approx(engine_value(reference, parameter), rel=1e-9, abs=1e-15), name


def test_expanded_size_guard_is_a_formula_error():
    problem = parse_problem(MNIST_LIKE, "<mnist-like>")
    with pytest.raises(FormulaError, match="--expanded"):
        derive_document(problem, "b3", expanded=True)
