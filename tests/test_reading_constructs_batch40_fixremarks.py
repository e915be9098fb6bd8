"""Constructs of batches 39 and 40 of the public formulas that check refused, each written as another author would
(other names, other networks than the pages'): a clause in words after a comma closing the formula (``o =
\\sigma(s),\\ o\\ and\\ s\\ are\\ (2, 1)``, ``, for all units``, ``,\\ \\delta \\in \\mathbb{R}^{2}``), a remark;
Ng's gradient names set with ∂, ``\\partial W^{(2)} = \\frac{\\partial E}{\\partial W^{(2)}} = \\partial Z^{(2)}
A^{(1)T}``; plain-text formulas inside a sentence's words, typographic quotes among its punctuation; the
assignment typed with a space, ``c : = c - ...``; TeX's braces around a lone delimiter after a size
command, ``\\big{(} ... \\big{)}``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_3_2_2, TANH_2_3_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # three inputs, two sigmoid hidden units, two sigmoid outputs, the half squared error
    "sigmoid-2-2": SIGMOID_3_2_2,
    # two inputs, three tanh hidden units, one sigmoid output, the binary cross-entropy
    "tanh-3-sigmoid": TANH_2_3_SIGMOID_1_BCE,
}
CHECKS = CaseChecks(NETWORKS)

# h the hidden outputs, s the outputs' sums, o the outputs, t the targets, d the outputs' error terms dE/ds
_OUTPUTS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"h" = "a1[:]"
"s" = "z2[:]"
"o" = "a2[:]"
"t" = "y[:]"
"d" = "grad(z2[:])"
'''
_K2 = ({"k": 0}, {"k": 1})
_DZ = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
# layers in parentheses, capitals as Ng's course writes them (no d-names: \partial X names a gradient only where
# the formula defines it)
_LAYERS = r'''
[notation]
indices = "l"
loss = ["E", "\\mathcal{E}"]
learning_rate = ["\\eta"]
[notation.symbols]
"Z^{(l)}" = "z{l}[:]"
"A^{(l)}" = "a{l}[:]"
"A^{(0)}" = "x[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"t" = "y[0]"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_DZ2 = "(a2[0] - y[0])"
_BCE = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"


def _remark_cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            # a clause in words after the comma: the formula before it is the claim
            ("clause-shapes", r"o = \sigma(s),\ o\ and\ s\ are\ (2, 1)", C,
             Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2)),
            ("clause-shapes-tanh", r"o = \tanh(s),\ o\ and\ s\ are\ (2, 1)", W,
             Twin("value", "a2[{k}]", ("tanh(z2[{k}])",), _K2)),
            ("clause-for-all", r"d = (o - t) \odot o \odot (1 - o), for all output units", C,
             Twin("gradient_z", "z2[{k}]", (_DZ,), _K2)),
            ("clause-for-all-short", r"d = (o - t) \odot o, for all output units", W,
             Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2)),
            ("clause-text-where", r"o = \sigma(s), \text{where } s \text{ is the output layer's sum}", C,
             Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2)),
            # a membership after the comma: the set the left side lies in, no claim
            ("membership-after-comma", r"d = (o - t) \odot o \odot (1 - o),\ d \in \mathbb{R}^{(2,1)}", C,
             Twin("gradient_z", "z2[{k}]", (_DZ,), _K2)),
            ("membership-after-comma-wrong", r"d = (o - t) \odot (1 - o), \quad d \in \mathbb{R}^{2}", W,
             Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*(1 - a2[{k}])",), _K2))):
        cases.append(Public(key, "test", "sigmoid-2-2", _OUTPUTS, text, ((verdict,),), (twin,)))
    # a second claim after the comma is never a remark: both judged
    cases.append(Public("second-claim-kept", "test", "sigmoid-2-2", _OUTPUTS, r"o = \sigma(s), d = (o - t) \odot o",
                        ((C,), (W,)), (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2),
                                       Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2))))
    return cases


def _partial_cases() -> list[Public]:
    cases = []
    for key, text, verdicts, twin in (
            # \partial X on the left, defined by the first member as dE/dX: a name of that gradient, as is every
            # lone \partial Y of the formula
            ("partial-weights", r"\partial W^{(2)} = \frac{\partial E}{\partial W^{(2)}} = \partial Z^{(2)} A^{(1)T}",
             (C, C), Twin("gradient", "W2[0,{j}]", (f"{_DZ2}*a1[{{j}}]", f"{_DZ2}*a1[{{j}}]"), _J3)),
            ("partial-weights-doubled",
             r"\partial W^{(2)} = \frac{\partial E}{\partial W^{(2)}} = 2\, \partial Z^{(2)} A^{(1)T}",
             (C, W), Twin("gradient", "W2[0,{j}]", (f"{_DZ2}*a1[{{j}}]", f"2*{_DZ2}*a1[{{j}}]"), _J3)),
            ("partial-activations",
             r"\partial A^{(1)} = \frac{\partial \mathcal{E}}{\partial A^{(1)}} = W^{(2)T} \partial Z^{(2)}",
             (C, C), Twin("value", f"W2[0,{{j}}]*{_DZ2}", (f"W2[0,{{j}}]*{_DZ2}", f"W2[0,{{j}}]*{_DZ2}"), _J3)),
            ("partial-activations-masked",
             r"\partial A^{(1)} = \frac{\partial \mathcal{E}}{\partial A^{(1)}} = W^{(2)T} \partial Z^{(2)} \odot A^{(1)}",
             (C, W), Twin("value", f"W2[0,{{j}}]*{_DZ2}",
                          (f"W2[0,{{j}}]*{_DZ2}", f"W2[0,{{j}}]*{_DZ2}*a1[{{j}}]"), _J3)),
            ("partial-bias", r"\partial b^{(2)} = \dfrac{\partial E}{\partial b^{(2)}} = \partial Z^{(2)}", (C, C),
             Twin("gradient", "b2[0]", (_DZ2, _DZ2))),
            ("partial-bias-sign", r"\partial b^{(2)} = \dfrac{\partial E}{\partial b^{(2)}} = -\partial Z^{(2)}",
             (C, W), Twin("gradient", "b2[0]", (_DZ2, f"-{_DZ2}")))):
        cases.append(Public(key, "test", "tanh-3-sigmoid", _LAYERS, text, (verdicts,), (twin,)))
    return cases


def _typography_cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # the assignment with a space inside or around its colon: the update :=
            ("assignment-spaced", r"b^{(2)} : = b^{(2)} - \eta \frac{\partial E}{\partial b^{(2)}}", C,
             "b2[0] - eta*grad"),
            ("assignment-colon-glued", r"b^{(2)}: = b^{(2)} + \eta \frac{\partial E}{\partial b^{(2)}}", W,
             "b2[0] + eta*grad"),
            ("assignment-thin-space", r"b^{(2)} :\,= b^{(2)} - \eta \frac{\partial E}{\partial b^{(2)}}", C,
             "b2[0] - eta*grad")):
        cases.append(Public(key, "test", "tanh-3-sigmoid", _LAYERS, text, ((verdict,),),
                            (Twin("update", "b2[0]", (member,)),)))
    for key, text, verdict, member in (
            # braces around a lone delimiter (after a size command): the delimiter, an ordinary character
            ("braced-parentheses", r"E = -\big{(} t \log A^{(2)} + (1 - t) \log(1 - A^{(2)}) \big{)}", C, _BCE),
            ("braced-brackets", r"E = -\Large{[} t \log A^{(2)} + (1 - t) \log(1 - A^{(2)}) \Large{]}", C, _BCE),
            ("braced-parentheses-unsigned", r"E = {(} t \log A^{(2)} + (1 - t) \log(1 - A^{(2)}) {)}", W,
             "y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0])")):
        cases.append(Public(key, "test", "tanh-3-sigmoid", _LAYERS, text, ((verdict,),),
                            (Twin("value", _BCE, (member,)),)))
    return cases


def _sentence_cases() -> list[Public]:
    """Plain-text formulas inside a sentence's words (no delimiters), typographic quotes its punctuation."""
    cases = []
    value = Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2)
    for key, text, expected, twins in (
            ("sentence-quotes", "Could someone tell me why d = (o - t) * o * (1 - o) holds in the lecture"
             " \u201cBackpropagation basics\u201d?", ((C,),), (Twin("gradient_z", "z2[{k}]", (_DZ,), _K2),)),
            ("sentence-quotes-short", "Could someone tell me why d = (o - t) * o holds in the lecture"
             " \u201cBackpropagation basics\u201d?", ((W,),),
             (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
            ("sentence-two-claims", "I\u2019m confused why o = sigmoid(s) and d = (o - t) * o * (1 - o) in chapter 2.",
             ((C,), (C,)), (value, Twin("gradient_z", "z2[{k}]", (_DZ,), _K2))),
            ("sentence-two-claims-second-wrong", "I\u2019m confused why o = sigmoid(s) and d = (o - t) * (1 - o) in"
             " chapter 2.", ((C,), (W,)),
             (value, Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*(1 - a2[{k}])",), _K2))),
            ("sentence-which-is", "We found o = sigmoid(s) which is really o = 1 / (1 + exp(-s))", ((C,), (C,)),
             (value, Twin("value", "a2[{k}]", ("1/(1 + exp(-z2[{k}]))",), _K2))),
            ("sentence-which-is-wrong", "We found o = sigmoid(s) which is really o = 1 / (1 - exp(-s))", ((C,), (W,)),
             (value, Twin("value", "a2[{k}]", ("1/(1 - exp(-z2[{k}]))",), _K2)))):
        cases.append(Public(key, "test", "sigmoid-2-2", _OUTPUTS, text, expected, twins))
    return cases


CASES = [*_remark_cases(), *_partial_cases(), *_typography_cases(), *_sentence_cases()]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_comma_before_a_factor_stays_refused():
    """``d = (o - t), o \\odot (1 - o)``: mathematics after the comma (a product's lost \\, or a list) is no clause."""
    message = CHECKS.refused("sigmoid-2-2", _OUTPUTS, r"d = (o - t), o \odot (1 - o)")
    assert "a comma after a member is no product" in message


def test_a_lone_partial_no_member_defines_stays_refused():
    """``\\partial W^{(2)} = \\partial Z^{(2)} A^{(1)T}``: no member says ∂W is dE/dW, so nothing names it."""
    CHECKS.refused("tanh-3-sigmoid", _LAYERS, r"\partial W^{(2)} = \partial Z^{(2)} A^{(1)T}")


def test_a_condition_word_before_an_equation_in_a_sentence_is_refused_saying_so():
    """``So for d = ... we are done``: "for" makes the equation a condition (as for $...$ in prose); no claim."""
    message = CHECKS.refused("sigmoid-2-2", _OUTPUTS, "So for d = (o - t) * o * (1 - o) we are done")
    assert "'for' before" in message and "condition" in message
