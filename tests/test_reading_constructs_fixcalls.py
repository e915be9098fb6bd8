"""Three constructs of code written against a course's library or a page's code-like names, written here as other
authors would (other names, other networks than the pages'):

- a course library's helper of two arguments standing for a loss's derivative (RabbitChallenge's
  ``functions.d_mean_squared_error(d, y)`` and ``functions.d_sigmoid_with_loss(d, y)``, Nielsen's
  ``cost_derivative(output_activations, y)``, a class's ``self.loss_derivative(self.y, self.output)`` returning
  y - output): the notation declares it in its functions as a loss's derivative by the output, or by the output's sum
  for a loss fused with its activation, with its arguments' order (``"half_squared_error' by output(prediction,
  target)"``), a minus before it where it returns minus that; refused where the declared loss is not the problem's;
- a step's name of a Greek letter glued to a code-like weight name, studyx's ``δW35 = learning_rate * ...`` and
  ``W35_new = W35 + δW35``: the notation declares ``"δW35"`` (``"ΔW35"``, ``"\\delta W_{35}"``) as the step
  ``-eta*grad(W2[0, 0])``; δ apart from the name (``δ W35``) stays the error times W35;
- MATLAB's and NumPy's row of a data matrix, ``X(i, :)``, ``X(i, :)'``, ``X[i, :]`` and ``X[i]``: the sample's
  input as a row, where the notation says X is the data matrix (``"X(i, :)" = "x[:].T"``, or X named whole as the
  row, ``"X" = "x[:].T"``); a numbered row, and X named as a column, refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import LINEAR_2_2, RELU_2_2_SIGMOID_1_BCE, SIGMOID_2_2_1, SIGMOID_2_2_2, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

# two inputs, three softmax outputs, the half squared error: no fused delta, no slope of the output alone
SOFTMAX_2_3_SQUARED = '[[layer]]\ninputs = 2\nunits = 3\nactivation = "softmax"\n[loss]\nname = "half_squared_error"\n'

NETWORKS = {
    "linear-2-2": LINEAR_2_2,
    "relu-2-2-sigmoid-1-bce": RELU_2_2_SIGMOID_1_BCE,
    "sigmoid-2-2-1": SIGMOID_2_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "softmax-2-3": SOFTMAX_2_3,
    "softmax-2-3-squared": SOFTMAX_2_3_SQUARED,
}
CHECKS = CaseChecks(NETWORKS)

_K2 = ({"k": 0}, {"k": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_J2 = ({"j": 0}, {"j": 1})

# Nielsen's network.py: cost_derivative(output_activations, y), the prediction first
_NIELSEN = r'''
[notation]
functions = { cost_derivative = "half_squared_error' by output(prediction, target)", sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"activations[-1]" = "a2[:]"
"zs[-1]" = "z2[:]"
"y" = "y[:]"
"delta" = "delta2[:]"
'''
_NIELSEN_DELTA = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"

# a course library's fused softmax-with-loss helper, the target first, rows as the course's arrays hold them
_SOFTMAX_LIBRARY = r'''
[notation]
indices = "q"
functions = { "common.d_softmax_with_loss" = "cross_entropy' by output sum(target, prediction)" }
[notation.symbols]
"label" = "y[:].T"
"prob" = "a1[:].T"
"delta1" = "delta1[:].T"
'''

# the sigmoid with the binary cross-entropy, fused, on a network with a hidden layer
_SIGMOID_LIBRARY = r'''
[notation]
functions = { d_sigmoid_with_loss = "binary_cross_entropy' by output sum(target, prediction)" }
[notation.symbols]
"t" = "y[0]"
"out" = "a2[0]"
"dz2" = "delta2[0]"
'''

# RabbitChallenge's d_mean_squared_error(d, y) = y - d on an identity output: dE/du of each output
_REGRESSION_LIBRARY = r'''
[notation]
indices = "q"
functions = { "functions.d_mean_squared_error" = "half_squared_error' by output(target, prediction)" }
[notation.symbols]
"d" = "y[:]"
"pred" = "a1[:]"
"delta1" = "delta1[:]"
"grad_W1" = "grad(W1[:, :])"
"x" = "x[:]"
'''

# a class's method returning y - output: minus the half squared error's derivative
_NEGATED = r'''
[notation]
functions = { "self.loss_derivative" = "-half_squared_error' by output(target, prediction)" }
[notation.symbols]
"self.y" = "y[0]"
"self.output" = "a2[0]"
"error" = "y[0] - a2[0]"
'''

# studyx's names: a 2-2-1 network, units 3 and 4 hidden and 5 the output, δW35 the step of W35
_STEPS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"Y3" = "a1[0]"
"Y4" = "a1[1]"
"W35" = "W2[0, 0]"
"W45" = "W2[0, 1]"
"Y" = "a2[0]"
"T" = "y[0]"
"δW35" = "-eta*grad(W2[0, 0])"
"ΔW45" = "-eta*grad(W2[0, 1])"
"W35_new" = "new(W2[0, 0])"
"dW4" = "-eta*grad(W2[0, 1])"
'''
_STEPS_TEX = r'''
[notation]
[notation.symbols]
"y_{j}" = "a1[j]"
"w_{j}" = "W2[0, j]"
"y" = "a2[0]"
"t" = "y[0]"
"\\delta w_{j}" = "-eta*grad(W2[0, j])"
'''
_STEP35 = "-(eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0])"
_STEP45 = "-(eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[1])"

# MATLAB: X the data matrix, its rows the samples; W1, b1, a1 columns
_MATLAB = r'''
[notation]
indices = "i"
[notation.symbols]
"X(i, :)" = "x[:].T"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"a1" = "a1[:]"
'''
# NumPy: the samples as rows, W1 input-first, X named by its row whole
_NUMPY = r'''
[notation]
indices = "q"
[notation.symbols]
"X" = "x[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"h" = "a1[:].T"
'''
# NumPy with a declared data matrix, whose X[n] is the sample n's row
_NUMPY_DECLARED = _NUMPY.replace('indices = "q"', 'indices = "n"').replace('"X" = "x[:].T"', '"X[n, :]" = "x[:].T"')
_A1 = "sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])"


def _cases() -> list[Public]:
    return [
        # ---- a loss's derivative by a course library's helper ---------------------------------------------------
        Public("nielsen-cost-derivative", "test", "sigmoid-2-2-2", _NIELSEN,
               "delta = cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_NIELSEN_DELTA,), _K2),)),
        Public("nielsen-cost-derivative-swapped", "test", "sigmoid-2-2-2", _NIELSEN,
               "delta = cost_derivative(y, activations[-1]) * sigmoid_prime(zs[-1])", ((W,),),
               (Twin("gradient_z", "z2[{k}]", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("softmax-with-loss", "test", "softmax-2-3", _SOFTMAX_LIBRARY,
               "delta1 = common.d_softmax_with_loss(label, prob)", ((C,),),
               (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),)),
        Public("softmax-with-loss-swapped", "test", "softmax-2-3", _SOFTMAX_LIBRARY,
               "delta1 = common.d_softmax_with_loss(prob, label)", ((W,),),
               (Twin("gradient_z", "z1[{k}]", ("t[{k}] - a1[{k}]",), _K3),)),
        Public("sigmoid-with-loss", "test", "relu-2-2-sigmoid-1-bce", _SIGMOID_LIBRARY,
               "dz2 = d_sigmoid_with_loss(t, out)", ((C,),),
               (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),)),
        Public("mean-squared-error-helper", "test", "linear-2-2", _REGRESSION_LIBRARY,
               "delta1 = functions.d_mean_squared_error(d, pred)", ((C,),),
               (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - y[{k}]",), _K2),)),
        Public("mean-squared-error-helper-gradient-slip", "test", "linear-2-2", _REGRESSION_LIBRARY,
               "grad_W1 = np.outer(functions.d_mean_squared_error(d, pred), x) * 2", ((W,),),
               (Twin("gradient", "W1[{k},{i}]", ("2*(a1[{k}] - y[{k}])*x[{i}]",),
                     tuple({"k": k, "i": i} for k in range(2) for i in range(2))),)),
        Public("negated-loss-derivative", "test", "sigmoid-2-2-1", _NEGATED,
               "error = self.loss_derivative(self.y, self.output)", ((C,),),
               (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),)),
        # ---- δW35, ΔW45: a step's name glued to a weight's -------------------------------------------------------
        Public("step-delta-glued", "test", "sigmoid-2-2-1", _STEPS,
               "δW35 = lr * (T - Y) * Y * (1 - Y) * Y3", ((C,),), (Twin("step", "W2[0,0]", (_STEP35,)),)),
        Public("step-capital-delta-glued", "test", "sigmoid-2-2-1", _STEPS,
               "ΔW45 = lr * (T - Y) * Y * (1 - Y) * Y4", ((C,),), (Twin("step", "W2[0,1]", (_STEP45,)),)),
        Public("step-delta-wrong-input", "test", "sigmoid-2-2-1", _STEPS,
               "δW35 = lr * (T - Y) * Y * (1 - Y) * Y4", ((W,),),
               (Twin("step", "W2[0,0]", ("-(eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[1])",)),)),
        Public("step-in-an-update", "test", "sigmoid-2-2-1", _STEPS, "W35_new = W35 + δW35", ((C,),),
               (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),)),
        Public("step-in-a-wrong-update", "test", "sigmoid-2-2-1", _STEPS, "W35_new = W35 - δW35", ((W,),),
               (Twin("update", "W2[0,0]", ("W2[0,0] + eta*grad",)),)),
        Public("step-d-glued", "test", "sigmoid-2-2-1", _STEPS, "dW4 = lr * (T - Y) * Y * (1 - Y) * Y4", ((C,),),
               (Twin("step", "W2[0,1]", (_STEP45,)),)),
        Public("step-tex-rule", "test", "sigmoid-2-2-1", _STEPS_TEX,
               r"$\delta w_{j} = \eta (t - y) y (1 - y) y_j$", ((C,),),
               (Twin("step", "W2[0,{j}]", ("-(eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}])",), _J2),),
               param="W2[0,j]"),
        # ---- X(i, :): the sample's row of a data matrix ---------------------------------------------------------
        Public("matlab-row-transposed", "test", "sigmoid-2-2-1", _MATLAB, "a1 = sigmoid(W1 * X(i, :)' + b1);",
               ((C,),), (Twin("value", "a1[{j}]", (_A1,), _J2),)),
        Public("matlab-row-wrong-sign", "test", "sigmoid-2-2-1", _MATLAB, "a1 = sigmoid(W1 * X(i, :)' - b1);",
               ((W,),), (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] - b1[{j}])",), _J2),)),
        Public("numpy-row-of-a-named-row", "test", "sigmoid-2-2-1", _NUMPY, "h = sigmoid(np.dot(X[i, :], W1) + b1)",
               ((C,),), (Twin("value", "a1[{j}]", (_A1,), _J2),)),
        Public("numpy-row-of-a-declared-matrix", "test", "sigmoid-2-2-1", _NUMPY_DECLARED,
               "h = sigmoid(np.dot(X[n], W1) + b1)", ((C,),), (Twin("value", "a1[{j}]", (_A1,), _J2),)),
        Public("numpy-row-slip", "test", "sigmoid-2-2-1", _NUMPY_DECLARED,
               "h = sigmoid(np.dot(X[n, :], W1))", ((W,),),
               (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _loaded(text: str):
    return notation_from_table(tomllib.loads(text)["notation"], "<test>")


# ---- loss derivatives: refusals ----------------------------------------------------------------------------------

def test_a_helper_declared_of_another_loss_is_refused_naming_both():
    """mse' on a problem of the half squared error: the helper's 2 (a - y) / n is not the problem's derivative."""
    notation = _NIELSEN.replace("half_squared_error' by output", "mse' by output")
    refusal = CHECKS.refused("sigmoid-2-2-2", notation, "delta = cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])")
    assert "mean_squared_error" in refusal and "the problem's loss is half_squared_error" in refusal


def test_a_helper_by_the_sum_of_an_output_neither_fused_nor_entrywise_is_refused():
    notation = _SOFTMAX_LIBRARY.replace("cross_entropy'", "half_squared_error'")
    refusal = CHECKS.refused("softmax-2-3-squared", notation, "delta1 = common.d_softmax_with_loss(label, prob)")
    assert "by the output's sum" in refusal and "softmax" in refusal


def test_a_helper_called_with_one_argument_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _NIELSEN, "delta = cost_derivative(activations[-1]) * sigmoid_prime(zs[-1])")
    assert "with 1 argument(s)" in refusal


def test_an_undeclared_helper_stays_refused():
    notation = _REGRESSION_LIBRARY.replace(
        'functions = { "functions.d_mean_squared_error" = "half_squared_error\' by output(target, prediction)" }\n', "")
    refusal = CHECKS.refused("linear-2-2", notation, "delta1 = functions.d_mean_squared_error(d, pred)")
    assert "functions.d_mean_squared_error" in refusal


@pytest.mark.parametrize("meaning, message", [
    ("half_squared_error' by output(target, target)", "names the target twice"),
    ("hinge' by output(target, prediction)", "no loss backprop knows"),
    ("half_squared_error' by output(target)", "no loss's derivative as a table writes one"),
])
def test_a_malformed_loss_derivative_is_refused_by_the_loader(meaning, message):
    with pytest.raises(FormulaError, match=message):
        _loaded(f'[notation]\nfunctions = {{ cost_derivative = "{meaning}" }}\n')


def test_a_loss_derivative_declared_on_one_letter_is_refused_by_the_loader():
    with pytest.raises(FormulaError, match="code name of two characters"):
        _loaded('[notation]\nfunctions = { d = "half_squared_error\' by output(target, prediction)" }\n')


# ---- δW35: refusals and loading ----------------------------------------------------------------------------------

def test_delta_apart_from_the_weight_stays_the_error():
    """δ W35 (apart): the error δ times W35, which the notation does not name; never the declared step."""
    refusal = CHECKS.refused("sigmoid-2-2-1", _STEPS, "δ W35 = lr * (T - Y) * Y * (1 - Y) * Y3")
    assert "\\delta" in refusal


def test_an_undeclared_step_name_is_refused():
    """δW45 where the notation names ΔW45 only: δ is the error, never read as Δ."""
    refusal = CHECKS.refused("sigmoid-2-2-1", _STEPS, "δW45 = lr * (T - Y) * Y * (1 - Y) * Y4")
    assert "\\delta" in refusal


@pytest.mark.parametrize("pattern, base, sub", [
    ("δW35", "\\delta W", "35"), ("ΔW35", "\\Delta W", "35"), ("\\\\delta W35", "\\delta W", "35"),
    ("\\\\Delta W_{35}", "\\Delta W", "35"), ("δW", "\\delta W", ""), ("\\\\Delta w_5", "\\Delta w", "5"),
])
def test_step_names_load_as_one_symbol(pattern, base, sub):
    pattern_loaded = _loaded(f'[notation]\n[notation.symbols]\n"{pattern}" = "-eta*grad(W2[0, 0])"\n').patterns[0]
    assert (pattern_loaded.base, pattern_loaded.sub) == (base, sub)


# ---- X(i, :): refusals and loading -------------------------------------------------------------------------------

def test_a_numbered_row_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-1", _MATLAB, "a1 = sigmoid(W1 * X(2, :)' + b1);")
    assert "numbered row" in refusal


def test_a_row_of_a_matrix_the_notation_names_as_a_column_is_refused():
    notation = _MATLAB.replace('"X(i, :)" = "x[:].T"', '"X" = "x[:]"')
    refusal = CHECKS.refused("sigmoid-2-2-1", notation, "a1 = sigmoid(W1 * X(i, :)' + b1);")
    assert "data matrix" in refusal


def test_a_data_matrix_row_whose_index_the_meaning_uses_is_refused_by_the_loader():
    with pytest.raises(FormulaError, match="data matrix's row"):
        _loaded('[notation]\nindices = "i"\n[notation.symbols]\n"X(i, :)" = "x[i]"\n')
