"""Ng-style plain text that held-out batches 25 and 26 showed missing, each written as another author would (other
names, other networks than the pages'): a layer in plain brackets on a name the notation lists layer by layer
(``dZ[2]`` for ``"dZ^{[2]}"``) and a function named with its layer (``f[1]'(Z[1])``); Octave's prime as the
transpose (``dZ[2] A[1]'``); Leibniz's ``dp/ds`` between two names the notation also gives as gradients (``dp``,
``ds``); a parameter's new or old value with the word in parentheses (``v_{2}(new)``); and a function the notation
names applied to a number (``F(0.4)``), a member of numbers. Each case is judged right where the formula is right and
wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, TANH_3_2_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

NETWORKS = {
    "tanh-sigmoid": TANH_3_2_SIGMOID_1_BCE,
    "sigmoid-unit": LOGISTIC_2,
    # one linear unit, weights 0.5 and -0.3, bias 0.1, at x = (1, 2), y = 0.2, rate 0.1: z = 0, dE/dz = -0.2,
    # dE/dv_1 = -0.2, dE/dv_2 = -0.4; the new weights 0.52 and -0.26
    "linear-numbers": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "identity"\nweights = [[0.5, -0.3]]\n'
                      'biases = [0.1]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[1.0, 2.0]]\ny = [[0.2]]\n'
                      '[update]\nlearning_rate = 0.1\n',
    # two inputs, two sigmoid units, weights given: z1 = (0.4, -0.2) at x = (1, 1) with no bias
    "sigmoid-numbers": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                       'weights = [[0.1, 0.3], [-0.5, 0.3]]\n[loss]\nname = "half_squared_error"\n'
                       '[data]\nx = [[1.0, 1.0]]\ny = [[0.0, 1.0]]\n',
}
CHECKS = CaseChecks(NETWORKS)
_problem, _check = CHECKS.problem, CHECKS.verdicts

# the notation lists each layer as a number, Ng's way (no layer letter): "dZ^{[2]}", "A^{[1]}"
_NG = r'''
[notation]
functions = { "f^{[1]}" = "tanh" }
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W^{[2]}" = "W2[:, :]"
"Z^{[1]}" = "z1[:]"
"A^{[1]}" = "a1[:]"
"A^{[2]}" = "a2[:]"
"dZ^{[1]}" = "grad(z1[:])"
"dZ^{[2]}" = "grad(z2[:])"
"dW^{[1]}" = "grad(W1[:, :])"
"dW^{[2]}" = "grad(W2[:, :])"
'''
# Ng's logistic unit with other letters: p its output, s its input, dp and ds their gradients, J the loss
_LEIBNIZ = r'''
[notation]
loss = ["J"]
[notation.symbols]
"p" = "a1[0]"
"s" = "z1[0]"
"dp" = "grad(a1[0])"
"ds" = "grad(z1[0])"
'''
_LINEAR = r'''
[notation]
loss = ["E"]
[notation.symbols]
"v_{i}" = "W1[0, i-1]"
"u_{i}" = "x[i-1]"
"o" = "a1[0]"
"t" = "y[0]"
'''
_SIGMOID_F = r'''
[notation]
functions = { F = "sigmoid" }
[notation.symbols]
"h_{i}" = "a1[i-1]"
"n_{i}" = "z1[i-1]"
'''
_J2 = ({"j": 0}, {"j": 1})
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
_DZ2 = "a2[0] - y[0]"
_DZ1 = f"W2[0,{{j}}]*({_DZ2})*(1 - tanh(z1[{{j}}])**2)"
_DJ_DP = "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            # plain brackets for the notation's numbered layers
            ("plain-layer", "dZ[2] = A[2] - Y", C, Twin("gradient_z", "z2[0]", (_DZ2,))),
            ("plain-layer-sign", "dZ[2] = Y - A[2]", W, Twin("gradient_z", "z2[0]", ("y[0] - a2[0]",))),
            # Octave's prime, the transpose, after a bracketed layer
            ("octave-transpose", "dW[2] = dZ[2] A[1]'", C,
             Twin("gradient", "W2[0,{j}]", (f"({_DZ2})*a1[{{j}}]",), _J2)),
            ("octave-transpose-z", "dW[2] = dZ[2] Z[1]'", W,
             Twin("gradient", "W2[0,{j}]", (f"({_DZ2})*z1[{{j}}]",), _J2)),
            # W[2]' the transpose, f[1]'(Z[1]) the derivative of the function the notation names f^{[1]}
            ("layer-function-prime", "dZ[1] = W[2]' * dZ[2] .* f[1]'(Z[1])", C,
             Twin("gradient_z", "z1[{j}]", (_DZ1,), _J2)),
            ("layer-function-unprimed", "dZ[1] = W[2]' * dZ[2] .* f[1](Z[1])", W,
             Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*({_DZ2})*tanh(z1[{{j}}])",), _J2)),
            ("input-transpose", "dW[1] = dZ[1] * X'", C, Twin("gradient", "W1[{j},{k}]", (f"{_DZ1}*x[{{k}}]",), _JK)),
            ("input-transpose-doubled", "dW[1] = 2 * dZ[1] * X'", W,
             Twin("gradient", "W1[{j},{k}]", (f"2*{_DZ1}*x[{{k}}]",), _JK))):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _NG, text, ((verdict,),), (twin,)))
    for key, text, expected, twin in (
            # Leibniz's quotient between the notation's quantities: the derivative
            ("leibniz", "dp/ds = p(1 - p)", ((C,),), Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",))),
            ("leibniz-no-slope", "dp/ds = p", ((W,),), Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]",))),
            ("leibniz-chain", "dJ/ds = dJ/dp * dp/ds", ((C,),),
             Twin("gradient_z", "z1[0]", (f"{_DJ_DP}*a1[0]*(1 - a1[0])",))),
            ("leibniz-chain-extra", "dJ/ds = dJ/dp * dp/ds * p", ((W,),),
             Twin("gradient_z", "z1[0]", (f"{_DJ_DP}*a1[0]*(1 - a1[0])*a1[0]",))),
            # the quotient of the two gradients, written with parentheses: (dJ/dp)/(dJ/ds) = 1/(p(1 - p))
            ("gradient-quotient", "(dp)/(ds) = 1/(p(1 - p))", ((C,),),
             Twin("value", f"{_DJ_DP}/(a1[0] - y[0])", ("1/(a1[0]*(1 - a1[0]))",))),
            ("gradient-quotient-inverted", "(dp)/(ds) = p(1 - p)", ((W,),),
             Twin("value", f"{_DJ_DP}/(a1[0] - y[0])", ("a1[0]*(1 - a1[0])",)))):
        cases.append(Public(f"{key}", "test", "sigmoid-unit", _LEIBNIZ, text, expected, (twin,)))
    for key, text, expected, twin in (
            # the new value with the word in parentheses, as a rule and in numbers
            ("new-rule", r"v_{2}(new) = v_{2} - \eta \frac{\partial E}{\partial v_{2}}", ((C,),),
             Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",))),
            ("new-rule-plus", r"v_{2}(new) = v_{2} + \eta \frac{\partial E}{\partial v_{2}}", ((W,),),
             Twin("update", "W1[0,1]", ("W1[0,1] + eta*grad",))),
            ("new-numbers", r"v_{2}(new) = -0.3 - 0.1 \times (-0.4) = -0.26", ((C, C),),
             Twin("update", "W1[0,1]", ("=-0.3 - 0.1*(-0.4)", "=-0.26"))),
            ("new-numbers-sign", r"v_{2}(new) = -0.3 + 0.1 \times (-0.4) = -0.34", ((W, W),),
             Twin("update", "W1[0,1]", ("=-0.3 + 0.1*(-0.4)", "=-0.34"))),
            ("new-text", r"v_{1}(\text{new}) = 0.52", ((C,),), Twin("update", "W1[0,0]", ("=0.52",))),
            ("new-text-off", r"v_{1}(\text{new}) = 0.55", ((W,),), Twin("update", "W1[0,0]", ("=0.55",))),
            # the old value is the current one
            ("old", "v_{1}(old) = 0.5", ((C,),), Twin("value", "W1[0,0]", ("=0.5",))),
            ("old-new-value", "v_{1}(old) = 0.52", ((W,),), Twin("value", "W1[0,0]", ("=0.52",)))):
        cases.append(Public(key, "test", "linear-numbers", _LINEAR, text, expected, (twin,), param="W1[0,1]"
                            if "v_{2}" in text else "W1[0,0]"))
    for key, text, expected, twin in (
            # a bare name, the bias c: 0.1 + 0.1 x 0.2
            ("bare-new", "c(new) = c - eta * dE/dc = 0.12", ((C, C),),
             Twin("update", "b1[0]", ("b1[0] - eta*grad", "=0.12"))),
            ("bare-new-gradient-added", "c(new) = c + eta * dE/dc = 0.08", ((W, W),),
             Twin("update", "b1[0]", ("b1[0] + eta*grad", "=0.08"))),
            ("bare-old", "c(old) = 0.10", ((C,),), Twin("value", "b1[0]", ("=0.10",))),
            ("bare-old-new-value", "c(old) = 0.12", ((W,),), Twin("value", "b1[0]", ("=0.12",)))):
        cases.append(Public(key, "test", "linear-numbers", _LINEAR + '"c" = "b1[0]"\n', text,
                            expected, (twin,), param="b1[0]"))
    for key, text, expected, twin in (
            # the notation's function at a number: a member of numbers, sigmoid(0.4) = 0.5987
            ("function-at-number", r"h_1 = F(0.4) = \frac{1}{1 + e^{-0.4}} = 0.599", ((C, C, C),),
             Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.4))", "=1/(1 + np.exp(-0.4))", "=0.599"))),
            ("function-at-other-number", r"h_1 = F(-0.2) = 0.450", ((W, W),),
             Twin("value", "a1[0]", ("=1/(1 + np.exp(0.2))", "=0.450")))):
        cases.append(Public(key, "test", "sigmoid-numbers", _SIGMOID_F, text, expected, (twin,)))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
_refusal = CHECKS.refused


def test_a_bracket_the_notation_names_both_as_a_layer_and_as_an_index_is_refused():
    """``"W^{[2]}"`` beside ``"W_{2}"``: W[2] is the layer or the index; neither is guessed."""
    notation = _NG + '"W_{2}" = "W1[0, 1]"\n'
    message = _refusal("tanh-sigmoid", notation, "dZ[1] = W[2]' * dZ[2] .* f[1]'(Z[1])")
    assert "W[2]: the layer of W or its index, as the notation names both" in message
    assert "W^{[2]} or W_{2}" in message


def test_a_bracket_on_a_name_the_notation_indexes_by_subscript_is_the_index():
    """``"v_{i}"`` alone: v[2] is code's index, v_{2}, the second weight (dE/dv_2 = -0.4 at the file's numbers)."""
    for text, verdict in ((r"\frac{\partial E}{\partial v[2]} = -0.4", C), (r"\frac{\partial E}{\partial v[2]} = -0.2", W)):
        case = Public("index", "test", "linear-numbers", _LINEAR, text, ((verdict,),),
                      (Twin("gradient", "W1[0,1]", ("=" + text.split("= ")[1],)),))
        assert oracle_verdicts(case, _problem(case)) == case.expected
        assert _check(case) == case.expected


def test_a_prime_on_a_number_is_refused_not_read_as_a_transpose():
    """``(o - t)'``, ``o'`` for the one output: a number's transpose is itself, its derivative is not; neither is
    guessed."""
    message = _refusal("linear-numbers", _LINEAR, "dE/dv_1 = (o - t)' * u_1")
    assert "(o - t)' is a number" in message and "Octave's transpose of a vector or matrix" in message
    message = _refusal("linear-numbers", _LINEAR, "dE/dv_1 = (o - t) * o' * u_1")
    assert "o' is a number" in message and "transpose" in message


def test_a_notation_naming_a_symbol_d_keeps_the_leibniz_quotient_refused():
    """With a symbol d of its own, ``dp/ds`` is also d times p over d times s: refused, saying what to write."""
    notation = _LEIBNIZ + '"d" = "x[0]"\n'
    message = _refusal("sigmoid-unit", notation, "dp/ds = p(1 - p)")
    assert "reads two ways" in message and r"\frac{\partial ...}{\partial ...}" in message


def test_a_marker_after_a_name_with_both_scripts_is_refused_saying_what_to_write():
    """``v_{2}^{(1)}(new)``: no script is free to hold the marker; it is not guessed."""
    message = _refusal("linear-numbers", _LINEAR, "v_{2}^{(1)}(new) = 0.52", "W1[0,1]")
    assert "v_{2}^{(1)}(new), the new value of a name with both scripts" in message
    assert "write the update as v_{2}^{(1)} := ..." in message
