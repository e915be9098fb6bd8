"""Batches 59 and 60 of the public formulas showed misreads and refusals, each written here as another author would
(other names, other networks than the pages'): ``u \\otimes v`` of two vectors of one size, the outer product of
most texts or the entrywise product of some notes, judged both ways and refused where they disagree; ``\\sigma(1 -
\\sigma)`` where the notation names \\sigma a unit's output, the product (``\\sigma(s)`` at the unit's own input still
its value, and any other parenthesis judged both as the function applied and as the product); two claims joined by
an implication's arrow (``=>``, ``\\Rightarrow``), each judged, the second an update written with ``:=``; a hyphen and
a space opening a plain line, a list's bullet (inside math delimiters, a minus); a sum over a data set, ``\\sum_{x \\in
D}``, the one sample where the notation gives the count 1.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_3_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    "sigmoid-3-2": SIGMOID_2_3_2,
    "logistic": LOGISTIC_2,
}
CHECKS = CaseChecks(NETWORKS)

# the output unit's weights u (a row), the hidden outputs h, the output's sum s and bias c
_OUTPUT_UNIT = r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"u" = "W2[0, :]"
"h" = "a1[:]"
"s" = "z2[0]"
"c" = "b2[0]"
'''
# the hidden layer's error d (three units), the input x (two), V input-first
_HIDDEN_ERROR = r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"d" = "grad(z1[:])"
"x" = "x[:]"
"V_{ij}" = "W1[j, i]"
'''
# \sigma the unit's output, s its sum, q its weights, u the input, c its bias
_SIGMA_OUTPUT = r'''
[notation]
loss = ["E"]
[notation.symbols]
"\\sigma" = "a1[0]"
"s" = "z1[0]"
"q" = "W1[0, :]"
"u" = "x[:]"
"c" = "b1[0]"
'''
# Ng's gradient names for a logistic unit: dc the bias's, ds the sum's
_GRADIENT_NAMES = r'''
[notation]
loss = ["E"]
[notation.symbols]
"c" = "b1[0]"
"dc" = "grad(b1[0])"
"ds" = "grad(z1[0])"
"h" = "a1[0]"
"t" = "y[0]"
'''
# a logistic unit's weights v and input u in bold, n the number of samples: one
_DATA_SET = r'''
[notation]
loss = ["E"]
[notation.symbols]
"\\mathbf{v}" = "W1[0, :]"
"\\mathbf{u}" = "x[:]"
"c" = "b1[0]"
"h" = "a1[0]"
"t" = "y[0]"
"n" = "1"
'''
_I2 = ({"i": 0}, {"i": 1})
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_D = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
      "*a1[{j}]*(1 - a1[{j}])")


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # \otimes read entrywise or as the outer product: both wrong here, so the verdict stands
            ("otimes-both-wrong", r"s = \sum (u \otimes h) - c", ((W,),),
             (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] - b2[0]",)),)),):
        cases.append(Public(key, "test", "tanh-sigmoid", _OUTPUT_UNIT, text, expected, twins))
    for key, text, expected, twins in (
            # vectors of two sizes: no entrywise product, the outer product the one reading
            ("otimes-outer-only", r"\frac{\partial E}{\partial V} = x \otimes d", ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_D}",), _IJ),)),
            ("otimes-outer-only-wrong", r"\frac{\partial E}{\partial V} = x \otimes (-d)", ((W,),),
             (Twin("gradient", "W1[{j},{i}]", (f"-x[{{i}}]*{_D}",), _IJ),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _HIDDEN_ERROR, text, expected, twins))
    for key, text, expected, twins in (
            # \sigma the notation's quantity before a parenthesis holding it: the product
            ("sigma-times-parenthesis", r"\frac{\partial \sigma}{\partial s} = \sigma(1-\sigma)", ((C,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
            ("sigma-times-parenthesis-wrong", r"\frac{\partial \sigma}{\partial s} = \sigma(1+\sigma)", ((W,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 + a1[0])",)),)),
            # at its own input, the function's value: the quantity
            ("sigma-at-own-input", r"\frac{\partial \sigma}{\partial s} = \sigma(s)(1-\sigma)", ((C,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),))):
        cases.append(Public(key, "test", "logistic", _SIGMA_OUTPUT, text, expected, twins))
    for key, text, expected, first in (
            # an implication between a claim and an update: two claims, each judged
            ("implies-plain", "dc = ds   => c := c - \u03b7 dc", ((C,), (C,)), "a1[0] - y[0]"),
            ("implies-plain-wrong", "dc = 2 ds   => c := c - \u03b7 dc", ((W,), (C,)), "2*(a1[0] - y[0])"),
            ("implies-long-arrow", "dc = h - t ==> c := c - \u03b7 dc", ((C,), (C,)), "a1[0] - y[0]"),
            ("implies-latex-wrong", r"dc = t - h \Rightarrow c := c - \eta\, dc", ((W,), (C,)), "y[0] - a1[0]")):
        cases.append(Public(key, "test", "logistic", _GRADIENT_NAMES, text, expected,
                            (Twin("gradient", "b1[0]", (first,)), Twin("update", "b1[0]", ("b1[0] - eta*grad",)))))
    for key, text, expected, left, member in (
            # a plain line's bullet, indented under a list, before a chain and an implication
            ("bullet-chain", "    - ds = h - t = -(t - h)", ((C, C),), "a1[0] - y[0]",
             ("a1[0] - y[0]", "-(y[0] - a1[0])")),
            ("bullet-wrong", "- ds = t - h", ((W,),), "a1[0] - y[0]", ("y[0] - a1[0]",)),
            # inside a display, the minus as written
            ("minus-in-display", "$$\n- ds = t - h\n$$", ((C,),), "-(a1[0] - y[0])", ("y[0] - a1[0]",))):
        cases.append(Public(key, "test", "logistic", _GRADIENT_NAMES, text, expected, (Twin("value", left, member),)))
    over_s = r"\frac{1}{n} \sum_{\mathbf{u} \in S}"
    for key, text, expected, twin in (
            # a sum over the data set's inputs, the notation's one sample
            ("data-set-bias", rf"\frac{{\partial E}}{{\partial c}} = {over_s} (h - t)", ((C,),),
             Twin("gradient", "b1[0]", ("a1[0] - y[0]",))),
            ("data-set-bias-wrong", rf"\frac{{\partial E}}{{\partial c}} = {over_s} (t - h)", ((W,),),
             Twin("gradient", "b1[0]", ("y[0] - a1[0]",))),
            ("data-set-weights", rf"\frac{{\partial E}}{{\partial \mathbf{{v}}}} = {over_s} (h - t) \mathbf{{u}}",
             ((C,),), Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2))):
        cases.append(Public(key, "test", "logistic", _DATA_SET, text, expected, (twin,)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_otimes_of_two_vectors_of_one_size_is_refused_where_its_readings_disagree():
    """``s = \\sum(u \\otimes h) + c``: right entry by entry, wrong as the outer product's entries summed."""
    message = CHECKS.refused("tanh-sigmoid", _OUTPUT_UNIT, r"s = \sum (u \otimes h) + c")
    assert r"\otimes reads as the outer product (u v^T) or" in message and r"write \odot" in message


def test_sigma_named_a_quantity_before_another_parenthesis_is_refused_where_its_readings_disagree():
    """``\\sigma = \\sigma(q \\cdot u + c)``: right as the function applied, wrong as the quantity times the sum."""
    message = CHECKS.refused("logistic", _SIGMA_OUTPUT, r"\sigma = \sigma(q \cdot u + c)")
    assert r"the function \sigma applied to the parenthesis or as the notation's \sigma times it" in message
