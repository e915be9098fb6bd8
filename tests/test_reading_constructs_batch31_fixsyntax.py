"""The syntax batches 27, 28 and 30 of the public formulas showed refused, each written as another author would
(other names, other networks than the pages'): a layer written on a function's name (``\\sigma'^l(z^l)``,
``\\sigma^{\\prime (1)}``: the network's activation at that layer, its derivative with the prime) and a prime on a
parenthesis (``(\\frac{e^u - e^{-u}}{e^u + e^{-u}})'``: the derivative by its one variable, the x of the left side's
f'(x)), a condition in a subscript (``s_{m \\neq r}`` with --when label!=m), and TeX's one-token scripts in a sum
without its index over the one output the notation names with its own letter (``\\sum e_ov_{ho}g'(s_h)``). Each case is judged right where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # a tanh hidden layer of two on three inputs, one sigmoid output, the half squared error
    "tanh-sigmoid": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "tanh"\n[[layer]]\nunits = 1\n'
                    'activation = "sigmoid"\n[loss]\nname = "half_squared_error"\n'
                    '[data]\nx = [[0.3, -1.1, 0.8]]\ny = [[0.6]]\n',
    # four softmax outputs on two inputs, the cross-entropy (one-hot targets)
    "softmax-four": '[[layer]]\ninputs = 2\nunits = 4\nactivation = "softmax"\n[loss]\nname = "cross_entropy"\n',
    # two tanh hidden units on three inputs, one linear output, the half squared error; and with two outputs
    "tanh-linear": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "tanh"\n[[layer]]\nunits = 1\n'
                   'activation = "identity"\n[loss]\nname = "half_squared_error"\n',
    "tanh-linear-two": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "tanh"\n[[layer]]\nunits = 2\n'
                       'activation = "identity"\n[loss]\nname = "half_squared_error"\n',
    # one tanh unit on one input, the squared error
    "tanh-unit": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "tanh"\n[loss]\nname = "squared_error"\n'
                 '[data]\nx = [[0.9]]\ny = [[-0.4]]\n',
}
CHECKS = CaseChecks(NETWORKS)

_DEFAULTS = '[notation]\n[notation.symbols]\n"y" = "y[0]"\n'
_NAMED = _DEFAULTS.replace("[notation]\n", '[notation]\nfunctions = { f = "tanh" }\n')
_UNIT = '[notation]\n[notation.symbols]\n"u" = "z1[0]"\n"v" = "y[0]"\n'
_J2 = ({"j": 0}, {"j": 1})
# s the logits counted from 0, p the softmax, t the one-hot target, Q the cross-entropy
_SOFTMAX = r'''
[notation]
indices = "mr"
loss = ["Q"]
[notation.symbols]
"s_{m}" = "z1[m]"
"p_{m}" = "a1[m]"
"t_{m}" = "t[m]"
'''
# o the output unit, written as the notation's own letter (no index letter), h the hidden units
_OUTPUT_LETTER = r'''
[notation]
indices = "h"
functions = { g = "tanh" }
[notation.symbols]
"e_{o}" = "grad(z2[0])"
"v_{ho}" = "W2[0, h-1]"
"s_{h}" = "z1[h-1]"
"e_{h}" = "grad(z1[h-1])"
'''
_OTHER_CLASSES = tuple({"m": m, "c": c} for c in range(4) for m in range(4) if m != c)
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_HIDDEN = f"W2[0,{{j}}]*{_OUT}*(1 - tanh(z1[{{j}}])**2)"
_TANH_PRIME = "1 - tanh(z1[0])**2"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # the layer on the function: layer 1's activation (tanh here), whichever way the prime is written
            ("layer-after-prime", r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma'^{(1)}(z^{(1)})", C, _HIDDEN),
            ("layer-with-prime", r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma^{\prime (1)}(z^{(1)})", C,
             _HIDDEN),
            ("layer-then-prime", r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma^{[1]}'(z^{(1)})", C,
             _HIDDEN),
            # the output layer's activation (the sigmoid) at the hidden layer's z: another layer's function
            ("layer-other", r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma^{\prime (2)}(z^{(1)})", W,
             f"W2[0,{{j}}]*{_OUT}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))"),
            ("layer-unprimed", r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma^{(1)}(z^{(1)})", W,
             f"W2[0,{{j}}]*{_OUT}*tanh(z1[{{j}}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _DEFAULTS, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _J2),)))
    for key, text, verdict, member in (
            # a function the notation names bare, its layer written with the prime: f^{\prime [1]} is f'
            ("named-prime-layer", r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot f^{\prime [1]}(z^{(1)})", C, _HIDDEN),
            ("named-layer-unprimed", r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot f^{[1]}(z^{(1)})", W,
             f"W2[0,{{j}}]*{_OUT}*tanh(z1[{{j}}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _NAMED, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _J2),)))
    for key, text, verdict, member in (
            # a prime on a parenthesis: the derivative by u, the variable of the left side's \tanh'(u)
            ("primed-parenthesis", r"\tanh'(u) = \left(\frac{e^{u} - e^{-u}}{e^{u} + e^{-u}}\right)'", C, _TANH_PRIME),
            ("primed-parenthesis-doubled", r"\tanh'(u) = \left(\frac{e^{2u} - e^{-2u}}{e^{2u} + e^{-2u}}\right)'", W,
             "2*(1 - tanh(2*z1[0])**2)")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", _UNIT, text, ((verdict,),),
                            (Twin("value", _TANH_PRIME, (member,)),)))
    for key, text, verdict, member in (
            # a condition in the subscript: the logit of a class other than the label r, with --when label!=m
            ("condition-subscript", r"\frac{\partial Q}{\partial s_{m \neq r}} = p_m", C, "a1[{m}]"),
            ("condition-subscript-target", r"\frac{\partial Q}{\partial s_{m \neq r}} = p_m - 1", W, "a1[{m}] - 1"),
            ("condition-subscript-label", r"\frac{\partial Q}{\partial s_{m \ne r}} = p_m - t_r", W,
             "a1[{m}] - 1")):
        cases.append(Public(f"{key}-{verdict}", "test", "softmax-four", _SOFTMAX, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{m}]", (member,), _OTHER_CLASSES, classes="label"),),
                            when="label!=m"))
    for key, text, verdict, member in (
            # both letters on the left side: the case r \neq m of the rule, the softmax's off-diagonal derivative
            ("condition-both-letters", r"\frac{\partial p_m}{\partial s_{r \neq m}} = -p_m p_r", C, "-a1[{m}]*a1[{r}]"),
            ("condition-both-letters-diagonal", r"\frac{\partial p_m}{\partial s_{r \neq m}} = p_m (1 - p_r)", W,
             "a1[{m}]*(1 - a1[{r}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "softmax-four", _SOFTMAX, text, ((verdict,),),
                            (Twin("value", "-a1[{m}]*a1[{r}]", (member,),
                                  tuple({"m": m, "r": r} for m in range(4) for r in range(4) if r != m)),)))
    for key, text, verdict, member in (
            # TeX's one-token scripts (e_ov_{ho} is e_{o} v_{ho}) and a sum without its index over the one output o
            ("sum-over-written-unit", r"e_h = \sum e_ov_{ho}g'(s_h)", C, "(a2[0] - y[0])*W2[0,{h}]*(1 - tanh(z1[{h}])**2)"),
            ("sum-over-written-unit-unprimed", r"e_h = \sum e_ov_{ho}g(s_h)", W,
             "(a2[0] - y[0])*W2[0,{h}]*tanh(z1[{h}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-linear", _OUTPUT_LETTER, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{h}]", (member,), ({"h": 0}, {"h": 1})),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_named_activation_at_a_layer_of_another_activation_is_refused():
    """\\tanh at layer 2, whose activation is the sigmoid: which of the two is meant is not said."""
    message = _refusal("tanh-sigmoid", _DEFAULTS,
                       r"\delta^{(2)} = (a^{(2)} - y) \odot \tanh'^{(2)}(z^{(2)})")
    assert "layer 2's activation is sigmoid, not tanh" in message


def test_a_prime_on_a_parenthesis_of_another_variable_is_refused():
    """(1/(1 + e^{-v}))' beside \\tanh'(u): v is not u, so which variable the prime is by is unclear."""
    for text in (r"\tanh'(u) = \left(\frac{1}{1 + e^{-v}}\right)'", r"\tanh'(u) = \left(e^{u} v\right)'"):
        message = _refusal("tanh-unit", _UNIT, text)
        assert "which variable is meant is unclear" in message and r"\frac{d}{dx}(" in message
        assert "with the variable you differentiate by in place of x" in message


def test_a_condition_in_a_subscript_on_a_letter_not_on_the_left_side_needs_the_label_case():
    """s_{m \\neq r} with r no index of the left side: r is the label only where --when says so."""
    message = _refusal("softmax-four", _SOFTMAX, r"\frac{\partial Q}{\partial s_{m \neq r}} = p_m")
    assert "for the m other than r" in message and '--when "label!=m"' in message


def test_a_sum_without_index_over_a_written_unit_of_several_outputs_is_refused():
    """Two outputs: the notation's one e_o is not every output, so the sum over o is not its one term."""
    message = _refusal("tanh-linear-two", _OUTPUT_LETTER, r"e_h = \sum e_ov_{ho}g'(s_h)")
    assert "a sum without its index letter, whose term has no free index" in message
