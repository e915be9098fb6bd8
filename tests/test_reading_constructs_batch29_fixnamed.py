"""The constructs held-out batch 29 showed missing, each written as another author would (other names, other
networks than the pages'): a function the notation names by layer (``"\\phi^{(3)}" = "sigmoid"``) written at the
output layer's letter, ``\\phi^{(L)'}`` and plain text's ``s^L’ (U^L)``, or at a rule's ``l``; and a derivative by
an intermediate the notation names as an expression of one quantity of the network (``"e" = "a1[0] - y[0]"``),
dE/de = (dE/do)/(de/do), in a chain too. Each case is judged right where the formula is right and wrong where one
thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import torch

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

_DATA = '[data]\nx = [[0.7, -1.3]]\ny = [[0.4]]\n'
NETWORKS = {
    # tanh, then sigmoid, then one sigmoid output: each layer's function told apart where it matters
    "three-layers": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n[[layer]]\nunits = 2\n'
                    'activation = "sigmoid"\n[[layer]]\nunits = 1\nactivation = "sigmoid"\n'
                    '[loss]\nname = "half_squared_error"\n' + _DATA,
    # tanh then one sigmoid output, for a notation counting the input layer as 1
    "two-layers": TANH_2_2_SIGMOID_1 + _DATA,
    # one sigmoid unit on two inputs, the half squared error
    "sigmoid-unit": SIGMOID_2_1 + _DATA,
}
CHECKS = CaseChecks(NETWORKS)

# phi^{(l)} layer l's function, counted as symbols.md counts layers (a^{(l)} = a{l})
_LAYERED = r'''
[notation]
loss = ["E"]
functions = { "\\phi^{(1)}" = "tanh", "\\phi^{(2)}" = "sigmoid", "\\phi^{(3)}" = "sigmoid" }
[notation.symbols]
"z^{(l)}" = "z{l}[:]"
"a^{(l)}" = "a{l}[:]"
"\\delta^{(l)}" = "grad(z{l}[:])"
"W^{(l)}" = "W{l}[:, :]"
"y" = "y[:]"
'''
# plain text's capitals, s^{[l]} layer l's function
_PLAIN = r'''
[notation]
loss = ["E"]
functions = { "s^{[1]}" = "tanh", "s^{[2]}" = "sigmoid", "s^{[3]}" = "sigmoid" }
[notation.symbols]
"V^{[l]}" = "a{l}[:]"
"U^{[l]}" = "z{l}[:]"
"dV^{[l]}" = "grad(a{l}[:])"
"dU^{[l]}" = "grad(z{l}[:])"
'''
# the input layer counted as 1 (a^{(l)} = a{l-1}): the output layer L is 3, its function f^{(3)}
_FROM_ONE = r'''
[notation]
loss = ["E"]
functions = { "f^{(2)}" = "tanh", "f^{(3)}" = "sigmoid" }
[notation.symbols]
"z^{(l)}" = "z{l-1}[:]"
"a^{(l)}" = "a{l-1}[:]"
'''
# one unit: e the error, r the residual the other way, c three times the weight; m and k are refused
_NAMED = r'''
[notation]
loss = ["E"]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"x_{1}" = "x[0]"
"o" = "a1[0]"
"t" = "y[0]"
"e" = "a1[0] - y[0]"
"r" = "y[0] - a1[0]"
"c" = "3*W1[0, 0]"
"m" = "a1[0] - W1[0, 0]"
"k" = "y[0] + 1"
"s" = "a1[0]**2"
"q" = "relu(z1[0])"
'''
_D3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_D2 = "W3[0,{m}]*" + _D3 + "*a2[{m}]*(1 - a2[{m}])"
_D2J = _D2.replace("{m}", "{j}")
_D1J = f"({_D2.replace('{m}', '0')}*W2[0,{{j}}] + {_D2.replace('{m}', '1')}*W2[1,{{j}}])*(1 - tanh(z1[{{j}}])**2)"
_D1J_SLOPE2 = _D1J.replace("(1 - tanh(z1[{j}])**2)", "a1[{j}]*(1 - a1[{j}])")
_BY_LAYER = tuple({"l": layer, "j": j} for layer in (1, 2) for j in range(2))
_DW1 = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"


def _layered_cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # the output layer's function at L, its prime inside the script or with \prime
            ("output-L", r"\delta^{(L)} = (a^{(L)} - y) \odot \phi^{(L)'}(z^{(L)})", C, _D3),
            ("output-L-prime-word", r"\delta^{(L)} = (a^{(L)} - y) \odot \phi^{(L)\prime}(z^{(L)})", C, _D3),
            ("output-L-minus-two", r"\delta^{(L)} = (a^{(L)} - y) \odot \phi^{(L-2)'}(z^{(L)})", W,
             "(a3[0] - y[0])*(1 - tanh(z3[0])**2)"),
            ("output-L-unprimed", r"\delta^{(L)} = (a^{(L)} - y) \odot \phi^{(L)}(z^{(L)})", W,
             "(a3[0] - y[0])*a3[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "three-layers", _LAYERED, text, ((verdict,),),
                            (Twin("gradient_z", "z3[0]", (member,)),)))
    for key, text, verdict, member in (
            # a rule over l: each layer's own function (tanh at 1, the sigmoid at 2)
            ("rule-l", r"\delta^{(l)} = (W^{(l+1)T} \delta^{(l+1)}) \odot \phi^{(l)'}(z^{(l)})", C,
             f"({_D2J} if {{l}} == 2 else {_D1J})"),
            ("rule-l-plus-one", r"\delta^{(l)} = (W^{(l+1)T} \delta^{(l+1)}) \odot \phi^{(l+1)'}(z^{(l)})", W,
             f"({_D2J} if {{l}} == 2 else {_D1J_SLOPE2})")):
        cases.append(Public(f"{key}-{verdict}", "test", "three-layers", _LAYERED, text, ((verdict,),),
                            (Twin("gradient_z", "z{l}[{j}]", (member,), _BY_LAYER),)))
    for key, text, verdict, member in (
            # plain text: L without brackets, the prime ’ after the script, a space before the argument
            ("plain-L", "dU^L = dV^L * s^L’ (U^L)", C, _D3),
            ("plain-L-unprimed", "dU^L = dV^L * s^L (U^L)", W, "(a3[0] - y[0])*a3[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "three-layers", _PLAIN, text, ((verdict,),),
                            (Twin("gradient_z", "z3[0]", (member,)),)))
    for key, text, verdict, target in (
            ("slope-L", "s^{[L]'}(U^{[L]}) = V^{[L]} (1 - V^{[L]})", C, "a3[0]*(1 - a3[0])"),
            ("slope-L-minus-two", "s^{[L-2]'}(U^{[L]}) = V^{[L]} (1 - V^{[L]})", W, "1 - tanh(z3[0])**2")):
        cases.append(Public(f"{key}-{verdict}", "test", "three-layers", _PLAIN, text, ((verdict,),),
                            (Twin("value", target, ("a3[0]*(1 - a3[0])",)),)))
    for key, text, verdict, member in (
            # L in the notation's own counting: 3 where the input layer is 1, so f^{(L)} is the sigmoid
            ("counted-from-one", "f^{(L)'}(z^{(L)}) = a^{(L)}(1 - a^{(L)})", C, "a2[0]*(1 - a2[0])"),
            ("counted-from-one-tanh", "f^{(L)'}(z^{(L)}) = 1 - (a^{(L)})^2", W, "1 - a2[0]**2")):
        cases.append(Public(f"{key}-{verdict}", "test", "two-layers", _FROM_ONE, text, ((verdict,),),
                            (Twin("value", "a2[0]*(1 - a2[0])", (member,)),)))
    return cases


def _named_cases() -> list[Public]:
    cases = []
    for key, text, verdict, target, member in (
            # a derivative by a named expression of the output o: E = e^2/2 = r^2/2
            ("by-error", "dE/de = e", C, "a1[0] - y[0]", "a1[0] - y[0]"),
            ("by-error-doubled", "dE/de = 2e", W, "a1[0] - y[0]", "2*(a1[0] - y[0])"),
            ("by-residual", r"\frac{\partial E}{\partial r} = r", C, "y[0] - a1[0]", "y[0] - a1[0]"),
            ("by-residual-sign", r"\frac{\partial E}{\partial r} = e", W, "y[0] - a1[0]", "a1[0] - y[0]"),
            # s = o^2 is locally invertible where o > 0 (the sigmoid's): dE/ds = (dE/do)/(2o)
            ("by-square", "dE/ds = (o - t)/(2 o)", C, "(a1[0] - y[0])/(2*a1[0])", "(a1[0] - y[0])/(2*a1[0])"),
            ("by-square-undivided", "dE/ds = (o - t)/o", W, "(a1[0] - y[0])/(2*a1[0])", "(a1[0] - y[0])/a1[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-unit", _NAMED, text, ((verdict,),),
                            (Twin("value", target, (member,)),)))
    for key, text, expected, members in (
            # the chain rule through the named error, and through three times the weight
            ("chain", "dE/dw_1 = dE/de * de/do * do/dw_1 = e * o (1 - o) * x_1", (C, C), (_DW1, _DW1)),
            ("chain-no-input", "dE/dw_1 = dE/de * de/dw_1 = e * o (1 - o)", (C, W),
             (_DW1, "(a1[0] - y[0])*a1[0]*(1 - a1[0])")),
            ("chain-other-sign", "dE/dw_1 = dE/dr * de/dw_1", (W,), (f"-{_DW1}",)),
            ("chain-residual", "dE/dw_1 = dE/dr * dr/dw_1", (C,), (_DW1,)),
            ("chain-tripled", "dE/dw_1 = dE/dc * dc/dw_1", (C,), (_DW1,)),
            ("chain-tripled-half", "dE/dw_1 = dE/dc", (W,), (f"{_DW1}/3",))):
        cases.append(Public(f"{key}", "test", "sigmoid-unit", _NAMED, text, (expected,),
                            (Twin("gradient", "W1[0,0]", members),)))
    return cases


CASES = _layered_cases() + _named_cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_layered_function_without_its_layer_is_refused_naming_the_layers():
    message = _refusal("three-layers", _LAYERED, r"\delta^{(L)} = (a^{(L)} - y) \odot \phi'(z^{(L)})")
    assert r"the notation names \phi by layer (\phi^{(1)}, \phi^{(2)}, \phi^{(3)})" in message
    assert "L for the output layer's" in message


def test_a_layer_the_functions_table_does_not_name_is_refused_saying_which():
    notation = _PLAIN.replace(', "s^{[3]}" = "sigmoid"', "")
    message = _refusal("three-layers", notation, "dU^L = dV^L * s^L’ (U^L)")
    assert "L is layer 3 in the notation's counting" in message and "name layer 3's function" in message


def test_a_derivative_by_an_expression_of_two_quantities_is_refused_saying_why():
    message = _refusal("sigmoid-unit", _NAMED, "dE/dm = o - t")
    assert "m (= " in message and "is not one quantity of the network to differentiate by: it depends on 2" in message
    assert "which are held is not said" in message


def test_a_derivative_by_an_expression_with_a_kink_is_refused():
    """q = relu(z) is flat where z < 0: nothing is a function of q there, so dE/dq is not determined."""
    message = _refusal("sigmoid-unit", _NAMED, "dE/dq = 1")
    assert "changes with z1[0] only in places" in message and "write the derivative by z1[0]" in message


def test_a_derivative_by_an_expression_of_data_alone_is_refused():
    message = _refusal("sigmoid-unit", _NAMED, "dE/dk = e")
    assert "is not one quantity of the network to differentiate by" in message


def test_the_derivative_by_an_exponential_of_a_pre_activation_is_the_autograd_one():
    """tests/test_reading_constructs.py's e_i = exp(z1[i]) before a sigmoid then a softmax, the cross-entropy: check
    calls ``(y_i - t_i) z_i (1 - z_i) / e_i`` right for dE/de_i; here PyTorch's autograd through z = log(e) agrees."""
    pre = torch.tensor([0.3, -1.1, 0.8], dtype=torch.float64)
    target = torch.tensor([0.2, 0.5, 0.3], dtype=torch.float64)
    exponential = torch.exp(pre).requires_grad_(True)
    squashed = torch.sigmoid(torch.log(exponential))
    loss = -(target * torch.log(torch.softmax(squashed, 0))).sum()
    loss.backward()
    formula = (torch.softmax(squashed, 0) - target) * squashed * (1 - squashed) / exponential
    assert torch.allclose(exponential.grad, formula.detach(), rtol=1e-12, atol=0)
    assert not torch.allclose(exponential.grad, torch.ones(3, dtype=torch.float64))
