"""Batches 45 and 46 of the public formulas showed right formulas called wrong and constructs refused, each written
here as another author would (other names, other networks than the pages'): a derivative of a quantity by one
computed from it (a bias by its unit's sum, a weight by a later output, an input by a sum, an output by the loss),
which is no derivative of the network's graph (the inverse meant, or a slip), refused where it was taken as 0; two
quantities neither computed from the other keep their derivative 0. A sum over the samples whose term's input is
the pattern x_0^{(t)} = 1 at the bias's index (its letter read as a unit index there, the sum over six "units"),
and one from 0 to the count N (N + 1 terms), refused. Code's flag argument, sigmoid(x, True) or
sigmoid(x, deriv=True): the derivative at x as the input or the output, judged both ways as sigmoid_derivative(x).
A layer's primed function with a space before a parenthesis not holding the layer's input, g'_{o} (o_k - t_k):
applied, or the slope times it; refused (glued, g'_{o}(u), it is applied; at the layer's input, applied).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_3_2, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-2-2-sigmoid-2": TANH_2_2_SIGMOID_2,
    "logistic-two": LOGISTIC_2,
    "sigmoid-3-2": SIGMOID_2_3_2,
    # the same, its step's loss the samples' total
    "logistic-two-total": LOGISTIC_2 + '[update]\nlearning_rate = 0.1\nreduction = "sum"\n',
}
CHECKS = CaseChecks(NETWORKS)

# a page's names for TANH_2_2_SIGMOID_2: x_i the inputs, v_{ji}, c_j, s_j, h_j the hidden layer's weights, biases,
# sums and outputs; w_{kj}, d_k, r_k, o_k the output layer's; t_k the targets, E the loss
_LAYERED = r'''
[notation]
indices = "ijk"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"v_{ji}" = "W1[j-1, i-1]"
"c_{j}" = "b1[j-1]"
"s_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"w_{kj}" = "W2[k-1, j-1]"
"d_{k}" = "b2[k-1]"
"r_{k}" = "z2[k-1]"
"o_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
'''
_K2 = ({"k": 0}, {"k": 1})
# dE/dr_k of the half squared error through the sigmoid output, which dE/dd_k also is
_DELTA_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


# a page's names for a logistic unit: w_k its weights from 1 and w_0 its bias, u^{(t)} sample t's input with
# u_0^{(t)} = 1, d^{(t)} its label, f_w the model, N the samples' count, eta the step
_SAMPLES = r'''
[notation]
indices = "kt"
functions = { "f_{w}" = "layer" }
[notation.symbols]
"w_{0}" = "b1[0]"
"w_{k}" = "W1[0, k-1]"
"u^{(t)}" = "x[:]"
"u_{0}^{(t)}" = "1"
"u_{k}^{(t)}" = "x[k-1]"
"d^{(t)}" = "y[0]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
# w_k's step: the bias's (k = 0) input is 1
_INPUT = ("1", "x[0]", "x[1]")
_RULE = tuple({"k": k, "u": _INPUT[k], "w": "b1[0]" if k == 0 else f"W1[0,{k - 1}]"} for k in range(3))


def _sample_cases() -> list[Public]:
    step = (Twin("update", "{w}", ("{w} - eta*(a1[0] - y[0])*{u}",), _RULE),)
    cases = []
    for key, network, text, expected, twins in (
            # a sum over the samples t, u_0^{(t)} = 1 at k = 0: t is the samples' letter there too, never a unit
            # index (it was read as one at k = 0, the sum over six "units")
            ("sample-sum-total", "logistic-two-total",
             r"w_k := w_k - \eta \sum_{t=1}^{N} (f_w(u^{(t)}) - d^{(t)}) u_k^{(t)}", ((C,),), step),
            ("sample-sum-from-zero-total", "logistic-two-total",
             r"w_k := w_k - \eta \sum_{t=0}^{N-1} (f_w(u^{(t)}) - d^{(t)}) u_k^{(t)}", ((C,),), step),
            ("sample-sum-mean", "logistic-two",
             r"w_k := w_k - \eta \frac{1}{N} \sum_{t=1}^{N} (f_w(u^{(t)}) - d^{(t)}) u_k^{(t)}", ((C,),), step),
            ("sample-sum-total-wrong", "logistic-two-total",
             r"w_k := w_k - \eta \sum_{t=1}^{N} (d^{(t)} - f_w(u^{(t)})) u_k^{(t)}", ((W,),),
             (Twin("update", "{w}", ("{w} - eta*(y[0] - a1[0])*{u}",), _RULE),))):
        cases.append(Public(key, "test", network, _SAMPLES, text, expected, twins))
    return cases


# code's names for a logistic unit: net its sum, out its output, slope the output's derivative by the sum
_CODE = r'''
[notation]
[notation.symbols]
"net" = "z1[0]"
"out" = "a1[0]"
"slope" = "a1[0]*(1 - a1[0])"
'''
_SLOPE = "a1[0]*(1 - a1[0])"


def _flag_cases() -> list[Public]:
    cases = []
    for key, text, expected, members in (
            # False (or 0) for the flag, or no flag: the function itself
            ("flag-false", "out = sigmoid(net, False)", ((C,),), ("sigmoid(z1[0])",)),
            ("flag-zero", "out = sigmoid(net, 0)", ((C,),), ("sigmoid(z1[0])",)),
            # (at another name than its left side's: out = sigmoid(out, ...) reassigns out in place, refused)
            ("flag-keyword-false-wrong", "out = sigmoid(slope, deriv=False)", ((W,),),
             ("sigmoid(a1[0]*(1 - a1[0]))",)),
            # True: the derivative, at its argument as the input or as the output; wrong both ways, wrong
            ("flag-true-both-wrong", "slope = 2 * sigmoid(out, True)", ((W,),), ("2*a1[0]*(1 - a1[0])",)),
            ("flag-keyword-both-wrong", "slope = sigmoid(net, derivative=True) * out", ((W,),),
             ("a1[0]*(1 - a1[0])*a1[0]",))):
        target = _SLOPE if key.startswith("flag-true") or "both" in key else "a1[0]"
        cases.append(Public(key, "test", "logistic-two", _CODE, text, expected, (Twin("value", target, members),)))
    return cases


# the output layer's function named by its subscript (g_{o}), the layers' bare g in brackets (g^{[2]})
_PRIMED = r'''
[notation]
indices = "q"
functions = { "g_{o}" = "sigmoid", g = "sigmoid" }
[notation.symbols]
"v_{k}" = "z2[k]"
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"\\delta_{k}" = "grad(z2[k])"
"V^{[2]}" = "z2[:]"
"O^{[2]}" = "a2[:]"
"T" = "y[:]"
"dV^{[2]}" = "grad(z2[:])"
'''
_K = ({"k": 0}, {"k": 1})
_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _primed_cases() -> list[Public]:
    cases = []
    for key, text, expected, members in (
            # a space before the parenthesis of the layer's own input: the slope there, as without the space
            ("spaced-at-input", r"\delta_k = g'_{o} (v_k) (o_k - t_k)", ((C,),), (_DK,)),
            ("unspaced-at-input", r"\delta_k = g'_{o}(v_k) (o_k - t_k)", ((C,),), (_DK,)),
            ("spaced-at-input-wrong", r"\delta_k = g'_{o} (v_k) (t_k - o_k)", ((W,),), (f"-{_DK}",)),
            ("bracketed-spaced-at-input", r"\delta_k = g^{[2]'} (v_k) (o_k - t_k)", ((C,),), (_DK,)),
            # glued to its parenthesis: the function applied, as Ng's g^{[1]'}(Z^{[1]}) is (here wrong)
            ("glued-applied-wrong", r"\delta_k = g'_{o}(o_k - t_k)", ((W,),),
             ("sigmoid(a2[{k}] - y[{k}])*(1 - sigmoid(a2[{k}] - y[{k}]))",))):
        cases.append(Public(key, "test", "sigmoid-3-2", _PRIMED, text, expected,
                            (Twin("gradient_z", "z2[{k}]", members, _K),)))
    return cases


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # two quantities neither computed from the other: the derivative 0, as before
            ("two-biases", r"\frac{\partial c_1}{\partial d_1} = 0", ((C,),), (Twin("value", "0", ("0",)),)),
            ("two-biases-wrong", r"\frac{\partial c_1}{\partial d_1} = 1", ((W,),), (Twin("value", "0", ("1",)),)),
            ("input-by-weight", r"\frac{\partial x_1}{\partial v_{11}} = 0", ((C,),), (Twin("value", "0", ("0",)),)),
            ("two-sums", r"\frac{\partial s_2}{\partial s_1} = 0", ((C,),), (Twin("value", "0", ("0",)),)),
            ("sum-by-other-row", r"\frac{\partial s_2}{\partial v_{11}} = 0", ((C,),),
             (Twin("value", "0", ("0",)),)),
            ("output-by-later-weight", r"\frac{\partial h_1}{\partial w_{11}} = 0", ((C,),),
             (Twin("value", "0", ("0",)),)),
            ("output-by-later-weight-wrong", r"\frac{\partial h_1}{\partial w_{11}} = h_1", ((W,),),
             (Twin("value", "0", ("a1[0]",)),)),
            # a quantity the variable is computed from, inside an expression: held, as the product rule has it
            ("held-input", r"\frac{\partial (h_1 x_1)}{\partial s_1} = x_1 (1 - h_1^2)", ((C,),),
             (Twin("value", "x[0]*(1 - a1[0]**2)", ("x[0]*(1 - a1[0]**2)",)),)),
            # the derivative the right way round: a sum by its bias is 1
            ("sum-by-bias", r"\frac{\partial r_k}{\partial d_k} = 1", ((C,),), (Twin("value", "1", ("1",), _K2),)),
            ("delta-by-bias-the-right-way", r"\frac{\partial E}{\partial r_k} = \frac{\partial E}{\partial d_k}"
             r"\frac{\partial r_k}{\partial d_k}", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_DELTA_OUT,), _K2),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-2", _LAYERED, text, expected, twins))
    return cases


CASES = _cases() + _sample_cases() + _flag_cases() + _primed_cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", [
    # a bias by the sum it feeds: the course's db/dz for dz/db (1), which the graph would make 0
    r"\frac{\partial E}{\partial r_k} = \frac{\partial E}{\partial d_k}\frac{\partial d_k}{\partial r_k}",
    r"\frac{\partial d_2}{\partial r_2} = 1",
    r"\frac{\partial d_2}{\partial r_2} = 0",
    # a weight by a later output, an input by a sum, a sum by a later output, an output by the loss
    r"\frac{\partial w_{11}}{\partial o_1} = 0",
    r"\frac{\partial x_1}{\partial s_2} = 0",
    r"\frac{\partial s_1}{\partial o_2} = 0",
    r"\frac{\partial h_1}{\partial E} = 0",
])
def test_a_quantity_by_one_computed_from_it_is_refused(text):
    """d b / d z (z = w a + b): no derivative of the network's graph; 0 there, but its author means the inverse."""
    message = CHECKS.refused("tanh-2-2-sigmoid-2", _LAYERED, text)
    assert "computed from it" in message


@pytest.mark.parametrize("text", [
    r"w_k := w_k - \eta \sum_{t=0}^{N} (f_w(u^{(t)}) - d^{(t)}) u_k^{(t)}",
    r"w_k := w_k - \eta \sum_{t=1}^{N-1} (f_w(u^{(t)}) - d^{(t)}) u_k^{(t)}",
])
def test_a_sum_over_the_samples_with_other_terms_than_its_count_is_refused(text):
    """\\sum_{t=0}^{N}: N + 1 terms, N the samples' count with one too many, or the last sample's index."""
    for network in ("logistic-two", "logistic-two-total"):
        assert "terms: N counted the samples" in CHECKS.refused(network, _SAMPLES, text)


@pytest.mark.parametrize("text", [
    "slope = sigmoid(out, True)",            # right at the output, wrong at the input
    "slope = sigmoid(net, deriv=True)",      # right at the input, wrong at the output
    "slope = sigmoid(net, 1)",
])
def test_an_activation_with_a_true_flag_read_two_ways_is_refused_where_they_differ(text):
    """code's sigmoid(x, True) is its derivative at x as the input or as the output, as sigmoid_derivative(x)."""
    assert "reads as sigmoid's derivative at its input" in CHECKS.refused("logistic-two", _CODE, text)


@pytest.mark.parametrize("text", [
    r"\delta_k = g'_{o} (o_k - t_k)",
    r"\delta_k = g^{[2]'} (o_k - t_k)",
])
def test_a_layers_primed_function_spaced_before_another_operand_is_refused(text):
    """g'_{o} (o_k - t_k): g' applied to the bracket, or the layer's slope times it; the space does not say."""
    assert "reads two ways" in CHECKS.refused("sigmoid-3-2", _PRIMED, text)

