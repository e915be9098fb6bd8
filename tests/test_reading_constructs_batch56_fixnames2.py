"""Blind batches 53, 55 and 56 showed four names refused, each written here as another author would (other names,
other networks than the pages'): a sample's superscript then one code index, ``u^{(n)}[k]``, the spec's
``u_{k}^{(n)}``, in a pattern and in a formula; an activation's name that a code name of the notation begins
(``tanh_grad`` beside ``tanh(s)``); the loss named with underscores (``loss = ["sum_sq_err"]``); and code's
``relu_derivative(u)`` of a rectifier, whose derivative at the input and at the output are one formula, [u > 0].
What stays refused: two index groups of one kind (``u[1](n)``), a notation's derivative name before a parenthesis
(the name times it, or the function at it), and a word derivative of the S-shaped function at an input.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LINEAR_2_2, LOGISTIC_3_NO_BIAS, RELU_2_2_SIGMOID_1_BCE, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-3": LOGISTIC_3_NO_BIAS,
    "tanh-two": TANH_2_1,
    "linear-2-2": LINEAR_2_2,
    "relu-2-2-1": RELU_2_2_SIGMOID_1_BCE,
}
CHECKS = CaseChecks(NETWORKS)

# a course's sample n written as a superscript, its features and the weights with code's indices
_SAMPLE = r'''
[notation]
indices = "kn"
loss = ["J"]
[notation.symbols]
"w[k]" = "W1[0, k]"
"u^{(n)}[k]" = "x[k]"
"y^{(n)}" = "y[0]"
"p^{(n)}" = "a1[0]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
# code's names of a tanh unit, with the slope named after the function
_TANH_GRAD = r'''
[notation]
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
"tanh_grad" = "1 - a1[0]**2"
'''
# a linear layer's code, its loss named as code names it
_SUM_SQ = r'''
[notation]
loss = ["sum_sq_err"]
[notation.symbols]
"out_1" = "a1[0]"
"out_2" = "a1[1]"
"t_1" = "y[0]"
"t_2" = "y[1]"
'''
# code's names of a rectifier layer: s1, s2 its sums, r1, r2 its outputs, v the output weights
_RELU = r'''
[notation]
[notation.symbols]
"s1" = "z1[0]"
"s2" = "z1[1]"
"r1" = "a1[0]"
"r2" = "a1[1]"
"v1" = "W2[0, 0]"
"dL_do" = "grad(z2[0])"
"dL_ds1" = "grad(z1[0])"
'''
_DS1 = "(a2[0] - y[0])*W2[0,0]*Heaviside(z1[0])"  # dL/dz2 = a2 - y, the sigmoid with the cross-entropy


def _cases() -> list[Public]:
    return [
        # a superscript, then one code index: one superscript and one subscript, in the pattern and the formula
        Public("sup-then-index", "test", "logistic-3", _SAMPLE,
               r"\frac{\partial J}{\partial w[k]} = (p^{(n)} - y^{(n)}) u^{(n)}[k]", ((C,),),
               (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K3),)),
        Public("sup-then-index-wrong", "test", "logistic-3", _SAMPLE,
               r"\frac{\partial J}{\partial w[k]} = (y^{(n)} - p^{(n)}) u^{(n)}[k]", ((W,),),
               (Twin("gradient", "W1[0,{k}]", ("(y[0] - a1[0])*x[{k}]",), _K3),)),
        Public("sup-then-index-as-subscript", "test", "logistic-3", _SAMPLE,
               r"\frac{\partial J}{\partial w[k]} = (p^{(n)} - y^{(n)}) u_{k}^{(n)}", ((C,),),
               (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K3),)),
        Public("sup-then-number", "test", "logistic-3", _SAMPLE,
               r"p^{(n)} = \sigma(w[0] u^{(n)}[0] + w[1] u^{(n)}[1] + w[2] u^{(n)}[2])", ((C,),),
               (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2])",)),)),
        Public("sup-then-number-wrong", "test", "logistic-3", _SAMPLE,
               r"p^{(n)} = \sigma(w[0] u^{(n)}[0] + w[1] u^{(n)}[2])", ((W,),),
               (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[2])",)),)),
        # a code name opening with the activation's word: the name; tanh(s) stays the function
        Public("function-word-name", "test", "tanh-two", _TANH_GRAD, "h = tanh(s)", ((C,),),
               (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
        Public("function-word-name-wrong", "test", "tanh-two", _TANH_GRAD, "h = tanh(2 * s)", ((W,),),
               (Twin("value", "a1[0]", ("tanh(2*z1[0])",)),)),
        Public("function-word-name-itself", "test", "tanh-two", _TANH_GRAD, "tanh_grad = 1 - h**2", ((C,),),
               (Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2",)),)),
        # the loss named with underscores, on the left side
        Public("loss-underscores", "test", "linear-2-2", _SUM_SQ,
               "sum_sq_err = 0.5 * ((out_1 - t_1)**2 + (out_2 - t_2)**2)", ((C,),),
               (Twin("value", "0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",
                     ("0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",)),)),
        Public("loss-underscores-wrong", "test", "linear-2-2", _SUM_SQ,
               "sum_sq_err = (out_1 - t_1)**2 + (out_2 - t_2)**2", ((W,),),
               (Twin("value", "0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",
                     ("(a1[0] - y[0])**2 + (a1[1] - y[1])**2",)),)),
        # the rectifier's derivative by its word: [u > 0] of the input or of the output alike
        Public("relu-derivative-input", "test", "relu-2-2-1", _RELU, "dL_ds1 = dL_do * v1 * relu_derivative(s1)",
               ((C,),), (Twin("gradient_z", "z1[0]", (_DS1,)),)),
        Public("relu-derivative-output", "test", "relu-2-2-1", _RELU, "dL_ds1 = dL_do * v1 * relu_derivative(r1)",
               ((C,),), (Twin("gradient_z", "z1[0]", ("(a2[0] - y[0])*W2[0,0]*Heaviside(a1[0])",)),)),
        Public("relu-derivative-wrong", "test", "relu-2-2-1", _RELU, "dL_ds1 = dL_do * v1 * relu_derivative(s2)",
               ((W,),), (Twin("gradient_z", "z1[0]", ("(a2[0] - y[0])*W2[0,0]*Heaviside(z1[1])",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_two_index_groups_of_one_kind_stay_refused():
    """``u[1](n)``: which group is the subscript and which the superscript is the page's to say."""
    notation = _SAMPLE.replace('"y^{(n)}"', '"u[1](n)" = "x[0]"\n"y^{(n)}"')
    assert "two index groups" in CHECKS.refused("logistic-3", notation, "p^{(n)} = y^{(n)}")


def test_a_notation_derivative_name_before_a_parenthesis_is_refused():
    """``tanh_grad(s)``, tanh_grad the notation's: the name times (s), or the derivative function at s."""
    message = CHECKS.refused("tanh-two", _TANH_GRAD, "tanh_grad = tanh_grad(s)")
    assert "times (u) or as a derivative" in message


def test_the_s_shaped_derivative_by_its_word_stays_refused_where_its_readings_differ():
    """``tanh_derivative(s)``: 1 - tanh(s)^2 at the input, 1 - s^2 at the output; they disagree."""
    message = CHECKS.refused("tanh-two", _TANH_GRAD.replace('"tanh_grad"', '"g"'), "g = tanh_derivative(s)")
    assert "do not agree" in message
