"""The numbers, sums and shapes batches 35 and 36 showed refused, each written as another author would (other names,
other networks than the pages'): a number where the left side is a vector that equals none of its entries (wrong
under every reading: as every entry's value and as any one entry's); an exact number for a left side whose true value
is a constant (a local derivative the notation names as 1), judged without the file's numbers; a sum ending in "and so
on" (``c + v_1 x_1 + v_2 x_2 + \\ldots``), its pattern continued to the last value its names reach; ``\\Sigma`` with
an index letter (``\\Sigma_j``, ``\\Sigma_{j=1}^{3}``) as the sum sign where the notation gives it no meaning.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3, SIGMOID_1_1, SIGMOID_3_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-three": LOGISTIC_3,
    "sigmoid-one": SIGMOID_1_1,
    # three inputs, two sigmoid units, the half squared error
    "sigmoid-3-2": SIGMOID_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# h the unit's output, v its weights (a vector), x the input vector, x_i an input, s the unit's sum, c its bias
_VECTOR = r'''
[notation]
[notation.symbols]
"h" = "a1[0]"
"v" = "W1[0, :]"
"x" = "x[:]"
"x_{1}" = "x[0]"
"s" = "z1[0]"
"c" = "b1[0]"
'''
_I2 = ({"i": 0}, {"i": 1})
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})
# code's names for local derivatives: ds_dc the sum's by the bias (the constant 1), ds_dv by the weight (the input)
_LOCAL = r'''
[notation]
[notation.symbols]
"s" = "z1[0]"
"c" = "b1[0]"
"v" = "W1[0, 0]"
"ds_{dc}" = "1"
"ds_{dv}" = "x[0]"
'''
# v_i the weights, x_i the inputs (from 1), c the bias, s the sum
_TERMS = r'''
[notation]
indices = "i"
[notation.symbols]
"s" = "z1[0]"
"c" = "b1[0]"
"v_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
'''
_S2 = "b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]"
_S3 = _S2 + " + W1[0,2]*x[2]"
# o_k the outputs, u_{kj} the weights, x_j the inputs, c_k the biases, t_k the targets, E the loss
_UNITS = r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"o_{k}" = "a1[k-1]"
"u_{kj}" = "W1[k-1, j-1]"
"x_{j}" = "x[j-1]"
"c_{k}" = "b1[k-1]"
"t_{k}" = "y[k-1]"
'''
_K2 = ({"k": 0}, {"k": 1})
_SUM_K = "W1[{k},0]*x[0] + W1[{k},1]*x[1] + W1[{k},2]*x[2]"


def _cases() -> list[Public]:
    cases = []
    for key, network, text, verdict, target, member, values in (
            # a number for the weights' vector that equals none of its entries: wrong as every entry's value and
            # as any one entry's (the input left out of dh/dv)
            ("number-for-vector-tanh", "tanh-two", r"\frac{\partial h}{\partial v} = 1 - h^2", W,
             "(1 - a1[0]**2)*x[{i}]", "1 - a1[0]**2", _I2),
            ("number-for-vector-sign", "tanh-two", r"\frac{\partial h}{\partial v} = 1 + h^2", W,
             "(1 - a1[0]**2)*x[{i}]", "1 + a1[0]**2", _I2),
            ("number-for-vector-sigmoid", "sigmoid-three", r"\frac{\partial h}{\partial v} = h (1 - h)", W,
             "a1[0]*(1 - a1[0])*x[{i}]", "a1[0]*(1 - a1[0])", _I3),
            # the vector written whole is read entry by entry, as before
            ("vector-for-vector", "tanh-two", r"\frac{\partial h}{\partial v} = (1 - h^2) x", C,
             "(1 - a1[0]**2)*x[{i}]", "(1 - a1[0]**2)*x[{i}]", _I2)):
        cases.append(Public(key, "test", network, _VECTOR, text, ((verdict,),),
                            (Twin("value", target, (member,), values),)))
    for key, text, verdict, member in (
            # a left side whose true value is a constant: the number is judged without the file's numbers
            ("constant-named", "ds_dc = 1", C, "1"),
            ("constant-named-arithmetic", "ds_dc = 2/2", C, "2/2"),
            ("constant-named-wrong", "ds_dc = 2", W, "2"),
            ("constant-named-zero", "ds_dc = 0", W, "0"),
            ("constant-derivative", r"\frac{\partial s}{\partial c} = 1", C, "1")):
        cases.append(Public(key, "test", "sigmoid-one", _LOCAL, text, ((verdict,),), (Twin("value", "1", (member,)),)))
    for key, network, text, verdict, target, member in (
            # "and so on": the pattern continued to the last input (three here), nothing added where the written
            # terms reach it (two)
            ("so-on-continued", "sigmoid-three", r"s = c + v_1 x_1 + v_2 x_2 + \ldots", C, "z1[0]", _S3),
            ("so-on-reached", "tanh-two", r"s = c + v_1 x_1 + v_2 x_2 + \ldots", C, "z1[0]", _S2),
            ("so-on-dots", "sigmoid-three", "s = c + v_1 x_1 + v_2 x_2 + ...", C, "z1[0]", _S3),
            ("so-on-full-stop", "sigmoid-three", "$$s = c + v_1 x_1 + v_2 x_2 + ....$$", C, "z1[0]", _S3),
            ("so-on-no-bias", "sigmoid-three", r"s = v_1 x_1 + v_2 x_2 + \cdots", W, "z1[0]",
             "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"),
            ("so-on-squared", "sigmoid-three", r"s = c + v_1 x_1^2 + v_2 x_2^2 + \ldots", W, "z1[0]",
             "b1[0] + W1[0,0]*x[0]**2 + W1[0,1]*x[1]**2 + W1[0,2]*x[2]**2"),
            ("so-on-negated", "sigmoid-three", r"s = c - v_1 x_1 - v_2 x_2 - \dots", W, "z1[0]",
             "b1[0] - W1[0,0]*x[0] - W1[0,1]*x[1] - W1[0,2]*x[2]"),
            ("so-on-inside", "sigmoid-three", r"h = \sigma(c + v_1 x_1 + v_2 x_2 + \ldots)", C, "a1[0]",
             f"sigmoid({_S3})")):
        notation = _TERMS + '"h" = "a1[0]"\n' if key == "so-on-inside" else _TERMS
        cases.append(Public(key, "test", network, notation, text, ((verdict,),), (Twin("value", target, (member,)),)))
    for key, text, verdict, target, member, values in (
            # \Sigma with its index letter: the sum sign, before a name as before a parenthesis
            ("sigma-letter", r"o_k = \sigma(\Sigma_j u_{kj} x_j + c_k)", C, "a1[{k}]", f"sigmoid({_SUM_K} + b1[{{k}}])",
             _K2),
            ("sigma-braced", r"o_k = \sigma(\Sigma_{j} u_{kj} x_j + c_k)", C, "a1[{k}]",
             f"sigmoid({_SUM_K} + b1[{{k}}])", _K2),
            ("sigma-range", r"o_k = \sigma(\Sigma_{j=1}^{3} u_{kj} x_j + c_k)", C, "a1[{k}]",
             f"sigmoid({_SUM_K} + b1[{{k}}])", _K2),
            ("sigma-short-range", r"o_k = \sigma(\Sigma_{j=1}^{2} u_{kj} x_j + c_k)", W, "a1[{k}]",
             "sigmoid(W1[{k},0]*x[0] + W1[{k},1]*x[1] + b1[{k}])", _K2),
            ("sigma-no-bias", r"o_k = \sigma(\Sigma_j u_{kj} x_j)", W, "a1[{k}]", f"sigmoid({_SUM_K})", _K2),
            ("sigma-loss", r"E = \frac{1}{2} \Sigma_{k=1}^{2} (t_k - o_k)^2", C,
             "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2", "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2", ()),
            ("sigma-loss-unhalved", r"E = \Sigma_{k=1}^{2} (t_k - o_k)^2", W,
             "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2", "(y[0] - a1[0])**2 + (y[1] - a1[1])**2", ())):
        twin = Twin("value", target, (member,), values) if values else Twin("value", target, (member,))
        cases.append(Public(key, "test", "sigmoid-3-2", _UNITS, text, ((verdict,),), (twin,)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_number_for_a_vector_says_the_shapes():
    notation = notation_from_table(tomllib.loads(_VECTOR)["notation"], "<test>")
    result = check_homework(CHECKS.problem(CASES[0]), r"\frac{\partial h}{\partial v} = 1 - h^2", notation=notation)
    step = result.claims[0].steps[0]
    assert step.verdict == W
    assert "is a number where the left side is 2 x 1, and it equals none of its entries" in step.detail


def test_a_number_equal_to_one_entry_only_stays_refused():
    """x_1 for ds/dv equals the first entry (x_1) and not the second (x_2): it may be one entry's value with its
    index left out, so which entry it is meant for is a guess."""
    message = CHECKS.refused("tanh-two", _VECTOR, r"\frac{\partial s}{\partial v} = x_1")
    assert "is a number where the left side is a vector or matrix (2 x 1)" in message


def test_a_number_for_a_left_side_that_depends_on_the_files_numbers_stays_refused():
    """ds_dv is the input: 1 may be its value at the file's numbers, and this file has none."""
    message = CHECKS.refused("sigmoid-one", _LOCAL, "ds_dv = 1")
    assert "this file has none" in message


def test_and_so_on_without_a_pattern_is_refused():
    """One written term makes no pattern; terms that skip an index make none check can continue."""
    assert "two written terms of one template" in CHECKS.refused("sigmoid-three", _TERMS,
                                                                 r"s = c + v_1 x_1 + \ldots")
    assert "not consecutive" in CHECKS.refused("sigmoid-three", _TERMS, r"s = c + v_1 x_1 + v_3 x_3 + \ldots")


def test_a_sigma_the_notation_names_stays_that_name():
    """\\Sigma named as a quantity (here the unit's sum): \\Sigma_j is that name with a subscript, not the sum sign."""
    message = CHECKS.refused("sigmoid-3-2", _UNITS + '"\\\\Sigma" = "z1[0]"\n', r"o_k = \sigma(\Sigma_j u_{kj} x_j)")
    assert "Sigma" in message


def test_a_bare_sum_for_a_vector_stays_refused():
    """\\sum x without its letter adds an axis of the writer's choosing (perhaps to a vector), so the number it makes
    is not the only reading: refused, not called wrong."""
    message = CHECKS.refused("tanh-two", _VECTOR, r"\frac{\partial h}{\partial v} = (1 - h^2) \sum x")
    assert "is a number where the left side is a vector or matrix (2 x 1)" in message
