"""The vocabulary of derivatives batches 19 and 20 of the public formulas showed missing, each written as another
author would (other names, other networks than the pages'): the derivative operator with nothing after it as
a whole left side (``\\frac{\\partial}{\\partial k} = ...``, plain ``d/dc = ...``) and plain text's operator ``d/do``
before what it differentiates; a prime on a name written without its argument (the notation's function,
``\\psi'``, and the loss, ``Q'``); a function the notation names with its layer in brackets (``h[2]'(z[2])``);
three vectors with ``\\cdot`` (refused, the shapes not deciding); and code's derivative of a loss,
``mse_prime(v, o)``. Each case is judged right where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LINEAR_2_2, LINEAR_2_3_MSE, SIGMOID_2_3, SIGMOID_2_3_TANH_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

_DATA = '[data]\nx = [[0.7, -1.3]]\ny = [[0.4, -0.2]]\n'
NETWORKS = {
    # a line k u + c through one input, the squared error (dQ/dk = 2(ku + c - v)u): one weight, and a bias
    "line": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\n[loss]\nname = "squared_error"\n'
            '[data]\nx = [[1.5]]\ny = [[0.25]]\n',
    "tanh-unit": TANH_2_1,
    # two tanh layers: which layer's z a bare \psi' is at is not said
    "two-tanh": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n[[layer]]\nunits = 1\nactivation = "tanh"\n'
                '[loss]\nname = "half_squared_error"\n',
    # a sigmoid hidden layer then a tanh output of two, the half squared error
    "sigmoid-tanh": SIGMOID_2_3_TANH_2 + _DATA,
    "sigmoid-three": SIGMOID_2_3,
    "linear-two": LINEAR_2_2,
    "linear-three": LINEAR_2_3_MSE,
}
CHECKS = CaseChecks(NETWORKS)

_LINE = r'''
[notation]
loss = ["Q"]
[notation.symbols]
"k" = "W1[0, 0]"
"c" = "b1[0]"
"u" = "x[0]"
"v" = "y[0]"
"o" = "a1[0]"
'''
_TANH = r'''
[notation]
functions = { "\\psi" = "tanh" }
loss = ["Q"]
[notation.symbols]
"q_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"o" = "a1[0]"
'''
_LAYERS = r'''
[notation]
indices = "l"
loss = ["E"]
functions = { "h[2]" = "tanh" }
[notation.symbols]
"y" = "y[:]"
"z[l]" = "z{l}[:]"
"a[l]" = "a{l}[:]"
"dz[l]" = "grad(z{l}[:])"
'''
_VECTORS = r'''
[notation]
[notation.symbols]
"o" = "a1[:]"
"v" = "y[:]"
"s" = "z1[:]"
'''
# rows as NumPy notes write them: V input-first (g @ V), g the input row, u the pre-activation row
_ROWS = r'''
[notation]
[notation.symbols]
"V_{ij}" = "W1[j-1, i-1]"
"g" = "x[:]"
"u" = "z1[:]"
'''
_K2 = ({"k": 0}, {"k": 1})
_KI = tuple({"k": k, "i": i} for k in range(2) for i in range(2))
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_DQ_DK = "2*(W1[0,0]*x[0] + b1[0] - y[0])*x[0]"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member, target in (
            # the operator alone as the whole left side: the loss's derivative
            ("lone-operator", r"\frac{\partial}{\partial k} = 2 (k u + c - v) u", C, _DQ_DK, "W1[0,0]"),
            ("lone-operator-no-u", r"\frac{\partial}{\partial k} = 2 (k u + c - v)", W,
             "2*(W1[0,0]*x[0] + b1[0] - y[0])", "W1[0,0]"),
            ("lone-plain-operator", "d/dc = 2(k u + c - v)", C, "2*(W1[0,0]*x[0] + b1[0] - y[0])", "b1[0]"),
            ("lone-plain-operator-u", "d/dc = 2(k u + c - v) u", W, _DQ_DK, "b1[0]"),
            # the loss with a prime: its derivative by the line's one weight
            ("loss-prime", "Q' = 2((k u + c) - v) u", C, _DQ_DK, "W1[0,0]"),
            ("loss-prime-half", "Q' = ((k u + c) - v) u", W, "(W1[0,0]*x[0] + b1[0] - y[0])*x[0]", "W1[0,0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "line", _LINE, text, ((verdict,),),
                            (Twin("gradient", target, (member,)),)))
    for key, text, verdict, member in (
            # plain text's operator before what it differentiates, here not the loss
            ("plain-operator", "d/do (o - v)^2 = 2(o - v)", C, "2*(a1[0] - y[0])"),
            ("plain-operator-sign", "d/do (o - v)^2 = 2(v - o)", W, "2*(y[0] - a1[0])")):
        cases.append(Public(f"{key}-{verdict}", "test", "line", _LINE, text, ((verdict,),),
                            (Twin("value", "2*(a1[0] - y[0])", (member,)),)))
    for key, text, verdict, member in (
            # the notation's function with a prime and no argument: at the z of the one tanh layer
            ("function-prime", r"\frac{\partial o}{\partial q_2} = \psi' x_2", C, "(1 - tanh(z1[0])**2)*x[1]"),
            ("function-prime-other-input", r"\frac{\partial o}{\partial q_2} = \psi' x_1", W,
             "(1 - tanh(z1[0])**2)*x[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", _TANH, text, ((verdict,),),
                            (Twin("value", "(1 - tanh(z1[0])**2)*x[1]", (member,)),)))
    for key, text, verdict, member in (
            # a function named with its layer in brackets, Ng's plain g[1]'(z[1])
            ("bracketed-function", "dz[2] = (a[2] - y) .* h[2]'(z[2])", C,
             "(a2[{k}] - y[{k}])*(1 - tanh(z2[{k}])**2)"),
            ("bracketed-function-unprimed", "dz[2] = (a[2] - y) .* h[2](z[2])", W, "(a2[{k}] - y[{k}])*tanh(z2[{k}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-tanh", _LAYERS, text, ((verdict,),),
                            (Twin("gradient_z", "z2[{k}]", (member,), _K2),)))
    for key, text, verdict, member in (
            # \odot between three vectors reads (three with \cdot are refused, below)
            ("entrywise-three", r"\frac{\partial E}{\partial s} = (o - v) \odot o \odot (1 - o)", C,
             "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])"),
            ("entrywise-three-no-slope", r"\frac{\partial E}{\partial s} = (o - v) \odot o", W,
             "(a1[{k}] - y[{k}])*a1[{k}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-three", _VECTORS, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{k}]", (member,), _K3),)))
    for key, text, verdict, member in (
            # the input row transposed times the error row: their outer product, the one reading of the left side's
            # shape (as columns, g^T times dE/du is a number)
            ("rows-outer", "dE/dV = g^T * dE/du", C, "x[{i}]*(z1[{k}] - y[{k}])"),
            ("rows-outer-doubled", "dE/dV = 2 * g^T * dE/du", W, "2*x[{i}]*(z1[{k}] - y[{k}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-two", _ROWS, text, ((verdict,),),
                            (Twin("gradient", "W1[{k},{i}]", (member,), _KI),)))
    for key, text, verdict, member in (
            # code's derivative of a loss: the registry's mean squared error, 2(o - v)/3 over three outputs
            ("mse-prime", "dE/ds = mse_prime(v, o)", C, "2*(a1[{k}] - y[{k}])/3"),
            ("mse-prime-swapped", "dE/ds = mse_prime(o, v)", W, "2*(y[{k}] - a1[{k}])/3"),
            ("mse-prime-undivided", "dE/ds = mse_prime(v, o) = o - v", W, "a1[{k}] - y[{k}]")):
        members = (member,) if "undivided" not in key else ("2*(a1[{k}] - y[{k}])/3", member)
        expected = ((verdict,),) if "undivided" not in key else ((C, W),)
        cases.append(Public(f"{key}-{verdict}", "test", "linear-three", _VECTORS, text, expected,
                            (Twin("gradient_z", "z1[{k}]", members, _K3),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_lone_operator_anywhere_but_the_whole_left_side_is_refused():
    """``u = \\frac{\\partial}{\\partial k}`` and ``d/dk`` at a formula's end differentiate nothing that is said."""
    for text in (r"u = \frac{\partial}{\partial k}", "c = d/dk"):
        message = _refusal("line", _LINE, text)
        assert "the derivative operator has nothing after it to differentiate" in message
        assert r"\frac{\partial L}{\partial w}" in message


def test_a_bare_primed_function_where_several_layers_have_it_is_refused():
    """Two tanh layers: \\psi' at which layer's z is a guess, so it is refused, saying to write its argument."""
    notation = _TANH.replace('"q_{i}" = "W1[0, i-1]"', '"q_{i}" = "W2[0, i-1]"').replace('"o" = "a1[0]"',
                                                                                         '"o" = "a2[0]"')
    message = _refusal("two-tanh", notation, r"\frac{\partial o}{\partial q_2} = \psi' x_2")
    assert "2 layers of the network have" in message and r"\psi'(z)" in message


def test_the_loss_with_a_prime_on_a_network_of_several_weights_is_refused_naming_its_derivative():
    message = _refusal("tanh-unit", _TANH, "Q' = (o - 1) x_1")
    assert "more than one" in message and "dQ/dw" in message


def test_three_vectors_with_cdot_are_refused_saying_to_write_odot():
    """The inner product of two of them times the third and their entrywise product both have the left side's
    shape and differ: neither is taken, and the message names \\odot and the derivative factor as written."""
    message = _refusal("sigmoid-three", _VECTORS,
                       r"\frac{\partial E}{\partial s} = \frac{\partial E}{\partial o} \cdot o \cdot (1 - o)")
    assert r"write \odot for their entrywise product" in message and "dE/do" in message
    assert "deriv " not in message


def test_a_loss_derivative_with_other_than_two_arguments_is_refused_saying_how_to_write_it():
    for text in ("dE/ds = mse_prime(o)", "dE/ds = mse_prime(v, o, v)"):
        message = _refusal("linear-three", _VECTORS, text)
        assert "mse_prime(y_true, y_pred)" in message and "argument(s)" in message
