"""Batch 117's pages (and batch 118's comparison in a call) showed these constructs refused or misread, written here
as other authors would (other names, other networks than the pages'):

- TeX's control space before a display's closing punctuation, ``o_j (1 - o_j) \\ .`` and ``\\ ,`` (a writer's habit of
  spacing the sentence's mark off): a space, the mark the sentence's; a backslash ending a line of code stays refused;
- a second display on the line of the first, opening with its own label, ``$$\\mbox{A: } ... $$ $$\\mbox{Use chain
  rule: } ...$$``: the label the sentence's, as the first display's is;
- ``e^2_j`` where the notation names an error e with a subscript: e_j squared (its superscript set first), never
  Euler's number, which has no subscript; where the notation names no e, refused as before;
- an assignment to a scripted name minus a number, ``error_L-1 = ...`` (the layer L - 1 its author means, which the
  text makes error_L minus 1): refused, naming the left side;
- a gradient by a whole matrix equated with one entry's formula, ``\\nabla_W E = -\\delta_j y_i``: refused, saying so;
- a sum without its index over a squared length of whole vectors, ``\\frac{1}{2n}\\sum|y - a|^2`` (Nielsen's cost):
  the sum over the samples, the only thing it can add over, read where the notation counts one sample;
- code's derivative flag under its other abbreviations, ``sigmoid(a, derv=True)`` (``der=``, ``derivate=``); any
  other keyword refused, named;
- a comparison as a code call's argument, ``np.multiply(da1, z1 > 0)``: NumPy's array of booleans, the indicator.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.parsing import parse_formula
from backprop.symbolic.quantities import FormulaError, NetworkSymbols
from construct_checks import CaseChecks
from construct_networks import RELU_2_2_SIGMOID_1, SIGMOID_2_1, SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-1": SIGMOID_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
    "relu-2-2-sigmoid-1": RELU_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

# one logistic unit: s its sum, h its output
_UNIT = r'''
[notation]
[notation.symbols]
"h" = "a1[0]"
"s" = "z1[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
'''
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_SLOPE = "a1[0]*(1 - a1[0])"

# Haykin's letters at the output layer: e_k the error, d_k the target, y_k the output
_ERROR = r'''
[notation]
indices = "k"
loss = ["E"]
[notation.symbols]
"e_{k}" = "y[k] - a2[k]"
"d_{k}" = "y[k]"
"y_{k}" = "a2[k]"
"v_{k}" = "z2[k]"
'''
_HALF_SSE = "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)"
_K2 = tuple({"k": k} for k in range(2))

# Nielsen's cost over the samples, one here: y and a the output layer's whole vectors
_NIELSEN = r'''
[notation]
loss = ["C"]
[notation.symbols]
"y" = "y[:]"
"a" = "a2[:]"
"n" = "1"
'''

# the local gradient of the output layer's neuron j (Haykin's delta_j = -dE/dv_j), y_i the hidden outputs
_LOCAL = r'''
[notation]
loss = ["E"]
[notation.symbols]
"\\delta_{j}" = "-delta2[j]"
"y_{i}" = "a1[i]"
"w_{ji}" = "W2[j, i]"
"\\mathbf{W}" = "W2[:, :]"
"W" = "W2[:, :]"
'''
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_DELTA2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"

# code's names for a logistic unit on its own
_CODE = r'''
[notation]
[notation.symbols]
"net" = "z1[0]"
"out" = "a1[0]"
"slope" = "a1[0]*(1 - a1[0])"
'''

# a ReLU layer in NumPy rows: z1 the sums, da1 the loss's gradient by the outputs, dz1 by the sums
_RELU = r'''
[notation]
[notation.symbols]
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
'''
_J2 = tuple({"j": j} for j in range(2))
_DA1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]"


def _cases() -> list[Public]:
    return [
        # ---- TeX's control space before the display's punctuation ---------------------------------------------
        Public("control-space-full-stop", "test", "sigmoid-2-1", _UNIT,
               "$$\n\\frac{\\partial h}{\\partial s} = h (1 - h) \\ .\n$$", ((C,),),
               (Twin("value", _SLOPE, (_SLOPE,)),)),
        Public("control-space-comma-brackets", "test", "sigmoid-2-1", _UNIT, "\\[ s = w_1 x_1 + w_2 x_2 + b\\ , \\]",
               ((C,),), (Twin("value", "z1[0]", (_S,)),)),
        Public("control-space-inline", "test", "sigmoid-2-1", _UNIT, "$h = \\sigma(s)\\ $.", ((C,),),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
        Public("control-space-aligned-rows", "test", "sigmoid-2-1", _UNIT,
               "\\begin{align}\nh &= \\sigma(s) \\ , \\\\\n\\frac{dh}{ds} &= h (1 - h) \\ .\n\\end{align}", ((C,), (C,)),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", _SLOPE, (_SLOPE,)))),
        Public("control-space-wrong", "test", "sigmoid-2-1", _UNIT,
               "$$\\frac{\\partial h}{\\partial s} = h (1 + h) \\ .$$", ((W,),),
               (Twin("value", _SLOPE, ("a1[0]*(1 + a1[0])",)),)),
        # ---- a second display's label ------------------------------------------------------------------------
        Public("second-display-label", "test", "sigmoid-2-1", _UNIT,
               "$$\\mbox{Sigmoid: } h = \\sigma(s)$$ $$\\mbox{Its slope by the sum: } \\frac{dh}{ds} = h(1 - h)$$",
               ((C,), (C,)), (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", _SLOPE, (_SLOPE,)))),
        Public("second-display-label-unlabelled-first", "test", "sigmoid-2-1", _UNIT,
               "$$ s = w_1 x_1 + w_2 x_2 + b $$ $$ \\text{Then apply the logistic function: } h = \\sigma(s) $$",
               ((C,), (C,)), (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("sigmoid(z1[0])",)))),
        Public("second-display-label-wrong", "test", "sigmoid-2-1", _UNIT,
               "$$\\mbox{Sigmoid: } h = \\sigma(s)$$ $$\\mbox{Chain rule: } \\frac{dh}{ds} = h(1 + h)$$",
               ((C,), (W,)), (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),
                              Twin("value", _SLOPE, ("a1[0]*(1 + a1[0])",)))),
        # ---- e^2_k: the notation's error squared, its superscript first ---------------------------------------
        Public("error-superscript-first", "test", "sigmoid-2-2-2", _ERROR, "E = \\frac12\\sum_{k}e^2_k", ((C,),),
               (Twin("value", _HALF_SSE, (_HALF_SSE,)),)),
        Public("error-superscript-first-braced", "test", "sigmoid-2-2-2", _ERROR,
               "\\[E(n)=\\frac{1}{2}\\sum_{k \\in \\text{output}} e^{2}_{k}(n)\\]", ((C,),),
               (Twin("value", _HALF_SSE, (_HALF_SSE,)),)),
        Public("error-superscript-first-wrong", "test", "sigmoid-2-2-2", _ERROR, "E = \\sum_{k}e^2_k", ((W,),),
               (Twin("value", _HALF_SSE, ("(y[0] - a2[0])**2 + (y[1] - a2[1])**2",)),)),
        Public("euler-beside-the-error", "test", "sigmoid-2-2-2", _ERROR, "y_k = \\frac{1}{1 + e^{-v_k}}", ((C,),),
               (Twin("value", "a2[{k}]", ("1/(1 + exp(-z2[{k}]))",), _K2),)),
        # ---- \sum|y - a|^2: a sum over the samples of a squared length -----------------------------------------
        Public("norm-sum-without-index", "test", "sigmoid-2-2-2", _NIELSEN, "C(w,b) =\\frac{1}{2n}\\sum|y-a|^2",
               ((C,),), (Twin("value", _HALF_SSE, (_HALF_SSE,)),)),
        Public("norm-sum-double-bars", "test", "sigmoid-2-3-2", _NIELSEN, "C = \\frac{1}{2n} \\sum \\| y - a \\|^2",
               ((C,),), (Twin("value", _HALF_SSE, (_HALF_SSE,)),)),
        Public("norm-sum-without-index-wrong", "test", "sigmoid-2-2-2", _NIELSEN, "C = \\frac{1}{n}\\sum|y-a|^2",
               ((W,),), (Twin("value", _HALF_SSE, ("(y[0] - a2[0])**2 + (y[1] - a2[1])**2",)),)),
        # ---- a gradient by the whole matrix: its entry written on the left reads --------------------------------
        Public("entry-gradient", "test", "sigmoid-2-3-2", _LOCAL,
               "\\frac{\\partial E}{\\partial w_{ji}} = -\\delta_j y_i", ((C,),),
               (Twin("gradient", "W2[{j},{i}]", (f"{_DELTA2}*a1[{{i}}]",), _J2I3),)),
        Public("entry-gradient-wrong", "test", "sigmoid-2-3-2", _LOCAL,
               "\\frac{\\partial E}{\\partial w_{ji}} = \\delta_j y_i", ((W,),),
               (Twin("gradient", "W2[{j},{i}]", (f"-{_DELTA2}*a1[{{i}}]",), _J2I3),)),
        # ---- code's derivative flag under other keywords --------------------------------------------------------
        Public("flag-derv-false", "test", "sigmoid-2-1", _CODE, "out = sigmoid(net, derv=False)", ((C,),),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
        Public("flag-der-both-wrong", "test", "sigmoid-2-1", _CODE, "slope = sigmoid(net, der=True) * out", ((W,),),
               (Twin("value", _SLOPE, (f"{_SLOPE}*a1[0]",)),)),
        Public("flag-derivate-both-wrong", "test", "sigmoid-2-1", _CODE, "slope = 2 * sigmoid(out, derivate=True)",
               ((W,),), (Twin("value", _SLOPE, (f"2*{_SLOPE}",)),)),
        # ---- a comparison as a code call's argument -------------------------------------------------------------
        Public("comparison-argument", "test", "relu-2-2-sigmoid-1", _RELU, "dz1 = np.multiply(da1, z1 > 0)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (f"{_DA1}*Heaviside(z1[{{j}}])",), _J2),)),
        Public("comparison-argument-relu", "test", "relu-2-2-sigmoid-1", _RELU, "a1 = np.multiply(z1, z1 >= 0)",
               ((C,),), (Twin("value", "a1[{j}]", ("z1[{j}]*Heaviside(z1[{j}])",), _J2),)),
        Public("comparison-argument-wrong", "test", "relu-2-2-sigmoid-1", _RELU, "dz1 = np.multiply(da1, z1 < 0)",
               ((W,),), (Twin("gradient_z", "z1[{j}]", (f"{_DA1}*Heaviside(-z1[{{j}}])",), _J2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_backslash_ending_a_line_of_code_stays_refused():
    """Python's line continuation with no line after it is no TeX control space."""
    assert "a backslash ends the formula" in CHECKS.refused("sigmoid-2-1", _CODE, "slope = out * (1 - out) \\")


def test_a_second_displays_claim_after_its_label_is_read_as_written():
    """The label dropped, the claim after it is the notation's to read: slope, which it does not name, refused."""
    refusal = CHECKS.refused("sigmoid-2-1", _UNIT, "$$ h = \\sigma(s) $$ $$\\mbox{Use: } slope = h(1 - h)$$")
    assert "unknown symbol slope" in refusal and "Use" not in refusal


def test_e_squared_with_a_subscript_where_the_notation_names_no_e_is_refused():
    """No e in the notation: e^2_k stays Euler's number's power, whose subscript nothing reads."""
    notation = _ERROR.replace('"e_{k}" = "y[k] - a2[k]"\n', "")
    assert "exp(2)" in CHECKS.refused("sigmoid-2-2-2", notation, "E = \\frac12\\sum_{k}e^2_k")


@pytest.mark.parametrize("text", [
    "delta_L-1 = np.dot(delta_L, w_L.T) * out",
    "error_l+1=np.dot(error_l,(w_L).T)",
    "\\delta^L-1 = \\delta^L w^L",
])
def test_an_assignment_to_a_scripted_name_and_a_number_is_refused(text):
    """error_L-1 = ...: the name's value minus 1 as written, no quantity a claim is about; the message names it."""
    left = text.split("=")[0].strip()
    notation = _CODE + '"delta_L" = "delta1[0]"\n"error_l" = "delta1[0]"\n"w_L" = "W1[0, :]"\n'
    assert f"the left side {left} is a name plus or minus a number" in CHECKS.refused("sigmoid-2-1", notation, text)


def test_a_name_minus_a_number_on_the_right_side_is_judged():
    """out-1 on the right is out minus 1 as code computes it: judged (wrong here)."""
    case = Public("right-side", "test", "sigmoid-2-1", _CODE, "out = net-1")
    assert CHECKS.verdicts(case) == ((W,),)


@pytest.mark.parametrize("text", [
    "\\nabla_W E=-\\delta_j y_i",
    "\\[\\nabla_\\mathbf WE=-\\delta_j(n)y_i(n)\\]",
    "\\frac{\\partial E}{\\partial W} = -\\delta_j y_i",
])
def test_a_whole_matrix_gradient_equated_with_an_entry_is_refused_saying_so(text):
    refusal = CHECKS.refused("sigmoid-2-3-2", _LOCAL, text)
    assert "is a whole matrix" in refusal and "the formula of one entry" in refusal


def test_a_norm_sum_of_numbers_that_dropped_their_index_is_refused():
    """|y - a| of the output's first entries in a two-output network: the sum may be over the dropped units."""
    notation = _NIELSEN.replace('"y[:]"', '"y[0]"').replace('"a2[:]"', '"a2[0]"')
    assert "a sum without its index letter" in CHECKS.refused("sigmoid-2-2-2", notation,
                                                              "C = \\frac{1}{2n}\\sum|y-a|^2")


def test_a_flag_under_a_new_keyword_read_two_ways_is_refused_where_they_differ():
    assert "reads as sigmoid's derivative at its input" in CHECKS.refused(
        "sigmoid-2-1", _CODE, "slope = sigmoid(out, derv=True)")


@pytest.mark.parametrize("keyword", ["grad", "backward", "out"])
def test_another_keyword_argument_is_refused_named(keyword):
    refusal = CHECKS.refused("sigmoid-2-1", _CODE, f"slope = sigmoid(out, {keyword}=True)")
    assert f"the keyword argument {keyword}= inside a call's arguments" in refusal


def test_a_comparison_in_a_latex_functions_argument_stays_refused():
    """\\sigma(s > 0) in LaTeX: no array of booleans there."""
    CHECKS.refused("sigmoid-2-1", _UNIT, "$h = \\sigma(s > 0)$")


def test_an_index_out_of_range_names_the_layer_of_a_name_of_several_letters():
    """delta2[2] of a two-unit layer: 'layer 2 has 2 units' (the layer's number, never the name's letters after its
    first, as batch 117's pg-dw showed 'layer elta2')."""
    symbols = NetworkSymbols(parse_problem(SIGMOID_2_3_2, "sigmoid-2-3-2"))
    with pytest.raises(FormulaError, match="layer 2 has 2 units"):
        parse_formula("delta2[2]", symbols)
