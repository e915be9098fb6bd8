"""The reading constructs batch 17 of the public formulas showed missing in its LaTeX, each written as another
author would (other names, another network than the pages'): LaTeX's spacing ``\\;`` and ``\\,`` between the terms
of a worked sum and before the gradient of an update (once taken for a separator between two claims);
``\\partial_c J``, the loss's derivative by the parameter in the subscript; an equation set off in parentheses,
``(s_k = \\sum_j h_j v_{jk} + c_k)``; an index no sum runs over and the left side does not name (the sum over a layer
left out), judged wrong where it is wrong at every value of the letter; and ``\\frac{E}{dv}``, a derivative whose
numerator lost its d, refused with what to write. Each case is judged right where the formula is right and wrong
where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

_UPDATE = "\n[update]\nlearning_rate = 0.5\n"
NETWORKS = {
    # three inputs -> two ReLU units at the file's numbers: s_1 = 2*1 - 1*2 + 0.5*2 + 0.5 = 1.5,
    # s_2 = 1*1 + 1*2 - 2*2 - 1 = -2; one linear output, the squared error
    "worked": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "relu"\nweights = [[2.0, -1.0, 0.5], [1.0, 1.0, -2.0]]\n'
              'biases = [0.5, -1.0]\n[[layer]]\nunits = 1\nactivation = "identity"\nweights = [[1.0, -1.0]]\n'
              '[loss]\nname = "squared_error"\n[data]\nx = [[1.0, 2.0, 2.0]]\ny = [[1.0]]\n' + _UPDATE,
    # one sigmoid unit on three inputs with a bias, the binary cross-entropy
    "neuron": LOGISTIC_3 + _UPDATE,
    # two tanh layers 2-3-2, the half squared error
    "wide": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n[[layer]]\nunits = 2\nactivation = "tanh"\n'
            '[loss]\nname = "half_squared_error"\n' + _UPDATE,
    # forty inputs: more units than an unsummed letter is tried at one by one
    "many": '[[layer]]\ninputs = 40\nunits = 1\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n',
    # a hidden layer of one unit, 2-1-2: a letter over it has one value
    "thin": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "tanh"\n[[layer]]\nunits = 2\nactivation = "tanh"\n'
            '[loss]\nname = "half_squared_error"\n' + _UPDATE,
}
CHECKS = CaseChecks(NETWORKS)
_problem = CHECKS.problem

_WORKED = r'''
[notation]
[notation.symbols]
"s_{j}" = "z1[j-1]"
"g_{j}" = "a1[j-1]"
"u_{jk}" = "W1[j-1, k-1]"
'''
_NEURON = r'''
[notation]
indices = "k"
learning_rate = ["r"]
loss = ["J"]
[notation.symbols]
"u_{k}" = "W1[0, k-1]"
"c" = "b1[0]"
"x_{k}" = "x[k-1]"
"q" = "a1[0]"
"y" = "y[0]"
'''
# h the hidden layer's outputs (j), s and o the output layer's inputs and outputs (k), v_{jk} joins j to k
_LAYERS = r'''
[notation]
indices = "ijk"
loss = ["E"]
functions = { f = "tanh" }
[notation.symbols]
"h_{j}" = "a1[j]"
"s_{k}" = "z2[k]"
"o_{k}" = "a2[k]"
"v_{jk}" = "W2[k, j]"
"c_{k}" = "b2[k]"
"t_{k}" = "y[k]"
"u_{ij}" = "W1[j, i]"
"x_{i}" = "x[i]"
'''
_K2 = ({"k": 0}, {"k": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_SUM = "a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}]"


def _cases() -> list[Public]:
    cases = []
    # 1. \; and \, between the terms of a worked sum, and before the gradient of an update: spacing, never a
    # separator between two claims; a ; between two whole equations still is one
    for key, text, verdicts, members in (
            ("thick-spaces", r"s_1=2\cdot1\;-\;1\cdot2\;+\;0.5\cdot2\;+\;0.5=1.5", (C, C),
             ("=2*1 - 1*2 + 0.5*2 + 0.5", "=1.5")),
            ("thin-spaces", r"s_1=2\cdot1\,-\,1\cdot2\,+\,0.5\cdot2\,+\,0.5\,=\,1.5", (C, C),
             ("=2*1 - 1*2 + 0.5*2 + 0.5", "=1.5")),
            ("thick-spaces-sum-wrong", r"s_1=2\cdot1\;-\;1\cdot2\;+\;0.5\cdot2\;+\;0.5=2.5", (C, W),
             ("=2*1 - 1*2 + 0.5*2 + 0.5", "=2.5")),
            ("thick-spaces-term-wrong", r"s_1=2\cdot1\;+\;1\cdot2\;+\;0.5\cdot2\;+\;0.5=1.5", (W, C),
             ("=2*1 + 1*2 + 0.5*2 + 0.5", "=1.5"))):
        cases.append(Public(key, "test", "worked", _WORKED, text, (verdicts,), (Twin("value", "z1[0]", members),)))
    for key, text, verdicts in (
            ("semicolon-separates", r"s_1 = 1.5; \quad s_2 = -2", ((C,), (C,))),
            ("semicolon-separates-wrong", r"s_1 = 1.5; \quad s_2 = 2", ((C,), (W,)))):
        cases.append(Public(key, "test", "worked", _WORKED, text, verdicts,
                            (Twin("value", "z1[0]", ("=1.5",)), Twin("value", "z1[1]", ("=" + text.split("= ")[2],)))))
    # 2. \partial_c J: the loss's derivative by the parameter in the subscript, alone or in an update after \,
    for key, text, verdict, member in (
            ("partial-subscript-bias", r"\partial_c J = q - y", C, "a1[0] - y[0]"),
            ("partial-subscript-bias-sign", r"\partial_c J = y - q", W, "y[0] - a1[0]"),
            ("partial-subscript-braced", r"\partial_{c}J = q - y", C, "a1[0] - y[0]")):
        cases.append(Public(key, "test", "neuron", _NEURON, text, ((verdict,),),
                            (Twin("gradient", "b1[0]", (member,)),)))
    for key, text, verdict, member in (
            ("partial-subscript-weight", r"\partial_{u_k} J = (q - y)\, x_k", C, "(a1[0] - y[0])*x[{k}]"),
            ("partial-subscript-weight-no-input", r"\partial_{u_k} J = q - y", W, "a1[0] - y[0]")):
        cases.append(Public(key, "test", "neuron", _NEURON, text, ((verdict,),),
                            (Twin("gradient", "W1[0,{k}]", (member,), _K3),)))
    for key, text, verdicts, weight, bias in (
            ("updates-after-thin-space",
             r"u_k \leftarrow u_k - r\, \frac{\partial J}{\partial u_k}, \qquad c \leftarrow c - r\, \partial_c J",
             ((C,), (C,)), "W1[0,{k}] - eta*grad", "b1[0] - eta*grad"),
            ("updates-after-thin-space-ascent",
             r"u_k \leftarrow u_k - r\, \frac{\partial J}{\partial u_k}, \qquad c \leftarrow c + r\, \partial_c J",
             ((C,), (W,)), "W1[0,{k}] - eta*grad", "b1[0] + eta*grad")):
        cases.append(Public(key, "test", "neuron", _NEURON, text, verdicts,
                            (Twin("update", "W1[0,{k}]", (weight,), _K3), Twin("update", "b1[0]", (bias,)))))
    # 3. an equation set off in parentheses: typography
    for key, text, verdict, member in (
            ("parenthesized", r"(s_k = \sum_j h_j v_{jk} + c_k)", C, _SUM),
            ("parenthesized-left-right", r"\left( s_k = \sum_j h_j \cdot v_{jk} + c_k \right)", C, _SUM),
            ("parenthesized-sign", r"\left( s_k = \sum_j h_j \cdot v_{jk} - c_k \right)", W,
             "a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] - b2[{k}]")):
        cases.append(Public(key, "test", "wide", _LAYERS, text, ((verdict,),),
                            (Twin("value", "z2[{k}]", (member,), _K2),)))
    # ... and the sum over the hidden layer left out: wrong at every value of j, so wrong
    for key, text in (("unsummed", r"s_k = h_j v_{jk} + c_k"),
                      ("unsummed-parenthesized", r"(s_k = h_j \cdot v_{jk} + c_k)")):
        cases.append(Public(key, "test", "wide", _LAYERS, text, ((W,),),
                            (Twin("value", "z2[{k}]", ("a1[{j}]*W2[{k},{j}] + b2[{k}]",), _KJ),)))
    cases.append(Public("unsummed-activation", "test", "wide", _LAYERS, r"o_k = f(h_j)", ((W,),),
                        (Twin("value", "a2[{k}]", ("tanh(a1[{j}])",), _KJ),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _verdict_detail(case: Public) -> str:
    notation = notation_from_table(tomllib.loads(case.notation)["notation"], "<test>")
    result = check_homework(_problem(case), case.text, notation=notation)
    return result.claims[0].steps[0].detail


def test_an_unsummed_index_is_named_in_the_hint():
    """The wrong verdict says which letter no sum runs over and what to write."""
    case = next(case for case in CASES if case.key == "unsummed")
    detail = _verdict_detail(case)
    assert "j is not summed" in detail and "h_{j}" in detail and "\\sum_j" in detail


@pytest.mark.parametrize("text", [r"s_k = h_j v_{jk} + c_k", r"o_k = f(s_j)"])
def test_an_unsummed_index_right_at_one_of_its_values_is_refused(text):
    """Over a one-unit layer (the sum of one term is that term), or where the letter could be the left side's
    own (o_k = f(s_j) at j = k): which value was meant decides the verdict, so check refuses, never calls it
    correct."""
    network = "thin" if "h_j" in text else "wide"
    message = CHECKS.refusal(Public("refused", "test", network, _LAYERS, text))
    assert "the index j has no value" in message and "in a sum" in message


def test_an_unsummed_index_over_a_wide_layer_is_refused():
    """Forty inputs: each value would be a member judged whole, so the letter is not tried one by one."""
    notation = '[notation]\nindices = "k"\n[notation.symbols]\n"u_{k}" = "W1[0, k]"\n"x_{k}" = "x[k]"\n"s" = "z1[0]"\n'
    message = CHECKS.refusal(Public("refused", "test", "many", notation, r"s = u_k x_k"))
    assert "the index k has no value" in message


@pytest.mark.parametrize("text, words", [
    (r"\partial_c = q - y", "\\partial with a subscript names neither a derivative nor a quantity"),
    (r"\partial_c q = q (1 - q)", "q is not the loss (its names: "),
    (r"\partial_{u_1} + \partial_c = 0", "\\partial with a subscript names neither")])
def test_partial_with_a_subscript_is_refused_unless_the_loss_follows(text, words):
    """\\partial_c alone (a scan's misreading of a name, or the operator with nothing after it) and \\partial_c
    before anything but the loss stay refused, in one line saying what to write."""
    message = CHECKS.refusal(Public("refused", "test", "neuron", _NEURON, text))
    assert words in message and "write" in message


@pytest.mark.parametrize("text, words", [
    (r"\frac{E}{dv_{jk}} = \delta_k h_j", r"\frac{E}{dv_{jk}}: the denominator is a derivative's (d v_{jk}) but the"
                                          r" numerator E has no d"),
    (r"\frac{E}{\partial v_{jk}} = h_j", r"numerator E has no \partial"),
    (r"\frac{o_k}{ds_k} = 1 - o_k^2", "write \\frac{do_k}{ds_k}")])
def test_a_derivative_whose_numerator_lost_its_d_is_refused_with_what_to_write(text, words):
    """techqa's typo, \\frac{Co}{dw_L}: refused (the page's slip), its message naming the missing d, not an
    unknown symbol d."""
    message = CHECKS.refusal(Public("refused", "test", "wide", _LAYERS, text))
    assert words in message and "unknown symbol" not in message


def test_a_chain_of_jacobians_for_a_matrix_is_refused_naming_its_factor():
    """book-ai's dL/dW_1 = dL/dy dy/dh dh/dW_1: dy/dh is W_2 or its transpose by the page's layout, so the chain
    reads two ways; the refusal names that factor and its sizes, and says to write one entry."""
    message = CHECKS.refusal(Public("refused", "test", "wide", _LAYERS, r"\frac{\partial E}{\partial u} = \frac{\partial E}"
                                    r"{\partial o} \cdot \frac{\partial o}{\partial h} \cdot \frac{\partial h}{\partial u}"))
    assert r"\frac{\partial o}{\partial h} differentiates a vector of 2 entries by a vector of 3" in message
    assert "write one entry" in message
