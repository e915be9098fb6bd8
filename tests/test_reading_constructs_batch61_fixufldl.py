"""Batches 61 and 62 of the public formulas showed these refused, each written here as another author would (other
names, other networks than the pages'): a class's probability given the input, ``P(c_n = j | x_n)`` (``\\mid``, with
or without ``; \\theta`` after the input), the softmax output's entry for class j, and the indicator of the sample's
label, ``1\\{c_n = j\\}`` (the notation's ``label`` letter, here c), the one-hot target's entry for class j, j counted
as the notation's patterns in j count it (from 1 in ``"w_{j}" = "W1[j-1, :]"``, from 0 in ``"W1[j, :]"``); a capital T glued after a name's layer with the next name glued to the T,
``V[2]TdS[2]``, the transpose times that name, read where the letters after the T start a name of the notation and
no name of the notation starts with the T and them. What stays refused: the label's class compared with a letter
whose counting no pattern fixes (or patterns that disagree), a probability given anything but the input; a T after
a layer where a name of the notation begins with that T and the letters glued after it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_2_2_SIGMOID_1_BCE, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "softmax-2-3": SOFTMAX_2_3,
    "relu-2-2-sigmoid": RELU_2_2_SIGMOID_1_BCE,
}
CHECKS = CaseChecks(NETWORKS)

# samples x_n (N of them), classes counted from 1 by j (w_j the weights into class j's unit), the label c
_CLASSES = r'''
[notation]
label = "c"
loss = ["E"]
[notation.symbols]
"w_{j}" = "W1[j-1, :]"
"x_{n}" = "x[:]"
"N" = "1"
"C" = "3"
'''
# the same classes counted from 0
_CLASSES_FROM_0 = _CLASSES.replace("j-1", "j")
# no pattern counts the classes: the letter k of a sum has no counting of its own
_CLASSES_UNCOUNTED = _CLASSES.replace('"w_{j}" = "W1[j-1, :]"', '"w" = "W1[:, :]"')
# two patterns that count j differently; j also an input's index
_CLASSES_DISAGREE = _CLASSES + '"b_{j}" = "b1[j]"\n'
_CLASSES_INPUT_J = _CLASSES + '"v_{j}" = "W1[0, j-1]"\n'
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_JI = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
# a course's layers in brackets, plain text's V[l]: V the weights, dS the loss's gradient by the sums S, relu the
# hidden layer's function
_LAYERS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"V[l]" = "W{l}[:, :]"
"dS[l]" = "grad(z{l}[:])"
"S[l]" = "z{l}[:]"
'''
# the same, where Td names the target: TdS[2] may be that name and S[2]
_LAYERS_TD = _LAYERS + '"Td" = "y[0]"\n'
_J2 = ({"j": 0}, {"j": 1})
_GRAD_SJ = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the loss: the label's indicator times the log of the class's probability, summed over the classes
            ("indicator-probability-loss", r"E = -\sum_{n=1}^{N} \sum_{j=1}^{C} 1\{c_n = j\} \log P(c_n = j \mid x_n)",
             ((C,),), (Twin("value", _CE, (_CE,)),)),
            ("indicator-probability-loss-wrong", r"E = -\sum_{n=1}^{N} \sum_{j=1}^{C} \log P(c_n = j \mid x_n)",
             ((W,),), (Twin("value", _CE, ("-(log(a1[0]) + log(a1[1]) + log(a1[2]))",)),)),
            # the gradient by class j's weights, a rule for every j; a plain bar and the parameters after ;
            ("indicator-probability-gradient", r"\nabla_{w_j} E = -\sum_{n=1}^{N} x_n (1\{c_n = j\} - P(c_n = j | "
             r"x_n; w))", ((C,),), (Twin("gradient", "W1[{j},{i}]", ("-x[{i}]*(t[{j}] - a1[{j}])",), _JI),)),
            ("indicator-probability-gradient-wrong", r"\nabla_{w_j} E = -\sum_{n=1}^{N} x_n (P(c_n = j | x_n; w) - "
             r"1\{c_n = j\})", ((W,),), (Twin("gradient", "W1[{j},{i}]", ("-x[{i}]*(a1[{j}] - t[{j}])",), _JI),))):
        cases.append(Public(key, "test", "softmax-2-3", _CLASSES, text, expected, twins))
    for key, text, expected, twins in (
            # classes counted from 0
            ("indicator-probability-from-0", r"\nabla_{w_j} E = \sum_{n=1}^{N} (P(c_n = j \mid x_n) - 1\{c_n = j\}) "
             r"x_n", ((C,),), (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _JI),)),
            ("indicator-probability-from-0-wrong", r"\nabla_{w_j} E = \sum_{n=1}^{N} (P(c_n = j \mid x_n) - "
             r"1\{c_n = j\}) 2 x_n", ((W,),),
             (Twin("gradient", "W1[{j},{i}]", ("2*x[{i}]*(a1[{j}] - t[{j}])",), _JI),))):
        cases.append(Public(key, "test", "softmax-2-3", _CLASSES_FROM_0, text, expected, twins))
    for key, text, expected, twins in (
            # a capital T glued after a name's layer, the next name glued to it: the transpose times that name
            ("layer-t-glued-name", "dS[1] = V[2]TdS[2] * relu'(S[1])", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_GRAD_SJ,), _J2),)),
            ("layer-t-glued-name-wrong", "dS[1] = V[2]TdS[2] * S[1]", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*z1[{j}]",), _J2),)),
            ("layer-t-glued-name-odot", r"dS[1]=V[2]TdS[2] \odot relu'(S[1])", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_GRAD_SJ,), _J2),))):
        cases.append(Public(key, "test", "relu-2-2-sigmoid", _LAYERS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_t_glued_to_a_name_the_notation_begins_with_t_stays_refused():
    """``V[2]TdS[2]`` where Td is the target: the transpose times dS[2], or V[2] Td S[2], a guess."""
    CHECKS.refused("relu-2-2-sigmoid", _LAYERS_TD, "dS[1] = V[2]TdS[2] * relu'(S[1])")


def test_a_class_letter_no_pattern_counts_stays_refused():
    """``1\\{c = k\\}`` where no pattern writes k: class k from 0 or from 1, a guess."""
    assert "do not fix how it counts" in CHECKS.refused(
        "softmax-2-3", _CLASSES_UNCOUNTED, r"E = -\sum_{k=1}^{C} 1\{c = k\} \log P(c = k \mid x_n)")


def test_patterns_that_count_a_class_letter_differently_stay_refused():
    """``w_j`` from 1 and ``b_j`` from 0, or ``v_j`` where j counts the inputs: which counting the indicator's j
    follows is a guess."""
    for notation in (_CLASSES_DISAGREE, _CLASSES_INPUT_J):
        assert "do not fix how it counts" in CHECKS.refused(
            "softmax-2-3", notation, r"\nabla_{w_j} E = -\sum_{n=1}^{N} x_n (1\{c_n = j\} - P(c_n = j | x_n))")


def test_a_probability_given_anything_but_the_input_stays_refused():
    """``P(c_n = j | w)``: the class's probability given the weights alone is no output of the network."""
    assert "given the network's input" in CHECKS.refused(
        "softmax-2-3", _CLASSES, r"\nabla_{w_j} E = -\sum_{n=1}^{N} x_n (1\{c_n = j\} - P(c_n = j | w))")
