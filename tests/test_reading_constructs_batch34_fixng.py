"""Constructs batch 34 of the public formulas (repository files) showed, each written as another author would
(other names, other networks than the pages'): the model named with its subscript, Ng's ``h_{\\theta}(x)``, through
``functions = { "h_{\\theta}" = "layer" }`` (its subscript part of the name, no factor; bare, the prediction at the
sample); a full stop ending an aligned row before ``\\tag{...}\\label{...}``; plain text's ``d`` glued to an
activation's name over the sum it is applied to, ``dtanh/dn``, that activation's derivative there; ``d`` before a bold
letter, ``d\\mathbf{W}^{[2]}``, Ng's gradient name where the notation's own d names give that convention. Each case is
judged right where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_2_1, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # a tanh unit on two inputs, the half squared error
    "tanh-unit": TANH_2_1 + '[data]\nx = [[0.6, -1.1]]\ny = [[0.3]]\n',
    # a sigmoid unit on two inputs, the binary cross-entropy
    "sigmoid-unit": LOGISTIC_2 + '[data]\nx = [[-0.8, 0.5]]\ny = [[1.0]]\n',
    # two sigmoid layers (two hidden units), the half squared error
    "two-sigmoid": SIGMOID_2_2_1 + '[data]\nx = [[0.4, 0.9]]\ny = [[1.0]]\n',
}
CHECKS = CaseChecks(NETWORKS)

# the model named g_w, its weights w_1, w_2, inputs u_1, u_2, the target t
_TANH_MODEL = r'''
[notation]
indices = "k"
loss = ["E"]
functions = { "g_{w}" = "layer" }
[notation.symbols]
"w_{k}" = "W1[0, k-1]"
"u_{k}" = "x[k-1]"
"u" = "x[:]"
"t" = "y[0]"
'''
# Ng's h_{\Theta} on two layers, v the output bias
_TWO_LAYER_MODEL = r'''
[notation]
loss = ["E"]
functions = { "h_{\\Theta}" = "layer" }
[notation.symbols]
"v" = "b2[0]"
"x" = "x[:]"
"y" = "y[0]"
'''
_SLOPE = "(1 - a1[0]**2)"
# Ng's bold names on two layers, the course's gradient names given by one of them: db^{[2]}
_BOLD = r'''
[notation]
loss = ["E"]
[notation.symbols]
"\\mathbf{W}^{[l]}" = "W{l}[:, :]"
"\\mathbf{b}^{[l]}" = "b{l}[:]"
"\\mathbf{a}^{[l]}" = "a{l}[:]"
"\\mathbf{x}" = "x[:]"
"\\boldsymbol{\\delta}^{[l]}" = "delta{l}[:]"
"db^{[2]}" = "grad(b2[0])"
'''
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_K2 = ({"k": 0}, {"k": 1})
# plain text's letters: s the unit's sum, p its output, r the weights
_PLAIN = r'''
[notation]
indices = "k"
[notation.symbols]
"s" = "z1[0]"
"p" = "a1[0]"
"r_{k}" = "W1[0, k-1]"
'''



def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # the model at the network's whole input: its output, the subscript part of the name
            ("scripted-model", r"\frac{\partial E}{\partial w_1} = (g_{w}(u) - t)(1 - g_{w}(u) g_{w}(u)) u_1", C,
             f"(a1[0] - y[0])*{_SLOPE}*x[0]"),
            ("scripted-model-other-input", r"\frac{\partial E}{\partial w_1} = (g_{w}(u) - t)(1 - g_{w}(u) g_{w}(u)) u_2",
             W, f"(a1[0] - y[0])*{_SLOPE}*x[1]"),
            # bare, the prediction at the sample
            ("scripted-model-bare", r"\frac{\partial E}{\partial w_2} = (g_{w} - t)(1 - g_{w})(1 + g_{w}) u_2", C,
             f"(a1[0] - y[0])*{_SLOPE}*x[1]"),
            ("scripted-model-bare-no-slope", r"\frac{\partial E}{\partial w_2} = (g_{w} - t) u_2", W,
             "(a1[0] - y[0])*x[1]")):
        target = "W1[0,0]" if "w_1" in text else "W1[0,1]"
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", _TANH_MODEL, text, ((verdict,),),
                            (Twin("gradient", target, (member,)),)))
    for key, text, verdict, member in (
            # the model's own derivative by a weight, bare in the numerator: a value
            ("scripted-model-derivative", r"\frac{\partial g_{w}}{\partial w_2} = (1 - g_{w}(u)^{2}) u_2", C,
             f"{_SLOPE}*x[1]"),
            ("scripted-model-derivative-sigmoid-slope", r"\frac{\partial g_{w}}{\partial w_2} = (1 - g_{w}) g_{w} u_2",
             W, "a1[0]*(1 - a1[0])*x[1]")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", _TANH_MODEL, text, ((verdict,),),
                            (Twin("value", f"{_SLOPE}*x[1]", (member,)),)))
    for key, text, verdict, member in (
            # two layers: h_{\Theta}(x) every layer's map, the network's output
            ("scripted-model-two-layers", r"\frac{\partial E}{\partial v} = (h_{\Theta}(x) - y) h_{\Theta}(x)"
             r" (1 - h_{\Theta}(x))", C, "(a2[0] - y[0])*a2[0]*(1 - a2[0])"),
            ("scripted-model-two-layers-no-slope", r"\frac{\partial E}{\partial v} = h_{\Theta}(x) - y", W,
             "a2[0] - y[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "two-sigmoid", _TWO_LAYER_MODEL, text, ((verdict,),),
                            (Twin("gradient", "b2[0]", (member,)),)))
    for key, text, verdicts, members in (
            # a full stop ending an aligned row before \tag{...}\label{...}: punctuation, as at the end of a display
            ("full-stop-before-tag", "\\begin{align} \\frac{\\partial E}{\\partial w_1} &= (g_{w}(u) - t)"
             " \\frac{\\partial g_{w}}{\\partial w_1} \\\\\n &= (g_{w}(u) - t)(1 - g_{w}(u) g_{w}(u)) u_1. \\tag{4}"
             "\\label{eq:w1}\n\\end{align}", (C, C),
             (f"(a1[0] - y[0])*{_SLOPE}*x[0]", f"(a1[0] - y[0])*{_SLOPE}*x[0]")),
            ("full-stop-before-tag-wrong-input", "\\begin{align} \\frac{\\partial E}{\\partial w_1} &= (g_{w}(u) - t)"
             " \\frac{\\partial g_{w}}{\\partial w_1} \\\\\n &= (g_{w}(u) - t)(1 - g_{w}(u) g_{w}(u)) u_2, \\tag{4}"
             "\\label{eq:w1}\n\\end{align}", (C, W),
             (f"(a1[0] - y[0])*{_SLOPE}*x[0]", f"(a1[0] - y[0])*{_SLOPE}*x[1]"))):
        cases.append(Public(f"{key}", "test", "tanh-unit", _TANH_MODEL, text, (verdicts,),
                            (Twin("gradient", "W1[0,0]", members),)))
    for key, network, text, verdict, truth, member in (
            # d glued to an activation's name over the sum it is applied to: its derivative there
            ("glued-function", "sigmoid-unit", "dsigmoid/ds = sigmoid(s) * (1 - sigmoid(s))", C, "a1[0]*(1 - a1[0])",
             "a1[0]*(1 - a1[0])"),
            ("glued-function-output", "sigmoid-unit", "dsigmoid/ds = p * (1 - p)", C, "a1[0]*(1 - a1[0])",
             "a1[0]*(1 - a1[0])"),
            ("glued-function-no-slope", "sigmoid-unit", "dsigmoid/ds = sigmoid(s)", W, "a1[0]*(1 - a1[0])", "a1[0]"),
            ("glued-function-tanh", "tanh-unit", "dtanh/ds = 1 - tanh(s)^2", C, _SLOPE, _SLOPE),
            ("glued-function-tanh-sign", "tanh-unit", "dtanh/ds = 1 + tanh(s)^2", W, _SLOPE, "1 + a1[0]**2")):
        cases.append(Public(f"{key}-{verdict}", "test", network, _PLAIN, text, ((verdict,),),
                            (Twin("value", truth, (member,)),)))
    for key, text, verdict, target, member, bindings in (
            # d before a bold letter: Ng's gradient name, the notation's db^{[2]} giving the course's convention
            ("d-bold-weight", r"d\mathbf{W}^{[2]} = \boldsymbol{\delta}^{[2]} \mathbf{a}^{[1]T}", C, "W2[0,{k}]",
             f"{_OUT}*a1[{{k}}]", _K2),
            ("d-bold-weight-input", r"d\textbf{W}^{[2]} = \boldsymbol{\delta}^{[2]} \mathbf{a}^{[1]T} 2", W,
             "W2[0,{k}]", f"2*{_OUT}*a1[{{k}}]", _K2),
            ("d-bold-bias", r"d\bm{b}^{[1]} = \boldsymbol{\delta}^{[1]}", C, "b1[{k}]",
             f"{_OUT}*W2[0,{{k}}]*a1[{{k}}]*(1 - a1[{{k}}])", _K2),
            ("d-bold-bias-no-slope", r"d\boldsymbol{b}^{[1]} = \mathbf{W}^{[2]T} \boldsymbol{\delta}^{[2]}", W,
             "b1[{k}]", f"{_OUT}*W2[0,{{k}}]", _K2)):
        cases.append(Public(f"{key}-{verdict}", "test", "two-sigmoid", _BOLD, text, ((verdict,),),
                            (Twin("gradient", target, (member,), bindings),)))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_d_glued_to_a_function_over_a_weight_is_refused_without_proposing_the_name_as_written():
    """dtanh/dr_1: tanh at the weight would be a misreading of d tanh(s)/d r_1; the message says what to write."""
    message = CHECKS.refused("tanh-unit", _PLAIN, "dtanh/dr_1 = 1 - tanh(s)^2")
    assert "tanh is a function, read at a pre-activation" in message and "tanh'(u)" in message
    assert "did you mean" not in message


def test_without_the_notations_gradient_convention_d_before_a_bold_letter_stays_refused():
    """No pattern names d before a letter as a gradient: dW^{[2]} stays a d no notation names (refused)."""
    message = CHECKS.refused("two-sigmoid", _BOLD.replace('"db^{[2]}" = "grad(b2[0])"\n', ""),
                             r"d\mathbf{W}^{[2]} = \boldsymbol{\delta}^{[2]} \mathbf{a}^{[1]T}")
    assert "unknown symbol d" in message


def test_a_scripted_layer_number_stays_a_layer():
    """functions = { "n_{2}" = "layer" }: the script is layer 2, not the model's name (the model would be a guess
    on a network of two layers): n_{2} of the hidden layer's output is the output layer's map."""
    notation = '[notation]\nloss = ["E"]\nfunctions = { "n_{2}" = "layer" }\n[notation.symbols]\n"v" = "b2[0]"\n' \
               '"y" = "y[0]"\n"h" = "a1[:]"\n'
    case = Public("n2", "test", "two-sigmoid", notation, r"\frac{\partial E}{\partial v} = (n_{2}(h) - y)", ((W,),),
                  (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),))
    assert CHECKS.verdicts(case) == ((W,),)
