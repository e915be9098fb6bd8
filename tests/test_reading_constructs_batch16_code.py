"""The Octave and NumPy code constructs batch 16 of the public formulas showed missing, each written as another
author would (other names, other networks than the pages'): Octave's transpose ``'`` after an array's name and after
a parenthesis (``V2' * E2``, ``(P)'``), its entrywise power ``.^`` (glued or spaced) beside ``.*``; NumPy's
``np.dot(u, v)``, ``np.matmul`` and ``u.dot(v)``; an activation's derivative as code names it, ``sigmoid_prime(u)``,
``tanh_prime(u)``; code's ``sum(u)`` of a one-unit layer, Octave's ``sum(u, d)`` with its dimension counted from 1
in a row Octave marks, and NumPy's ``keepdims``. Each case is judged right where the formula is right and wrong
where one thing is changed; what stays a guess is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import TANH_3_2_SIGMOID_1_BCE
from public_formulas import C, W, Public
from public_formulas_batch10_tables import TANH_SLOPE, deltas
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

NETWORKS = {
    "octave": TANH_3_2_SIGMOID_1_BCE,
    # one sigmoid unit on 3 inputs without a bias, the squared error with its 1/2
    "unit": '[[layer]]\ninputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
            '[loss]\nname = "half_squared_error"\n',
}
CHECKS = CaseChecks(NETWORKS)
_problem, _check = CHECKS.problem, CHECKS.verdicts

# an Octave function's names, a column per example: E the deltas dL/dz, G the weights' gradients, c the biases'
_OCTAVE = r'''
[notation]
indices = "jk"
[notation.symbols]
"P_{k}" = "x[k]"
"T_{j}" = "y[j]"
"V1_{jk}" = "W1[j, k]"
"V2_{jk}" = "W2[j, k]"
"Z1_{j}" = "z1[j]"
"H1_{j}" = "a1[j]"
"H2_{j}" = "a2[j]"
"E2_{j}" = "grad(z2[j])"
"E1_{j}" = "grad(z1[j])"
"G2_{jk}" = "grad(W2[j, k])"
"G1_{jk}" = "grad(W1[j, k])"
"c2_{j}" = "grad(b2[j])"
"c1_{j}" = "grad(b1[j])"
"m" = "1"
'''
# NumPy code's names for one unit: err the error y - out, err_term the lowercase delta (y - out) f'(h)
_NUMPY = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"inputs[i]" = "x[i]"
"weights[i]" = "W1[0, i]"
"target" = "y[0]"
"out" = "a1[0]"
"err" = "y[0] - a1[0]"
"err_term" = "-delta1[0]"
'''
_D = deltas((2, 1), "a2[{j}] - y[{j}]", TANH_SLOPE)
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
_NET = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"


def _octave_cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            # the transpose after a name, before * (the page's W2'* dZ2) and at the statement's end
            ("name-transpose", "G2 = E2 * H1';", C, Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K2)),
            ("name-transpose-changed", "G2 = E2 * (1 - H1)';", W,
             Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*(1 - a1[{k}])",), _K2)),
            # the transpose after a parenthesis, and .^ inside it
            ("parenthesis-transpose", "G1 = (1/m) * (E1*(P)');", C,
             Twin("gradient", "W1[{j},{k}]", ("{m}*x[{k}]",), tuple({**b, "m": _D[1][b["j"]]} for b in _JK))),
            ("parenthesis-transpose-changed", "G1 = (1/m) * (E1*(P.^2)');", W,
             Twin("gradient", "W1[{j},{k}]", ("{m}*x[{k}]**2",), tuple({**b, "m": _D[1][b["j"]]} for b in _JK))),
            # W' times the output's delta, .* the tanh's slope written with .^ (glued and spaced)
            ("entrywise-power", "E1 = (V2' * E2) .* (1 - H1.^2);", C,
             Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)",), _J2)),
            ("entrywise-power-spaced", "E1 = (V2'*E2) .* (1 - H1 .^ 2);", C,
             Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)",), _J2)),
            ("entrywise-power-changed", "E1 = (V2' * E2) .* (1 - H1.^3);", W,
             Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**3)",), _J2)),
            # the code name of the tanh's derivative at the pre-activation, and at the activation (wrong)
            ("tanh-prime", "E1 = (V2' * E2) .* tanh_prime(Z1);", C,
             Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - np.tanh(z1[{j}])**2)",), _J2)),
            ("tanh-prime-of-activation", "E1 = (V2' * E2) .* tanh_prime(H1);", W,
             Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - np.tanh(a1[{j}])**2)",), _J2)),
            # code's sum of the one output's delta, and Octave's sum over the examples, dimension 2
            ("sum-one-unit", "c2 = (1/m) * sum(E2);", C, Twin("gradient", "b2[0]", ("a2[0] - y[0]",))),
            ("sum-one-unit-changed", "c2 = (1/m) * sum(E2 .* H2);", W,
             Twin("gradient", "b2[0]", ("(a2[0] - y[0])*a2[0]",))),
            ("octave-dimension-2", "c1 = (1/m) * sum(E1, 2);", C,
             Twin("gradient", "b1[{j}]", ("{m}",), tuple({"j": j, "m": _D[1][j]} for j in range(2)))),
            ("octave-dimension-2-changed", "c1 = (2/m) * sum(E1, 2);", W,
             Twin("gradient", "b1[{j}]", ("2*{m}",), tuple({"j": j, "m": _D[1][j]} for j in range(2)))),
            # NumPy's, without a mark of Octave: axis 1, also with keepdims
            ("numpy-axis-1", "c1 = (1/m) * sum(E1, 1)", C,
             Twin("gradient", "b1[{j}]", ("{m}",), tuple({"j": j, "m": _D[1][j]} for j in range(2)))),
            ("numpy-keepdims", "c1 = np.sum(E1, axis=1, keepdims=True) / m", C,
             Twin("gradient", "b1[{j}]", ("{m}",), tuple({"j": j, "m": _D[1][j]} for j in range(2))))):
        cases.append(Public(f"{key}-{verdict}", "test", "octave", _OCTAVE, text, ((verdict,),), (twin,)))
    return cases


def _numpy_cases() -> list[Public]:
    cases = []
    out = f"sigmoid({_NET})"
    for key, text, verdict, member in (
            ("dot", "out = sigmoid(np.dot(inputs, weights))", C, out),
            ("dot-changed", "out = sigmoid(np.dot(inputs, inputs))", W, "sigmoid(x[0]**2 + x[1]**2 + x[2]**2)"),
            ("method-dot", "out = sigmoid(weights.dot(inputs))", C, out),
            ("matmul", "out = sigmoid(np.matmul(weights, inputs))", C, out),
            ("matmul-changed", "out = sigmoid(np.matmul(weights, inputs) + 1)", W, f"sigmoid({_NET} + 1)")):
        cases.append(Public(f"{key}-{verdict}", "test", "unit", _NUMPY, text, ((verdict,),),
                            (Twin("value", "a1[0]", (member,)),)))
    for key, text, verdict, member in (
            ("sigmoid-prime", "err_term = err * sigmoid_prime(np.dot(inputs, weights))", C,
             f"(y[0] - a1[0])*{out}*(1 - {out})"),
            ("sigmoid-prime-of-output", "err_term = err * sigmoid_prime(out)", W,
             "(y[0] - a1[0])*sigmoid(a1[0])*(1 - sigmoid(a1[0]))")):
        cases.append(Public(f"{key}-{verdict}", "test", "unit", _NUMPY, text, ((verdict,),),
                            (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", (member,)),)))
    return cases


CASES = _octave_cases() + _numpy_cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


# Octave's sum over the hidden units, dimension 1 or none (the page's db1 = (1/m) * sum(dZ1)): wrong by the oracle
# (every entry of c1 the sum of both deltas), a number where c1 is a vector, refused for its shape, never correct
_OVER_UNITS = Twin("gradient", "b1[{j}]", (" + ".join(_D[1]),), _J2)


@pytest.mark.parametrize("text", ["c1 = (1/m) * sum(E1);", "c1 = (1/m) * sum(E1, 1);"])
def test_octaves_sum_over_the_units_is_never_called_correct(text):
    case = Public("over-units", "test", "octave", _OCTAVE, text, ((W,),), (_OVER_UNITS,))
    assert oracle_verdicts(case, _problem(case)) == ((W,),)
    message = CHECKS.refusal(case)
    assert "where the left side is" in message


def test_the_same_sum_reads_numpys_axis_without_a_mark_of_octave():
    """sum(E1, 1) is NumPy's axis 1 (the examples) unless the row is Octave's: the ; at the end makes it
    dimension 1 (the units), refused above; the same text without it reads correct (numpy-axis-1)."""
    octave = Public("octave", "test", "octave", _OCTAVE, "c1 = (1/m) * sum(E1, 1);")
    numpy = Public("numpy", "test", "octave", _OCTAVE, "c1 = (1/m) * sum(E1, 1)")
    assert "1 x 1 where the left side is 2 x 1" in CHECKS.refusal(octave)
    assert _check(numpy) == ((C,),)
    unmarked = CHECKS.refusal(Public("dimension", "test", "octave", _OCTAVE, "c1 = (1/m) * sum(E1, 2)"))
    assert "an axis that is not 0 or 1" in unmarked and "Octave's sum(u, 2) is read where" in unmarked


def test_a_derivative_named_sigmoid_derivative_is_refused_with_what_to_write():
    """Code writes sigmoid_derivative(u) for the derivative at the input and at the output (x * (1 - x)):
    which one is a guess that could call a wrong formula correct."""
    message = CHECKS.refusal(Public("derivative", "test", "unit", _NUMPY,
                                    "err_term = err * sigmoid_derivative(np.dot(inputs, weights))"))
    # (judged at the input and at the output since fixnames, refused where the two readings differ, as here)
    assert "sigmoid_derivative(u) reads as sigmoid's derivative at its input (u = z) or at its output (u = a)" in message
    assert "write sigmoid'(z)" in message


def test_a_prime_after_a_parenthesis_of_a_number_is_refused():
    """(1 - out)' is a number: the transpose changes nothing, and the prime may be a derivative."""
    message = CHECKS.refusal(Public("prime", "test", "unit", _NUMPY, "err_term = (1 - out)' * err"))
    assert "a prime after a parenthesis is read only as Octave's transpose" in message


def test_a_sum_of_a_matrix_is_refused():
    """Octave's sum(V1) adds each column, NumPy's np.sum every entry: no reading without the dimension."""
    message = CHECKS.refusal(Public("matrix", "test", "octave", _OCTAVE, "c1 = sum(V1) * H1"))
    assert "sum(u) of a 2 x 3 matrix" in message


def test_a_prime_keeps_its_other_readings():
    """Not a transpose: tanh'(Z1) the derivative, the primed name of a number (a parameter's new value, the
    learning rule's left side) as before."""
    derivative = Public("derivative", "test", "octave", _OCTAVE, "E1 = (V2' * E2) .* tanh'(Z1);")
    assert _check(derivative) == ((C,),)
    new_value = Public("new", "test", "unit", _NUMPY, "weights[0]' = weights[0] + lr * err_term * inputs[0]")
    legacy = Public("old", "test", "unit", _NUMPY, "weights[0] := weights[0] + lr * err_term * inputs[0]")
    assert _check(new_value) == _check(legacy)


def test_a_function_pasted_whole_is_octaves_on_every_line():
    """Each statement's ; dropped; a line without a mark of its own (sum(E1, 1) at the end, without its ;) is
    Octave's where another line marks the formula as Octave's: dimension 1, the units, never called correct."""
    function = Public("function", "test", "octave", _OCTAVE, "E2 = H2 - T;\nc1 = (1/m) * sum(E1, 2);\nG2 = E2 * H1';",
                      ((C,), (C,), (C,)),
                      (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),
                       Twin("gradient", "b1[{j}]", ("{m}",), tuple({"j": j, "m": _D[1][j]} for j in range(2))),
                       Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K2)))
    assert oracle_verdicts(function, _problem(function)) == _check(function) == function.expected
    unmarked = Public("unmarked", "test", "octave", _OCTAVE, "E2 = H2 - T;\nc1 = (1/m) * sum(E1, 1)")
    assert "1 x 1 where the left side is 2 x 1" in CHECKS.refusal(unmarked)


def test_a_prime_after_a_number_without_another_reading_is_refused():
    """out is a number (one unit): out' is no transpose of an array, and may be a derivative."""
    message = CHECKS.refusal(Public("number", "test", "unit", _NUMPY, "err_term = err * out' * 2"))
    assert "a prime after a name is read as Octave's transpose only of a vector or matrix" in message
