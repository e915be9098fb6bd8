"""Batches 58 and 61 of the public formulas showed three constructs, each written here as another author would (other
names, other networks than the pages'): a worked member mixing the network's symbols with a decimal that stands
for a value at the file's numbers (``v_1 - \\alpha \\cdot (-0.15387) = 0.31539``), judged there with the decimal's
own rounding, while a wrong decimal, a right decimal in a wrong formula and a formula's constant outside a worked
chain stay judged as before; one equation written twice in a paragraph, two claims; and ``\\Delta`` before a
weight the notation names, the change the update adds to it (``\\Delta v_1 = -\\alpha dE/dv_1``; uphill, or
without the rate, wrong), beside ``\\delta`` the error term, while a notation naming ``\\Delta`` alone keeps it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts, whose worked members
tests/number_oracle.oracle_worked judges on its own): each case carries its twin, the formula transcribed by hand
into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one tanh unit on two inputs with the file's numbers: z = 0.09, o = tanh(z) = 0.0897578, dE/dz = -0.3077428,
    # dE/dv_1 = -0.1538714, dE/dv_2 = -0.2461942; one step of 0.1 takes v_1 to 0.3153871 and v_2 to -0.1753806
    "tanh-numbers": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[0.3, -0.2]]\nbiases = [0.1]\n'
                    '[loss]\nname = "half_squared_error"\n[data]\nx = [[0.5, 0.8]]\ny = [[0.4]]\n'
                    '[update]\nlearning_rate = 0.1\n',
}
CHECKS = CaseChecks(NETWORKS)

# v the weights, c the bias, u the inputs, o the output, t the target, E the loss, \alpha the learning rate
_TANH = r'''
[notation]
loss = ["E"]
learning_rate = ["\\alpha"]
[notation.symbols]
"v_1" = "W1[0,0]"
"v_2" = "W1[0,1]"
"c" = "b1[0]"
"u_1" = "x[0]"
"u_2" = "x[1]"
"o" = "a1[0]"
"t" = "y[0]"
'''
_HALF = "0.5*(y[0] - a1[0])**2"
_BIAS_SLOPE = Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",))
_BIAS_SLOPE_WRONG = Twin("gradient", "b1[0]", ("(y[0] - a1[0])*(1 - a1[0]**2)",))
_SLOPE_1 = "(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"
_STEP_1 = "-eta*" + _SLOPE_1
_STEP_2 = "-eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[1]"
# \delta the error term dE/dz, as many pages write it
_TANH_ERROR = _TANH + '"\\\\delta" = "grad(z1[0])"\n'
# \Delta named by the notation itself: \Delta v_1 is no change of v_1 then
_TANH_DELTA = _TANH + '"\\\\Delta" = "grad(z1[0])"\n'
# a word for each name, and a word for the learning rate
_WORDS = r'''
[notation]
loss = ["cost"]
learning_rate = ["step_size"]
[notation.symbols]
"gain" = "W1[0, 0]"
"feature" = "x[0]"
"out" = "a1[0]"
"goal" = "y[0]"
'''


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a worked update: the decimal is dE/dv_1 at the file's numbers, to its digits
            ("worked-update", r"v_1^{new} = v_1 - \alpha \cdot (-0.15387) = 0.31539", ((C, C),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(-0.15387)", "=0.31539")),)),
            ("worked-update-four-digits", r"v_2^{+} = v_2 - \alpha \cdot (-0.2462) = -0.1754", ((C, C),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*(-0.2462)", "=-0.1754")),)),
            # a wrong gradient, a right one after the wrong sign, one digit too far off: wrong
            ("worked-update-wrong-gradient", r"v_1^{new} = v_1 - \alpha \cdot (-0.1412) = 0.31539", ((W, C),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(-0.1412)", "=0.31539")),)),
            ("worked-update-wrong-sign", r"v_1^{new} = v_1 + \alpha \cdot (-0.15387) = 0.31539", ((W, C),),
             (Twin("update", "W1[0,0]", ("W1[0,0] + eta*(-0.15387)", "=0.31539")),)),
            ("worked-update-one-digit-off", r"v_1^{new} = v_1 - \alpha \cdot (-0.3) = 0.31539", ((W, C),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(-0.3)", "=0.31539")),)),
            # no decimal alone: no worked computation, the member a formula judged at random points
            ("not-worked", r"v_1^{new} = v_1 - \alpha \cdot (-0.15387)", ((W,),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(-0.15387)",)),)),
            # a gradient: the decimal dE/dz, the symbol the input it multiplies; the other input is wrong
            ("worked-gradient", r"\frac{\partial E}{\partial v_2} = -0.30774 \cdot u_2 = -0.24619", ((C, C),),
             (Twin("gradient", "W1[0,1]", ("-0.30774*x[1]", "=-0.24619")),)),
            ("worked-gradient-wrong-input", r"\frac{\partial E}{\partial v_2} = -0.30774 \cdot u_1 = -0.24619",
             ((W, C),), (Twin("gradient", "W1[0,1]", ("-0.30774*x[0]", "=-0.24619")),)),
            # a formula's constant: right or wrong at random points, and a wrong one stays wrong in a worked chain
            ("constant-right", r"E = 0.5 (t - o)^2", ((C,),), (Twin("value", _HALF, ("0.5*(y[0] - a1[0])**2",)),)),
            ("constant-wrong", r"E = 0.6 (t - o)^2", ((W,),), (Twin("value", _HALF, ("0.6*(y[0] - a1[0])**2",)),)),
            ("constant-wrong-worked", r"E = 0.6 (t - o)^2 = 0.04813", ((W, C),),
             (Twin("value", _HALF, ("0.6*(y[0] - a1[0])**2", "=0.04813")),))):
        cases.append(Public(key, "test", "tanh-numbers", _TANH, text, expected, twins))
    for key, text, expected, twins in (
            # one equation written twice in a paragraph (stated, then derived): two claims, each judged
            ("twice-stated", "The bias's slope is $\\frac{\\partial E}{\\partial c} = (o - t)(1 - o^2)$, since"
             " $o = \\tanh(v_1 u_1 + v_2 u_2 + c)$. Differentiating gives $\\frac{\\partial E}{\\partial c} ="
             " (o - t)(1 - o^2)$ again.", ((C,), (C,), (C,)),
             (_BIAS_SLOPE, Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)), _BIAS_SLOPE)),
            ("twice-stated-wrong", "$\\frac{\\partial E}{\\partial c} = (t - o)(1 - o^2)$ and $E = \\frac{1}{2}"
             "(t - o)^2$, so $\\frac{\\partial E}{\\partial c} = (t - o)(1 - o^2)$.", ((W,), (C,), (W,)),
             (_BIAS_SLOPE_WRONG, Twin("value", _HALF, (_HALF,)), _BIAS_SLOPE_WRONG)),
            # \Delta before a weight the notation names: the change the step adds to it, -\alpha dE/dv
            ("change", r"\Delta v_1 = -\alpha \frac{\partial E}{\partial v_1}", ((C,),),
             (Twin("value", _STEP_1, ("-eta*" + _SLOPE_1,)),)),
            ("change-uphill", r"\Delta v_1 = \alpha \frac{\partial E}{\partial v_1}", ((W,),),
             (Twin("value", _STEP_1, ("eta*" + _SLOPE_1,)),)),
            ("change-no-rate", r"\Delta v_1 = -\frac{\partial E}{\partial v_1}", ((W,),),
             (Twin("value", _STEP_1, ("-" + _SLOPE_1,)),)),
            ("change-worked-out", r"\Delta v_1 = \alpha (t - o)(1 - o^2) u_1", ((C,),),
             (Twin("value", _STEP_1, ("eta*(y[0] - a1[0])*(1 - a1[0]**2)*x[0]",)),)),
            ("change-plain", "Δv_2 = alpha * (t - o) * (1 - o^2) * u_2", ((C,),),
             (Twin("value", _STEP_2, ("eta*(y[0] - a1[0])*(1 - a1[0]**2)*x[1]",)),)),
            ("change-bias-no-rate", r"\Delta c = (t - o)(1 - o^2)", ((W,),),
             (Twin("value", "-eta*(a1[0] - y[0])*(1 - a1[0]**2)", ("(y[0] - a1[0])*(1 - a1[0]**2)",)),)),
            # the update adds the change
            ("change-added", r"v_1 \leftarrow v_1 + \Delta v_1", ((C,),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*" + _SLOPE_1,)),)),
            ("change-subtracted", r"v_1 \leftarrow v_1 - \Delta v_1", ((W,),),
             (Twin("update", "W1[0,0]", ("W1[0,0] + eta*" + _SLOPE_1,)),))):
        cases.append(Public(key, "test", "tanh-numbers", _TANH, text, expected, twins))
    for key, text, expected, twins in (
            # \delta the error term beside \Delta the change
            ("change-with-error-term", r"\Delta v_1 = -\alpha \delta u_1", ((C,),),
             (Twin("value", _STEP_1, ("-eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",)),)),
            ("change-with-error-term-uphill", r"\Delta v_1 = \alpha \delta u_1", ((W,),),
             (Twin("value", _STEP_1, ("eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",)),))):
        cases.append(Public(key, "test", "tanh-numbers", _TANH_ERROR, text, expected, twins))
    for key, text, expected, twins in (
            # a word's change: the notation names the word
            ("change-of-word", "∆gain = step_size * (goal - out) * (1 - out^2) * feature", ((C,),),
             (Twin("value", _STEP_1, ("eta*(y[0] - a1[0])*(1 - a1[0]**2)*x[0]",)),)),
            ("change-of-word-no-rate", "∆gain = (goal - out) * (1 - out^2) * feature", ((W,),),
             (Twin("value", _STEP_1, ("(y[0] - a1[0])*(1 - a1[0]**2)*x[0]",)),))):
        cases.append(Public(key, "test", "tanh-numbers", _WORDS, text, expected, twins))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_notation_naming_delta_alone_keeps_it():
    """\\Delta named by the notation (here dE/dz) is that name: \\Delta v_1 is no change of v_1, and stays refused."""
    assert r"\Delta v_{1}" in CHECKS.refused("tanh-numbers", _TANH_DELTA, r"\Delta v_1 = 0")
